package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Passives that say where before they say by whom: in "Trump was greeted
// in Baghdad by Adel Abdul Mahdi" the agent "greeted" Trump and "greeted
// in" Baghdad, as the active "Abdul Mahdi greeted Trump in Baghdad"
// reads (actPlace). The open reader stops at the place; this one reads
// past it to the agent. A verb the lexicon types ("was attacked in
// Baghdad by") leaves the pair to its rules, and a modal or a negation
// asserts nothing.

// passivePlaced reads, for each place of top after one of actPlaces, a
// passive verb before the preposition and "by" and an agent after the
// place (its title between at most); the passive's subject, if a name,
// is the mention right before the verb's auxiliaries. top are the
// sentence's outermost mentions, nationality adjectives left out.
func (r *relations) passivePlaced(s sentence, top []mention, idx int) {
	toks := s.toks
	for j, place := range top {
		p := prepositionAt(toks, place)
		if p < 1 || !actPlaces[toks[p].Key] || !isAny(r.typeOf(place.Entity), placeTypes) {
			continue
		}
		from := passiveFrom(toks, p-1)
		if from < 0 {
			continue
		}
		by := r.pastLocating(s, top, j)
		if by < 0 || by+1 >= len(toks) || toks[by].Key != "by" || toks[by].Break {
			continue
		}
		var subject *mention
		if j > 0 && top[j-1].To == from {
			subject = &top[j-1]
		}
		for k := j + 1; k < len(top); k++ {
			if top[k].From <= by || r.titleOwner(s, top, k) || r.titleDemonym(s, top, k) || toks[top[k].To-1].Poss {
				continue // "by Iraqi President X", "by Iran's Supreme Leader X": the title's state
			}
			if r.titlesOnly(s, top, by+1, k) {
				r.passiveAgent(subject, place, top[k], toks[p-1], toks[p].Key, idx)
			}
			break
		}
	}
}

// passiveFrom returns the first of the auxiliaries before a passive's
// verb at token v ("was greeted", "had been welcomed"), or -1: a form of
// "be" must be among them, and no modal or negation.
func passiveFrom(toks []token, v int) int {
	if toks[v].Break || toks[v].Cap || !verbLike(toks[v].Key) || negatedBefore(toks, v) {
		return -1
	}
	be, k := false, v
	for k > 0 && !toks[k].Break && (auxWords[toks[k-1].Key] || beWords[toks[k-1].Key]) {
		if modals[toks[k-1].Key] {
			return -1
		}
		be = be || beWords[toks[k-1].Key]
		k--
	}
	if !be {
		return -1
	}
	return k
}

// passiveAgent states what agent b did to a, the passive's subject, and
// where: the verb, and the verb and the preposition before the place; a
// of nil is a subject that names no one ("the mourners were received").
func (r *relations) passiveAgent(a *mention, place, b mention, verb token, prep string, idx int) {
	if !schema.IsA(r.typeOf(b.Entity), "Agent") || r.demonym(b) || clauseVerbs[verb.Key] || reportingVerbs[verb.Key] {
		return
	}
	label := strings.ToLower(verb.Text)
	if v, ok := defaultRules.verbs[verb.Key]; ok && len(v.preds) > 0 {
		return // "was attacked in Baghdad by": the lexicon's to type
	}
	if a != nil && !r.said[[3]string{b.Entity, a.Entity, itoa(idx)}] {
		if p, ok := schema.OpenRelation(label); ok && r.addPredicate(b.Entity, p, a.Entity, idx, 0.45) {
			r.byRule("passive-placed")
		}
	}
	if r.said[[3]string{b.Entity, place.Entity, itoa(idx)}] {
		return
	}
	if p, ok := schema.OpenRelation(label + " " + prep); ok && r.addPredicate(b.Entity, p, place.Entity, idx, 0.45) {
		r.byRule("passive-placed")
		r.presence(b, place, label+" "+prep, idx)
	}
}
