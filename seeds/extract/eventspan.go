package extract

import "github.com/kg-analyst/kg/schema"

// Events a verb states are told by the verb and what it acted on:
// "stormed the protest camp in Najaf", "opened fire on protesters". The
// verb alone ("stormed") is what the rules read while relating names,
// and a verb's object is often a name of its own; once the statements
// are made, the mention the document keeps as the event's evidence
// reaches over the verb's object and the place after it, up to where
// its clause goes on to something else.

// objectReach bounds how many words past its verb an event verb's
// mention reaches: an object and a place, no clause.
const objectReach = 8

// objectStops end a verb's object: a word that opens another clause or
// a purpose ("and burned its tents", "who had blocked", "to protest"),
// or a time adjunct (rules/words.rules).
var objectStops = defaultRules.mustList("objectStops")

// objectEnd is where the object and place phrase of a verb whose words
// end before token k end: at a comma or other break, an objectStops word,
// a date ("on Friday", "on 5 February", "Tuesday") or "to" before a verb
// ("gathered in Tehran to protest"), at most objectReach words on.
func objectEnd(toks []token, k int) int {
	n := k
	for ; n < len(toks) && n < k+objectReach; n++ {
		t := toks[n]
		if t.Break && (n == 0 || !toks[n-1].Poss) || objectStops[t.Key] || dateWord(t) {
			return n // "Saudi Aramco's processing plant": a possessive breaks no phrase
		}
		next := n+1 < len(toks) && !toks[n+1].Break
		if (t.Key == "on" || t.Key == "in") && next && (dateWord(toks[n+1]) || isNumber(toks[n+1])) {
			return n // "on 5 February", "in September"
		}
		if t.Key == "to" && next && !toks[n+1].Cap && !determiners[toks[n+1].Key] && !isNumber(toks[n+1]) {
			return n // "to protest", not "to the embassy" or "to Kuwait"
		}
	}
	return n
}

// verbMentionSpans reaches each mention of an event that is its verb
// ("stormed") over the verb's object and place (objectEnd).
func (d *docRun) verbMentionSpans() {
	events := map[string]bool{} // the ids events have once resolved
	for _, e := range d.res.Document.Entities {
		events[e.ID] = e.Type == "Event"
	}
	for i, m := range d.res.Mentions {
		if e, ok := d.g.Lookup(m.Entity); !(events[m.Entity] || ok && e.Type == "Event") {
			continue
		}
		s, ok := d.res.Document.Sentence(m.Sentence)
		if !ok || m.End < s.Start || m.End > s.Start+len(s.Text) {
			continue
		}
		toks := tokenize(s.Text)
		for k, t := range toks {
			if s.Start+t.End != m.End {
				continue
			}
			// A noun reaches over what it was aimed at: "the drone and
			// missile attack on Saudi Aramco's plant at Abqaiq".
			aimed := eventNouns[t.Key] != "" && k+1 < len(toks) && !toks[k+1].Break && aimWords[toks[k+1].Key]
			if to := objectEnd(toks, k+1); to > k+1 && (aimed || isEventVerb(m.Text)) {
				d.res.Mentions[i] = extendMention(m, s, toks[to-1].End)
			}
			break
		}
	}
}

// extendMention is m reaching to byte end of its sentence s.
func extendMention(m schema.Mention, s schema.Sentence, end int) schema.Mention {
	m.End = s.Start + end
	m.Text = s.Text[m.Start-s.Start : end]
	return m
}

// dateWord reports whether a token names a weekday or a month.
func dateWord(t token) bool {
	return weekdayKeys[t.Key] || t.Cap && monthStarts[t.Text[:min(3, len(t.Text))]]
}
