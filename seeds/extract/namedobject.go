package extract

import "github.com/kg-analyst/kg/schema"

// namedObject reads a verb's object named by its role and then, set off,
// by its name: in "Barham Salih met the U.S. ambassador, Matthew Tueller,
// on Tuesday" Salih "met" Tueller; in "the ministry summoned the British
// ambassador, Stephen Hickey" it "summoned" him. The verb must follow its
// subject at once (auxiliaries and adverbs aside) and the words between
// the verb and the comma must be an article, nationality adjectives,
// titles and the role noun that ends them. The verb of the lexicon says
// it in its own words where it can, else the verb is the relation. top
// are the sentence's outermost mentions, nationality adjectives
// included.
func (r *relations) namedObject(s sentence, top []mention, idx int) {
	toks := s.toks
	for j := 1; j < len(top); j++ {
		obj := top[j]
		role := obj.From - 1
		if r.typeOf(obj.Entity) != "Person" || role < 2 || !toks[obj.From].Break || s.art.Text[toks[role].End:obj.Start] != ", " || !roleWords[toks[role].Key] {
			continue
		}
		v, i := r.roleStart(s, top, j, role)
		if i < 0 || r.said[[3]string{top[i].Entity, obj.Entity, itoa(idx)}] {
			continue
		}
		subj := top[i]
		if !schema.IsA(r.typeOf(subj.Entity), "Agent") || r.demonym(subj) || negatedBefore(toks, v) || clauseVerbs[toks[v].Key] || reportingVerbs[toks[v].Key] {
			continue
		}
		if r.verbOrOpen(subj, obj, " "+toks[v].Text+" ", idx) {
			r.byRule("named-object")
		}
	}
}

// roleStart walks back from the role noun at token role, over titles,
// articles and the mentions of nationality adjectives, to the verb before
// them, and returns the verb's token and the index in top of the subject
// it follows (auxiliaries and adverbs between), or -1 when there is none.
func (r *relations) roleStart(s sentence, top []mention, j, role int) (int, int) {
	toks := s.toks
	k, m := role-1, j-1
	for k >= 0 && !toks[k+1].Break {
		switch t := toks[k]; {
		case m >= 0 && top[m].To == k+1 && r.modifierCountry(top[m]):
			k, m = top[m].From-1, m-1
			continue
		case t.Key == "the" || t.Key == "a" || t.Key == "an" || titleModifiers[t.Key] || roleWords[t.Key] || personTitles[t.Key]:
			k--
			continue
		}
		break
	}
	if k < 1 || toks[k+1].Break || toks[k].Cap || !verbLike(toks[k].Key) || auxWords[toks[k].Key] {
		return 0, -1
	}
	v := k
	for k--; k >= 0 && !toks[k+1].Break && (auxWords[toks[k].Key] && !modals[toks[k].Key] || claimAdverbs[toks[k].Key] || toks[k].Key == "also"); k-- {
	}
	if m < 0 || k < 0 || top[m].To != k+1 || toks[k+1].Break {
		return 0, -1
	}
	return v, m
}
