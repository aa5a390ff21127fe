package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Subjects a clause leaves to the clause before it: "The militias have
// legitimacy ..., and they report directly to the Prime Minister", "The
// militias cited ..., and demanded a full withdrawal".

// described states what the clauses around descriptions say: in
// Describe mode, clauses that share the sentence's subject; in any mode,
// what the events verbs state answer ("the United States struck five
// sites on Sunday, in retaliation for a rocket attack"), an agent's attack
// and a country's interests, which names state as well ("the United States attacked" after "American airstrikes",
// "American interests in the Middle East"). ms are the sentence's mentions
// in order, from the index of its first statement.
func (r *relations) described(s sentence, ms []mention, from int, aa *agentAttacks, describe bool) {
	if describe {
		// Adjectives first: "American" in "American and Iraqi security
		// forces" is the American forces, not the country.
		clause, _ := outermost(r.withoutAdjectives(s, withoutVerbs(ms)))
		r.coordinatedVerbs(s, clause)
		r.participleAgents(s, clause)
	}
	r.responses(s, ms)
	r.hedgedAgents(s, ms)
	r.attackEvents(s, ms, from, aa)
	r.interestsIn(s, ms)
}

// sentenceSubject returns the mention a sentence opens with ("The
// militias"), when it names a group that can act, or false.
func (r *relations) sentenceSubject(s sentence, ms []mention) (mention, bool) {
	for _, m := range ms {
		if m.From > 1 || m.Verb {
			break
		}
		if m.From == 1 && s.toks[0].Key != "the" {
			break
		}
		switch r.typeOf(m.Entity) {
		case "ArmedGroup", "Group", "MilitaryUnit", "Organization", "GovernmentBody":
			return m, true
		}
	}
	return mention{}, false
}

// they returns a mention of the sentence's subject for each "they" that
// opens a clause joined by "and" ("..., and they report to"), and each
// "their" after a plural subject ("for their role in the fight"), where no
// other mention stands.
func (r *relations) they(s sentence, ms []mention) []mention {
	subj, ok := r.sentenceSubject(s, ms)
	if !ok {
		return nil
	}
	taken := map[int]bool{}
	for _, m := range ms {
		for k := m.From; k < m.To; k++ {
			taken[k] = true
		}
	}
	plural := strings.HasSuffix(s.toks[subj.To-1].Key, "s")
	var out []mention
	for k := subj.To + 1; k < len(s.toks); k++ {
		t := s.toks[k]
		if taken[k] || t.Cap {
			continue
		}
		if t.Key == "they" && s.toks[k-1].Key == "and" || t.Key == "their" && plural {
			out = append(out, spanMention(s, subj.Entity, k, k+1))
		}
	}
	return out
}

// reAndVerb is the gap of a second verb phrase before its object: ", and
// demanded a".
var reAndVerb = regexp.MustCompile(`^\s*,?\s+and\s+([a-z]+)\s+((?:a|an|the)\s+)?$`)

// coordinatedVerbs reads "S V1 O1, and V2 O2": S did V2 to O2 too. top are
// the sentence's outermost mentions in order.
func (r *relations) coordinatedVerbs(s sentence, top []mention) {
	subj, ok := r.sentenceSubject(s, top)
	if !ok {
		return
	}
	for j := 1; j < len(top); j++ {
		if top[j-1].End > top[j].Start || top[j-1].From <= subj.From {
			continue
		}
		m := reAndVerb.FindStringSubmatch(s.art.Text[top[j-1].End:top[j].Start])
		if m == nil || r.said[[3]string{subj.Entity, top[j].Entity, itoa(s.art.Index)}] {
			continue
		}
		r.verb(subj, top[j], strings.TrimSpace(m[1]+" "+m[2]), s.art.Index)
	}
}

// reBeingBy is the gap of a participle clause before its agent: "before
// being repelled by".
var reBeingBy = regexp.MustCompile(`\b(?:before|after|while|until)\s+being\s+([a-z]+)\s+by\s+(?:the\s+)?$`)

// participleAgents reads "S ..., before being repelled by A and B": A and
// B repelled S.
func (r *relations) participleAgents(s sentence, top []mention) {
	subj, ok := r.sentenceSubject(s, top)
	if !ok {
		return
	}
	for j := 1; j < len(top); j++ {
		m := reBeingBy.FindStringSubmatch(s.art.Text[top[j-1].End:top[j].Start])
		if m == nil || top[j-1].From < subj.To {
			continue
		}
		for k := j; k < len(top); k++ {
			if k > j && strings.TrimSpace(s.art.Text[top[k-1].End:top[k].Start]) != "and" {
				break
			}
			r.verb(subj, top[k], m[1]+" by", s.art.Index)
		}
	}
}

// reSaidThat is the gap between a speaker and the subject of what he said.
var reSaidThat = regexp.MustCompile(`^\s*(?:said|says|insisted|insists|stated|declared)\s+(?:that\s+)?$`)

// speakerDenies reads "Khamenei said that Iran was not involved in the
// attack": the speaker denies it too. from is the index of the sentence's
// first statement.
func (r *relations) speakerDenies(s sentence, top []mention, from int) {
	stated := r.out[from:len(r.out):len(r.out)]
	for j := 1; j < len(top); j++ {
		if r.typeOf(top[j-1].Entity) != "Person" || !reSaidThat.MatchString(s.art.Text[top[j-1].End:top[j].Start]) {
			continue
		}
		for _, st := range stated {
			if st.Subject == top[j].Entity && st.Predicate.Name == "deniedInvolvementIn" && r.add(top[j-1].Entity, st.Predicate.Name, st.Object, s.art.Index, 0.55) {
				r.byRule("speaker-denies")
			}
		}
	}
}

// reOpensResponse is a sentence opening with what it answers: "In
// response to", "In retaliation for", "After".
var reOpensResponse = regexp.MustCompile(`^\s*(?i:in response to|in retaliation for|after|following)(?:\s+(?:the|a|an))?\s+$`)

// reEndsResponse is the end of the words between an act and what it
// answers: "... to deploy to the Middle East after", "..., in retaliation
// for a".
var reEndsResponse = regexp.MustCompile(`\b(?:after|following|in response to|in retaliation for)(?:\s+(?:the|a|an))?\s+$`)

// responses reads the events a sentence states by verbs as answers to the
// event it opens with ("In response to the attack, Trump threatened Iran")
// or that follows them in their clause ("ordered troops to deploy after the
// attack"). ms are the sentence's mentions in order.
func (r *relations) responses(s sentence, ms []mention) {
	opening := ""
	if len(ms) > 0 && r.typeOf(ms[0].Entity) == "Event" && !ms[0].Verb && reOpensResponse.MatchString(s.art.Text[:ms[0].Start]) {
		opening = ms[0].Entity
	}
	for i, v := range ms {
		if !v.Verb {
			continue
		}
		if opening != "" && r.add(v.Entity, "responseTo", opening, s.art.Index, 0.6) {
			r.byRule("opens-response")
		}
		for _, n := range ms[i+1:] {
			if n.Start < v.End {
				continue // inside or across the verb's mention: nothing between them
			}
			gap := s.art.Text[v.End:n.Start]
			if strings.Contains(gap, ";") {
				break
			}
			// "stormed the embassy on Tuesday, in response to E": the
			// answer may follow a comma, nothing else may.
			last := gap[strings.LastIndex(gap, ",")+1:]
			if r.typeOf(n.Entity) == "Event" && !n.Verb && reEndsResponse.MatchString(gap) && (last == gap || reOpensResponse.MatchString(last)) && r.add(v.Entity, "responseTo", n.Entity, s.art.Index, 0.6) {
				r.byRule("after-event")
			}
		}
	}
}

// interestsIn reads "American interests in the Middle East": the country
// of the adjective has interests there. ms are the sentence's mentions in
// order.
func (r *relations) interestsIn(s sentence, ms []mention) {
	for i, d := range ms {
		if !r.demonym(d) || d.To+2 >= len(s.toks) || s.toks[d.To].Key != "interests" || s.toks[d.To+1].Key != "in" {
			continue
		}
		at := d.To + 2
		if s.toks[at].Key == "the" {
			at++
		}
		for _, p := range ms[i+1:] {
			if p.From == at && isAny(r.typeOf(p.Entity), placeTypes) && r.add(d.Entity, "hasInterestsIn", p.Entity, s.art.Index, 0.6) {
				r.byRule("interests-in")
			}
		}
	}
}

// withThey adds the mentions they gives, in order.
func (r *relations) withThey(s sentence, ms []mention) []mention {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	more := r.they(s, ms)
	if len(more) == 0 {
		return ms
	}
	ms = append(ms, more...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// pronounOpeners open a clause whose subject a pronoun may be: "wept as
// he led prayers", "said he had been briefed at".
var pronounOpeners = defaultRules.mustList("pronounOpeners")

// relativeSpeaker returns the person a "who said" before the pronoun
// at token k is set off after ("Lindsey Graham, who said he had been
// briefed"), or "".
func (r *relations) relativeSpeaker(s sentence, ms []mention, k int) string {
	if k < 3 || s.toks[k-2].Key != "who" || !s.toks[k-2].Break || !clauseVerbs[s.toks[k-1].Key] {
		return ""
	}
	for _, m := range ms {
		if m.To == k-2 && r.typeOf(m.Entity) == "Person" {
			return m.Entity
		}
	}
	return ""
}

// clausePronouns returns a mention of the person each "he" or "she"
// opening a clause inside the sentence stands for: the one person the
// sentence named before it. With two persons before it the pronoun is
// left unread ("Trump met Macron after he arrived").
func (r *relations) clausePronouns(s sentence, ms []mention) []mention {
	var out []mention
	for k := 1; k < len(s.toks); k++ {
		t := s.toks[k]
		if t.Cap || t.Key != "he" && t.Key != "she" {
			continue
		}
		o := openerBefore(s.toks, k) // "and he", "and on 24 January he"
		if o < 0 {
			continue
		}
		person := r.relativeSpeaker(s, ms, k) // "X, who said he": X
		if person == "" {
			person = r.onePersonBefore(ms, k)
		}
		if person == "" && s.toks[o].Break && (s.toks[o].Key == "and" || s.toks[o].Key == "but") {
			person = r.openingPerson(s, ms) // "X urged Y to act, and he called on Z": X
		}
		if person != "" {
			out = append(out, spanMention(s, person, k, k+1))
		}
	}
	return out
}

// maxTimeWords bounds a phrase of time between a clause's opener and
// its pronoun subject.
const maxTimeWords = 4

// openerBefore returns the token of the word that opens the clause of a
// pronoun at token k (pronounOpeners): the word right before it, or the
// one before a phrase of time set between them ("and on 24 January he",
// "but last week she", "and later he"); else -1.
func openerBefore(toks []token, k int) int {
	if pronounOpeners[toks[k-1].Key] {
		return k - 1
	}
	for o := k - 1; o > 0 && k-o <= maxTimeWords; o-- {
		t := toks[o]
		if t.Break || !(frontedOpeners[t.Key] || timeWords[t.Key] || months[t.Key] > 0 || isNumber(t) || phraseAdverbs[t.Key] || t.Key == "the") {
			return -1
		}
		if prev := toks[o-1].Key; (prev == "and" || prev == "but") && (frontedOpeners[t.Key] || phraseAdverbs[t.Key]) {
			return o - 1
		}
	}
	return -1
}

// openingPerson returns the person a sentence opens with as its subject,
// titles before the name at most ("Senator Chuck Schumer urged"), or "":
// a clause joined after a comma by "and" or "but" whose subject is "he"
// goes on with that subject, though the first clause named others.
func (r *relations) openingPerson(s sentence, ms []mention) string {
	first := -1
	for i, m := range ms {
		if first < 0 || m.From < ms[first].From {
			first = i
		}
	}
	if first < 0 || r.typeOf(ms[first].Entity) != "Person" {
		return ""
	}
	for _, t := range s.toks[:ms[first].From] {
		if t.Break || !(t.Cap || personTitles[t.Key] || titleModifiers[t.Key]) {
			return ""
		}
	}
	return ms[first].Entity
}

// onePersonBefore returns the one person the mentions before token k
// name, or "" when they name none or two.
func (r *relations) onePersonBefore(ms []mention, k int) string {
	person := ""
	for _, m := range ms {
		if m.To > k || r.typeOf(m.Entity) != "Person" || m.Entity == person {
			continue
		}
		if person != "" {
			return "" // two persons: no antecedent
		}
		person = m.Entity
	}
	return person
}

// maxSeriesWords bounds a series of verb phrases read for its last one.
const maxSeriesWords = 24

// seriesLast reads toks as a series of verb phrases of one subject
// ("vowed severe revenge against the criminals, declared three days of
// mourning and appointed"), each after a comma opening with its verb, the
// last after "and", and returns the index of the last verb, or -1. The
// series must be asserted (no negation, modal or reporting verb before
// its last verb) and keep to its clause (no clause word).
func seriesLast(text string, toks []token) int {
	k := 0
	for k < len(toks) && auxWords[toks[k].Key] && !modals[toks[k].Key] {
		k++
	}
	if k >= len(toks) || len(toks) > maxSeriesWords || toks[k].Break || toks[k].Cap || !verbLike(toks[k].Key) {
		return -1
	}
	last := -1
	for j := len(toks) - 2; j > k; j-- {
		if toks[j].Key == "and" && !toks[j+1].Cap && verbLike(toks[j+1].Key) && !auxWords[toks[j+1].Key] {
			last = j + 1
			break
		}
	}
	if last < 0 {
		return -1
	}
	for n := k + 1; n < last-1; n++ {
		t := toks[n]
		if negations[t.Key] || modals[t.Key] && t.Key != "to" || reportingVerbs[t.Key] && !objectOpener(toks, n) || clauseWords[t.Key] && !asComplement(toks, n) || pronouns[t.Key] && t.Key != "it" && t.Key != "them" {
			return -1
		}
		if t.Break && (text[toks[n-1].End:t.Start] != ", " || t.Cap || !verbLike(t.Key)) {
			return -1 // a comma that opens no verb phrase: another clause
		}
	}
	return last
}

// lastOfSeries returns the words between a subject and its object from
// the last verb of the subject's series of verb phrases ("vowed revenge,
// declared mourning and appointed": "appointed"), or all of them.
func lastOfSeries(between string) string {
	if toks := tokenize(between); len(toks) > 0 {
		if j := seriesLast(between, toks); j > 0 {
			return between[toks[j].Start:]
		}
	}
	return between
}

// asComplement reports whether "as" at n says what an object was taken
// for ("described the strikes as proportionate"), not a clause ("as he
// spoke").
func asComplement(toks []token, n int) bool {
	return toks[n].Key == "as" && n+1 < len(toks) && !toks[n+1].Cap && !pronouns[toks[n+1].Key] && !toks[n+1].Break
}

// seriesClaim returns the token of the reporting verb that ends a
// series of verb phrases starting at token k ("called it a weak
// response and demanded that", "described the strikes as proportionate
// and said that"), or k.
func seriesClaim(text string, toks []token, k int) int {
	for j := k + 1; j+1 < len(toks) && j < k+maxSeriesWords; j++ {
		if toks[j].Key != "and" || !clauseVerbs[toks[j+1].Key] && !thatClause(toks, j+1) {
			continue
		}
		if seriesLast(text, toks[k:j+2]) == j+1-k {
			return j + 1
		}
		return k
	}
	return k
}

// objectOpener reports whether the reporting verb at n takes an object,
// not a clause: "declared three days of mourning", "declared mourning",
// "announced new sanctions" (what it says is no clause with a subject of
// its own).
func objectOpener(toks []token, n int) bool {
	if n+1 >= len(toks) || clauseVerbs[toks[n].Key] && toks[n].Key != "declared" {
		return false
	}
	next := toks[n+1]
	return !next.Break && !next.Cap && (isNumber(next) || next.Key == "a" || next.Key == "an" || plainNoun(next))
}

// descriptionOpeners open a description set off after a sentence's
// subject, and the further parts set off inside it: ", the longtime
// deputy whom ...", ", who ...", ", which governs ...".
var descriptionOpeners = defaultRules.mustList("descriptionOpeners")

// maxDescriptionWords bounds a description read past to its subject's
// verb.
const maxDescriptionWords = 30

// subjectPastDescription reads the verb of a clause's subject past a
// description set off after it that names others, holds a clause of its
// own or a capital ("a Kurd whose office is largely ceremonial"), which
// the rules beside a name do not read past: in "Esmail
// Qaani, the deputy whom Khamenei named to lead the Quds Force, has held
// meetings with militia leaders in Baghdad" Qaani "held meetings with
// militia leaders in" Baghdad; in "..., where Ismail Haniyeh, the leader
// of Hamas, which governs Gaza, praised Soleimani" Haniyeh praised
// Soleimani. The subject opens its clause (clauseSubject); each part of
// the description opens with an article, a possessive or a relative word
// after a comma, and the part after the last comma opens with a verb; the
// verb's object is the first name after it, in its clause. top are the
// sentence's outermost mentions, nationality adjectives left out.
func (r *relations) subjectPastDescription(s sentence, top []mention, idx int) {
	for i := 0; i+1 < len(top); i++ {
		if r.clauseSubject(s, top, i) {
			r.pastDescription(s, top[i:], idx)
		}
	}
}

// clauseOpeners open a clause whose subject follows them at once.
var clauseOpeners = defaultRules.mustList("clauseOpeners")

// frontedOpeners open a phrase set before a sentence's subject: "In
// Karbala,", "On Friday,", "Later,".
var frontedOpeners = defaultRules.mustList("frontedOpeners")

// timeUnits measure the time a phrase set before a sentence's subject
// counts from an event: "Hours after the strike,", "Two days later,".
var timeUnits = defaultRules.mustList("timeUnits")

// timeFronted reports whether a sentence opens with an amount of time
// before or after something: "Hours after the missile attack,", "A day
// later,", "Minutes before the crash,".
func timeFronted(toks []token) bool {
	for k := 0; k < 2 && k+1 < len(toks); k++ {
		if timeUnits[toks[k].Key] {
			next := toks[k+1].Key
			return next == "after" || next == "before" || next == "later" || next == "earlier"
		}
		if !isNumber(toks[k]) && toks[k].Key != "a" {
			return false
		}
	}
	return false
}

// clauseSubject reports whether top[i] can act and opens its clause: the
// sentence (titles before it at most), a clause after a relative or subordinating word ("where"), or
// the sentence after a phrase set before it with a comma ("In Karbala,").
func (r *relations) clauseSubject(s sentence, top []mention, i int) bool {
	return schema.IsA(r.typeOf(top[i].Entity), "Agent") && !r.demonym(top[i]) && r.leadsClause(s, top, i)
}

// leadsClause reports whether top[i] opens its clause, whatever it
// names (clauseSubject).
func (r *relations) leadsClause(s sentence, top []mention, i int) bool {
	m, toks := top[i], s.toks
	if m.From == 0 || r.titlesOnly(s, top, 0, i) || clauseOpeners[toks[m.From-1].Key] {
		return true // "Kurdistan Region Prime Minister Masrour Barzani chaired"
	}
	if d := datelineEnd(s.art.Text); d > 0 && d <= m.Start && toks[m.From-1].End < d && strings.TrimSpace(s.art.Text[d:m.Start]) == "" {
		return true // "BAGHDAD (Reuters) - Kataib Hezbollah vowed": the dateline opens no clause
	}
	if prev := toks[m.From-1]; (prev.Key == "and" || prev.Key == "but") && prev.Break && commaBefore(s, m.From-1) {
		return true // "..., and he called on"
	}
	if t := frontedTime(toks); t > 0 && t <= m.From && r.titlesOnly(s, top, t, i) {
		return true // "The next day Grand Ayatollah Ali al-Sistani urged"
	}
	if !frontedOpeners[toks[0].Key] && !timeFronted(toks) {
		return false
	}
	for k := 1; k <= m.From; k++ {
		if toks[k].Break {
			// "In Beirut, Hezbollah leader Hassan Nasrallah": titles
			// may stand between the phrase's comma and the name.
			comma := strings.TrimSpace(s.art.Text[toks[k-1].End:toks[k].Start]) == ","
			return comma && (k == m.From || (toks[k].Cap || personTitles[toks[k].Key] || titleModifiers[toks[k].Key]) && r.titlesOnly(s, top, k+1, i))
		}
		// "strike" in "Hours after the missile strike," is no verb.
		if verbLike(toks[k].Key) && pastForm(toks[k].Key) && !toks[k].Cap {
			return false // a clause of its own
		}
	}
	return false
}

// pastDescription reads the verb of top[0], a clause's subject, past the
// description set off after it (subjectPastDescription).
func (r *relations) pastDescription(s sentence, top []mention, idx int) {
	subj, toks := top[0], s.toks
	v, named := r.describedVerb(s, top)
	if v < 0 || !named && reAppositive.MatchString(s.art.Text[subj.End:toks[v].Start]) {
		return
	}
	for j, obj := range top {
		if j == 0 || obj.From < v {
			continue
		}
		between := s.art.Text[toks[v].Start:obj.Start]
		if strings.ContainsAny(between, ",;:()\"“”—–") || r.demonym(obj) || obj.To < len(toks) && (toks[obj.To].Hyph || toks[obj.To-1].Poss) || r.ownerOfNoun(s, obj) {
			return // the clause ends first, or the name only qualifies the object
		}
		if !r.said[[3]string{subj.Entity, obj.Entity, itoa(idx)}] {
			r.verbOrOpenAll(s, top, j, subj, " "+between, idx, "subject-past-description")
		}
		return
	}
}

// bracketedName reports whether token j is one capitalised word alone in
// brackets, a short name repeating the one before it ("(PUK)", "(Unami)"),
// with a token after the closing bracket.
func bracketedName(s sentence, j int) bool {
	toks := s.toks
	return toks[j].Cap && j+1 < len(toks) && toks[j+1].Break && strings.HasPrefix(strings.TrimSpace(s.art.Text[toks[j].End:toks[j+1].Start]), ")")
}

// describedVerb returns the token of the verb that follows the
// description set off after a sentence's subject (subjectPastDescription),
// or -1, and whether the description names anyone (else the rules beside
// the subject read past it already: withoutAppositive).
func (r *relations) describedVerb(s sentence, top []mention) (int, bool) {
	toks, subj := s.toks, top[0]
	k := subj.To
	if k >= len(toks) || !descriptionOpeners[toks[k].Key] || strings.TrimSpace(s.art.Text[subj.End:toks[k].Start]) != "," {
		return -1, false
	}
	for j := k + 1; j < len(toks) && j-k <= maxDescriptionWords; j++ {
		if !toks[j].Break {
			continue
		}
		gap := strings.TrimSpace(s.art.Text[toks[j-1].End:toks[j].Start])
		if toks[j-1].Poss && possessiveGap(gap) {
			continue // "Iran's Supreme Leader"
		}
		if gap == "(" && bracketedName(s, j) {
			// "the leader of the Badr Organization (Badr), met": the short
			// name in brackets only repeats the one before it.
			j++
			if gap = strings.TrimSpace(strings.TrimSpace(s.art.Text[toks[j-1].End:toks[j].Start])[1:]); gap == "" {
				continue
			}
		}
		if gap != "," {
			return -1, false // a quote, a dash, the sentence's end: no plain description
		}
		if descriptionOpeners[toks[j].Key] {
			continue // another part of the description: ", which governs"
		}
		v := j
		for v < len(toks) && (auxWords[toks[v].Key] && !modals[toks[v].Key] || phraseAdverbs[toks[v].Key]) && (v == j || !toks[v].Break) {
			v++
		}
		// "was travelling in a convoy with": an act under way.
		if v >= len(toks) || toks[v].Cap || v > j && toks[v].Break || !verbLike(toks[v].Key) && !(v > j && beWords[toks[v-1].Key] && progressive(toks[v])) || negatedBefore(toks, v) {
			return -1, false
		}
		named := false
		for _, m := range top[1:] {
			named = named || m.From > k && m.To <= j
		}
		return j, named
	}
	return -1, false
}

// whomClause reads a relative clause whose relative word is its verb's
// object: in "Esmail Qaani, the deputy whom Supreme Leader Ali Khamenei
// named to lead the Quds Force" Khamenei named Qaani. The clause's
// subject is the name after "whom", titles and an owner before it; the
// one it speaks of is the name before "whom", a description between them
// at most. top are the sentence's outermost mentions.
func (r *relations) whomClause(s sentence, top []mention, idx int) {
	for i := 1; i < len(top); i++ {
		x, v, ok := r.whomSubject(s, top, i)
		if !ok || r.said[[3]string{top[i].Entity, top[x].Entity, itoa(idx)}] {
			continue
		}
		if r.verbOrOpen(top[i], top[x], " "+s.toks[v].Text+" ", idx) {
			r.byRule("whom-clause")
		}
	}
}

// whomSubject reports whether top[i] is the subject of a "whom" clause
// (whomClause), with the index of the mention the clause speaks of and
// the token of the clause's verb.
func (r *relations) whomSubject(s sentence, top []mention, i int) (int, int, bool) {
	toks, m := s.toks, top[i]
	if !schema.IsA(r.typeOf(m.Entity), "Agent") || r.demonym(m) {
		return 0, 0, false
	}
	w := m.From - 1
	for w >= 0 && toks[w].Key != "whom" && (toks[w].Cap || toks[w].Poss || personTitles[toks[w].Key] || titleModifiers[toks[w].Key] || roleWords[toks[w].Key]) && (!toks[w+1].Break || toks[w].Poss) {
		w--
	}
	if w < 1 || toks[w].Key != "whom" || w+1 < m.From && toks[w+1].Break {
		return 0, 0, false
	}
	x := -1
	for k := i - 1; k >= 0; k-- {
		if top[k].To <= w {
			x = k
			break
		}
	}
	if x < 0 || !r.describedBefore(s, top[x], w) {
		return 0, 0, false
	}
	v := m.To
	for v < len(toks) && auxWords[toks[v].Key] && !modals[toks[v].Key] && !toks[v].Break {
		v++
	}
	if v >= len(toks) || toks[v].Break || toks[v].Cap || !verbLike(toks[v].Key) || clauseVerbs[toks[v].Key] || negatedBefore(toks, v) {
		return 0, 0, false
	}
	return x, v, true
}

// describedBefore reports whether the words from mention x to the
// relative word at token w are nothing or a description set off after
// x: "Qaani, whom", "Qaani, the longtime deputy whom".
func (r *relations) describedBefore(s sentence, x mention, w int) bool {
	gap := strings.TrimSpace(s.art.Text[x.End:s.toks[w].Start])
	if gap == "," || gap == "" {
		return true
	}
	toks := tokenize(gap)
	if !strings.HasPrefix(gap, ",") || len(toks) > 5 || !determiners[toks[0].Key] {
		return false
	}
	for _, t := range toks[1:] {
		if t.Break || t.Cap || verbLike(t.Key) {
			return false
		}
	}
	return true
}

// whomPurpose reports whether top[i] is the subject of a "whom" clause
// whose verb takes the one it speaks of and a purpose ("whom Khamenei
// named to lead the Quds Force"): what follows is that one's task, not
// something the subject did to the name after it.
func (r *relations) whomPurpose(s sentence, top []mention, i int) bool {
	_, v, ok := r.whomSubject(s, top, i)
	return ok && v+1 < len(s.toks) && s.toks[v+1].Key == "to" && !s.toks[v+1].Break
}

// clauseEnders end the clause of a subject's first verb phrase: what
// follows them has a subject of its own ("X met Y, who arrived and
// said"), or is said, not done.
var clauseEnders = defaultRules.mustList("clauseEnders")

// sharedSubject reads a second verb phrase of a clause's subject, joined
// by "and" past names of the first: in "Masrour Barzani chaired a meeting
// in Erbil and urged Baghdad to keep out" Barzani urged Baghdad; in "Mike
// Pompeo met Adel Abdul Mahdi in Baghdad and later flew to Erbil" Pompeo
// "flew to" Erbil. The subject opens its clause (clauseSubject) and its
// verb follows it, or the description set off after it; the first
// phrase holds no clause of its own, negation, modal or reporting verb;
// the second phrase's object is the first name after its verb, in its
// clause. top are the sentence's outermost mentions, nationality
// adjectives left out.
func (r *relations) sharedSubject(s sentence, top []mention, idx int) {
	for i := 0; i+1 < len(top); i++ {
		if !r.clauseSubject(s, top, i) {
			continue
		}
		first, directive := r.subjectVerb(s, top[i:]), false
		if first < 0 {
			first, directive = r.directiveVerb(s, top, i), true
		}
		if first < 0 {
			continue
		}
		for _, v := range andVerbs(s.toks, first) {
			if (!directive || pastForm(s.toks[v].Key)) && !participleOfOther(s.toks, first, v) {
				r.secondVerb(s, top, top[i], v, idx)
			}
		}
	}
}

// participleOfOther reports whether the verb at v, after "and", is a
// bare passive participle ("funded by") while the subject's own verb at
// first is active: it describes a name in between, not the subject. In
// "Nasrallah has led Hezbollah, a group armed and funded by Iran" Iran
// funds Hezbollah, not Nasrallah; "was targeted and killed by a drone"
// is the subject's.
func participleOfOther(toks []token, first, v int) bool {
	return v+1 < len(toks) && toks[v+1].Key == "by" && !passiveAt(toks, first)
}

// subjectVerb returns the token of the verb of top[0], a clause's
// subject: right after it (auxiliaries and adverbs aside) or after the
// description set off after it; or -1.
func (r *relations) subjectVerb(s sentence, top []mention) int {
	toks := s.toks
	v := top[0].To
	if v < len(toks) && toks[v].Break {
		d, _ := r.describedVerb(s, top)
		if d < 0 {
			return -1
		}
		v = d
	}
	for v < len(toks) && (auxWords[toks[v].Key] && !modals[toks[v].Key] || phraseAdverbs[toks[v].Key]) {
		v++
	}
	if v >= len(toks) || toks[v].Cap || !verbLike(toks[v].Key) || clauseVerbs[toks[v].Key] || reportingVerbs[toks[v].Key] || negatedBefore(toks, v) {
		return -1
	}
	return v
}

// directiveVerbs report speech, but ask for an act when a name and "to"
// follow them: "asked NATO to", "told the militias to".
var directiveVerbs = defaultRules.mustList("directiveVerbs")

// directiveVerb returns the token of the verb of top[i], a clause's
// subject, when it is a directive to the name right after it (titles
// aside) followed by "to": "Trump asked NATO to become more involved and
// urged Britain to" (sharedSubject); or -1.
func (r *relations) directiveVerb(s sentence, top []mention, i int) int {
	toks := s.toks
	v := skipAdverbs(toks, top[i].To)
	if i+1 >= len(top) || v >= len(toks) || toks[v].Break || !directiveVerbs[toks[v].Key] || negatedBefore(toks, v) || !r.titlesOnly(s, top, v+1, i+1) {
		return -1
	}
	if to := top[i+1].To; to >= len(toks) || toks[to].Key != "to" || toks[to].Break {
		return -1
	}
	return v
}

// pastForm reports whether a verb is in the past tense, not a bare
// infinitive: after "asked X to become ... and", "urged" is the
// subject's second act, "urge" would be X's task.
func pastForm(k string) bool {
	return strings.HasSuffix(k, "ed") || irregularVerbs[k]
}

// andVerbs returns the tokens of the verbs that open a verb phrase after
// "and" in the clause of the verb at token first ("and later flew"),
// until something ends that clause (clauseEnders, negation, modal,
// reporting verb); the verb after "and" may report ("and warned the
// United States"): the verb lexicon reads it.
func andVerbs(toks []token, first int) []int {
	var out []int
	for a := first + 1; a+1 < len(toks); a++ {
		t := toks[a]
		if clauseEnders[t.Key] || negations[t.Key] || modals[t.Key] && t.Key != "to" || reportingVerbs[t.Key] || clauseVerbs[t.Key] {
			break
		}
		if t.Key != "and" {
			continue
		}
		v := a + 1
		for v < len(toks) && phraseAdverbs[toks[v].Key] && !toks[v].Break {
			v++
		}
		if v < len(toks) && !toks[v].Cap && !toks[v].Break && verbLike(toks[v].Key) {
			out = append(out, v)
		}
	}
	return out
}

// secondVerb links subj to the first name after the verb at token v, in
// its clause, by the verb phrase between them (sharedSubject).
func (r *relations) secondVerb(s sentence, top []mention, subj mention, v, idx int) {
	r.verbToObject(s, top, subj, v, s.toks[v].Text, false, idx, "shared-subject")
}

// verbToObject links subj to the first name after the verb at token v,
// in its clause, by verb (the word at v, or the past tense it stands
// for) and the words between them, noted as made by rule. pastOwner
// reads past a place that owns the name ("Tehran's airport"); else a
// possessive ends the search ("and trained by Iran's Guards": who
// trained whom is no longer the subject's act).
func (r *relations) verbToObject(s sentence, top []mention, subj mention, v int, verb string, pastOwner bool, idx int, rule string) {
	toks := s.toks
	owner := ""
	for j, obj := range top {
		if obj.From <= v {
			continue
		}
		if pastOwner && j+1 < len(top) && toks[obj.To-1].Poss && top[j+1].From == obj.To && owner == "" && isAny(r.typeOf(obj.Entity), placeTypes) {
			owner = s.art.Text[obj.Start:top[j+1].Start] // "taking off from Tehran's Imam Khomeini airport": the airport
			continue
		}
		between := verb + strings.Replace(s.art.Text[toks[v].End:obj.Start], owner, "", 1)
		if strings.ContainsAny(between, ",;:()\"“”—–") || r.demonym(obj) || obj.Entity == subj.Entity || obj.To < len(toks) && (toks[obj.To].Hyph || toks[obj.To-1].Poss) || r.ownerOfNoun(s, obj) {
			return
		}
		if !r.said[[3]string{subj.Entity, obj.Entity, itoa(s.art.Index)}] {
			r.verbOrOpenAll(s, top, j, subj, " "+between, idx, rule)
		}
		return
	}
}

// objectBeforeAndVerb reports whether the words between top[k], the
// object of a verb, and the name after top[i] hold a verb phrase joined
// by "and": "praised Soleimani in a speech and warned the United States"
// warned as the sentence's subject did, not Soleimani (sharedSubject).
func objectBeforeAndVerb(s sentence, top []mention, k, i int) bool {
	w := wordBefore(s, top[k])
	if i+1 >= len(top) || w < 0 || auxWords[s.toks[w].Key] || reportingVerbs[s.toks[w].Key] || clauseVerbs[s.toks[w].Key] {
		return false // "said Soleimani trained militias and armed Hezbollah": the subject of both
	}
	if !verbLike(s.toks[w].Key) && (w == 0 || !modals[s.toks[w-1].Key] || s.toks[w].Cap) {
		return false // "would praise Soleimani and warn"
	}
	for _, v := range andVerbs(s.toks, top[i].To-1) {
		if v < top[i+1].From {
			return true
		}
	}
	return false
}

// subjectPronoun returns a mention of lastPerson, the person the last
// sentence naming one named first, for a "He" or "She" that opens the
// sentence, or that follows a phrase set before the subject
// (frontedPronoun), or nothing.
func (r *relations) subjectPronoun(s sentence, ms []mention, lastPerson string) []mention {
	if len(s.toks) == 0 || s.art.Index == 0 || lastPerson == "" {
		return nil
	}
	if (s.toks[0].Key == "he" || s.toks[0].Key == "she") && s.toks[0].Cap {
		return []mention{spanMention(s, lastPerson, 0, 1)}
	}
	if k := r.frontedPronoun(s, ms); k > 0 {
		return []mention{spanMention(s, lastPerson, k, k+1)} // "In December he refused"
	}
	return nil
}

// frontedPronoun returns the token of a "he" or "she" that is the
// sentence's subject after a phrase set before it ("In December he
// refused to name X", "On Wednesday, she flew to Erbil"), or -1: the
// phrase opens with a preposition or adverb of time or place
// (frontedOpeners), holds no verb and names no person, and a verb
// follows the pronoun. The person it stands for is the one the sentence
// before named first, as for a sentence that opens with "He".
func (r *relations) frontedPronoun(s sentence, ms []mention) int {
	toks := s.toks
	if len(toks) < 3 || !frontedOpeners[toks[0].Key] || !toks[0].Cap {
		return -1
	}
	for k := 1; k+1 < len(toks) && k <= 8; k++ {
		t := toks[k]
		if t.Key == "he" || t.Key == "she" {
			v := k + 1
			for v < len(toks) && (auxWords[toks[v].Key] && !modals[toks[v].Key] || phraseAdverbs[toks[v].Key]) && !toks[v].Break {
				v++
			}
			if t.Cap || v >= len(toks) || toks[v].Break || !verbLike(toks[v].Key) || r.onePersonBefore(ms, k) != "" {
				return -1
			}
			return k
		}
		if !t.Cap && verbLike(t.Key) || pronouns[t.Key] || t.Break && k > 1 && strings.TrimSpace(s.art.Text[toks[k-1].End:t.Start]) != "," {
			return -1
		}
	}
	return -1
}
