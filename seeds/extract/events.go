package extract

import (
	"strings"

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
	Noun     int    // token index of the event noun
}

// eventNouns name events; the value is the word used in the event's name.
var eventNouns = map[string]string{
	"attack": "Attack", "attacks": "Attack", "storming": "Storming", "siege": "Siege", "assault": "Assault",
	"killing": "Killing", "assassination": "Assassination", "death": "Killing", "strike": "Strike", "strikes": "Strike",
	"airstrike": "Airstrike", "airstrikes": "Airstrikes", "bombing": "Bombing", "funeral": "Funeral",
}

var eventModifiers = defaultRules.mustList("eventModifiers")

// anchorOf is the entity a mention names when it anchors an event phrase:
// not an event, and not a demonym ("American" in "the American embassy").
func anchorOf(g *Gazetteer, m mention) (schema.Entity, bool) {
	e, ok := g.Lookup(m.Entity)
	if !ok || e.Type == "Event" {
		return schema.Entity{}, false
	}
	if e.Type == "Country" && nameKey(m.Text) != nameKey(e.Name) && !strings.EqualFold(m.Text, "U.S.") {
		return schema.Entity{}, false
	}
	return e, true
}

// phrasePred is how an event named "<noun> of X" relates to X: a funeral
// is about X, not aimed at X (X was not killed in it).
func phrasePred(noun string) string {
	if noun == "Funeral" {
		return "concerns"
	}
	return "targeted"
}

// targetPhrase reads "<noun> on|of|against X" at token i, or returns nil.
func targetPhrase(toks []token, i int, noun string, at map[int]mention, g *Gazetteer) *phrase {
	if i+2 >= len(toks) || !(toks[i+1].Key == "on" || toks[i+1].Key == "of" || toks[i+1].Key == "against") || toks[i+1].Break {
		return nil
	}
	j := i + 2
	if j < len(toks) && toks[j].Key == "the" {
		j++
	}
	m, ok := at[j]
	if !ok || toks[j].Break {
		return nil
	}
	e, ok := anchorOf(g, m)
	if !ok || e.Type == "Thing" {
		return nil
	}
	prep := "on"
	if noun == "Killing" || noun == "Assassination" || noun == "Storming" || noun == "Siege" || noun == "Funeral" {
		prep = "of"
	}
	name := noun + " " + prep + " " + e.Name
	if k, ok := g.Match(noun + " " + prep + " the " + e.Name); ok && k.Type == "Event" {
		name = k.Name
	}
	p := &phrase{From: i, To: m.To, Name: name, Anchor: e.ID, Pred: phrasePred(noun), Noun: i}
	// "the killing of X by Y": Y carried it out.
	if k := m.To; k+1 < len(toks) && toks[k].Key == "by" && !toks[k].Break && p.Pred == "targeted" {
		if toks[k+1].Key == "the" && k+2 < len(toks) {
			k++
		}
		if by, ok := at[k+1]; ok {
			if e, ok := anchorOf(g, by); ok && schema.IsA(e.Type, "Agent") {
				p.By = e.ID
			}
		}
	}
	return p
}

// eventPhrases finds events named by what they did to whom: "the killing
// of X", "X's assassination", "attack on X", and by whom: "American
// airstrikes", "U.S. drone strike". Event names use the anchor's canonical
// name, so every spelling gives one event.
func eventPhrases(s string, toks []token, g *Gazetteer) []phrase {
	ms := g.matchWhere(s, toks, func(e schema.Entity) bool { return e.Type == "Event" })
	var out []phrase
	at := map[int]mention{}      // first token -> mention
	endAt := map[int][]mention{} // token just past -> mentions
	for _, m := range ms {
		at[m.From] = m
		endAt[m.To] = append(endAt[m.To], m)
	}
	canonical := func(m mention) (schema.Entity, bool) { return anchorOf(g, m) }
	for i, t := range toks {
		noun, ok := eventNouns[t.Key]
		if !ok || t.Cap && i > 0 {
			continue
		}
		target := targetPhrase(toks, i, noun, at, g)
		// "American airstrikes", "U.S. drone strike"
		j := i
		for j > 0 && eventModifiers[toks[j-1].Key] && !toks[j].Break {
			j--
		}
		by := false
		// "U.S. strikes Iran-backed militia": a verb, not an event.
		verbUse := i+1 < len(toks) && !toks[i+1].Break && (toks[i+1].Cap || at[i+1].Entity != "")
		if j > 0 && !toks[j].Break && !verbUse && (noun == "Airstrikes" || noun == "Airstrike" || noun == "Strike" || noun == "Attack") {
			for _, m := range endAt[j] {
				{
					e, ok := g.Lookup(m.Entity)
					if ok && e.Type == "Country" && !toks[m.To-1].Poss {
						p := phrase{From: m.From, To: i + 1, Name: s[toks[m.From].Start:t.End], Anchor: e.ID, Pred: "conducted", Noun: i}
						if target != nil {
							p.Target = target.Anchor
						}
						out = append(out, p)
						by = true
					}
				}
			}
		}
		if by {
			continue
		}
		if target != nil {
			out = append(out, *target)
			continue
		}
		// "X's killing"
		if i > 0 && toks[i-1].Poss && (noun == "Killing" || noun == "Assassination" || noun == "Funeral") {
			for _, m := range endAt[i] {
				{
					if e, ok := canonical(m); ok && e.Type == "Person" {
						out = append(out, phrase{From: m.From, To: i + 1, Name: noun + " of " + e.Name, Anchor: e.ID, Pred: phrasePred(noun), Noun: i})
					}
				}
			}
			continue
		}
	}
	return out
}
