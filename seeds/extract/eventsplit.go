package extract

import (
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/kg-analyst/kg/schema"
)

// Two events the text describes alike ("was killed in an airstrike on
// Jan. 4 ... was killed in an airstrike on Jan. 5") match one name, so
// the gazetteer gives both mentions one entity. Their days tell them
// apart: splitByDay gives every further day its own entity before the
// events are resolved, so each day's event gets its own node.

// splitByDay gives the mentions of a document's event that tell of it as
// new (toldAnew: "an airstrike", "two rockets hit", "voted") and the text dates
// beside them to another day than its first dated mention's an entity
// of their own, with the statements of their sentences, and with them the
// mentions dated to that day ("the attack on Saturday"). A definite
// mention of another day alone refers back ("the strikes"), whatever day
// a sentence names beside it.
func (d *docRun) splitByDay(ref time.Time) {
	doc := &d.res.Document
	ix := d.indexMentions()
	var added []schema.Entity
	for _, e := range doc.Entities {
		if e.Type != "Event" {
			continue
		}
		days := map[int]string{} // sentence -> the day beside the event's mention there
		first, apart := "", map[string]bool{}
		for _, m := range ix.byEntity[e.ID] {
			s, ok := doc.Sentence(m.Sentence)
			if !ok {
				continue
			}
			stated, offs := d.datesIn(s, ref)
			day, ok := dateBeside(d.placeCommas(s, ix.all[m.Sentence]), m, ix.mentions[m.Sentence], stated, offs)
			vague, _ := lastWeekDates(s.Text, ref)
			switch {
			case !ok || slices.Contains(vague, day):
				continue // "voted last week" names a span, which a day in it retells
			case first == "":
				first = day
			case day != first && toldAnew(s, m):
				apart[day] = true
			}
			days[m.Sentence] = day
		}
		moved := map[int]string{} // sentence -> the entity its mentions now name
		for _, sent := range slices.Sorted(maps.Keys(days)) {
			day := days[sent]
			if !apart[day] {
				continue
			}
			other := schema.Entity{ID: e.ID + "-" + day, Type: "Event", Name: e.Name + ", " + day}
			if !slices.ContainsFunc(added, func(a schema.Entity) bool { return a.ID == other.ID }) {
				added = append(added, other)
				d.g.Add(other)
				d.alone[other.Name] = d.alone[e.Name]
			}
			moved[sent] = other.ID
		}
		if len(moved) > 0 {
			d.moveSentences(e.ID, moved)
		}
	}
	doc.Entities = append(doc.Entities, added...)
}

// toldAnew reports whether a mention tells of an event as new, not back:
// an indefinite article introduces it ("an airstrike"), a count does
// ("two rockets"), or a verb states it ("parliament voted again on
// Monday", "rockets hit the base"). Dated beside it to another day than the event's first, such
// a mention is another event: different days never share a node.
func toldAnew(s schema.Sentence, m schema.Mention) bool {
	if introducedIn(s, m) || isEventVerb(m.Text) {
		return true
	}
	toks := tokenize(m.Text)
	if len(toks) > 1 && isNumber(toks[0]) {
		return true
	}
	for k := 1; k < len(toks); k++ {
		if impactLength(toks, k) > 0 {
			return true // "rockets hit Camp Taji again on Tuesday"
		}
	}
	return false
}

// introducedIn reports whether an indefinite article opens a mention or
// stands right before it in its sentence: "a rocket attack on Camp Taji".
func introducedIn(s schema.Sentence, m schema.Mention) bool {
	if introduced([]schema.Mention{m}) {
		return true
	}
	if m.Start < s.Start || m.Start-s.Start > len(s.Text) {
		return false
	}
	words := strings.Fields(s.Text[:m.Start-s.Start])
	return len(words) > 0 && indefinite[strings.ToLower(words[len(words)-1])]
}

// moveSentences moves the mentions of event id, and the statements about
// it, in the sentences of moved to the entity moved gives for each.
func (d *docRun) moveSentences(id string, moved map[int]string) {
	for i, m := range d.res.Mentions {
		if to, ok := moved[m.Sentence]; ok && m.Entity == id {
			d.res.Mentions[i].Entity = to
		}
	}
	sts := d.res.Document.Statements
	for i, st := range sts {
		to, ok := moved[st.Sentence]
		if !ok {
			continue
		}
		if st.Subject == id {
			sts[i].Subject = to
		}
		if st.Object == id && !st.Predicate.IsAttribute() {
			sts[i].Object = to
		}
	}
}

// tellApart gives an event of the document a key of its own when an
// indefinite article introduces it ("Hours later, a rocket attack hit
// Balad Air Base") after another event of the document that got the same
// key ("Rockets landed inside the Green Zone on Saturday") and it struck
// somewhere else: two events of one kind and day, which never share a
// node. Its place's name sets it apart, as another city's does
// (otherCity).
func (d *docRun) tellApart(ix *eventIndex, renames map[string]dated, keys map[string]eventKey) {
	first := func(id string) (schema.Mention, bool) {
		ms := ix.byEntity[id]
		if len(ms) == 0 {
			return schema.Mention{}, false
		}
		return slices.MinFunc(ms, func(a, b schema.Mention) int { return a.Start - b.Start }), true
	}
	order := slices.Collect(maps.Keys(renames))
	slices.SortFunc(order, func(a, b string) int {
		ma, _ := first(a)
		mb, _ := first(b)
		return ma.Start - mb.Start
	})
	told := map[string]string{} // key id -> where the first event told with it struck
	for _, old := range order {
		r := renames[old]
		where := r.Place
		if where == "" {
			where = ix.targets[old]
		}
		prior, seen := told[r.id()]
		if !seen {
			told[r.id()] = where
			continue
		}
		fm, _ := first(old)
		s, ok := d.res.Document.Sentence(fm.Sentence)
		p, known := d.g.Lookup(where)
		if !ok || !introducedIn(s, fm) || where == "" || prior == "" || where == prior || !known {
			continue
		}
		r.Known, r.Apart = "", p.Name
		renames[old] = r
		if _, dated := keys[old]; dated {
			keys[old] = r.eventKey
		}
	}
}
