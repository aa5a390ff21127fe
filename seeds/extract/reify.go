package extract

// Reified events. In Descriptive mode a verb that states an event ("Trump
// threatened Iran", "650 troops ... to deploy to the Middle East", "100
// marines who arrived from a base in Kuwait") also makes an entity of the
// event, named from its parts, so the event can carry dates, places and
// responses like the events articles name.

// reification is an event a verb states, and how its parts relate to it.
type reification struct {
	Sentence int
	Verb     int // token index of the verb: the event's mention
	Name     string
	Kind     string      // threat, assault, arrival or deployment
	Group    string      // for an arrival, the group that arrived
	Rels     [][3]string // subject, predicate, object; "" stands for the event
}

// reify finds the events the verbs of one sentence state. ms are the
// sentence's mentions, sorted by position.
func reify(s sentence, ms []mention, g *Gazetteer) []reification {
	var out []reification
	toks := s.toks
	name := func(m mention) string {
		e, _ := g.Lookup(m.Entity)
		return e.Name
	}
	typeOf := func(m mention) string {
		e, _ := g.Lookup(m.Entity)
		return e.Type
	}
	isPlace := func(m mention) bool {
		switch typeOf(m) {
		case "Country", "City", "Region", "Place", "Facility":
			return true
		}
		return false
	}
	at := map[int]int{} // first token -> index in ms
	for i, m := range ms {
		if _, ok := at[m.From]; !ok {
			at[m.From] = i
		}
	}
	maxEnd := 0
	for i, m := range ms {
		if m.From < maxEnd {
			continue // nested in the mention before
		}
		maxEnd = m.To
		k := m.To
		for k < len(toks) && (auxWords[toks[k].Key]) {
			k++
		}
		if k >= len(toks) {
			continue
		}
		switch toks[k].Key {
		case "threatened", "threatens":
			// A threatened B
			if j, ok := at[k+1]; ok && !toks[k+1].Break && typeOf(m) == "Person" {
				b := ms[j]
				out = append(out, reification{Sentence: s.art.Index, Verb: k, Name: name(m) + "'s threat against " + name(b), Kind: "threat",
					Rels: [][3]string{{m.Entity, "conducted", ""}, {"", "concerns", b.Entity}}})
			}
		case "stormed", "assaulted", "raided", "besieged", "overran":
			// "Thousands of people stormed the U.S. Embassy": the assault
			// the article describes at the embassy.
			if r, ok := assaultOn(s, ms, m, k, at, g); ok {
				out = append(out, r)
			}
		case "who", "which", "that":
			// X who arrived from ... Kuwait
			if r, ok := arrival(s, ms, i, k, g, isPlace); ok {
				out = append(out, r)
			}
		}
		if schemaIsA(typeOf(m), "Organization") {
			if r, ok := deployment(s, ms, m, at, g, isPlace); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// arrival reads "X who arrived from ... P" after ms[i], a group, with
// "who" at token k: the arrival of X from P, the first place after "from"
// that is no facility ("a base in Kuwait": Kuwait), not where they went
// next ("from Kuwait landed in Baghdad"). They were deployed from the
// place named right after "from", if one is.
func arrival(s sentence, ms []mention, i, k int, g *Gazetteer, isPlace func(mention) bool) (reification, bool) {
	toks := s.toks
	if k+2 >= len(toks) || (toks[k+1].Key != "arrived" && toks[k+1].Key != "came" && toks[k+1].Key != "flew") || toks[k+2].Key != "from" {
		return reification{}, false
	}
	m := ms[i]
	var from, first *mention
	for j := i + 1; j < len(ms) && ms[j].From <= k+7; j++ {
		if ms[j].From <= k+2 || !isPlace(ms[j]) {
			continue
		}
		if e, _ := g.Lookup(ms[j].Entity); e.Type != "Facility" && from == nil {
			from = &ms[j]
		}
		if first == nil {
			first = &ms[j]
		}
	}
	if e, _ := g.Lookup(m.Entity); from == nil || !schemaIsA(e.Type, "Organization") {
		return reification{}, false
	}
	r := reification{Sentence: s.art.Index, Verb: k + 1, Name: "Arrival of " + mustName(g, m.Entity) + " from " + mustName(g, from.Entity), Kind: "arrival", Group: m.Entity,
		Rels: [][3]string{{m.Entity, "participatedIn", ""}}}
	if first.From <= k+4 {
		r.Rels = append(r.Rels, [3]string{m.Entity, "deployedFrom", first.Entity}, [3]string{"", "deployedFrom", first.Entity})
	}
	return r, true
}

// deployment reads "X ... to deploy to P", "X deployed to P" after the
// mention m of a group.
func deployment(s sentence, ms []mention, m mention, at map[int]int, g *Gazetteer, isPlace func(mention) bool) (reification, bool) {
	toks := s.toks
	for v := m.To; v < len(toks) && v < m.To+6; v++ {
		if toks[v].Key != "deploy" && toks[v].Key != "deployed" {
			continue
		}
		if v+1 >= len(toks) || toks[v+1].Key != "to" {
			return reification{}, false
		}
		p := v + 2
		the := ""
		if p < len(toks) && toks[p].Key == "the" {
			p++
			the = "the "
		}
		j, ok := at[p]
		if !ok || !isPlace(ms[j]) {
			return reification{}, false
		}
		return reification{Sentence: s.art.Index, Verb: v, Name: "Deployment of " + mustName(g, m.Entity) + " to " + the + mustName(g, ms[j].Entity), Kind: "deployment",
			Rels: append(deploymentParts(s, ms, m, isPlace), [3]string{m.Entity, "participatedIn", ""}, [3]string{"", "deployedTo", ms[j].Entity}, [3]string{m.Entity, "deployedTo", ms[j].Entity})}, true
	}
	return reification{}, false
}

// deploymentParts reads what the words around the group mention m say of
// its deployment: who ordered it ("Trump ordered 650 troops ... to
// deploy", "the Pentagon ordered the 82nd Airborne Division to deploy") and where it came from ("650 troops from Fort Bragg").
func deploymentParts(s sentence, ms []mention, m mention, isPlace func(mention) bool) [][3]string {
	var out [][3]string
	for _, n := range ms {
		switch {
		case n.From > m.From && n.To <= m.To && s.toks[n.From-1].Key == "from" && isPlace(n):
			out = append(out, [3]string{"", "deployedFrom", n.Entity})
		case (n.To == m.From-1 || n.To == m.From-2 && s.toks[m.From-1].Key == "the") && (s.toks[n.To].Key == "ordered" || s.toks[n.To].Key == "sent"):
			out = append(out, [3]string{n.Entity, "ordered", ""})
		}
	}
	return out
}

// assaultOn reads "X stormed Y" (the verb at token k, X the mention m) as
// the one assault, siege or storming the document describes at facility Y
// ("assault of the American embassy"): the verb names that event.
func assaultOn(s sentence, ms []mention, m mention, k int, at map[int]int, g *Gazetteer) (reification, bool) {
	p := k + 1
	if p < len(s.toks) && s.toks[p].Key == "the" {
		p++
	}
	j, ok := at[p]
	if !ok {
		return reification{}, false
	}
	target, _ := g.Lookup(ms[j].Entity)
	agent, _ := g.Lookup(m.Entity)
	if target.Type != "Facility" || !schemaIsA(agent.Type, "Agent") {
		return reification{}, false
	}
	head := nameHead(target.Name)
	found := ""
	for _, e := range g.Entities() {
		kind := kindOf(defaultKinds, e.Name)
		if e.Type != "Event" || !isDescriptive(e.Name) || !(attackKinds[kind] || kind == "siege") || !containsWords(nameKey(e.Name), head) {
			continue
		}
		if found != "" && found != e.Name {
			return reification{}, false // two: which one is unsaid
		}
		found = e.Name
	}
	if found == "" {
		return reification{}, false
	}
	return reification{Sentence: s.art.Index, Verb: k, Name: found, Kind: "assault",
		Rels: [][3]string{{m.Entity, "conducted", ""}, {"", "targeted", target.ID}, {"", "locatedIn", target.ID}}}, true
}
