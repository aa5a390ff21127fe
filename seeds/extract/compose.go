package extract

import (
	"slices"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Facts that follow from two facts of one sentence.

// compose states what the statements a sentence made from index from on
// imply together: "the United States attacked five sites controlled by
// Kataib Hezbollah" says the United States attacked the group too; who
// took part in a fight against a group fought it.
func (r *relations) compose(idx, from int) {
	stated := r.out[from:len(r.out):len(r.out)]
	for _, a := range stated {
		for _, c := range stated {
			switch {
			case a.Predicate.Name == "attacked" && c.Predicate.Name == "controls" && c.Object == a.Object && c.Subject != a.Subject:
				if r.add(a.Subject, "attacked", c.Subject, idx, 0.55) {
					r.byRule("attacked-holder")
				}
			case a.Predicate.Name == "conducted" && c.Predicate.Name == "targeted" && c.Subject == a.Object && c.Object != a.Subject && r.isAttack(a.Object):
				// "U.S. strikes hit five Kataib Hezbollah facilities": who
				// carried out an attack attacked what it was aimed at.
				if r.add(a.Subject, "attacked", c.Object, idx, 0.55) {
					r.byRule("attacked-through-event")
				}
			case attends(a.Predicate) && c.Predicate.Name == "locatedIn" && c.Subject == a.Object && r.typeOf(a.Object) == "Event" && r.typeOf(a.Subject) == "Person":
				// "X joined the procession" in the capital: a person who
				// joined an event was where it was.
				if r.add(a.Subject, "presentAt", c.Object, idx, 0.55) {
					r.byRule("present-through-event")
				}
			case a.Predicate.Name == "participatedIn" && c.Predicate.Name == "targeted" && c.Subject == a.Object && c.Object != a.Subject:
				// "their role in the fight against ISIS": they fought it.
				if r.add(a.Subject, "fought", c.Object, idx, 0.55) {
					r.byRule("fought-through")
				}
			}
		}
	}
}

// presenceVerbs, as the first word of an open relation to an event, put
// its subject where the event was.
var presenceVerbs = set("joined", "attended", "addressed", "marched")

// attends reports whether a predicate puts its subject at the event it
// links to: presentAt, participatedIn, or an open relation of presence.
func attends(p schema.Predicate) bool {
	if p.IsOpen() {
		return presenceVerbs[strings.Fields(p.Label)[0]]
	}
	return p.Name == "presentAt" || p.Name == "participatedIn"
}

// isAttack reports whether an event is of a kind that uses force (not a
// sanction or a vote, whose targets are not attacked).
func (r *relations) isAttack(event string) bool {
	e, _ := r.g.Lookup(event)
	return attackKinds[kindOf(defaultKinds, e.Name)]
}

// shareApposed states again for a name what a sentence says of the
// description set off after it: "Kataib Hezbollah, the militia group
// suspected of being behind the attack" says the group is suspected too.
// top are the sentence's outermost mentions; from is the index of the
// sentence's first statement.
func (r *relations) shareApposed(s sentence, top []mention, from int) {
	for i := 1; i < len(top); i++ {
		name, desc := top[i-1], top[i]
		if strings.TrimSpace(s.art.Text[name.End:desc.Start]) != "," || !isDet(s.toks[desc.From].Key) || s.toks[desc.From].Cap {
			continue
		}
		stated := r.out[from:len(r.out):len(r.out)]
		for _, st := range stated {
			if st.Subject != desc.Entity || st.Object == name.Entity || st.Predicate.Name == MentionedWith.Name || st.Predicate.IsAttribute() {
				continue
			}
			if r.addPredicate(name.Entity, st.Predicate, st.Object, st.Evidence.Sentence, st.Evidence.Confidence-0.05) {
				r.byRule("apposed")
			}
		}
	}
}

// agentAttacks remembers, as a document is read, the attack events each
// agent was stated to carry out, so that reading stays linear in the text.
type agentAttacks struct {
	read    int                 // statements read so far
	byAgent map[string][]string // agent -> attack events, in order, distinct
}

// update reads the statements made before index upto.
func (aa *agentAttacks) update(r *relations, upto int) {
	for _, c := range r.out[aa.read:upto] {
		if c.Predicate.Name != "conducted" || slices.Contains(aa.byAgent[c.Subject], c.Object) {
			continue
		}
		if r.isAttack(c.Object) {
			aa.byAgent[c.Subject] = append(aa.byAgent[c.Subject], c.Object)
		}
	}
	aa.read = max(aa.read, upto)
}

// attackEvents gives an agent's attack, stated by a verb, to the one
// attack event the document has described the agent carrying out: "the
// United States attacked five sites" after "American airstrikes" says what
// the airstrikes targeted. A sentence that tells an attack of its own by
// a noun new to the text ("retaliated with airstrikes against five
// sites", "launched a rocket attack on Camp Taji") tells of another
// attack than that one; so does one that names an event of that kind
// only to say when the act came ("Hours after the missile strike, Iran's
// air defences shot down the airliner"). from is the index of the
// sentence's first statement; ms are its mentions.
func (r *relations) attackEvents(s sentence, ms []mention, from int, aa *agentAttacks) {
	aa.update(r, from)
	idx := s.art.Index
	for _, a := range r.out[from:len(r.out):len(r.out)] {
		if events := aa.byAgent[a.Subject]; a.Predicate.Name == "attacked" && len(events) == 1 && !newAttack(s, ms, events[0]) && !r.timedBy(s, events[0]) && r.add(events[0], "targeted", a.Object, idx, 0.55) {
			r.byRule("agent-event")
		}
	}
}

// newAttack reports whether a noun of an attack other than event known
// stands in a sentence, new to the text: "retaliated with airstrikes"
// that no event was resolved for, "a rocket attack" the sentence tells
// ("the initial attack" is one told before).
func newAttack(s sentence, ms []mention, known string) bool {
	held := make([]string, len(s.toks))
	for _, m := range ms {
		for k := m.From; k < m.To && k < len(held); k++ {
			held[k] = m.Entity
		}
	}
	for k, t := range s.toks {
		if noun, ok := eventNouns[t.Key]; ok && held[k] != known && attackKinds[kindOf(defaultKinds, noun)] && !definiteBefore(s.toks, k) {
			return true
		}
	}
	return false
}

// definiteBefore reports whether the noun at token k is definite: "the
// attack", "the initial attack", "Sunday's strikes".
func definiteBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if definiteWords[toks[j].Key] || toks[j].Poss {
			return true
		}
	}
	return false
}

// timeAnchors set a clause's act in time by another event they name:
// "after the strike", "hours before the attack".
var timeAnchors = defaultRules.mustList("timeAnchors")

// timedBy reports whether sentence s names an event of ev's kind right
// after a time anchor: "after the missile strike", "before Iran's attack".
func (r *relations) timedBy(s sentence, ev string) bool {
	e, _ := r.g.Lookup(ev)
	kind := kindOf(defaultKinds, e.Name)
	toks := s.toks
	for k, t := range toks {
		if !timeAnchors[t.Key] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4 && !toks[j].Break; j++ {
			if eventNouns[toks[j].Key] != "" {
				if kindOf(defaultKinds, s.art.Text[toks[k+1].Start:toks[j].End]) == kind {
					return true
				}
				break
			}
		}
	}
	return false
}
