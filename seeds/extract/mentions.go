package extract

import (
	"context"
	"sort"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// spanMention is a mention of entity id by the tokens [from, to) of s.
func spanMention(s sentence, id string, from, to int) mention {
	start, end := s.toks[from].Start, s.toks[to-1].End
	return mention{Entity: id, From: from, To: to, Start: start, End: end, Text: s.art.Text[start:end]}
}

// relate finds every mention of each sentence and what the sentence
// states; it returns the entities mentioned.
func (d *docRun) relate(ctx context.Context, rel *relations) (map[string]bool, error) {
	mentioned := map[string]bool{}
	lastPerson := ""            // the first person the last sentence naming one named
	talk := speech{d: d}        // who spoke last, for "he said" and quotes that go on
	var recent []antecedent     // entities the sentence before named, in order
	parted := map[string]bool{} // entities whose names nameParts read
	titles := titleHolders{}    // who the document named with which title
	attacks := agentAttacks{byAgent: map[string][]string{}}
	for _, s := range d.sents {
		if err := d.cancelled(ctx); err != nil {
			return nil, err
		}
		ms, evs := d.eventMentions(s)
		d.surnames.resolve(s, ms, d.g)
		ms = append(ms, nested(s, ms, d.g)...)
		ms, groupOf := d.describedMentions(s, ms)
		if d.x.opt.Describe {
			ms = rel.withThey(s, ms)
		}
		ms = append(ms, rel.subjectPronoun(s, ms, lastPerson)...)
		ms = append(ms, rel.clausePronouns(s, ms)...) // "wept as he led prayers"
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		subjects := rel.clauseSubjects(s, ms)
		var weak []mention
		if !d.x.opt.Describe {
			weak = d.weakMentions(s, ms, rel, recent, lastPerson, subjects, titles) // they link by co-mention
		}
		rel.statesOffices(s, ms, weak) // titles written beside their holders' names
		titles.note(s, ms, d.g)
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		lastPerson = d.firstPerson(s, ms, subjects, lastPerson)
		for _, m := range ms {
			d.record(s, m, mentioned)
		}
		recent = antecedents(s, ms, rel, recent[:0])
		for _, w := range weak {
			d.record(s, w, mentioned)
			for _, m := range ms {
				a, b := w.Entity, m.Entity
				if b < a {
					a, b = b, a
				}
				rel.add(a, "mentionedWith", b, s.art.Index, 0.5)
			}
		}
		first := len(rel.out)
		// References read as what they stand for ("The group said",
		// "the militia's leader"), so statements across sentences get
		// their relation, not only a co-mention.
		rel.sentence(withoutInitials(s, withReferences(s, ms, weak)))
		rel.nameParts(s, d.namedHere(ms), parted, d.describedHere) // facts inside names and descriptions
		named, _ := outermost(ms)                                  // who speaks, as written: claims read capitals themselves
		ms = rel.actingSeats(s, ms)                                // a capital that acts is its state from here on
		top, _ := outermost(ms)
		rel.shareApposed(s, top, first)
		rel.compose(s.art.Index, first)
		rel.speakerDenies(s, top, first)
		rel.described(s, ms, first, &attacks, d.x.opt.Describe)
		// "according to a statement from the militia": a reference can
		// be the source.
		speakers := append(named[:len(named):len(named)], weak...)
		sort.SliceStable(speakers, func(i, j int) bool { return speakers[i].From < speakers[j].From })
		srcs := talk.attribute(s, rel, rel.speakers(s, speakers), mentioned)
		talk.antecedent = d.lastNamedPerson(top, talk.antecedent)
		rel.blames(s, top, srcs)
		d.operators(s, ms, rel)
		for _, p := range groupOf {
			rel.add(p[1], "reportsTo", p[0], s.art.Index, 0.6)
		}
		d.eventRelations(s, rel, evs)
		rel.precedence(s, ms)
		rel.resultedDeaths(s, ms)
		rel.compose(s.art.Index, first) // again: the event phrases' agents and targets
		// Last, so that what the sentence says in other words stands.
		rel.clauseLinks(s, ms)
		d.noteStates(s, ms, rel, first, mentioned)
	}
	return mentioned, nil
}

// weakMentions are a new article's references in a sentence: "his",
// "the alliance" (the last person, the last group of the kind, named in
// this or the sentence before), "the prime minister", and "they" after
// "and" where a reference opens the sentence ("The militias have
// legitimacy ..., and they report to": the subject acts again).
func (d *docRun) weakMentions(s sentence, ms []mention, rel *relations, recent []antecedent, lastPerson string, subjects map[int]bool, titles titleHolders) []mention {
	weak := references(s, ms, d.g, recent, lastPerson, subjects, &d.coref)
	weak = append(weak, titles.refer(s, ms, d.g)...)
	return append(weak, rel.they(s, withReferences(s, ms, weak))...)
}

// antecedents appends to out what a reference in the next sentence may
// stand for: the mentions of s, in order, with their salience.
func antecedents(s sentence, ms []mention, rel *relations, out []antecedent) []antecedent {
	subjects := rel.clauseSubjects(s, ms)
	for _, m := range ms {
		out = append(out, antecedent{ID: m.Entity, Oblique: oblique(s.toks, m), Subject: subjects[m.Start]})
	}
	return out
}

// withReferences adds a sentence's references to its mentions, in order,
// leaving out those that describe the mention just before them ("Sairoon,
// the movement led by X": the apposition is read as such).
func withReferences(s sentence, ms, weak []mention) []mention {
	out := ms[:len(ms):len(ms)]
	for _, w := range weak {
		appos := false
		for _, m := range ms {
			appos = appos || m.Entity == w.Entity && m.End <= w.Start && strings.TrimSpace(s.art.Text[m.End:w.Start]) == ","
		}
		if !appos {
			out = append(out, w)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// lastNamedPerson is the last person ms name, or last if they name none:
// whom a later "he said" means.
func (d *docRun) lastNamedPerson(ms []mention, last string) string {
	for _, m := range ms {
		if e, _ := d.g.Lookup(m.Entity); e.Type == "Person" {
			last = m.Entity
		}
	}
	return last
}

// attribute gives sentence s the sources it names.
func (d *docRun) attribute(s sentence, sources []string) {
	if len(sources) == 0 {
		return
	}
	sents := d.res.Document.Sentences
	// Sentences are numbered in order: look where the index says first,
	// so a long file is not read once per sentence.
	if i := s.art.Index; i < len(sents) && sents[i].Index == i {
		sents[i].Sources = sources
		return
	}
	for i := range sents {
		if sents[i].Index == s.art.Index {
			sents[i].Sources = sources
		}
	}
}

// record adds a mention to the result.
func (d *docRun) record(s sentence, m mention, mentioned map[string]bool) {
	d.res.Mentions = append(d.res.Mentions, resultMention(s, m))
	mentioned[m.Entity] = true
}

// resultMention is m as a Result lists it, at its offsets in the document.
func resultMention(s sentence, m mention) schema.Mention {
	return schema.Mention{Sentence: s.art.Index, Start: s.art.Start + m.Start, End: s.art.Start + m.End, Text: m.Text, Entity: m.Entity}
}

// firstPerson is the person a sentence is about, for a "He" that opens
// the next, as centering has it: the first person who is the subject of
// a clause (subjects), else the first person ms name, either passing
// over the subject of a clause a subordinator opens; last if the
// sentence names none. In "After Saddam Hussein fell in 2003, Khazali
// joined the Mahdi Army", the next sentence's "He" is Khazali.
func (d *docRun) firstPerson(s sentence, ms []mention, subjects map[int]bool, last string) string {
	subject, first, subordinate := "", "", ""
	for _, m := range ms {
		if e, _ := d.g.Lookup(m.Entity); e.Type != "Person" {
			continue
		}
		switch {
		case m.From > 0 && subordinators[s.toks[m.From-1].Key]:
			if subordinate == "" {
				subordinate = m.Entity
			}
		case subjects[m.Start] && subject == "":
			subject = m.Entity
		case first == "":
			first = m.Entity
		}
	}
	for _, p := range []string{subject, first, subordinate} {
		if p != "" {
			return p
		}
	}
	return last
}

// eventMentions returns a sentence's gazetteer mentions and the event
// phrases ("the killing of X") that name a known event.
func (d *docRun) eventMentions(s sentence) ([]mention, []phrase) {
	g := d.g
	ms := g.match(s.art.Text, s.toks)
	var evs []phrase
	eventAt := make([]string, len(s.toks)) // token -> the known event a mention of it covers
	inSentence := map[string]bool{}
	for _, m := range ms {
		inSentence[m.Entity] = true
		if e, _ := g.Lookup(m.Entity); e.Type == "Event" {
			for k := m.From; k < m.To; k++ {
				eventAt[k] = m.Entity
			}
		}
	}
	for _, p := range eventPhrases(s.art.Text, s.toks, g, d.bodies) {
		e, ok := g.Match(p.Name)
		if !ok || e.Type != "Event" || eventAt[p.Noun] != "" && eventAt[p.Noun] != e.ID {
			continue
		}
		if !inSentence[e.ID] {
			inSentence[e.ID] = true
			m := spanMention(s, e.ID, countFrom(s.toks, p.From, p.Noun), impactTo(s.toks, p.Noun, p.To))
			m.Verb = p.Verb // "parliament voted to expel": read as a verb
			ms = append(ms, m)
		}
		if noun := eventNouns[s.toks[p.Noun].Key]; p.Pred == "targeted" && (noun == "Killing" || noun == "Assassination") && kindOf(defaultKinds, e.Name) != "killing" {
			p.Pred = "killed" // "the killing of X" naming the strike X died in: it killed X, whoever it aimed at
		}
		p.Name = e.ID
		evs = append(evs, p)
	}
	return ms, evs
}

// describedMentions adds the mentions of government bodies, references,
// descriptions and events stated by verbs; it returns, for "their
// leaders", the pairs of leaders and group.
func (d *docRun) describedMentions(s sentence, ms []mention) ([]mention, [][2]string) {
	g := d.g
	taken := make([]bool, len(s.toks))
	for _, m := range ms {
		for k := m.From; k < m.To; k++ {
			taken[k] = true
		}
	}
	for _, m := range ms[:len(ms):len(ms)] { // "Iran's Foreign Ministry"
		e, _ := g.Lookup(m.Entity)
		if c, ok := countrysBody(s.art.Text, s.toks, m, e, func(k int) bool { return taken[k] }); ok {
			if body, ok := g.Match(c.Name); ok {
				taken[m.To], taken[m.To+1] = true, true
				ms = append(ms, spanMention(s, body.ID, m.To, m.To+2))
			}
		}
	}
	for _, b := range bodyRefs(s.toks, ms, g) {
		c := b.Country
		if c == "" {
			c = d.bodies[b.Noun]
		}
		e, ok := g.Match(bodyName(b.Noun, mustName(g, c)))
		if c == "" || !ok || taken[b.To-1] {
			continue
		}
		taken[b.To-1] = true
		ms = append(ms, spanMention(s, e.ID, b.From, b.To))
	}
	for _, r := range d.refers[s.art.Index] {
		if !taken[r.From] && !taken[r.To-1] {
			ms = append(ms, spanMention(s, strings.TrimPrefix(r.ref, "id:"), r.From, r.To))
		}
	}
	var groupOf [][2]string // leaders, group
	for _, v := range d.virtual[s.art.Index] {
		if e, ok := g.Match(v.Name); ok {
			ms = append(ms, spanMention(s, e.ID, v.From, v.To))
			if v.group != "" {
				groupOf = append(groupOf, [2]string{e.ID, v.group})
			}
		}
	}
	for _, r := range d.reified[s.art.Index] {
		if e, ok := g.Match(r.Name); ok {
			m := spanMention(s, e.ID, r.Verb, r.Verb+1)
			m.Verb = true
			ms = append(ms, m)
		}
	}
	return ms, groupOf
}

// airlineWords run a state's name on into an airline's: "Iran Air",
// "Iraqi Airways", "Ukraine International Airlines".
var airlineWords = defaultRules.mustList("airlineWords")

// operators reads a craft named after who runs it ("Ukraine International
// Airlines Flight 752"): it is operated by the group its name opens with.
// A state whose name runs on into a longer name is that name's word, not
// the operator: "Iran Air Flight 655" is Iran Air's.
func (d *docRun) operators(s sentence, ms []mention, rel *relations) {
	for _, m := range ms {
		if e, _ := d.g.Lookup(m.Entity); e.Type != "Vehicle" {
			continue
		}
		for _, n := range ms {
			if ne, _ := d.g.Lookup(n.Entity); ne.Type == "Country" && n.To < m.To && airlineWords[s.toks[n.To].Key] {
				continue
			}
			if n.From == m.From && n.To < m.To && n.Entity != m.Entity {
				rel.add(m.Entity, "operatedBy", n.Entity, s.art.Index, 0.7)
			}
		}
	}
}

// eventRelations states what the events stated by verbs and the event
// phrases of a sentence say.
func (d *docRun) eventRelations(s sentence, rel *relations, evs []phrase) {
	for _, r := range d.reified[s.art.Index] {
		e, ok := d.g.Match(r.Name)
		if !ok {
			continue
		}
		for _, t := range r.Rels {
			subj, obj := t[0], t[2]
			if subj == "" {
				subj = e.ID
			}
			if obj == "" {
				obj = e.ID
			}
			rel.add(subj, t[1], obj, s.art.Index, 0.6)
		}
	}
	for _, p := range evs {
		switch p.Pred {
		case "targeted", "killed":
			for _, anchor := range append([]string{p.Anchor}, p.Also...) {
				if p.Pred == "targeted" {
					rel.add(p.Name, "targeted", anchor, s.art.Index, 0.75)
				}
				rel.add(anchor, "killedIn", p.Name, s.art.Index, 0.75)
				if p.By != "" && !p.ByAdjective {
					rel.add(p.By, "attacked", anchor, s.art.Index, 0.65)
				}
			}
			if p.By != "" {
				rel.add(p.By, "conducted", p.Name, s.art.Index, 0.7)
			}
			if p.Place != "" {
				rel.add(p.Name, "locatedIn", p.Place, s.art.Index, 0.7)
			}
			if p.Within != "" {
				rel.add(p.Anchor, "locatedIn", p.Within, s.art.Index, 0.7)
			}
		case "concerns", "locatedIn", "deployedTo":
			rel.add(p.Name, p.Pred, p.Anchor, s.art.Index, 0.75)
			if p.Within != "" {
				rel.add(p.Anchor, "locatedIn", p.Within, s.art.Index, 0.7)
			}
		case "conducted":
			rel.add(p.Anchor, "conducted", p.Name, s.art.Index, 0.7)
			if p.Place != "" {
				rel.add(p.Name, "locatedIn", p.Place, s.art.Index, 0.7)
			}
			e, _ := d.g.Lookup(p.Name)
			switch kind := kindOf(defaultKinds, e.Name); {
			case p.Target == "":
			case kindHas(kind, "about"):
				// "Salih nominated Allawi": the nomination is Allawi's,
				// aimed at no one.
				rel.add(p.Name, "concerns", p.Target, s.art.Index, 0.7)
			default:
				rel.add(p.Name, "targeted", p.Target, s.art.Index, 0.7)
				// Sanctions on X are aimed at X, no attack on X.
				if attackKinds[kind] {
					rel.add(p.Anchor, "attacked", p.Target, s.art.Index, 0.65)
				}
			}
		}
	}
}

// namedHere returns the mentions whose entity's name this document
// writes: in Describe mode all of them (the curated annotation names what
// the text writes), otherwise those of the entities it made or would have
// made were they not known, and those written with their name. What a
// known entity's name says elsewhere is no evidence here.
func (d *docRun) namedHere(ms []mention) []mention {
	if d.x.opt.Describe {
		return ms
	}
	var out []mention
	for _, m := range ms {
		_, remade := d.newEnts.remade[m.Entity]
		if e, _ := d.g.Lookup(m.Entity); d.newEnts.ids[m.Entity] || remade || nameKey(m.Text) == nameKey(e.Name) {
			out = append(out, m)
		}
	}
	return out
}

// describedHere reports whether an entity's name is a description: any
// name in Describe mode, otherwise those of the entities this document
// made of descriptions.
func (d *docRun) describedHere(id string) bool {
	return d.x.opt.Describe || d.described[id]
}
