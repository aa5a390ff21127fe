package extract

import "github.com/kg-analyst/kg/schema"

// Events told by what befell their target: "the K-1 base near Kirkuk came
// under attack from rocket fire", "Ain al-Asad came under missile fire".
// The subject is the target; the words of the phrase say the kind.

// underVerbs open "<target> came under attack".
var underVerbs = set("came", "comes", "come", "coming")

// underNouns close the phrase: what the target came under.
var underNouns = set("attack", "attacks", "fire", "shelling", "bombardment")

// underPlaces are the prepositions by which a place follows the target
// it locates: "the K-1 base near Kirkuk came under attack".
var underPlaces = set("near", "outside", "in", "at")

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
