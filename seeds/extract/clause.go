package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// The tagged clause reader is the fallback for two names of a clause that
// nothing else links but a co-mention. The other readers know a verb by
// the lexicon or by its "-ed"; this one knows it by its part of speech
// (tagger.go), so "Qatar quietly courts Hamas" and "the prince bankrolled
// the militia and courted Washington" are read though no rule names the
// verbs. It reads one shape, the clause's own: a subject (a name that no
// preposition or verb before it takes), what may stand between a subject
// and its verb (parts set off by commas, a phrase of time, adverbs: the
// same gap gapVerb reads), a verb group (auxiliaries, one main verb, "to"
// and a second verb, a particle), then the object: the next name, right
// after the verb group, after a preposition, or after a short noun
// phrase and a preposition ("sent troops to"). Nothing else may stand
// between the verb and the object: "attacked a base used by X" says
// nothing of X. A verb of the lexicon states its typed predicate through
// the verb reader (relations.verb), with its guards; any other verb
// states the phrase as an open relation, labelled as open.go labels them.
// Negations, modals, reporting verbs and participles with no auxiliary
// state nothing.

// clauseFallback reads the clauses of the sentence (readClauseVerb)
// whose subject is still unrelated to a name a few words after where its
// verb may begin. Only then are words tagged, and only those from the
// subject to that name, so that most sentences cost nothing and none
// costs more than a few words' tagging a subject. top are the sentence's
// outermost mentions, nationality adjectives and events named by verbs
// left out.
func (r *relations) clauseFallback(s sentence, top []mention, idx int) {
	for i := range top {
		v, last := r.unrelatedAfterVerb(s, top, i, idx)
		if last < 0 {
			continue
		}
		tags := clauseTags(s, v, top[last])
		if !taggedSubject(s, tags, top[i]) {
			continue
		}
		if r.gapVerb(s, top[i]) < 0 {
			v = gapStart(s, tags, top[i].To, namesOpeningTitle(s, top[i]))
		}
		for v >= 0 {
			end := r.readClauseVerb(s, tags, top, i, v, idx)
			v = andVerb(s, tags, end)
		}
	}
}

// maxClauseSpan bounds the tokens from where a verb group may begin to
// the name the clause reader may link its subject to: auxiliaries, two
// verbs and a particle, a short noun phrase, a preposition, titles.
const maxClauseSpan = 16

// unrelatedAfterVerb returns where the verb group of top[i], if it may
// be a subject (mayBeSubject), may begin (gapVerb, or the first
// lower-case word past adverbs and a phrase of time) and the last mention
// within maxClauseSpan tokens after it that nothing relates to top[i]
// yet, or -1.
func (r *relations) unrelatedAfterVerb(s sentence, top []mention, i, idx int) (v, last int) {
	if !r.mayBeSubject(s, top, i) {
		return -1, -1
	}
	v = r.gapVerb(s, top[i])
	if v < 0 {
		v = skipTimeAndAdverbs(s.toks, top[i].To)
		for v < len(s.toks) && strings.HasSuffix(s.toks[v].Key, "ly") && !s.toks[v].Cap {
			v++
		}
	}
	if v >= len(s.toks) || s.toks[v].Cap || noVerbGroup(s.toks[v].Key) {
		return -1, -1
	}
	last = -1
	for j, n := i+1, 0; j < len(top) && n < 2 && top[j].From <= v+maxClauseSpan; j++ {
		if top[j].From <= v {
			continue
		}
		if brokenBetween(s.toks, v, top[j].From) {
			break // what a comma or a quote parts from the verb is no object of its
		}
		if a, b := top[i].Entity, top[j].Entity; a != b && !r.said[[3]string{a, b, itoa(idx)}] {
			last = j
		}
		n++ // the object, or the name a preposition after it leads to
	}
	return v, last
}

// noVerbGroup reports whether a word opens no verb group the clause
// reader reads, whatever its tag: a preposition, an article, a pronoun,
// a conjunction, a modal, a negation, or a verb of reporting ("said",
// "told": a claim, not a relation). Such a clause is not tagged.
func noVerbGroup(k string) bool {
	return prepositions[k] || determiners[k] || pronouns[k] || modals[k] || negations[k] || reportingVerbs[k] || clauseVerbs[k] || sayingVerbs[k]
}

// brokenBetween reports whether punctuation stands before a token in
// (from, to].
func brokenBetween(toks []token, from, to int) bool {
	for k := from + 1; k <= to && k < len(toks); k++ {
		if toks[k].Break {
			return true
		}
	}
	return false
}

// clauseTags tags the words the clause reader reads after subject subj,
// whose verb group may begin at v: from two words before the verb, for
// context, to the word after the name obj. What is set off between the
// subject and its verb is not tagged.
func clauseTags(s sentence, v int, obj mention) []string {
	return posTags(s, max(v-2, 0), min(obj.To+1, len(s.toks)))
}

// mayBeSubject reports whether top[i] can act and stands where a clause's
// subject may: no possessive, preposition or verb takes it, it qualifies
// no noun after it by a hyphen ("Iran-backed"), it names no country by
// its adjective, and no condition ("if") opens its clause.
func (r *relations) mayBeSubject(s sentence, top []mention, i int) bool {
	m := top[i]
	e, _ := r.g.Lookup(m.Entity)
	if !schema.IsA(e.Type, "Agent") && e.Type != "Vehicle" || r.demonym(m) || s.toks[m.To-1].Poss || m.To < len(s.toks) && s.toks[m.To].Hyph {
		return false
	}
	if prepositionObject(s, m) || objectOfPreposition(s, top, i) || objectOfVerb(s, m) || inParticiple(s, m) || relativeObject(s, m) || conditional(s, m) {
		return false
	}
	k := wordBefore(s, m)
	if k < 0 {
		// After punctuation, a name opens its clause ("In Beirut, X") or
		// is set off inside another's subject ("a letter from the
		// commander, X, caused").
		return m.From == 0 || r.leadsClause(s, top, i) || namesOpeningTitle(s, m)
	}
	// "The Quds Force fighting X hosted Y": X is the participle's object.
	return !morePrepositions[s.toks[k].Key] && !progressive(s.toks[k]) && !relativeOpener(s.toks, k)
}

// relativeOpener reports whether the word at k opens a relative clause
// whose object is the noun before it, so that the name after it is the
// subject of a clause whose object is no name after the verb: "the
// deputy whom X named to lead Y", "the militia that X founded in Y".
// "that" after a verb opens a reported clause instead ("said that X").
func relativeOpener(toks []token, k int) bool {
	switch toks[k].Key {
	case "whom", "which":
		return true
	case "that":
		return k == 0 || !verbLike(toks[k-1].Key) && !clauseVerbs[toks[k-1].Key] && !reportingVerbs[toks[k-1].Key] && !sayingVerbs[toks[k-1].Key]
	}
	return false
}

// taggedSubject reports whether the tags after m, which may be a
// subject, let it be one: no noun follows it ("the Iran deal").
func taggedSubject(s sentence, tags []string, m mention) bool {
	return m.To >= len(s.toks) || s.toks[m.To].Break || !strings.HasPrefix(tags[m.To], "NN")
}

// namesOpeningTitle reports whether m, set off by commas, names the
// title that opens the sentence: "Qatar's Foreign Minister, Sheikh
// Mohammed Al Thani, travelled" (not "a letter from the commander, X,
// caused": the letter did).
func namesOpeningTitle(s sentence, m mention) bool {
	k := m.From
	for k > 0 && !s.toks[k].Break {
		k--
	}
	if k == 0 || !commaBefore(s, k) || !strings.HasPrefix(strings.TrimSpace(s.art.Text[m.End:]), ",") {
		return false
	}
	for _, t := range s.toks[k:m.From] {
		if !t.Cap && !personTitles[t.Key] {
			return false // ", the faction whose founder X died alongside Y,"
		}
	}
	for _, t := range s.toks[:k] {
		if t.Break && !(t.Poss || t.Cap) || !(t.Cap || t.Poss || personTitles[t.Key] || titleModifiers[t.Key] || roleWords[t.Key] || isDet(t.Key)) {
			return false
		}
	}
	return true
}

// gapStart returns token k, or the token after the adverbs and the
// phrase of time from k on, where a tagged verb group begins there
// ("Qatar quietly courts"), or -1. After a name that is set off (afterComma),
// a comma may come first: "Qatar's Foreign Minister, X, travelled".
func gapStart(s sentence, tags []string, k int, afterComma bool) int {
	if k >= len(s.toks) || s.toks[k].Break && !(afterComma && commaBefore(s, k)) {
		return -1
	}
	v := skipTimeAndAdverbs(s.toks, k)
	for v < len(s.toks) && tags[v] == "RB" && (v == k || !s.toks[v].Break) && !negations[s.toks[v].Key] {
		v++
	}
	if v >= len(s.toks) || v > k && s.toks[v].Break || s.toks[v].Cap || !strings.HasPrefix(tags[v], "VB") && tags[v] != "MD" {
		return -1
	}
	return v
}

// andVerb returns the token of a verb that "and" joins, in the same
// clause, to the verb phrase ending before token k ("bankrolled the
// militia and courted"): the subject's second act. It returns -1 when a
// clause word, a comma but before "and", or a name as the next subject
// ("and Iran attacked") comes first.
func andVerb(s sentence, tags []string, k int) int {
	for ; k >= 0 && k < len(s.toks); k++ {
		t := s.toks[k]
		if t.Key == "and" {
			v := k + 1
			for v < len(s.toks) && tags[v] == "RB" && !negations[s.toks[v].Key] {
				v++
			}
			if v < len(s.toks) && !s.toks[v].Break && !s.toks[v].Cap && (tags[v] == "VBD" || tags[v] == "VBZ" || tags[v] == "VBP") {
				return k + 1
			}
			return -1
		}
		if t.Break || clauseWords[t.Key] || t.Key == "that" || t.Key == "but" || strings.HasPrefix(tags[k], "VB") || tags[k] == "MD" {
			return -1
		}
	}
	return -1
}

// verbGroup is a clause's verb group: its tokens [start, end), the token
// of its main verb, the words that label it ("was killed", "vowed to
// avenge", "shot down") and whether it is passive.
type verbGroup struct {
	start, end, main int
	words            []string
	passive          bool
}

// haveDo are the auxiliaries beside the forms of "be": "has met", "did
// meet".
var haveDo = set("has", "have", "had", "having", "do", "does", "did")

// readVerbGroup reads the verb group that begins at token v: auxiliaries
// and adverbs, one main verb (tagged a verb, or a verb of the lexicon),
// maybe "to" and a second verb, maybe a particle. A negation, a modal, a
// reporting verb, or a participle with no auxiliary ("fighting", "backed
// by") makes no group: the clause asserts no act of its subject.
func readVerbGroup(s sentence, tags []string, v int) (verbGroup, bool) {
	toks := s.toks
	g := verbGroup{start: v}
	aux, be := false, ""
	k := v
	for ; k < len(toks) && (k == v || !toks[k].Break); k++ {
		t := toks[k]
		if negations[t.Key] || t.Key == "didn" || t.Key == "hasn" || tags[k] == "MD" || modals[t.Key] {
			return g, false
		}
		if isVerbTag(tags, k+1) && (beWords[t.Key] || haveDo[t.Key]) {
			aux = true
			if beWords[t.Key] {
				be = strings.ToLower(t.Text)
			}
			continue
		}
		if !(tags[k] == "RB" || gapAdverbs[t.Key] || phraseAdverbs[t.Key]) || k+1 >= len(toks) || toks[k+1].Break {
			break
		}
	}
	if k >= len(toks) || toks[k].Cap || toks[k].Break && k > v || !isVerbTag(tags, k) && !lexiconVerb(toks[k].Key) {
		return g, false
	}
	main := toks[k]
	if reportingVerbs[main.Key] || clauseVerbs[main.Key] || sayingVerbs[main.Key] || beWords[main.Key] || haveDo[main.Key] {
		return g, false
	}
	running := tags[k] == "VBG"
	if !aux && (running || tags[k] == "VBN" && keyAt(toks, k+1) == "by") {
		return g, false // "the coalition fighting X", "a militia backed by Iran"
	}
	if be != "" && !running {
		g.passive = true
		g.words = append(g.words, strings.Replace(be, "been", "was", 1))
	}
	g.main, g.words = k, append(g.words, strings.ToLower(main.Text))
	k++
	if keyAt(toks, k) == "to" && k+1 < len(toks) && tags[k+1] == "VB" && !toks[k+1].Break && !modals[main.Key] && !reportingVerbs[toks[k+1].Key] {
		g.words, k = append(g.words, "to", toks[k+1].Key), k+2 // "vowed to avenge"
	}
	if k < len(toks) && !toks[k].Break && (tags[k] == "RP" || particles[toks[k].Key]) {
		g.words, k = append(g.words, toks[k].Key), k+1 // "shot down"
	}
	g.end = k
	return g, true
}

// isVerbTag reports whether token k is tagged a verb.
func isVerbTag(tags []string, k int) bool {
	return k < len(tags) && strings.HasPrefix(tags[k], "VB")
}

// lexiconVerb reports whether k is a verb form of the lexicon: "backs",
// which the tagger may take for a plural noun after a name.
func lexiconVerb(k string) bool {
	_, ok := defaultRules.verbs[k]
	return ok
}

// readClauseVerb reads the verb group of top[i] at token v and its object
// (clauseObject), and states how the two are linked where nothing does
// yet (stateClause). It returns the token after the object (or after
// the group, when no name is its object), where a verb "and" joins may
// follow, or -1 when no verb group begins at v.
func (r *relations) readClauseVerb(s sentence, tags []string, top []mention, i, v, idx int) int {
	g, ok := readVerbGroup(s, tags, v)
	if !ok {
		return -1
	}
	j, label, ok := r.clauseObject(s, tags, top, g)
	if !ok {
		return g.end // "bankrolled the militia": a verb "and" joins may still follow
	}
	r.stateClause(s, top, i, j, g, label, idx)
	if j2, label2, ok := r.throughObject(s, tags, top, j, label); ok && label == strings.Join(g.words, " ") {
		r.stateClause(s, top, i, j2, g, label2, idx)
		j = j2
	}
	return top[j].To
}

// throughObject reads the name a preposition after the verb's object
// leads to, when the object is a thing named in lower case: "fired
// ballistic missiles at X" is "fired missiles at" X. It returns the
// name's index in top and the label.
func (r *relations) throughObject(s sentence, tags []string, top []mention, j int, label string) (int, string, bool) {
	obj, toks := top[j], s.toks
	k := obj.To
	if j+1 >= len(top) || toks[obj.To-1].Cap || !strings.HasPrefix(tags[obj.To-1], "NN") || k >= len(toks) || toks[k].Break || !clausePreposition(toks[k], tags[k]) {
		return 0, "", false
	}
	if top[j+1].From <= k || toks[top[j+1].From].Break || !r.titlesOnly(s, top, k+1, j+1) {
		return 0, "", false
	}
	return j + 1, label + " " + toks[obj.To-1].Key + " " + toks[k].Key, true
}

// clauseObject finds the object of verb group g: the first name after
// it, right after it or after a preposition, or after a noun phrase of
// at most maxClauseNounWords and a preposition; titles may stand before
// a person. It returns the object's index in top and the relation's
// label: the group's words, the noun phrase's head noun, the preposition
// ("sent troops to"). A passive needs its preposition ("was killed by",
// "was buried in").
func (r *relations) clauseObject(s sentence, tags []string, top []mention, g verbGroup) (int, string, bool) {
	j := 0
	for j < len(top) && top[j].From < g.end {
		j++
	}
	if j == len(top) {
		return 0, "", false
	}
	toks, obj := s.toks, top[j]
	if toks[obj.From].Break || toks[obj.To-1].Poss || obj.To < len(toks) && (toks[obj.To].Hyph || !toks[obj.To].Break && strings.HasPrefix(tags[obj.To], "NN")) {
		return 0, "", false // "attacked Iran's embassy", "backed the Iran deal"
	}
	k, words := timeGap(toks, g.end), g.words // "travelled on Saturday to"
	if !g.passive && r.titlesOnly(s, top, k, j) {
		return j, strings.Join(words, " "), true // "courted Washington"
	}
	start := k
	for n := 0; k < obj.From && n < maxClauseNounWords && (nounPhraseWord(toks, tags, k) || ofInPhrase(toks, tags, start, k)) && !toks[k].Break && !(k > start && clausePreposition(toks[k], tags[k]) && !ofInPhrase(toks, tags, start, k)); k, n = k+1, n+1 {
		if strings.HasPrefix(tags[k], "NN") && !toks[k].Cap {
			words = append(words[:len(g.words):len(g.words)], toks[k].Key) // the head noun, last
		}
	}
	if k >= obj.From || toks[k].Break || !clausePreposition(toks[k], tags[k]) || !r.titlesOnly(s, top, k+1, j) {
		return 0, "", false // a noun phrase with no preposition is the object itself
	}
	return j, strings.Join(append(words, toks[k].Key), " "), true
}

// maxClauseNounWords bounds the noun phrase between a verb and the
// preposition that leads to its object.
const maxClauseNounWords = 5

// ofInPhrase reports whether "of" at k joins two parts of the noun
// phrase that starts at token start: "thousands of troops", "a string
// of attacks" (its head noun is the last).
func ofInPhrase(toks []token, tags []string, start, k int) bool {
	return toks[k].Key == "of" && k > start && k+1 < len(toks) && !toks[k+1].Break &&
		(tags[k-1] == "NN" || tags[k-1] == "NNS" || tags[k-1] == "CD") && nounPhraseWord(toks, tags, k+1)
}

// nounPhraseWord reports whether the tagged word at k may be part of a
// short noun phrase: an article, a possessive pronoun, an adjective, a
// number, a common noun, or a proper noun that qualifies the common noun
// after it ("U.S. troops"; "called Soleimani a martyr" names two objects).
func nounPhraseWord(toks []token, tags []string, k int) bool {
	switch tags[k] {
	case "DT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS":
		return !negations[toks[k].Key]
	case "NNP", "NNPS":
		return k+1 < len(toks) && !toks[k+1].Break && (tags[k+1] == "NN" || tags[k+1] == "NNS" || tags[k+1] == "NNP" && nounPhraseWord(toks, tags, k+1))
	}
	return false
}

// clausePreposition reports whether a tagged word leads from a verb to
// its object: a preposition that says to what, not when or why ("after",
// "since"), nor a clause's opener ("that", "if", "as").
func clausePreposition(t token, tag string) bool {
	if adjunctWords[t.Key] || subordinators[t.Key] || conditionWords[t.Key] || t.Key == "that" || t.Key == "than" {
		return false
	}
	return tag == "IN" || tag == "TO" || morePrepositions[t.Key] || prepositions[t.Key]
}

// stateClause states how top[i] is linked to top[j] by verb group g: the
// typed predicate of a verb of the lexicon (relations.verb, whose guards
// stand), else the open relation label; the statement is shared with the
// names "and" joins to either.
func (r *relations) stateClause(s sentence, top []mention, i, j int, g verbGroup, label string, idx int) {
	a, b := top[i], top[j]
	if a.Entity == b.Entity || r.said[[3]string{a.Entity, b.Entity, itoa(idx)}] {
		return
	}
	if v, ok := r.rules.verbs[s.toks[g.main].Key]; ok {
		if r.verb(a, b, s.art.Text[s.toks[g.start].Start:b.Start], idx); r.verbSaid != "" {
			r.byRule("clause-tagged:" + v.lemma)
			r.shareWithConjuncts(s, top, i, mustPredicate(r.verbSaid), b.Entity)
			r.shareWithObjects(s, top, j, a.Entity, mustPredicate(r.verbSaid))
			return
		}
		if r.said[[3]string{a.Entity, b.Entity, itoa(idx)}] {
			return // a passive's typed predicate, stated the other way
		}
	}
	p, ok := schema.OpenRelation(label)
	if !ok || !r.addPredicate(a.Entity, p, b.Entity, idx, 0.45) {
		return
	}
	r.byRule("clause-tagged")
	r.shareWithConjuncts(s, top, i, p, b.Entity)
	r.shareWithObjects(s, top, j, a.Entity, p)
}
