package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Verb phrases joined to the sentence's subject: in "President Trump said
// no Americans were harmed, and announced new sanctions on Tehran" Trump
// "announced new sanctions on" Tehran; in "X condemned the raids, and said
// no foreign power should decide Iraq's fate" X "said that" Iraq.

// subjectMention returns the index in top of the sentence's subject: the
// first name, after titles and an article ("Supreme Leader Ali Khamenei",
// "The Pentagon"), or the one an owner opens ("Iran's Foreign Minister
// X"), followed by its verb or an apposition; or -1.
func (r *relations) subjectMention(s sentence, top []mention) int {
	toks := s.toks
	if len(top) == 0 {
		return -1
	}
	i, line := 0, datelineEnd(s.art.Text) // "BAGHDAD (Reuters) - Iran said"
	for i < len(top) && top[i].Start < line {
		i++
	}
	if i == len(top) {
		return -1
	}
	for k := 0; k < top[i].From; k++ {
		t := toks[k]
		if t.Start < line {
			continue
		}
		if t.Break && (k == 0 || toks[k-1].Start >= line) || !(t.Cap || t.Key == "the") {
			return -1 // the dash ends the dateline; no other break before the subject
		}
	}
	if toks[top[i].To-1].Poss && i+1 < len(top) && top[i+1].From <= top[i].To+3 {
		i++
	}
	i = r.lastConjunct(s, top, i)
	m := top[i]
	k := skipAdverbs(toks, m.To)
	if k >= len(toks) || !schema.IsA(r.typeOf(m.Entity), "Agent") || r.demonym(m) {
		return -1
	}
	if !toks[k].Break && !verbLike(toks[k].Key) && !auxWords[toks[k].Key] && !isClaimVerb(toks[k].Key) {
		return -1
	}
	return i
}

// lastConjunct returns the last name of a joint subject that opens at
// top[i] ("Britain, France and Germany launched"): names of one kind
// joined by commas and a final "and", none of them an owner ("Iran's").
// It returns i itself where no "and" closes such a list.
func (r *relations) lastConjunct(s sentence, top []mention, i int) int {
	for j := i; j+1 < len(top); j++ {
		joiner := strings.TrimSpace(s.art.Text[top[j].End:top[j+1].Start])
		if s.toks[top[j].To-1].Poss || s.toks[top[j+1].To-1].Poss || !r.alike(top[j].Entity, top[j+1].Entity, "") {
			return i
		}
		switch joiner {
		case "and", ", and":
			return j + 1
		case ",":
		default:
			return i
		}
	}
	return i
}

// conjoinedVerbs reads the verb phrases a comma and "and" join to the
// sentence's subject, each up to the first name after it. top are the
// sentence's outermost mentions, nationality adjectives left out.
func (r *relations) conjoinedVerbs(s sentence, top []mention) {
	si := r.subjectMention(s, top)
	if si < 0 {
		return
	}
	subj, toks, idx := top[si], s.toks, s.art.Index
	for k := subj.To + 1; k+1 < len(toks); k++ {
		if toks[k].Key != "and" || !strings.Contains(s.art.Text[toks[k-1].End:toks[k].Start], ",") || !verbLike(toks[k+1].Key) && !clauseVerbs[toks[k+1].Key] {
			continue
		}
		if clauseVerbs[toks[k+1].Key] && k+2 < len(toks) {
			end := len(s.art.Text)
			if e := clauseBreak(s, k+2); e >= 0 {
				end = e
			}
			r.sayOf(subj.Entity, top, toks[k+2].Start, end, idx)
			continue
		}
		j := 0
		for j < len(top) && top[j].From <= k {
			j++
		}
		if j == len(top) || r.said[[3]string{subj.Entity, top[j].Entity, itoa(idx)}] {
			continue
		}
		between := s.art.Text[toks[k+1].Start:top[j].Start]
		if r.verb(subj, top[j], between, idx); r.verbSaid != "" {
			r.byRule("and-verb")
			r.shareWithConjuncts(s, top, si, mustPredicate(r.verbSaid), top[j].Entity)
			continue
		}
		if !r.said[[3]string{subj.Entity, top[j].Entity, itoa(idx)}] {
			if p, ok := r.open(subj, top[j], between, idx); ok {
				r.shareWithObjects(s, top, j, subj.Entity, p)
			}
		}
	}
}
