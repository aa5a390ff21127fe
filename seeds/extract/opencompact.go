package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// News gives a verb's object more words than a relation's label should
// carry: "met the heads of the security services at military headquarters
// in", "chaired an emergency meeting of the regional government's
// security council in", "travelled to Tehran on Saturday for talks with",
// "sent a delegation to a separate ceremony at". After ReVerb, such a
// phrase still says how its subject is linked to the name it leads to;
// its label keeps the verb, the head noun of its object, the preposition
// and head noun of each phrase on the way that is neither a name's nor an
// "of" phrase (which only qualifies the noun before it), and the
// preposition that leads to the name: "met heads at headquarters in",
// "chaired meeting in", "travelled for talks with", "sent delegation to
// ceremony at". It reads only from the subject of a clause (a name that
// opens the sentence or a clause, its verb right after it), so that a
// name inside a phrase never becomes the subject of the verb after it.

// maxCompactNames bounds the names a compacted verb phrase reads past on
// the way to its object.
const maxCompactNames = 4

// compactObjects reads, for each subject of a clause in the sentence
// (reported clauses too: "the ministry said the coalition had paused"),
// the verb phrases that lead from it past a long object to a name
// (compactSubject). top are the sentence's outermost mentions,
// nationality adjectives and events named by verbs left out.
func (r *relations) compactObjects(s sentence, top []mention, idx int) {
	for i := range top {
		if r.clauseSubject(s, top, i) || r.reportedSubject(s, top[i]) {
			r.compactSubject(s, top, i, idx)
		}
	}
}

// sayingVerbs report a clause whose subject follows them, with no object
// of their own between: "said the coalition had paused".
var sayingVerbs = defaultRules.mustList("sayingVerbs")

// reportedSubject reports whether m can act and opens a clause a saying
// verb reports ("said that the coalition", "said the coalition").
func (r *relations) reportedSubject(s sentence, m mention) bool {
	k := m.From - 1
	if k >= 0 && s.toks[k].Key == "the" && !s.toks[m.From].Break {
		k--
	}
	if k >= 0 && s.toks[k].Key == "that" && !s.toks[k+1].Break {
		k--
	}
	return k >= 0 && sayingVerbs[s.toks[k].Key] && !s.toks[k+1].Break && schema.IsA(r.typeOf(m.Entity), "Agent") && !r.demonym(m)
}

// compactSubject links top[i], a clause's subject followed by its verb
// group, by its verb phrase and those "and" joins to it ("chaired a
// meeting in Erbil and sent a delegation to"), to the names they lead to
// (compactObject).
func (r *relations) compactSubject(s sentence, top []mention, i, idx int) {
	toks := s.toks
	v := skipTimeAndAdverbs(toks, top[i].To)
	if v >= len(toks) || toks[v].Break || !verbGroupStart(toks, v) {
		return
	}
	r.compactObject(s, top, i, v, idx)
	for _, w := range andVerbs(toks, v) {
		r.compactObject(s, top, i, w, idx)
	}
}

// compactObject links top[i], a clause's subject, to each of the next
// names the verb phrase whose verb group begins at token v leads to,
// compacted (compactPhrase), where nothing says already how the two are
// linked in the sentence.
func (r *relations) compactObject(s sentence, top []mention, i, v, idx int) {
	a, toks := top[i], s.toks
	first := i + 1
	for first < len(top) && top[first].From <= v {
		first++
	}
	for j, names := first, 0; j < len(top) && names < maxCompactNames; j++ {
		b := top[j]
		if len(r.namedOnly(toks, top[j:j+1])) == 1 {
			names++ // an event named by its common nouns is the object's words
		}
		if r.said[[3]string{a.Entity, b.Entity, itoa(idx)}] || toks[b.To-1].Poss || b.To < len(toks) && toks[b.To].Hyph || r.demonym(b) {
			continue // "beside Iran's Supreme Leader", "Iran-backed", "Iraqi President": the name only qualifies
		}
		if exchangeBefore(toks, v, b) {
			continue // "in a call with": exchangeWith's
		}
		between := s.art.Text[toks[v].Start:b.Start]
		btoks := namesCapped(tokenize(between), r.namedOnly(toks, top[first:j]), toks[v].Start)
		if r.typeOf(b.Entity) == "Person" {
			btoks = withoutTitles(btoks) // "alongside Secretary of State Mike Pompeo"
		}
		label, ok := compactPhrase(between, withoutCounts(withoutAdverbs(withoutTimes(btoks))))
		if !ok {
			continue
		}
		if p, ok := schema.OpenRelation(label); ok && r.addPredicate(a.Entity, p, b.Entity, idx, 0.45) {
			r.yield(r.last)
			r.byRule("open-compact")
			r.shareWithConjuncts(s, top, i, p, b.Entity)
		}
	}
}

// compactStops end an object's reading: the phrase holds a clause, a
// second act or a time of its own ("after the storming of", "that
// killed", "and hit").
var compactStops = defaultRules.mustList("compactStops")

// compactPhrase returns the label of the verb phrase toks, the words
// between a subject and the name the phrase leads to, in between (their
// text), its object and the phrases on the way compacted to their head
// nouns; or false. The verb is active and asserted (no modal, negation or
// passive), no reporting verb opens a clause, nothing but a possessive
// breaks the words (withoutInitials has left out a name's initials in
// parentheses), and the label keeps within maxOpenWords.
func compactPhrase(between string, toks []token) (string, bool) {
	for len(toks) > 0 && auxWords[toks[0].Key] && !beWords[toks[0].Key] && !modals[toks[0].Key] {
		toks = toks[1:] // "had paused"
	}
	n := len(toks)
	for n > 0 && (toks[n-1].Key == "the" || toks[n-1].Key == "a" || toks[n-1].Key == "an") {
		n-- // "at the Chancellery": the object's article
	}
	if n < 3 {
		return "", false
	}
	verb, last := toks[0], toks[n-1].Key
	if verb.Cap || verb.Break || !verbLike(verb.Key) || clauseVerbs[verb.Key] || !prepositions[last] && !morePrepositions[last] || compactStops[last] {
		return "", false
	}
	words := []string{strings.ToLower(verb.Text)}
	prep, kept, object, named := "", 0, false, false // prep: the preposition of the phrase being read, "" for the object
	marks := []phraseMark{{words: 1}}                // where the object and each phrase began
	for k := 1; k < n-1; {
		end := k
		for end < n-1 && !phrasePreposition(toks, end) {
			end++
		}
		head, ok := nounHead(between, toks, k, end)
		if !ok {
			return "", false
		}
		switch {
		case prep == "" && head == "" && end > k:
			return "", false // a name as the object: "met Khamenei in" is actPlace's
		case prep == "" && head != "":
			words = append(words, head)
			kept, object = kept+1, true
		case head != "" && prep != "of":
			words = append(words, prep, head)
			kept++
		}
		named = prep != "" && prep != "of" && head == ""
		if end < n-1 {
			if m, next, ok := conjunct(toks, end, n, marks, named); ok {
				// "at the base in Anbar and at a base near": the second
				// phrase takes the first's place in the label.
				words, kept, prep, k = words[:m.words], m.kept, m.prep, next
				continue
			}
			if compactStops[toks[end].Key] {
				return "", false
			}
			prep = toks[end].Key
			marks = append(marks, phraseMark{prep, len(words), kept})
			end++
		}
		k = end
	}
	if kept == 0 || reportingVerbs[verb.Key] && !object {
		return "", false // "announced the measures at": an act; "announced in": a claim
	}
	if named && thingPlaces[last] {
		return "", false // "flew its soldiers to the Azraq air base in": the place is the base's
	}
	words = append(words, last)
	return strings.Join(words, " "), len(words) <= maxOpenWords
}

// exchangeBefore reports whether an exchange after the verb at token v
// leads to b, titles aside: "in a phone call with President Barham
// Salih" (exchangeWith reads it).
func exchangeBefore(toks []token, v int, b mention) bool {
	_, p, ok := exchangeAt(toks, beforeTitles(toks, b.From-1, v))
	return ok && p > v
}

// namesCapped marks the words of the names ms inside the words toks of a
// text that starts at offset from as names: "al" in "Ain al-Asad".
func namesCapped(toks []token, ms []mention, from int) []token {
	for k := range toks {
		for _, m := range ms {
			if at := toks[k].Start + from; at >= m.Start && at < m.End {
				toks[k].Cap = true
			}
		}
	}
	return toks
}

// namedOnly returns the mentions of ms written as names: not an event
// named by its common nouns ("fired ballistic missiles at", the missiles
// an attack's mention), which a verb phrase reads as its object's words.
func (r *relations) namedOnly(toks []token, ms []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		if toks[m.From].Cap || r.typeOf(m.Entity) != "Event" {
			out = append(out, m)
		}
	}
	return out
}

// phrasePreposition reports whether toks[k] opens a phrase inside a verb
// phrase's object: a preposition, not "to" before a word that opens no
// noun phrase ("to meet", "to expel": a purpose, purposeTail's), or a
// stop (compactPhrase refuses it).
func phrasePreposition(toks []token, k int) bool {
	t := toks[k]
	if compactStops[t.Key] {
		return true
	}
	if !prepositions[t.Key] && !morePrepositions[t.Key] {
		return false
	}
	return t.Key != "to" || k+1 >= len(toks) || toks[k+1].Cap || determiners[toks[k+1].Key] || isNumber(toks[k+1])
}

// nounHead returns the head noun of the words toks[from:to] of a noun
// phrase inside a verb phrase: its last lower-case noun, "" when only
// names (and their articles) make it up. It fails on anything that is no
// part of a plain noun phrase: punctuation (but a possessive's), a negation, modal, pronoun or auxiliary, or a verb
// form that is neither an adjective before the head ("a heavily fortified
// compound") nor a noun after an article ("a mourning ceremony", "its
// training").
func nounHead(between string, toks []token, from, to int) (string, bool) {
	head := ""
	for k := from; k < to; k++ {
		t := toks[k]
		if t.Break && !wordBreak(between, toks, k) && !placeAndState(between, toks, k) || negations[t.Key] || modals[t.Key] || pronouns[t.Key] || auxWords[t.Key] || beWords[t.Key] || reportingVerbs[t.Key] {
			return "", false
		}
		if determiners[t.Key] && k > from && !toks[k-1].Poss {
			return "", false // "called Soleimani a martyr": two objects
		}
		if t.Cap || isNumber(t) || determiners[t.Key] || strings.HasSuffix(t.Key, "ly") || directions[t.Key] && k+1 < to && toks[k+1].Cap {
			continue // "in western Iraq": the direction is the name's
		}
		afterArticle := k > from && determiners[toks[k-1].Key]
		if pastForm(t.Key) && k == to-1 || progressive(t) && k < to-1 && !afterArticle {
			return "", false // "bases housing troops": a second act
		}
		head = strings.ToLower(t.Text)
	}
	return head, true
}

// placeAndState reports whether the comma before toks[k] inside a noun
// phrase parts two names, a place and the one that holds it: "at Ain
// al-Asad Air Base in Anbar, Iraq and at".
func placeAndState(between string, toks []token, k int) bool {
	return k > 0 && toks[k].Cap && toks[k-1].Cap && strings.TrimSpace(between[toks[k-1].End:toks[k].Start]) == ","
}

// wordBreak reports whether the punctuation before toks[k] inside a noun
// phrase keeps to the phrase: a possessive ("the alliance's
// ambassadors").
func wordBreak(between string, toks []token, k int) bool {
	return k > 0 && toks[k-1].Poss && possessiveGap(between[toks[k-1].End:toks[k].Start])
}

// phraseMark is where a phrase of a verb phrase began: its preposition
// ("" for the verb's object), and the label's words and the phrases kept
// in it then.
type phraseMark struct {
	prep        string
	words, kept int
}

// conjunct reads the words after "and" at toks[k], inside a verb phrase
// of n words whose phrases began at marks, as a second phrase of the
// verb. "and at a base near" repeats a preposition read already and
// stands in that phrase's place. "and a facility in" (an article, then a
// noun phrase) stands in the place of the phrase before: of the one
// before that when the phrase before is a name that only places its noun
// (named, "the air base in western Iraq and a facility in", "an arms
// depot near Damascus and a convoy outside"). It returns the mark of the
// phrase the conjunct replaces and the token where its words begin. A
// verb, a name or a clause after "and" is no such conjunct, nor a second
// object that brings its own phrase ("its trainers to the base and the
// advisers to").
func conjunct(toks []token, k, n int, marks []phraseMark, named bool) (phraseMark, int, bool) {
	if toks[k].Key != "and" || toks[k].Break || k+2 >= n {
		return phraseMark{}, 0, false
	}
	next := toks[k+1]
	if next.Break || next.Cap {
		return phraseMark{}, 0, false
	}
	if (prepositions[next.Key] || morePrepositions[next.Key]) && !compactStops[next.Key] && next.Key != "of" {
		for i := len(marks) - 1; i > 0; i-- {
			if marks[i].prep == next.Key {
				return marks[i], k + 2, true
			}
		}
		return phraseMark{}, 0, false
	}
	if next.Key != "a" && next.Key != "an" && next.Key != "the" {
		return phraseMark{}, 0, false
	}
	at := len(marks) - 1
	if last := marks[at].prep; named && thingPlaces[last] && at > 0 {
		at--
	}
	if marks[at].prep == "of" {
		return phraseMark{}, 0, false
	}
	for _, t := range toks[k+2 : n-1] {
		if at == 0 && at+1 < len(marks) && t.Key == marks[at+1].prep || verbLike(t.Key) && !t.Cap || compactStops[t.Key] {
			return phraseMark{}, 0, false // "and the advisers to a camp", "and the militias shelled"
		}
	}
	return marks[at], k + 1, true
}

// yield marks the open relation out[i] as one a typed statement of the
// same pair and sentence replaces (relations.yielding).
func (r *relations) yield(i int) {
	if r.yielding == nil {
		r.yielding = map[int]bool{}
	}
	r.yielding[i] = true
}

// withoutYielded returns the statements read, less the yielding open
// relations a typed statement of the same pair and sentence replaces.
func (r *relations) withoutYielded() []schema.Statement {
	if len(r.yielding) == 0 {
		return r.out
	}
	return withoutOpenWhere(r.out, func(i int) bool { return r.yielding[i] })
}
