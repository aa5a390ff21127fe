package extract

import (
	"regexp"
	"sort"
	"strings"
)

// Subjects a clause leaves to the clause before it: "The militias have
// legitimacy ..., and they report directly to the Prime Minister", "The
// militias cited ..., and demanded a full withdrawal".

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
// opens a clause joined by "and" ("..., and they report to").
func (r *relations) they(s sentence, ms []mention) []mention {
	subj, ok := r.sentenceSubject(s, ms)
	if !ok {
		return nil
	}
	var out []mention
	for k := subj.To + 1; k < len(s.toks); k++ {
		if s.toks[k].Key == "they" && !s.toks[k].Cap && s.toks[k-1].Key == "and" {
			m := spanMention(s, subj.Entity, k, k+1)
			out = append(out, m)
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
