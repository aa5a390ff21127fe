package extract

import "strings"

// Places inside a "where" clause on a city: "a funeral procession in
// Baghdad, where thousands marched from the Kadhimiya shrine toward the
// Green Zone" puts the shrine and the zone in Baghdad; "Mashhad, where
// mourners packed the shrine of Imam Reza" puts the shrine in Mashhad.

var (
	// whereSiteWords lead to a site the people of a "where" clause are
	// at: a preposition of place or of motion, or a verb of filling.
	whereSiteWords = defaultRules.mustList("whereSiteWords")
	// whereSiteTypes are the places a city holds: buildings, squares,
	// zones (a city holds no city).
	whereSiteTypes = []string{"Facility", "=Place", "Region"}
)

// placesOfWhere reads the "where" clauses on a city or region of a
// sentence whose mentions are ms, in order: each building, square or
// zone the clause's people go to, from or around is in that city. The
// clause ends at a reporting verb ("Tehran, where officials said the
// missiles hit Ain al-Asad"), a semicolon, ", and" or a clause of
// contrast or time; a site named after an event's noun ("the attack at Ain al-Asad")
// is where the event was, not where the clause's people were; and a city
// that only locates another place ("Camp Taji, north of Baghdad, where")
// leaves the clause to it.
func (r *relations) placesOfWhere(s sentence, ms []mention, idx int) {
	toks := s.toks
	for i, city := range ms {
		w := city.To
		if w >= len(toks) || toks[w].Key != "where" || !toks[w].Break || !isAny(r.typeOf(city.Entity), []string{"City", "Region"}) || bearingBefore(toks, city.From) {
			continue
		}
		k := w + 1
		for _, m := range ms[i+1:] {
			if m.From < k {
				continue // inside a mention read already
			}
			if whereClauseEnds(s, k, m.From) {
				break
			}
			k = m.From
			if !isAny(r.typeOf(m.Entity), whereSiteTypes) || !reachedSite(toks, m.From) {
				continue
			}
			if r.addPredicate(m.Entity, mustPredicate("locatedIn"), city.Entity, idx, 0.55) {
				r.byRule("where-site")
			}
		}
	}
}

// whereClauseEnds reports whether a "where" clause ends between tokens
// from and to.
func whereClauseEnds(s sentence, from, to int) bool {
	toks := s.toks
	for k := from; k < to && k < len(toks); k++ {
		gap := ""
		if k > 0 {
			gap = s.art.Text[toks[k-1].End:toks[k].Start]
		}
		if reportingVerbs[toks[k].Key] || whereClauseStops[toks[k].Key] || strings.ContainsRune(gap, ';') || toks[k].Key == "and" && strings.ContainsRune(gap, ',') {
			return true
		}
	}
	return false
}

// bearingBefore reports whether the place at token at only locates
// another ("Camp Taji, north of Baghdad, where coalition trainers
// worked": the clause is Camp Taji's).
func bearingBefore(toks []token, at int) bool {
	return at >= 2 && toks[at-1].Key == "of" && directions[toks[at-2].Key] || at >= 1 && (toks[at-1].Key == "near" || toks[at-1].Key == "outside")
}

// whereClauseStops open a clause of contrast or time after a "where"
// clause's own.
var whereClauseStops = defaultRules.mustList("whereClauseStops")

// reachedSite reports whether the mention at token at is reached by a
// word of whereSiteWords, "the" maybe between, and not by an event's
// noun before it ("the attack at").
func reachedSite(toks []token, at int) bool {
	k := at - 1
	if k >= 0 && toks[k].Key == "the" && !toks[k+1].Break {
		k--
	}
	if k < 0 || toks[k+1].Break || !whereSiteWords[toks[k].Key] {
		return false
	}
	return k == 0 || eventNouns[toks[k-1].Key] == ""
}
