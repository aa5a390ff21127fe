package extract

import "strings"

// "X-backed militias". A group described by who backs it is an entity in
// any article: the phrase carries the relation (backedBy X) and the text
// goes on to call it "the militias". Read in one article and written in
// another ("Iranian-backed militias", "Iran-backed militia"), it is the
// same group when the backer and the head word are the same.

// backedPhrase is one "X-backed militias" in a sentence.
type backedPhrase struct {
	From, To int    // its tokens
	Backer   string // the entity X names
	Head     string // the head word's key, singular ("militia")
}

// key says which group a phrase describes: its backer and its head.
func (p backedPhrase) key() string { return p.Backer + " " + headKey(p.Head) }

// backerHyphens say "backed" after a hyphen ("Iran-aligned factions").
var backerHyphens = defaultRules.mustList("backerHyphens")

// backedPhrases finds "X-backed militias" in a sentence's tokens, X being
// one of its mentions ms, a capital standing for its state ("Tehran-backed
// militias" are backed by Iran, the group "Iran-backed militias" names; g
// knows the capitals' states). A phrase that goes on "of the B" describes B
// ("Iran-backed militias of the Popular Mobilization Forces"), and one
// with a name inside it ("Iran-backed Kataib Hezbollah militia") is that
// name: neither is a group of its own.
func backedPhrases(g *Gazetteer, toks []token, ms []mention) []backedPhrase {
	backer := make([]string, len(toks)) // by token: the entity a mention ending there names
	inside, starts := make([]bool, len(toks)), make([]bool, len(toks)+1)
	for _, m := range ms {
		backer[m.To-1] = m.Entity
		starts[m.From] = true
		for k := m.From; k < m.To; k++ {
			inside[k] = true
		}
	}
	var out []backedPhrase
	for i := 1; i+1 < len(toks); i++ {
		if !backerHyphens[toks[i].Key] || !toks[i].Hyph || backer[i-1] == "" {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+3 && !toks[j].Break && !backedHeads[toks[j].Key] && !inside[j] {
			j++
		}
		if j >= len(toks) || !backedHeads[toks[j].Key] || toks[j].Break || inside[j] || ofName(toks, starts, j+1) {
			continue
		}
		from := i - 1
		for _, m := range ms {
			if m.To == i {
				from = m.From
			}
		}
		out = append(out, backedPhrase{From: from, To: j + 1, Backer: seatSpeaker(g, backer[i-1]), Head: toks[j].Key})
	}
	return out
}

// backedGroups indexes the known groups some name of which is an
// "X-backed" phrase, by the phrase's key; a key two groups share is left
// out.
func backedGroups(g *Gazetteer) map[string]string {
	out := map[string]string{}
	for _, e := range g.entities {
		for _, n := range e.Names() {
			if !strings.Contains(strings.ToLower(n), "-backed") {
				continue
			}
			toks := tokenize(n)
			for _, p := range backedPhrases(g, toks, g.match(n, toks)) {
				if id, ok := out[p.key()]; ok && id != e.ID {
					out[p.key()] = ""
					continue
				}
				out[p.key()] = e.ID
			}
		}
	}
	return out
}

// ofName reports whether "of" or "of the" at token i comes before a name
// (starts marks the tokens a mention starts at).
func ofName(toks []token, starts []bool, i int) bool {
	if i >= len(toks) || toks[i].Key != "of" || toks[i].Break {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Key == "the" {
		i++
	}
	return starts[i+1]
}
