package extract

import (
	"strings"
	"unicode"

	"github.com/kg-analyst/kg/schema"
)

// phrase is a span of tokens that names an entity the gazetteer cannot
// match by its words: "the killing of Soleimani" names "Killing of Qasem
// Soleimani".
type phrase struct {
	From, To int // token range
	Name     string
	Anchor   string // the entity the phrase is about or by
	Pred     string // how the event relates to the anchor: targeted, conducted
	Target   string // for conducted events, what they targeted, if said
	By       string // for targeted events, who carried them out, if said ("the killing of X by Y")
	// ByAdjective is set where By is a state named by its people's
	// adjective ("by an American drone"): it carried the event out, and
	// no more is said of whom it attacked.
	ByAdjective bool
	Noun        int // token index of the event noun
	// Alone is set for an event a noun or verb names by itself ("the
	// vote", "parliament voted"): it needs a day to become a node.
	Alone bool
	Verb  bool // a verb names it: its mention is no noun between others
	// Place is where a conducted event struck when its target is only
	// described: "missiles at two bases in Iraq" struck in Iraq.
	Place string
	// Also are the others named beside the anchor, struck as it was:
	// "the killing of X and Y", "the strike on the Ain al-Asad air base
	// and Erbil".
	Also []string
	// Within is the place a possessive names as holding the anchor: "a
	// rocket attack on Baghdad's Green Zone" struck the zone, which is in
	// Baghdad.
	Within string
}

// plannedNouns make the event noun before them a modifier of what is
// only intended: "attack plans", "a strike plot".
var plannedNouns = defaultRules.mustList("plannedNouns")

// countFrom is where the mention of an event named by what was fired
// (its noun at token noun, its modifiers from token from) starts: at the
// volley that counts it as one act, or at the number just before it, if
// any. "Five rockets landed", "two Katyusha
// rockets hit" tell one act by its count, which is no part of its name;
// a longer count ("more than a dozen missiles") stays outside.
func countFrom(toks []token, from, noun int) int {
	if from > 1 && !toks[from].Break && !toks[from-1].Break && toks[from-1].Key == "of" && volleyNouns[toks[from-2].Key] && firedNouns[eventNouns[toks[noun].Key]] {
		return from - 2 // "a barrage of ballistic missiles": the barrage is the act
	}
	if from == 0 || toks[from].Break || !firedNouns[eventNouns[toks[noun].Key]] || !isNumber(toks[from-1]) || toks[from-1].Key == "dozen" {
		return from
	}
	if from > 1 && !toks[from-1].Break && countWords[toks[from-2].Key] {
		return from // "more than 30 rockets", "about 20 rockets"
	}
	return from - 1
}

// volleyNouns count what was fired as one act: "a barrage of ballistic
// missiles", "a volley of rockets" (rules/words.rules).
var volleyNouns = defaultRules.mustList("volleyNouns")

// impactTo is where the mention of an event named by what was fired
// ends: past the impact verb right after its noun (at token noun), so
// that "five rockets landed" is told as the act it is; else at to.
func impactTo(toks []token, noun, to int) int {
	k := noun + 1
	if to != k || k >= len(toks) || toks[k].Break || !firedNouns[eventNouns[toks[noun].Key]] {
		return to
	}
	return k + impactLength(toks, k)
}

// firedNouns are the event nouns that name what was fired: "missiles at
// the base" is a strike on it.
var firedNouns = map[string]bool{"Missile strike": true, "Rocket attack": true}

// launchVerbs say an agent carried out the event their object names: "the
// United States carried out air strikes", "parliament held a vote".
var launchVerbs = map[string]bool{"launched": true, "conducted": true, "carried": true, "fired": true, "staged": true, "mounted": true, "held": true, "commenced": true, "began": true, "started": true, "initiated": true}

var eventModifiers = defaultRules.mustList("eventModifiers")

// anchorOf is the entity a mention names when it anchors an event phrase:
// not an event, and not a demonym ("American" in "the American embassy"),
// though another name of a country may ("Britain", "U.S.").
func anchorOf(g *Gazetteer, m mention) (schema.Entity, bool) {
	e, ok := g.Lookup(m.Entity)
	if !ok || e.Type == "Event" {
		return schema.Entity{}, false
	}
	if e.Type == "Country" && nameKey(m.Text) != nameKey(e.Name) && !strings.EqualFold(m.Text, "U.S.") && (demonymLike(m.Text) || m.To-m.From > 1) {
		return schema.Entity{}, false
	}
	return e, true
}

// aboutNoun reports whether a noun names an event about someone, not
// aimed at them: X was not killed in "the funeral of X", and "the
// resignation of X" is X's own. Those are the nouns of the kinds that
// name an event alone (rules/events.kinds) and are no attack.
func aboutNoun(noun string) bool {
	kind := kindOf(defaultKinds, noun)
	return kindHas(kind, "alone") && !attackKinds[kind]
}

// phrasePred is how an event named "<noun> of X" relates to X.
func phrasePred(noun string) string {
	if aboutNoun(noun) {
		return "concerns"
	}
	return "targeted"
}

// eventWords is an event's name up to its noun: the modifiers that say
// its kind ("rocket attack", "air strikes") and the noun, capitalised as
// the start of a name.
func eventWords(toks []token, from, noun int, word string) string {
	var b strings.Builder
	for k := from; k < noun; k++ {
		b.WriteString(toks[k].Key + " ")
	}
	b.WriteString(strings.ToLower(word))
	name := b.String()
	return strings.ToUpper(name[:1]) + name[1:]
}

// targetPhrase reads "<noun> on|of|against X" at token i, its modifiers
// starting at token from, or returns nil.
func targetPhrase(toks []token, from, i int, noun string, at map[int]mention, g *Gazetteer) *phrase {
	a := pastOrigin(toks, i, noun, at) // "missiles from western Iran at the base"
	if a+1 >= len(toks) || toks[a].Break {
		return nil
	}
	if p := toks[a].Key; !(p == "on" || p == "of" || p == "against" || p == "at" && firedNouns[noun]) {
		return nil
	}
	j := a + 1
	if j < len(toks) && toks[j].Key == "the" {
		j++
	}
	// "the resignation of Prime Minister X": the title is not the anchor.
	for aboutNoun(noun) && j+1 < len(toks) && (personTitles[toks[j].Key] || titleModifiers[toks[j].Key] || toks[j].Key == "prime") && !toks[j+1].Break {
		j++
	}
	m, ok := at[j]
	if !ok || toks[j].Break || nameGoesOn(toks, m.To) {
		return nil
	}
	e, ok := anchorOf(g, m)
	if !ok || e.Type == "Thing" || toks[a].Key == "on" && blamedOn(toks, from, m.To) {
		return nil
	}
	if k := m.To; e.Type == "Country" && k < len(toks) && !toks[k].Break && !toks[k].Cap && nounTypes[toks[k].Key] != "" {
		return nil // "missiles at U.S. bases": the country only says whose bases
	}
	if owned, oe, ok := ownedPlace(toks, m, e, at, g); ok {
		p := placedPhrase(toks, from, i, noun, owned, oe)
		p.Within = e.ID
		return p
	}
	prep := "on"
	if nounHas(noun, "of") {
		prep = "of"
	}
	name := eventWords(toks, from, i, noun) + " " + prep + " " + e.Name
	for _, known := range []string{name, noun + " " + prep + " the " + e.Name, noun + " " + prep + " " + e.Name} {
		if k, ok := g.Match(known); ok && k.Type == "Event" {
			name = k.Name
			break
		}
	}
	p := &phrase{From: from, To: m.To, Name: name, Anchor: e.ID, Pred: phrasePred(noun), Noun: i}
	if firedNouns[noun] {
		p.To = i + 1 // "missiles at the base": the base stays a name of its own, for the verb's rules
	}
	// "the killing of X and Y", "of X, Y and eight others": the others
	// named beside the anchor, of its type, were struck too.
	k := m.To
	if e.Type == "Person" && p.Pred != "concerns" {
		p.Also, k = coAnchors(toks, k, sameType(e.Type), at, g)
	}
	// "the missile strike on the Ain al-Asad air base and Erbil": a place
	// joined to the place struck was struck as well, whatever its kind.
	if isAny(e.Type, placeTypes) && e.Type != "Country" && p.Pred == "targeted" {
		p.Also, k = coAnchors(toks, k, isPlace, at, g)
	}
	// "the killing of X by Y": Y carried it out; "the attack on the K-1
	// base by Y": past the target's head noun.
	if k+2 < len(toks) && nounTypes[toks[k].Key] != "" && !toks[k].Cap && !toks[k].Break && toks[k+1].Key == "by" {
		k++
	}
	if k+1 < len(toks) && toks[k].Key == "by" && !toks[k].Break && p.Pred != "concerns" {
		if p.By, p.ByAdjective = byAgent(toks, k+1, at, g, true); p.By != "" {
			k = pastAgent(toks, k+1, at) // "by firing missiles at X" names no agent, and places nothing
		}
	}
	// "the killing of X by an American drone at Baghdad airport": where
	// a person was struck is where the act happened.
	if place, ok := trailPlace(toks, k, at, g, false); ok && e.Type == "Person" && p.Pred != "concerns" {
		p.Place = place.Entity
	}
	return p
}

// trailPlace is the mention of the place "at", "near" or "outside" (or
// "in", if in is set) names at token k, past "the" and a direction:
// "near the airport", "outside western Baghdad".
func trailPlace(toks []token, k int, at map[int]mention, g *Gazetteer, in bool) (mention, bool) {
	if k >= len(toks) || toks[k].Break || !trailPlaces[toks[k].Key] && !(in && toks[k].Key == "in") {
		return mention{}, false
	}
	j := k + 1
	for j < len(toks) && (toks[j].Key == "the" || directions[toks[j].Key]) && !toks[j].Break {
		j++
	}
	m, ok := at[j]
	if !ok || j >= len(toks) || toks[j].Break || toks[m.To-1].Poss {
		return mention{}, false
	}
	e, ok := anchorOf(g, m)
	return m, ok && isAny(e.Type, placeTypes)
}

// byAgent is who a by-phrase starting at token k names as an act's
// agent: an agent past "the", "a" or "an" ("by the United States", "by
// Kataib Hezbollah"), or the state a people's adjective names before
// what it sent ("by an American drone", "by Iranian air defences"); ""
// if none. Persons count where persons may be said to act (persons: "the
// killing of X by Y"). Adjective says the state was named by its
// people's adjective: what it sent struck, not the state by name.
func byAgent(toks []token, k int, at map[int]mention, g *Gazetteer, persons bool) (id string, adjective bool) {
	if k < len(toks) && indefiniteOrThe(toks[k].Key) && !toks[k].Break {
		k++
	}
	by, ok := at[k]
	if !ok || k >= len(toks) || toks[k].Break {
		return "", false
	}
	if e, ok := anchorOf(g, by); ok && schema.IsA(e.Type, "Agent") && (persons || e.Type != "Person") {
		return e.ID, false
	}
	e, ok := g.Lookup(by.Entity)
	if n := by.To; ok && e.Type == "Country" && n < len(toks) && !toks[n].Cap && !toks[n].Break && isLetters(toks[n].Key) {
		return e.ID, true // "by an American drone": the state the drone was sent by
	}
	return "", false
}

// indefiniteOrThe reports whether a word is an article.
func indefiniteOrThe(w string) bool { return w == "the" || indefinite[w] }

// isLetters reports whether a token key is a word of letters, no number.
func isLetters(k string) bool {
	return k != "" && strings.IndexFunc(k, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) < 0
}

// sameType is a test of an entity type: that it is typ.
func sameType(typ string) func(string) bool { return func(t string) bool { return t == typ } }

// isPlace reports whether an entity type is a place below a country's
// level: a city, region, facility or other place ("Iraq and Syria" after a
// base name the states the strikes were in, not more targets).
func isPlace(typ string) bool { return typ != "Country" && isAny(typ, placeTypes) }

// coAnchors reads the names joined after an event's anchor, from token
// k: "and Y", ", Y and Z", ", Y and eight others", each of a type fits
// accepts. It returns their ids, and the token after the list; none and
// k where no list closed by "and" stands there (", Trump said" is no
// list).
func coAnchors(toks []token, k int, fits func(string) bool, at map[int]mention, g *Gazetteer) ([]string, int) {
	var ids []string
	for j := k; j < len(toks); {
		last := toks[j].Key == "and"
		if last {
			j++
		} else if !toks[j].Break {
			return nil, k
		}
		if last && j+1 < len(toks) && isNumber(toks[j]) && othersWords[toks[j+1].Key] {
			return ids, j + 2 // "and eight others"
		}
		if j+1 < len(toks) && toks[j].Key == "the" && !toks[j+1].Break {
			j++ // "the base and the Green Zone"
		}
		m, ok := at[j]
		if !ok || j >= len(toks) || toks[m.To-1].Poss || opensClause(toks, m.To) {
			return nil, k
		}
		e, ok := anchorOf(g, m)
		if !ok || !fits(e.Type) {
			return nil, k
		}
		ids = append(ids, e.ID)
		if last {
			return ids, m.To
		}
		j = m.To
	}
	return nil, k
}

// ownedPlace is the place a place's possessive names after it, which is
// where an event "on" it struck: "a rocket attack on Baghdad's Green Zone"
// struck the zone, not the city; "Iraq's Ain al-Asad base", the base.
func ownedPlace(toks []token, m mention, e schema.Entity, at map[int]mention, g *Gazetteer) (mention, schema.Entity, bool) {
	if !toks[m.To-1].Poss || !isAny(e.Type, []string{"City", "Region", "Country"}) {
		return mention{}, schema.Entity{}, false
	}
	owned, ok := at[m.To]
	if !ok {
		return mention{}, schema.Entity{}, false
	}
	oe, ok := anchorOf(g, owned)
	return owned, oe, ok && isAny(oe.Type, placeTypes)
}

// placedPhrase names an event by the place m (entity e) it struck, as
// impactPhrase does: a district or a square is where it happened, a
// facility or a city what it was aimed at.
func placedPhrase(toks []token, from, i int, noun string, m mention, e schema.Entity) *phrase {
	p := &phrase{From: from, To: m.To, Anchor: e.ID, Noun: i, Name: eventWords(toks, from, i, noun) + " on " + e.Name, Pred: "targeted"}
	if e.Type == "Region" || e.Type == "Place" {
		p.Name, p.Pred = eventWords(toks, from, i, noun)+" in "+e.Name, "locatedIn"
	}
	return p
}

// blameVerbs put the blame for an act "on" whom they blame.
var blameVerbs = defaultRules.mustList("blameVerbs")

// blamedOn reports whether the act named from token from is what a
// blame verb before it puts on the one named up to token to, no other
// "on" following: "blamed the attack on Kataib Hezbollah" names no
// attack on the group, while "blamed the attack on the base on X" does
// name one on the base.
func blamedOn(toks []token, from, to int) bool {
	k := from - 1
	if k >= 0 && determiners[toks[k].Key] {
		k--
	}
	if k < 0 || !blameVerbs[toks[k].Key] {
		return false
	}
	for j := to; j < len(toks) && !(j > to && toks[j].Break); j++ {
		if toks[j].Key == "on" {
			return false
		}
	}
	return true
}

// impactPhrase reads what was fired, named by the noun at token i (its
// modifiers from token from), and the verb by which it struck a named
// target (rules/events.kinds "impact"): "three rockets hit the U.S.
// Embassy" is a rocket attack on the embassy, which stays a name of its
// own for the verb's rules.
func impactPhrase(toks []token, from, i int, noun string, at map[int]mention, g *Gazetteer) *phrase {
	if !firedNouns[noun] || i+1 >= len(toks) {
		return nil
	}
	k, by := firedAside(toks, i+1, at, g)
	if k == i+1 && toks[k].Break {
		return nil
	}
	n := impactLength(toks, k)
	if n == 0 {
		return nil
	}
	e, ok := objectAt(toks, k+n, at, g)
	if ok && (e.Type == "Region" || e.Type == "Place") && by == "" {
		// "rockets landed inside the Green Zone": a district is where the
		// attack struck, not whom it was aimed at.
		return &phrase{From: from, To: i + 1, Name: eventWords(toks, from, i, noun) + " in " + e.Name, Anchor: e.ID, Pred: "locatedIn", Noun: i}
	}
	if !ok || !(e.Type == "Facility" || e.Type == "City" || schema.IsA(e.Type, "Agent")) {
		return nil
	}
	return &phrase{From: from, To: i + 1, Name: eventWords(toks, from, i, noun) + " on " + e.Name, Anchor: e.ID, Pred: "targeted", Noun: i, By: by}
}

// maxAside is how many words a participle clause set off by commas
// between what was fired and its impact verb may have.
const maxAside = 12

// firedAside reads a participle clause set off by commas after what was
// fired, at token k: "The missiles, launched by the Revolutionary Guards
// from inside Iran, struck the base". It returns the token after the
// clause and the agent its by-phrase names, or k and "" where no such
// clause stands there.
func firedAside(toks []token, k int, at map[int]mention, g *Gazetteer) (int, string) {
	if !toks[k].Break || !isParticiple(toks[k]) {
		return k, ""
	}
	by := ""
	for n := k + 1; n < len(toks) && n <= k+maxAside; n++ {
		if toks[n].Break {
			return n, by
		}
		if toks[n].Key != "by" || by != "" {
			continue
		}
		// "launched by the Revolutionary Guards": who fired it.
		if e, ok := objectAt(toks, n+1, at, g); ok && schema.IsA(e.Type, "Agent") {
			by = e.ID
		}
	}
	return k, ""
}

// strikeNouns are the event nouns an agent's name may come before: "U.S.
// air strikes", "an Iranian missile attack".
// barePhrase reads an attack an indefinite article introduces by no one
// named, at nothing named ("was killed in an airstrike on Jan. 3"), its
// noun at token i, its modifiers from token from: an event that needs a
// day (or the one event the document dates) to be a node.
func barePhrase(toks []token, from, i int, noun string) (phrase, bool) {
	if from == 0 || toks[from].Break || !strikeNouns[noun] || !indefinite[toks[from-1].Key] || namesAfter(toks, i) {
		return phrase{}, false
	}
	return phrase{From: from - 1, To: i + 1, Name: aloneName(eventWords(toks, from, i, noun)), Noun: i, Alone: true}, true
}

// nameGoesOn reports whether the capitalised word at token k carries on
// the name just before it: in "the downing of Ukraine International
// Airlines Flight 752" Ukraine only opens the flight's name, and the
// downing's target is the flight a later pass knows, never the country.
// A day or a month after a name ("on Iraq Sunday") is no part of it.
func nameGoesOn(toks []token, k int) bool {
	if k >= len(toks) || toks[k].Break || !toks[k].Cap {
		return false
	}
	return !weekdayKeys[toks[k].Key] && !monthStarts[toks[k].Text[:min(3, len(toks[k].Text))]]
}

// victimPhrase reads "<attack noun> that|which killed X" at the noun at
// token i (its modifiers from token from): "Trump ordered the strike that
// killed Soleimani" names the strike X was killed in, "Strike that killed
// Qasem Soleimani" until a day or a stored event says which.
func victimPhrase(toks []token, from, i int, noun string, at map[int]mention, g *Gazetteer) (phrase, bool) {
	k := i + 1
	if !strikeNouns[noun] || k+2 >= len(toks) || toks[k].Break || toks[k+1].Break || toks[k+2].Break ||
		toks[k].Key != "that" && toks[k].Key != "which" || toks[k+1].Key != "killed" {
		return phrase{}, false
	}
	m, ok := at[k+2]
	if !ok {
		return phrase{}, false
	}
	e, ok := anchorOf(g, m)
	if !ok || e.Type != "Person" {
		return phrase{}, false
	}
	return phrase{From: from, To: i + 1, Name: eventWords(toks, from, i, noun) + " that killed " + e.Name, Anchor: e.ID, Pred: "killed", Noun: i}, true
}

// indefinite articles introduce an event the text has not told of yet.
var indefinite = defaultRules.mustList("indefinite")

// aimWords join an event noun to what it struck or who struck: "an
// attack on Camp Taji", "a strike by U.S. forces".
var aimWords = defaultRules.mustList("aimWords")

// namesAfter reports whether the noun at token i is followed by an aim
// word and a name that is no date ("on Camp Taji", not "on Jan. 3" or
// "on Friday"): a target or an agent, which a pass that does not know the
// name yet must not read as an attack by no one at nothing.
func namesAfter(toks []token, i int) bool {
	if i+2 >= len(toks) || !aimWords[toks[i+1].Key] || toks[i+1].Break || toks[i+2].Break {
		return false
	}
	next := toks[i+2]
	if next.Key == "the" {
		return true // "on the embassy", "near the airport"
	}
	return next.Cap && !weekdayKeys[next.Key] && !monthStarts[next.Text[:min(3, len(next.Text))]]
}

var strikeNouns = map[string]bool{"Airstrikes": true, "Airstrike": true, "Strike": true, "Attack": true, "Raid": true, "Bombing": true}

// conditionalVerb reports whether the noun at i ends a clause whose
// subject, named by one of ms, follows "if", "unless" or "should": "...
// if Tehran attacks" is a verb, not the Tehran attacks.
func conditionalVerb(toks []token, ms []mention, i int) bool {
	if i+1 < len(toks) && !toks[i+1].Break {
		return false
	}
	for _, m := range ms {
		if m.From > 0 && (toks[m.From-1].Key == "if" || toks[m.From-1].Key == "unless" || toks[m.From-1].Key == "should") {
			return true
		}
	}
	return false
}

// eventPhrases finds events named by what they did to whom: "the killing
// of X", "X's assassination", "attack on X", "the Taji attack", and by
// whom: "American airstrikes", "U.S. drone strike". Event names use the
// anchor's canonical name, so every spelling gives one event.
func eventPhrases(s string, toks []token, g *Gazetteer, bodies map[string]string) []phrase {
	ms := g.matchWhere(s, toks, func(e schema.Entity) bool { return e.Type == "Event" })
	at := map[int]mention{}      // first token -> mention
	endAt := map[int][]mention{} // token just past -> mentions
	for _, m := range ms {
		at[m.From] = m
		endAt[m.To] = append(endAt[m.To], m)
	}
	opens := datelineEnd(s) // "BAGHDAD (Reuters) - Rockets hit": the story's first word
	out, held := underAttacks(toks, endAt, g)
	for i, t := range toks {
		noun, ok := eventNouns[t.Key]
		// "Iranian attack plans": plans, no attack; "a funeral procession in
		// Baghdad": its head noun reads it.
		if !ok || t.Cap && (i > 0 && t.Start != opens || monthStarts[t.Text[:min(3, len(t.Text))]]) || held[i] || i+1 < len(toks) && !toks[i+1].Break && (plannedNouns[toks[i+1].Key] || sameKindNoun(noun, toks[i+1].Key)) {
			continue
		}
		j := modifiersFrom(toks, i, noun)
		if unasserted(toks, j, projectiles[t.Key]) {
			continue // "did not fire missiles at X", "plans to launch strikes on X"
		}
		target, place := aimOf(toks, j, i, noun, at, g)
		if target == nil && place == nil {
			target = passiveImpact(toks, j, i, noun, at, endAt, g) // "Camp Taji was hit by rockets"
		}
		// "U.S. strikes Iran-backed militia": a verb, not an event.
		verbUse := i+1 < len(toks) && !toks[i+1].Break && (toks[i+1].Cap || at[i+1].Entity != "") || conditionalVerb(toks, endAt[j], i)
		if j > 0 && (!toks[j].Break || toks[j-1].Poss) && !verbUse && strikeNouns[noun] {
			if by := agentPhrases(s, toks, endAt[j], i, noun, g, target, place.anchor()); len(by) > 0 {
				out = append(out, by...)
				continue
			}
			if target == nil {
				target = placePhrase(toks, endAt[j], j, i, noun, g)
			}
		}
		// "the United States carried out air strikes", "Iran fired
		// missiles at the base" (what was fired at nothing named is no
		// event to tell apart).
		if by, ok := launcher(toks, endAt, j, g); ok && (nounHas(noun, "held") || firedNouns[noun] && (target != nil || place != nil || ownedFacility(toks, i, noun, at, g))) {
			p := phrase{From: j, To: i + 1, Name: eventWords(toks, j, i, noun) + " by " + by.Name, Anchor: by.ID, Pred: "conducted", Noun: i, Place: place.anchor()}
			if target != nil {
				p.Target = target.Anchor
			}
			out = append(out, p)
			continue
		}
		if target == nil {
			target = place // "rockets struck a base north of Baghdad": an attack there, by no one said
		}
		if target == nil && nounHas(noun, "placed") && nounOpens(toks, j) {
			target = scenePhrase(toks, j, i, noun, at, g)
		}
		if target != nil {
			out = append(out, *target)
			continue
		}
		// "X's killing", "X's burial"
		if i > 0 && toks[i-1].Poss && (noun == "Killing" || noun == "Assassination" || aboutNoun(noun)) {
			found := false
			for _, m := range endAt[i] {
				if e, ok := anchorOf(g, m); ok && e.Type == "Person" {
					out = append(out, phrase{From: m.From, To: i + 1, Name: noun + " of " + e.Name, Anchor: e.ID, Pred: phrasePred(noun), Noun: i})
					found = true
				}
			}
			if found {
				continue
			}
		}
		if p, ok := nominalPhrase(toks, j, i, noun, at, g); ok {
			out = append(out, p)
		} else if p, ok := alonePhrase(toks, i, noun, at, g); ok {
			out = append(out, p)
		} else if p, ok := barePhrase(toks, j, i, noun); ok && !verbUse {
			out = append(out, p)
		}
	}
	return append(out, verbPhrases(toks, at, endAt, g, bodies)...)
}

// namedTarget is what the event noun at token i struck: target, or the
// facility an apposition names after its described place ("missiles at
// two bases in Iraq, Ain al-Asad and ...": in Iraq, at Ain al-Asad), or
// nil.
func namedTarget(toks []token, i int, noun string, target, place *phrase, at map[int]mention, g *Gazetteer) *phrase {
	if target != nil || place == nil {
		return target
	}
	named := namedDescribed(toks, i, noun, place.Anchor, at, g)
	if named == "" {
		return nil
	}
	t := *place
	t.Anchor, t.Pred, t.Place = named, "targeted", place.Anchor
	return &t
}

// modifiersFrom is where the words that say the kind of the event noun
// at token i start: "American airstrikes", "U.S. drone strike", "a
// rocket attack", "a funeral procession".
func modifiersFrom(toks []token, i int, noun string) int {
	j := i
	for j > 0 && (eventModifiers[toks[j-1].Key] || sameKindNoun(noun, toks[j-1].Key)) && !toks[j].Break {
		j--
		if j > 1 && j < i && toks[j-1].Key == "and" && eventModifiers[toks[j-2].Key] && !toks[j-1].Break {
			j -= 2 // "a drone and missile attack", "rocket and mortar fire"
		}
	}
	return j
}

// sameKindNoun reports whether word is another event noun of the kind
// of the event noun named noun: "funeral" before "procession".
func sameKindNoun(noun, word string) bool {
	other, ok := eventNouns[word]
	return ok && other != noun && kindOf(defaultKinds, other) == kindOf(defaultKinds, noun)
}

// alonePhrase reads an event noun of a kind that names an event alone
// (rules/events.kinds) right after a determiner: "his resignation" is a
// resignation, which the document must date for it to become a node
// (docRun.dropUndated). A noun of its kind may stand between them: "a
// funeral procession".
func alonePhrase(toks []token, i int, noun string, at map[int]mention, g *Gazetteer) (phrase, bool) {
	k := i // the first noun of the run
	for k > 0 && !toks[k].Break && sameKindNoun(noun, toks[k-1].Key) {
		k--
	}
	k = pastCompound(toks, k)
	if k == 0 || toks[k].Break || !determiners[toks[k-1].Key] || !nounHas(noun, "alone") {
		return phrase{}, false
	}
	// "submitted his resignation to parliament": an event its subject's
	// pronoun owns is part of the verb phrase, read as the verb is.
	det := toks[k-1].Key
	owned := det == "his" || det == "her" || det == "its" || det == "their"
	p := phrase{From: k - 1, To: i + 1, Name: aloneName(noun), Noun: i, Alone: true, Verb: owned}
	// "Adel Abdul Mahdi submitted his resignation": his is the person
	// the sentence names last before it, whom the resignation concerns.
	if det == "his" || det == "her" {
		var last mention
		for _, m := range at {
			if e, ok := g.Lookup(m.Entity); ok && e.Type == "Person" && m.To < i && m.To > last.To {
				last = m
			}
		}
		if last.Entity != "" {
			p.Anchor, p.Pred = last.Entity, "concerns"
		}
	}
	return p, true
}

// pastCompound is where a lower-case modifier joined by hyphens that
// ends just before token k starts ("a million-man march", "a two-day
// vote"), or k when none stands there.
func pastCompound(toks []token, k int) int {
	j := k
	for j > 1 && toks[j-1].Hyph && !toks[j].Break {
		j--
	}
	if j == k || toks[j-1].Cap || toks[j].Break {
		return k
	}
	return j - 1
}

// aloneSuffix names an event a noun names alone when the noun is a word
// no name is made of ("funeral" opens headlines as a label): "Funeral
// event" is a name the gazetteer keeps, and says the kind all the same.
const aloneSuffix = " event"

// aloneName is the name of an event a noun names alone: the noun, or the
// noun and aloneSuffix when the noun alone is no name.
func aloneName(noun string) string {
	if k := nameKey(noun); k == "" || isStopKey(k) {
		return noun + aloneSuffix
	}
	return noun
}

// verbPhrases finds the events verbs state (rules/events.kinds): "Iraq's
// parliament voted" is a vote by it, "Flight 752 crashed" the crash of
// the flight; "Iran shot down Flight 752" a downing by Iran that targeted
// the flight. The subject ends just before the verb, or before "had",
// "has" or "have" and an adverb ("the parliament had already voted"); a
// bare body ("parliament", "lawmakers") is the one of the country the
// document names with it (bodies, body noun -> country id; nil: none).
func verbPhrases(toks []token, at map[int]mention, endAt map[int][]mention, g *Gazetteer, bodies map[string]string) []phrase {
	var out []phrase
	for i := 1; i < len(toks); i++ {
		v, ok := verbAt(toks, i)
		if !ok || unassertedVerb(toks, i) {
			continue
		}
		end := i + len(v.Words)
		if end < len(toks) && toks[end].Key == "back" && !toks[end].Break {
			continue // "Iran struck back at the United States": a reply whose kind the words after it say
		}
		subj := i
		for subj > 1 && verbAdverbs[toks[subj-1].Key] && !toks[subj].Break {
			subj--
		}
		subj = beforeDateAdjunct(toks, subj)
		subjects := append(endAt[subj], bodiesEndingAt(toks, at, subj, g)...)
		if b, ok := bareBody(toks, subj, bodies, g); ok && len(subjects) == 0 {
			subjects = append(subjects, b)
		}
		for _, m := range subjects {
			if v.Crowd {
				break // only a crowd states it: "officials gathered" is no rally
			}
			e, ok := anchorOf(g, m)
			if !ok || toks[m.To-1].Poss || toks[subj].Break || !v.Of && !schema.IsA(e.Type, "Agent") || e.Type == "Person" && attackKinds[kindOf(defaultKinds, v.Name)] {
				continue // a person's "attacked" is words, and who sent the gunmen no gunman
			}
			p := phrase{From: i, To: end, Name: v.Name + " by " + e.Name, Anchor: e.ID, Pred: "conducted", Noun: i, Alone: true, Verb: true}
			if v.Of {
				p.Name, p.Pred = v.Name+" of "+e.Name, "concerns"
			} else if obj, ok := objectAt(toks, end, at, g); ok {
				p.Target = obj.ID
			}
			out = append(out, p)
			break
		}
		if named := len(out) > 0 && out[len(out)-1].From == i; !named {
			if p, ok := unnamedAgentEvent(toks, i, subj, end, v, at, endAt, g); ok {
				out = append(out, p)
			}
		}
	}
	return out
}

// objectName is the name of a verb's object at token k as the text
// writes it, with its article and the city it is in: "stormed the U.S.
// Embassy in Baghdad" is the storming of "the U.S. Embassy in Baghdad",
// as analysts name it.
func objectName(toks []token, k int, obj schema.Entity, at map[int]mention, g *Gazetteer) string {
	name := obj.Name
	if toks[k].Key == "the" {
		name, k = "the "+name, k+1
	}
	m, ok := at[k]
	if !ok || m.To+1 >= len(toks) || toks[m.To].Key != "in" || toks[m.To].Break || toks[m.To+1].Break {
		return name
	}
	if city, ok := at[m.To+1]; ok {
		if e, ok := anchorOf(g, city); ok && e.Type == "City" {
			name += " in " + e.Name
		}
	}
	return name
}

// beforeDateAdjunct is where the subject of a verb at token k ends when
// a day stands between them ("Barham Salih on Saturday named"): before
// "on" and the day's words, or k.
func beforeDateAdjunct(toks []token, k int) int {
	for j := k - 1; j > 0 && j >= k-4 && !toks[j+1].Break; j-- {
		if toks[j].Key == "on" {
			if weekdayKeys[toks[k-1].Key] || isNumber(toks[k-1]) {
				return j
			}
			return k
		}
	}
	return k
}

// weekdayKeys are the weekdays' token keys.
var weekdayKeys = defaultRules.mustList("weekdayKeys")

// verbAdverbs may stand between an event verb and its subject: "Iran
// mistakenly shot down the jet", "lawmakers narrowly voted". A hedge
// ("allegedly") is none: what it says is not asserted.
var verbAdverbs = set("had", "has", "have", "already", "also", "then", "later", "unanimously", "overwhelmingly",
	"mistakenly", "accidentally", "unintentionally", "inadvertently", "narrowly", "swiftly", "quickly", "formally",
	"briefly", "finally", "eventually", "reportedly")

// bareBody is the body a bare noun just before token k names ("the
// parliament voted", "lawmakers voted"): the country's the document names
// with that body (rules/events.kinds "body" lines).
func bareBody(toks []token, k int, bodies map[string]string, g *Gazetteer) (mention, bool) {
	noun, ok := bodyWords[toks[k-1].Key]
	if !ok || bodies[noun] == "" {
		return mention{}, false
	}
	e, ok := g.Match(bodyName(noun, mustName(g, bodies[noun])))
	if !ok {
		return mention{}, false
	}
	return mention{Entity: e.ID, From: k - 1, To: k}, true
}

// bodiesEndingAt are the government bodies a country and a body noun
// name just before token k: "Iraq's parliament", "the Iraqi parliament".
func bodiesEndingAt(toks []token, at map[int]mention, k int, g *Gazetteer) []mention {
	var ms []mention
	for _, m := range at {
		ms = append(ms, m)
	}
	var out []mention
	for _, b := range append(bodyRefs(toks, ms, g), wordBodies(toks, ms, g)...) {
		if b.To != k || b.Country == "" {
			continue
		}
		if e, ok := g.Match(bodyName(b.Noun, mustName(g, b.Country))); ok {
			out = append(out, mention{Entity: e.ID, From: b.From, To: b.To})
		}
	}
	return out
}

// isEventVerb reports whether a mention's text opens with an event verb
// phrase ("voted", "stormed the embassy"), as verbPhrases makes them and
// verbMentionSpans reaches them over their objects.
func isEventVerb(text string) bool {
	_, ok := verbAt(tokenize(text), 0)
	return ok
}

// verbAt is the event verb whose phrase starts at token i, if any: the
// first in the kinds file of those whose first word is there.
func verbAt(toks []token, i int) (eventVerb, bool) {
	if i >= len(toks) {
		return eventVerb{}, false
	}
	for _, v := range verbsByFirst[toks[i].Key] {
		if i+len(v.Words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range v.Words {
			ok = ok && toks[i+k].Key == w && (k == 0 || !toks[i+k].Break)
		}
		if ok {
			return v, true
		}
	}
	return eventVerb{}, false
}

// objectAt is the entity named right after a verb at token k, past "the"
// or "a".
func objectAt(toks []token, k int, at map[int]mention, g *Gazetteer) (schema.Entity, bool) {
	if k < len(toks) && (toks[k].Key == "the" || toks[k].Key == "a") && !toks[k].Break {
		k++
	}
	m, ok := at[k]
	if !ok || k >= len(toks) || toks[k].Break {
		return schema.Entity{}, false
	}
	e, ok := anchorOf(g, m)
	if _, owned, in := ownedPlace(toks, m, e, at, g); ok && in {
		return owned, true // "rockets landed in Baghdad's Green Zone": in the zone
	}
	return e, ok
}

// launcher is the agent named just before a launch verb that has the
// event at token j as its object: "the United States carried out air
// strikes", "Iran fired more than a dozen ballistic missiles".
func launcher(toks []token, endAt map[int][]mention, j int, g *Gazetteer) (schema.Entity, bool) {
	k := j - 1
	if k > 1 && toks[k].Key == "of" && volleyNouns[toks[k-1].Key] && !toks[k].Break && !toks[j].Break {
		k -= 2 // "launched a barrage of missiles"
	}
	for k > 0 && (toks[k].Key == "more" || toks[k].Key == "than" || toks[k].Key == "a" || toks[k].Key == "an" || toks[k].Key == "dozen" || toks[k].Key == "out" || isNumber(toks[k])) && !toks[k+1].Break {
		k--
	}
	if k < 1 || !launchVerbs[toks[k].Key] || toks[k].Break || toks[k+1].Break {
		return schema.Entity{}, false
	}
	for _, m := range endAt[k] {
		if e, ok := g.Lookup(m.Entity); ok && schema.IsA(e.Type, "Agent") && !toks[m.To-1].Poss {
			return e, true
		}
	}
	return schema.Entity{}, false
}

// firingVerbs carry out what their object names, in every form: "fire
// missiles at", "plans to launch strikes on", "denied carrying out".
var firingVerbs = set("fire", "fires", "fired", "firing", "launch", "launches", "launched", "launching", "carry", "carries", "carried", "carrying",
	"conduct", "conducts", "conducted", "conducting", "stage", "staged", "staging", "mount", "mounted", "mounting",
	"begin", "begins", "began", "beginning", "commence", "commences", "commenced", "commencing", "start", "starts", "started", "starting")

// unrealised words before an event phrase say it did not happen (yet).
var unrealised = defaultRules.mustList("unrealised")

// projectiles are the nouns that name what was fired, not the attack:
// "missiles at the base".
var projectiles = defaultRules.mustList("projectiles")

// objectLead are the words between a verb and the event noun its object
// ends in: "fired more than a dozen ballistic missiles".
var objectLead = defaultRules.mustList("objectLead")

// unasserted reports whether the event phrase starting at token j is the
// object of a firing verb that is negated, modal or denied, so that it
// names no act: "did not fire missiles at X", "could launch strikes on
// X", "denied firing missiles at X". A definite object names an act that
// happened, whoever did it ("did not carry out the attack on X"), except
// for projectiles (fired is set), which name the firing itself.
func unasserted(toks []token, j int, fired bool) bool {
	if j == 0 {
		return false
	}
	k, definite := j-1, false
	for k > 0 && (objectLead[toks[k].Key] || isNumber(toks[k])) && !firingVerbs[toks[k].Key] && !toks[k+1].Break {
		definite = definite || toks[k].Key == "the"
		k--
	}
	if unrealised[toks[k].Key] && !toks[k+1].Break {
		return true // "threatened strikes on X", "a possible attack on X"
	}
	if toks[k].Key == "out" && k > 0 {
		k--
	}
	if toks[k+1].Break || !firingVerbs[toks[k].Key] {
		return false
	}
	switch {
	case k > 0 && modals[toks[k-1].Key]:
		return true
	case negatedBefore(toks, k) || k > 0 && rejectionVerbs[toks[k-1].Key]:
		return fired || !definite
	}
	return false
}

// agentPhrases reads the country named just before an event's modifiers
// as who carried it out: "U.S. air strikes", placed where a described
// target is, if place is set. A state's or an armed group's possessive
// says whose an attack at no named target was too ("Iran's missile
// strikes on two Iraqi bases", "Kataib Hezbollah's rocket attacks"): the
// event's words are then the words after it. An attack on a named
// target keeps the target's name ("Iran's rocket attack on the
// embassy"), its owner read by the rules.
func agentPhrases(s string, toks []token, before []mention, i int, noun string, g *Gazetteer, target *phrase, place string) []phrase {
	var out []phrase
	for _, m := range before {
		e, ok := g.Lookup(m.Entity)
		poss := toks[m.To-1].Poss
		if !ok || poss && (target != nil || !attackerOwner(e)) || !poss && e.Type != "Country" {
			continue
		}
		p := phrase{From: m.From, To: i + 1, Name: s[toks[m.From].Start:toks[i].End], Anchor: e.ID, Pred: "conducted", Noun: i, Place: place}
		if poss {
			p.From, p.Name = m.To, eventWords(toks, m.To, i, noun)+" by "+e.Name
		}
		if target != nil {
			p.Target = target.Anchor
		}
		out = append(out, p)
	}
	return out
}

// attackerOwner reports whether an entity's possessive before an attack
// names who carried it out: a state or an armed body ("Iran's missile
// strikes"), not a person ("Trump's strike" is one he ordered) or a
// place ("the base's attack").
func attackerOwner(e schema.Entity) bool {
	return e.Type == "Country" || e.Type == "ArmedGroup" || e.Type == "MilitaryUnit"
}

// placePhrase reads a facility or place named just before an event's
// modifiers as where it struck: "the Taji attack" is an attack on Camp
// Taji.
func placePhrase(toks []token, before []mention, from, i int, noun string, g *Gazetteer) *phrase {
	for _, m := range before {
		e, ok := anchorOf(g, m)
		if !ok || toks[m.To-1].Poss || !(e.Type == "Facility" || e.Type == "City" || e.Type == "Place") {
			continue
		}
		name, pred := eventWords(toks, from, i, noun)+" on "+e.Name, "targeted"
		if e.Type != "Facility" {
			name, pred = eventWords(toks, from, i, noun)+" in "+e.Name, "locatedIn"
		}
		return &phrase{From: m.From, To: i + 1, Name: name, Anchor: e.ID, Pred: pred, Noun: i}
	}
	return nil
}

// nounOpens reports whether the event noun phrase starting at token j
// opens as a noun does: a clause's first word, or after a determiner, a
// possessive or a number ("the stampede", "Sunday's march", "two
// rallies"). "Crowds march in Baghdad" is a verb.
func nounOpens(toks []token, j int) bool {
	return j == 0 || toks[j].Break || determiners[toks[j-1].Key] || toks[j-1].Poss || isNumber(toks[j-1])
}

// scenePhrase reads where an event with no target happened: "the
// stampede in Kerman", "the stampede at the funeral in Kerman" (the
// funeral only says when).
func scenePhrase(toks []token, from, i int, noun string, at map[int]mention, g *Gazetteer) *phrase {
	k := i + 1
	if k+2 < len(toks) && (toks[k].Key == "at" || toks[k].Key == "during") && toks[k+1].Key == "the" && eventNouns[toks[k+2].Key] != "" {
		k += 3
	}
	if k+1 >= len(toks) || toks[k].Key != "in" || toks[k].Break || toks[k+1].Break {
		return nil
	}
	m, ok := at[k+1]
	if !ok {
		return nil
	}
	e, ok := anchorOf(g, m)
	if !ok || !(e.Type == "City" || e.Type == "Region" || e.Type == "Place") {
		return nil
	}
	return &phrase{From: from, To: m.To, Name: eventWords(toks, from, i, noun) + " in " + e.Name, Anchor: e.ID, Pred: "locatedIn", Noun: i}
}

// namedEvents makes entities of the events the document names by what
// they did to whom ("a rocket attack on Camp Taji"), once the names are
// known: the place or person an event is named after is often new to the
// store, named first in the same sentence.
func (d *docRun) namedEvents() {
	evs := newEntities{g: d.g, byKey: map[string]*candidate{}, ids: d.newEnts.ids}
	for _, s := range d.sents {
		eventAt := make([]bool, len(s.toks))
		for _, m := range d.g.match(s.art.Text, s.toks) {
			if e, _ := d.g.Lookup(m.Entity); e.Type != "Event" {
				continue
			}
			for k := m.From; k < m.To; k++ {
				eventAt[k] = true
			}
		}
		for _, p := range eventPhrases(s.art.Text, s.toks, d.g, d.bodies) {
			if _, seen := d.alone[p.Name]; !seen || !p.Alone {
				d.alone[p.Name] = p.Alone
			}
			if !eventAt[p.Noun] {
				evs.add(candidate{Name: p.Name, Type: "Event", confidence: 2})
			}
		}
	}
	for _, e := range evs.entities() {
		d.g.Add(e)
		d.res.Document.Entities = append(d.res.Document.Entities, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
}
