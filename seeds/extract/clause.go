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
		if s.toks[top[i].To-1].Poss {
			r.ownedClause(s, top, i, idx)
			continue
		}
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

// maxOwnedWords bounds the words of what a name owns before its verb:
// "Iran's foreign minister met".
const maxOwnedWords = 3

// ownedClause reads a clause whose subject is what top[i] owns:
// "Soleimani's body was flown to Mashhad" is Soleimani "body was flown
// to" Mashhad, "Iran's missiles struck X" is Iran "missiles struck" X.
// The owned thing is a few lower-case words, their head noun last; the
// label begins with it, and no typed predicate is stated: the owner did
// nothing itself. The owner must be named: what "the coalition's" stands
// for is a guess no statement should rest on.
func (r *relations) ownedClause(s sentence, top []mention, i, idx int) {
	m, toks := top[i], s.toks
	if m.To >= len(toks) || toks[m.To].Cap || !toks[m.From].Cap || r.demonym(m) || prepositionObject(s, m) || objectOfPreposition(s, top, i) || objectOfVerb(s, m) {
		return
	}
	last := -1
	for j := i + 1; j < len(top) && j <= i+2 && top[j].From <= m.To+maxOwnedWords+maxClauseSpan && !brokenBetween(toks, m.To, top[j].From); j++ {
		if !r.said[[3]string{m.Entity, top[j].Entity, itoa(idx)}] && m.Entity != top[j].Entity {
			last = j
		}
	}
	if last < 0 {
		return
	}
	tags := posTags(s, max(m.To-2, 0), min(top[last].To+1, len(toks)))
	k, noun := m.To, ""
	for ; k < m.To+maxOwnedWords && k < top[last].From && !toks[k].Cap && (tags[k] == "JJ" || tags[k] == "NN" || tags[k] == "NNS"); k++ {
		if tags[k] != "JJ" {
			noun = toks[k].Key
		}
	}
	g, ok := readVerbGroup(s, tags, k)
	if noun == "" || !ok {
		return
	}
	j, label, ok := r.clauseObject(s, tags, top, g)
	if !ok || r.said[[3]string{m.Entity, top[j].Entity, itoa(idx)}] || m.Entity == top[j].Entity {
		return
	}
	if p, ok := schema.OpenRelation(noun + " " + label); ok && r.addPredicate(m.Entity, p, top[j].Entity, idx, 0.4) {
		r.byRule("clause-owner")
		r.shareWithObjects(s, top, j, m.Entity, p)
	}
}
