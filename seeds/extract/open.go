package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Open relations, after ReVerb: where no rule or verb of the lexicon says
// how two neighbouring mentions are linked, but the words between them are
// a verb phrase (a verb, a few lower-case words, maybe a preposition at
// the end: "pledged to avenge", "met with", "travelled to"), the phrase
// itself is the relation. The subject must be able to act; reporting
// verbs ("said", "told") make claims, not relations.

// maxOpenWords bounds an open relation's phrase.
const maxOpenWords = 4

var (
	beWords        = set("was", "were", "is", "are", "been", "be", "being")
	pronouns       = set("him", "her", "them", "it", "us", "me", "he", "she", "they", "we", "i", "you")
	determiners    = set("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your")
	irregularVerbs = defaultRules.mustList("irregularVerbs")
	reportingVerbs = defaultRules.mustList("reportingVerbs")
)

// open states the phrase between a and b as their relation, if it is one.
func (r *relations) open(a, b mention, between string, idx int) {
	e, _ := r.g.Lookup(a.Entity)
	if !schema.IsA(e.Type, "Agent") || e.Type == "Country" && nameKey(a.Text) != nameKey(e.Name) && !isAcronym(a.Text) {
		return // places do not act, nor do "Americans" stand for the country
	}
	phrase, ok := verbPhrase(between)
	if !ok {
		return
	}
	if p, ok := schema.OpenRelation(phrase); ok && r.addPredicate(a.Entity, p, b.Entity, idx, 0.5) {
		r.byRule("open")
	}
}

// verbPhrase returns the words between two mentions when they make a verb
// phrase: at most maxOpenWords lower-case words with no punctuation, the
// first a verb (in the lexicon, irregular, or ending in -ed), no modal or
// negation, trailing articles left out.
func verbPhrase(between string) (string, bool) {
	b := strings.TrimSpace(between)
	if b == "" || strings.ContainsAny(b, ",;:()\"“”'’") || strings.ContainsAny(b[:1], "-‐‑–—") {
		return "", false // punctuation, or "Iran-backed": no phrase of its own
	}
	toks := tokenize(between)
	for len(toks) > 0 && (toks[len(toks)-1].Key == "the" || toks[len(toks)-1].Key == "a" || toks[len(toks)-1].Key == "an") {
		toks = toks[:len(toks)-1]
	}
	passive := false
	for len(toks) > 0 && auxWords[toks[0].Key] {
		passive = passive || beWords[toks[0].Key]
		toks = toks[1:]
	}
	if len(toks) == 0 || len(toks) > maxOpenWords || passive || !verbLike(toks[0].Key) || reportingVerbs[toks[0].Key] {
		return "", false
	}
	// A verb the lexicon gives predicates to was read already: if it
	// said nothing, it had a reason (negation, passive, wrong types).
	// "pledged to avenge" is a phrase of its own.
	if v, ok := defaultRules.verbs[toks[0].Key]; ok && len(v.preds) > 0 && (len(toks) < 3 || toks[1].Key != "to") {
		return "", false
	}
	var words []string
	for _, t := range toks {
		if t.Cap || t.Break || t.Hyph || modals[t.Key] && t.Key != "to" || negations[t.Key] || isNumber(t) || determiners[t.Key] || pronouns[t.Key] {
			return "", false
		}
		words = append(words, strings.ToLower(t.Text))
	}
	return strings.Join(words, " "), true
}

// verbLike reports whether a word is probably a verb in the past tense or
// a form the lexicon knows.
func verbLike(k string) bool {
	if _, ok := defaultRules.verbs[k]; ok || irregularVerbs[k] {
		return true
	}
	return len(k) > 4 && strings.HasSuffix(k, "ed")
}
