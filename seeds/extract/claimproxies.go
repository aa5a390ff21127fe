package extract

import "github.com/kg-analyst/kg/schema"

// Unnamed voices of a named body: "a spokesman for Kataib Hezbollah
// said", "an official at the Iraqi Foreign Ministry said", "according to
// a Pentagon statement", "a senior Pentagon official, speaking on
// condition of anonymity, said". The body speaks through someone the
// text does not name (or a paper it issued), so the claim is the
// body's. The nouns are data: unnamedSpeakers in rules/claims.rules.

// proxyPrepositions join an unnamed speaker to the body it speaks for:
// "a spokesman for", "an official at", "officials from", "a statement
// from".
var proxyPrepositions = defaultRules.mustList("proxyPrepositions")

// proxiedSpeaker returns who top[i] speaks through an unnamed voice, or
// "": the body after "a spokesman for" when a claim verb follows it, or
// after "according to"; the body before the voice ("a Pentagon
// statement") after "according to", or when a claim verb follows past
// an aside set off by commas.
func (r *relations) proxiedSpeaker(s sentence, top []mention, i int) string {
	toks, m := s.toks, top[i]
	if named := r.namedVoice(s, top, i); named {
		return "" // "a spokesman for X, Y, said": Y speaks (subjectOf)
	}
	if !schema.IsA(r.typeOf(m.Entity), "Agent") {
		return "" // "an official at the airport"
	}
	if p := before(toks, m); p >= 1 && !toks[m.From].Break && !toks[p].Break && proxyPrepositions[toks[p].Key] && unnamedSpeakers[toks[p-1].Key] && !toks[p-1].Cap {
		if toks[m.To-1].Poss || r.apposedVoice(top, i, voiceStart(toks, p-1)) {
			return "" // "a spokesman for Iraq's command", "X, spokesperson for Y, said": X speaks
		}
		// "a spokesman for X said", "according to an official at X"
		if speaksAfter(toks, skipPlace(toks, m.To)) || accordingBefore(toks, voiceStart(toks, p-1)) {
			return m.Entity
		}
		return ""
	}
	k := unnamedSpeakerAfter(toks, m)
	if k < 0 || toks[m.To-1].Poss {
		return ""
	}
	if accordingBefore(toks, voiceStart(toks, m.From)) || k < len(toks) && toks[k].Break && speaksAfter(toks, k) {
		return m.Entity // "according to a Pentagon statement", "a Pentagon official, speaking ..., said"
	}
	return ""
}

// speaksAfter reports whether a claim verb follows at token k, past
// adverbs, or past an aside set off by commas that opens there
// (", speaking on condition of anonymity, said", ", who asked not to be
// named, said").
func speaksAfter(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if toks[k].Break {
		if k = pastSetOff(toks, k); k < 0 {
			return false
		}
	} else if k = skipAdverbs(toks, k); k >= len(toks) || toks[k].Break {
		return false
	}
	return claimsAt(toks, k)
}

// pastSetOff returns the token that ends the aside set off by a comma
// at token k (the one after its closing comma), or -1 where the aside
// runs longer than maxRelativeSpeakerAside words or holds a claim verb
// of its own.
func pastSetOff(toks []token, k int) int {
	for n := k + 1; n < len(toks) && n <= k+maxRelativeSpeakerAside; n++ {
		if isClaimVerb(toks[n].Key) && !toks[n].Break {
			return -1
		}
		if toks[n].Break {
			return n
		}
	}
	return -1
}

// voiceStart returns the first token of the phrase of an unnamed voice
// whose words run back from token k: its article, count and qualifiers
// ("a senior", "two").
func voiceStart(toks []token, k int) int {
	for k > 0 && !toks[k].Break && !toks[k-1].Cap && (determiners[toks[k-1].Key] || speakerQualifiers[toks[k-1].Key] || numberWords[toks[k-1].Key] || isNumber(toks[k-1])) {
		k--
	}
	return k
}

// accordingBefore reports whether "according to" comes just before
// token k.
func accordingBefore(toks []token, k int) bool {
	return k >= 2 && toks[k-1].Key == "to" && toks[k-2].Key == "according" && !toks[k].Break && !toks[k-1].Break
}

// Papers and who issued them: "a statement issued by X".
var (
	speakerPapers = defaultRules.mustList("speakerPapers")
	issuingVerbs  = defaultRules.mustList("issuingVerbs")
)

// issuedBy reports whether token k is the "by" that names who issued a
// paper: "a statement issued by", "a letter signed by".
func issuedBy(toks []token, k int) bool {
	return k >= 2 && toks[k].Key == "by" && !toks[k].Break && !toks[k-1].Break && issuingVerbs[toks[k-1].Key] && speakerPapers[toks[k-2].Key]
}

// namedVoice reports whether a person's name is set off by commas in the
// few words after top[i], before any verb: "a spokesman for X, Y, said",
// "an X military spokesman, Lt. Col. Y, said".
func (r *relations) namedVoice(s sentence, top []mention, i int) bool {
	toks, end := s.toks, top[i].To
	for _, n := range top[i+1:] {
		if n.From > end+4 {
			return false
		}
		if r.typeOf(n.Entity) == "Person" && titleFrom(toks, skipToBreak(toks, end), n.From) && toks[skipToBreak(toks, end)].Break {
			return true
		}
	}
	return false
}

// skipToBreak returns the first token from k that punctuation sets off
// from the one before it, or len(toks).
func skipToBreak(toks []token, k int) int {
	for k < len(toks) && !toks[k].Break {
		k++
	}
	return min(k, len(toks)-1)
}

// apposedVoice reports whether the voice whose phrase opens at token v
// describes a person named just before it: "X, spokesperson for Y,".
func (r *relations) apposedVoice(top []mention, i, v int) bool {
	for _, n := range top[:i] {
		if (n.To == v || n.To == v-1) && r.typeOf(n.Entity) == "Person" {
			return true
		}
	}
	return false
}
