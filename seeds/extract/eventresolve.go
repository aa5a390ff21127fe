package extract

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// Event resolution. An article names one event many ways ("the strike",
// "a U.S. drone strike", "American airstrikes"), and articles name it
// differently from each other. What makes it one event is its kind, its
// day and its place, so an event whose kind and day the document states
// gets an id made of them: two ingests of two articles about the 3
// January strike write one node, and the 29 December strikes, a different
// day, never share it. The place is the event's locatedIn edge and part of
// its name, not of its id: articles place one strike "in Baghdad" and "at
// Baghdad International Airport", and the text layer cannot tell that one
// holds the other.

// eventKey is an event's identity, kind (rules/events.kinds) and day
// (YYYY-MM-DD), with its place (an entity id, or "" when the text names
// none) for its name, and the known event it is, if any.
type eventKey struct {
	Kind, Date, Place, Known string
	// Apart is the name of the place that sets the event apart from a
	// stored one of its kind and day in another city.
	Apart string
	// Ident names an undated event by what identifies it, its kind, whom
	// it concerns and its place ("Funeral of Qasem Soleimani in Tehran"):
	// its id and name when the text gives no day (identified).
	Ident string
	// Reported is the day of the article that reports an undated event
	// as its news (reportedKey), which its id and name keep.
	Reported string
}

// id is the event's id: the known event's, or one made of its kind and
// day only, or with the place that sets it apart.
func (k eventKey) id() string {
	if k.Known != "" {
		return k.Known
	}
	if k.Date == "" && k.Reported != "" {
		return Slug(strings.TrimSuffix(k.Ident, reportedMark+k.Reported)) + "-reported-" + k.Reported // never cut off by Slug's length
	}
	if k.Date == "" {
		return Slug(k.Ident)
	}
	if k.Apart != "" {
		return Slug(k.Kind + " " + k.Apart + " " + k.Date)
	}
	return Slug(k.Kind + " " + k.Date)
}

// otherCity returns the name of the event's city when the stored event
// id, of its kind and day, is named after another city ("Stampede in
// Kerman, 2020-01-07" against a stampede in Tehran that day): two events,
// which never share a node. A facility and a city, or two names one of
// which holds the other, may be one place.
func (d *docRun) otherCity(k eventKey, id string) string {
	p, ok := d.g.Lookup(k.Place)
	stored, known := d.g.Lookup(id)
	if k.Place == "" || !ok || p.Type != "City" || !known || !d.x.caller[stored.ID] {
		return ""
	}
	name, _, _ := strings.Cut(stored.Name, ", "+k.Date)
	at := strings.LastIndex(name, " in ")
	if at < 0 {
		return ""
	}
	there, ok := d.g.Match(name[at+len(" in "):])
	if !ok || there.Type != "City" || there.ID == p.ID || containsWords(evalKey(there.Name), evalKey(p.Name)) || containsWords(evalKey(p.Name), evalKey(there.Name)) {
		return ""
	}
	return p.Name
}

// canonicalDay finds the day in an id made by eventKey.id.
var canonicalDay = regexp.MustCompile(`-(\d{4}-\d{2}-\d{2})(?:-|$)`)

// resolveEvents gives every event whose kind and day the document states
// the id of the known event of that kind and day, or else its key's id
// and a name saying what, where and when, merging the events of the
// document that share a key. An undated event is the one event of its
// kind the document dates, or else the one the store dates in the week
// before; a killing is the strike its victim was killed in. A known event
// the document dates to another day than its own is a different event of
// the same name and gets its own node.
func (d *docRun) resolveEvents(ref time.Time) {
	doc := &d.res.Document
	d.narrativeStartDates(ref)
	d.splitByDay(ref)
	mentions := map[string][]schema.Mention{}
	for _, m := range d.res.Mentions {
		mentions[m.Entity] = append(mentions[m.Entity], m)
	}
	renames := map[string]dated{}
	keys := map[string]eventKey{} // every event the document dates or knows, by id
	var undated []dated
	ix := d.indexEvents()
	d.placeDuring(ix)
	d.roles = d.documentRoles(ix)
	for _, e := range d.documentEvents() {
		k, sent, ok := d.keyOf(ix, e, mentions[e.ID], ref)
		switch {
		case d.x.caller[e.ID] && ok && knownDay(e) == "" && k.Kind != "":
			// a known event no one dated, dated here
			k.Known = e.ID
			renames[e.ID] = dated{eventKey: k, sentence: sent, old: e}
			keys[e.ID] = k
		case d.x.caller[e.ID] && !(ok && d.otherDay(e, k.Date)):
			// a known event, and nothing says it is another
			if k.Kind != "" {
				k.Date, k.Known = knownDay(e), e.ID
				keys[e.ID] = k
			}
		case !ok:
			if k.Kind != "" {
				undated = append(undated, dated{eventKey: k, sentence: -1, old: e})
			}
		default:
			if r, ok := sameDayOther(keys, k); ok {
				k = r // "Flight 752 crashed on Wednesday", "Iran shot it down on Wednesday"
			} else {
				k = d.storedKey(ix, e, k, mentions[e.ID])
			}
			renames[e.ID] = dated{eventKey: k, sentence: sent, old: e}
			keys[e.ID] = k
		}
	}
	d.tellApart(ix, renames, keys)
	var dateless []dated
	var left []dated // undated, and staying so
	for _, u := range d.anchorUndated(ix, undated, mentions, keys, renames, false) {
		if r, ok := d.undatedKey(ix, u, mentions[u.old.ID], keys, ref); ok {

			renames[u.old.ID] = r
			if r.Date != "" {
				keys[u.old.ID] = r.eventKey
			}
		} else if d.alone[u.old.Name] {
			dateless = append(dateless, u)
		} else {
			left = append(left, u)
		}
	}
	// "The vote came two days after the killing", "a stampede during
	// the procession": the killing and the procession may be dated by
	// now.
	left = d.anchorUndated(ix, left, mentions, keys, renames, false)
	dateless = d.anchorUndated(ix, dateless, mentions, keys, renames, true)
	d.generalToSpecific(ix, left, renames)
	d.dropEvents(toIdentified(dateless, left, mentions, renames))
	d.operationNames(ix, renames, keys)
	d.killingsInStrikes(renames)
	if len(renames) > 0 {
		d.applyRenames(renames)
		sort.Slice(doc.Entities, func(i, j int) bool { return doc.Entities[i].ID < doc.Entities[j].ID })
	}
	d.oneDayEach(renames)
	d.nameKillings()
}

// oneDayEach drops the startDate statements of a resolved event that give
// another day than the one its key was resolved by: "parliament voted on
// Sunday ... voted last week" is one vote, on Sunday, not also on the
// Monday "last week" starts; an event has one day.
func (d *docRun) oneDayEach(renames map[string]dated) {
	day := map[string]string{}
	for _, r := range renames {
		if r.Date != "" {
			day[r.id()] = r.Date
		}
	}
	if len(day) == 0 {
		return
	}
	doc := &d.res.Document
	doc.Statements = slices.DeleteFunc(doc.Statements, func(st schema.Statement) bool {
		want, ok := day[st.Subject]
		return ok && st.Predicate.Name == "startDate" && literalText(st.Value) != want
	})
}

// allDefinite reports whether every mention opens with a definite word
// ("the funeral", "his burial").
func allDefinite(ms []schema.Mention) bool {
	for _, m := range ms {
		first, _, _ := strings.Cut(strings.ToLower(m.Text), " ")
		if !definiteWords[first] {
			return false
		}
	}
	return len(ms) > 0
}

// toIdentified renames each event a noun names alone and nothing dates
// ("the funeral") to the one event of its kind the document identifies
// by whose it is ("the funeral of Soleimani" before it: identified, or
// left undated under its own name), and returns the ids of the others,
// which name no event a reader could tell. Read so, an article ingested
// again, once its identified event is known, reads as it did the first
// time.
func toIdentified(dateless, left []dated, mentions map[string][]schema.Mention, renames map[string]dated) []string {
	var out []string
	for _, u := range dateless {
		if !allDefinite(mentions[u.old.ID]) {
			out = append(out, u.old.ID) // "a rocket attack": another one
			continue
		}
		var one []eventKey
		add := func(k eventKey) {
			if u.Kind == k.Kind && !slices.ContainsFunc(one, func(o eventKey) bool { return o.id() == k.id() }) {
				one = append(one, k)
			}
		}
		for _, r := range renames {
			if r.Date == "" && r.Ident != "" && r.Known == "" {
				add(r.eventKey)
			}
		}
		for _, l := range left {
			if _, renamed := renames[l.old.ID]; !renamed {
				add(eventKey{Kind: l.Kind, Known: l.old.ID})
			}
		}
		if len(one) != 1 {
			out = append(out, u.old.ID)
			continue
		}
		renames[u.old.ID] = dated{eventKey: one[0], sentence: -1, old: u.old}
	}
	return out
}

// nameKillings gives a dated event that killed a person the name "Killing
// of <person>", so that a later article's "the killing of X" is that
// event, not a new one.
func (d *docRun) nameKillings() {
	doc := &d.res.Document
	at := map[string]int{}
	for i, e := range doc.Entities {
		if e.Type == "Event" && canonicalDay.MatchString(e.ID) && kindOf(defaultKinds, e.Name) != "killing" {
			at[e.ID] = i
		}
	}
	for _, st := range doc.Statements {
		i, ok := at[st.Object]
		if !ok || st.Predicate.Name != "killedIn" {
			continue
		}
		if v, ok := d.g.Lookup(st.Subject); ok && v.Type == "Person" {
			doc.Entities[i].Aliases = addNames(doc.Entities[i].Aliases, doc.Entities[i].Name, "Killing of "+v.Name)
		}
	}
}

// inDocument is the key of the one event of an undated event's kind (or
// of a kind it covers) the document dates or knows, aimed at the same
// target if it names one, and how many there are: with several, which
// one is not said.
func (d *docRun) inDocument(ix *eventIndex, e schema.Entity, k eventKey, keys map[string]eventKey) (eventKey, int) {
	targets := ix.targets
	byID := map[string]eventKey{}
	aimed := map[string]eventKey{}
	places, theirs := d.mentionPlaces(ix, e.ID), d.keyPlaces(ix, keys)
	for id, r := range keys {
		if !covers(defaultKinds, k.Kind, r.Kind) || !d.placesAgree(ix, places, theirs[r.id()]) || d.placedApart(ix, k.Kind, places, theirs[r.id()]) {
			continue
		}
		byID[r.id()] = r
		if targets[id] != "" && targets[id] == targets[e.ID] {
			aimed[r.id()] = r
		}
	}
	if targets[e.ID] != "" {
		byID = aimed // aimed at something: the one the document says was aimed at it
	}
	if len(byID) > 1 {
		byID = d.placedThere(ix, byID, places, theirs)
	}
	for _, r := range byID {
		if len(byID) == 1 {
			return r, 1
		}
	}
	return k, len(byID)
}

// anchorUndated dates the undated events another event the document
// dates anchors (anchoredDay; with hostOnly, only the event they happened
// during), and returns the others.
func (d *docRun) anchorUndated(ix *eventIndex, undated []dated, mentions map[string][]schema.Mention, keys map[string]eventKey, renames map[string]dated, hostOnly bool) []dated {
	var out []dated
	for _, u := range undated {
		day, sent, ok := d.anchoredDay(ix, mentions[u.old.ID], keys, hostOnly)
		if !ok {
			out = append(out, u)
			continue
		}
		k := u.eventKey
		k.Date = day
		k.Known = d.knownEvent(k, u.old.ID)
		renames[u.old.ID] = dated{eventKey: k, sentence: sent, old: u.old}
		keys[u.old.ID] = k
	}
	return out
}

// generalToSpecific renames each undated event of a general kind to the
// one undated event of a kind it covers aimed at the same target: "the
// Taji attack" after "rockets hit Camp Taji" is that rocket attack.
func (d *docRun) generalToSpecific(ix *eventIndex, left []dated, renames map[string]dated) {
	targets := ix.targets
	for _, g := range left {
		var to []dated
		for _, s := range left {
			if s.Kind != g.Kind && covers(defaultKinds, g.Kind, s.Kind) && targets[g.old.ID] != "" && targets[g.old.ID] == targets[s.old.ID] {
				to = append(to, s)
			}
		}
		if len(to) == 1 {
			renames[g.old.ID] = dated{eventKey: eventKey{Kind: to[0].Kind, Known: to[0].old.ID}, sentence: -1, old: g.old}
		}
	}
}

// inStore is the key of the one event of an undated event's kind the
// store names after the place the document says it struck, or the one
// the store says killed whom the document says it killed, or else,
// unless it was aimed at something, the one the store dates in the week
// up to ref. An event an indefinite article introduces ("killed in an
// airstrike") is a stored one only when they share a participant.
func (d *docRun) inStore(ix *eventIndex, e schema.Entity, k eventKey, ref time.Time) (eventKey, bool) {
	day, id, ok := d.eventAt(ix, e.ID, k.Kind, ref)
	if !ok {
		day, id, ok = d.victimEvent(e.ID, k.Kind, ref)
	}
	if !ok && len(d.roles[e.ID]["killedIn"]) > 0 {
		return k, false // whom it killed says which it is, and no other strike of the week
	}
	if !ok && ix.targets[e.ID] == "" {
		day, id, ok = d.recentEvent(ix, e.ID, k.Kind, ref) // aimed at something, it needs more than its kind
	}
	if ok && introduced(ix.byEntity[e.ID]) && !d.sharesParty(e.ID, id) && !d.sharesPlace(ix, e.ID, id) {
		return k, false
	}
	k.Date, k.Known = day, id
	return k, ok
}

// eventAt returns the day and id of the one known event of the kind (or
// a kind it covers), up to ref, whose name holds the name of a place the
// document says event was at or aimed at, or that the caller's facts put
// at that place, and whose places agree with the document's: "Iran's
// missile attack on the Ain al-Asad air base", a month later, is the
// missile strike at Ain al-Asad Air Base; "a rocket attack near Kirkuk"
// the stored attack located in Kirkuk.
func (d *docRun) eventAt(ix *eventIndex, event, kind string, ref time.Time) (string, string, bool) {
	all := d.mentionPlaces(ix, event)
	var places []string
	for _, id := range all {
		if p, ok := ix.lookup(d, id); ok && (p.Type == "Facility" || p.Type == "City" || p.Type == "Place") {
			places = append(places, id)
		}
	}
	found, id := "", ""
	for _, e := range d.x.known {
		day := knownDay(e)
		t, err := time.Parse("2006-01-02", day)
		if e.Type != "Event" || err != nil || ref.IsZero() || t.After(ref) || !covers(defaultKinds, kind, kindOf(defaultKinds, e.Name)) || d.knownApart(event, e.ID) ||
			!d.placedAt(ix, e, places) || !d.placesAgree(ix, all, d.storedPlaces(ix, e.ID)) {
			continue
		}
		if id != "" && id != e.ID {
			return "", "", false
		}
		found, id = day, e.ID
	}
	return found, id, id != ""
}

// storedKey gives a dated event's key the stored event it is: the one
// the facts say killed whom it killed, or the one of its kind and day,
// unless in another city, or the one of its identity
// no one dated; else the city that sets it apart from one of its kind
// and day.
func (d *docRun) storedKey(ix *eventIndex, e schema.Entity, k eventKey, ms []schema.Mention) eventKey {
	if day, id, ok := d.victimEvent(e.ID, k.Kind, time.Time{}); ok && day != "" {
		if k.Date != day {
			dropStatement(&d.res.Document, e.ID, "startDate", "") // whom it killed died once: the day beside it is another's
		}
		k.Date, k.Known = day, id
		return k
	}
	if k.Known = d.knownEvent(k, e.ID); k.Known != "" && d.otherCity(k, k.Known) != "" {
		k.Known = ""
	} else if day, id, ok := d.adjacentStored(ix, e.ID, k); ok && k.Known == "" {
		dropStatement(&d.res.Document, e.ID, "startDate", "") // the stored day is the place's own
		k.Date, k.Known = day, id
		return k
	}
	if k.Known == "" {
		k.Known = d.undatedStored(e, k, ms)
	}
	if t, err := time.Parse("2006-01-02", k.Date); k.Known == "" && err == nil {
		k.Known, _ = d.reportedStored(ix, e.ID, k.Kind, t, 0) // "the vote on Sunday" after "parliament voted", reported Monday
	}
	if k.Known == "" {
		k.Apart = d.otherCity(k, k.id())
	}
	if k.Known == "" && k.Apart == "" && d.knownApart(e.ID, k.id()) {
		k.Apart = d.partyName(e.ID) // "Deployment by Denmark" beside the United States' that day
	}
	return k
}

// sameDayOther is the key of an event the document dates to k's day
// whose kind is another name of k's (oneEvent).
func sameDayOther(keys map[string]eventKey, k eventKey) (eventKey, bool) {
	for _, id := range slices.Sorted(maps.Keys(keys)) {
		if r := keys[id]; r.Date == k.Date && r.Kind != k.Kind && oneEvent(r.Kind, k.Kind) {
			return r, true
		}
	}
	return k, false
}

// knownEvent is the id of the known event of the key's kind (or one that
// is another name of it, oneEvent) and day whose participants do not tell
// it apart from the document's event, or "".
func (d *docRun) knownEvent(k eventKey, event string) string {
	for _, e := range d.x.known {
		if e.Type == "Event" && d.x.caller[e.ID] && knownDay(e) == k.Date && oneEvent(kindOf(defaultKinds, e.Name), k.Kind) && !d.knownApart(event, e.ID) {
			return e.ID
		}
	}
	return ""
}

// knownDay is the day of a known event: the one its id holds (eventKey.id),
// else the first full date its description gives (the curated annotation
// keeps there the dates its article does not state), else "".
func knownDay(e schema.Entity) string {
	if m := canonicalDay.FindStringSubmatch(e.ID); m != nil {
		return m[1]
	}
	found, at := findDates(e.Description, time.Time{})
	first := ""
	for i, day := range found {
		if first == "" || at[i] < at[slices.Index(found, first)] {
			first = day
		}
	}
	return first
}

// otherDay reports whether a known event has a day other than day.
func (d *docRun) otherDay(e schema.Entity, day string) bool {
	if k, ok := d.g.Lookup(e.ID); ok {
		e = k
	}
	known := knownDay(e)
	return known != "" && known != day
}

// killingsInStrikes renames "the killing of X" to the event the document
// says X was killed in, when that is an event of another kind: the
// killing of Soleimani is the drone strike that killed him.
func (d *docRun) killingsInStrikes(renames map[string]dated) {
	keyOf := func(id string) (eventKey, bool) {
		if r, ok := renames[id]; ok {
			return r.eventKey, true
		}
		e, ok := d.g.Lookup(id)
		return eventKey{Kind: kindOf(defaultKinds, e.Name), Known: id}, ok && e.Type == "Event"
	}
	killedIn := map[string]string{} // victim -> the event, not a killing, they were killed in
	victimOf := map[string]string{} // killing -> victim
	for _, st := range d.res.Document.Statements {
		if st.Predicate.Name != "killedIn" {
			continue // before keyOf: most statements are not
		}
		if k, ok := keyOf(st.Object); ok {
			if k.Kind == "killing" {
				victimOf[st.Object] = st.Subject
			} else if killedIn[st.Subject] == "" {
				killedIn[st.Subject] = st.Object
			}
		}
	}
	for killing, victim := range victimOf {
		e, ok := d.g.Lookup(killing)
		strike := killedIn[victim]
		if !ok || e.Type != "Event" || kindOf(defaultKinds, e.Name) != "killing" || strike == "" || strike == killing {
			continue
		}
		own, _ := keyOf(killing)
		k, ok := keyOf(strike)
		if !ok || k.Kind == "killing" || own.Date != "" && k.Date != "" && own.Date != k.Date {
			continue
		}
		renames[killing] = dated{eventKey: k, sentence: -1, old: e}
		dropStatement(&d.res.Document, killing, "targeted", victim) // it killed them, whoever it aimed at
	}
}

// dropEvents removes the events ids, their mentions and the statements
// about them: "the vote" the document does not date may be any vote.
func (d *docRun) dropEvents(ids []string) {
	if len(ids) == 0 {
		return
	}
	doc := &d.res.Document
	doc.Entities = slices.DeleteFunc(doc.Entities, func(e schema.Entity) bool { return slices.Contains(ids, e.ID) })
	doc.Statements = slices.DeleteFunc(doc.Statements, func(st schema.Statement) bool {
		return slices.Contains(ids, st.Subject) || !st.Predicate.IsAttribute() && slices.Contains(ids, st.Object)
	})
	d.res.Mentions = slices.DeleteFunc(d.res.Mentions, func(m schema.Mention) bool { return slices.Contains(ids, m.Entity) })
}

// dropStatement removes the statements subject predicate object.
func dropStatement(doc *schema.Document, subject, predicate, object string) {
	kept := doc.Statements[:0]
	for _, st := range doc.Statements {
		if st.Subject != subject || st.Predicate.Name != predicate || st.Object != object {
			kept = append(kept, st)
		}
	}
	doc.Statements = kept
}

// documentEvents lists the events the document defines or mentions.
func (d *docRun) documentEvents() []schema.Entity {
	var out []schema.Entity
	for _, e := range d.res.Document.Entities {
		if e.Type == "Event" {
			out = append(out, e)
		}
	}
	for _, id := range d.res.Known {
		if e, ok := d.g.Lookup(id); ok && e.Type == "Event" {
			out = append(out, e)
		}
	}
	return out
}

// recentWindow is how far back an undated mention of an event may reach
// for the one known event of its kind.
const recentWindow = 7 * 24 * time.Hour

// recentEvent returns the day and id of the one known event of the kind
// dated in the week up to ref that neither the participants of the
// document's event nor its places tell apart from it, or false when there is none or more
// than one.
func (d *docRun) recentEvent(ix *eventIndex, event, kind string, ref time.Time) (string, string, bool) {
	if ref.IsZero() {
		return "", "", false
	}
	places := d.mentionPlaces(ix, event)
	found, id := "", ""
	for _, e := range d.x.known {
		if e.Type != "Event" || !covers(defaultKinds, kind, kindOf(defaultKinds, e.Name)) || d.knownApart(event, e.ID) || !d.placesAgree(ix, places, d.storedPlaces(ix, e.ID)) || d.placedApart(ix, kind, places, d.storedPlaces(ix, e.ID)) {
			continue
		}
		day := knownDay(e)
		t, err := time.Parse("2006-01-02", day)
		if err != nil || t.After(ref) || ref.Sub(t) > recentWindow {
			continue
		}
		if found != "" && found != day {
			return "", "", false
		}
		found, id = day, e.ID
	}
	return found, id, found != ""
}

// eventIndex is what keyOf reads about a document, gathered once per
// document so that dating its events costs its length, not its length
// times its events.
type eventIndex struct {
	mentions map[int][]schema.Mention      // mentions of events, by sentence
	all      map[int][]schema.Mention      // every mention, by sentence
	about    map[string][]schema.Statement // statements, by subject
	// targets maps each event to what the document says it targeted
	// first.
	targets map[string]string
	// byEntity holds every mention, by entity.
	byEntity map[string][]schema.Mention
	// places and entities cache mentionPlaces and lookups.
	places   map[string][]string
	entities map[string]schema.Entity
}

// indexEvents gathers the document's eventIndex.
func (d *docRun) indexEvents() *eventIndex {
	ix := d.indexMentions()
	ix.about, ix.targets = map[string][]schema.Statement{}, map[string]string{}
	for _, st := range d.res.Document.Statements {
		ix.about[st.Subject] = append(ix.about[st.Subject], st)
		if st.Predicate.Name == "targeted" && ix.targets[st.Subject] == "" {
			ix.targets[st.Subject] = st.Object
		}
	}
	return ix
}

// indexMentions gathers the mentions of the document's eventIndex alone,
// for splitByDay, which reads no statements: copying every statement by
// its subject is most of what an index costs.
func (d *docRun) indexMentions() *eventIndex {
	ix := &eventIndex{mentions: map[int][]schema.Mention{}, all: map[int][]schema.Mention{}, byEntity: map[string][]schema.Mention{},
		places: map[string][]string{}, entities: map[string]schema.Entity{}}
	for _, m := range d.res.Mentions {
		ix.all[m.Sentence] = append(ix.all[m.Sentence], m)
		ix.byEntity[m.Entity] = append(ix.byEntity[m.Entity], m)
		if e, ok := d.g.Lookup(m.Entity); ok && e.Type == "Event" {
			ix.mentions[m.Sentence] = append(ix.mentions[m.Sentence], m)
		}
	}
	return ix
}

// keyOf reads an event's kind from its name, its day from its startDate
// statement or else the first sentence naming it that states exactly one
// date, and its place from its locatedIn statement.
func (d *docRun) keyOf(ix *eventIndex, e schema.Entity, ms []schema.Mention, ref time.Time) (eventKey, int, bool) {
	k := eventKey{Kind: kindOf(defaultKinds, e.Name)}
	if k.Kind == "" {
		return k, 0, false
	}
	sent, base := -1, ""
	for _, st := range ix.about[e.ID] {
		switch st.Predicate.Name {
		case "startDate":
			if k.Date == "" {
				k.Date = literalText(st.Value)
			}
		case "locatedIn":
			if k.Place == "" {
				k.Place = st.Object
			}
		case "targeted":
			if t, ok := d.g.Lookup(st.Object); ok && (t.Type == "Facility" || t.Type == "City") && base == "" {
				base = st.Object // an attack on a base or a city happened there
			}
		}
	}
	if k.Place == "" || base != "" && d.wide(k.Place) {
		k.Place = base // "bases in Iraq" and "Ain al-Asad Air Base": the base says where
	}
	for _, m := range ms {
		if k.Date != "" {
			break
		}
		if s, ok := d.res.Document.Sentence(m.Sentence); ok {
			days, offs := d.datesIn(s, ref)
			if day, ok := dateBeside(d.placeCommas(s, ix.all[m.Sentence]), m, ix.mentions[m.Sentence], days, offs); ok {
				k.Date, sent = day, m.Sentence
			}
		}
	}
	return k, sent, k.Date != ""
}

// wide reports whether a place is a country or region, which a base or
// a city the event also names sits in.
func (d *docRun) wide(place string) bool {
	p, ok := d.g.Lookup(place)
	return ok && (p.Type == "Country" || p.Type == "Region")
}

// dateBeside is the date a sentence states right beside a mention: at
// most 50 bytes before it or 100 after with no comma, semicolon or dash between ("the strike
// on Friday", "the Dec. 29 strikes"), or that many days before or after
// the date the sentence states ("two days after the strike"). A date
// elsewhere in the sentence may be when someone spoke, not when the event
// happened. days and offs are the dates s states and their offsets in it
// (datesIn: "two days later" counted from the date just mentioned). A verb
// ("parliament voted") is dated only after it, or by a day standing
// right before it ("lawmakers on Sunday voted"): in "Iran said on
// Saturday that parliament voted", Saturday is when Iran spoke.
func dateBeside(s schema.Sentence, m schema.Mention, others []schema.Mention, days []string, offs []int) (string, bool) {
	start, end := m.Start-s.Start, m.End-s.Start
	if start < 0 || end > len(s.Text) {
		return "", false
	}
	verb := isEventVerb(m.Text)
	if day, ok := daysApart(s.Text[:start], days, offs); ok && !verb {
		return day, true
	}
	for i, day := range days {
		at := offs[i]
		if frontedScene(s.Text, at, start) && !nearerOther(others, s.Start+at, m) {
			return day, true // "On Wednesday, Iran launched a missile attack on X"
		}
		lo, hi := min(at, start), max(at, end)
		if at > end && (spanned(s.Text[end:at]) > 100 || sequelBetween(s.Text[end:at])) || at < start-50 || verb && at < end && !(at < start && verbAdjunct(s.Text[at:start])) || nearerOther(others, s.Start+at, m) || at < start && (reportsAfter(s.Text[at:start]) || answered(s.Text[at:start])) {
			continue
		}
		if !partedBy(s.Text[lo:hi]) || at < start && frontedDate(s.Text, at, start) {
			return day, true
		}
	}
	return "", false
}

// spanned is how far apart a gap sets two words, counting a run of
// blanks as one: a description placeCommas blanked does not set a date
// further from its event.
func spanned(gap string) int {
	n, blank := 0, false
	for _, r := range gap {
		if r != ' ' || !blank {
			n++
		}
		blank = r == ' '
	}
	return n
}

// verbAdjunct reports whether the text from a date to a verb is the date
// alone: "on Saturday named", the day the verb's subject acted on.
func verbAdjunct(between string) bool {
	return len(strings.Fields(between)) <= 3 && !partedBy(between) && !reportsAfter(between)
}

// reThat opens a reported clause.
var reThat = regexp.MustCompile(`(?i)\bthat\b`)

// reportsAfter reports whether the words between a date and a mention
// after it open a reported clause or hold the verb of a reaction to it:
// in "Pompeo said on Tuesday that Washington was disappointed by the
// vote", Tuesday is when he spoke; in "Iraq on Monday condemned the U.S.
// airstrikes", when Iraq condemned them, not when they struck.
func reportsAfter(between string) bool {
	return reThat.MatchString(between) || slices.ContainsFunc(strings.Fields(strings.ToLower(between)), isClaimVerb)
}

// reThousands is a comma inside a number ("3,000 troops").
var reThousands = regexp.MustCompile(`\d,\d`)

// reWeekdayOfDate is the weekday that opens a date written after a mention
// ("fired missiles on Wednesday, Jan. 8, 2020"): its comma belongs to the
// date and parts nothing.
var reWeekdayOfDate = regexp.MustCompile(`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s*$`)

// partedBy reports whether a comma, a semicolon or a dash parts the text
// between a date and a mention: "BAGHDAD, Dec. 30 - U.S. air strikes on
// Sunday" dates the dispatch, not the strikes. A number's comma ("deployed
// 3,000 troops on Friday") parts nothing.
func partedBy(between string) bool {
	between = reThousands.ReplaceAllString(between, "")
	between = reWeekdayOfDate.ReplaceAllString(between, "")
	return strings.ContainsAny(between, ",;—–") || strings.Contains(between, " - ")
}

// nearerOther reports whether another event's mention stands between a
// mention and the date at byte at (of the document): "Iran fired missiles
// five days after a U.S. drone strike on Friday" dates the strike, not
// the missiles.
func nearerOther(others []schema.Mention, at int, m schema.Mention) bool {
	return slices.ContainsFunc(others, func(o schema.Mention) bool {
		return o.Entity != m.Entity && (at >= m.End && o.Start >= m.End && o.End <= at || at < m.Start && o.Start >= at && o.End <= m.Start)
	})
}

// frontedWords open a sentence with a phrase that sets the scene of its
// main clause: "At his burial in Kerman on Tuesday, a stampede killed",
// "Early Friday, a drone strike killed".
var frontedWords = defaultRules.mustList("frontedWords")

// frontedDate reports whether the date at byte at sits in the phrase that
// opens the sentence and the comma closing that phrase comes right before
// the mention at start, or before its article ("On Saturday, a rocket
// attack hit"): the date is the main clause's.
func frontedDate(text string, at, start int) bool {
	first, _, _ := strings.Cut(text, " ")
	comma := strings.IndexByte(text, ',')
	if !frontedWords[strings.ToLower(first)] || comma <= at || comma > start {
		return false
	}
	between := strings.Fields(strings.ToLower(text[comma+1 : start]))
	return len(between) == 0 || len(between) == 1 && (indefinite[between[0]] || definiteWords[between[0]])
}

// sentenceDates are the dates a sentence states, by date and by weekday,
// with their byte offsets, leaving out a dateline's ("BAGHDAD, Jan. 3 —"),
// which dates the dispatch.
func sentenceDates(text string, ref time.Time) ([]string, []int) {
	found, at := findDates(text, ref)
	days, offs := weekdayDates(text, ref)
	pd, po := possessiveWeekdays(text, ref)
	days, offs = append(days, pd...), append(offs, po...)
	wd, wo := lastWeekDates(text, ref)
	days, offs = append(days, wd...), append(offs, wo...)
	yd, yo := yesterdayDates(text, ref)
	days, offs = append(days, yd...), append(offs, yo...)
	if len(found) > 0 && len(offs) > 0 && at[0] == offs[0] {
		found, at = nil, nil // findDates gave the weekdays already
	}
	found, at = append(found, days...), append(at, offs...)
	line := datelineEnd(text)
	var outDays []string
	var outOffs []int
	for i, day := range found {
		if at[i] >= line {
			outDays, outOffs = append(outDays, day), append(outOffs, at[i])
		}
	}
	return outDays, outOffs
}

// rePossessiveWeekday is "Sunday's strikes".
var rePossessiveWeekday = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\b`)

// possessiveWeekdays returns the days of "Sunday's strikes" (the last
// such day up to ref), with the byte offset of each.
func possessiveWeekdays(text string, ref time.Time) ([]string, []int) {
	if ref.IsZero() || !namesWeekday(text) {
		return nil, nil
	}
	var days []string
	var offs []int
	for _, ix := range rePossessiveWeekday.FindAllStringSubmatchIndex(text, -1) {
		t := ref
		for t.Weekday() != weekday(text[ix[2]:ix[3]]) {
			t = t.AddDate(0, 0, -1)
		}
		days, offs = append(days, t.Format("2006-01-02")), append(offs, ix[0])
	}
	return days, offs
}

// reDateline is a dateline: a place in capitals, maybe a date and an
// agency, then a dash.
var reDateline = regexp.MustCompile(`^[A-Z][A-Z .,/'-]*[A-Z](?:,? [^—–]{0,30}?)?\s*(?:\([A-Za-z .]+\))?\s*(?:—|–|-{1,2})\s`)

// datelineEnd is where a sentence's dateline ends, or 0. A dateline opens
// with two capitals or a capital and a mark (reDateline): most sentences
// are told apart by their first two bytes, before the regexp, which many
// passes ask of every sentence.
func datelineEnd(text string) int {
	if len(text) < 2 || !isUpperASCII(text[0]) || !isUpperASCII(text[1]) && !strings.ContainsRune(" .,/'-", rune(text[1])) {
		return 0
	}
	if loc := reDateline.FindStringIndex(text); loc != nil {
		return loc[1]
	}
	return 0
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// reDaysApart is "two days after" just before an event's mention.
var reDaysApart = regexp.MustCompile(`(?i)\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(after|before)\s+(?:the\s+|a\s+|an\s+)?$`)

// reHoursApart is "hours after", "minutes before", "shortly after" just
// before an event's mention: the same day as that event's. "Days after"
// with no count says no day.
var reHoursApart = regexp.MustCompile(`(?i)(?:\b(?:(?:a\s+few|few|several|some|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+)?(?:hours?|minutes?)|\b(?:shortly|soon|just|moments|immediately))\s+(?:after|before)\s+(?:the\s+|a\s+|an\s+)?$`)

var smallNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

// daysApart reads "<a date> ... two days after <event>": the event is
// that many days before the date the sentence states nearest before the
// phrase.
func daysApart(before string, days []string, offs []int) (string, bool) {
	if len(days) == 0 || !countsDays(before) {
		return "", false
	}
	m := reDaysApart.FindStringSubmatchIndex(before)
	if m == nil || len(days) == 0 {
		return "", false
	}
	sub := subs(before, m)
	date := ""
	for i, at := range offs {
		if at < m[0] {
			date = days[i] // the nearest before the phrase: a day after the event is the event's own
		}
	}
	n := -apartDays(sub)
	t, err := time.Parse("2006-01-02", date)
	if err != nil || n == 0 {
		return "", false
	}
	return t.AddDate(0, 0, n).Format("2006-01-02"), true
}

// apartDays is how many days a reDaysApart match counts forward: "two
// days after" 2, "a week before" -7.
func apartDays(sub []string) int {
	n, ok := smallNumbers[strings.ToLower(sub[1])]
	if !ok {
		n = atoi(sub[1])
	}
	if strings.HasPrefix(strings.ToLower(sub[2]), "week") {
		n *= 7
	}
	if !strings.EqualFold(sub[3], "after") {
		n = -n
	}
	return n
}

// anchoredDay dates an event from another event the document dates
// (keys): in "five days after the attack on the airport convoy Iran fired
// missiles at Ain al-Asad", the missiles are the attack's day plus five;
// in "the vote came two days after the killing", the killing is the
// vote's day less two; "hours after the procession ended, rockets
// landed" on the procession's day; "a stampede during the procession" happened on
// the procession's day (hostOf), the one anchoring hostOnly allows.
// The anchor's mention shares the event's sentence, with no semicolon
// between them; it returns the day and the sentence.
func (d *docRun) anchoredDay(ix *eventIndex, ms []schema.Mention, keys map[string]eventKey, hostOnly bool) (string, int, bool) {
	for _, m := range ms {
		s, ok := d.res.Document.Sentence(m.Sentence)
		if !ok {
			continue
		}
		for _, a := range ix.all[m.Sentence] {
			k, dated := keys[a.Entity]
			lo, hi := min(a.End, m.End), max(a.Start, m.Start)
			if !dated || k.Date == "" || a.Entity == m.Entity || a.Start < s.Start || m.End-s.Start > len(s.Text) || a.End-s.Start > len(s.Text) ||
				lo < hi && strings.Contains(s.Text[lo-s.Start:hi-s.Start], ";") {
				continue
			}
			t, err := time.Parse("2006-01-02", k.Date)
			if err != nil {
				continue
			}
			if hostOf(s, m, a, ix.mentions[m.Sentence]) {
				return k.Date, m.Sentence, true // "a stampede during the burial": the burial's day
			}
			if hostOnly {
				continue
			}
			if sub := reDaysApart.FindStringSubmatch(s.Text[:a.Start-s.Start]); sub != nil {
				return t.AddDate(0, 0, apartDays(sub)).Format("2006-01-02"), m.Sentence, true
			}
			if reHoursApart.MatchString(s.Text[:a.Start-s.Start]) {
				return k.Date, m.Sentence, true // "Hours after the procession ended, rockets landed"
			}
			// "The vote came two days after the killing": the killing is
			// the vote's day less two.
			if sub := reDaysApart.FindStringSubmatch(s.Text[:m.Start-s.Start]); sub != nil && a.End <= m.Start {
				return t.AddDate(0, 0, -apartDays(sub)).Format("2006-01-02"), m.Sentence, true
			}
		}
	}
	return "", 0, false
}

// literalText is the text of a literal value.
func literalText(v quad.Value) string {
	if v == nil {
		return ""
	}
	if t, ok := v.(quad.TypedString); ok {
		return string(t.Value)
	}
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	return ""
}

// dated is an event to rename: its key, the sentence that dates it (-1
// when a startDate statement did) and what it was.
type dated struct {
	eventKey
	sentence int
	old      schema.Entity
}

// applyRenames moves every renamed event's names, statements and mentions
// to its key's id, defines it there, and dates it.
func (d *docRun) applyRenames(renames map[string]dated) {
	doc := &d.res.Document
	to := func(id string) string {
		if r, ok := renames[id]; ok {
			return r.id()
		}
		return id
	}
	defs := map[string]*schema.Entity{}
	named := d.namedBy(renames)
	unrenamed := map[string]schema.Entity{}
	for _, e := range doc.Entities {
		if _, ok := renames[e.ID]; !ok {
			unrenamed[e.ID] = e
		}
	}
	var order []string
	hasDay := d.datedEvents(to)
	for _, old := range slices.Sorted(maps.Keys(renames)) {
		r := renames[old]
		id := r.id()
		def, ok := defs[id]
		if !ok {
			def = &schema.Entity{ID: id, Type: "Event", Name: d.eventName(r.eventKey, named[id])}
			if e, ok := unrenamed[id]; ok {
				// Named by this document under its own id (the strike a
				// killing is renamed to): one entity, named as it will be
				// when the event is known.
				name := def.Name
				*def = e
				def.Aliases = addNames(slices.Clone(e.Aliases), e.Name, name)
			} else if known, ok := d.g.Lookup(id); ok && d.x.caller[id] {
				// Named by the article that first told of it; what this
				// one says of where is kept as another name.
				def.Name, def.Aliases = known.Name, addNames(known.Aliases, known.Name, def.Name)
			}
			defs[id] = def
			order = append(order, id)
		}
		def.Aliases = addNames(def.Aliases, def.Name, slices.DeleteFunc(r.old.Names(), func(n string) bool {
			return d.alone[n] && (len(lowerWords(n)) == 1 || strings.HasSuffix(n, aloneSuffix))
		})...)
		if r.sentence >= 0 && !hasDay[id] {
			doc.Statements = append(doc.Statements, schema.Statement{Subject: old, Predicate: mustPredicate("startDate"),
				Value:    quad.TypedString{Value: quad.String(r.Date), Type: quad.IRI(schema.XSD + "date")},
				Evidence: schema.Evidence{Sentence: r.sentence, Origin: schema.Extracted, Confidence: 0.6}})
			hasDay[id] = true
		}
	}
	kept := doc.Entities[:0]
	for _, e := range doc.Entities {
		if _, ok := renames[e.ID]; !ok && defs[e.ID] == nil {
			kept = append(kept, e)
		}
	}
	for _, id := range order {
		kept = append(kept, *defs[id])
	}
	doc.Entities = kept
	d.res.Known = dropRenamed(d.res.Known, renames)
	doc.Statements = withoutShadowedOpen(renameStatements(doc.Statements, to), defs)
	for i := range d.res.Mentions {
		d.res.Mentions[i].Entity = to(d.res.Mentions[i].Entity)
	}
}

// datedEvents holds the events (renamed by to) the document dates
// already, read once rather than once an event.
func (d *docRun) datedEvents(to func(string) string) map[string]bool {
	out := map[string]bool{}
	for _, st := range d.res.Document.Statements {
		if st.Predicate.Name == "startDate" {
			out[to(st.Subject)] = true
		}
	}
	return out
}

// statedOf is who conducted the event (pred "conducted"), what it
// concerns ("concerns") or targeted ("targeted"), as the document says,
// or "".
func (d *docRun) statedOf(event, pred string) string {
	for _, st := range d.res.Document.Statements {
		if e, said, ok := stated(st, pred); ok && e == event {
			return said
		}
	}
	return ""
}

// statedAll is statedOf for every event at once: one pass over the
// statements, the first that says so winning.
func (d *docRun) statedAll(pred string) map[string]string {
	out := map[string]string{}
	for _, st := range d.res.Document.Statements {
		if e, said, ok := stated(st, pred); ok {
			if _, seen := out[e]; !seen {
				out[e] = said
			}
		}
	}
	return out
}

// stated reads a statement for statedOf: the event it is about and who
// conducted it, or what it concerns or targeted, or where its troops went
// (deployedTo).
func stated(st schema.Statement, pred string) (event, said string, ok bool) {
	switch {
	case pred == "conducted" && st.Predicate.Name == pred:
		return st.Object, st.Subject, true
	case (pred == "concerns" || pred == "targeted" || pred == "deployedTo") && st.Predicate.Name == pred:
		return st.Subject, st.Object, true
	}
	return "", "", false
}

// renameStatements moves statements to the renamed ids and drops the
// ones that become loops or repeats. A repeat keeps the highest confidence
// of the two, as relations.add does when the event is known under its new
// id from the start: reading a document again must give the same figures.
func renameStatements(sts []schema.Statement, to func(string) string) []schema.Statement {
	seen := map[string]int{}
	out := sts[:0]
	for _, st := range sts {
		st.Subject = to(st.Subject)
		if !st.Predicate.IsAttribute() {
			st.Object = to(st.Object)
			if st.Object == st.Subject {
				continue
			}
			if st.Predicate.Name == MentionedWith.Name && st.Object < st.Subject {
				// a co-mention's subject is the smaller id (coMentions),
				// as it is when the event is known under its new id
				st.Subject, st.Object = st.Object, st.Subject
			}
		}
		k := st.Subject + " " + st.Predicate.Name + " " + st.Object + " " + fmt.Sprint(st.Value) + " " + itoa(st.Sentence)
		if i, ok := seen[k]; ok {
			out[i].Confidence = max(out[i].Confidence, st.Confidence)
			continue
		}
		seen[k] = len(out)
		out = append(out, st)
	}
	return out
}

// withoutShadowedOpen drops the open relations of a renamed event that a
// typed statement of the same sentence links the same way: an open
// relation is read only where nothing else links the pair (relations.said),
// and a rename can make one pair of two ("the killing of Soleimani" and
// "the strike", both the drone strike), as it is when the event is known.
func withoutShadowedOpen(sts []schema.Statement, renamed map[string]*schema.Entity) []schema.Statement {
	return withoutOpenWhere(sts, func(i int) bool { return renamed[sts[i].Subject] != nil || renamed[sts[i].Object] != nil })
}

// withoutOpenWhere drops the open relations sts[i], for each i of which
// is true, that a typed statement of the same sentence links the same
// way. It filters sts in place (of(i) is asked before sts[i] moves), for
// a copy of a long document's statements costs more than the test: the
// callers keep only what it returns.
func withoutOpenWhere(sts []schema.Statement, of func(i int) bool) []schema.Statement {
	typed := map[[3]string]bool{}
	for _, st := range sts {
		if !st.Predicate.IsAttribute() && !st.Predicate.IsOpen() && st.Predicate.Name != MentionedWith.Name {
			typed[[3]string{st.Subject, st.Object, itoa(st.Sentence)}] = true
			typed[[3]string{st.Object, st.Subject, itoa(st.Sentence)}] = true
		}
	}
	out := sts[:0]
	for i, st := range sts {
		if !(st.Predicate.IsOpen() && of(i) && typed[[3]string{st.Subject, st.Object, itoa(st.Sentence)}]) {
			out = append(out, st)
		}
	}
	return out
}

func dropRenamed(ids []string, renames map[string]dated) []string {
	out := ids[:0]
	for _, id := range ids {
		if _, ok := renames[id]; !ok {
			out = append(out, id)
		}
	}
	return out
}

// addNames adds the names that are neither name nor already there.
func addNames(aliases []string, name string, names ...string) []string {
	for _, n := range names {
		if n == name || n == "" {
			continue
		}
		dup := false
		for _, a := range aliases {
			dup = dup || a == n
		}
		if !dup {
			aliases = append(aliases, n)
		}
	}
	return aliases
}

// nameParts are whom an event's name names: who conducted it, what it
// concerns, where its troops went.
type nameParts struct{ agent, about, dest string }

// namedBy gathers, for each renamed event's new id, whom its name names,
// by any of its old ids.
func (d *docRun) namedBy(renames map[string]dated) map[string]nameParts {
	out := map[string]nameParts{}
	conducted, concerns, targeted, dests := d.statedAll("conducted"), d.statedAll("concerns"), d.statedAll("targeted"), d.statedAll("deployedTo")
	for _, old := range slices.Sorted(maps.Keys(renames)) {
		id := renames[old].id()
		p := out[id]
		if p.agent == "" {
			p.agent = conducted[old]
		}
		if p.about == "" {
			p.about = concerns[old]
		}
		// "the killing of X": a kind named "<noun> of X" is named after
		// whom it targeted, when it names no agent.
		if p.about == "" && kindHas(renames[old].Kind, "of") {
			p.about = targeted[old]
		}
		if p.dest == "" {
			p.dest = dests[old]
		}
		out[id] = p
	}
	return out
}

// eventName says what, where and when: "Air strike by United States at
// Baghdad International Airport, 2020-01-03", "Crash of Flight 752,
// 2020-01-08" (what it concerns, when no agent is said), "Deployment by
// Denmark to Kuwait, 2020-01-05".
func (d *docRun) eventName(k eventKey, p nameParts) string {
	if k.Date == "" {
		return k.Ident
	}
	name := strings.ToUpper(k.Kind[:1]) + k.Kind[1:]
	if a, ok := d.g.Lookup(p.agent); ok && p.agent != "" {
		name += " by " + a.Name
	} else if a, ok := d.g.Lookup(p.about); ok && p.about != "" && p.about != k.Place {
		name += " of " + a.Name
	}
	if a, ok := d.g.Lookup(p.dest); ok && p.dest != "" && p.dest != k.Place {
		name += " to " + a.Name
	}
	if p, ok := d.g.Lookup(k.Place); ok && k.Place != "" {
		prep := " in "
		if p.Type == "Facility" {
			prep = " at "
		}
		name += prep + p.Name
	}
	return name + ", " + k.Date
}
