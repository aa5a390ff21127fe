package extract

import "strings"

// A verb phrase that returns to the clause's subject past a clause of
// another: "Adel Abdul Mahdi condemned the killing as a breach of the
// conditions under which American troops are stationed, and called on
// the parliament to meet", "Boris Johnson said Iran should not repeat such
// attacks and called on Tehran to de-escalate". The second verb has no
// subject of its own and cannot be the inner clause's: a comma closes
// that clause before "and", or the inner clause's verb follows a modal
// ("should not repeat"), which a past form after "and" cannot share. The
// shared-subject reader (sharedSubject) stops at such a clause; this
// reader goes on past it, and hands "SUBJECT called on ..." to the rules
// and the verb lexicon (readClause). It looks at each word once.

// returningVerbs reads, for each subject opening its clause, the verb
// phrases after "and" that return to it past a clause of another. top
// are the sentence's outermost mentions, nationality adjectives left
// out; all are them with the adjectives.
func (r *relations) returningVerbs(s sentence, top, all []mention, innerAt map[int]string, idx int) {
	for i := range top {
		if !r.clauseSubject(s, top, i) {
			continue
		}
		first := r.ownVerb(s, top[i:])
		if first < 0 {
			continue
		}
		for _, v := range returnedVerbs(s, first) {
			r.readClause(s, all, top[i].Entity, top[i].Text, v, true, innerAt, idx)
		}
	}
}

// ownVerb returns the token of the verb of top[0], a clause's subject,
// that may report ("said Iran should"), right after it (a phrase of time
// aside) or after the description set off after it; or -1.
func (r *relations) ownVerb(s sentence, top []mention) int {
	toks := s.toks
	v := top[0].To
	if v < len(toks) && toks[v].Break {
		if v, _ = r.describedVerb(s, top); v < 0 {
			return -1
		}
	}
	for v = skipTimeAndAdverbs(toks, v); v < len(toks) && (auxWords[toks[v].Key] && !modals[toks[v].Key] || phraseAdverbs[toks[v].Key]); {
		v++
	}
	if v >= len(toks) || toks[v].Cap || !pastForm(toks[v].Key) || negatedBefore(toks, v) {
		return -1
	}
	return v
}

// returnedVerbs returns the tokens of the past verbs of stance after
// "and" (claimVerbs: "called", "urged", "accused", "vowed"), from
// the verb at token first on, that return to first's subject past a
// clause of another (a clause ender, a modal or a reporting verb opened
// it): after a comma that closes it, or a modal's clause, whose verb the
// past form cannot share. A negation, a semicolon or a colon ends the
// search.
func returnedVerbs(s sentence, first int) []int {
	toks := s.toks
	var out []int
	inner := reportingVerbs[toks[first].Key] || clauseVerbs[toks[first].Key]
	modal := false
	for a := first + 1; a+1 < len(toks); a++ {
		t := toks[a]
		switch {
		case negations[t.Key] && !inner || t.Break && stopsClause(s, a):
			return out
		case clauseEnders[t.Key] || reportingVerbs[t.Key] || clauseVerbs[t.Key]:
			inner = true
		case modals[t.Key] && t.Key != "to":
			inner, modal = true, true
		}
		if t.Key != "and" || !inner || !(modal || commaBefore(s, a)) {
			continue
		}
		v := a + 1
		for v < len(toks) && phraseAdverbs[toks[v].Key] && !toks[v].Break {
			v++
		}
		if v < len(toks) && !toks[v].Cap && !toks[v].Break && pastForm(toks[v].Key) && claimVerbs[toks[v].Key] {
			out = append(out, v)
		}
	}
	return out
}

// stopsClause reports whether the break before token k is a semicolon,
// a colon or a dash: the sentence goes on in another clause.
func stopsClause(s sentence, k int) bool {
	return strings.ContainsAny(s.art.Text[s.toks[k-1].End:s.toks[k].Start], ";:—–")
}
