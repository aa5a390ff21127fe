package extract

import (
	"regexp"
	"sort"
	"strings"
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
	r.attackEvents(s.art.Index, from, aa)
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
var pronounOpeners = set("as", "after", "when", "while", "before", "because", "since", "and", "but", "although", "though", "until", "once", "that", "said", "says", "added")

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
		if t.Cap || t.Key != "he" && t.Key != "she" || !pronounOpeners[s.toks[k-1].Key] {
			continue
		}
		person := r.relativeSpeaker(s, ms, k) // "X, who said he": X
		if person == "" {
			person = r.onePersonBefore(ms, k)
		}
		if person != "" {
			out = append(out, spanMention(s, person, k, k+1))
		}
	}
	return out
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
