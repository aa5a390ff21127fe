package extract

import "github.com/kg-analyst/kg/schema"

// Claims: a sentence that says who says it ("according to X", "X said",
// "said X", "a statement from X") is that entity's claim. Its sources go
// on the sentence (schema.Sentence.Sources, kg:attributedTo in the store),
// so every fact read from it shows who said so, and a denial and an
// accusation no longer look the same.

// sources returns the entities a sentence attributes itself to, among its
// mentions (none inside another, no nationality adjective), in order.
func (r *relations) sources(s sentence, top []mention) []string {
	var out []string
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] && schema.IsA(r.typeOf(id), "Agent") {
			seen[id] = true
			out = append(out, id)
		}
	}
	toks := s.toks
	for i, m := range top {
		// "according to (the) X", "a statement from X", "said X"
		if k := before(toks, m); k >= 1 && (toks[k].Key == "to" && toks[k-1].Key == "according" ||
			(toks[k].Key == "from" || toks[k].Key == "by") && toks[k-1].Key == "statement") {
			add(m.Entity)
		}
		// ", said X." or ", said X, the ..."; not "said X would pay"
		if k := m.From - 1; k >= 0 && reportingVerbs[toks[k].Key] && toks[k].Break && !toks[m.From].Break && (m.To == len(toks) || toks[m.To].Break) {
			add(m.Entity)
		}
		// "X said", "X, the leader of Y, said", "X also told"
		k := m.To
		for k < len(toks) && (toks[k].Key == "also" || toks[k].Key == "has" || toks[k].Key == "had" || toks[k].Key == "later") {
			k++
		}
		// Not the object of a preposition: "the coalition against
		// Islamic State said" is the coalition's word.
		head := r.apposHead(s, top, i)
		if p := before(toks, m); p >= 0 && prepositions[toks[p].Key] && !toks[m.From].Break && head == m.Entity {
			continue
		}
		if k < len(toks) && reportingVerbs[toks[k].Key] && !toks[m.To-1].Poss {
			// A comma before the verb closes an apposition ("X, the
			// leader of Y, said"): the speaker is X.
			if !toks[m.To].Break || head != m.Entity {
				add(head)
			}
		}
	}
	return out
}

// before returns the token just before m, skipping an article.
func before(toks []token, m mention) int {
	k := m.From - 1
	if k >= 0 && toks[k].Key == "the" {
		k--
	}
	return k
}
