package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

//go:embed rules/capitals.seats
var embeddedSeats string

// seatsOfGovernment maps the name key of a capital to the name of its
// state (rules/capitals.seats), checked when the package starts.
var seatsOfGovernment = mustSeats(embeddedSeats)

func mustSeats(src string) map[string]string {
	m, err := parseSeats("rules/capitals.seats", src, World())
	if err != nil {
		panic("extract: " + err.Error())
	}
	return m
}

// parseSeats reads "Capital: State" lines; # starts a comment. Each
// capital must be a city of world and each state a country of it, so a
// misspelt line fails at start, not silently at extraction.
func parseSeats(file, src string, world []schema.Entity) (map[string]string, error) {
	typeOf := map[string]string{}
	for _, e := range world {
		typeOf[nameKey(e.Name)] = e.Type
	}
	out := map[string]string{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		capital, state, ok := strings.Cut(line, ":")
		capital, state = strings.TrimSpace(capital), strings.TrimSpace(state)
		switch {
		case !ok || capital == "" || state == "":
			return nil, fmt.Errorf("%s:%d: want Capital: State, got %q", file, n+1, line)
		case typeOf[nameKey(capital)] != "City":
			return nil, fmt.Errorf("%s:%d: %q is no city of the built-in list", file, n+1, capital)
		case typeOf[nameKey(state)] != "Country":
			return nil, fmt.Errorf("%s:%d: %q is no country of the built-in list", file, n+1, state)
		case out[nameKey(capital)] != "":
			return nil, fmt.Errorf("%s:%d: %q already has a state", file, n+1, capital)
		}
		out[nameKey(capital)] = state
	}
	return out, nil
}

// seatSpeaker is the entity a speaker id stands for in a claim, or a
// capital that acts (actingSeats): a capital's state, when g knows the
// state; else the id itself.
func seatSpeaker(g *Gazetteer, id string) string {
	e, _ := g.Lookup(id)
	if e.Type != "City" {
		return id
	}
	if state, ok := seatsOfGovernment[nameKey(e.Name)]; ok {
		if s, found := g.Match(state); found {
			return s.ID
		}
	}
	return id
}

// actingSeats returns ms with each capital that acts in s, or is
// addressed as a state, read as its state (seatSpeaker): "Washington
// blamed Kataib Hezbollah", "has been blamed by Washington", "Trump
// warned Tehran" are the United States and Iran, never a city that acts.
// A capital anywhere else stays the place it is ("in Baghdad", "flew to
// Tehran", "Baghdad's Green Zone", "struck Baghdad"). ms itself is left
// as it is; a sentence with no such capital returns it.
func (r *relations) actingSeats(s sentence, ms []mention) []mention {
	var out []mention
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		state := seatSpeaker(r.g, m.Entity)
		if state == m.Entity || !r.seatActs(s.toks, m) && !joinedToActing(s.toks, ms, out, i) {
			continue
		}
		if out == nil {
			out = slices.Clone(ms)
		}
		out[i].Entity, out[i].Seat = state, true
	}
	if out == nil {
		return ms
	}
	for i := 1; i < len(ms); i++ {
		if state := seatSpeaker(r.g, ms[i].Entity); state != ms[i].Entity && out[i-1].Seat && listedAfter(s.toks, ms[i-1], ms[i]) {
			out[i].Entity, out[i].Seat = state, true // "called on Baghdad, Washington and Tehran"
		}
	}
	return out
}

// listedAfter reports whether n follows m in a list: after a comma, or
// "and" or "or" with or without one.
func listedAfter(toks []token, m, n mention) bool {
	if n.From == m.To {
		return toks[n.From].Break && !toks[n.From].Hyph
	}
	k := toks[m.To].Key
	return n.From == m.To+1 && (k == "and" || k == "or")
}

// noteStates records the capitals of sentence s that ms reads as states
// (actingSeats) in the result's Seats, and notes as mentioned the states
// of its capitals (read as states, or not) that a statement made since
// from names: the state acts though only its capital is named
// ("Washington blamed", "Tehran-backed").
func (d *docRun) noteStates(s sentence, ms []mention, r *relations, from int, mentioned map[string]bool) {
	for _, m := range ms {
		state := m.Entity
		if m.Seat {
			d.res.Seats = append(d.res.Seats, resultMention(s, m))
		} else {
			state = seatSpeaker(r.g, m.Entity)
		}
		if state == m.Entity && !m.Seat || mentioned[state] {
			continue
		}
		for _, st := range r.out[from:] {
			if st.Subject == state || st.Object == state && !st.Predicate.IsAttribute() {
				mentioned[state] = true
			}
		}
	}
}

// seatActs reports whether the capital m names is a state where it stands:
// the agent of a by-phrase after a verb ("backed by Tehran"), a party
// ("talks with Washington"), the object of a verb that addresses or
// charges a state, or the subject of a verb of agency; not after another
// preposition, nor owning or qualifying a noun.
func (r *relations) seatActs(toks []token, m mention) bool {
	if toks[m.To-1].Poss || m.To < len(toks) && toks[m.To].Hyph {
		return false // "Baghdad's Green Zone", "Tehran-backed militias"
	}
	if p := m.From - 1; p >= 0 && !toks[m.From].Break {
		switch k := toks[p].Key; {
		case k == "by":
			return verbLike(keyAt(toks, p-1)) // "blamed by Washington", "briefed by Washington"
		case (k == "on" || k == "against" || k == "upon") && stateMeasures[keyAt(toks, p-1)]:
			return true // "sanctions on Tehran", "revenge against Washington"
		case k == "with" && keyAt(toks, p-1) != "along" && keyAt(toks, p-1) != "together":
			return true // a party: "talks with Washington", "negotiated with Tehran"
		case k == "on" && callOnVerbs[keyAt(toks, p-1)] || k == "to" && appealToVerbs[keyAt(toks, p-1)]:
			return true // asked to act: "called on Tehran to", "appealed to Washington"
		case k == "between" && tensionNouns[keyAt(toks, p-1)]:
			return true // a party: "the confrontation between Washington and Tehran"
		case r.addressesState(k):
			return true // "warned Tehran", "accused Baghdad of"
		case (prepositions[k] || morePrepositions[k]) && !subjectOpeners[k]:
			return false // "in Baghdad", "flew to Tehran", "near Baghdad"
		}
	}
	k, resumed := m.To, -1
	if k+1 < len(toks) && toks[k].Break && (toks[k].Key == "which" || toks[k].Key == "who") {
		k++ // "Washington, which blamed the group,"
		if j := afterAside(toks, k); j > k && !r.agencyVerb(toks[k].Key) {
			k, resumed = j, j // "Washington, which has troops in Iraq, blamed": the clause the name opened goes on
		}
	}
	k = skipAdverbs(toks, k)
	if k < len(toks) && beWords[toks[k].Key] && (!toks[k].Break || k == resumed) {
		// A passive: "Tehran was blamed" is the state, "Baghdad was
		// hit" the city.
		if k++; keyAt(toks, k) == "been" {
			k++
		}
		if g, ok := r.rules.gerunds[keyAt(toks, k)]; ok && !toks[k].Break {
			return !cityFits(g, false) // the act under way: "Washington is accusing"
		}
		return k < len(toks) && !toks[k].Break && r.addressesState(toks[k].Key)
	}
	return k < len(toks) && (!toks[k].Break || k == resumed) && r.agencyVerb(toks[k].Key)
}

// maxAsideWords bounds a relative clause set off after a name.
const maxAsideWords = 10

// afterAside returns the token after the comma that closes a clause set
// off from token k on, or k when none closes within maxAsideWords.
func afterAside(toks []token, k int) int {
	for j := k + 1; j < len(toks) && j <= k+maxAsideWords; j++ {
		if toks[j].Break {
			return j
		}
	}
	return k
}

// stateMeasures are what one state takes against another (claims.rules).
var stateMeasures = defaultRules.mustList("stateMeasures")

// tensionNouns are strains between two parties (acts.rules): "tensions
// between Washington and Tehran" are the states'.
var tensionNouns = defaultRules.mustList("tensionNouns")

// callOnVerbs and appealToVerbs ask the state after "on" or "to" to act
// (claims.rules).
var (
	callOnVerbs   = defaultRules.mustList("callOnVerbs")
	appealToVerbs = defaultRules.mustList("appealToVerbs")
	askVerbs      = defaultRules.mustList("askVerbs")
)

// subjectOpeners may stand just before a clause's subject: "said that
// Tehran had warned", ", and Washington said".
var subjectOpeners = defaultRules.mustList("subjectOpeners")

// joinedToActing reports whether the mention ms[i], after no
// preposition, is joined by "and" to the capital after it, which acting
// (nil while none does) reads as a state: "Washington and Riyadh blamed
// Iran", not "officials in Baghdad and Washington said".
func joinedToActing(toks []token, ms, acting []mention, i int) bool {
	if acting == nil || i+1 >= len(ms) || acting[i+1].Entity == ms[i+1].Entity {
		return false
	}
	m, n := ms[i], ms[i+1]
	if p := m.From - 1; p >= 0 && (prepositions[toks[p].Key] || morePrepositions[toks[p].Key]) && !subjectOpeners[toks[p].Key] {
		return false
	}
	return n.From == m.To+1 && toks[m.To].Key == "and" && !toks[m.To].Break && !toks[n.From].Break
}

// agencyVerb reports whether a capital before the word k acts: k makes a
// claim, reports or tells, or is a verb of the lexicon none of whose predicates
// a city may be the subject of ("struck", "sanctioned", "vowed").
func (r *relations) agencyVerb(k string) bool {
	v, ok := r.rules.verbs[k]
	return isClaimVerb(k) || tellVerbs[k] || ok && !cityFits(v, false)
}

// addressesState reports whether a capital after the word k is addressed
// or charged as a state: one told ("warned", "informed") or asked, or the object of
// a verb of the lexicon, in any form of it, none of whose predicates takes a city as object
// ("accused", "urged", "sanctioned"; not "struck" or "visited", whose
// object may be a place).
func (r *relations) addressesState(k string) bool {
	v, ok := r.rules.verbs[k]
	if !ok {
		v, ok = r.rules.gerunds[k] // "is accusing Tehran", "denied blaming Washington"
	}
	return tellVerbs[k] || askVerbs[k] || ok && !cityFits(v, true)
}

// cityFits reports whether a city may be the subject, or with object the
// object, of one of a verb's predicates ("<backedBy" turns them round).
func cityFits(v verbEntry, object bool) bool {
	for _, name := range v.preds {
		name, reversed := strings.CutPrefix(name, "<")
		p := mustPredicate(name)
		types := p.Domain
		if reversed != object {
			types = p.Range
		}
		for _, t := range types {
			if schema.IsA("City", t) {
				return true
			}
		}
	}
	return false
}
