package extract

// Bodies named for the building they sit in: "the White House said" is the
// President's office, "speaking at the White House" is the building. An
// article that names such a body only as a place (at, from, in, outside
// it) is about the building, and the building is a Facility there, so
// that who spoke, signed or stood there is present at it; an article
// where the body also speaks, acts or owns something keeps the body.

// buildingBodies maps the id of each such body of the built-in list to
// the type it has as a body.
var buildingBodies = map[string]string{"white-house": "GovernmentBody"}

// buildingPrepositions before a building's name (an article between at
// most) make the mention the building's: "at the White House", "from
// the Kremlin".
var buildingPrepositions = defaultRules.mustList("buildingPrepositions")

// buildingUse counts, for each body named for its building, the mentions
// of an article that name the building and those that name the body.
type buildingUse struct{ place, body map[string]int }

// note counts the mentions ms of one sentence's tokens toks.
func (u *buildingUse) note(toks []token, ms []mention) {
	for _, m := range ms {
		if _, ok := buildingBodies[m.Entity]; !ok {
			continue
		}
		if u.place == nil {
			u.place, u.body = map[string]int{}, map[string]int{}
		}
		if buildingMention(toks, m) {
			u.place[m.Entity]++
		} else {
			u.body[m.Entity]++
		}
	}
}

// buildingMention reports whether a mention names a building: a place
// preposition before it ("the" between at most), no punctuation between
// them, no possessive on it, and no one of the body named after it
// ("from White House officials").
func buildingMention(toks []token, m mention) bool {
	k := m.From - 1
	if toks[m.From].Break {
		return false
	}
	if k >= 0 && toks[k].Key == "the" {
		if toks[k].Break {
			return false
		}
		k--
	}
	if k < 0 || !buildingPrepositions[toks[k].Key] || toks[m.To-1].Poss {
		return false
	}
	return m.To == len(toks) || toks[m.To].Break || !bodyMembers[toks[m.To].Key] && !roleWords[toks[m.To].Key]
}

// bodyMembers after a body's name make it the body: "White House
// officials", "White House press secretary".
var bodyMembers = defaultRules.mustList("bodyMembers")

// retype gives each body the article names only as its building the
// Facility type, and every other one its body's type (a store may hold
// the building from another article).
func (u *buildingUse) retype(g *Gazetteer) {
	for id, bodyType := range buildingBodies {
		e, ok := g.Lookup(id)
		if !ok || u.place[id]+u.body[id] == 0 {
			continue
		}
		typ := bodyType
		if u.body[id] == 0 {
			typ = "Facility"
		}
		if e.Type != typ {
			g.entities[g.byID[id]].Type = typ
		}
	}
}
