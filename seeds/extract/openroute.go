package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Routes: a verb phrase of motion goes on past the place it reached, to
// the next stage of the same journey. In "Soleimani's body was flown to
// Ahvaz in southwestern Iran, and then to Mashhad" the phrase that took
// the body to Ahvaz takes it to Mashhad; in "a teacher who traveled to
// Kerman from Rafsanjan" the one who "traveled to" Kerman "traveled
// from" Rafsanjan. The open relation read first says whose journey it is;
// the next stage must follow its place at once, past a phrase that only
// locates that place ("in southwestern Iran"), in the same clause.

var (
	// routePrepositions lead a journey to or from a place.
	routePrepositions = defaultRules.mustList("routePrepositions")
	// routeSequels mark the next stage after "and": "and then to",
	// "and later to".
	routeSequels = defaultRules.mustList("routeSequels")
)

// maxRouteWords bounds the words between a journey's place and the
// next stage's preposition: a place phrase, a comma, "and then".
const maxRouteWords = 8

// routes extends each open relation of sentence s whose phrase ends in a
// preposition of a journey to the next stage's place. top are the
// sentence's outermost mentions, nationality adjectives left out.
func (r *relations) routes(s sentence, top []mention, idx int) {
	n := len(r.out)
	for i := n - 1; i >= 0 && r.out[i].Sentence == idx; i-- {
		st := r.out[i]
		if !st.Predicate.IsOpen() && st.Predicate.Name != "presentAt" {
			continue
		}
		for j, m := range top {
			if m.Entity != st.Object {
				continue
			}
			if words := r.routePhrase(s.toks, st, m); words != nil {
				r.nextStage(s, top, j, st, words, idx)
			}
		}
	}
}

// routePhrase returns the words of the phrase by which statement st
// reached its object, mention m, when a preposition of a journey ends
// it: an open relation's label, or for a presence the verb and the
// preposition before the place ("flew to"); nil otherwise.
func (r *relations) routePhrase(toks []token, st schema.Statement, m mention) []string {
	p := prepositionAt(toks, m)
	if p < 0 || !routePrepositions[toks[p].Key] {
		return nil
	}
	if !st.Predicate.IsOpen() {
		if p == 0 || toks[p].Break || toks[p-1].Cap || !verbLike(toks[p-1].Key) {
			return nil
		}
		return []string{toks[p-1].Key, toks[p].Key}
	}
	words := strings.Fields(st.Predicate.Label)
	if len(words) < 2 || words[len(words)-1] != toks[p].Key {
		return nil
	}
	return words
}

// prepositionAt returns the token of the word that leads to mention m,
// an article maybe between ("to the Green Zone"), or -1.
func prepositionAt(toks []token, m mention) int {
	k := m.From - 1
	if k >= 0 && determiners[toks[k].Key] && !toks[m.From].Break {
		k--
	}
	if k < 0 || toks[k+1].Break {
		return -1
	}
	return k
}

// reachedBy reports whether the preposition prep leads to mention m:
// "to the Green Zone".
func reachedBy(toks []token, m mention, prep string) bool {
	k := prepositionAt(toks, m)
	return k >= 0 && toks[k].Key == prep
}

// nextStage states the next stage after top[j], the place statement st
// reached: the same phrase after "and" ("and then to Mashhad"), or the
// phrase with another preposition of a journey ("from Rafsanjan").
func (r *relations) nextStage(s sentence, top []mention, j int, st schema.Statement, words []string, idx int) {
	toks := s.toks
	k := r.pastLocating(s, top, j)
	if k < 0 || k >= len(toks) {
		return
	}
	prep := words[len(words)-1]
	and := false
	for ; k < len(toks) && k < top[j].To+maxRouteWords; k++ {
		t := toks[k]
		if t.Break && !commaAlone(s, k) || t.Cap {
			return
		}
		if t.Key == "and" {
			and = true
			continue
		}
		if and && routeSequels[t.Key] {
			continue
		}
		if t.Key == "on" && k+1 < len(toks) && timeWords[toks[k+1].Key] {
			k++ // "on Monday": when, not where
			continue
		}
		break
	}
	if k >= len(toks) || !routePrepositions[toks[k].Key] || toks[k].Key == prep && !and || toks[k].Key != prep && (and || k != top[j].To) {
		return // "to Ahvaz and then to Mashhad", "to Kerman from Rafsanjan"; not "to Kerman, and from"
	}
	for _, c := range top[j+1:] {
		if c.From < k || !reachedBy(toks, c, toks[k].Key) {
			continue
		}
		if !isAny(r.typeOf(c.Entity), placeTypes) || r.said[[3]string{st.Subject, c.Entity, itoa(idx)}] {
			return
		}
		label := strings.Join(append(words[:len(words)-1:len(words)-1], toks[k].Key), " ")
		if r.presence(mention{Entity: st.Subject}, c, label, idx); r.said[[3]string{st.Subject, c.Entity, itoa(idx)}] {
			return // "flew to Basra and then to Kuwait": there too, a typed statement
		}
		if p, ok := schema.OpenRelation(label); ok && r.addPredicate(st.Subject, p, c.Entity, idx, 0.45) {
			r.byRule("open-route")
		}
		return
	}
}

// pastLocating returns the token after top[j] and the phrase that only
// locates it, "in southwestern Iran" or "near the border": a
// preposition of place, an article or direction, and a place mention
// that ends the phrase; or the token after top[j] itself.
func (r *relations) pastLocating(s sentence, top []mention, j int) int {
	toks := s.toks
	k := top[j].To
	if k >= len(toks) || toks[k].Break || !placedBy[toks[k].Key] {
		return k
	}
	for _, c := range top[j+1:] {
		if c.From <= k {
			continue
		}
		for _, t := range toks[k+1 : c.From] {
			if t.Break || !determiners[t.Key] && !directions[t.Key] {
				return -1
			}
		}
		if !isAny(r.typeOf(c.Entity), placeTypes) {
			return -1
		}
		return c.To
	}
	return -1
}
