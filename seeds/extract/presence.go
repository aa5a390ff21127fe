package extract

import "strings"

// Presence from a clause's own verb phrase: where the open-relation
// reader has found the subject of a clause and the place its verb phrase
// leads to, across appositions and relative clauses ("Esmail Qaani, the
// deputy whom Khamenei named ..., has held meetings with militia leaders
// in Baghdad"), a phrase that moves the subject to the place, has it
// speak, pray or meet there, hold a gathering there, or act from its home
// there also says the subject was there: presentAt.

var (
	arrivalVerbs   = defaultRules.mustList("arrivalVerbs")
	presentVerbs   = defaultRules.mustList("presentVerbs")
	gatheringVerbs = defaultRules.mustList("gatheringVerbs")
	gatherings     = defaultRules.mustList("gatherings")
	homeNouns      = defaultRules.mustList("homeNouns")
)

// presenceTypes are the places a person is present at, as the dev
// set's analysts mark them: one travels to a country but meets no one in
// it; one acts from a region ("from his resort in Florida") but a region
// is too wide to travel to ("flew to Florida to brief Trump at
// Mar-a-Lago": the resort is where they were).
var (
	presenceTypes = []string{"City", "Facility", "=Place", "Region"}
	arrivalTypes  = []string{"City", "Facility", "=Place", "Country"}
)

// presence states that a, a person, was at b, a place, when the phrase
// that links them (an open relation's words) says so (presencePhrase).
func (r *relations) presence(a, b mention, phrase string, idx int) {
	if r.typeOf(a.Entity) != "Person" {
		return
	}
	words := strings.Fields(phrase)
	arrival, ok := presencePhrase(words)
	if types := presenceTypes; !ok || arrival && !isAny(r.typeOf(b.Entity), arrivalTypes) || !arrival && !isAny(r.typeOf(b.Entity), types) {
		return
	}
	if r.addPredicate(a.Entity, mustPredicate("presentAt"), b.Entity, idx, 0.55) {
		r.byRule("open-presence")
	}
}

// presencePhrase reports whether the words of a verb phrase, its verb
// first and its preposition last, place its subject at its object, and
// whether by travel: "flew to", "returned to", "spoke to reporters in",
// "met militia leaders in", "held meetings with militia leaders in",
// "ordered the strike from his resort in". Not "arrived on a flight
// from" (whence), "came to power in", "was buried in".
func presencePhrase(words []string) (arrival, ok bool) {
	n := len(words)
	if n < 2 {
		return false, false
	}
	verb, prep := words[0], words[n-1]
	switch {
	case arrivalVerbs[verb] && n <= 3 && (prep == "to" || prep == "in" || prep == "at" || prep == "into") && (n == 2 || words[1] == "back"):
		return true, true
	case presentVerbs[verb] && n <= 5 && (prep == "in" || prep == "at" || prep == "inside" || prep == "from" && n <= 3):
		return false, true
	case gatheringVerbs[verb] && n <= 8 && (prep == "in" || prep == "at" || prep == "inside") && anyOf(words[1:n-1], gatherings):
		return false, true
	}
	// "ordered the strike from his resort in": acting from one's home.
	for k := 1; k+3 < n; k++ {
		if words[k] == "from" && (words[k+1] == "his" || words[k+1] == "her" || words[k+1] == "their") && homeNouns[words[k+2]] && k+4 == n && prep == "in" {
			return false, true
		}
	}
	return false, false
}

// anyOf reports whether any of words is in list.
func anyOf(words []string, list map[string]bool) bool {
	for _, w := range words {
		if list[w] {
			return true
		}
	}
	return false
}
