package extract

import "strings"

// A verb phrase's object often comes with its count: "moved 35 of its
// soldiers out of", "sent six B-52 bombers to", "fired more than a dozen
// ballistic missiles at". The count says how many, not how the two names
// are linked, and makes the phrase too long to read as a relation, so
// the relation's label keeps the verb, the object's noun and the
// preposition: "moved soldiers out of", "sent bombers to".

// countHedges stand before a count beside countWords: "roughly 3,000",
// "at least 35".
var countHedges = defaultRules.mustList("countHedges")

// countUnits measure rather than count things: "1 per cent".
var countUnits = defaultRules.mustList("countUnits")

// countNouns are counts numberWords leaves out: "hundreds of its".
var countNouns = defaultRules.mustList("countNouns")

// withoutCounts leaves out the count of the object that follows a verb
// phrase's verb (toks[0]): hedges, the number, "of its", and model
// designations with a digit ("B-52"). It leaves toks as they are unless
// a number and then a plain noun follow.
func withoutCounts(toks []token) []token {
	v := 0
	for v < len(toks) && auxWords[toks[v].Key] {
		v++ // "has moved"
	}
	if len(toks)-v < 3 || !verbLike(toks[v].Key) {
		return toks
	}
	k := v + 1
	for k < len(toks) && (countWords[toks[k].Key] || countHedges[toks[k].Key]) && !toks[k].Break {
		k++
	}
	if k == len(toks) || !isCount(toks[k]) || toks[k].Break {
		return toks
	}
	k++
	if k+1 < len(toks) && toks[k].Key == "of" && (determiners[toks[k+1].Key] && toks[k+1].Key != "a" && toks[k+1].Key != "an") {
		k += 2 // "35 of its soldiers"
	} else if k+1 < len(toks) && toks[k].Key == "of" && countNouns[toks[k-1].Key] && plainNoun(toks[k+1]) && !toks[k+1].Break {
		k++ // "dozens of rockets"
	}
	for k < len(toks) && modelName(toks, k) {
		k++ // "six B-52 bombers"
	}
	if k == len(toks) || !plainNoun(toks[k]) || toks[k].Break || countUnits[toks[k].Key] {
		return toks // "gained 1 per cent in": the count is the point
	}
	return append(toks[:v+1:v+1], toks[k:]...)
}

// isCount reports whether a word is a count: a number, "dozens".
func isCount(t token) bool {
	return isNumber(t) || countNouns[t.Key]
}

// modelName reports whether toks[k] is part of a model's designation
// with a digit: "B-52", "F-16", "MQ-9" (a capital and the number a
// hyphen joins to it).
func modelName(toks []token, k int) bool {
	digits := func(t token) bool { return strings.ContainsAny(t.Text, "0123456789") }
	t := toks[k]
	if t.Hyph {
		return digits(t) && k > 0 && toks[k-1].Cap
	}
	return t.Cap && (digits(t) || k+1 < len(toks) && toks[k+1].Hyph && digits(toks[k+1]))
}
