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
	if len(words) > 3 && words[len(words)-1] == "from" && r.typeOf(b.Entity) != "Facility" {
		return // "addressed the nation from the White House", not "spoke to reporters from Baghdad"
	}
	if r.addPredicate(a.Entity, mustPredicate("presentAt"), b.Entity, idx, 0.55) {
		r.byRule("open-presence")
	}
}

// presencePhrase reports whether the words of a verb phrase, its verb
// first and its preposition last, place its subject at its object, and
// whether by travel: "flew to", "returned to", "spoke to reporters in",
// "met militia leaders in", "held meetings with militia leaders in",
// "ordered the strike from his resort in", "addressed the nation from"
// (an audience before "from"; presence takes a building only, for
// "spoke to reporters from Baghdad" says whence the reporters came),
// "has slept in". Not "arrived on a flight from" (whence), "came to
// power in", "was buried in".
func presencePhrase(words []string) (arrival, ok bool) {
	n := len(words)
	if n < 2 {
		return false, false
	}
	verb, prep := words[0], words[n-1]
	switch {
	case arrivalVerbs[verb] && n <= 3 && (prep == "to" || prep == "in" || prep == "at" || prep == "into") && (n == 2 || words[1] == "back"):
		return true, true
	case presentVerbs[verb] && n <= 5 && (prep == "in" || prep == "at" || prep == "inside" || prep == "from" && (n <= 3 || audienceWords[words[n-2]])):
		// "addressed the nation from": an audience between, not whence
		// someone came ("met a delegation from").
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

// trailingPresenceVerbs open a participle phrase set off at the end of a
// clause that has its subject speak, lead or stand somewhere: "Salami
// vowed revenge, addressing a vast crowd of mourners in Kerman".
var trailingPresenceVerbs = defaultRules.mustList("trailingPresenceVerbs")

// maxTrailingWords bounds the words between such a participle and its
// place.
const maxTrailingWords = 12

// trailingPresence reads a participle of speaking or leading set off after
// a clause whose subject is a person: the person was at the place the
// phrase names after in, at, from or inside ("Hossein Salami vowed on
// Tuesday that Iran would take revenge, addressing a vast crowd of
// mourners in the southeastern city of Kerman"). top are the sentence's
// outermost mentions.
func (r *relations) trailingPresence(s sentence, top []mention, idx int) {
	toks := s.toks
	si := clauseSubject(toks, top, r.typeOf)
	if si < 0 {
		return
	}
	for k := top[si].To + 1; k+1 < len(toks); k++ {
		if !trailingPresenceVerbs[toks[k].Key] || !toks[k].Break || !commaAlone(s, k) {
			continue
		}
		for _, p := range top[si+1:] {
			if p.From <= k || p.From > k+maxTrailingWords || !isAny(r.typeOf(p.Entity), presenceTypes) || !ledToPlace(toks, k+1, p.From) {
				continue
			}
			if r.addPredicate(top[si].Entity, mustPredicate("presentAt"), p.Entity, idx, 0.55) {
				r.byRule("trailing-presence")
			}
			return
		}
		return
	}
}

// clauseSubject returns the index of the first person of top whose verb
// follows the name ("Hossein Salami vowed"), not named after a
// preposition ("the death of Soleimani"); or -1.
func clauseSubject(toks []token, top []mention, typeOf func(string) string) int {
	for i, m := range top {
		if typeOf(m.Entity) != "Person" || m.To >= len(toks) || toks[m.To].Break || !verbLike(toks[m.To].Key) && !auxWords[toks[m.To].Key] {
			continue
		}
		k := m.From - 1
		for k >= 0 && (toks[k].Cap || personTitles[toks[k].Key] || titleModifiers[toks[k].Key]) && !toks[k+1].Break {
			k--
		}
		if k >= 0 && prepositions[toks[k].Key] && !toks[k+1].Break {
			continue
		}
		return i
	}
	return -1
}

// ledToPlace reports whether the words from token from to a place mention
// at token to run unbroken and lead to it by a preposition of place, the
// place's own kind between at most: "a vast crowd of mourners in the
// southeastern city of".
func ledToPlace(toks []token, from, to int) bool {
	k := to - 1
	for k >= from && (toks[k].Key == "the" || directions[toks[k].Key] || !toks[k].Cap && !prepositions[toks[k].Key] && k+1 < to && toks[k+1].Key == "of") {
		k--
	}
	if k >= from && toks[k].Key == "of" && k > from && placeKinds[toks[k-1].Key] {
		k -= 2
		for k >= from && (toks[k].Key == "the" || directions[toks[k].Key] || holyWords[toks[k].Key]) {
			k--
		}
	}
	if k < from || !presencePrepositions[toks[k].Key] {
		return false
	}
	for _, t := range toks[from : to+1] {
		if t.Break {
			return false
		}
	}
	return true
}

var (
	placeKinds           = defaultRules.mustList("placeKinds")
	holyWords            = defaultRules.mustList("holyWords")
	presencePrepositions = defaultRules.mustList("presencePrepositions")
)
