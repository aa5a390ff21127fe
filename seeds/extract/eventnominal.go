package extract

import "github.com/kg-analyst/kg/schema"

// Events a noun names with what they moved and where: "the deployment of
// 3,500 troops to Kuwait". The noun alone ("the deployment") needs a day;
// with its troops and destination it says which deployment it is, and the
// destination is a participant the resolver compares (eventroles.go).

// nominalPhrase reads what an event noun's phrase says after it: whom
// the attack killed (victimPhrase), what a deployment moved and where
// (deploymentPhrase).
func nominalPhrase(toks []token, from, i int, noun string, at map[int]mention, g *Gazetteer) (phrase, bool) {
	if p, ok := victimPhrase(toks, from, i, noun, at, g); ok {
		return p, true
	}
	return deploymentPhrase(toks, from, i, noun, at, g)
}

// troopWords are what a deployment moves.
var troopWords = set("troops", "soldiers", "forces", "personnel", "marines", "paratroopers", "sailors", "airmen")

// countWords may stand between "deployment of" and the troops: "of an
// additional 3,000 troops", "of about 750 soldiers".
var countWords = defaultRules.mustList("countWords")

// deploymentPhrase reads "deployment of <count> <troops> [from X] to Y" at
// the noun at token i (its modifiers from token from): the deployment to
// Y, named by what the text says it moved and where, "Deployment of 3,500
// troops to Kuwait".
func deploymentPhrase(toks []token, from, i int, noun string, at map[int]mention, g *Gazetteer) (phrase, bool) {
	k := i + 1
	if noun != "Deployment" || k+3 >= len(toks) || toks[k].Key != "of" || toks[k].Break {
		return phrase{}, false
	}
	k++
	for n := 0; k < len(toks) && n < 4 && (!toks[k].Break || thousands(toks, k)) && (isNumber(toks[k]) || countWords[toks[k].Key]); n++ {
		k++
	}
	if m, ok := at[k]; ok && !toks[k].Break {
		k = m.To // "U.S. troops"
	}
	if k >= len(toks) || !troopWords[toks[k].Key] || toks[k].Break {
		return phrase{}, false
	}
	moved := k
	for k++; k+1 < len(toks) && toks[k].Key == "from" && !toks[k].Break; {
		m, ok := at[k+1]
		if !ok {
			return phrase{}, false
		}
		k = m.To
	}
	if k+1 >= len(toks) || toks[k].Key != "to" || toks[k].Break {
		return phrase{}, false
	}
	m, ok := at[k+1]
	if !ok || toks[k+1].Break && toks[k+1].Key != "the" {
		return phrase{}, false
	}
	e, ok := anchorOf(g, m)
	if !ok || !schema.IsA(e.Type, "Place") {
		return phrase{}, false
	}
	name := eventWords(toks, from, i, noun) + " of"
	for n := i + 2; n <= moved; n++ {
		if thousands(toks, n) {
			name += "," + toks[n].Text
		} else {
			name += " " + toks[n].Text
		}
	}
	return phrase{From: from, To: i + 1, Name: name + " to " + e.Name, Anchor: e.ID, Pred: "deployedTo", Noun: i}, true
}

// thousands reports whether token k continues the number before it past a
// thousands comma: "3,500" tokenizes as 3 and 500.
func thousands(toks []token, k int) bool {
	return k > 0 && toks[k].Break && isNumber(toks[k]) && isNumber(toks[k-1]) && toks[k].Start == toks[k-1].End+1 && len(toks[k].Text) == 3
}
