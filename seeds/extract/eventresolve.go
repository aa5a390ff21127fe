package extract

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// Event resolution. An article names one event many ways ("the strike",
// "a U.S. drone strike", "American airstrikes"), and articles name it
// differently from each other. What makes it one event is its kind, its
// day and its place, so an event whose kind and day the document states
// gets an id made of them: two ingests of two articles about the 3
// January strike write one node, and the 29 December strikes, a different
// day, never share it. The place is the event's locatedIn edge and part of
// its name, not of its id: articles place one strike "in Baghdad" and "at
// Baghdad International Airport", and the text layer cannot tell that one
// holds the other.

// eventKey is an event's identity, kind (rules/events.kinds) and day
// (YYYY-MM-DD), with its place (an entity id, or "" when the text names
// none) for its name.
type eventKey struct{ Kind, Date, Place string }

// id is the event's id, made of its kind and day only.
func (k eventKey) id() string { return Slug(k.Kind + " " + k.Date) }

// canonicalDay finds the day in an id made by eventKey.id.
var canonicalDay = regexp.MustCompile(`-(\d{4}-\d{2}-\d{2})(?:-|$)`)

// resolveEvents gives every event whose kind and day the document states
// its key's id and a name saying what, where and when, merging the events
// of the document that share a key. A known event the document dates to
// another day than the one its id holds is a different event of the same
// name and gets its own node.
func (d *docRun) resolveEvents(ref time.Time) {
	doc := &d.res.Document
	mentions := map[string][]schema.Mention{}
	for _, m := range d.res.Mentions {
		mentions[m.Entity] = append(mentions[m.Entity], m)
	}
	renames := map[string]dated{}
	for _, e := range d.documentEvents() {
		k, sent, ok := d.keyOf(e, mentions[e.ID], ref)
		if !ok && k.Kind != "" && !d.x.caller[e.ID] {
			// "American air strikes", undated, two days after the one
			// air strike the store knows of that week: that strike.
			k.Date, ok = d.recentEvent(k.Kind, ref)
		}
		if !ok {
			continue
		}
		if d.x.caller[e.ID] && !conflictingDay(e.ID, k.Date) {
			continue // a known event, and nothing says it is another
		}
		renames[e.ID] = dated{eventKey: k, sentence: sent, old: e}
	}
	if len(renames) == 0 {
		return
	}
	d.applyRenames(renames)
	sort.Slice(doc.Entities, func(i, j int) bool { return doc.Entities[i].ID < doc.Entities[j].ID })
}

// documentEvents lists the events the document defines or mentions.
func (d *docRun) documentEvents() []schema.Entity {
	var out []schema.Entity
	for _, e := range d.res.Document.Entities {
		if e.Type == "Event" {
			out = append(out, e)
		}
	}
	for _, id := range d.res.Known {
		if e, ok := d.g.Lookup(id); ok && e.Type == "Event" {
			out = append(out, e)
		}
	}
	return out
}

// recentWindow is how far back an undated mention of an event may reach
// for the one known event of its kind.
const recentWindow = 7 * 24 * time.Hour

// recentEvent returns the day of the one known event of the kind dated in
// the week up to ref, or false when there is none or more than one.
func (d *docRun) recentEvent(kind string, ref time.Time) (string, bool) {
	if ref.IsZero() {
		return "", false
	}
	prefix := Slug(kind) + "-"
	found := ""
	for _, e := range d.x.known {
		day, ok := strings.CutPrefix(e.ID, prefix)
		if !ok || e.Type != "Event" {
			continue
		}
		t, err := time.Parse("2006-01-02", day)
		if err != nil || t.After(ref) || ref.Sub(t) > recentWindow {
			continue
		}
		if found != "" && found != day {
			return "", false
		}
		found = day
	}
	return found, found != ""
}

// conflictingDay reports whether a known event's id holds a day other
// than day.
func conflictingDay(id, day string) bool {
	m := canonicalDay.FindStringSubmatch(id)
	return m != nil && m[1] != day
}

// keyOf reads an event's kind from its name, its day from its startDate
// statement or else the first sentence naming it that states exactly one
// date, and its place from its locatedIn statement.
func (d *docRun) keyOf(e schema.Entity, ms []schema.Mention, ref time.Time) (eventKey, int, bool) {
	k := eventKey{Kind: kindOf(defaultKinds, e.Name)}
	if k.Kind == "" {
		return k, 0, false
	}
	sent := -1
	for _, st := range d.res.Document.Statements {
		if st.Subject != e.ID {
			continue
		}
		switch st.Predicate.Name {
		case "startDate":
			if k.Date == "" {
				k.Date = literalText(st.Value)
			}
		case "locatedIn":
			if k.Place == "" {
				k.Place = st.Object
			}
		}
	}
	for _, m := range ms {
		if k.Date != "" {
			break
		}
		if s, ok := d.res.Document.Sentence(m.Sentence); ok {
			if day, ok := dateBeside(s, m, ref); ok {
				k.Date, sent = day, m.Sentence
			}
		}
	}
	return k, sent, k.Date != ""
}

// dateBeside is the date a sentence states right beside a mention: at
// most 50 bytes away with no comma or semicolon between ("the strike on
// Friday", "the Dec. 29 strikes"). A date elsewhere in the sentence may be
// when someone spoke, not when the event happened.
func dateBeside(s schema.Sentence, m schema.Mention, ref time.Time) (string, bool) {
	found, at := findDates(s.Text, ref)
	start, end := m.Start-s.Start, m.End-s.Start
	if start < 0 || end > len(s.Text) {
		return "", false
	}
	if day, ok := daysApart(s.Text[:start], found); ok {
		return day, true
	}
	days, offs := weekdayDates(s.Text, ref)
	days, offs = append(found, days...), append(at, offs...)
	for i, day := range days {
		at := offs[i]
		lo, hi := min(at, start), max(at, end)
		if at > end+50 || at < start-50 {
			continue
		}
		if !strings.ContainsAny(s.Text[lo:hi], ",;") {
			return day, true
		}
	}
	return "", false
}

// reDaysApart is "two days after" just before an event's mention.
var reDaysApart = regexp.MustCompile(`(?i)\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(after|before)\s+(?:the\s+|a\s+|an\s+)?$`)

var smallNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

// daysApart reads "<the sentence's one date> ... two days after <event>":
// the event is that many days before the date the sentence states.
func daysApart(before string, found []string) (string, bool) {
	m := reDaysApart.FindStringSubmatch(before)
	if m == nil || len(found) != 1 {
		return "", false
	}
	n, ok := smallNumbers[strings.ToLower(m[1])]
	if !ok {
		n = atoi(m[1])
	}
	if strings.HasPrefix(strings.ToLower(m[2]), "week") {
		n *= 7
	}
	if strings.EqualFold(m[3], "after") {
		n = -n
	}
	t, err := time.Parse("2006-01-02", found[0])
	if err != nil || n == 0 {
		return "", false
	}
	return t.AddDate(0, 0, n).Format("2006-01-02"), true
}

// literalText is the text of a literal value.
func literalText(v quad.Value) string {
	if v == nil {
		return ""
	}
	if t, ok := v.(quad.TypedString); ok {
		return string(t.Value)
	}
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	return ""
}

// dated is an event to rename: its key, the sentence that dates it (-1
// when a startDate statement did) and what it was.
type dated struct {
	eventKey
	sentence int
	old      schema.Entity
}

// applyRenames moves every renamed event's names, statements and mentions
// to its key's id, defines it there, and dates it.
func (d *docRun) applyRenames(renames map[string]dated) {
	doc := &d.res.Document
	to := func(id string) string {
		if r, ok := renames[id]; ok {
			return r.id()
		}
		return id
	}
	defs := map[string]*schema.Entity{}
	var order []string
	for _, old := range slices.Sorted(maps.Keys(renames)) {
		r := renames[old]
		id := r.id()
		def, ok := defs[id]
		if !ok {
			def = &schema.Entity{ID: id, Type: "Event", Name: d.eventName(r.eventKey, d.agentOf(old))}
			if known, ok := d.g.Lookup(id); ok && d.x.caller[id] {
				def.Name, def.Aliases = known.Name, known.Aliases // named by the article that first told of it
			}
			defs[id] = def
			order = append(order, id)
		}
		def.Aliases = addNames(def.Aliases, def.Name, r.old.Names()...)
		if r.sentence >= 0 && !d.hasDate(id, to) {
			doc.Statements = append(doc.Statements, schema.Statement{Subject: old, Predicate: mustPredicate("startDate"),
				Value:    quad.TypedString{Value: quad.String(r.Date), Type: quad.IRI(schema.XSD + "date")},
				Evidence: schema.Evidence{Sentence: r.sentence, Origin: schema.Extracted, Confidence: 0.6}})
		}
	}
	kept := doc.Entities[:0]
	for _, e := range doc.Entities {
		if _, ok := renames[e.ID]; !ok {
			kept = append(kept, e)
		}
	}
	for _, id := range order {
		kept = append(kept, *defs[id])
	}
	doc.Entities = kept
	d.res.Known = dropRenamed(d.res.Known, renames)
	doc.Statements = renameStatements(doc.Statements, to)
	for i := range d.res.Mentions {
		d.res.Mentions[i].Entity = to(d.res.Mentions[i].Entity)
	}
}

// hasDate reports whether the document dates the event id already.
func (d *docRun) hasDate(id string, to func(string) string) bool {
	for _, st := range d.res.Document.Statements {
		if st.Predicate.Name == "startDate" && to(st.Subject) == id {
			return true
		}
	}
	return false
}

// agentOf is who conducted the event, as the document says, or "".
func (d *docRun) agentOf(event string) string {
	for _, st := range d.res.Document.Statements {
		if st.Predicate.Name == "conducted" && st.Object == event {
			return st.Subject
		}
	}
	return ""
}

// renameStatements moves statements to the renamed ids and drops the
// ones that become loops or repeats.
func renameStatements(sts []schema.Statement, to func(string) string) []schema.Statement {
	seen := map[string]bool{}
	out := sts[:0]
	for _, st := range sts {
		st.Subject = to(st.Subject)
		if !st.Predicate.IsAttribute() {
			st.Object = to(st.Object)
			if st.Object == st.Subject {
				continue
			}
		}
		k := st.Subject + " " + st.Predicate.Name + " " + st.Object + " " + fmt.Sprint(st.Value) + " " + itoa(st.Sentence)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, st)
	}
	return out
}

func dropRenamed(ids []string, renames map[string]dated) []string {
	out := ids[:0]
	for _, id := range ids {
		if _, ok := renames[id]; !ok {
			out = append(out, id)
		}
	}
	return out
}

// addNames adds the names that are neither name nor already there.
func addNames(aliases []string, name string, names ...string) []string {
	for _, n := range names {
		if n == name || n == "" {
			continue
		}
		dup := false
		for _, a := range aliases {
			dup = dup || a == n
		}
		if !dup {
			aliases = append(aliases, n)
		}
	}
	return aliases
}

// eventName says what, where and when: "Air strike by United States at
// Baghdad International Airport, 2020-01-03".
func (d *docRun) eventName(k eventKey, agent string) string {
	name := strings.ToUpper(k.Kind[:1]) + k.Kind[1:]
	if a, ok := d.g.Lookup(agent); ok && agent != "" {
		name += " by " + a.Name
	}
	if p, ok := d.g.Lookup(k.Place); ok && k.Place != "" {
		prep := " in "
		if p.Type == "Facility" {
			prep = " at "
		}
		name += prep + p.Name
	}
	return name + ", " + k.Date
}
