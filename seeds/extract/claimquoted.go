package extract

// Speakers the verb comes before, or whose words another reports:
// ", said Defense Minister Juma Inad.", ", said one depositor, Rami
// Khoury, 45.", "X was quoted as saying", "state media quoted X as
// saying", "the agency cited X as saying". The one quoted speaks, never
// the outlet that quotes.

// quoteVerbs report another's words with "as" and a participle after the
// one quoted: "quoted X as saying", "X was quoted as saying".
var quoteVerbs = defaultRules.mustList("quoteVerbs")

// maxInvertedDescription bounds the words of a description between an
// inverted verb and the name set off after it: "said one depositor,".
const maxInvertedDescription = 6

// invertedSpeaker returns who top[i] names when it is the speaker after
// a verb that follows its clause, past a title or a description set off
// before the name, or the one a quoting verb quotes; "" otherwise. The
// name must end its phrase: "said X would pay" is no speaker.
func (r *relations) invertedSpeaker(s sentence, top []mention, i int) string {
	toks, m := s.toks, top[i]
	if m.To < len(toks) && !toks[m.To].Break {
		if quotedAs(toks, m) {
			return m.Entity
		}
		return ""
	}
	v := m.From - 1
	for v > 0 && !toks[v+1].Break && titleFrom(toks, v, m.From) {
		v-- // ", said Defense Minister X"
	}
	if v == m.From-1 && toks[m.From].Break && v > 0 {
		d := v // ", said one depositor, X": a description set off before the name
		for d > 0 && !toks[d].Break && m.From-d <= maxInvertedDescription {
			d--
		}
		if d+1 < m.From && (determiners[toks[d+1].Key] || isNumber(toks[d+1])) {
			v = d // the verb, set off from the clause before it
		}
	}
	if v < 0 || v == m.From-1 || !reportingVerbs[toks[v].Key] || !toks[v].Break {
		return ""
	}
	return m.Entity
}

// quotedAs reports whether m is the one a quoting verb reports: "quoted
// X as saying", or "X was quoted as saying".
func quotedAs(toks []token, m mention) bool {
	k := skipAdverbs(toks, m.To)
	for k < len(toks) && !toks[k].Break && (toks[k].Key == "was" || toks[k].Key == "is" || toks[k].Key == "been") {
		k++
	}
	if k > m.To && k < len(toks) && quoteVerbs[toks[k].Key] && asSaying(toks, k+1) {
		return true // "X was quoted as saying"
	}
	p := before(toks, m)
	return p >= 0 && quoteVerbs[toks[p].Key] && !toks[m.From].Break && asSaying(toks, m.To)
}

// asSaying reports whether "as" and a reporting participle open at token
// k: "as saying", "as telling".
func asSaying(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].Key == "as" && !toks[k].Break && reportingParticiples[toks[k+1].Key] || k+1 < len(toks) && toks[k].Key == "as" && toks[k+1].Key == "telling"
}

// setOffTitled reports whether punctuation sets off m's phrase, its
// title included: ", X," and ", Lt. Col. X,".
func setOffTitled(toks []token, m mention) bool {
	k, ok := afterComma(toks, m)
	return ok && titleFrom(toks, k, m.From)
}

// skipQualifiers skips, from token k, at most two words that qualify a
// proxy after its possessive: "foreign" in "Iran's foreign ministry".
func skipQualifiers(toks []token, k int) int {
	for n := 0; n < 2 && k+1 < len(toks) && !toks[k+1].Break && speakerQualifiers[toks[k].Key] && !speakerProxies[toks[k].Key]; n++ {
		k++
	}
	return k
}

// adverbSetOff reports whether an adverb set off alone by commas opens at
// token k: ", too," and ", however," part no speaker from its verb.
func adverbSetOff(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].Break && claimAdverbs[toks[k].Key] && toks[k+1].Break && !toks[k+1].Cap
}
