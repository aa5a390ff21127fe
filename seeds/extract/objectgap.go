package extract

import "github.com/kg-analyst/kg/schema"

// Relative clauses whose object is the noun they follow: "Kataib
// Hezbollah, the militia that al-Muhandis had founded, warned",
// "Saudi Arabia condemned the attacks, which Washington blamed on Tehran".
// The clause's subject is a name right after "that" or "which" (an
// article may come first), its verb the first word after the name and its
// auxiliaries, and nothing after the verb is its object: the clause ends
// there, or a preposition or a phrase of time follows. The clause is read
// as "SUBJECT verb OBJECT ...", the object being the name the relative
// word's noun describes ("the militia" set off after Kataib Hezbollah), or
// that noun itself when it names nothing ("the attacks"), through the
// verb lexicon and the verb phrase; not through the rules, whose patterns
// read the words as written, not as put back in order ("X, the militia
// founded by Y" is a rule's; "the militia that Y founded" says only that
// Y founded it).

// maxGapNounWords bounds the words of the noun phrase a relative clause
// follows, in a description set off after a name: ", the Iran-backed
// militia that".
const maxGapNounWords = 4

// objectGaps reads every relative clause of the sentence whose object is
// the noun before it. top are the sentence's outermost mentions,
// nationality adjectives left out; all are them with the adjectives.
func (r *relations) objectGaps(s sentence, top, all []mention, innerAt map[int]string, idx int) {
	toks := s.toks
	for i, x := range top {
		w := x.From - 1
		if w >= 0 && toks[w].Key == "the" && !toks[x.From].Break {
			w--
		}
		if w < 1 || toks[w].Key != "that" && toks[w].Key != "which" || toks[w+1].Break && w+1 != x.From {
			continue
		}
		if state := seatSpeaker(r.g, x.Entity); state != x.Entity {
			x.Entity, x.Seat = state, true // "which Washington blamed on": the state acts
		}
		if !schema.IsA(r.typeOf(x.Entity), "Agent") || r.demonym(x) {
			continue
		}
		v := x.To
		for v < len(toks) && auxWords[toks[v].Key] && !modals[toks[v].Key] && !toks[v].Break {
			v++
		}
		if v >= len(toks) || toks[v].Break || toks[v].Cap || !pastForm(toks[v].Key) || clauseVerbs[toks[v].Key] || reportingVerbs[toks[v].Key] || negatedBefore(toks, v) {
			continue
		}
		if !gapAfterVerb(toks, v+1) {
			continue // "tweets that the United States had chosen 52 sites": the verb has its own object
		}
		object, ok := r.gapObject(s, top[:i], w)
		if !ok {
			continue
		}
		spans := []span{{x.To, v + 1}, object}
		if end := clauseEnd(toks, v+1); end > v+1 {
			spans = append(spans, span{v + 1, end}) // "blamed on Tehran"
		}
		r.readSpans(s, all, x.Entity, x.Text, spans, innerAt, idx, false)
	}
}

// gapAfterVerb reports whether the word at k, after a relative clause's
// verb, leaves the verb without an object: the clause ends, or a
// preposition, particle, adverb or phrase of time follows.
func gapAfterVerb(toks []token, k int) bool {
	if k >= len(toks) || toks[k].Break {
		return true
	}
	t := toks[k]
	if t.Cap || t.Key == "to" || t.Key == "that" {
		return false // "had chosen Iran", "wanted to show", "said that"
	}
	return prepositions[t.Key] || morePrepositions[t.Key] || particles[t.Key] || timeGap(toks, k) > k || gapAdverbs[t.Key] || len(t.Key) > 3 && t.Key[len(t.Key)-2:] == "ly"
}

// gapObject returns the stretch of the sentence that names the object of
// a relative clause whose relative word stands at token w: the name just
// before ", which" ("the Quds Force, which"; a name before "that" is a
// verb's, "told the Quds Force that X had lost"), the name before a
// description the word ends (", the Iran-backed militia that": the name
// before the comma), else the plain noun phrase before ", which" ("the
// attacks, which") or before a "that" no verb may govern ("The missiles
// that" opening the sentence; "said in a statement that" opens what was
// said). before are the mentions before the clause's subject.
func (r *relations) gapObject(s sentence, before []mention, w int) (span, bool) {
	toks := s.toks
	k := w - 1 // the last word of the noun phrase the relative word follows
	for len(before) > 0 && determiners[toks[before[len(before)-1].From].Key] {
		before = before[:len(before)-1] // "the militia" read as the group named before: its words, no name
	}
	var last *mention
	if n := len(before); n > 0 {
		last = &before[n-1]
	}
	if last != nil && last.To == w {
		if d, n := last.From-1, len(before); d > 0 && n > 1 && determiners[toks[d].Key] && toks[d].Break && before[n-2].To == d && commaBefore(s, d) {
			return span{before[n-2].From, before[n-2].To}, true // ", the Iran-backed militia that": the name it describes
		}
		return span{last.From, last.To}, toks[w].Key == "which" && toks[w].Break
	}
	start := k
	for start > 0 && k-start < maxGapNounWords && !toks[start].Break && !determiners[toks[start].Key] {
		start--
	}
	if !determiners[toks[start].Key] || !objectWord(toks[k]) || start == k {
		return span{}, false
	}
	for j := start + 1; j <= k; j++ {
		if toks[j].Cap && !toks[j+1].Hyph || toks[j].Break {
			return span{}, false // "the Iran-backed militia": a name only qualifies
		}
	}
	for last != nil && last.To > start && len(before) > 1 {
		before = before[:len(before)-1] // "the Iran-backed militia": past the name inside
		last = &before[len(before)-1]
	}
	if toks[start].Break && last != nil && last.To == start && commaBefore(s, start) {
		return span{last.From, last.To}, true // ", the militia that": the name set off before
	}
	if toks[w].Key == "which" && toks[w].Break || toks[w].Key == "that" && start == 0 {
		return span{start, k + 1}, true // "the attacks, which", "The missiles that": the noun phrase, which no verb governs
	}
	return span{}, false
}

// clauseEnd returns the token after the last of a clause's words from k
// on: the next break.
func clauseEnd(toks []token, k int) int {
	for k < len(toks) && !toks[k].Break {
		k++
	}
	return k
}
