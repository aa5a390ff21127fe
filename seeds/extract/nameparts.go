package extract

import "github.com/kg-analyst/kg/schema"

// Relations a name states about the names inside it. A noun phrase often
// carries a fact in its own words: "the Iraqi government" governs Iraq,
// "American security forces" are part of the United States, "a base in
// Kuwait" is in Kuwait, "650 troops from Fort Bragg" came from the base, "a
// bill to expel American forces from Iraq" concerns both countries. The
// facts are stated only where the schema's domain and range allow.

// placeTypes are the types a place phrase inside a name may name.
var placeTypes = []string{"Country", "City", "Region", "Place", "Facility"}

// stateOrgans are the head words of the bodies a state is made of: a
// body named by one and the state's adjective or "of" the state ("the
// Iraqi parliament", "the Iranian Foreign Ministry", "the Parliament of
// Iraq") is part of the state. A commission or an agency named so may
// stand apart from the state; a government governs it.
var stateOrgans = defaultRules.mustList("stateOrgans")

// stateOrganOf states that body e is part of the state its mention, as
// written, names it by: "the Iraqi parliament" (the head word last, the
// state's adjective first) or "the Parliament of Iraq" (the head word
// before "of" and the state). A bare "parliament" that resolves to Iraq's
// says nothing: the article did not write whose it is.
func (r *relations) stateOrganOf(idx int, e schema.Entity, written string) {
	toks := tokenize(written)
	for _, n := range r.g.matchWhere(written, toks, func(in schema.Entity) bool { return in.ID == e.ID }) {
		if r.typeOf(n.Entity) != "Country" {
			continue
		}
		adjective := n.From == 0 && demonymLike(n.Text) && n.To < len(toks) && stateOrgans[toks[len(toks)-1].Key]
		of := n.To == len(toks) && n.From == 2 && toks[1].Key == "of" && stateOrgans[toks[0].Key]
		if adjective || of {
			r.addInside(e.ID, "partOf", n.Entity, idx)
		}
	}
}

// attackKinds are the kinds of event (rules/events.kinds) whose country
// adjective names who carried them out, not what they concern.
var attackKinds = set("shoot-down", "missile strike", "rocket attack", "air strike", "killing", "attack")

// nameParts states what the names of a sentence's mentions say about the
// entities they name: "American" in "American and Iraqi security forces"
// stands for the American security forces, whose name opens with the
// country. An entity's name is read once a document (done); events named
// from a verb's parts ("Trump's threat against Iran") are not read.
// opens says of which entities a name that opens with a country is read
// too ("the U.S. Embassy" is operated by the United States): curated
// annotations mark such facts, new articles' gold marks them only of
// descriptions ("Iraqi security forces" are part of Iraq). A force named
// by such a description is read so wherever an article writes it, though
// an earlier document made it ("Iraqi security forces", "American
// troops": the state's own forces).
func (r *relations) nameParts(s sentence, ms []mention, done map[string]bool, opens func(id string) bool) {
	for _, m := range ms {
		e, _ := r.g.Lookup(m.Entity)
		if e.Type == "GovernmentBody" && !m.Verb {
			r.stateOrganOf(s.art.Index, e, m.Text)
		}
		toks := tokenize(e.Name)
		if m.Verb || done[e.ID] || len(toks) < 2 {
			continue
		}
		done[e.ID] = true
		for _, n := range r.g.matchWhere(e.Name, toks, func(in schema.Entity) bool { return in.ID == e.ID }) {
			prev := ""
			if n.From > 0 {
				prev = toks[n.From-1].Key
			}
			// "the U.S.-led coalition" is no force of the state's own.
			stateForce := e.Type == "MilitaryUnit" && isDescriptive(e.Name) && n.To < len(toks) && !toks[n.To].Hyph
			r.namePart(s.art.Index, e, n, prev, toks[0].Key == "government" || toks[len(toks)-1].Key == "government", opens(e.ID) || stateForce)
		}
	}
}

// namePart states what the name of e says of the mention n inside it,
// the word before n being prev; government says the name is a country's
// government ("Government of Iraq", "the Iraqi government"); opens, as
// for nameParts.
func (r *relations) namePart(idx int, e schema.Entity, n mention, prev string, government, opens bool) {
	inner := r.typeOf(n.Entity)
	place := isAny(inner, placeTypes)
	attack := attackKinds[kindOf(defaultKinds, e.Name)]
	switch {
	case (prev == "in" || prev == "near" || prev == "at") && place && r.addInside(e.ID, "locatedIn", n.Entity, idx):
	case prev == "from" && place && r.addInside(e.ID, "deployedFrom", n.Entity, idx):
	case prev == "against" && e.Type == "Event" && r.addInside(e.ID, "targeted", n.Entity, idx):
	case e.Type == "GovernmentBody" && inner == "Country" && government:
		r.addInside(e.ID, "governs", n.Entity, idx)
	case e.Type == "Legislation" && inner == "Country":
		r.addInside(e.ID, "concerns", n.Entity, idx)
	case n.From == 0 && inner == "Person" && e.Type == "GovernmentBody":
		r.addInside(n.Entity, "leads", e.ID, idx) // "the Trump Administration"
	case e.Type == "Event" && inner == "Country" && !attack && (n.From == 0 || prev == "of"):
		r.addInside(e.ID, "concerns", n.Entity, idx) // "the American presence", "withdrawal of American personnel"
	case n.From == 0 && inner == "Country" && opens:
		r.countryOpens(idx, e, n.Entity)
	}
}

// countryOpens states what a name opening with a country or its adjective
// says: "the U.S. Embassy", "Iraqi security forces", "an American
// contractor".
func (r *relations) countryOpens(idx int, e schema.Entity, country string) {
	switch e.Type {
	case "Facility":
		r.addInside(e.ID, "operatedBy", country, idx)
	case "MilitaryUnit":
		r.addInside(e.ID, "partOf", country, idx)
	case "Person":
		r.addInside(e.ID, "citizenOf", country, idx)
	}
}

// addInside states a relation a name says of a name inside it.
func (r *relations) addInside(subj, pred, obj string, idx int) bool {
	if !r.add(subj, pred, obj, idx, 0.6) {
		return false
	}
	r.byRule("name-part")
	return true
}
