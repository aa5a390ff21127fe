package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Participle phrases set before a sentence's subject: in "Speaking by
// phone with Prime Minister Justin Trudeau on Monday, Hassan Rouhani
// promised a full inquiry" Rouhani "spoke by phone with" Trudeau; in
// "After briefing Speaker Nancy Pelosi, Mark Esper flew to Brussels"
// Esper "briefed" Pelosi. The subject after the comma did what the
// participle says to the names inside the phrase.

// participleOpeners open a participle phrase before its participle: "After
// meeting X,", "While visiting X,".
var participleOpeners = defaultRules.mustList("participleOpeners")

// irregularParticiples are the -ing forms whose past the regular rule
// (frontedPast) does not make.
var irregularParticiples = map[string]string{
	"speaking": "spoke", "meeting": "met", "telling": "told", "leaving": "left", "holding": "held",
	"standing": "stood", "sitting": "sat", "taking": "took", "giving": "gave", "making": "made",
	"sending": "sent", "leading": "led", "fighting": "fought", "bringing": "brought", "seeking": "sought",
	"flying": "flew", "going": "went", "writing": "wrote", "being": "was", "having": "", "hitting": "hit",
	"shooting": "shot", "striking": "struck", "saying": "said", "running": "ran", "winning": "won",
	"hearing": "heard", "keeping": "kept", "losing": "lost", "paying": "paid", "selling": "sold",
	"putting": "put", "setting": "set", "getting": "got", "coming": "came", "seeing": "saw",
}

// frontedPast returns the past tense of a participle ("briefing":
// "briefed", "urging": "urged", "meeting": "met"), or false for a word
// that is no participle.
func frontedPast(ing string) (string, bool) {
	if p, ok := irregularParticiples[ing]; ok {
		return p, p != "" // "having spoken": no participle of its own
	}
	stem, ok := strings.CutSuffix(ing, "ing")
	if !ok || len(stem) < 3 {
		return "", false
	}
	if strings.HasSuffix(stem, "y") && !strings.ContainsAny(stem[len(stem)-2:len(stem)-1], "aeiou") {
		return stem[:len(stem)-1] + "ied", true // "carrying": carried
	}
	return stem + "ed", true // "urging": urg-ed, "stopping": stopp-ed
}

// frontedParticiple reads the phrase a sentence opens with, a
// participle or a participle after one of participleOpeners, up to its
// first comma, and links the subject that follows the comma (titles
// before it at most) to each name of the phrase that can act, by the
// participle nearest before the name, put in the past tense, and the
// words up to the name (verbOrOpen): "briefed", "spoke by telephone
// with". "Without" before the participle denies it. top are the
// sentence's outermost mentions, nationality adjectives left out.
func (r *relations) frontedParticiple(s sentence, top []mention, idx int) {
	toks := s.toks
	end := participlePhraseEnd(s)
	if end < 0 {
		return
	}
	si := -1
	for i, m := range top {
		if m.From >= end {
			si = i
			break
		}
	}
	if si < 1 || !titleFrom(toks, end, top[si].From) {
		return
	}
	subj := top[si]
	if !schema.IsA(r.typeOf(subj.Entity), "Agent") || r.demonym(subj) || toks[subj.To-1].Poss {
		return
	}
	for _, x := range top[:si] {
		if !schema.IsA(r.typeOf(x.Entity), "Agent") || r.demonym(x) || x.Entity == subj.Entity || toks[x.To-1].Poss || x.To < len(toks) && toks[x.To].Hyph {
			continue
		}
		v := x.From - 1
		for v >= 0 && !participle(toks[v], v) {
			v--
		}
		if v < 0 || v > 0 && toks[v-1].Key == "without" || r.said[[3]string{subj.Entity, x.Entity, itoa(idx)}] {
			continue
		}
		past, ok := frontedPast(toks[v].Key)
		if !ok {
			continue
		}
		if r.verbOrOpen(subj, x, " "+past+" "+s.art.Text[toks[v].End:x.Start], idx) {
			r.byRule("fronted-participle")
		}
	}
}

// ingWords end in -ing but are no participle of an act: prepositions
// ("According to X,", "During talks with X,") and nouns.
var ingWords = defaultRules.mustList("ingWords")

// participle reports whether token k is an -ing form that may be a
// participle: capitalised only when it opens the sentence.
func participle(t token, k int) bool {
	return (!t.Cap || k == 0) && len(t.Key) > 5 && strings.HasSuffix(t.Key, "ing") && !ingWords[t.Key]
}

// participlePhraseEnd returns the token after the comma that ends a
// participle phrase opening the sentence ("Speaking with X on Thursday,"
// or "After meeting X in London,"), or -1 when the sentence opens with
// no such phrase or another punctuation mark ends it first.
func participlePhraseEnd(s sentence) int {
	toks := s.toks
	if len(toks) < 4 || !toks[0].Cap {
		return -1
	}
	if !participle(toks[0], 0) && !(participleOpeners[toks[0].Key] && participle(toks[1], 1)) {
		return -1
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].Break {
			if !commaAlone(s, k) || k < 2 {
				return -1
			}
			return k
		}
	}
	return -1
}

// titleFrom reports whether the tokens from k to a name's first token
// are a title of the name ("Secretary of State Mike Pompeo"), the first
// after the comma that opens the clause.
func titleFrom(toks []token, k, name int) bool {
	for i := k; i < name; i++ {
		t := toks[i]
		ofTitle := t.Key == "of" && i > k && toks[i-1].Cap && toks[i+1].Cap
		if i > k && t.Break || !(t.Cap || personTitles[t.Key] || titleModifiers[t.Key] || ofTitle) {
			return false
		}
	}
	return true
}

// maxSubordinateWords bounds the words between a clause's verb and the
// participle phrase after it.
const maxSubordinateWords = 16

// subordinateParticiple reads a participle phrase after a subordinator
// inside its subject's clause: in "The airliner crashed minutes after
// taking off from Imam Khomeini airport" the airliner "took off from" the
// airport; in "Mike Pompeo flew to Riyadh after meeting Benjamin
// Netanyahu" Pompeo "met" Netanyahu. The subject (one that can act, or a
// craft) opens its clause and its verb follows it; from that verb to the
// subordinator (participleOpeners, a comma before it at most) the clause
// runs unbroken, with no clause of its own, negation, modal or reporting
// verb; the participle's object is the first name after it, in its
// clause. top are the sentence's outermost mentions, nationality
// adjectives left out.
func (r *relations) subordinateParticiple(s sentence, top []mention, idx int) {
	for i := range top {
		subj := top[i]
		if t := r.typeOf(subj.Entity); !schema.IsA(t, "Agent") && t != "Vehicle" || r.demonym(subj) || !r.leadsClause(s, top, i) {
			continue
		}
		v := r.subjectVerb(s, top[i:])
		if v < 0 {
			continue
		}
		if k := subordinateAfter(s, v); k > 0 {
			if past, ok := frontedPast(s.toks[k].Key); ok && !reportingVerbs[past] && !clauseVerbs[past] {
				r.verbToObject(s, top, subj, k, past, true, idx, "subordinate-participle")
			}
		}
	}
}

// subordinateAfter returns the token of the participle that follows a
// subordinator in the clause of the verb at token v ("crashed minutes
// after taking off"), or -1 when the clause ends, or says something not
// done, before one.
func subordinateAfter(s sentence, v int) int {
	toks := s.toks
	for k := v + 1; k+1 < len(toks) && k <= v+maxSubordinateWords; k++ {
		t := toks[k]
		if participleOpeners[t.Key] && !t.Cap && (!t.Break || commaAlone(s, k)) && participle(toks[k+1], k+1) && !toks[k+1].Break {
			return k + 1
		}
		if t.Break || clauseEnders[t.Key] || negations[t.Key] || modals[t.Key] && t.Key != "to" || reportingVerbs[t.Key] || clauseVerbs[t.Key] {
			return -1
		}
	}
	return -1
}
