package extract

import "strings"

// Relations a sentence states by how it places names rather than by the
// words between two of them: a state named at the start of a body's name
// ("Iraq's parliament", "the Iranian Foreign Ministry"), and the place a
// sentence opens with ("In Beirut, Hezbollah chief Hassan Nasrallah said").

// stateParts reads a mention whose name opens with a state's possessive
// or demonym: a state's force or office is part of it, an armed group is
// based there. "U.S.-led coalition" and "Ukraine International Airlines"
// name no such part.
func (r *relations) stateParts(s sentence, ms []mention) {
	for _, m := range ms {
		t := r.typeOf(m.Entity)
		if !isAny(t, []string{"Organization"}) {
			continue
		}
		for _, n := range ms {
			if n.From != m.From || n.To >= m.To || r.typeOf(n.Entity) != "Country" || s.toks[n.To].Hyph {
				continue
			}
			// "Iraqi security forces" is a description, not a body's name.
			poss := s.toks[n.To-1].Poss
			if !poss && !(r.demonym(n) && s.toks[n.To].Cap && (t == "GovernmentBody" || t == "MilitaryUnit")) {
				continue
			}
			pred := "partOf"
			if t == "ArmedGroup" {
				pred = "locatedIn"
			}
			if r.add(m.Entity, pred, n.Entity, s.art.Index, 0.65) {
				r.byRule("state-part")
			}
		}
	}
}

// clauseWords open a clause of its own: "In Kerman, where Soleimani was
// buried, mourners chanted".
var clauseWords = set("where", "when", "which", "who", "whose", "after", "before", "as", "while", "since", "because")

// openingPlace reads a sentence that opens with "In Z," or "At Z,": the
// first person named in the clause after it, before any verb, was there
// ("In Beirut, Hezbollah chief Hassan Nasrallah told supporters").
func (r *relations) openingPlace(s sentence, top []mention) {
	if len(top) < 2 || top[0].From != 1 || !(s.toks[0].Key == "in" || s.toks[0].Key == "at") || !isAny(r.typeOf(top[0].Entity), []string{"Place", "Country"}) {
		return
	}
	if !strings.HasPrefix(strings.TrimSpace(s.art.Text[top[0].End:]), ",") {
		return
	}
	for _, m := range top[1:] {
		for k := top[0].To; k < m.From; k++ {
			if t := s.toks[k]; !t.Cap && verbLike(t.Key) || reportingVerbs[t.Key] || clauseWords[t.Key] {
				return // "In Baghdad, protesters attacked X": X was not there by this
			}
		}
		if r.typeOf(m.Entity) == "Person" {
			if r.add(m.Entity, "presentAt", top[0].Entity, s.art.Index, 0.6) {
				r.byRule("opening-place")
			}
			return
		}
	}
}

// blames reads what a sentence's speakers say of someone: "McKenzie told
// the committee that Kataib Hezbollah was responsible", "Trump said
// Soleimani had been plotting attacks": the speaker accuses them. A
// denial ("was not responsible") says nothing here.
func (r *relations) blames(s sentence, top []mention, speakers []string) {
	if len(speakers) == 0 {
		return
	}
	for _, m := range top {
		if !blamed(s.toks, m.To) {
			continue
		}
		for _, sp := range speakers {
			if sp != m.Entity && r.add(sp, "accused", m.Entity, s.art.Index, 0.6) {
				r.byRule("said-blamed")
			}
		}
	}
}

// blamed reports whether the words at k say the one named before them is
// to blame: "was responsible", "were behind", "had been plotting".
func blamed(toks []token, k int) bool {
	if k < len(toks) && (toks[k].Key == "had" || toks[k].Key == "has") {
		k++
		if k < len(toks) && toks[k].Key == "been" && k+1 < len(toks) {
			return toks[k+1].Key == "plotting" || toks[k+1].Key == "planning" || toks[k+1].Key == "behind" || toks[k+1].Key == "responsible"
		}
		return false
	}
	if k+1 >= len(toks) || !beWords[toks[k].Key] || toks[k+1].Break {
		return false
	}
	switch toks[k+1].Key {
	case "responsible", "behind":
		return true
	case "to":
		return k+2 < len(toks) && toks[k+2].Key == "blame"
	}
	return false
}
