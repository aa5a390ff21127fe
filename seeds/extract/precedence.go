package extract

// Which act came first in one course of action: "These troops were
// preceded by about 100 marines who arrived from a base in Kuwait", "The
// strike was followed by a second wave of rockets". Forces stand for the
// deployment or arrival they took part in.

// precedenceVerbs are the participles of a passive that orders two acts:
// "preceded by" puts the by-phrase first, "followed by" last.
var precedenceVerbs = map[string]bool{"preceded": true, "followed": false}

// precedenceAux opens the passive: "were preceded by", "had been
// followed by".
var precedenceAux = defaultRules.mustList("precedenceAux")

// forceTypes are the types of entities that take part in a deployment.
var forceTypes = []string{"MilitaryUnit", "Group"}

// precedence reads "A was preceded by B" (B precededBy ... A came after
// B) and "A was followed by B" in a sentence: A is the mention just
// before the verb or, where a demonstrative opens the sentence ("These
// troops"), the act of forces the text told last; B is the first
// mention after "by". ms are the sentence's mentions in order.
func (r *relations) precedence(s sentence, ms []mention) {
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		first, ok := precedenceVerbs[toks[k].Key]
		if !ok || toks[k+1].Key != "by" || !precedenceAux[toks[k-1].Key] {
			continue
		}
		aux := k - 1
		if aux > 0 && toks[aux-1].Key == "had" || aux > 0 && toks[aux-1].Key == "have" || aux > 0 && toks[aux-1].Key == "has" {
			aux--
		}
		subj, ok := r.precedenceSubject(s, ms, aux)
		if !ok {
			continue
		}
		obj, ok := r.precedenceObject(ms, k+2, s.art.Index)
		if !ok || obj == subj {
			continue
		}
		later, earlier := subj, obj
		if !first {
			later, earlier = obj, subj
		}
		if r.add(later, "precededBy", earlier, s.art.Index, 0.6) {
			r.byRule("preceded-by")
		}
	}
}

// precedenceSubject is the act the words before token aux name: the
// last mention before it in its clause, a day at most between them ("The
// rocket attack on Camp Taji on Wednesday was"), or, after "These
// troops" opening the sentence, the last act of forces told before this
// sentence.
func (r *relations) precedenceSubject(s sentence, ms []mention, aux int) (string, bool) {
	top, _ := outermost(ms)
	named := 0 // words of the names between the act and the verb
	for i := len(top) - 1; i >= 0; i-- {
		m := top[i]
		if m.To > aux {
			continue
		}
		if aux-m.To-named > precedenceGap || punctuated(s.toks, m.To, aux) {
			break
		}
		if act, ok := r.actOf(m.Entity, -1); ok {
			return act, true
		}
		named += m.To - m.From // "the strike at Baghdad airport on Friday was"
	}
	if w := s.toks[0].Key; aux == 2 && (w == "the" || isDemonstrative(w)) && forceNouns[s.toks[1].Key] {
		return r.lastForceAct(s.art.Index)
	}
	return "", false
}

// precedenceObject is the act the first mention from token k names.
func (r *relations) precedenceObject(ms []mention, k, idx int) (string, bool) {
	for _, m := range ms {
		if m.From >= k && m.From <= k+2 {
			return r.actOf(m.Entity, idx)
		}
	}
	return "", false
}

// precedenceGap is how many words may stand between the act and its
// verb: "on Wednesday", "late on December 27".
const precedenceGap = 4

// punctuated reports whether punctuation parts tokens from and to
// (both included): a comma closes the act's clause.
func punctuated(toks []token, from, to int) bool {
	for j := from; j <= to && j < len(toks); j++ {
		if toks[j].Break {
			return true
		}
	}
	return false
}

// forceNouns name forces sent somewhere.
var forceNouns = defaultRules.mustList("forceNouns")

// actOf is an event itself, or the event forces took part in (in
// sentence idx, or in any sentence for idx < 0).
func (r *relations) actOf(id string, idx int) (string, bool) {
	if r.typeOf(id) == "Event" {
		return id, true
	}
	if !isAny(r.typeOf(id), forceTypes) {
		return "", false
	}
	for i := len(r.out) - 1; i >= 0; i-- {
		st := r.out[i]
		if st.Subject == id && st.Predicate.Name == "participatedIn" && (idx < 0 || st.Sentence == idx) {
			return st.Object, true
		}
	}
	return "", false
}

// lastForceAct is the last event forces took part in before sentence idx.
func (r *relations) lastForceAct(idx int) (string, bool) {
	for i := len(r.out) - 1; i >= 0; i-- {
		st := r.out[i]
		if st.Sentence < idx && st.Predicate.Name == "participatedIn" && isAny(r.typeOf(st.Subject), forceTypes) {
			return st.Object, true
		}
	}
	return "", false
}
