package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Claims: a sentence that says who says it ("according to X", "X said",
// "said X", "a statement from X") is that entity's claim. Its sources go
// on the sentence (schema.Sentence.Sources, kg:attributedTo in the store),
// so every fact read from it shows who said so, and a denial and an
// accusation no longer look the same.

var (
	claimVerbs   = defaultRules.mustList("claimVerbs")
	claimAdverbs = defaultRules.mustList("claimAdverbs")
)

// isClaimVerb reports whether a word, after its speaker, makes a claim.
func isClaimVerb(k string) bool { return reportingVerbs[k] || claimVerbs[k] }

// sources returns the entities a sentence attributes itself to, among its
// mentions (none inside another, no nationality adjective), in order;
// antecedent is the person named last before the sentence, whom "he said"
// means.
func (r *relations) sources(s sentence, top []mention, antecedent string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(id string) {
		if id != "" && !seen[id] && schema.IsA(r.typeOf(id), "Agent") {
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
			if i+1 < len(top) && joined(toks, m, top[i+1]) { // "according to X and Y"
				add(top[i+1].Entity)
			}
		}
		// ", said X." or ", said X, the ..."; not "said X would pay"
		if k := m.From - 1; k >= 0 && reportingVerbs[toks[k].Key] && toks[k].Break && !toks[m.From].Break && (m.To == len(toks) || toks[m.To].Break) {
			add(m.Entity)
		}
		if speaker := r.subjectOf(s, top, i); speaker != "" {
			add(speaker)                                                 // a place never speaks: "Washington said" stays unattributed
			if other := coordinated(toks, top, m); speaker == m.Entity { // "X and Y called for"
				add(other)
			}
		}
	}
	for _, id := range apposedSpeakers(toks, top) {
		add(id)
	}
	if pronounSpeaks(toks) {
		add(antecedent)
	}
	return out
}

// subjectOf is who the mention top[i] makes speak: "X said", "X, the
// leader of Y, said" (X), "a spokesman for Y, X, told Reuters" (X), "X
// has warned"; or "".
func (r *relations) subjectOf(s sentence, top []mention, i int) string {
	toks, m := s.toks, top[i]
	k := skipAdverbs(toks, m.To)
	if k >= len(toks) || !isClaimVerb(toks[k].Key) || toks[m.To-1].Poss {
		return ""
	}
	// Not the object of a preposition: "the coalition against Islamic
	// State said" is the coalition's word.
	head := r.apposHead(s, top, i)
	if p := before(toks, m); p >= 0 && prepositions[toks[p].Key] && !toks[m.From].Break && head == m.Entity {
		// "Senator Tim Kaine of Virginia said": the one the phrase is of.
		if i > 0 && top[i-1].To == p && !toks[p].Break {
			return top[i-1].Entity
		}
		return ""
	}
	switch {
	case !toks[m.To].Break || head != m.Entity:
		// A comma before the verb closes an apposition ("X, the leader
		// of Y, said"): the speaker is X.
		return head
	case toks[m.From].Break && r.typeOf(m.Entity) == "Person":
		return m.Entity // ", X, told": a name in apposition to a role
	}
	return ""
}

// apposedSpeakers reads "X, <a description>, said": a claim verb after a
// comma whose clause, back to the comma before it, holds no verb of its
// own, is said by the mention just before that clause ("Jonathan Hoffman,
// the chief Pentagon spokesman, said", "Moqtada al-Sadr, the Shiite cleric
// whose bloc holds the most seats, called for").
func apposedSpeakers(toks []token, top []mention) []string {
	var out []string
	endAt := map[int]mention{}
	named := map[[2]int]bool{} // token spans that are names
	for _, m := range top {
		endAt[m.To] = m
		named[[2]int{m.From, m.To}] = true
	}
	for verb := 1; verb < len(toks); verb++ {
		if !isClaimVerb(toks[verb].Key) {
			continue
		}
		v := verb // the comma may come before an adverb: ", later said"
		for v > 1 && !toks[v].Break && (claimAdverbs[toks[v-1].Key] || strings.HasSuffix(toks[v-1].Key, "ly")) {
			v--
		}
		if !toks[v].Break {
			continue
		}
		b := v - 1
		for b > 0 && !toks[b].Break && v-b <= 12 && !isClaimVerb(toks[b].Key) {
			b--
		}
		if m, ok := endAt[b]; ok && toks[b].Break && b < v-1 && !named[[2]int{b, v}] { // ", X, told" is X's (subjectOf)
			out = append(out, m.Entity)
		}
	}
	return out
}

// skipAdverbs skips, from token k, the words that may part a speaker
// from the verb: "has", "later", "initially", "on Friday".
func skipAdverbs(toks []token, k int) int {
	for k < len(toks) && !toks[k].Break {
		switch t := toks[k]; {
		case claimAdverbs[t.Key] || strings.HasSuffix(t.Key, "ly") && !t.Cap:
			k++
		case t.Key == "on" && k+1 < len(toks) && weekday(toks[k+1].Text).String() == toks[k+1].Text:
			k += 2
		default:
			return k
		}
	}
	return k
}

// coordinated is the mention "and" joins to m before it, across a title
// or a demonym ("Boris Johnson and French President Emmanuel Macron"), or
// "".
func coordinated(toks []token, top []mention, m mention) string {
	k := m.From - 1
	for k > 0 && toks[k].Cap && !toks[k+1].Break && toks[k].Key != "and" {
		k--
	}
	if k <= 0 || toks[k].Key != "and" || toks[k].Break || toks[k+1].Break {
		return ""
	}
	for _, o := range top {
		if o.To == k {
			return o.Entity
		}
	}
	return ""
}

// joined reports whether "and" alone, or with a title or a demonym,
// joins mentions a and b: "Boris Johnson and French President Emmanuel
// Macron".
func joined(toks []token, a, b mention) bool {
	if a.To >= b.From || toks[a.To].Key != "and" || toks[a.To].Break {
		return false
	}
	for k := a.To + 1; k < b.From; k++ {
		if !toks[k].Cap && toks[k].Key != "the" || toks[k].Break {
			return false
		}
	}
	return !toks[b.From].Break
}

// pronounSpeaks reports whether "he" or "she" says the sentence: "he
// said", ", she told reporters".
func pronounSpeaks(toks []token) bool {
	for i, t := range toks {
		if t.Key != "he" && t.Key != "she" {
			continue
		}
		k := i + 1
		for k < len(toks) && claimAdverbs[toks[k].Key] && !toks[k].Break {
			k++
		}
		if k < len(toks) && reportingVerbs[toks[k].Key] && !toks[k].Break {
			return true
		}
	}
	return false
}

// before returns the token just before m, skipping an article.
func before(toks []token, m mention) int {
	k := m.From - 1
	if k >= 0 && toks[k].Key == "the" {
		k--
	}
	return k
}
