package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Claims: a sentence that says who says it ("according to X", "X said",
// "said X", "a statement from X") is that entity's claim. Its sources go
// on the sentence (schema.Sentence.Sources, kg:attributedTo in the store),
// so every fact read from it shows who said so, and a denial and an
// accusation no longer look the same.

var (
	claimVerbs        = defaultRules.mustList("claimVerbs")
	claimAdverbs      = defaultRules.mustList("claimAdverbs")
	claimParticiples  = defaultRules.mustList("claimParticiples")
	speakerProxies    = defaultRules.mustList("speakerProxies")
	unnamedSpeakers   = defaultRules.mustList("unnamedSpeakers")
	speakerQualifiers = defaultRules.mustList("speakerQualifiers")
	thatClaimVerbs    = defaultRules.mustList("thatClaimVerbs")
	asClaimVerbs      = defaultRules.mustList("asClaimVerbs")
)

// speakers leaves out of ms the nationality adjectives that qualify a
// noun (withoutAdjectives), but for those whose people speak: "Israeli
// officials said" and "according to the Iraqi military" are the state's
// word.
func (r *relations) speakers(s sentence, ms []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		if !r.adjectival(s, m) || unnamedSpeakerAfter(s.toks, m) >= 0 {
			out = append(out, m)
		}
	}
	return out
}

// isClaimVerb reports whether a word, after its speaker, makes a claim.
func isClaimVerb(k string) bool { return reportingVerbs[k] || claimVerbs[k] }

// claimsAt reports whether the word at toks[k], after its speaker, makes
// a claim: a claim verb, or one that needs a word after it, "that"
// ("answered on Friday that") or "as" ("presented the strikes as").
func claimsAt(toks []token, k int) bool {
	key := toks[k].Key
	switch {
	case isClaimVerb(key):
		return true
	case thatClaimVerbs[key]:
		return wordFollows(toks, k, "that")
	case asClaimVerbs[key]:
		return wordFollows(toks, k, "as")
	}
	return false
}

// wordFollows reports whether word is among the five tokens after k,
// with no comma or stop between.
func wordFollows(toks []token, k int, word string) bool {
	for n := k + 1; n < len(toks) && n <= k+5 && !toks[n].Break; n++ {
		if toks[n].Key == word {
			return true
		}
	}
	return false
}

// sources returns the entities a sentence attributes itself to, among its
// mentions (none inside another, no nationality adjective), in order;
// antecedent is the person named last before the sentence, whom "he said"
// means. A capital that speaks is its state (rules/capitals.seats).
func (r *relations) sources(s sentence, top []mention, antecedent string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(id string) {
		id = seatSpeaker(r.g, id) // "Washington said": the United States' government
		if id != "" && !seen[id] && schema.IsA(r.typeOf(id), "Agent") {
			seen[id] = true
			out = append(out, id)
		}
	}
	for i := range top {
		for _, id := range r.speakersAt(s, top, i) {
			add(id)
		}
	}
	for _, id := range apposedSpeakers(s.toks, top) {
		add(id)
	}
	for i := range top {
		add(r.proxiedSpeaker(s, top, i))
		add(r.invertedSpeaker(s, top, i))
	}
	add(r.participleSpeaker(s, top))
	add(r.pronounSpeaker(s.toks, top, antecedent))
	return out
}

// speakersAt returns who the mention top[i] makes speak, by the words
// around it: "according to X", "a statement from X", ", said X.", "X
// said", "blamed by X", "X's office said", "X officials said", "X, who
// said".
func (r *relations) speakersAt(s sentence, top []mention, i int) []string {
	toks, m := s.toks, top[i]
	var out []string
	k := before(toks, m)
	switch {
	case k >= 1 && toks[k].Key == "to" && toks[k-1].Key == "according":
		out = append(out, r.accordingTo(s, top, i)...)
	case k >= 1 && (toks[k].Key == "from" || toks[k].Key == "by") && toks[k-1].Key == "statement" || issuedBy(toks, k):
		out = append(out, m.Entity)
	case k >= 1 && toks[k].Key == "by" && !toks[k].Break && isClaimVerb(toks[k-1].Key) && strings.HasSuffix(toks[k-1].Key, "ed"):
		out = append(out, m.Entity) // "has been blamed by Washington"
	}
	// ", said X." or ", said X, the ..."; not "said X would pay"
	if k := m.From - 1; k >= 0 && reportingVerbs[toks[k].Key] && toks[k].Break && !toks[m.From].Break && (m.To == len(toks) || toks[m.To].Break) {
		out = append(out, m.Entity)
	}
	// A capital in the clause another reports is talked of: "Zarif said
	// Tehran had warned Baghdad" is Zarif's word, not Iran's.
	capitalReported := seatSpeaker(r.g, m.Entity) != m.Entity && reports(toks, m)
	if speaker := r.subjectOf(s, top, i); speaker != "" && !capitalReported {
		out = append(out, speaker)
		if speaker == m.Entity { // "X and Y called for"
			out = append(out, coordinated(toks, top, m)...)
		}
	}
	if proxySpeaks(toks, m) {
		out = append(out, m.Entity)
	}
	return out
}

// accordingTo reads "according to X" at top[i]: X, and Y in "X and Y";
// the name after a possessive role, "according to Ukraine's foreign
// minister, Vadym Prystaiko", is the one who speaks.
func (r *relations) accordingTo(s sentence, top []mention, i int) []string {
	toks, m := s.toks, top[i]
	if toks[m.To-1].Poss && i+1 < len(top) {
		n := top[i+1]
		between := toks[m.To:n.From]
		if len(between) > 0 && len(between) <= 4 && toks[n.From].Break && (n.To == len(toks) || toks[n.To].Break) && r.typeOf(n.Entity) == "Person" {
			for j, t := range between { // the first word follows the possessive's break
				if t.Break && j > 0 || !roleWords[t.Key] && !titleWords[t.Key] && t.Cap {
					return []string{m.Entity}
				}
			}
			return []string{n.Entity}
		}
	}
	if i+1 < len(top) && joined(toks, m, top[i+1]) { // "according to X and Y"
		return []string{m.Entity, top[i+1].Entity}
	}
	return []string{m.Entity}
}

// proxySpeaks reports whether m speaks through those who speak for it:
// "Khamenei's office said", "U.S. officials said", "Iraqi military
// officials in Baghdad said", "Trump, who said".
func proxySpeaks(toks []token, m mention) bool {
	k := m.To
	switch {
	case k+1 >= len(toks):
		return false
	case toks[k-1].Poss && speakerProxies[toks[skipQualifiers(toks, k)].Key] && skipQualifiers(toks, k)+1 < len(toks) && !toks[skipQualifiers(toks, k)+1].Break:
		k = skipQualifiers(toks, k) + 1 // "X's office said", "X's foreign ministry said"
	case toks[k].Break && toks[k].Key == "who":
		k++
	default:
		if k = unnamedSpeakerAfter(toks, m); k < 0 {
			return false
		}
	}
	k = skipAdverbs(toks, k)
	return k < len(toks) && !toks[k].Break && claimsAt(toks, k)
}

// unnamedSpeakerAfter returns the token after those m's name qualifies
// as its speakers, "officials" in "Iraqi military officials" and a place
// after them ("U.S. officials in Baghdad"), or -1 where no unnamed speaker
// follows m.
func unnamedSpeakerAfter(toks []token, m mention) int {
	k := m.To
	if toks[k-1].Poss {
		return -1
	}
	for n := 0; n < 2 && k+1 < len(toks) && !toks[k].Break && speakerQualifiers[toks[k].Key] && !unnamedSpeakers[toks[k].Key]; n++ {
		k++ // "military" in "Iraqi military officials"
	}
	if k < len(toks) && unnamedSpeakers[toks[k].Key] && !toks[k].Break && !toks[k].Cap {
		for unnamedSpeakers[toks[k].Key] && k+1 < len(toks) && !toks[k+1].Break && unnamedSpeakers[toks[k+1].Key] {
			k++ // "the Iraqi military" read up to its last speaker word
		}
		return skipPlace(toks, k+1)
	}
	return -1
}

// participleSpeaker reads a claim made by a participle after the act of
// the sentence's subject: "The Treasury Department sanctioned Khazali,
// accusing Asaib Ahl al-Haq of killing protesters" is the department's
// word. It returns "" where no participle follows a comma or the
// sentence opens with no subject.
func (r *relations) participleSpeaker(s sentence, top []mention) string {
	toks := s.toks
	said := false
	for k := 1; k < len(toks); k++ {
		// ", accusing", or the means of the act: "responded by threatening"
		said = said || claimParticiples[toks[k].Key] && (toks[k].Break || toks[k-1].Key == "by")
	}
	if !said {
		return ""
	}
	for _, m := range top {
		if !titleFrom(toks, 0, m.From) {
			return "" // the opening is no name or title: "In December, ..."
		}
		n, relative := m.To, false
		if a := afterRelative(toks, n); a != n && !toks[n-1].Poss {
			n, relative = a, true // "X, who had posted that all was well, addressed the nation, telling"
		}
		if n < len(toks) && (relative || !toks[n].Break) && !toks[n].Cap && !toks[n-1].Poss && verbLike(toks[n].Key) {
			return m.Entity
		}
	}
	return ""
}

// afterRelative returns the token after the relative clause set off by
// commas that opens at token k (", who had posted on Tuesday that all
// was well,"), or k where none does.
func afterRelative(toks []token, k int) int {
	if k >= len(toks) || !toks[k].Break || !asideRelatives[toks[k].Key] {
		return k
	}
	for n := k + 1; n < len(toks) && n <= k+maxRelativeSpeakerAside; n++ {
		if toks[n].Break {
			return n
		}
	}
	return k
}

// subjectOf is who the mention top[i] makes speak: "X said", "X, the
// leader of Y, said" (X), "a spokesman for Y, X, told Reuters" (X), "X
// has warned"; or "".
func (r *relations) subjectOf(s sentence, top []mention, i int) string {
	toks, m := s.toks, top[i]
	k := skipAdverbs(toks, m.To)
	if r.typeOf(m.Entity) == "Person" {
		k = skipAdverbs(toks, skipOrigin(toks, k)) // "Senator Tim Kaine of Virginia said"
	}
	if k >= len(toks) || !claimsAt(toks, k) || toks[m.To-1].Poss {
		return ""
	}
	// Not the object of a preposition: "the coalition against Islamic
	// State said" is the coalition's word.
	head := r.apposHead(s, top, i)
	// ", and Washington said" opens a clause.
	// "a protest, which Raab condemned as ...": the subject of a relative
	// clause speaks.
	// "after Iran said" opens a clause whose subject speaks.
	if p := before(toks, m); p >= 0 && prepositions[toks[p].Key] && !conjunctions[toks[p].Key] && !objectRelatives[toks[p].Key] && !subordinators[toks[p].Key] && !toks[m.From].Break && head == m.Entity {
		// "Senator Tim Kaine of Virginia said": the one the phrase is of.
		if i > 0 && top[i-1].To == p && !toks[p].Break {
			return top[i-1].Entity
		}
		return ""
	}
	switch {
	case !toks[m.To].Break || head != m.Entity || adverbSetOff(toks, m.To):
		// A comma before the verb closes an apposition ("X, the leader
		// of Y, said"): the speaker is X.
		return head
	case setOffTitled(toks, m) && (r.typeOf(m.Entity) == "Person" || i == 0 || top[i-1].To < m.From-1):
		// ", X, told": a name in apposition to a role ("A spokesman for
		// Y, X, told", "Another militia, X, said"), not the last of a
		// list of names.
		return m.Entity
	}
	return ""
}

// reports reports whether a claim verb just before m, or before "that"
// just before it, reports the clause m opens: "said Tehran had warned".
func reports(toks []token, m mention) bool {
	k := m.From - 1
	if k >= 0 && toks[k].Key == "that" {
		k--
	}
	return k >= 0 && !toks[k+1].Break && isClaimVerb(toks[k].Key)
}

// conjunctions join clauses as well as names: ", and Washington said".
var conjunctions = defaultRules.mustList("conjunctions")

// skipOrigin skips, from token k, where a person is from: "of Virginia"
// in "Senator Tim Kaine of Virginia said", a capitalised run of at most
// three words.
func skipOrigin(toks []token, k int) int { return skipNamed(toks, k, "of") }

// skipPlace skips, from token k, where unnamed speakers are: "in Baghdad"
// in "U.S. officials in Baghdad said".
func skipPlace(toks []token, k int) int { return skipNamed(toks, k, "in") }

// skipNamed skips, from token k, the preposition prep and the
// capitalised run of at most three words after it.
func skipNamed(toks []token, k int, prep string) int {
	if k >= len(toks) || toks[k].Key != prep || toks[k].Break {
		return k
	}
	n := k + 1
	for n < len(toks) && n <= k+3 && toks[n].Cap && !toks[n].Break {
		n++
	}
	if n == k+1 {
		return k
	}
	return n
}

// apposedSpeakers reads "X, <a description>, said": a claim verb after a
// comma whose clause, back to the comma before it, holds no verb of its
// own, is said by the mention just before that clause ("Jonathan Hoffman,
// the chief Pentagon spokesman, said", "Moqtada al-Sadr, the Shiite cleric
// whose bloc holds the most seats, called for").
func apposedSpeakers(toks []token, top []mention) []string {
	var out []string
	endAt := map[int]mention{}
	named := map[[2]int]bool{} // token spans that are names
	for _, m := range top {
		endAt[m.To] = m
		named[[2]int{m.From, m.To}] = true
	}
	for verb := 1; verb < len(toks); verb++ {
		if !claimsAt(toks, verb) {
			continue
		}
		v := verb // the comma may come before an adverb: ", later said"
		for v > 1 && !toks[v].Break && (claimAdverbs[toks[v-1].Key] || strings.HasSuffix(toks[v-1].Key, "ly")) {
			v--
		}
		if !toks[v].Break {
			continue
		}
		b := asideBefore(toks, v)
		if m, ok := endAt[b]; ok && b > 0 && b < v-1 && !named[[2]int{b, v}] { // ", X, told" is X's (subjectOf)
			out = append(out, m.Entity)
		}
	}
	return out
}

// Bounds on the words a clause set off by commas between a speaker and
// the verb may have: a description with no verb, one that opens with an
// article ("the founder of Kataib Hezbollah and the deputy leader of the
// Popular Mobilization Forces"), one with a relative clause ("who flew to
// Florida with Pompeo to brief President Trump at his resort").
const (
	maxSpeakerAside         = 13
	maxArticleSpeakerAside  = 20
	maxRelativeSpeakerAside = 30
)

// asideRelatives open the relative clause of an aside: "Esper, who flew
// to Florida ..., described", "Knights, a fellow at the Washington
// Institute who has tracked the militias, said".
var asideRelatives = defaultRules.mustList("asideRelatives")

// asideBefore returns the first token of the clause set off by commas
// that ends just before token v (a possessive breaks no clause: "X,
// Iran's top commander, said", nor a place's country), or -1 where that clause is no aside: a
// claim verb of its own before any relative word ("X, Y said, ..."), or
// more words than its kind may have.
func asideBefore(toks []token, v int) int {
	b := v - 1
	// Nor does a place's country: "X, speaking in Davos, Switzerland, said".
	for b > 0 && (!toks[b].Break || toks[b-1].Poss || b == v-1 && toks[b].Cap && toks[b-1].Cap) && v-b <= maxRelativeSpeakerAside {
		b--
	}
	if !toks[b].Break {
		return -1
	}
	limit := maxSpeakerAside
	if toks[b].Key == "the" || toks[b].Key == "a" || toks[b].Key == "an" {
		limit = maxArticleSpeakerAside
	}
	for k := b; k < v; k++ {
		switch {
		case asideRelatives[toks[k].Key]:
			return b // its verbs are the relative clause's
		case k > b && isClaimVerb(toks[k].Key):
			return -1
		}
	}
	if v-b > limit {
		return -1
	}
	return b
}

// skipAdverbs skips, from token k, the words that may part a speaker
// from the verb: "has", "later", "initially", "on Friday".
func skipAdverbs(toks []token, k int) int {
	setOff := adverbSetOff(toks, k)
	if setOff {
		k++ // ", too, have pledged", ", however, insists": an adverb set off alone
	}
	for k < len(toks) && (!toks[k].Break || setOff) {
		setOff = false
		switch t := toks[k]; {
		case claimAdverbs[t.Key] || strings.HasSuffix(t.Key, "ly") && !t.Cap:
			k++
		case t.Key == "on" && k+1 < len(toks) && weekday(toks[k+1].Text).String() == toks[k+1].Text:
			k += 2
		default:
			return k
		}
	}
	return k
}

// coordinated are the mentions "and" joins to m before it, across a
// title or a demonym ("Boris Johnson and French President Emmanuel
// Macron"), with those a list of commas adds before them ("Britain,
// France and Germany"), nearest first.
func coordinated(toks []token, top []mention, m mention) []string {
	k := m.From - 1
	for k > 0 && toks[k].Cap && !toks[k+1].Break && toks[k].Key != "and" {
		k--
	}
	if k <= 0 || toks[k].Key != "and" || toks[k].Break || toks[k+1].Break {
		return nil
	}
	var out []string
	for j := len(top) - 1; j >= 0; j-- {
		if o := top[j]; o.To == k {
			out = append(out, o.Entity)
			k = o.From // the comma before it may list one more
			if k == 0 || !toks[k].Break || toks[k-1].Poss {
				break
			}
		}
	}
	return out
}

// joined reports whether "and" alone, or with a title or a demonym,
// joins mentions a and b: "Boris Johnson and French President Emmanuel
// Macron".
func joined(toks []token, a, b mention) bool {
	if a.To >= b.From || toks[a.To].Key != "and" || toks[a.To].Break {
		return false
	}
	for k := a.To + 1; k < b.From; k++ {
		if !toks[k].Cap && toks[k].Key != "the" || toks[k].Break {
			return false
		}
	}
	return !toks[b.From].Break
}

// pronounSpeaker returns who "he" or "she" is where the pronoun says
// the sentence ("he said", ", she told reporters"): antecedent, the
// person named last before the sentence. A relative clause's pronoun
// ("for what he called a million-man march") is the person the sentence
// names last before it, and "his" or "her" before a speaker proxy ("her
// office said") the first; either is antecedent where the sentence
// names none. It returns "" where no pronoun speaks.
func (r *relations) pronounSpeaker(toks []token, top []mention, antecedent string) string {
	for i, t := range toks {
		k, owner := i+1, false
		switch {
		case t.Key == "he" || t.Key == "she":
		case (t.Key == "his" || t.Key == "her") && k < len(toks) && speakerProxies[toks[k].Key] && !toks[k].Break:
			k, owner = k+1, true
		default:
			continue
		}
		for k < len(toks) && claimAdverbs[toks[k].Key] && !toks[k].Break {
			k++
		}
		switch {
		case k >= len(toks) || toks[k].Break:
		case i > 0 && objectRelatives[toks[i-1].Key] && claimsAt(toks, k):
			return r.personBefore(top, i, antecedent, false)
		case owner && reportingVerbs[toks[k].Key]:
			return r.personBefore(top, i, antecedent, true)
		case reportingVerbs[toks[k].Key]:
			return antecedent
		}
	}
	return ""
}

// objectRelatives open a clause whose subject names what the sentence
// speaks of: "what he called", "which she described as".
var objectRelatives = defaultRules.mustList("objectRelatives")

// personBefore is the person top names last (or first) before token k,
// or antecedent where it names none.
func (r *relations) personBefore(top []mention, k int, antecedent string, first bool) string {
	for _, m := range top {
		if m.To <= k && r.typeOf(m.Entity) == "Person" {
			if first {
				return m.Entity
			}
			antecedent = m.Entity
		}
	}
	return antecedent
}

// before returns the token just before m, skipping an article.
func before(toks []token, m mention) int {
	k := m.From - 1
	if k >= 0 && toks[k].Key == "the" {
		k--
	}
	return k
}
