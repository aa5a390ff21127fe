package extract

// Events a verb states only where the verb asserts them: "parliament had
// not voted", "would have stormed", "if Iran attacked Americans" tell of
// no act. The verbs of rules/events.kinds are past forms, so "did not
// attack" never matches one; a negation, a modal or a hedge opening the
// verb's clause still may stand before a past form.

// clauseHedges, anywhere between a verb and the start of its clause,
// make what it states a condition or a question, no act: "if Iran
// attacked Americans", "whether the militia stormed the camp".
var clauseHedges = defaultRules.mustList("clauseHedges")

// clauseLookBack bounds how far back a verb's clause is read for a hedge.
const clauseLookBack = 8

// unassertedVerb reports whether the event verb at token i states no
// act: negated or modal right before it, past its adverbs ("did not
// attack" has no past form to match; "had not stormed", "would have
// voted"), or in a clause a hedge opens ("if Iran attacked").
func unassertedVerb(toks []token, i int) bool {
	k := i
	for k > 0 && verbAdverbs[toks[k-1].Key] && !toks[k].Break {
		k--
	}
	if k > 0 && !toks[k].Break && (negations[toks[k-1].Key] || modals[toks[k-1].Key] || unrealised[toks[k-1].Key]) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-clauseLookBack; j-- {
		if toks[j+1].Break && !toks[j].Poss {
			break // a comma or a dash closes the clause; "Lebanon's" does not
		}
		if clauseHedges[toks[j].Key] {
			return true
		}
	}
	return false
}
