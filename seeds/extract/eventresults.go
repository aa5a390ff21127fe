package extract

import (
	"regexp"
	"strings"
)

// Deaths an act resulted in: "the base came under attack from rocket
// fire, presumably from X, which resulted in multiple casualties,
// including the death of an American contractor", "the strike resulted
// in the death of Qasem Soleimani". The death is no act of its own: the
// dead were killed in the act the clause tells.

// reResultedIn ends the words between an act and the death it caused:
// ", which resulted in multiple casualties, including the", "led to
// the".
var reResultedIn = regexp.MustCompile(`\b(?:resulted|resulting|results)\s+in\b[^;]{0,60}$|\b(?:led|leading)\s+to\b[^;]{0,60}$|\b(?:caused|causing)\b[^;]{0,60}$`)

// resultReach bounds the words between the act and "resulted in".
const resultReach = 100

// resultedDeaths states the persons whose death a sentence says an act
// resulted in as killed in that act. ms are the sentence's mentions in
// order; the death's own victims are stated already (killedIn).
func (r *relations) resultedDeaths(s sentence, ms []mention) {
	top, _ := outermost(ms)
	idx := s.art.Index
	for i, death := range top {
		if r.typeOf(death.Entity) != "Event" || !deathWords[s.toks[death.From].Key] {
			continue
		}
		from := max(0, death.Start-resultReach)
		loc := reResultedIn.FindStringIndex(s.art.Text[from:death.Start])
		if loc == nil {
			continue
		}
		act, ok := r.resultingAct(s, top[:i], from+loc[0])
		if !ok {
			continue
		}
		for _, st := range r.out {
			if st.Sentence == idx && st.Object == death.Entity && st.Predicate.Name == "killedIn" && r.add(st.Subject, "killedIn", act, idx, 0.6) {
				r.byRule("resulted-in-death")
			}
		}
	}
}

// deathWords open the mention of a death: "death of X", "deaths of".
var deathWords = defaultRules.mustList("deathWords")

// resultingAct is the last act named before the offset at in its
// clause: the attack the relative "which resulted in" is about, past
// the names that qualify it.
func (r *relations) resultingAct(s sentence, before []mention, at int) (string, bool) {
	for j := len(before) - 1; j >= 0; j-- {
		m := before[j]
		if m.End > at {
			continue
		}
		if at-m.End > resultReach || strings.Contains(s.art.Text[m.End:at], ";") {
			return "", false
		}
		if r.typeOf(m.Entity) == "Event" && !deathWords[s.toks[m.From].Key] {
			return m.Entity, true
		}
	}
	return "", false
}
