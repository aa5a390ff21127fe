package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Reactions to an event named by a pronoun. A report names the event
// once and then reacts to it: "Adel Abdul Mahdi, who had been told of the
// plan, condemned them as a violation of Iraqi sovereignty", "Mitch
// McConnell welcomed it". The pronoun stands for the last event named, in
// the sentence or the one before, of its number ("them": strikes,
// attacks; "it": a strike, a siege); the reacting subject is the agent
// just before the verb, past a description or relative clause set off by
// commas. A verb of condemnation states condemned; the others keep the
// verb as an open relation.

// reactionVerbs are the verbs of a stance on an event whose object may
// be a pronoun, with the predicate they state ("" for an open relation
// labelled by the verb): "Trump ordered it", "Tehran denied it".
var reactionVerbs = map[string]string{
	"condemned": "condemned", "condemns": "condemned", "denounced": "condemned", "denounces": "condemned",
	"decried": "condemned", "slammed": "condemned",
	"ordered": "ordered", "denied": "deniedInvolvementIn", "denies": "deniedInvolvementIn",
	"praised": "", "welcomed": "", "defended": "", "hailed": "", "applauded": "", "justified": "",
	"criticised": "", "criticized": "", "questioned": "", "called": "",
}

// condemnWords after "called it" make the call a condemnation ("called
// it a crime"), as the called-it-condemned rule reads them after a name.
var condemnWords = defaultRules.mustList("condemnWords")

// eventPronouns states the reactions of the sentence whose object is "it"
// or "them" standing for an event.
func (r *relations) eventPronouns(s sentence, top []mention, idx int) {
	toks := s.toks
	for k := 0; k+1 < len(toks); k++ {
		pred, ok := reactionVerbs[toks[k].Key]
		pron := toks[k+1].Key
		if !ok || pron != "it" && pron != "them" || toks[k+1].Break || negatedBefore(toks, k) {
			continue
		}
		subj := r.reactingSubject(s, top, k)
		event := r.pronounEvent(s, top, k, pron == "them")
		if subj < 0 || event == "" {
			continue
		}
		if toks[k].Key == "called" && condemnsAfter(toks, k+2) {
			pred = "condemned"
		}
		p, ok := schema.Predicate{}, pred != ""
		if ok {
			p = mustPredicate(pred)
		} else {
			p, ok = schema.OpenRelation(toks[k].Key)
		}
		if ok && r.addPredicate(top[subj].Entity, p, event, idx, 0.55) {
			r.byRule("event-pronoun")
		}
	}
}

// reAnswers is what a pronoun standing for an event says of it before
// the event it answers: "they were retaliation for", "it came in response
// to", "they answered".
var reAnswers = regexp.MustCompile(`^\s*(?:(?:was|were|is|are|came|come|had come|have come)\s+)?(?:(?:a|an)\s+)?(?:(?:direct|swift|measured|proportionate)\s+)?(?:(?:in\s+)?(?:retaliation|response|reprisal|revenge|an answer)\s+(?:for|to)|answered|avenged|retaliated\s+for|responded\s+to)\s+`)

// pronounResponses reads an event a pronoun subject stands for as the
// answer to the event its clause names: "The Pentagon said they were
// retaliation for Friday's rocket attack" after "U.S. air strikes hit
// Kataib Hezbollah on Sunday".
func (r *relations) pronounResponses(s sentence, top []mention, idx int) {
	toks := s.toks
	for k, t := range toks {
		if t.Key != "they" && t.Key != "it" || k > 0 && !eventPronounOpeners[toks[k-1].Key] {
			continue
		}
		loc := reAnswers.FindStringIndex(s.art.Text[t.End:])
		if loc == nil {
			continue
		}
		answered := r.eventAt(s, top, t.End+loc[1])
		answering := r.pronounEvent(s, top, k, t.Key == "they")
		if answered != "" && answering != "" && r.add(answering, "responseTo", answered, idx, 0.55) {
			r.byRule("pronoun-response")
		}
	}
}

// reFramedAnswer is what follows a pronoun standing for an event that a
// verb frames as the answer to another: "described it as a response
// to", "presented them as retaliation for".
var reFramedAnswer = regexp.MustCompile(`^\s*as\s+(?:(?:a|an)\s+)?(?:(?:direct|swift|measured|proportionate|legitimate|necessary|justified)\s+)?(?:retaliation|response|reprisal|revenge|answer)\s+(?:for|to)\s+`)

// framingVerbs frame their object as something: "described it as",
// "presented the strikes as".
var framingVerbs = defaultRules.mustList("framingVerbs")

// framedResponses reads an event a pronoun after a framing verb stands
// for as the answer to the event the framing names: "The Pentagon
// described it as a response to the rocket attack", "it" the last event
// named ("carried out air strikes ... described it": the operation,
// whatever its noun's number). A named event framed so is the
// in-response-to rule's.
func (r *relations) framedResponses(s sentence, top []mention, idx int) {
	for k := 1; k+1 < len(s.toks); k++ {
		t := s.toks[k]
		if t.Key != "it" && t.Key != "them" || !framingVerbs[s.toks[k-1].Key] || t.Break {
			continue
		}
		loc := reFramedAnswer.FindStringIndex(s.art.Text[t.End:])
		if loc == nil {
			continue
		}
		answered := r.eventAt(s, top, t.End+loc[1])
		answering := r.pronounEvent(s, top, k-1, t.Key == "them")
		if answering == "" && !slices.ContainsFunc(top, func(m mention) bool { return m.To < k && r.typeOf(m.Entity) == "Event" }) {
			answering = r.lastEvent.id
		}
		if answered != "" && answering != "" && answering != answered && r.add(answering, "responseTo", answered, idx, 0.55) {
			r.byRule("framed-response")
		}
	}
}

// reClauseAnswer is a phrase set off at the end of a clause that says
// the clause's act answered an event: ", in retaliation for", ", in
// response to", ", as revenge for".
var reClauseAnswer = regexp.MustCompile(`^\s*,\s*(?:(?:apparently|reportedly|allegedly|partly)\s+)?(?:in\s+(?:retaliation|response|revenge|reprisal)|as\s+(?:retaliation|revenge|a\s+reprisal|a\s+response))\s+(?:for|to)\s+`)

// reBareAnswer is the same said inside the clause, with no comma: "fired
// missiles at the base in retaliation for", or as what its act was:
// "the strikes were a response to", "came as retaliation for". A bare
// "retaliation for" says nothing ("vowed retaliation for the strike" is
// a threat), nor a negated one ("were not a response to").
var reBareAnswer = regexp.MustCompile(`^\s*(?:(?:was|were|is|are|came|come)\s+)?(?:in\s+(?:retaliation|response|revenge|reprisal)|(?:as\s+)?(?:(?:a|an)\s+)?(?:(?:direct|swift|measured|proportionate|legitimate)\s+)?(?:retaliation|response|reprisal|revenge|answer))\s+(?:for|to)\s+`)

// answerOpeners are the words reBareAnswer may start at: the phrase's
// own ("in retaliation", "as a response") or the verb that says what an
// act was ("were a response").
var answerOpeners = defaultRules.mustList("answerOpeners")

// clauseResponses reads the one event a sentence names before a phrase
// that says its act answered another as the answer to the event the
// phrase names: in "Iran fired ballistic missiles at two bases before
// dawn, in retaliation for the U.S. drone strike that killed Soleimani"
// the missile strike answered the drone strike, as it does in "The U.S.
// airstrikes on Kataib Hezbollah were a response to the rocket attack".
// With two events before the phrase, or none, it says nothing.
func (r *relations) clauseResponses(s sentence, top []mention, idx int) {
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		var loc []int
		if toks[k].Break {
			loc = reClauseAnswer.FindStringIndex(s.art.Text[toks[k-1].End:])
			if loc != nil {
				loc[1] += toks[k-1].End
			}
		}
		if loc == nil && answerOpeners[toks[k].Key] {
			loc = reBareAnswer.FindStringIndex(s.art.Text[toks[k].Start:])
			if loc != nil {
				loc[1] += toks[k].Start
			}
		}
		if loc == nil {
			continue
		}
		answered := r.eventAt(s, top, loc[1])
		answering := r.onlyEventBefore(s, top, toks[k-1].End, answered)
		if answered != "" && answering != "" && r.add(answering, "responseTo", answered, idx, 0.55) {
			r.byRule("clause-response")
		}
	}
	r.frontedResponse(s, top, idx)
}

// reFrontedAnswer opens a sentence with the event its main clause's act
// answered: "In retaliation for the rocket attack, the United States
// carried out air strikes".
var reFrontedAnswer = regexp.MustCompile(`^\s*(?:[Ii]n\s+(?:retaliation|response|revenge|reprisal)|[Aa]s\s+(?:retaliation|revenge|a\s+reprisal|a\s+response))\s+(?:for|to)\s+`)

// frontedResponse reads the one event the main clause names, after the
// comma that closes a fronted phrase naming the event it answered, as
// the answer to it, whether a noun or a verb names it ("In response to
// the drone strike, Iraq's parliament voted").
func (r *relations) frontedResponse(s sentence, top []mention, idx int) {
	open := datelineEnd(s.art.Text)
	loc := reFrontedAnswer.FindStringIndex(s.art.Text[open:])
	if loc == nil {
		return
	}
	answered := r.eventAt(s, top, open+loc[1])
	comma := strings.IndexByte(s.art.Text[open+loc[1]:], ',')
	if answered == "" || comma < 0 {
		return
	}
	from, found := open+loc[1]+comma, ""
	for _, m := range top {
		if m.Start < from || r.typeOf(m.Entity) != "Event" || m.Entity == answered {
			continue
		}
		if found != "" && found != m.Entity || strings.Contains(s.art.Text[from:m.Start], ";") {
			return
		}
		found = m.Entity
	}
	if found != "" && r.add(found, "responseTo", answered, idx, 0.55) {
		r.byRule("fronted-response")
	}
}

// onlyEventBefore returns the one event other than except that the
// mentions ending by byte end name, in the clause that ends there, or "".
func (r *relations) onlyEventBefore(s sentence, top []mention, end int, except string) string {
	found := ""
	for _, m := range top {
		if m.End > end || m.Verb || r.typeOf(m.Entity) != "Event" || m.Entity == except {
			continue
		}
		if found != "" && found != m.Entity || strings.Contains(s.art.Text[m.End:end], ";") {
			return ""
		}
		found = m.Entity
	}
	return found
}

// eventPronounOpeners may come just before a pronoun subject: "said they",
// "said that it".
var eventPronounOpeners = defaultRules.mustList("eventPronounOpeners")

// eventAt returns the event a mention starting at byte at names, after
// at most a determiner or a day ("Friday's rocket attack"), or "".
func (r *relations) eventAt(s sentence, top []mention, at int) string {
	for _, m := range top {
		if m.Start < at {
			continue
		}
		if r.typeOf(m.Entity) != "Event" || m.Verb || len(tokenize(s.art.Text[at:m.Start])) > 2 {
			return ""
		}
		return m.Entity
	}
	return ""
}

// condemnsAfter reports whether a word of condemnation comes within four
// words from token from: "called it a crime", "called it "cowardly"".
func condemnsAfter(toks []token, from int) bool {
	for j := from; j < len(toks) && j < from+4; j++ {
		if condemnWords[toks[j].Key] {
			return true
		}
	}
	return false
}

// reactingSubject returns the index in top of the agent whose verb is at
// k: the mention just before it, past auxiliaries and adverbs and past
// one description or relative clause set off by commas; or -1.
func (r *relations) reactingSubject(s sentence, top []mention, k int) int {
	j := k - 1
	for j >= 0 && auxWords[s.toks[j].Key] {
		j--
	}
	end := j + 1 // the subject's mention ends here
	if commaBefore(s, end) {
		open := end - 1
		for open > 0 && !commaBefore(s, open) {
			open--
		}
		if open <= 0 {
			return -1
		}
		end = open
	}
	i := r.mentionEndingAt(top, end)
	if i < 0 || !schema.IsA(r.typeOf(top[i].Entity), "Agent") || r.demonym(top[i]) {
		return -1
	}
	return i
}

// pronounEvent returns the event the pronoun after the verb at k stands
// for: the last event of its number named before it in the sentence, or
// the last one the sentences before named; or "".
func (r *relations) pronounEvent(s sentence, top []mention, k int, plural bool) string {
	for i := len(top) - 1; i >= 0; i-- {
		if m := top[i]; m.To <= k && r.typeOf(m.Entity) == "Event" && !m.Verb {
			if pluralMention(s, m) == plural {
				return m.Entity
			}
			return ""
		}
	}
	if r.lastEvent.id != "" && r.lastEvent.plural == plural {
		return r.lastEvent.id
	}
	return ""
}

// pluralMention reports whether an event mention ends in a plural noun:
// "the strikes", "U.S. air strikes", not "the siege".
func pluralMention(s sentence, m mention) bool {
	w := s.toks[m.To-1].Key
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// noteLastEvent keeps the last event the sentence names, for a pronoun in
// the next; a sentence that names none leaves none.
func (r *relations) noteLastEvent(s sentence, top []mention) {
	r.lastEvent = namedEvent{}
	for i := len(top) - 1; i >= 0; i-- {
		if m := top[i]; r.typeOf(m.Entity) == "Event" && !m.Verb {
			r.lastEvent = namedEvent{id: m.Entity, plural: pluralMention(s, m)}
			return
		}
	}
}

// namedEvent is an event a sentence named last, with whether its noun is
// plural.
type namedEvent struct {
	id     string
	plural bool
}
