package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// The tagged clause reader's verb group and object (clause.go reads the
// subject): what its tags say the verb group is, the name it leads to,
// and the statement, typed or open, that links the two.

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
