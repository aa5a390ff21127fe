package extract

import "github.com/kg-analyst/kg/schema"

// Events told by what befell their target: "the K-1 base near Kirkuk came
// under attack from rocket fire", "Ain al-Asad came under missile fire".
// The subject is the target; the words of the phrase say the kind.

// underVerbs open "<target> came under attack".
var underVerbs = defaultRules.mustList("underVerbs")

// underNouns close the phrase: what the target came under.
var underNouns = defaultRules.mustList("underNouns")

// underPlaces are the prepositions by which a place follows the target
// it locates: "the K-1 base near Kirkuk came under attack".
var underPlaces = defaultRules.mustList("underPlaces")

// underKind is the kind a word of the phrase gives the attack, or kind.
func underKind(word, kind string) string {
	switch word {
	case "rocket", "rockets":
		return "Rocket attack"
	case "missile", "missiles":
		return "Missile strike"
	}
	return kind
}

// underAttacks reads every "came under" phrase of a sentence (underAttack)
// and notes the tokens they hold, so that their nouns make no other event.
func underAttacks(toks []token, endAt map[int][]mention, g *Gazetteer) ([]phrase, map[int]bool) {
	var out []phrase
	var held map[int]bool
	for k := 1; k < len(toks); k++ {
		p, ok := underAttack(toks, k, endAt, g)
		if !ok {
			continue
		}
		if held == nil {
			held = map[int]bool{}
		}
		for j := p.From; j < p.To; j++ {
			held[j] = true
		}
		out = append(out, p)
	}
	return out, held
}

// underAttack reads "came under attack", "came under rocket fire from X"
// or "came under attack from rockets" whose "under" is token k: an
// attack on the subject, named by it ("Rocket attack on K-1"), or, when
// the subject is no name, an attack of that kind alone, which a day must
// make a node.
func underAttack(toks []token, k int, endAt map[int][]mention, g *Gazetteer) (phrase, bool) {
	if toks[k].Key != "under" || !underVerbs[toks[k-1].Key] || toks[k].Break {
		return phrase{}, false
	}
	noun, end := "Attack", -1
	for j := k + 1; j < len(toks) && j <= k+3 && !toks[j].Break && end < 0; j++ {
		noun = underKind(toks[j].Key, noun)
		if underNouns[toks[j].Key] {
			end = j
		}
	}
	if end < 0 {
		return phrase{}, false
	}
	to := end + 1
	if to < len(toks) && toks[to].Key == "from" && !toks[to].Break {
		// "from rocket fire", "from rockets", "from more than thirty rockets"
		for j := to + 1; j < len(toks) && j <= to+5 && !toks[j].Break; j++ {
			if kind := underKind(toks[j].Key, ""); kind != "" {
				noun, to = kind, j+1
				if to < len(toks) && toks[to].Key == "fire" && !toks[to].Break {
					to++
				}
				break
			}
			if toks[j].Cap {
				break // "from Kataib Hezbollah": who, not what
			}
		}
	}
	p := phrase{From: k - 1, To: to, Name: aloneName(noun), Noun: end, Alone: true, Verb: true}
	if t, ok := underTarget(toks, k-1, endAt, g); ok {
		p.Name, p.Anchor, p.Pred, p.Alone = noun+" on "+t.Name, t.ID, "targeted", false
	}
	return p, true
}

// underTarget is the named subject ending just before the verb at token
// v, past a place that locates it ("the K-1 base near Kirkuk") and a
// head noun after its name ("base").
func underTarget(toks []token, v int, endAt map[int][]mention, g *Gazetteer) (schema.Entity, bool) {
	end := v
	for _, m := range endAt[end] {
		if m.From >= 2 && underPlaces[toks[m.From-1].Key] && !toks[m.From].Break {
			end = m.From - 1 // "near Kirkuk": the target is before it
		}
	}
	for _, to := range []int{end, end - 1} {
		for _, m := range endAt[to] {
			if e, ok := anchorOf(g, m); ok && isAny(e.Type, []string{"Agent", "Place", "Vehicle"}) && (to == end || !toks[end-1].Cap) {
				return e, true
			}
		}
	}
	return schema.Entity{}, false
}

// passiveByWords join a passive impact verb to what was fired: "was hit
// by rockets", "was pounded with missiles".
var passiveByWords = defaultRules.mustList("passiveByWords")

// passiveLead is how many words may stand between "by" and what was
// fired: "by two Iranian ballistic missiles".
const passiveLead = 4

// passiveImpact reads what was fired, named by the noun at token i (its
// modifiers from token from), as the by-phrase of a passive impact verb
// (rules/events.kinds "impact") whose subject names the target: "Camp
// Taji was hit by rockets", "Ain al-Asad air base was struck by Iranian
// ballistic missiles" tell what "rockets hit Camp Taji" does. A country's
// adjective in the by-phrase says who fired. "Could be hit", "was not
// hit" and "hit by" without was or were assert nothing, and give nil.
func passiveImpact(toks []token, from, i int, noun string, at map[int]mention, endAt map[int][]mention, g *Gazetteer) *phrase {
	if !firedNouns[noun] {
		return nil
	}
	by := from - 1
	for by >= 0 && by >= from-passiveLead && !passiveByWords[toks[by].Key] && !toks[by+1].Break {
		by--
	}
	if by < 3 || by < from-passiveLead || toks[by+1].Break || toks[by].Break || impactLength(toks, by-1) != 1 {
		return nil
	}
	v := by - 1 // the participle: "hit", "struck", "targeted"
	for v > 0 && passiveWords[toks[v-1].Key] && !toks[v].Break {
		v--
	}
	if v == by-1 || toks[v].Break || !(toks[v].Key == "was" || toks[v].Key == "were" || toks[v].Key == "been") {
		return nil
	}
	t, ok := underTarget(toks, v, endAt, g)
	if !ok {
		return nil
	}
	p := &phrase{From: from, To: i + 1, Name: eventWords(toks, from, i, noun) + " on " + t.Name, Anchor: t.ID, Pred: "targeted", Noun: i}
	p.By, p.ByAdjective = byAgent(toks, by+1, at, g, false)
	if from, ok := firedFrom(toks, i+1, at, g); ok {
		p.By, p.ByAdjective = from.ID, false
	}
	return p
}

// launchedWords, after what was fired, open the phrase that says who
// fired it: "missiles fired from Iran", "rockets launched by the militia".
var launchedWords = defaultRules.mustList("launchedWords")

// firedFrom reads "fired from X" or "launched by X" at token k, after
// what was fired: X, an agent, fired it.
func firedFrom(toks []token, k int, at map[int]mention, g *Gazetteer) (schema.Entity, bool) {
	if k+2 >= len(toks) || !launchedWords[toks[k].Key] || toks[k].Break || toks[k+1].Break || toks[k+1].Key != "from" && toks[k+1].Key != "by" {
		return schema.Entity{}, false
	}
	e, ok := objectAt(toks, k+2, at, g)
	return e, ok && schema.IsA(e.Type, "Agent")
}
