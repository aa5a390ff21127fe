package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Shapes of a role written in a noun phrase that the rules' patterns do
// not reach, read for any role noun (rolenouns.go says typed or open):
//
//	The chief negotiator for Iran, Ali Bagheri, arrived.   (a title and its preposition before the name)
//	Erbil Governor Firsat Sofi said ...                    (the owner's name as the title's modifier)
//	Karim Nouri, a Kataib Hezbollah financier, said ...    (the same, set off after the name)
//	Ali Bagheri, who is Iran's chief negotiator, arrived.  (a relative clause that says the role)
//	Karim Nouri is the chief financier of Kataib Hezbollah (a copula; past or modal: open only)
//	Ali Bagheri, as Iran's envoy, met ...                  ("as" after the name)
//	X, the UN envoy for Iraq and head of the UN mission,   (a second role joined by "and", "as well as")

// roleShapes reads the shapes above in one sentence; top are its
// outermost mentions, nationality adjectives left out.
func (r *relations) roleShapes(s sentence, top []mention, idx int) {
	for i := 0; i+1 < len(top); i++ {
		r.roleBeforeName(s, top, i, idx)
		r.titleBeforeName(s, top, i, idx)
	}
	for j, p := range top {
		if r.typeOf(p.Entity) == "Person" {
			r.roleClause(s, top, j, idx)
			r.secondRole(s, top, j, idx)
			r.ownerTitleAfter(s, top, j, idx)
		}
	}
}

// titleBeforeName reads an owner's name written as the modifier of a
// title before its holder's name: "Erbil Governor Firsat Sofi" is Sofi
// "governor of" Erbil, "Kataib Hezbollah treasurer X" one of its
// members. The title is one to four words with nothing between them and
// the names, the last a role noun; "Kataib Hezbollah fighters killed X"
// has a verb and no title.
func (r *relations) titleBeforeName(s sentence, top []mention, i, idx int) {
	toks := s.toks
	owner, person := top[i], top[i+1]
	typ := r.typeOf(owner.Entity)
	if r.typeOf(person.Entity) != "Person" || typ == "Person" || !schemaIsA(typ, "Agent") && typ != "City" && typ != "Region" {
		return
	}
	n := person.From - owner.To
	if n < 1 || n > 4 || toks[owner.To-1].Poss || toks[person.From].Break {
		return
	}
	for _, t := range toks[owner.To:person.From] {
		if t.Break || !roleWord(t) {
			return
		}
	}
	if last := toks[person.From-1].Key; !roleWords[last] && !isRoleNoun(last) {
		return
	}
	label := lowerText(toks[owner.To:person.From]) + " of"
	if rule := r.stateRole(person.Entity, label, owner.Entity, idx, 0.45, "title-before-name"); rule != "" {
		r.byRule(rule)
		if last := toks[person.From-1].Key; rule == "role-noun" && headKey(last) != last {
			r.titledList(s, top, i+1, mustPredicate(roleYield(label, typ)), owner.Entity) // "Kataib Hezbollah commanders X and Y"
		}
	}
}

// titledList states p of the names listed after top[i] under one title
// in the plural ("Kataib Hezbollah commanders X, Y and Z"): persons
// joined by a comma or "and".
func (r *relations) titledList(s sentence, top []mention, i int, p schema.Predicate, obj string) {
	for k := i + 1; k < len(top) && r.typeOf(top[k].Entity) == "Person"; k++ {
		if j := strings.TrimSpace(s.art.Text[top[k-1].End:top[k].Start]); j != "," && j != "and" && j != ", and" {
			return
		}
		if r.addPredicate(top[k].Entity, p, obj, s.art.Index, 0.55) {
			r.byRule("and")
		}
	}
}

// secondRole reads a role joined by "and" to a description set off after
// a person: "X, the UN envoy for Iraq and head of the UN mission," is X
// "head of" the mission too. The first description runs from the comma
// to "and" through role words, names and their prepositions only; "X, Y
// and Z of the group" is a list, no description.
func (r *relations) secondRole(s sentence, top []mention, j, idx int) {
	toks, p := s.toks, top[j]
	k, nouns, next := p.To, 0, j+1
	if k >= len(toks) || !toks[k].Break || !isDet(toks[k].Key) && !roleWord(toks[k]) {
		return
	}
	for ; k < len(toks) && toks[k].Key != "and" && !asWellAs(toks, k); k++ {
		for next < len(top) && top[next].To <= k {
			next++
		}
		inName := next < len(top) && top[next].From <= k
		if k > p.To && toks[k].Break || !inName && !roleWord(toks[k]) && !isDet(toks[k].Key) && (!prepositions[toks[k].Key] || clauseWords[toks[k].Key]) {
			return
		}
		if !inName && (roleWords[toks[k].Key] || isRoleNoun(toks[k].Key)) {
			nouns++
		}
	}
	for next < len(top) && top[next].To <= k {
		next++
	}
	if nouns == 0 || k >= len(toks) || next >= len(top) || top[next].From <= k+1 {
		return
	}
	o := top[next]
	if asWellAs(toks, k) {
		k += 2 // "the deputy head of X, ..., as well as the founder of Y"
	}
	label, ok := roleWordsBefore(toks[k+1 : o.From])
	if !ok || toks[o.To-1].Poss || ownerModifies(toks, o) {
		return
	}
	if rule := r.stateRole(p.Entity, label, o.Entity, idx, 0.45, "second-role"); rule != "" {
		r.byRule(rule)
	}
}

// roleBeforeName reads "the ROLE of|for OWNER, PERSON": the role phrase
// opens with an article, the owner follows its preposition, and the
// person is set off after the owner by one comma, maybe with his titles
// ("Sheikh").
func (r *relations) roleBeforeName(s sentence, top []mention, i, idx int) {
	toks := s.toks
	owner, person := top[i], top[i+1]
	if person.From < owner.To || r.typeOf(person.Entity) != "Person" || r.typeOf(owner.Entity) == "Person" || toks[owner.To-1].Poss {
		return
	}
	if t := titledFrom(toks, person); t < owner.To || strings.TrimSpace(s.art.Text[owner.End:toks[t].Start]) != "," || person.To < len(toks) && toks[person.To].Key == "and" && !toks[person.To].Break {
		return // "the leaders of Iran, Iraq and Syria"
	}
	start := owner.From - 1
	if start > 0 && toks[start].Key == "the" {
		start-- // "the head of the Badr Organization, X"
	}
	for start >= 0 && owner.From-start <= 7 && !isDet(toks[start].Key) {
		start--
	}
	if start < 0 || !isDet(toks[start].Key) || start > 0 && !toks[start].Break && !prepositions[toks[start-1].Key] && !verbLike(toks[start-1].Key) && !reportingVerbs[toks[start-1].Key] {
		return
	}
	label, ok := roleWordsBefore(toks[start:owner.From])
	if !ok {
		return
	}
	if rule := r.stateRole(person.Entity, label, owner.Entity, idx, 0.45, "role-before-name"); rule != "" {
		r.byRule(rule)
	}
}

// titledFrom returns the first of the capitalised title words written
// just before mention m ("Grand Ayatollah", "Sheikh"), or m.From.
func titledFrom(toks []token, m mention) int {
	k := m.From
	for k > 0 && !toks[k].Break && toks[k-1].Cap && titleWords[toks[k-1].Key] {
		k--
	}
	if k > 1 && k < m.From && toks[k-1].Key == "of" && toks[k-2].Cap {
		return m.From // "Secretary of State X": the title is one with the words before it
	}
	return k
}

// roleWordsBefore reads a role phrase that ends in the preposition before
// its owner: "the chief negotiator for (the)", "a senior adviser to". It
// returns the phrase without its article, "the" after the preposition
// left out. Its words are lower-case nouns and modifiers, at most four
// before the preposition, the last one a noun.
func roleWordsBefore(toks []token) (string, bool) {
	n := len(toks)
	if n > 0 && toks[n-1].Key == "the" {
		n--
	}
	if n > 0 && isDet(toks[0].Key) {
		toks, n = toks[1:], n-1
	}
	if n < 2 || n > 5 || !rolePreps[toks[n-1].Key] {
		return "", false
	}
	for k, t := range toks[:n-1] {
		if k > 0 && t.Break || !roleWord(t) {
			return "", false
		}
	}
	return lowerText(toks[:n]), true
}

// roleWord reports whether a word may stand in a role phrase: a
// lower-case noun or modifier ("senior", "chief", "negotiator"), or a
// capitalised title word ("Foreign Minister").
func roleWord(t token) bool {
	if t.Cap && !titleWords[t.Key] {
		return false
	}
	return !isNumber(t) && (!verbLike(t.Key) || roleWords[t.Key] || isRoleNoun(t.Key)) && !prepositions[t.Key] && !determiners[t.Key] && !pronouns[t.Key] &&
		!clauseWords[t.Key] && !negations[t.Key] && !modals[t.Key] && !auxWords[t.Key] && !reportingVerbs[t.Key] && !particles[t.Key]
}

// pastWords set a role in the past, modals in the future or the
// possible: its holder may not hold it now, so only the open relation
// says it.
var pastWords = defaultRules.mustList("pastWords")

// copulas say that the subject holds the role the words after them name;
// clauseAdverbs may stand among them.
var (
	copulas       = defaultRules.mustList("copulas")
	clauseAdverbs = defaultRules.mustList("clauseAdverbs")
)

// roleClause reads the role a clause after a person says he holds: "X,
// who is (also) Iran's chief negotiator", "X, who was the chief
// negotiator for Iran", "X, who serves as the group's treasurer", "X is
// the group's spokesman", "X, as Hezbollah's envoy,". top[j] is the
// person.
func (r *relations) roleClause(s sentence, top []mention, j, idx int) {
	toks, p := s.toks, top[j]
	k, past, ok := p.To, false, false
	switch {
	case k+1 < len(toks) && toks[k].Key == "who" && toks[k].Break:
		k, past, ok = copulaEnd(toks, k+1)
	case k+1 < len(toks) && toks[k].Key == "as" && (toks[k].Break || toks[k+1].Poss):
		k, ok = k+1, true
	case k+1 < len(toks) && !toks[k].Break:
		k, past, ok = copulaEnd(toks, k) // "X is the group's spokesman"
	}
	if !ok {
		return
	}
	owner, label, ok := r.roleAfter(s, top, j, k)
	if !ok {
		return
	}
	var rule string
	if past {
		rule = r.openRole(p.Entity, label, owner.Entity, idx, 0.45, "role-clause")
	} else {
		rule = r.stateRole(p.Entity, label, owner.Entity, idx, 0.45, "role-clause")
	}
	if rule != "" {
		r.byRule(rule)
	}
}

// roleAfter reads the role phrase at token k, after the person top[j]:
// an owner's role ("Iran's chief negotiator", which a comma, "and" or the
// sentence's end closes) or a role and its preposition before the owner
// ("the chief negotiator for Iran"). It returns the owner and the label.
func (r *relations) roleAfter(s sentence, top []mention, j, k int) (mention, string, bool) {
	toks := s.toks
	next := j + 1
	if next < len(top) && top[next].From == k+1 && toks[k].Key == "the" {
		k++
	}
	if next >= len(top) || r.typeOf(top[next].Entity) == "Event" || !schemaIsA(r.typeOf(top[next].Entity), "Agent") {
		return mention{}, "", false
	}
	o := top[next]
	if o.From == k && toks[o.To-1].Poss { // "Iran's chief negotiator"
		e := o.To
		for e < len(toks) && e < o.To+4 && (e == o.To || !toks[e].Break) && roleWord(toks[e]) { // the possessive breaks the next word off
			e++
		}
		closed := e >= len(toks) || toks[e].Break || toks[e].Key == "and" || prepositions[toks[e].Key] && toks[e].Key != "of"
		if e == o.To || !closed || !roleWords[toks[e-1].Key] && !isRoleNoun(toks[e-1].Key) {
			return mention{}, "", false // "Iran's most powerful" names no role; "Iran's envoy Ali" is a title
		}
		return o, lowerText(toks[o.To:e]) + " of", true
	}
	label, ok := roleWordsBefore(toks[k:o.From])
	if !ok || ownerModifies(toks, o) {
		return mention{}, "", false // "the target of U.S. sanctions": the sanctions' owner
	}
	if toks[o.To-1].Poss && next+1 < len(top) && top[next+1].From == o.To { // "the head of Iran's Quds Force"
		o = top[next+1]
	}
	return o, label, true
}

// ownedDescription reads a description whose preposition takes an
// owner's thing that is no name: "Pirhossein Kolivand, the head of Iran's
// emergency medical services," is Kolivand "head of emergency medical
// services of" Iran. label is the description's ("head of"), owner the
// possessive mention after it; the thing is one to four lower-case words
// a comma, "who" or the sentence's end closes.
func (r *relations) ownedDescription(toks []token, a, owner mention, label string, idx int) {
	e := owner.To
	for e < len(toks) && e < owner.To+4 && (e == owner.To || !toks[e].Break) && !toks[e].Cap && roleWord(toks[e]) {
		e++
	}
	if e == owner.To || e < len(toks) && !toks[e].Break && toks[e].Key != "who" {
		return
	}
	if rule := r.openRole(a.Entity, label+" "+lowerText(toks[owner.To:e])+" of", owner.Entity, idx, 0.45, "owned-description"); rule != "" {
		r.byRule(rule)
	}
}

// lowerText joins the words of toks as written, in lower case.
func lowerText(toks []token) string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.ToLower(t.Text)
	}
	return strings.Join(words, " ")
}

// copulaEnd reads the verbs that say a clause's subject holds a role,
// from token k: a copula ("is", "has been", "serves as"), maybe with
// auxiliaries and adverbs ("is also", "has long served as"). It returns
// the token after them, whether they set the role in the past or the
// possible, and whether there was a copula, with a role's words after it.
func copulaEnd(toks []token, k int) (int, bool, bool) {
	start, past, copula := k, false, false
	for ; k < len(toks) && !toks[k].Break && k < start+5; k++ {
		key := toks[k].Key
		if !copulas[key] && !clauseAdverbs[key] && key != "has" && key != "have" && key != "had" && !modals[key] {
			break
		}
		copula = copula || copulas[key]
		past = past || pastWords[key] || modals[key]
	}
	if k < len(toks) && toks[k].Key == "as" && !toks[k].Break {
		k++
	}
	return k, past, copula && k < len(toks) && !toks[k].Break && k > start
}

// asWellAs reports whether "as well as" opens at token k.
func asWellAs(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].Key == "as" && toks[k+1].Key == "well" && toks[k+2].Key == "as"
}

// ownerTitleAfter reads a description set off after a person whose role
// has its owner's name as modifier: "Karim Nouri, a Kataib Hezbollah
// financier," is one of its members; "X, the Pentagon's press secretary,"
// is read by apposedRoles. top[j] is the person; an article and
// lower-case modifiers may stand before the owner's name, one to three
// role words after it, the last a role noun, closed by a comma, "who",
// "and", a preposition or the sentence's end.
func (r *relations) ownerTitleAfter(s sentence, top []mention, j, idx int) {
	toks, p := s.toks, top[j]
	if j+1 >= len(top) || p.To >= len(toks) || !toks[p.To].Break || strings.TrimSpace(s.art.Text[p.End:toks[p.To].Start]) != "," {
		return
	}
	o := top[j+1]
	if o.From-p.To > 3 || toks[o.To-1].Poss || r.typeOf(o.Entity) == "Person" || !schemaIsA(r.typeOf(o.Entity), "Agent") {
		return
	}
	plural := false
	for k := p.To; k < o.From; k++ {
		if k > p.To && toks[k].Break || !isDet(toks[k].Key) && !numberWords[toks[k].Key] && (toks[k].Cap || !roleWord(toks[k])) {
			return
		}
		plural = plural || numberWords[toks[k].Key] && toks[k].Key != "one"
	}
	e := o.To
	for e < len(toks) && e < o.To+3 && !toks[e].Break && !toks[e].Cap && roleWord(toks[e]) {
		e++
	}
	closed := e >= len(toks) || toks[e].Break || toks[e].Key == "who" || toks[e].Key == "and" || prepositions[toks[e].Key] && toks[e].Key != "of"
	if e == o.To || !closed || !roleWords[toks[e-1].Key] && !isRoleNoun(toks[e-1].Key) {
		return
	}
	label := lowerText(toks[o.To:e]) + " of"
	if rule := r.stateRole(p.Entity, label, o.Entity, idx, 0.45, "owner-title-after"); rule != "" {
		r.byRule(rule)
		if pred := roleYield(label, r.typeOf(o.Entity)); plural && pred != "" {
			r.shareWithConjuncts(s, top, j, mustPredicate(pred), o.Entity) // "X and Y, two Kataib Hezbollah commanders,"
		}
	}
}

// ownerModifies reports whether a name after a role's preposition only
// qualifies the noun after it ("a victim of the Kataib Hezbollah
// attack", "the target of U.S. sanctions"): the role is not towards it.
func ownerModifies(toks []token, o mention) bool {
	if o.To >= len(toks) || toks[o.To].Break || toks[o.To].Cap {
		return false
	}
	k := toks[o.To].Key
	return plainNoun(toks[o.To]) || nounTypes[k] != "" || strings.HasSuffix(k, "s") && verbLike(k) && !reportingVerbs[k] && !auxWords[k]
}
