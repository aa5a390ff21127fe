package extract

import "strings"

// Titles of a body written before its holder's name, as state media and
// wire copy write them: "Head of the Emergency Medical Services
// Pir-Hossein Kolivand", "Commander of the Islamic Revolution Guards Corps
// (IRGC) Major General Hossein Salami", "Secretary of the Supreme National
// Security Council (SNSC) Ali Shamkhani". roles.rules reads the title when
// ranks stand between the body and the name; a rule's words cannot be
// none, nor a bracketed acronym, so those two shapes are read here.

var (
	// bodyLeaderTitles and bodyMemberTitles are the role words of such a
	// title: its holder leads the body, or is one of its members.
	bodyLeaderTitles = set("head", "commander", "chief", "leader", "director", "chairman", "chairwoman", "commander-in-chief")
	bodyMemberTitles = set("spokesman", "spokeswoman", "spokesperson", "deputy", "adviser", "advisor", "representative", "secretary")
	titleRanks       = defaultRules.mustList("ranks")
)

// bodyTitles reads "ROLE of the BODY [(ACRONYM)] [RANKS] NAME": the person
// named right after the body (past its bracketed acronym and his ranks)
// holds the role in it.
func (r *relations) bodyTitles(s sentence, top []mention, idx int) {
	toks := s.toks
	for i, body := range top {
		role, ok := titleBeforeBody(toks, body)
		if !ok || !isAny(r.typeOf(body.Entity), []string{"Organization"}) {
			continue
		}
		j, k := i+1, body.To
		if j < len(top) && top[j].Entity == body.Entity && bracketed(s.art.Text, body, top[j]) {
			k = top[j].To // "(IRGC)"
			j++
		}
		ranks := 0
		for k < len(toks) && titleRanks[toks[k].Key] {
			k, ranks = k+1, ranks+1
		}
		if j >= len(top) || top[j].From != k || r.typeOf(top[j].Entity) != "Person" || ranks > 0 && k-ranks == body.To {
			continue // ranks alone between: the rule's
		}
		person := top[j].Entity
		stated := false
		if bodyLeaderTitles[role] {
			stated = r.add(person, "leads", body.Entity, idx, 0.65) || r.add(person, "headOf", body.Entity, idx, 0.65)
		} else {
			stated = r.add(person, "memberOf", body.Entity, idx, 0.65)
		}
		if stated {
			r.byRule("body-title")
		}
	}
}

// titleBeforeBody returns the role word of "ROLE of (the) " just before
// the body's mention.
func titleBeforeBody(toks []token, body mention) (string, bool) {
	k := body.From - 1
	if k >= 0 && toks[k].Key == "the" {
		k--
	}
	if k < 1 || toks[k].Key != "of" {
		return "", false
	}
	role := toks[k-1].Key
	return role, bodyLeaderTitles[role] || bodyMemberTitles[role]
}

// bracketed reports whether mention b is written in brackets right after
// mention a: "Islamic Revolution Guards Corps (IRGC)".
func bracketed(text string, a, b mention) bool {
	return strings.TrimSpace(text[a.End:b.Start]) == "(" && strings.HasPrefix(strings.TrimSpace(text[b.End:]), ")")
}
