package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/kg-analyst/kg/schema"
)

// Who took part in an event. Kind and week are not enough to make two
// mentions one event: Denmark deploying troops to Kuwait is not the
// United States deploying troops from Fort Bragg that week. The caller
// hands the extractor what its store states of known events
// (Options.Facts), and the resolver reads the document's own statements
// the same way; a mention joins a known event only when no role both
// state names someone else.

// roleNames are the predicates that say who took part in an event, and
// how: an agent conducted it, it targeted someone, troops went to or came
// from somewhere. Who ordered it counts for its side (sideOf), not as a
// role of its own; whom it killed (killedIn) is shared (sharesParty), not
// compared: one strike kills many.
var roleNames = []string{"conducted", "targeted", "deployedTo", "deployedFrom"}

// withinNames are the predicates that put an entity inside another, up to
// its country: a base in a state, a leader at the head of a country.
var withinNames = set("locatedIn", "partOf", "headOf", "memberOf")

// eventRoles are an event's participants by role (roleNames): entity ids.
type eventRoles map[string][]string

// add notes id in role once.
func (r eventRoles) add(role, id string) {
	if !slices.Contains(r[role], id) {
		r[role] = append(r[role], id)
	}
}

// roleOf reads a statement as a participant of an event: the event, the
// role and the participant, or false. Agents are subjects ("X conducted
// E"), the others objects ("E targeted X").
func roleOf(st schema.Statement) (event, role, who string, ok bool) {
	switch st.Predicate.Name {
	case "conducted", "ordered", "killedIn":
		return st.Object, st.Predicate.Name, st.Subject, true
	case "targeted", "deployedTo", "deployedFrom":
		return st.Subject, st.Predicate.Name, st.Object, true
	}
	return "", "", "", false
}

// rolesOf gathers the participants of every event the statements name;
// within holds "X locatedIn Y" and the like (withinNames) as X -> Ys.
func rolesOf(sts []schema.Statement) (map[string]eventRoles, map[string][]string) {
	roles := map[string]eventRoles{}
	within := map[string][]string{}
	for _, st := range sts {
		if withinNames[st.Predicate.Name] {
			within[st.Subject] = append(within[st.Subject], st.Object)
		}
		e, role, who, ok := roleOf(st)
		if !ok || who == "" {
			continue
		}
		if roles[e] == nil {
			roles[e] = eventRoles{}
		}
		roles[e].add(role, who)
	}
	return roles, within
}

// apart reports whether two events' participants tell them apart: a role
// both state with no participant in common, where the two are comparable,
// or two sides (sideOf) with no country in common. Agents and targets
// compare within a type (the United States and Donald Trump may both be
// said to have struck); destinations and origins are places of one type,
// one of which may hold the other (a base in Kuwait and Kuwait): the
// Middle East may hold Kuwait, though no fact says so. Agents and
// targets may hold one another too: the Revolutionary Guards fired what
// their aerospace force fired, and strikes on Kataib Hezbollah struck the
// Popular Mobilization Forces it belongs to.
func (d *docRun) apart(a, b eventRoles) bool {
	if sa, sb := d.sideOf(a), d.sideOf(b); len(sa) > 0 && len(sb) > 0 && !slices.ContainsFunc(sa, func(c string) bool { return slices.Contains(sb, c) }) {
		return true
	}
	for _, role := range roleNames {
		as, bs := a[role], b[role]
		if len(as) == 0 || len(bs) == 0 || slices.ContainsFunc(as, func(id string) bool { return slices.Contains(bs, id) }) {
			continue
		}
		// Of one type, one of which may hold the other: a base in Kuwait
		// and Kuwait, the Revolutionary Guards and their aerospace force,
		// a militia and the umbrella it belongs to.
		if d.sharesType(as, bs) && !d.holdsAny(as, bs) && !d.holdsAny(bs, as) {
			return true
		}
	}
	return false
}

// holdsAny reports whether a place of outer holds a place of inner, as
// the facts the caller gave say ("Ain al-Asad Air Base locatedIn Iraq").
func (d *docRun) holdsAny(outer, inner []string) bool {
	return slices.ContainsFunc(inner, func(in string) bool {
		return d.walkUp(in, func(p string) bool { return p != in && slices.Contains(outer, p) })
	})
}

// sideOf is the countries an event's agents and those who ordered it
// belong to, as far as the facts say: a country itself, a leader's (headOf),
// a unit's (partOf), a base's (locatedIn). The 82nd Airborne Division,
// which no fact places, is on no side.
func (d *docRun) sideOf(r eventRoles) []string {
	var out []string
	for _, id := range append(slices.Clone(r["conducted"]), r["ordered"]...) {
		d.walkUp(id, func(p string) bool {
			if e, ok := d.g.Lookup(p); ok && e.Type == "Country" && !slices.Contains(out, p) {
				out = append(out, p)
			}
			return false
		})
	}
	return out
}

// walkUp visits id and what holds it (withinNames), breadth first, until
// visit returns true, and reports whether it did.
func (d *docRun) walkUp(id string, visit func(string) bool) bool {
	seen := map[string]bool{}
	for next := []string{id}; len(next) > 0; next = next[1:] {
		p := next[0]
		if seen[p] {
			continue
		}
		seen[p] = true
		if visit(p) {
			return true
		}
		next = append(next, d.x.placedIn[p]...)
		next = append(next, d.docPlaces[p]...)
	}
	return false
}

// sharesType reports whether an entity of as and one of bs have a type in
// common.
func (d *docRun) sharesType(as, bs []string) bool {
	types := map[string]bool{}
	for _, id := range as {
		if e, ok := d.g.Lookup(id); ok {
			types[e.Type] = true
		}
	}
	return slices.ContainsFunc(bs, func(id string) bool {
		e, ok := d.g.Lookup(id)
		return ok && types[e.Type]
	})
}

// documentRoles gathers the participants the document states of its
// events, and where troops its agents sent went ("Denmark deployed 350
// troops to Kuwait": the deployment Denmark conducted went to Kuwait), in
// the sentences that name the event.
func (d *docRun) documentRoles(ix *eventIndex) map[string]eventRoles {
	roles, places := rolesOf(d.res.Document.Statements)
	d.docPlaces = places
	moved := map[[2]int]map[string][]string{} // sentence, 0 to / 1 from -> agent -> places
	for _, st := range d.res.Document.Statements {
		if st.Predicate.Name != "deployedTo" && st.Predicate.Name != "deployedFrom" {
			continue
		}
		k := [2]int{st.Sentence, 0}
		if st.Predicate.Name == "deployedFrom" {
			k[1] = 1
		}
		if moved[k] == nil {
			moved[k] = map[string][]string{}
		}
		moved[k][st.Subject] = append(moved[k][st.Subject], st.Object)
	}
	for e, r := range roles {
		for _, agent := range r["conducted"] {
			for _, m := range ix.byEntity[e] {
				for _, to := range moved[[2]int{m.Sentence, 0}][agent] {
					r.add("deployedTo", to)
				}
				for _, from := range moved[[2]int{m.Sentence, 1}][agent] {
					r.add("deployedFrom", from)
				}
			}
		}
	}
	return roles
}

// knownApart reports whether the document's event e and the known event
// id are told apart by their participants.
func (d *docRun) knownApart(e, id string) bool {
	return d.roles != nil && d.apart(d.roles[e], d.x.roles[id])
}

// partyName is the name of the agent the document says conducted an
// event, or else of what it targeted, or of where its troops went, or "".
func (d *docRun) partyName(event string) string {
	for _, role := range []string{"conducted", "targeted", "deployedTo"} {
		for _, id := range d.roles[event][role] {
			if e, ok := d.g.Lookup(id); ok {
				return e.Name
			}
		}
	}
	return ""
}

// sharesParty reports whether the document's event e and the known event
// id have a participant in common, in any role.
func (d *docRun) sharesParty(e, id string) bool {
	known := d.x.roles[id]
	for _, ids := range d.roles[e] {
		for _, who := range ids {
			for _, kn := range known {
				if slices.Contains(kn, who) {
					return true
				}
			}
		}
	}
	return false
}

// introduced reports whether an event's first mention opens with an
// indefinite article: "an airstrike" tells of an event, not of one the
// reader knows.
func introduced(ms []schema.Mention) bool {
	if len(ms) == 0 {
		return false
	}
	m := slices.MinFunc(ms, func(a, b schema.Mention) int { return a.Start - b.Start })
	first, _, _ := strings.Cut(strings.ToLower(m.Text), " ")
	return indefinite[first]
}

// victimEvent returns the day and id of the one known event of the kind
// (or a kind it covers), up to ref, in which the facts say someone the
// document's event killed was killed: a person dies once, so "the strike
// that killed Soleimani", a month later, is the strike of 3 January.
func (d *docRun) victimEvent(event, kind string, ref time.Time) (string, string, bool) {
	victims := d.roles[event]["killedIn"]
	if len(victims) == 0 {
		return "", "", false
	}
	found, id := "", ""
	for _, e := range d.x.known {
		day := knownDay(e)
		t, err := time.Parse("2006-01-02", day)
		if e.Type != "Event" || err != nil || !ref.IsZero() && t.After(ref) || !covers(defaultKinds, kind, kindOf(defaultKinds, e.Name)) ||
			!slices.ContainsFunc(victims, func(v string) bool { return slices.Contains(d.x.roles[e.ID]["killedIn"], v) }) {
			continue
		}
		if id != "" && id != e.ID {
			return "", "", false
		}
		found, id = day, e.ID
	}
	return found, id, id != ""
}
