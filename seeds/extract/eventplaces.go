package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Where an event happened tells two events of one kind apart as its day
// does: "a rocket attack that killed a contractor near Kirkuk" is not the
// rockets that landed in the Green Zone that week, and "U.S. airstrikes on
// the militia's bases in Iraq and Syria" are not the drone strike at
// Baghdad's airport. An undated mention joins an event only where the
// places the two are said to be at agree: each place the mention names is
// one the event is at, holds one, or sits in one.

// rePlaceWord ends the text between an event's mention and a place of
// its clause: a word that puts the event there ("a rocket attack ... near
// Kirkuk", "strikes on bases in Iraq and Syria"), maybe with "the". What
// follows "and" is a place when the place before it is.
// "In his hometown of Kerman", "in the southern city of Basra" put it in
// the place they name as well.
var rePlaceWord = regexp.MustCompile(`(?i)\b(?:in|near|at|outside|inside|around)\s+(?:the\s+)?$` +
	`|\b(?:in|near|at|outside)\s+(?:the|his|her|its|their)\s+(?:[a-z]+\s+)?(?:hometown|home\s+town|city|town|village|province|capital)\s+of\s+$`)

// clauseReach is how far after an event's mention, in bytes, a place of
// its clause may stand.
const clauseReach = 70

// mentionPlaces are the places the document puts an event at: what it
// says the event was located in or aimed at, and the places named after
// a mention of it in its clause behind a place word, with no other event
// named between.
func (d *docRun) mentionPlaces(ix *eventIndex, event string) []string {
	if out, ok := ix.places[event]; ok {
		return out
	}
	out := []string{}
	defer func() { ix.places[event] = out }()
	add := func(id string) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	for _, st := range ix.about[event] {
		if (st.Predicate.Name == "locatedIn" || st.Predicate.Name == "targeted") && ix.isType(d, st.Object, placeTypes) {
			add(st.Object)
		}
	}
	for _, m := range ix.byEntity[event] {
		s, ok := d.res.Document.Sentence(m.Sentence)
		if !ok || m.End < s.Start || m.End-s.Start > len(s.Text) {
			continue
		}
		last := -1 // where the last place of the clause ended
		for _, p := range ix.all[m.Sentence] {
			if p.Start < m.End || p.Start-s.Start > len(s.Text) || p.Entity == event || !ix.isType(d, p.Entity, placeTypes) {
				continue
			}
			between := s.Text[m.End-s.Start : p.Start-s.Start]
			listed := last >= 0 && strings.TrimSpace(s.Text[last:p.Start-s.Start]) == "and"
			if len(between) > clauseReach || strings.ContainsAny(between, ",;:—–()") || !listed && !rePlaceWord.MatchString(between) || eventBetween(ix, m, p) {
				continue
			}
			add(p.Entity)
			last = p.End - s.Start
		}
	}
	return out
}

// eventBetween reports whether another event's mention stands between
// the mentions m and p of one sentence: a place after it is that
// event's.
func eventBetween(ix *eventIndex, m, p schema.Mention) bool {
	return slices.ContainsFunc(ix.mentions[m.Sentence], func(o schema.Mention) bool {
		return o.Entity != m.Entity && o.Start >= m.End && o.End <= p.Start
	})
}

// storedPlaces are the places the caller's facts put a known event at:
// where it was located, what place it targeted.
func (d *docRun) storedPlaces(ix *eventIndex, id string) []string {
	var out []string
	for _, p := range append(slices.Clone(d.x.placedIn[id]), d.x.roles[id]["targeted"]...) {
		if ix.isType(d, p, placeTypes) && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// placesAgree reports whether the places a mention puts its event at
// (places) may be the candidate event's: of the places narrower than a
// country, one of each side's is at one of the other's (samePlace), an
// event may strike two bases; and each country the mention names holds
// one of the candidate's places, as far as the facts say. No places on
// either side tell nothing.
func (d *docRun) placesAgree(ix *eventIndex, places, candidate []string) bool {
	wide := []string{"Country"}
	var narrow, countries []string
	for _, p := range places {
		if ix.isType(d, p, wide) {
			countries = append(countries, p)
		} else {
			narrow = append(narrow, p)
		}
	}
	theirs := slices.DeleteFunc(slices.Clone(candidate), func(c string) bool { return ix.isType(d, c, wide) })
	if len(narrow) > 0 && len(theirs) > 0 && !slices.ContainsFunc(narrow, func(p string) bool {
		return slices.ContainsFunc(theirs, func(c string) bool { return d.samePlace(ix, p, c) })
	}) {
		return false
	}
	held := d.countriesOf(ix, candidate)
	return len(held) == 0 || !slices.ContainsFunc(countries, func(c string) bool { return !slices.Contains(held, c) })
}

// placedThere narrows the events an undated one may be (by id) to those
// said to be where it is, at a place narrower than a country or in it
// ("rockets hit a base near Kirkuk" and the dated attack on K-1, near
// Kirkuk), when some are; a place nothing puts anywhere agrees with every
// place, but says less than one said to be there.
func (d *docRun) placedThere(ix *eventIndex, byID map[string]eventKey, places []string, theirs map[string][]string) map[string]eventKey {
	there := map[string]eventKey{}
	for id, r := range byID {
		if slices.ContainsFunc(places, func(p string) bool {
			return !ix.isType(d, p, []string{"Country", "Region"}) && slices.ContainsFunc(theirs[id], func(c string) bool {
				return p == c || d.holdsAny([]string{p}, []string{c})
			})
		}) {
			there[id] = r
		}
	}
	if len(there) == 0 {
		return byID
	}
	return there
}

// countriesOf are the countries that hold places, as the facts say.
func (d *docRun) countriesOf(ix *eventIndex, places []string) []string {
	var out []string
	for _, p := range places {
		d.walkUp(p, func(q string) bool {
			if ix.isType(d, q, []string{"Country"}) && !slices.Contains(out, q) {
				out = append(out, q)
			}
			return false
		})
	}
	return out
}

// samePlace reports whether two places may be where one event happened:
// one place, one holding the other as the facts say, one's name holding
// the other's ("Baghdad" and "Baghdad International Airport"), or a
// facility nothing places ("five Kataib Hezbollah sites"), which may be
// anywhere.
func (d *docRun) samePlace(ix *eventIndex, a, b string) bool {
	if a == b || d.holdsAny([]string{a}, []string{b}) || d.holdsAny([]string{b}, []string{a}) || d.unplaced(ix, a) || d.unplaced(ix, b) {
		return true
	}
	pa, okA := ix.lookup(d, a)
	pb, okB := ix.lookup(d, b)
	return okA && okB && (containsWords(evalKey(pa.Name), evalKey(pb.Name)) || containsWords(evalKey(pb.Name), evalKey(pa.Name)))
}

// sharesPlace reports whether a document's event and a known one are
// said to be at one place narrower than a country: "a rocket attack near
// Kirkuk" tells of the stored attack on the base near Kirkuk as surely as
// a participant in common would.
func (d *docRun) sharesPlace(ix *eventIndex, event, id string) bool {
	stored := d.storedPlaces(ix, id)
	return slices.ContainsFunc(d.mentionPlaces(ix, event), func(p string) bool {
		return !ix.isType(d, p, []string{"Country", "Region"}) && slices.Contains(stored, p)
	})
}

// placedAt reports whether a known event is at one of places (ids): its
// name holds the place's name, or the caller's facts put it there.
func (d *docRun) placedAt(ix *eventIndex, e schema.Entity, places []string) bool {
	stored := d.storedPlaces(ix, e.ID)
	return slices.ContainsFunc(places, func(id string) bool {
		p, ok := ix.lookup(d, id)
		return slices.Contains(stored, id) || ok && slices.ContainsFunc(e.Names(), func(n string) bool { return containsWords(evalKey(n), evalKey(p.Name)) })
	})
}

// keyPlaces gathers, by the id each key resolves to, the places of every
// event of the document that resolves there and the places the caller's
// facts give it: "the strike" and "a drone strike at the airport" are one
// event, at the airport.
func (d *docRun) keyPlaces(ix *eventIndex, keys map[string]eventKey) map[string][]string {
	out := map[string][]string{}
	for id, k := range keys {
		to := k.id()
		if _, ok := out[to]; !ok {
			out[to] = d.storedPlaces(ix, to)
		}
		for _, p := range d.mentionPlaces(ix, id) {
			if !slices.Contains(out[to], p) {
				out[to] = append(out[to], p)
			}
		}
	}
	return out
}

// unplaced reports whether a place is a facility the facts put nowhere.
func (d *docRun) unplaced(ix *eventIndex, id string) bool {
	return ix.isType(d, id, []string{"Facility"}) && len(d.x.placedIn[id]) == 0 && len(d.docPlaces[id]) == 0
}

// lookup is the entity id names, looked up once per document: resolving
// every undated event against every candidate asks for the same few
// places again and again.
func (ix *eventIndex) lookup(d *docRun, id string) (schema.Entity, bool) {
	if e, ok := ix.entities[id]; ok {
		return e, e.ID != ""
	}
	e, ok := d.g.Lookup(id)
	if !ok {
		e = schema.Entity{}
	}
	ix.entities[id] = e
	return e, ok
}

// isType is docRun.isType through the index's lookups.
func (ix *eventIndex) isType(d *docRun, id string, types []string) bool {
	e, ok := ix.lookup(d, id)
	return ok && isAny(e.Type, types)
}

// dropTargetPlaces removes "E locatedIn X" where the document states "E
// targeted X" and E is what was fired ("missiles at the Ain al-Asad air
// base"): what missiles were fired at is their target, and a second edge
// saying the strike was located in it adds nothing. Where it struck
// apart from its target stays ("missiles at a base in Anbar" struck in
// Anbar); a siege of an embassy is both aimed at it and held in it.
func (d *docRun) dropTargetPlaces() {
	doc := &d.res.Document
	targeted := map[[2]string]bool{}
	for _, st := range doc.Statements {
		if st.Predicate.Name == "targeted" {
			targeted[[2]string{st.Subject, st.Object}] = true
		}
	}
	kept := doc.Statements[:0]
	for _, st := range doc.Statements {
		if st.Predicate.Name == "locatedIn" && targeted[[2]string{st.Subject, st.Object}] && d.firedEvent(st.Subject) {
			continue
		}
		kept = append(kept, st)
	}
	doc.Statements = kept
}

// firedEvent reports whether an event is a strike by what was fired at
// its target: a missile strike.
func (d *docRun) firedEvent(id string) bool {
	e, ok := d.g.Lookup(id)
	return ok && e.Type == "Event" && kindOf(defaultKinds, e.Name) == "missile strike"
}

// placedApart reports whether an event of a kind its place identifies
// (rules/events.kinds "placed": a funeral, a march) that the text puts at
// a place narrower than a country may not be a candidate placed nowhere:
// "the funeral in Tehran" is not the funeral of Saturday no one placed,
// for mourners followed the coffins through several cities.
func (d *docRun) placedApart(ix *eventIndex, kind string, places, candidate []string) bool {
	narrow := func(p string) bool { return !ix.isType(d, p, []string{"Country"}) }
	return kindHas(kind, "placed") && slices.ContainsFunc(places, narrow) && !slices.ContainsFunc(candidate, narrow)
}
