package extract

import (
	"slices"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Clauses whose two sides are not subject and object: "A and B met",
// "A and B signed a deal" (each did it with the other), and a participle
// clause after the sentence's subject and its object ("X imposed
// sanctions, accusing Y of ...": X is accusing Y).

// mutualVerbs take two sides as a joint subject: what one did, it did
// with the other.
var mutualVerbs = defaultRules.mustList("mutualVerbs")

// maxMutualWords bounds the words of a joint subject's verb phrase.
const maxMutualWords = 5

// jointSubjects reads "A and B <verb> ..." at the start of a clause, the
// verb one of mutualVerbs: A is linked to B by the verb phrase and "with"
// ("signed a ceasefire deal with"), or by "met". top are the sentence's
// outermost mentions, nationality adjectives left out.
func (r *relations) jointSubjects(s sentence, top []mention, idx int) {
	toks := s.toks
	for i := 0; i+1 < len(top); i++ {
		a, b := top[i], top[i+1]
		if !r.opensClause(s, a) || !joinsObjects(tokenize(s.art.Text[a.End:b.Start])) || b.To >= len(toks) {
			continue
		}
		if !schema.IsA(r.typeOf(a.Entity), "Agent") || !schema.IsA(r.typeOf(b.Entity), "Agent") || r.demonym(a) || r.demonym(b) {
			continue
		}
		label, ok := mutualPhrase(toks, skipAdverbs(toks, b.To))
		if !ok || r.said[[3]string{a.Entity, b.Entity, itoa(idx)}] {
			continue
		}
		if p, ok := schema.OpenRelation(label); ok && r.addPredicate(a.Entity, p, b.Entity, idx, 0.45) {
			r.byRule("joint-subjects")
		}
	}
}

// opensClause reports whether mention m opens its sentence's clause: only
// a dateline, an article or capitalised words (a title) come before it.
func (r *relations) opensClause(s sentence, m mention) bool {
	line := datelineEnd(s.art.Text)
	for k := 0; k < m.From; k++ {
		t := s.toks[k]
		if t.Start < line {
			continue
		}
		if t.Break && (k == 0 || s.toks[k-1].Start >= line) || !(t.Cap || t.Key == "the") {
			return false
		}
	}
	return !s.toks[m.From].Break || m.From == 0 || s.toks[m.From].Start >= line
}

// mutualPhrase returns the label of a joint subject's verb phrase at
// token k: "met", or the verb and the words of its object up to a
// preposition, an adverb or a break, and "with".
func mutualPhrase(toks []token, k int) (string, bool) {
	for k < len(toks) && auxWords[toks[k].Key] && !modals[toks[k].Key] && !toks[k].Break {
		k++
	}
	if k >= len(toks) || toks[k].Cap || !mutualVerbs[toks[k].Key] || negatedBefore(toks, k) {
		return "", false
	}
	if toks[k].Key == "met" {
		return "met", true
	}
	words := []string{toks[k].Key}
	for j := k + 1; j < len(toks) && !toks[j].Break && len(words) < maxMutualWords; j++ {
		t := toks[j]
		if prepositions[t.Key] && t.Key != "to" || morePrepositions[t.Key] || functionWords[t.Key] || t.Cap || isNumber(t) || negations[t.Key] || timeWords[t.Key] || strings.HasSuffix(t.Key, "ly") {
			break
		}
		words = append(words, strings.ToLower(t.Text))
	}
	for len(words) > 1 && (determiners[words[len(words)-1]] || words[len(words)-1] == "to") {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ") + " with", true
}

// participleClause reads ", <verb>ing Y" after the sentence's subject
// has acted, and "by <verb>ing Y" where the verb takes a stance: "The
// Treasury imposed sanctions on Hezbollah, accusing Iran of funding the
// group" is the Treasury accusing Iran, "Trump responded by threatening
// Iraq with sanctions" Trump threatening Iraq. A verb of the
// lexicon says it in its own words ("accused"); another keeps the
// participle. top are the sentence's outermost mentions, nationality
// adjectives left out.
func (r *relations) participleClause(s sentence, top []mention, idx int) {
	si := r.subjectMention(s, top)
	if si < 0 {
		return
	}
	subj, toks := top[si], s.toks
	for j := si + 1; j < len(top); j++ {
		v := top[j].From - 1
		for v > subj.To && (isDet(toks[v].Key) || personTitles[toks[v].Key] || titleModifiers[toks[v].Key] || toks[v].Cap) && !toks[v].Break {
			v--
		}
		// "responded to the vote by threatening Iraq": a stance taken by
		// way of the act, as after a comma.
		means := v-1 > subj.To && toks[v-1].Key == "by" && !toks[v].Break && claimParticiples[toks[v].Key]
		if v <= subj.To || !toks[v].Break && !means || toks[v].Cap || !strings.HasSuffix(toks[v].Key, "ing") || len(toks[v].Key) < 6 || reportingVerbs[toks[v].Key] || reportingParticiples[toks[v].Key] {
			continue
		}
		if !means && strings.TrimSpace(s.art.Text[toks[v-1].End:toks[v].Start]) != "," || !r.titlesOnly(s, top, v+1, j) || r.said[[3]string{subj.Entity, top[j].Entity, itoa(idx)}] {
			continue
		}
		if past, ok := pastOf(toks[v].Key); ok {
			if r.verb(subj, top[j], past, idx); r.verbSaid != "" {
				r.byRule("participle-clause")
				r.shareWithConjuncts(s, top, si, mustPredicate(r.verbSaid), top[j].Entity) // "A and B acted, accusing C"
				continue
			}
		}
		if p, ok := schema.OpenRelation(toks[v].Text); ok && r.addPredicate(subj.Entity, p, top[j].Entity, idx, 0.45) {
			r.byRule("participle-clause")
		}
	}
}

// pastOf returns the form of the lexicon a participle in -ing stands for
// ("accusing": "accused", "blaming": "blamed"), if the lexicon has one.
func pastOf(ing string) (string, bool) {
	stem := strings.TrimSuffix(ing, "ing")
	for _, f := range []string{stem + "ed", stem + "d", stem + stem[len(stem)-1:] + "ed"} {
		if _, ok := defaultRules.verbs[f]; ok {
			return f, true
		}
	}
	return "", false
}

// placedBy are the prepositions that place what an event did: "killed
// three soldiers in Karbala", "hit facilities in Iraq and Syria", "struck
// a convoy near the airport".
var placedBy = defaultRules.mustList("placedBy")

// eventPlace reads where an event that did harm did it: in "the U.S.
// strikes killed three soldiers at an airport under construction in
// Karbala" the strikes were in Karbala. The event is the subject of a
// verb of the lexicon that attacks, targets or kills; the place is the
// first one a placing preposition names in the verb's clause, and those
// joined to it by "and". top are the sentence's outermost mentions.
func (r *relations) eventPlace(s sentence, top []mention, idx int) {
	toks := s.toks
	for i, e := range top {
		if r.typeOf(e.Entity) != "Event" || e.To >= len(toks) {
			continue
		}
		v := skipAdverbs(toks, e.To)
		for v < len(toks) && auxWords[toks[v].Key] && !modals[toks[v].Key] && !toks[v].Break {
			v++
		}
		if v >= len(toks) || toks[v].Break || !harms(toks[v].Key) || negatedBefore(toks, v) {
			continue
		}
		j := r.placeAfter(s, top, i+1, v+1)
		if j < 0 {
			continue
		}
		if r.add(e.Entity, "locatedIn", top[j].Entity, idx, 0.55) {
			r.byRule("event-place")
			r.shareWithObjects(s, top, j, e.Entity, mustPredicate("locatedIn"))
		}
	}
}

// harms reports whether a verb of the lexicon attacks, targets or kills.
func harms(k string) bool {
	v, ok := defaultRules.verbs[k]
	return ok && (v.lemma == "kill" || slices.Contains(v.preds, "attacked") || slices.Contains(v.preds, "targeted"))
}

// placeAfter returns the index in top, from i on, of the first place a
// placing preposition names after token k in its clause ("in Karbala",
// "near the airport"), or -1. A semicolon, a clause word or a reporting
// verb ends the clause.
func (r *relations) placeAfter(s sentence, top []mention, i, k int) int {
	toks := s.toks
	for ; i < len(top) && top[i].From < k; i++ {
	}
	for ; k < len(toks); k++ {
		t := toks[k]
		if clauseWords[t.Key] || reportingVerbs[t.Key] || t.Key == "and" && t.Break || strings.ContainsRune(s.art.Text[toks[k-1].End:t.Start], ';') {
			return -1
		}
		for i < len(top) && top[i].From <= k {
			i++
		}
		if !placedBy[t.Key] || i >= len(top) {
			continue
		}
		at := k + 1
		for at < len(toks) && (toks[at].Key == "the" || directions[toks[at].Key]) && !toks[at].Break {
			at++ // "in western Iraq"
		}
		if top[i].From == at && isAny(r.typeOf(top[i].Entity), placeTypes) {
			return i
		}
	}
	return -1
}

// callNouns name an exchange one side has with another, besides
// mutualNouns: "in a phone call with", "during a conversation with".
var callNouns = defaultRules.mustList("callNouns")

// exchangePrepositions open the phrase of an exchange an act was done
// in: "called for calm in a phone call with X".
var exchangePrepositions = defaultRules.mustList("exchangePrepositions")

// exchangeWith reads the exchange a subject's act was done in, after
// the act or set off beside the subject: "King Salman called for calm in
// a phone call with Barham Salih", "Pompeo, in a call with Abdul Mahdi,
// said" link the two by the exchange ("phone call with"). top are the
// sentence's outermost mentions, nationality adjectives left out.
func (r *relations) exchangeWith(s sentence, top []mention, idx int) {
	toks := s.toks
	for j := 1; j < len(top); j++ {
		i := j - 1
		if r.titleDemonym(s, top, j) {
			continue // "Iraqi" in "with Iraqi President Barham Salih"
		} else if i > 0 && r.titleDemonym(s, top, i) {
			i--
		}
		b := top[j]
		label, p, ok := exchangeAt(toks, beforeTitles(toks, b.From-1, top[i].To)) // "with Iraqi President Barham Salih"
		if !ok || p < top[i].To || !schema.IsA(r.typeOf(b.Entity), "Agent") {
			continue
		}
		a, ok := r.exchangeSubject(s, top, i, p)
		if !ok || r.said[[3]string{a.Entity, b.Entity, itoa(idx)}] {
			continue
		}
		if pr, ok := schema.OpenRelation(label); ok && r.addPredicate(a.Entity, pr, b.Entity, idx, 0.45) {
			r.byRule("exchange-with")
		}
	}
}

// exchangeSubject returns the one who acted in an exchange whose
// preposition is token p: mention i set off before it ("Pompeo, in a
// call with"), or the nearest mention before p whose act runs to p,
// the names of its objects aside ("Zarif accused Washington of economic
// terrorism in an interview with").
func (r *relations) exchangeSubject(s sentence, top []mention, i, p int) (mention, bool) {
	if s.art.Text[top[i].End:s.toks[p].Start] == ", " {
		return top[i], r.actor(top[i])
	}
	for h := i; h >= 0 && h >= i-2; h-- {
		var gap []token
		for k, n := top[h].To, h+1; k < p; k++ {
			if n <= i && k == top[n].From {
				k, n = top[n].To-1, n+1
				continue
			}
			gap = append(gap, s.toks[k])
		}
		if r.actBefore(gap) {
			return top[h], r.actor(top[h])
		}
	}
	return mention{}, false
}

// beforeTitles returns the token before the title words that end at
// token w, past floor: the "with" of "with Iraqi President".
func beforeTitles(toks []token, w, floor int) int {
	for w > floor && !toks[w+1].Break && (toks[w].Cap || personTitles[toks[w].Key] || titleModifiers[toks[w].Key] || roleWords[toks[w].Key]) {
		w--
	}
	return w
}

// actor reports whether mention m can act: an agent, not a nationality
// adjective.
func (r *relations) actor(m mention) bool {
	return schema.IsA(r.typeOf(m.Entity), "Agent") && !r.demonym(m)
}

// exchangeAt reads "<preposition> a <noun> with" ending at the "with" at
// token w, the noun one of mutualNouns or callNouns with at most one
// lower-case word before it ("phone call"), and returns its label ("phone
// call with") and the preposition's token.
func exchangeAt(toks []token, w int) (string, int, bool) {
	if w < 3 || toks[w].Key != "with" || toks[w].Break {
		return "", 0, false
	}
	n := w - 1
	if !mutualNouns[toks[n].Key] && !callNouns[toks[n].Key] || toks[n].Break {
		return "", 0, false
	}
	words := []string{toks[n].Key, "with"}
	if k := n - 1; plainNoun(toks[k]) && !toks[k].Break && !toks[n].Break {
		words, n = append([]string{toks[k].Key}, words...), k
	}
	d := n - 1
	if d >= 1 && determiners[toks[d].Key] && !toks[n].Break {
		d--
	}
	if d < 0 || !exchangePrepositions[toks[d].Key] || toks[d+1].Break {
		return "", 0, false
	}
	return strings.Join(words, " "), d, true
}

// actBefore reports whether the words between a subject and an
// exchange are its act: a verb first (auxiliaries aside), a few words of
// one clause, no negation, modal or reporting verb.
func (r *relations) actBefore(toks []token) bool {
	for len(toks) > 0 && auxWords[toks[0].Key] && !modals[toks[0].Key] {
		toks = toks[1:]
	}
	if len(toks) == 0 || len(toks) > maxOpenWords || toks[0].Cap || !verbLike(toks[0].Key) || clauseVerbs[toks[0].Key] {
		return false
	}
	for _, t := range toks[1:] {
		if t.Break || t.Cap {
			return false
		}
	}
	return plainClause(toks)
}
