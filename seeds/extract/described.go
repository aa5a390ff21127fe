package extract

import (
	"slices"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Events whose target is described, not named: "Iran fired missiles at
// two military bases in Iraq", "rockets struck a base north of Baghdad",
// "a drone strike on a convoy near the airport". The description names
// no entity to aim the event at, but its place says where it struck, and
// an event's kind, day and agent say which it is: the same strike named
// elsewhere ("at Ain al-Asad air base") resolves to the same node.

// facilityNouns are the heads of a described target: what a strike hits.
// A noun joins by a line of rules/words.rules.
var facilityNouns = defaultRules.mustList("facilityNouns")

// placeLeads are the words that set a described target's place after its
// head: "bases in Iraq", "a convoy near the airport", "a base north of
// Baghdad" (a compass word takes "of").
var placeLeads = defaultRules.mustList("placeLeads")

// describedLead are the words a described target may open with before
// its head: "two military bases", "a U.S.-led coalition base".
const describedLead = 5

// describedTarget reads, after the event noun at token i (its modifiers
// from token from), a target described by a facility noun and a place:
// "at|on|against <description> in|near|north of <Place>", or what was
// fired and the verb by which it struck such a target ("missiles hit two
// bases in Iraq"). It returns the event placed there, or nil.
func describedTarget(toks []token, from, i int, noun string, at map[int]mention, g *Gazetteer) *phrase {
	k, ok := describedStart(toks, i, noun, at)
	if !ok {
		return nil
	}
	e, ok := describedPlace(toks, k, at, g)
	if !ok || genericAim(toks, from, i, k, noun) {
		return nil
	}
	return &phrase{From: from, To: i + 1, Name: eventWords(toks, from, i, noun) + " in " + e.Name, Anchor: e.ID, Pred: "locatedIn", Noun: i}
}

// genericAim reports whether an event noun at token i (its modifiers
// from token from) and the description of what it struck, from token k,
// are both bare plurals: "attacks on checkpoints near Kirkuk" is a class
// of acts, no one event. A count or a determiner on either side tells
// of acts ("two attacks on checkpoints", "attacks on two bases"), and
// what was fired is one volley ("rockets hit bases near Kirkuk").
func genericAim(toks []token, from, i, k int, noun string) bool {
	bare := func(n int) bool {
		return n == 0 || toks[n].Break || !determiners[toks[n-1].Key] && !toks[n-1].Poss && !isNumber(toks[n-1]) && !indefinite[toks[n-1].Key]
	}
	if firedNouns[noun] || !strings.HasSuffix(toks[i].Key, "s") || !bare(from) {
		return false
	}
	if determiners[toks[k].Key] || indefinite[toks[k].Key] || isNumber(toks[k]) {
		return false
	}
	for n := k; n < len(toks) && n < k+describedLead && !toks[n].Break; n++ {
		if facilityNouns[toks[n].Key] && !toks[n].Cap {
			return strings.HasSuffix(toks[n].Key, "s") && toks[n].Key != "headquarters"
		}
	}
	return false
}

// describedStart is where the description of what the event noun at
// token i struck starts: past "on", "against", "at" (what was fired), or
// an impact verb ("missiles hit").
func describedStart(toks []token, i int, noun string, at map[int]mention) (int, bool) {
	k := pastOrigin(toks, i, noun, at)
	if k >= len(toks) || toks[k].Break {
		return 0, false
	}
	switch p := toks[k].Key; {
	case p == "on" || p == "against" || p == "at" && firedNouns[noun]:
		return k + 1, true
	case firedNouns[noun]:
		n := impactLength(toks, k)
		return k + n, n > 0
	}
	return 0, false
}

// ownedFacility reports whether what the event noun at token i struck is
// a facility a country's adjective describes, placed nowhere:
// "missiles at two Iraqi bases". The country says whose the bases are,
// not where they are, so the event gets no place; but it struck
// something, and its agent and day say which event it is.
func ownedFacility(toks []token, i int, noun string, at map[int]mention, g *Gazetteer) bool {
	k, ok := describedStart(toks, i, noun, at)
	if !ok {
		return false
	}
	owned := false
	for n := k; n < len(toks) && n < k+describedLead && !toks[n].Break; n++ {
		if m, ok := at[n]; ok {
			e, ok := g.Lookup(m.Entity)
			if !ok || e.Type != "Country" || !demonymLike(m.Text) {
				return false // "U.S. bases": the name reads as a place, where rules would put the event
			}
			owned, n = true, m.To-1
			continue
		}
		if facilityNouns[toks[n].Key] && !toks[n].Cap {
			return owned
		}
		if toks[n].Cap {
			return false
		}
	}
	return false
}

// aimOf reads what the event noun at token i (its modifiers from token
// from) was aimed at: a named target, or else a described one's place and
// the facility an apposition names after it, if any (namedTarget).
func aimOf(toks []token, from, i int, noun string, at map[int]mention, g *Gazetteer) (target, place *phrase) {
	if target = targetPhrase(toks, from, i, noun, at, g); target == nil {
		target = impactPhrase(toks, from, i, noun, at, g)
	}
	if target == nil {
		place = describedTarget(toks, from, i, noun, at, g)
	}
	return namedTarget(toks, i, noun, target, place, at, g), place
}

// impactLength is the number of tokens of the impact verb (rules/
// events.kinds "impact") at token k, or 0. Punctuation may stand before
// the verb (its caller says where it may), never inside it.
func impactLength(toks []token, k int) int {
	for _, v := range impactVerbs {
		if k+len(v) <= len(toks) && toks[k].Key == v[0] && slices.EqualFunc(toks[k+1:k+len(v)], v[1:], func(t token, w string) bool { return t.Key == w && !t.Break }) {
			return len(v)
		}
	}
	return 0
}

// describedPlace reads a description from token k: a few words, a
// facility noun, then its place ("two military bases in Iraq", "a base
// north of Baghdad"). A country's name or adjective in the description
// says whose the facility is ("U.S. bases", "Iraqi bases"), not where it
// is; any other name makes it a name, read by the named rules.
func describedPlace(toks []token, k int, at map[int]mention, g *Gazetteer) (schema.Entity, bool) {
	head := -1
	for n := k; n < len(toks) && n < k+describedLead && !toks[n].Break; n++ {
		if facilityNouns[toks[n].Key] && !toks[n].Cap {
			head = n
			break
		}
		if m, ok := at[n]; ok {
			if e, ok := g.Lookup(m.Entity); !ok || e.Type != "Country" {
				return schema.Entity{}, false // "at Ain al-Asad air base": named, not described
			}
			n = m.To - 1
			continue
		}
		if toks[n].Cap && n > k {
			return schema.Entity{}, false
		}
	}
	if head < 0 {
		return schema.Entity{}, false
	}
	p := whomHoused(toks, head+1)
	if p+1 >= len(toks) || !placeLeads[toks[p].Key] || toks[p].Break {
		return schema.Entity{}, false
	}
	if lead := toks[p].Key; lead != "in" && lead != "near" && lead != "outside" && lead != "inside" {
		if p++; toks[p].Key != "of" {
			return schema.Entity{}, false
		}
	}
	e, ok := objectAt(toks, p+1, at, g)
	return e, ok && (e.Type == "City" || e.Type == "Region" || e.Type == "Country" || e.Type == "Place" || e.Type == "Facility")
}

// housingVerbs say whom a facility holds, before where it is: "bases
// housing U.S. troops in Iraq".
var housingVerbs = defaultRules.mustList("housingVerbs")

// whomHoused returns the token past "housing <a few words>" at token k
// when a place lead follows them, or else k.
func whomHoused(toks []token, k int) int {
	if k >= len(toks) || !housingVerbs[toks[k].Key] || toks[k].Break {
		return k
	}
	for n := k + 1; n < len(toks) && n <= k+describedLead && !toks[n].Break; n++ {
		if placeLeads[toks[n].Key] {
			return n
		}
	}
	return k
}

// anchor is the entity a phrase is about, or "" for no phrase.
func (p *phrase) anchor() string {
	if p == nil {
		return ""
	}
	return p.Anchor
}

// pastOrigin is the token after the event noun at token i where what it
// was aimed at may be named: for what was fired, past where it was fired
// from, a name and maybe one word after it ("ballistic missiles from
// western Iran at two bases", "rockets from Iranian territory at the
// base"), when "at", "on" or "against" follows; else the token after
// the noun.
func pastOrigin(toks []token, i int, noun string, at map[int]mention) int {
	k := i + 1
	if !firedNouns[noun] || k+1 >= len(toks) || toks[k].Key != "from" || toks[k].Break {
		return k
	}
	for n := k + 1; n < len(toks) && n <= k+3 && !toks[n].Break; n++ {
		m, ok := at[n]
		if !ok {
			continue
		}
		end := m.To
		if end+1 < len(toks) && !toks[end].Cap && !firedAt[toks[end].Key] && !toks[end+1].Break {
			end++ // "from Iranian territory"
		}
		if end < len(toks) && firedAt[toks[end].Key] && !toks[end].Break {
			return end
		}
		return k
	}
	return k
}

// firedAt open what something fired was aimed at.
var firedAt = defaultRules.mustList("firedAt")

// namedDescribed is the facility an apposition names right after a
// described target, past the place and a relative clause on whom it
// houses: "missiles at two bases in Iraq that house American troops, Ain
// al-Asad in Anbar province and a base near Erbil" struck Ain al-Asad.
// The event noun is at token i; "" when no such apposition follows.
func namedDescribed(toks []token, i int, noun string, place string, at map[int]mention, g *Gazetteer) string {
	k, ok := describedStart(toks, i, noun, at)
	if !ok || place == "" {
		return ""
	}
	end := -1 // just past the place's mention
	for n := k; n < len(toks) && n < k+describedLead+3 && (n == k || !toks[n].Break); n++ {
		if m, ok := at[n]; ok && m.Entity == place {
			end = m.To
			break
		}
	}
	if end < 0 {
		return ""
	}
	c := end
	if c < len(toks) && (toks[c].Key == "that" || toks[c].Key == "which") && !toks[c].Break {
		for c++; c < len(toks) && c <= end+describedLead && !toks[c].Break; c++ {
			if _, named := at[c]; named && !housedWords[toks[c].Key] {
				if e, ok := g.Lookup(at[c].Entity); !ok || e.Type != "Country" {
					return "" // the clause names something else
				}
			}
		}
	}
	if c >= len(toks) || !toks[c].Break || c+1 >= len(toks) {
		return ""
	}
	if toks[c].Key == "the" {
		c++
	}
	m, ok := at[c]
	if !ok {
		return ""
	}
	if e, ok := anchorOf(g, m); ok && e.Type == "Facility" {
		return e.ID
	}
	return ""
}

// housedWords are who a described facility houses, named by a
// country's adjective: "bases that house American troops".
var housedWords = defaultRules.mustList("housedWords")
