package extract

import "github.com/kg-analyst/kg/schema"

// Salience. A reference ("the group", "its") stands for the entity the
// text is about, as centering theory has it: the subject of its own
// clause or of the sentence before ranks above any object, however near.
// In "Kataib Hezbollah is part of the Popular Mobilization Forces, ...
// militias that fought the Islamic State. The group vowed revenge", the
// group is Kataib Hezbollah, not the Islamic State named last.

// clauseSubjects returns the starts of the mentions of s that are the
// subjects of their clauses: outermost, opening the sentence or a clause
// (leadsClause), not a nationality adjective nor a dateline's place. A
// name before the title of a subject (titleModifier) is one too. A
// subject's possessor is a subject with what it owns: in "Iraq's
// government condemned the strikes", the text is about Iraq too; so is
// the body of a subject's role set off after it (roleApposed).
func (r *relations) clauseSubjects(s sentence, ms []mention) map[int]bool {
	top, _ := outermost(ms)
	out := map[int]bool{}
	dateline := datelineEnd(s.art.Text) // "BAGHDAD/TEHRAN (Reuters) -" names no subject
	for i, m := range top {
		if m.End <= dateline || r.demonym(m) {
			continue
		}
		if r.leadsClause(s, top, i) || r.titleModifier(s, top, i) {
			out[m.Start] = true
		}
		if out[m.Start] && i+1 < len(top) && (s.toks[m.To-1].Poss && top[i+1].From == m.To || r.roleApposed(s, m, top[i+1])) {
			out[top[i+1].Start] = true
		}
	}
	return out
}

// mostSalient is the antecedent a reference stands for among the
// mentions before it in its own sentence (here) and those of the
// sentence before (before), each in the order the text named them: of
// those that fit, the one ranked highest by salience. The own
// sentence's subject ranks first, then its nearest actor, then the
// subject and the nearest actor of the sentence before, and last a name
// after a preposition. After "Kataib Hezbollah, a member of the Popular
// Mobilization Forces, fired rockets", "the militia" is Kataib
// Hezbollah, not the larger body it belongs to; after "Muhandis had led
// Kataib Hezbollah since its founding, and Washington blamed the group",
// the group is the one its own sentence named, whatever the sentence
// before was about.
func mostSalient(here, before []antecedent, g *Gazetteer, fits func(schema.Entity) bool) (string, bool) {
	h, b := salientIn(here, g, fits), salientIn(before, g, fits)
	for _, id := range []string{h[subjectRank], h[actorRank], b[subjectRank], b[actorRank], h[obliqueRank], b[obliqueRank]} {
		if id != "" {
			return id, true
		}
	}
	return "", false
}

// Salience ranks, highest first.
const (
	subjectRank = iota
	actorRank
	obliqueRank
	ranks
)

// salientIn returns, for each rank, the last antecedent of one
// sentence's cands that fits and holds that rank, or "".
func salientIn(cands []antecedent, g *Gazetteer, fits func(schema.Entity) bool) [ranks]string {
	var out [ranks]string
	for k := len(cands) - 1; k >= 0; k-- {
		e, _ := g.Lookup(cands[k].ID)
		rank := obliqueRank
		switch {
		case !fits(e):
			continue
		case cands[k].Subject:
			rank = subjectRank
		case !cands[k].Oblique:
			rank = actorRank
		}
		if out[rank] == "" {
			out[rank] = e.ID
		}
	}
	return out
}

// titleModifier reports whether top[i] qualifies the title of the
// subject after it, which makes it a subject too: "NATO Secretary-General
// Jens Stoltenberg said the alliance", "Hezbollah leader Hassan
// Nasrallah said".
func (r *relations) titleModifier(s sentence, top []mention, i int) bool {
	m := top[i]
	if m.To >= len(s.toks) || s.toks[m.To].Break || !titleWord(s.toks[m.To].Key) || i+1 >= len(top) {
		return false
	}
	return r.typeOf(top[i+1].Entity) == "Person" && r.leadsClause(s, top, i+1)
}

// roleApposed reports whether n names the body of a role set off after
// the person m names: "Mohammed Mohie, a spokesman for Kataib Hezbollah,
// said the group would respond".
func (r *relations) roleApposed(s sentence, m, n mention) bool {
	toks := s.toks
	if r.typeOf(m.Entity) != "Person" || m.To >= n.From || !toks[m.To].Break || !determiners[toks[m.To].Key] {
		return false
	}
	for k := m.To + 1; k < n.From; k++ {
		if t := toks[k]; t.Break || !titleWord(t.Key) && t.Key != "of" && t.Key != "for" && t.Key != "at" && t.Key != "the" {
			return false
		}
	}
	return n.To >= len(toks) || toks[n.To].Break
}

// anyEntity lets every antecedent fit: for candidates already chosen.
func anyEntity(schema.Entity) bool { return true }
