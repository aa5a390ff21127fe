package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// "Its" or "their" before a state body's name ("Iraq also protested. Its
// Foreign Ministry summoned Iran's ambassador"; "Iran said its
// Revolutionary Guards had fired the missiles") speaks of the body of the
// state the text is about: the subject of the pronoun's own clause, or of
// the sentence before when its own sentence names none first, never a
// state named in passing ("Germany's soldiers", "the strike on Iraq"),
// and never one on the far side of a quotation mark. Before a word for
// sites ("air strikes on its bases") it stands so for a group: the
// attack targets the group.

// ownedBodyTypes are the bodies a state's "its" names as its parts.
var ownedBodyTypes = []string{"GovernmentBody", "MilitaryUnit"}

// ownedSites are the places a group owns that an attack aims at: "U.S.
// air strikes on its bases" (after "Kataib Hezbollah vowed") target the
// group. Its fighters are no site: "killed 25 of its fighters" names
// whom, not what, the strikes hit.
var ownedSites = defaultRules.mustList("ownedSites")

// possessiveOwners returns mentions, at the pronoun, of what an "its"
// or "their" stands for: followed at once by a state body's name, a
// state; by a word for its sites (ownedSites), a group. The owner is the last of the kind that is a subject before the pronoun in
// its sentence (subjects), else the subject of the sentence before
// (recent) when the pronoun opens its sentence.
func possessiveOwners(s sentence, ms []mention, g *Gazetteer, recent []antecedent, subjects map[int]bool) []mention {
	toks := s.toks
	var out []mention
	for k := 0; k+1 < len(toks); k++ {
		if !bodyPossessives[toks[k].Key] || toks[k+1].Break {
			continue
		}
		fits := func(e schema.Entity) bool { return e.Type == "Country" }
		switch {
		case bodyAt(ms, g, k+1):
		case ownedSites[toks[k+1].Key] && !toks[k+1].Cap:
			fits = func(e schema.Entity) bool { return e.Type != "Country" && schema.IsA(e.Type, "Organization") }
		default:
			continue
		}
		var here []antecedent
		for _, m := range ms {
			if m.To <= k && subjects[m.Start] && !oblique(toks, m) {
				here = append(here, antecedent{ID: m.Entity, Subject: true})
			}
		}
		from := max(toks[k].Start-3, 0) // `protested." Its`: a quote closed just before
		id := salientIn(here, g, fits)[subjectRank]
		if id == "" && k == 0 {
			var before []antecedent
			for _, a := range recent {
				if a.Subject && !a.Oblique {
					before = append(before, a)
				}
			}
			id = salientIn(before, g, fits)[subjectRank]
		} else if id != "" {
			from = lastMentionOf(ms, id, k)
		}
		if id == "" || strings.ContainsAny(s.art.Text[from:toks[k].Start], "\"“”") {
			continue
		}
		out = append(out, mention{Entity: id, From: k, To: k + 1, Start: toks[k].Start, End: toks[k].End, Text: s.art.Text[toks[k].Start:toks[k].End]})
	}
	return out
}

// bodyAt reports whether a mention of a state's body opens at token k.
func bodyAt(ms []mention, g *Gazetteer, k int) bool {
	for _, m := range ms {
		if e, _ := g.Lookup(m.Entity); m.From == k && isAny(e.Type, ownedBodyTypes) {
			return true
		}
	}
	return false
}

// lastMentionOf returns the text offset where the last mention of id
// before token k ends (one is there: the caller found it among them).
func lastMentionOf(ms []mention, id string, k int) int {
	var end int
	for _, m := range ms {
		if m.Entity == id && m.To <= k {
			end = m.End
		}
	}
	return end
}

// pronounParts reads a state's body named after the pronoun that stands
// for the state (possessiveOwners): "Its Foreign Ministry" is part of it.
func (r *relations) pronounParts(s sentence, ms []mention) {
	for _, o := range ms {
		if o.To-o.From != 1 || !bodyPossessives[s.toks[o.From].Key] || r.typeOf(o.Entity) != "Country" {
			continue
		}
		for _, m := range ms {
			if m.From == o.To && isAny(r.typeOf(m.Entity), ownedBodyTypes) && r.add(m.Entity, "partOf", o.Entity, s.art.Index, 0.6) {
				r.byRule("pronoun-part")
			}
		}
	}
}
