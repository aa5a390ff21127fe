package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/kg-analyst/kg/schema"
)

// Events whose own sentence gives no day. A reader of a dispatch dates
// "the procession" by the day its lead gave the march it describes, and
// knows "his funeral in Tehran" for one event without a day: whose funeral
// and where say which. What neither dates nor identifies stays no node.

// undatedKey is where an undated event goes: the one event of its kind the
// document dates; for an event a noun names alone ("the nomination"), the
// day the dispatch's narrative stands at, or its kind, whom it concerns
// and where when they identify it; else the one the store holds that fits.
func (d *docRun) undatedKey(ix *eventIndex, u dated, ms []schema.Mention, keys map[string]eventKey, ref time.Time) (dated, bool) {
	if earlierOne(ms) {
		return u, false // "the initial attack": not the one the text dates, whichever that is
	}
	k, n := d.inDocument(ix, u.old, u.eventKey, keys)
	if n == 1 {
		return dated{eventKey: k, sentence: -1, old: u.old}, true
	}
	if n > 1 {
		return u, false
	}
	if d.alone[u.old.Name] {
		if day, sent, ok := d.narrativeDay(ms, ref); ok {
			k := u.eventKey
			k.Date = day
			k.Known = d.knownEvent(k, u.old.ID)
			return dated{eventKey: k, sentence: sent, old: u.old}, true
		}
		if k, ok := d.identified(u.old, u.eventKey, ms); ok {
			return dated{eventKey: k, sentence: -1, old: u.old}, true
		}
	}
	if k, ok := d.inStore(ix, u.old, u.eventKey, ref); ok {
		return dated{eventKey: k, sentence: -1, old: u.old}, true
	}
	if id := d.storedIdentity(u.Kind, u.old.Name); id != "" && id != u.old.ID && kindHas(u.Kind, "of") {
		k := u.eventKey
		k.Known = id // "the downing of Flight 752": the stored crash of Flight 752
		return dated{eventKey: k, sentence: -1, old: u.old}, true
	}
	if d.alone[u.old.Name] {
		return d.reportedKey(ix, u, ms, ref) // else it keeps its own name ("Rocket attack on Camp Taji")
	}
	return u, false
}

// earlierWords set an event apart as one before those the text tells
// of: "the militia suspected of the initial attack" after the storming
// the article opens with is the attack that started it all.
var earlierWords = defaultRules.mustList("earlierWords")

// earlierOne reports whether every mention of an event sets it apart
// with earlierWords before its noun.
func earlierOne(ms []schema.Mention) bool {
	for _, m := range ms {
		words := strings.Fields(strings.ToLower(m.Text))
		if len(words) < 2 || !slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return earlierWords[w] }) {
			return false
		}
	}
	return len(ms) > 0
}

// narrativeReach is how many sentences back a definite mention looks for
// the day the narrative stands at.
const narrativeReach = 4

// timeShifts move a narrative on from the last day it stated: after "the
// bodies were then taken to Tehran", Saturday no longer dates what
// follows.
var timeShifts = defaultRules.mustList("timeShifts")

// modalWords put an event in prospect, not in the report: "must win a
// vote", "would hold a funeral".
var modalWords = defaultRules.mustList("modalWords")

// putOffWords say an event did not happen when planned: "the burial was
// postponed" tells of no burial on the day the story stands at.
var putOffWords = defaultRules.mustList("putOffWords")

// putOff reports whether the clause a mention opens (its text up to the
// next comma, semicolon or full stop) says its event was put off or
// called off.
func putOff(from string) bool {
	if end := strings.IndexAny(from, ",;."); end >= 0 {
		from = from[:end]
	}
	return hasWordOf(from, putOffWords) || strings.Contains(strings.ToLower(from), "called off") || strings.Contains(strings.ToLower(from), "put off")
}

// definiteWords open a mention that refers to an event the text already
// told of: "the procession", "his funeral".
var definiteWords = defaultRules.mustList("definiteWords")

// narrativeDay is the day of an event a dispatch (an article with a
// dateline) names first with a definite noun, or with a verb alone
// ("parliament voted to expel", "Denmark deployed"), and no day of its own,
// outside any modal clause: the one day the last dated sentence within
// narrativeReach before it states, when nothing between moves the story
// on ("then", "later"), or else the dateline's day. It returns the day
// and the sentence of the mention.
func (d *docRun) narrativeDay(ms []schema.Mention, ref time.Time) (string, int, bool) {
	doc := &d.res.Document
	if len(ms) == 0 || !hasDateline(doc.Sentences) {
		return "", 0, false
	}
	m := slices.MinFunc(ms, func(a, b schema.Mention) int { return a.Start - b.Start })
	s, ok := doc.Sentence(m.Sentence)
	first, _, _ := strings.Cut(strings.ToLower(m.Text), " ")
	if !ok || !definiteWords[first] && !isEventVerb(m.Text) || m.Start < s.Start || m.Start-s.Start > len(s.Text) ||
		hasWordOf(s.Text, modalWords) || hasWordOf(s.Text[:m.Start-s.Start], timeShifts) || putOff(s.Text[m.Start-s.Start:]) {
		return "", 0, false
	}
	for i := m.Sentence - 1; i >= 0 && i >= m.Sentence-narrativeReach; i-- {
		p, ok := doc.Sentence(i)
		if !ok {
			continue
		}
		if days, _ := sentenceDates(p.Text, ref); len(days) > 0 {
			t, err := time.Parse("2006-01-02", days[0])
			if slices.ContainsFunc(days, func(day string) bool { return day != days[0] }) || err != nil || !ref.IsZero() && t.After(ref) {
				return "", 0, false // two days, or one to come: which is not said
			}
			return days[0], m.Sentence, true
		}
		if hasWordOf(p.Text, timeShifts) {
			return "", 0, false
		}
	}
	if ref.IsZero() {
		return "", 0, false // the dateline gave the document no day (datelineDate): no need to read it again
	}
	if t, ok := datelineDay(doc.Sentences, ref); ok {
		return t.Format("2006-01-02"), m.Sentence, true
	}
	return "", 0, false
}

// hasWordOf reports whether text has one of words.
func hasWordOf(text string, words map[string]bool) bool {
	return slices.ContainsFunc(tokenize(text), func(t token) bool { return words[t.Key] })
}

// identified is the key of an undated event of a kind named "<noun> of
// X" (rules/events.kinds "of") that a definite noun refers to, as to an
// event the reader knows: its identity (identity). A stored event of
// that identity, dated or not, is the one it names; two funerals in two
// cities never share a node.
func (d *docRun) identified(e schema.Entity, k eventKey, ms []schema.Mention) (eventKey, bool) {
	if len(ms) == 0 {
		return k, false
	}
	m := slices.MinFunc(ms, func(a, b schema.Mention) int { return a.Start - b.Start })
	if first, _, _ := strings.Cut(strings.ToLower(m.Text), " "); !definiteWords[first] && !(isEventVerb(m.Text) && kindHas(k.Kind, "about")) {
		// "Flight 752 crashed": told, not referred to, it needs its day;
		// but "police detained Rob Macaire" tells the detention of a
		// person, which that person identifies.
		return k, false
	}
	name, place, ok := d.identity(e, k, m)
	if !ok {
		return k, false
	}
	k.Place, k.Ident, k.Known = place, name, d.storedIdentity(k.Kind, name)
	return k, true
}

// identity names an event of a kind named "<noun> of X" by its kind, whom
// it concerns, the person a possessive before its noun stands for ("his
// funeral") or the one its phrase names, and where, if the text says:
// "Funeral of Qasem Soleimani in Tehran". It returns the name and the
// place; m is the event's first mention.
func (d *docRun) identity(e schema.Entity, k eventKey, m schema.Mention) (string, string, bool) {
	if !kindHas(k.Kind, "of") {
		return "", "", false
	}
	about, ok := d.g.Lookup(d.statedOf(e.ID, "concerns"))
	if !ok {
		about, ok = d.possessor(m)
	}
	if !ok || !(about.Type == "Person" || about.Type == "Vehicle") {
		return "", "", false
	}
	name := strings.ToUpper(k.Kind[:1]) + k.Kind[1:] + " of " + about.Name
	if k.Place == "" {
		k.Place = d.clausePlace(m)
	}
	if p, ok := d.g.Lookup(k.Place); ok && k.Place != "" {
		name += placePrep(p) + p.Name
	}
	return name, k.Place, true
}

// undatedStored is the id of the stored event no one dated that a dated
// event is, of its identity (identity), or "": "his funeral in Tehran",
// told without a day, gets the day a later article gives it.
func (d *docRun) undatedStored(e schema.Entity, k eventKey, ms []schema.Mention) string {
	if len(ms) == 0 {
		return ""
	}
	name, _, ok := d.identity(e, k, slices.MinFunc(ms, func(a, b schema.Mention) int { return a.Start - b.Start }))
	if !ok {
		return ""
	}
	if s, ok := d.g.Lookup(d.storedIdentity(k.Kind, name)); ok && knownDay(s) == "" {
		return s.ID
	}
	return ""
}

// oneEvent reports whether events of two kinds on one day are one event:
// the same kind, or two that cover each other (a plane shot down is a
// crash, rules/events.kinds).
func oneEvent(a, b string) bool {
	return a == b || covers(defaultKinds, a, b) && covers(defaultKinds, b, a)
}

// placePrep is how an event's name places it: at a facility, in a city.
func placePrep(p schema.Entity) string {
	if p.Type == "Facility" {
		return " at "
	}
	return " in "
}

// possessor is the person a possessive pronoun opening a mention ("his
// funeral") stands for: the last person the document names before it.
func (d *docRun) possessor(m schema.Mention) (schema.Entity, bool) {
	first, _, _ := strings.Cut(strings.ToLower(m.Text), " ")
	if first != "his" && first != "her" {
		return schema.Entity{}, false
	}
	var last schema.Mention
	found := false
	for _, o := range d.res.Mentions {
		if o.Start >= m.Start || found && o.Start < last.Start {
			continue
		}
		if p, ok := d.g.Lookup(o.Entity); ok && p.Type == "Person" {
			last, found = o, true
		}
	}
	if !found {
		return schema.Entity{}, false
	}
	return d.g.Lookup(last.Entity)
}

// clausePlace is the city or facility the sentence names nearest a
// mention in its clause (no comma or semicolon between), after it first:
// "His funeral drew vast crowds into the streets of Tehran", "crowds
// filled Tehran for his funeral".
func (d *docRun) clausePlace(m schema.Mention) string {
	s, ok := d.res.Document.Sentence(m.Sentence)
	if !ok {
		return ""
	}
	best, gap := "", 0
	for _, o := range d.res.Mentions {
		p, ok := d.g.Lookup(o.Entity)
		lo, hi := min(o.End, m.End), max(o.Start, m.Start)
		if o.Sentence != m.Sentence || !ok || !(p.Type == "City" || p.Type == "Facility") || lo < s.Start || hi-s.Start > len(s.Text) || lo > hi ||
			strings.ContainsAny(s.Text[lo-s.Start:hi-s.Start], ",;—–") {
			continue
		}
		g := hi - lo
		if o.Start < m.Start {
			g += len(s.Text) // after the mention first
		}
		if best == "" || g < gap {
			best, gap = o.Entity, g
		}
	}
	return best
}

// storedIdentity is the id of the one stored event of the kind named
// name, with or without its day after it, or else of the one stored
// event of the kind that honours the same person at no other place
// (sameIdentity), or "".
func (d *docRun) storedIdentity(kind, name string) string {
	if id := d.storedEvent(func(k string) bool { return k == kind }, func(names []string) bool {
		return slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, name) })
	}); id != "" {
		return id
	}
	return d.storedEvent(func(k string) bool { return oneEvent(kind, k) }, func(names []string) bool { return d.sameIdentity(name, names) })
}

// storedEvent is the id of the one stored event of a kind the kinds take
// whose names, days cut off, match; "" if none or more than one.
func (d *docRun) storedEvent(kinds func(string) bool, match func(names []string) bool) string {
	id := ""
	for _, e := range d.x.known {
		if e.Type != "Event" || !kinds(kindOf(defaultKinds, e.Name)) {
			continue
		}
		names := make([]string, 0, len(e.Aliases)+1)
		for _, n := range e.Names() {
			n, _, _ = strings.Cut(n, ", ")
			names = append(names, n)
		}
		if !match(names) {
			continue
		}
		if id != "" && id != e.ID {
			return ""
		}
		id = e.ID
	}
	return id
}

// sameIdentity reports whether an event named name ("Funeral of Qasem
// Soleimani in Tehran") is the stored one its names (days cut off) name:
// one of them concerns the same person or craft ("Funeral of Qasem
// Soleimani"; "Crash of Flight 752" for "Downing of Flight 752", kinds
// that are one event), and where name places the event, none places it
// anywhere else ("Funeral in Tehran" agrees, "Funeral in Kerman" does
// not).
func (d *docRun) sameIdentity(name string, names []string) bool {
	of, at := identityParts(name)
	if of == "" {
		return false
	}
	honours := false
	for _, n := range names {
		o, a := identityParts(n)
		if at != "" && a != "" && !strings.EqualFold(a, at) {
			return false
		}
		honours = honours || d.sameName(o, of)
	}
	return honours
}

// reAirlineCode is the airline's two-letter code before a flight's
// number: "PS" of "Flight PS752".
var reAirlineCode = regexp.MustCompile(`(?i)\b(flight) [A-Z]{2}(\d+)\b`)

// sameName reports whether two names are one: as written, with or
// without a flight number's airline code ("Flight PS752", "Flight 752"),
// or as the entity both name.
func (d *docRun) sameName(a, b string) bool {
	if strings.EqualFold(a, b) || strings.EqualFold(reAirlineCode.ReplaceAllString(a, "$1 $2"), reAirlineCode.ReplaceAllString(b, "$1 $2")) {
		return true
	}
	ea, ok := d.g.Match(a)
	eb, known := d.g.Match(b)
	return ok && known && ea.ID == eb.ID
}

// identityParts parts an identity name into whom it concerns ("Qasem
// Soleimani" of "Funeral of Qasem Soleimani in Tehran", "" when it names
// no one) and where (" in Tehran", " at ...", or "").
func identityParts(name string) (of, at string) {
	cut := max(strings.LastIndex(name, " in "), strings.LastIndex(name, " at "))
	if cut > 0 {
		name, at = name[:cut], name[cut:]
	}
	if _, whom, ok := strings.Cut(name, " of "); ok {
		of = whom
	}
	return of, at
}
