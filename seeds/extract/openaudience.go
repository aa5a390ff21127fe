package extract

// "Esper told reporters at the Pentagon": a telling verb whose object is
// an audience, not a name, with the place it was told at, links the
// speaker to the place: the relation "told reporters at". What was told
// stays a claim (reported.go); only where it was told is the relation.

// audienceWords name those a statement is told to in a news report.
var audienceWords = defaultRules.mustList("audienceNouns")

// audiencePlaces lead from an audience to where it was told.
var audiencePlaces = defaultRules.mustList("audiencePlaces")

// toldAudienceAt reports whether toks are "told", an audience
// (maybe with its article and a noun before it: "a news conference") and
// a preposition of place: "told reporters at", "told a news conference
// in".
func toldAudienceAt(toks []token) bool {
	n := len(toks)
	if n < 3 || n > 5 || toks[0].Key != "told" || !audiencePlaces[toks[n-1].Key] || !audienceWords[toks[n-2].Key] {
		return false
	}
	for _, t := range toks[1 : n-1] {
		if t.Cap || t.Break || !plainNoun(t) && t.Key != "a" && t.Key != "the" {
			return false
		}
	}
	return true
}
