package extract

import (
	"sort"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// The clause reader: news puts much between a clause's subject and its
// verb ("Grand Ayatollah Ali al-Sistani, the country's most senior Shiite
// cleric, also denounced", "Moqtada al-Sadr, whose followers had swelled
// the camps since October, called on", "Mike Pompeo, speaking to reporters
// in Florida, accused", "Kataib Hezbollah on Sunday night threatened"),
// and titles before the person a verb speaks of ("called on Secretary of
// State Mike Pompeo"). The reader finds where the subject's verb group
// begins past what is set off or said of time, leaves out such titles,
// and hands the clause as "SUBJECT verb object ..." to the readers every
// sentence gets: the rules (rules/*.rules) and the verb lexicon
// (rules/verbs.rules), whose negation and modality stand as they are
// ("X, the ..., did not attack Y" states nothing). Only what the rules
// and verbs read from the subject is kept. The reader looks at each word
// of the gap once: linear in the text.

// maxSetOffWords bounds a part set off by commas between a subject and
// its verb.
const maxSetOffWords = 30

// maxSetOffParts bounds the parts set off one after another: ", the
// leader of Hamas, which governs Gaza, praised".
const maxSetOffParts = 3

// setOffOpeners open a part set off by commas after a subject, beside
// the articles and relative words (descriptionOpeners) and the asides
// (asideOpeners): ", speaking to reporters,", ", citing", ", 62,".
var setOffOpeners = defaultRules.mustList("setOffOpeners")

// gapAdverbs stand between a subject and its verb without changing what
// the clause asserts: "X also condemned", "X and Y both condemned".
var gapAdverbs = defaultRules.mustList("gapAdverbs")

// timeOpeners open a phrase of time between a subject and its verb:
// "on Sunday night", "late on Friday", "last week", "earlier this month".
var timeOpeners = defaultRules.mustList("timeOpeners")

// timeParts may follow a time opener: "on Jan. 3", "late on Friday
// night", "earlier this month", "in November".
var timeParts = defaultRules.mustList("timeParts")

// maxTimeGapWords bounds a phrase of time between a subject and its verb.
const maxTimeGapWords = 5

// clauseGaps reads, for each subject of a clause in the sentence, the
// clause as if the subject stood at its verb and no title stood before a
// person it names. top are the sentence's outermost mentions, nationality
// adjectives and events named by verbs left out; all are them with the
// adjectives.
func (r *relations) clauseGaps(s sentence, top, all []mention, innerAt map[int]string, idx int) {
	for i := range top {
		if !r.clauseSubject(s, top, i) {
			continue
		}
		if v := r.gapVerb(s, top[i]); v >= top[i].To {
			r.readClause(s, all, top[i].Entity, top[i].Text, v, v > top[i].To, innerAt, idx)
		}
	}
}

// gapVerb returns the token where the verb group of subj, a clause's
// subject, begins past the words set between them: parts set off by
// commas (appositions, relative clauses, participles, asides), a phrase
// of time, adverbs. It returns -1 when no verb group follows.
func (r *relations) gapVerb(s sentence, subj mention) int {
	toks := s.toks
	k, parts := subj.To, 0
	for k < len(toks) && toks[k].Break {
		if !commaBefore(s, k) || strings.TrimSpace(s.art.Text[toks[k-1].End:toks[k].Start]) != "," {
			return -1
		}
		if parts > 0 {
			// ", on Sunday accused", ", condemned": the verb, after what
			// was set off.
			if w := skipTimeAndAdverbs(toks, k); w < len(toks) && verbGroupStart(toks, w) {
				return w
			}
		}
		if parts >= maxSetOffParts || !setOffOpener(toks, k) {
			return -1
		}
		if k = setOffEnd(s, k); k < 0 {
			return -1
		}
		parts++
	}
	if parts > 0 {
		return -1 // the sentence ends, or no verb follows what was set off
	}
	k = skipTimeAndAdverbs(toks, k)
	if k >= len(toks) || toks[k].Break || !verbGroupStart(toks, k) {
		return -1
	}
	return k
}

// skipTimeAndAdverbs returns the token after the phrases of time and the
// adverbs from token k on, in the same stretch of words: "on Sunday night
// also".
func skipTimeAndAdverbs(toks []token, k int) int {
	j := k
	for j < len(toks) && (j == k || !toks[j].Break) {
		if n := timeGap(toks, j); n > j {
			j = n
			continue
		}
		if !gapAdverbs[toks[j].Key] || toks[j].Cap {
			break
		}
		j++
	}
	return j
}

// setOffOpener reports whether the token at k, after a comma, opens a
// part set off after a subject: an article or relative word (", the
// country's top cleric", ", who"), an aside (", in a statement"), a
// participle (", speaking to", ", acting under", ", backed by Iran"), a possessive name
// (", Iraq's top cleric"), an age (", 62,").
func setOffOpener(toks []token, k int) bool {
	t := toks[k]
	switch {
	case descriptionOpeners[t.Key] || asideOpeners[t.Key] || setOffOpeners[t.Key] || isNumber(t):
		return true
	case t.Cap && t.Poss:
		return true
	case progressive(t) && k+1 < len(toks) && !toks[k+1].Break:
		return true // ", acting under a sanctions law,", ", bowing to weeks of protests,"
	case !t.Cap && pastForm(t.Key) && k+1 < len(toks) && !toks[k+1].Break && qualifyingParticiple(toks, k):
		return true // ", backed by Iran,", ", carried out on Sunday,"
	}
	return false
}

// setOffEnd returns the token after the comma that closes the part set
// off at token k, or -1: the part runs unbroken but for commas to the
// verb (no quote, dash, colon or parenthesis), within maxSetOffWords, and
// a part that opens as a noun phrase holds no verb of its own but in a
// relative clause or a participle ("the Pentagon and the State Department
// condemned" is no apposition).
func setOffEnd(s sentence, k int) int {
	toks := s.toks
	nounPhrase := determiners[toks[k].Key] || toks[k].Cap
	relative := false
	for j := k + 1; j < len(toks) && j-k <= maxSetOffWords; j++ {
		t := toks[j]
		if t.Break {
			if strings.TrimSpace(s.art.Text[toks[j-1].End:t.Start]) != "," {
				return -1
			}
			return j
		}
		switch {
		case clauseWords[t.Key] || t.Key == "that" || t.Key == "whom":
			relative = true
		case nounPhrase && !relative && !t.Cap && pastForm(t.Key) && !qualifyingParticiple(toks, j):
			return -1
		}
	}
	return -1
}

// qualifyingParticiple reports whether the past form at j qualifies the noun before
// it: a preposition or an adverb follows ("founded by", "based in",
// "known as", "killed last week").
func qualifyingParticiple(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].Break {
		return true // ", the militia he founded,"
	}
	next := toks[j+1].Key
	return prepositions[next] || timeOpeners[next] || particles[next] || strings.HasSuffix(next, "ly")
}

// timeGap returns the token after a phrase of time at k ("on Sunday
// night", "late on Friday", "last week", "on Jan. 3", "in November"), or
// k.
func timeGap(toks []token, k int) int {
	if !timeOpeners[toks[k].Key] || toks[k].Cap {
		return k
	}
	end := k
	for j := k + 1; j < len(toks) && j-k <= maxTimeGapWords && !toks[j].Break; j++ {
		t := toks[j]
		if timeWords[t.Key] || months[t.Key] > 0 || isNumber(t) {
			end = j + 1
			continue
		}
		if !timeParts[t.Key] {
			break
		}
	}
	return end
}

// frontedTimeWords may make up a phrase of time that opens a sentence
// without a comma, beside timeOpeners, timeParts and timeUnits: "The next
// day", "That night", "Two days later".
var frontedTimeWords = defaultRules.mustList("frontedTimeWords")

// frontedTime returns the token after a phrase of time that opens a
// sentence, with no comma after it ("The next day", "Last week", "Two
// days later", "On 24 January"), or 0.
func frontedTime(toks []token) int {
	end := 0
	for k := 0; k < len(toks) && k < maxTimeGapWords && (k == 0 || !toks[k].Break); k++ {
		t := toks[k]
		switch {
		case timeWords[t.Key] || months[t.Key] > 0 || isNumber(t) || t.Key == "day" || t.Key == "later" || t.Key == "earlier":
			end = k + 1
		case timeOpeners[t.Key] || timeParts[t.Key] || timeUnits[t.Key] || frontedTimeWords[t.Key]:
		default:
			return end
		}
	}
	return end
}

// verbGroupStart reports whether a verb group opens at token k: an
// auxiliary, a negation, a modal or a verb, in lower case.
func verbGroupStart(toks []token, k int) bool {
	t := toks[k]
	if t.Cap || t.Key == "to" || t.Key == "and" || t.Key == "or" {
		return false
	}
	return auxWords[t.Key] || negations[t.Key] || modals[t.Key] || verbLike(t.Key) || strings.HasSuffix(t.Key, "s") && len(t.Key) > 3 && !strings.HasSuffix(t.Key, "ss")
}

// readClause reads the clause of a subject (its entity and the text that
// names it) whose verb group begins at token v as "SUBJECT verb ...", the
// titles before a person it names left out ("called on Secretary of
// State Mike Pompeo" reads "called on Mike Pompeo"), and states what the
// rules and the verb lexicon read from the subject. A clause whose
// subject stands at its verb (gap unset) is read only for titles left
// out: the sentence's own reading has the rest.
func (r *relations) readClause(s sentence, all []mention, entity, name string, v int, gap bool, innerAt map[int]string, idx int) {
	spans := r.objectTitles(s, all, v)
	if !gap && len(spans) == 1 {
		return
	}
	r.readSpans(s, all, entity, name, spans, innerAt, idx, true)
}

// readSpans reads the clause "SUBJECT" (its entity and the text that
// names it) followed by the stretches spans of the sentence, and states
// what the verb lexicon and the verb phrase read from the subject, and
// the rules too where withRules.
func (r *relations) readSpans(s sentence, all []mention, entity, name string, spans []span, innerAt map[int]string, idx int, withRules bool) {
	cs, call, cinner, ok := clauseFrom(s, all, entity, name, spans, innerAt)
	if !ok || len(call) < 2 {
		return
	}
	ctop := r.withoutAdjectives(cs, call)
	if withRules {
		r.clauseRules(cs, call, ctop, cinner)
	}
	r.verbAfter(cs, ctop, 0, idx)
	r.compactSubject(cs, ctop, 0, idx)
}

// clauseRules states what the rules read from the subject of a clause
// made up by clauseFrom: cs its sentence, call its mentions, ctop them
// without nationality adjectives.
func (r *relations) clauseRules(cs sentence, call, ctop []mention, cinner map[int]string) {
	ms := r.rules.matchSentence(cs.art.Text, cs.toks, ctop)
	sort.SliceStable(ms, func(x, y int) bool {
		if ms[x].to != ms[y].to {
			return ms[x].to < ms[y].to
		}
		return ms[x].rule < ms[y].rule
	})
	for _, m := range ms {
		if m.from == 0 && !m.appos {
			r.apply(cs, ctop, cinner, m)
		}
	}
	if len(ctop) < len(call) && r.rules.demonyms {
		// "vowed revenge against American forces": the rules that read
		// a nationality adjective (demonymRules), from the subject.
		for _, m := range r.rules.matchDemonyms(cs.art.Text, cs.toks, call) {
			if m.from == 0 && !m.appos && r.adjectival(cs, call[m.to]) {
				r.apply(cs, call, cinner, m)
			}
		}
	}
}

// span is a range of a sentence's tokens, [from, to).
type span struct{ from, to int }

// maxBeforeTitle bounds the words between a verb (or the person before,
// and "and") and a title left out: "called on", "urged", "accused".
const maxBeforeTitle = 3

// objectTitles returns the stretches of the sentence from token v on that
// a clause keeps: all of them but the titles of the persons its verb
// speaks of ("called on Secretary of State Mike Pompeo and Defense
// Secretary Mark Esper", "threatened Iranian Foreign Minister Javad
// Zarif"). A title holds a title word, runs unbroken, may hold "of"
// before a capital, and follows the verb, or the person before and
// "and", within maxBeforeTitle words in lower case.
func (r *relations) objectTitles(s sentence, top []mention, v int) []span {
	toks := s.toks
	var out []span
	from, after := v, v // after: where the words before the next title start
	for _, m := range top {
		if m.From <= v || m.From < from || r.typeOf(m.Entity) != "Person" {
			continue
		}
		start, titled := m.From, false
		for k := m.From - 1; k > after && !toks[k+1].Break; k-- {
			t := toks[k]
			if !(t.Cap || personTitles[t.Key] || titleModifiers[t.Key] || roleWords[t.Key] || t.Key == "of" && toks[k+1].Cap) {
				break
			}
			titled = titled || personTitles[t.Key] || roleWords[t.Key] || titleModifiers[t.Key]
			start = k
		}
		if !titled || start == m.From || toks[start].Break || !plainWords(toks[after+1:start], maxBeforeTitle) {
			break
		}
		out = append(out, span{from, start})
		from, after = m.From, m.To
	}
	return append(out, span{from, len(toks)})
}

// plainWords reports whether toks are at most n words in lower case,
// unbroken, none opening a clause of its own: "on", "and", "the".
func plainWords(toks []token, n int) bool {
	if len(toks) > n {
		return false
	}
	for _, t := range toks {
		if t.Cap || t.Break || clauseWords[t.Key] || t.Key == "that" || reportingVerbs[t.Key] {
			return false
		}
	}
	return true
}

// clauseFrom builds the clause "NAME <the sentence's spans>" of a
// subject, with its mentions: the subject, then top's mentions inside
// the spans, moved to their place in the clause; and innerAt moved with
// them. It fails where the clause's words do not line up with the
// sentence's.
func clauseFrom(s sentence, top []mention, entity, name string, spans []span, innerAt map[int]string) (sentence, []mention, map[int]string, bool) {
	var b strings.Builder
	b.WriteString(name)
	n := len(tokenize(name))
	ctop := []mention{{Entity: entity, From: 0, To: n, Start: 0, End: len(name), Text: name}}
	cinner := map[int]string{}
	tokAt := n
	for _, sp := range spans {
		b.WriteByte(' ')
		start := s.toks[sp.from].Start
		shift, tokShift := b.Len()-start, tokAt-sp.from
		end := len(s.art.Text)
		if sp.to < len(s.toks) {
			end = s.toks[sp.to-1].End
		}
		b.WriteString(s.art.Text[start:end])
		for _, m := range top {
			if m.From < sp.from || m.To > sp.to {
				continue
			}
			c := m
			c.From, c.To, c.Start, c.End = m.From+tokShift, m.To+tokShift, m.Start+shift, m.End+shift
			if in, ok := innerAt[m.End]; ok {
				cinner[c.End] = in
			}
			ctop = append(ctop, c)
		}
		tokAt += sp.to - sp.from
	}
	text := b.String()
	toks := tokenize(text)
	if len(toks) != tokAt {
		return sentence{}, nil, nil, false
	}
	for _, c := range ctop {
		if toks[c.From].Start != c.Start {
			return sentence{}, nil, nil, false
		}
	}
	art := schema.Sentence{Index: s.art.Index, Text: text, Start: s.art.Start, End: s.art.End, Sources: s.art.Sources}
	return sentence{art: art, toks: toks}, ctop, cinner, true
}
