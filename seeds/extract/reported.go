package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Reported speech: in "Pompeo said the United States would not leave
// Iraq" the speaker links to everything the reported clause names, and
// the link is the speaker's word ("said that"), never the clause's fact:
// what the clause states between its own mentions stays the speaker's
// claim (the sentence's source). The one told ("told the committee
// that") is linked by "told".

// reportedLink is the open relation of a speaker to what the reported
// clause names; toldLink that of a speaker to the one told.
var (
	reportedLink = mustOpen("said that")
	toldLink     = mustOpen("told")
)

func mustOpen(phrase string) schema.Predicate {
	p, ok := schema.OpenRelation(phrase)
	if !ok {
		panic("extract: no open relation " + phrase)
	}
	return p
}

// tellVerbs take the one told as their object before the clause.
var tellVerbs = defaultRules.mustList("tellVerbs")

// clauseVerbs are the reporting verbs a reported clause follows; others
// ("announced sanctions", "asked X to") take an object.
var clauseVerbs = defaultRules.mustList("clauseVerbs")

// clauseLinks states the open relations read last in a sentence, where
// nothing else said how two names are linked: roles set off beside a
// name, and what a speaker's reported clause names. ms are the sentence's
// mentions.
func (r *relations) clauseLinks(s sentence, ms []mention) {
	top, _ := outermost(withoutVerbs(ms))
	spoken := r.withoutAdjectives(s, top)
	r.apposedRoles(s, spoken, s.art.Index)
	r.roleShapes(s, spoken, s.art.Index)
	r.apposedPhrases(s, spoken, ms, s.art.Index)
	r.pronounOwned(s, spoken, s.art.Index)
	r.ownersThings(s, top, s.art.Index)
	r.ownersActs(s, spoken, s.art.Index)
	r.ownersSubjects(s, top, s.art.Index)
	r.describedWho(s, spoken, s.art.Index)
	r.describedObject(s, spoken, s.art.Index)
	r.relativeObjectClause(s, spoken, s.art.Index)
	r.mutualLinks(s, spoken, s.art.Index)
	r.namedObject(s, top, s.art.Index)
	r.exchangeWith(s, spoken, s.art.Index)
	r.actPlace(s, spoken, s.art.Index)
	r.passivePlaced(s, spoken, s.art.Index)
	r.jointSubjects(s, spoken, s.art.Index)
	r.participleClause(s, spoken, s.art.Index)
	r.demonymOwned(s, top, s.art.Index)
	r.whereClause(s, spoken, s.art.Index)
	r.frontedParticiple(s, spoken, s.art.Index)
	r.subordinateParticiple(s, spoken, s.art.Index)
	r.eventPlace(s, top, s.art.Index)
	r.eventTrail(s, top, s.art.Index)
	r.conjoinedVerbs(s, spoken)
	r.routes(s, spoken, s.art.Index)
	r.reported(s, top, spoken)
	r.sayingClause(s, top)
}

// reported links each speaker of a sentence to what its reported clause
// names: "X said (that) ..." (the clause follows the verb) and "...,
// X said" (the clause comes first). top are the sentence's outermost
// mentions, spoken those of them that can speak.
func (r *relations) reported(s sentence, top, spoken []mention) {
	toks, idx := s.toks, s.art.Index
	for i, m := range spoken {
		speaker := r.subjectOf(s, spoken, i)
		k := seriesClaim(s.art.Text, toks, skipAdverbs(toks, m.To)) // "described X as Y and said that"
		if j := pastRelative(toks, k); j > k && speaker == "" && r.typeOf(m.Entity) == "Person" {
			speaker, k = m.Entity, seriesClaim(s.art.Text, toks, j) // "X, who leads the largest bloc, said"
		} else if j := pastParticiple(s, k); j > k && speaker == "" && opensPhrase(toks, m) {
			speaker, k = m.Entity, j // "X, speaking from the White House on Wednesday, said"
		}
		relative := speaker == "" && relativeSays(toks, k) && r.typeOf(m.Entity) == "Person"
		if relative {
			speaker, k = m.Entity, k+1 // "X, who told the chamber that": X's word, to the clause's comma
		}
		if speaker == "" || k >= len(toks) || !clauseVerbs[toks[k].Key] && !thatClause(toks, k) && !thatPastCircumstances(toks, k) || !schema.IsA(r.typeOf(speaker), "Agent") || objectOpener(toks, k) {
			continue // "declared three days of mourning": an object, no clause
		}
		if at, ok := afterComma(toks, m); ok && clauseEnds(toks, k+1) {
			// "..., House Speaker Nancy Pelosi said in a statement.": the
			// clause came first.
			r.sayOf(speaker, top, 0, toks[at].Start, idx)
			continue
		}
		from := k + 1
		if from < len(toks) && toks[from].Key == "to" && !toks[from].Break {
			from++ // "wrote to the Security Council that": the one addressed, then maybe a clause
		}
		if tellVerbs[toks[k].Key] || from > k+1 {
			if from = r.told(s, speaker, top, from); from < 0 {
				continue // "warned Iraqi forces to stay away": an order, no clause
			}
		} else if past := pastCircumstances(toks, from); past > from {
			r.spokeFrom(s, speaker, top, k, past-1)
			from = past
		}
		end := len(s.art.Text)
		if e := clauseBreak(s, from); e >= 0 {
			end = e
		}
		if e := nextComma(s, from); relative && e >= 0 && e < end {
			end = e // "X, who said that A, demanded B": B is no part of what X said
		}
		start := len(s.art.Text)
		if from < len(toks) {
			start = toks[from].Start
		}
		r.sayOf(speaker, top, start, end, idx)
	}
}

// relativeSays reports whether token k opens a relative clause set off
// after a name whose verb reports: ", who said", ", who told".
func relativeSays(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].Key == "who" && toks[k].Break && !toks[k+1].Break && clauseVerbs[toks[k+1].Key]
}

// nextComma returns the byte offset of the first comma after token
// from, or -1.
func nextComma(s sentence, from int) int {
	for k := from + 1; k < len(s.toks); k++ {
		if strings.Contains(s.art.Text[s.toks[k-1].End:s.toks[k].Start], ",") {
			return s.toks[k-1].End
		}
	}
	return -1
}

// reportingParticiples report, after a comma, what the subject of the
// clause before them says: ", saying Soleimani had been plotting", ",
// arguing that Iraq must not".
var reportingParticiples = defaultRules.mustList("reportingParticiples")

// sayingClause links the sentence's subject to what a reporting
// participle set off after its clause reports: in "Mark Esper defended
// the strike, saying Qassem Soleimani had been plotting attacks" Esper
// "said that" of Soleimani. The subject is the one participleSpeaker
// finds; what the participle reports runs from it ("that" aside) to the
// clause's end (clauseBreak). top are the sentence's outermost mentions.
func (r *relations) sayingClause(s sentence, top []mention) {
	toks := s.toks
	speaker := r.participleSpeaker(s, top)
	if speaker == "" || !schema.IsA(r.typeOf(speaker), "Agent") {
		return
	}
	for k := 1; k+1 < len(toks); k++ {
		if !reportingParticiples[toks[k].Key] || toks[k].Cap || !commaAlone(s, k) {
			continue
		}
		from := k + 1
		if toks[from].Key == "that" && from+1 < len(toks) {
			from++
		}
		end := len(s.art.Text)
		if e := clauseBreak(s, from); e >= 0 {
			end = e
		}
		r.sayOf(speaker, top, toks[from].Start, end, s.art.Index)
		return
	}
}

// circumstanceOpeners open what a reporting verb may take between itself
// and "that": where, when and through what the speaker spoke ("said in an
// address from the White House that", "said on state television that").
var circumstanceOpeners = defaultRules.mustList("circumstanceOpeners")

// maxCircumstanceWords bounds the circumstances read past to "that".
const maxCircumstanceWords = 12

// pastCircumstances returns the token after "that" when the circumstances
// of saying open at token k and "that" ends them with no comma between,
// or k: the reported clause is about what follows "that", never about the
// place or the medium the speaker spoke from. A possessive's break is no
// comma ("vowed after Soleimani's killing that").
func pastCircumstances(toks []token, k int) int {
	if k >= len(toks) || toks[k].Break || !circumstanceOpeners[toks[k].Key] {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+maxCircumstanceWords && (!toks[j].Break || toks[j-1].Poss); j++ {
		if toks[j].Key == "that" {
			return j + 1
		}
	}
	return k
}

// spokeFrom links the speaker to the places and outlets the circumstances
// of saying name, between the reporting verb at token verb and "that" at
// token that, by the words that say how ("said in an address from"),
// unless a rule already said how ("presentAt", "communicatedVia").
func (r *relations) spokeFrom(s sentence, speaker string, top []mention, verb, that int) {
	toks, idx := s.toks, s.art.Index
	for _, m := range top {
		if m.From <= verb || m.To > that || m.Entity == speaker || toks[m.To-1].Poss || r.said[[3]string{speaker, m.Entity, itoa(idx)}] {
			continue // "vowed after Soleimani's killing that": the killing is when, not Soleimani
		}
		words := make([]string, 0, m.From-verb)
		for k := verb; k < m.From; k++ {
			words = append(words, toks[k].Key)
		}
		if n := len(words); determiners[words[n-1]] {
			words = words[:n-1] // "from the White House": the article is the name's
		}
		if p, ok := schema.OpenRelation(strings.Join(words, " ")); ok && r.addPredicate(speaker, p, m.Entity, idx, 0.45) {
			r.byRule("spoke-from")
		}
	}
}

// maxRelativeWords bounds a relative clause read past to its name's verb.
const maxRelativeWords = 12

// pastRelative returns the token after a relative clause set off by
// commas that opens at token k (", who leads the largest bloc," ",
// whose bloc won the most seats,"), when a reporting verb follows it,
// or k. The clause must have no reporting verb of its own.
func pastRelative(toks []token, k int) int {
	if k >= len(toks) || toks[k].Key != "who" && toks[k].Key != "whose" || !toks[k].Break {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+maxRelativeWords; j++ {
		if clauseVerbs[toks[j].Key] && !toks[j].Break {
			return k // "X, who said": the clause's own
		}
		if toks[j].Break {
			if clauseVerbs[toks[j].Key] || thatClause(toks, j) {
				return j
			}
			return k
		}
	}
	return k
}

// pastParticiple returns the token after a participle phrase set off by
// commas that opens at token k (", speaking from the White House on
// Wednesday,"), when a reporting verb follows it, or k. The phrase must
// report nothing itself (", saying" is read by sayingClause).
func pastParticiple(s sentence, k int) int {
	toks := s.toks
	if k >= len(toks) || !commaAlone(s, k) || !participle(toks[k], k) || reportingParticiples[toks[k].Key] {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+maxRelativeWords; j++ {
		if toks[j].Break {
			if commaAlone(s, j) && (clauseVerbs[toks[j].Key] || thatClause(toks, j)) {
				return j
			}
			return k
		}
		if isClaimVerb(toks[j].Key) {
			return k
		}
	}
	return k
}

// opensPhrase reports whether mention m, its title included, opens the
// sentence or follows a comma: a subject, not the object of the verb
// before it ("praised X, citing the truce,").
func opensPhrase(toks []token, m mention) bool {
	k, ok := afterComma(toks, m)
	return ok || k == 0
}

// thatPastCircumstances reports whether a claim verb at token k reaches
// "that" past the circumstances of saying: "vowed after the funeral on
// Friday that".
func thatPastCircumstances(toks []token, k int) bool {
	return isClaimVerb(toks[k].Key) && pastCircumstances(toks, k+1) > k+1
}

// thatClause reports whether a claim verb at token k opens a reported
// clause with "that": "Iran admitted that", "the Pentagon confirmed
// that".
func thatClause(toks []token, k int) bool {
	return isClaimVerb(toks[k].Key) && k+1 < len(toks) && toks[k+1].Key == "that" && !toks[k+1].Break
}

// maxToldWords bounds the words between a telling verb and "that": the
// one told and a description set off after the name.
const maxToldWords = 12

// told links the speaker to the one told, a mention right after the verb
// ("told the Senate Armed Services Committee that"), a description set
// off after it at most ("told Dominic Raab, the British foreign
// secretary, that"), and returns the token the reported clause starts
// at, or -1 if "that" opens none.
func (r *relations) told(s sentence, speaker string, top []mention, from int) int {
	toks := s.toks
	k := from
	for k < len(toks) && k < from+maxToldWords && toks[k].Key != "that" && (!toks[k].Break || commaAlone(s, k)) {
		k++
	}
	if k >= len(toks) || toks[k].Key != "that" || toks[k].Break && !commaAlone(s, k) {
		return -1
	}
	first := from
	if first < len(toks) && toks[first].Key == "the" {
		first++
	}
	for _, m := range top {
		if m.From == first && (m.To == k && !toks[k].Break || setOffBetween(s, m.To, k)) && r.typeOf(m.Entity) != "MediaOutlet" && schema.IsA(r.typeOf(m.Entity), "Agent") && r.addPredicate(speaker, toldLink, m.Entity, s.art.Index, 0.45) {
			r.byRule("told")
		}
	}
	return k + 1
}

// commaAlone reports whether a comma alone parts token k from the one
// before it.
func commaAlone(s sentence, k int) bool {
	return k > 0 && strings.TrimSpace(s.art.Text[s.toks[k-1].End:s.toks[k].Start]) == ","
}

// setOffBetween reports whether the tokens from a to k are a description
// set off by commas, opening with an article or a possessive and holding
// no verb and no other comma: ", the British foreign secretary,".
func setOffBetween(s sentence, a, k int) bool {
	toks := s.toks
	if a >= k || !commaAlone(s, a) || !commaAlone(s, k) || !determiners[toks[a].Key] {
		return false
	}
	for _, t := range toks[a+1 : k] {
		if t.Break || verbLike(t.Key) && !roleWords[t.Key] {
			return false
		}
	}
	return true
}

// sayOf links the speaker to the mentions between byte offsets start and
// end that nothing else in the sentence links it to.
func (r *relations) sayOf(speaker string, top []mention, start, end, idx int) {
	for _, m := range top {
		if m.Start < start || m.End > end || m.Entity == speaker || r.said[[3]string{speaker, m.Entity, itoa(idx)}] {
			continue
		}
		if r.addPredicate(speaker, reportedLink, m.Entity, idx, 0.4) {
			r.byRule("reported")
		}
	}
}

// afterComma reports whether a comma opens the phrase of mention m, its
// title included (", House Speaker Nancy Pelosi said"), and returns the
// phrase's first token.
func afterComma(toks []token, m mention) (int, bool) {
	k := m.From
	for k > 0 && !toks[k].Break && (toks[k-1].Cap || personTitles[toks[k-1].Key] || titleModifiers[toks[k-1].Key]) {
		k--
	}
	return k, k > 0 && toks[k].Break
}

// clauseEnds reports whether nothing but the circumstances of saying
// follows token k before the sentence's end or a comma: "in a
// statement", "on Friday", "in an interview".
func clauseEnds(toks []token, k int) bool {
	for {
		k = skipAdverbs(toks, k)
		switch {
		case k >= len(toks) || toks[k].Break:
			return true
		case k+2 < len(toks) && toks[k].Key == "in" && (toks[k+1].Key == "a" || toks[k+1].Key == "an") && !toks[k+2].Break:
			k += 3 // "in a statement", "in an interview"
		case k+1 < len(toks) && toks[k].Key == "on" && !toks[k+1].Break:
			k += 2 // "on Twitter"
		default:
			return false
		}
	}
}

// adjunctOpeners open, after a comma, what the paper adds to a reported
// clause: when ("though it would keep working" is still the speaker's).
var adjunctOpeners = defaultRules.mustList("adjunctOpeners")

// butGoesOn, after ", but", keep a reported clause the speaker's: "but
// that" opens a second clause of what was said, "but not" and "but only"
// qualify the first. Any other ", but" turns to what the paper adds.
var butGoesOn = defaultRules.mustList("butGoesOn")

// clauseBreak returns the byte offset where a reported clause starting
// at token from ends: a semicolon, a comma before "and" or "but" that
// opens the speaker's next verb ("said no Americans were harmed, and
// announced sanctions"), a comma before "but" that opens a clause of the
// paper's (see butGoesOn), or a comma before an adjunct of time; -1 if it
// runs to the sentence's end.
func clauseBreak(s sentence, from int) int {
	toks := s.toks
	for k := from + 1; k < len(toks); k++ {
		gap := s.art.Text[toks[k-1].End:toks[k].Start]
		if strings.ContainsRune(gap, ';') {
			return toks[k-1].End
		}
		if strings.ContainsRune(gap, ',') && (toks[k].Key == "and" || toks[k].Key == "but") && k+1 < len(toks) && verbLike(toks[k+1].Key) {
			return toks[k-1].End
		}
		if strings.ContainsRune(gap, ',') && toks[k].Key == "but" && k+1 < len(toks) && !butGoesOn[toks[k+1].Key] {
			return toks[k-1].End // "said Iran was not involved, but X's presence says otherwise": the paper's
		}
		if strings.ContainsRune(gap, ',') && adjunctOpeners[toks[k].Key] {
			return toks[k-1].End // ", hours after a drone strike killed X": the paper's, not the speaker's
		}
	}
	return -1
}
