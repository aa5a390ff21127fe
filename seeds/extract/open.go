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
const maxOpenWords = 6

var (
	beWords        = defaultRules.mustList("beWords")
	objectPronouns = defaultRules.mustList("objectPronouns")
	pronouns       = defaultRules.mustList("pronouns")
	determiners    = defaultRules.mustList("determiners")
	irregularVerbs = defaultRules.mustList("irregularVerbs")
	reportingVerbs = defaultRules.mustList("reportingVerbs")
	titleModifiers = defaultRules.mustList("titleModifiers")
	// adjunctWords open what says when or why, not the relation's object:
	// "ordered the strike after the storming of the embassy".
	// morePrepositions end a relation phrase beside prepositions:
	// "was killed alongside", "marched behind".
	morePrepositions = defaultRules.mustList("morePrepositions")
	// particles complete a verb: "shot down", "pulled out".
	particles    = defaultRules.mustList("particles")
	adjunctWords = defaultRules.mustList("adjunctWords")
)

// open states the phrase between a and b as their relation, if it is one,
// and returns its predicate.
func (r *relations) open(a, b mention, between string, idx int) (schema.Predicate, bool) {
	e, _ := r.g.Lookup(a.Entity)
	if !schema.IsA(e.Type, "Agent") && e.Type != "Vehicle" || e.Type == "Country" && !a.Seat && nameKey(a.Text) != nameKey(e.Name) && !isAcronym(a.Text) && demonymLike(a.Text) {
		return schema.Predicate{}, false // places do not act, nor do "Americans" stand for the country
	}
	between = withoutOwnerNouns(reThousands.ReplaceAllStringFunc(between, func(n string) string { return strings.ReplaceAll(n, ",", "") })) // "sent 3,500 troops from"
	toks := tokenize(between)
	if r.typeOf(b.Entity) == "Person" {
		toks = withoutTitles(toks)
	}
	// A verb of the lexicon whose predicates take no event still says
	// how its subject is linked to one: "joined the procession".
	// "moved 35 of its soldiers out of" is moved soldiers out of.
	phrase, ok := verbPhrase(between, withoutCounts(withoutAdverbs(withoutTimes(toks))), r.typeOf(b.Entity) == "Event")
	if !ok {
		return schema.Predicate{}, false
	}
	p, ok := schema.OpenRelation(phrase)
	if !ok || !r.addPredicate(a.Entity, p, b.Entity, idx, 0.5) {
		return schema.Predicate{}, false
	}
	r.byRule("open")
	r.presence(a, b, phrase, idx)
	return p, true
}

// withoutOwnerNouns leaves out of a verb phrase the owner its object's
// nouns name by a common noun: "suspended the alliance's training
// mission in" is "suspended training mission in", as its owner is told
// by the sentence, not by the phrase.
func withoutOwnerNouns(between string) string {
	toks := tokenize(between)
	for k := len(toks) - 3; k >= 0; k-- {
		owner := toks[k+1]
		if (toks[k].Key == "the" || toks[k].Key == "a") && owner.Poss && !owner.Cap && !owner.Break && possessiveGap(between[owner.End:toks[k+2].Start]) {
			between = between[:toks[k].Start] + between[toks[k+2].Start:]
		}
	}
	return between
}

// possessiveGap reports whether the text between two words is only a
// possessive ending: "'s ".
func possessiveGap(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "'s" || g == "’s"
}

// verbOrOpen states how a is linked to b by the words between them: the
// verb of the lexicon if it says so, else the phrase as an open relation.
// It reports whether either did.
func (r *relations) verbOrOpen(a, b mention, between string, idx int) bool {
	if r.verb(a, b, between, idx); r.verbSaid != "" {
		return true
	}
	_, ok := r.open(a, b, between, idx)
	return ok
}

// verbOrOpenAll states how subj is linked to top[j] (verbOrOpen), noted
// as made by rule, and shares the statement with the objects joined to
// top[j]: "and urged Britain, Germany and France to abandon the deal"
// urges all three. It reports whether the verb or phrase said how.
func (r *relations) verbOrOpenAll(s sentence, top []mention, j int, subj mention, between string, idx int, rule string) bool {
	var p schema.Predicate
	if r.verb(subj, top[j], between, idx); r.verbSaid != "" {
		p = mustPredicate(r.verbSaid)
	} else if open, ok := r.open(subj, top[j], between, idx); ok {
		p = open
	} else {
		return false
	}
	r.byRule(rule)
	r.shareWithObjects(s, top, j, subj.Entity, p)
	return true
}

// demonymLike reports whether a country's other name reads as its
// people's ("Americans", "Iranian"), not as the country ("Britain").
func demonymLike(name string) bool {
	k := strings.ToLower(name)
	for _, suf := range []string{"an", "ans", "i", "is", "ese", "ish", "ch"} {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// withoutTitles leaves out the title a person's name follows ("met Iraqi
// Defense Minister", "spoke with caretaker Prime Minister").
// timeWords say when, not how: "vowed on Monday to hit back at" is
// "vowed to hit back at".
var timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
	"week", "month", "year", "night", "morning", "evening", "weekend")

// phraseAdverbs stand before a verb without saying how: "later asked",
// "had just arrived", "has also sent".
var phraseAdverbs = defaultRules.mustList("phraseAdverbs")

// withoutAdverbs leaves out the adverbs before a verb phrase's verb.
func withoutAdverbs(toks []token) []token {
	for k, t := range toks {
		if auxWords[t.Key] && !phraseAdverbs[t.Key] {
			continue
		}
		if !phraseAdverbs[t.Key] && !(strings.HasSuffix(t.Key, "ly") && !t.Cap) || t.Break {
			return toks
		}
		return append(toks[:k:k], withoutAdverbs(toks[k+1:])...)
	}
	return toks
}

// withoutTimes leaves out the phrases of time inside a verb phrase: "on
// Monday", "last week", "late on Friday".
func withoutTimes(toks []token) []token {
	out := make([]token, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		j := i
		for j < len(toks) && (toks[j].Key == "on" || toks[j].Key == "last" || toks[j].Key == "early" || toks[j].Key == "late" || toks[j].Key == "this" || toks[j].Key == "next") {
			j++
		}
		if j < len(toks) && timeWords[toks[j].Key] {
			i = j
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

// The title must be all that stands between the verb (or its
// preposition) and the name, the nouns of an office before its title
// word included ("named former communications minister").
func withoutTitles(toks []token) []token {
	n := len(toks)
	for n > 1 {
		t := toks[n-1]
		ofTitle := t.Key == "of" && n >= 3 && n < len(toks) && toks[n-2].Cap && toks[n].Cap // "Secretary of State"
		if !(t.Cap || personTitles[t.Key] || titleWords[t.Key] || titleModifiers[t.Key] || roleWords[t.Key] || ofTitle) || t.Break {
			break
		}
		n--
	}
	// "broke with the cleric": an article before the title.
	if n > 1 && n < len(toks) && (toks[n-1].Key == "the" || toks[n-1].Key == "a") && !toks[n].Break {
		n--
	}
	// "named former communications minister": the office's own nouns
	// before its title word.
	if n < len(toks) && (roleWords[toks[n].Key] || personTitles[toks[n].Key]) {
		m := n
		for m > 1 && n-m < 2 && plainNoun(toks[m-1]) && !toks[m-1].Break {
			m--
		}
		for m > 1 && titleModifiers[toks[m-1].Key] && !toks[m-1].Break {
			m--
		}
		if m < n && (prepositions[toks[m-1].Key] || morePrepositions[toks[m-1].Key] || verbLike(toks[m-1].Key)) {
			n = m
		}
	}
	if n == len(toks) || !prepositions[toks[n-1].Key] && !morePrepositions[toks[n-1].Key] && !verbLike(toks[n-1].Key) {
		return toks
	}
	return toks[:n]
}

// verbPhrase returns the words between two mentions (between, and its
// tokens toks) when they make a verb phrase after ReVerb: a verb, then
// maybe words, ending in a preposition when they include an article or a
// possessive ("suspended its training mission in"), at most maxOpenWords
// lower-case words with no punctuation, no modal or negation, trailing
// articles left out. lexicon lets a verb of the lexicon stand alone (its
// predicates did not fit the object).
func verbPhrase(between string, toks []token, lexicon bool) (string, bool) {
	b := strings.TrimSpace(between)
	if b == "" || strings.ContainsAny(b, ",;:()\"“”'’") || strings.ContainsAny(b[:1], "-‐‑–—") {
		return "", false // punctuation, or "Iran-backed": no phrase of its own
	}
	for len(toks) > 0 && (toks[len(toks)-1].Key == "the" || toks[len(toks)-1].Key == "a" || toks[len(toks)-1].Key == "an") {
		toks = toks[:len(toks)-1]
	}
	var be []token // "was" of a passive: "was killed alongside", "had been briefed at"
	for len(toks) > 0 && (auxWords[toks[0].Key] || beWords[toks[0].Key]) {
		if modals[toks[0].Key] {
			return "", false // "would hit": not done, so no relation
		}
		if beWords[toks[0].Key] {
			be = toks[:1]
		}
		toks = toks[1:]
	}
	if be != nil && len(toks) > 1 && progressive(toks[0]) {
		be = nil // "was travelling in a convoy with": active, under way
	}
	if len(toks) == 0 || len(toks) > maxOpenWords+3 || secondAct(toks) || !verbLike(toks[0].Key) && !(len(b) > 0 && progressive(toks[0]) && beBefore(tokenize(between))) {
		return "", false
	}
	last := toks[len(toks)-1].Key
	endsInPrep := len(toks) > 1 && (prepositions[last] || morePrepositions[last]) && !adjunctWords[last]
	// "warned Washington against": a warning with its object is no
	// reported clause; "said", "told" always make claims.
	// "wrote to the Security Council": an address, no reported clause.
	if clauseVerbs[toks[0].Key] && !(len(toks) == 2 && endsInPrep && (tellVerbs[toks[0].Key] || last == "to") && toks[0].Key != "told" && toks[0].Key != "tells") && !toldAudienceAt(toks) {
		return "", false
	}
	// "shot down": a verb and its particle.
	phrasal := len(toks) == 2 && particles[last] && be == nil
	if phrasal {
		endsInPrep = true
	}
	// A passive names the relation only with the preposition that says
	// to what: "was killed alongside", "was founded by"; "were killed
	// after" says when.
	if be != nil && (!endsInPrep || len(toks) > 3 && !officeByAgent(toks)) {
		return "", false
	}
	// "pressed them to back", "urged American citizens to leave": the
	// ones pressed, then what to do.
	if k := toObject(toks); k > 0 && be == nil {
		toks = append(toks[:1:1], toks[k:]...)
	}
	if len(toks) > maxOpenWords {
		return "", false // the ones pressed aside, the phrase is still too long
	}
	if len(toks) > 1 && !endsInPrep && !(len(toks) == 3 && toks[1].Key == "to") {
		return "", false // words after the verb must lead to the object: "met with", "pledged to avenge"
	}
	// A verb the lexicon gives predicates to was read already: if it
	// said nothing, it had a reason (negation, passive, wrong types).
	// "pledged to avenge", "visited troops in" are phrases of their own.
	// A passive without its agent ("was killed alongside") it leaves.
	if v, ok := defaultRules.verbs[toks[0].Key]; ok && len(v.preds) > 0 && !phrasal && !lexicon && !(len(toks) >= 3 && (toks[1].Key == "to" || endsInPrep)) && !(be != nil && last != "by") {
		return "", false
	}
	words := []string{}
	for _, t := range be {
		if t.Key == "been" || t.Key == "being" {
			words = append(words, "was") // "had been briefed at": was briefed at
			continue
		}
		words = append(words, strings.ToLower(t.Text))
	}
	for i, t := range toks {
		if t.Cap || t.Break || t.Hyph || modals[t.Key] && t.Key != "to" || negations[t.Key] || isNumber(t) && !endsInPrep || pronouns[t.Key] {
			return "", false
		}
		if determiners[t.Key] && (i == 0 || !endsInPrep) {
			return "", false
		}
		words = append(words, strings.ToLower(t.Text))
	}
	return strings.Join(words, " "), true
}

// secondAct reports whether a subordinator and a participle join a second
// act inside the words of a phrase: "crashed shortly after taking off
// from" is two acts, the second read by subordinateParticiple.
func secondAct(toks []token) bool {
	for i := 1; i+1 < len(toks); i++ {
		if subordinators[toks[i].Key] && participle(toks[i+1], i+1) {
			return true
		}
	}
	return false
}

// progressive reports whether a word is a verb's -ing form after "was"
// ("was travelling").
func progressive(t token) bool {
	return !t.Cap && len(t.Key) > 5 && strings.HasSuffix(t.Key, "ing")
}

// beBefore reports whether a form of "be" opens toks, auxiliaries aside.
func beBefore(toks []token) bool {
	for _, t := range toks {
		if beWords[t.Key] {
			return true
		}
		if !auxWords[t.Key] {
			return false
		}
	}
	return false
}

// officeByAgent reports whether the words of a passive after its verb
// are an office and "by": "was named prime minister by".
func officeByAgent(toks []token) bool {
	n := len(toks)
	if n != 4 || toks[n-1].Key != "by" {
		return false
	}
	for _, t := range toks[1 : n-1] {
		if !plainNoun(t) || t.Break {
			return false
		}
	}
	return roleWords[toks[n-2].Key] || personTitles[toks[n-2].Key]
}

// toObject returns the index of "to" when the words after a verb are
// its object and "to <verb>" ends them: a pronoun ("them"), or up to
// three words of a noun phrase without a name ("American citizens",
// "the militias"); else 0.
func toObject(toks []token) int {
	n := len(toks)
	to := purposeStart(toks)
	if to < 2 || to > 4 || toks[to+1].Cap {
		return 0
	}
	if to == 2 && objectPronouns[toks[1].Key] {
		return 2
	}
	for k := 1; k < to; k++ {
		t := toks[k]
		if t.Break || pronouns[t.Key] || !plainNoun(t) && !determiners[t.Key] && !(t.Cap && k < to-1) {
			return 0 // a capital only qualifies: "American citizens"
		}
	}
	if to == n-2 {
		return to
	}
	// "asked Western partners to share their evidence with": the purpose
	// takes its own object and the preposition that leads to the name.
	for _, t := range toks[to+2 : n-1] {
		if t.Break || t.Cap || !objectWord(t) && !determiners[t.Key] || pronouns[t.Key] {
			return 0
		}
	}
	if last := toks[n-1].Key; n-to > 5 || !prepositions[last] && !morePrepositions[last] || adjunctWords[last] {
		return 0
	}
	return to
}

// purposeStart returns the index of the first "to" of toks, or -1.
func purposeStart(toks []token) int {
	for k, t := range toks[:max(len(toks)-1, 0)] {
		if t.Key == "to" {
			return k
		}
	}
	return -1
}

// verbLike reports whether a word is probably a verb in the past tense or
// a form the lexicon knows.
func verbLike(k string) bool {
	if _, ok := defaultRules.verbs[k]; ok || irregularVerbs[k] {
		return true
	}
	return len(k) > 4 && strings.HasSuffix(k, "ed")
}

// maxAcrossWords bounds the words an open relation reads past other names.
const maxAcrossWords = 14

// openAcross reads a verb phrase that runs past a place named on the way
// to its object, after ReVerb's "travelled to ... to brief": "Pompeo flew
// to Florida on Sunday to brief President Donald Trump" is Pompeo "flew to
// brief" Trump. The clause must run unbroken (no punctuation, no clause
// word, no negation or modal) from the subject's verb to "to <verb>" just
// before the object.
func (r *relations) openAcross(s sentence, top []mention, i, idx int) {
	a := top[i]
	if e, _ := r.g.Lookup(a.Entity); !schema.IsA(e.Type, "Agent") || r.demonym(a) {
		return
	}
	for j := i + 2; j < len(top) && j <= i+4; j++ {
		b := top[j]
		between := s.art.Text[a.End:b.Start]
		if closesApposition(s, top, i) { // "Josep Borrell, travelled to Tehran to meet"
			between = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(between), ","), " who ")
		}
		if strings.ContainsAny(between, ",;:()\"“”") {
			return
		}
		toks := tokenize(between)
		for len(toks) > 0 && auxWords[toks[0].Key] && !modals[toks[0].Key] {
			toks = toks[1:]
		}
		n := len(toks)
		for n > 2 && toks[n-2].Key != "to" && (toks[n-1].Cap || personTitles[toks[n-1].Key] || titleModifiers[toks[n-1].Key]) {
			n-- // "to brief President Donald Trump"
		}
		to, purpose, ok := purposeTail(toks[:n])
		if !ok || n > maxAcrossWords || !verbLike(toks[0].Key) || reportingVerbs[toks[0].Key] {
			continue
		}
		if !plainClause(toks[1:to]) || r.said[[3]string{a.Entity, b.Entity, itoa(idx)}] {
			continue
		}
		if p, ok := schema.OpenRelation(toks[0].Key + " to " + purpose); ok && r.addPredicate(a.Entity, p, b.Entity, idx, 0.45) {
			r.byRule("open-across")
			r.shareWithConjuncts(s, top, i, p, b.Entity)
		}
		return
	}
}

// purposeTail reads the purpose that ends the words before an object:
// "to brief", or "to rally the parties behind", "to discuss the attacks
// with" (a verb, its object in at most two lower-case nouns, and a
// preposition). It returns the index of "to" and the purpose's label,
// articles left out.
func purposeTail(toks []token) (int, string, bool) {
	n := len(toks)
	if n >= 4 && toks[n-2].Key == "to" && !toks[n-1].Cap && (plainNoun(toks[n-1]) || verbLike(toks[n-1].Key)) {
		return n - 2, toks[n-1].Key, true
	}
	last := toks[n-1].Key
	if n < 6 || !prepositions[last] && !morePrepositions[last] || adjunctWords[last] {
		return 0, "", false
	}
	for to := n - 5; to <= n-3; to++ {
		if to < 2 || toks[to].Key != "to" || toks[to+1].Cap || !plainNoun(toks[to+1]) && !verbLike(toks[to+1].Key) {
			continue
		}
		words := []string{toks[to+1].Key}
		for k, t := range toks[to+2 : n-1] {
			if k == 0 && (t.Key == "the" || t.Key == "a") {
				continue
			}
			if !objectWord(t) {
				return 0, "", false
			}
			words = append(words, t.Key)
		}
		return to, strings.Join(append(words, last), " "), len(words) > 1
	}
	return 0, "", false
}

// objectWord reports whether a word may be a lower-case noun of an
// object, though the lexicon knows it as a verb too ("the attacks").
func objectWord(t token) bool {
	return !t.Cap && !isNumber(t) && !prepositions[t.Key] && !determiners[t.Key] && !negations[t.Key] && !modals[t.Key] && !auxWords[t.Key] && !pronouns[t.Key] && !strings.HasSuffix(t.Key, "ed")
}

// plainClause reports whether words inside a verb phrase keep to its
// clause: no negation, modal, clause word or reporting verb.
func plainClause(toks []token) bool {
	for _, t := range toks {
		if negations[t.Key] || modals[t.Key] && t.Key != "to" || clauseWords[t.Key] || reportingVerbs[t.Key] || t.Key == "and" || t.Key == "but" || t.Key == "or" || t.Key == "that" {
			return false
		}
	}
	return true
}

// demonymOwned reads a verb phrase whose object is one of a country's
// people or places named by its adjective: "Britain summoned the Iranian
// ambassador" is Britain "summoned the ambassador of" Iran, "Israel killed
// two Iranian soldiers" Israel "killed two soldiers of" Iran, "vowed to
// expel U.S. forces" "vowed to expel forces of" the United States. The adjective
// is no actor and no target of its own (withoutAdjectives); the noun says
// who of the country. top are the sentence's outermost mentions,
// adjectives included.
func (r *relations) demonymOwned(s sentence, top []mention, idx int) {
	for j := 1; j < len(top); j++ {
		d, head := top[j], top[j-1]
		if !r.modifierCountry(d) || r.titleDemonym(s, top, j) || head.End > d.Start || r.adjectival(s, head) || d.To >= len(s.toks) || s.toks[d.To].Cap {
			continue
		}
		noun := s.toks[d.To].Key
		if t := nounTypes[noun]; !roleWords[noun] && (t == "" || t == "Event") {
			continue
		}
		r.openOwner(s, head, d, idx)
	}
}

// modifierCountry reports whether m names a country by a word that may
// qualify a noun: its adjective ("Iranian") or its initials ("U.S.").
func (r *relations) modifierCountry(m mention) bool {
	return r.demonym(m) && demonymLike(m.Text) || r.typeOf(m.Entity) == "Country" && isAcronym(m.Text)
}

// openOwner reads a verb phrase whose object is what a name owns: "wept
// over Soleimani's coffin" is "wept over coffin of" Soleimani, "demanded
// an apology for Trump's remarks" "demanded an apology for remarks of"
// Trump. The owned thing is one lower-case word that ends the clause or
// its phrase.
func (r *relations) openOwner(s sentence, head, owner mention, idx int) {
	toks := s.toks
	k := owner.To
	if k >= len(toks) || toks[k].Cap || isNumber(toks[k]) || verbLike(toks[k].Key) || prepositions[toks[k].Key] || k+1 < len(toks) && !toks[k+1].Break && !prepositions[toks[k+1].Key] {
		return
	}
	if r.said[[3]string{head.Entity, owner.Entity, itoa(idx)}] {
		return
	}
	between := withoutAppositive(s.art.Text[head.End:owner.Start])
	if setOff(s, head) { // "Soleimani's successor, Esmail Qaani, vowed to expel U.S. forces"
		between = strings.TrimPrefix(strings.TrimSpace(between), ",")
	}
	between += " " + toks[k].Text + " of"
	if _, ok := r.open(head, owner, between, idx); ok {
		r.byRule("open-owner")
	}
}

// actPlaces are the prepositions that place an act done to someone:
// "met X in Washington", "invited X to Brussels", "briefed X at".
var actPlaces = defaultRules.mustList("actPlaces")

// actPlace reads where the subject did what it did to a person: in "Esper
// met Iraqi Defense Minister Najah al-Shammari in Washington" Esper "met
// in" Washington. The subject's verb must be the first word after it
// (the words before the person are titles), the place must follow the
// person at once. top are the sentence's outermost mentions, nationality
// adjectives left out.
func (r *relations) actPlace(s sentence, top []mention, idx int) {
	toks := s.toks
	for i := 0; i+2 < len(top); i++ {
		a := top[i]
		v := skipAdverbs(toks, a.To)
		if v < len(toks) && toks[v].Key == "who" && toks[v].Break { // "Merkel, who met X in Paris"
			v++
		} else if v < len(toks) && toks[v].Break && !setOff(s, a) {
			continue // "X, who leads Hezbollah, met Y in Beirut": the verb after the comma is X's
		}
		for v < len(toks) && auxWords[toks[v].Key] && !modals[toks[v].Key] {
			v++
		}
		j := i + 1
		if r.titleOwner(s, top, j) || r.titleDemonym(s, top, j) { // "met Hamas leader X"
			j++
		}
		for j+1 < len(top) && r.typeOf(top[j+1].Entity) == "Person" && joinsObjects(tokenize(s.art.Text[top[j].End:top[j+1].Start])) {
			j++ // "met X and Y in London"
		}
		if j+1 >= len(top) || v >= top[i+1].From || !schema.IsA(r.typeOf(a.Entity), "Agent") || r.demonym(a) || r.typeOf(top[j].Entity) != "Person" {
			continue
		}
		b, c := top[j], top[j+1]
		if !isAny(r.typeOf(c.Entity), placeTypes) || toks[v].Cap || !verbLike(toks[v].Key) || clauseVerbs[toks[v].Key] || reportingVerbs[toks[v].Key] || negatedBefore(toks, v) || objectOfPreposition(s, top, i) {
			continue
		}
		from, label := withObject(toks, v, top[i+1].From)
		if !r.titlesOnly(s, top, from, i+1) || c.From-b.To < 1 || c.From-b.To > 2 || !actPlaces[toks[b.To].Key] || c.From-b.To == 2 && toks[b.To+1].Key != "the" || toks[b.To].Break {
			continue
		}
		if r.said[[3]string{a.Entity, c.Entity, itoa(idx)}] {
			continue
		}
		if p, ok := schema.OpenRelation(label + " " + toks[b.To].Key); ok && r.addPredicate(a.Entity, p, c.Entity, idx, 0.45) {
			r.byRule("act-place")
		}
	}
}

// maxWithWords bounds the object of an act done with someone.
const maxWithWords = 3

// withObject reads the object of an act done with someone between the
// verb at token v and the token end: "discussed the crisis with", "held
// talks with", "met with". It returns the token after "with" and the act's
// label ("discussed the crisis", "held talks"), or v+1 and the verb alone
// when the words are no such phrase.
func withObject(toks []token, v, end int) (int, string) {
	words := []string{strings.ToLower(toks[v].Text)}
	for k := v + 1; k < end && !toks[k].Break; k++ {
		switch t := toks[k]; {
		case t.Key == "with":
			return k + 1, strings.Join(words, " ")
		case len(words) > maxWithWords || !objectWord(t) && t.Key != "the" && t.Key != "a":
			return v + 1, toks[v].Text
		}
		words = append(words, strings.ToLower(toks[k].Text))
	}
	return v + 1, toks[v].Text
}

// titlesOnly reports whether the tokens from k to mention j's start are
// a title of the person, nationality adjectives among them ("Iraqi
// Defense Minister"), and the state whose title it is ("Iran's Supreme
// Leader": the possessive parts no clause).
func (r *relations) titlesOnly(s sentence, top []mention, k, j int) bool {
	for i := k; i < top[j].From; i++ {
		t := s.toks[i]
		if t.Break && !(i > k && s.toks[i-1].Poss) || !(t.Cap || personTitles[t.Key] || titleModifiers[t.Key] || roleWords[t.Key] || t.Key == "the") {
			return false
		}
	}
	return true
}

// whereClause reads a relative clause on a place: in "In Kerman, where
// Qassem Soleimani was buried on Tuesday," Soleimani was "buried in"
// Kerman; in "the embassy, where Trump met X" Trump "met at" it. The
// clause's subject is the name right after "where" (a title may come
// first), its verb the first word after the name and its auxiliaries.
// top are the sentence's outermost mentions, nationality adjectives left
// out.
func (r *relations) whereClause(s sentence, top []mention, idx int) {
	toks := s.toks
	for i := 0; i+1 < len(top); i++ {
		place, m := top[i], top[i+1]
		w := place.To
		if w >= len(toks) || toks[w].Key != "where" || !toks[w].Break || !isAny(r.typeOf(place.Entity), placeTypes) || !schema.IsA(r.typeOf(m.Entity), "Agent") || r.demonym(m) {
			continue
		}
		if !r.titlesOnly(s, top, w+1, i+1) {
			continue
		}
		v := skipAdverbs(toks, m.To)
		for v < len(toks) && auxWords[toks[v].Key] && !modals[toks[v].Key] && !toks[v].Break {
			v++
		}
		if v >= len(toks) || toks[v].Break || toks[v].Cap || !verbLike(toks[v].Key) || clauseVerbs[toks[v].Key] || negatedBefore(toks, v) || r.said[[3]string{m.Entity, place.Entity, itoa(idx)}] {
			continue
		}
		prep := "in"
		if r.typeOf(place.Entity) == "Facility" {
			prep = "at"
		}
		if p, ok := schema.OpenRelation(toks[v].Text + " " + prep); ok && r.addPredicate(m.Entity, p, place.Entity, idx, 0.45) {
			r.byRule("where-clause")
		}
	}
}
