package extract

import "github.com/kg-analyst/kg/schema"

// Events stated by a verb whose agent the text does not name: "police
// detained the British ambassador", "thousands of Iraqis marched through
// Baghdad", "protesters stormed the U.S. Embassy", "the plane crashed".
// What identifies such an event is whom it concerns or where it
// happened, and that names it, or else its day.

// unnamedAgentEvent reads an event verb at token i (its words before end,
// its subject ending before subj) that no named agent is the subject
// of: the event whom it concerns (aboutEvent), an unnamed aircraft's
// (craftEvent), or a crowd's event at a place (crowdsEvent).
func unnamedAgentEvent(toks []token, i, subj, end int, v eventVerb, at map[int]mention, endAt map[int][]mention, g *Gazetteer) (phrase, bool) {
	if p, ok := aboutEvent(toks, i, end, v, at, endAt, g); ok {
		return p, true
	}
	if p, ok := craftEvent(toks, i, subj, end, v); ok {
		return p, true
	}
	return crowdsEvent(toks, i, subj, end, v, at, g)
}

// craftEvent reads a verb that concerns its subject (rules/events.kinds
// "verb Name of") whose subject is an unnamed aircraft (a "craft" word
// just before it): "a Ukrainian passenger jet crashed" is a crash, which
// its day makes one node. The verb is at token i, its subject ends
// before subj, its words before end.
func craftEvent(toks []token, i, subj, end int, v eventVerb) (phrase, bool) {
	relative := subj > 1 && !toks[subj].Break && (toks[subj-1].Key == "that" && !toks[subj-1].Break || toks[subj-1].Key == "which")
	if relative {
		subj-- // "a Ukrainian airliner that crashed near Tehran", "the jet, which crashed"
	}
	if !v.Of || subj == 0 || toks[subj].Break && !relative || !craftWords[toks[subj-1].Key] {
		return phrase{}, false
	}
	return phrase{From: i, To: end, Name: aloneName(v.Name), Noun: i, Alone: true, Verb: true}, true
}

// passiveWords stand between the subject of a passive event verb and the
// verb: "Macaire was briefly detained", "were arrested".
var passiveWords = defaultRules.mustList("passiveWords")

// objectLeadMax is how many words a verb's object may have before the
// person it names: "detained the British ambassador, Rob Macaire".
const objectLeadMax = 5

// aboutEvent reads an event verb of a kind that concerns its object
// (rules/events.kinds "about") whom no named agent is said to act on:
// "police in Tehran detained the British ambassador, Rob Macaire" and
// "Macaire was briefly detained" both tell of the detention of Macaire.
func aboutEvent(toks []token, i, end int, v eventVerb, at map[int]mention, endAt map[int][]mention, g *Gazetteer) (phrase, bool) {
	if v.Of || !nounHas(v.Name, "about") {
		return phrase{}, false
	}
	e, ok := personObject(toks, end, at, g)
	if !ok {
		e, ok = passiveSubject(toks, i, endAt, g)
	}
	if !ok {
		return phrase{}, false
	}
	return phrase{From: i, To: end, Name: v.Name + " of " + e.Name, Anchor: e.ID, Pred: "concerns", Noun: i, Alone: true, Verb: true}, true
}

// personObject is the person a verb's object names from token k, after
// at most objectLeadMax lower-case words or a demonym and a comma before
// the name: "the British ambassador, Rob Macaire", "a French
// journalist".
func personObject(toks []token, k int, at map[int]mention, g *Gazetteer) (schema.Entity, bool) {
	for n := k; n < len(toks) && n < k+objectLeadMax; n++ {
		m, ok := at[n]
		if n > k && toks[n].Break && !ok {
			return schema.Entity{}, false
		}
		if !ok {
			if toks[n].Cap {
				return schema.Entity{}, false
			}
			continue
		}
		if e, ok := g.Lookup(m.Entity); ok && e.Type == "Person" {
			return e, true
		}
		if _, ok := anchorOf(g, m); ok {
			return schema.Entity{}, false // another name first: "detained Iranian officials", not a person
		}
		n = m.To - 1 // a demonym: "the British ambassador"
	}
	return schema.Entity{}, false
}

// passiveSubject is the person a passive event verb at token i is about:
// "Rob Macaire was briefly detained".
func passiveSubject(toks []token, i int, endAt map[int][]mention, g *Gazetteer) (schema.Entity, bool) {
	k := i
	for k > 0 && passiveWords[toks[k-1].Key] && !toks[k].Break {
		k--
	}
	if k == i || toks[k].Key == "is" || toks[k].Key == "are" || !(toks[k].Key == "was" || toks[k].Key == "were") {
		return schema.Entity{}, false
	}
	for _, m := range endAt[k] {
		// "Britain's ambassador, Rob Macaire, was detained": a name set
		// off by commas is the subject the verb is about.
		appositive := m.From > 0 && toks[m.From].Break
		if e, ok := g.Lookup(m.Entity); ok && e.Type == "Person" && !toks[m.To-1].Poss && (!toks[k].Break || appositive) {
			return e, true
		}
	}
	return schema.Entity{}, false
}

// placePreps join a crowd's event verb to where it went: "marched
// through Baghdad", "rallied in Tahrir Square"
// ("marched on the embassy" is an assault, not a march).
var placePreps = defaultRules.mustList("placePreps")

// areaWords name a part of the place after them: "in central Baghdad".
var areaWords = defaultRules.mustList("areaWords")

// crowdsEvent reads an event verb whose subject is an unnamed crowd
// ("Thousands of people stormed the U.S. Embassy", "protesters stormed
// it") and whose object is a place: the event at the place, named by it,
// "Storming of U.S. Embassy". A kind "<noun> in <place>" places
// (rules/events.kinds "placed") may reach its place by a preposition:
// "thousands of Iraqis marched through Baghdad" is a march in Baghdad.
// The verb is at token i, its subject ends before subj, its words before
// end.
func crowdsEvent(toks []token, i, subj, end int, v eventVerb, at map[int]mention, g *Gazetteer) (phrase, bool) {
	if v.Of || subj == 0 || toks[subj].Break || !crowdWords[toks[subj-1].Key] && (v.Crowd || nounTypes[toks[subj-1].Key] != "Group") {
		return phrase{}, false
	}
	obj, ok := objectAt(toks, end, at, g)
	if ok && schema.IsA(obj.Type, "Place") {
		return phrase{From: i, To: end, Name: v.Name + " of " + objectName(toks, end, obj, at, g), Anchor: obj.ID, Pred: "targeted", Noun: i, Alone: true, Verb: true}, true
	}
	if !nounHas(v.Name, "placed") || end+1 >= len(toks) || !placePreps[toks[end].Key] || toks[end].Break {
		return phrase{}, false
	}
	k := end + 1
	if k+1 < len(toks) && areaWords[toks[k].Key] && !toks[k+1].Break {
		k++ // "rallied in central Baghdad"
	}
	obj, ok = objectAt(toks, k, at, g)
	if !ok || !schema.IsA(obj.Type, "Place") {
		return phrase{}, false
	}
	return phrase{From: i, To: end, Name: v.Name + placePrep(obj) + obj.Name, Anchor: obj.ID, Pred: "locatedIn", Noun: i, Alone: true, Verb: true}, true
}
