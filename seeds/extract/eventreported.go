package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/kg-analyst/kg/schema"
)

// Events the dispatch reports as its news. "A stampede at the burial in
// Kerman killed 56 people" gives no day, yet an article published on 8
// January tells of something that happened that day or just before. When
// the text says which event it is (a place, an agent, a target or a
// victim) and reports it as done (past tense, nothing that sets it in
// another month, in prospect or as a threat), the article's date stands
// for it as a range: the date and the two days before. The node is named
// after what, where and the day it was reported, and is the stored event
// of its kind and place or participants whose day falls in that range.

// reportedReach is how many days before the article's date an event it
// reports as news may have happened.
const reportedReach = 2

// reportedMark sets the day in the name of an event the article's date
// dates: "Vote by Parliament of Iraq, reported 2020-01-08".
const reportedMark = ", reported "

// notNewsWords put a reported event away from the article's days: in
// another time ("last month", "in 2019", "ago", "before"), in prospect or
// as a threat ("planned", "threatened", "vowed"), or as a condition.
var notNewsWords = set("last", "ago", "before", "earlier", "previous", "previously", "former", "anniversary", "past",
	"threatened", "threatening", "threatens", "threaten", "vowed", "vows", "vow", "warned", "warns", "promised", "pledged",
	"plan", "plans", "planning", "proposed", "intended", "if", "unless", "whether", "next", "tomorrow", "year", "years",
	"same", "hours", "days", "weeks", "months", "ordered", "urged", "demanded",
	"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec")

// pastForms are past-tense verbs that do not end in -ed.
var pastForms = set("struck", "hit", "shot", "fell", "held", "took", "led", "fought", "began", "brought", "sent", "left",
	"was", "were", "drew", "went", "came", "broke", "blew", "swept", "threw", "tore", "spread", "set")

// reportedAsNews reports whether the sentence s tells of the event its
// mention m opens as done just now: a past verb, and no word of
// notNewsWords, modalWords or timeShifts, no year, no day of its own
// (the day beside an event dates it; one elsewhere dates another
// thing), nothing put off, no infinitive ("ordered troops to deploy"),
// nothing "about to" happen.
func reportedAsNews(s schema.Sentence, m schema.Mention, ref time.Time) bool {
	at := m.Start - s.Start
	if at < 0 || at > len(s.Text) || putOff(s.Text[at:]) || strings.HasSuffix(strings.ToLower(strings.TrimSpace(s.Text[:at])), " to") ||
		strings.Contains(strings.ToLower(s.Text), "about to ") {
		return false
	}
	if days, _ := sentenceDates(s.Text, ref); len(days) > 0 {
		return false
	}
	past := false
	for _, t := range tokenize(s.Text) {
		if notNewsWords[t.Key] || modalWords[t.Key] || timeShifts[t.Key] || isYear(t) {
			return false
		}
		past = past || pastForms[t.Key] || len(t.Key) > 3 && strings.HasSuffix(t.Key, "ed")
	}
	return past
}

// reportedKey is the key of an undated event the article reports as its
// news (reportedAsNews) and identifies by its place or a participant: the
// stored event of its kind whose day, or reported range, meets the
// article's range and that shares a participant or a place with it, or
// else a new one named after the day the article reports it.
func (d *docRun) reportedKey(ix *eventIndex, u dated, ms []schema.Mention, ref time.Time) (dated, bool) {
	parts := d.partyParts(u.old.ID)
	if ref.IsZero() || len(ms) == 0 || u.Place == "" && len(d.roles[u.old.ID]) == 0 && parts.about == "" || earlierOne(ms) {
		return u, false
	}
	m := slices.MinFunc(ms, func(a, b schema.Mention) int { return a.Start - b.Start })
	s, ok := d.res.Document.Sentence(m.Sentence)
	if !ok || !reportedAsNews(s, m, ref) || d.elsewhereInTime(m.Sentence, ref) {
		return u, false
	}
	k := u.eventKey
	if id, ok := d.reportedStored(ix, u.old.ID, k.Kind, ref, reportedReach); ok {
		k.Known = id
		return dated{eventKey: k, sentence: -1, old: u.old}, true
	}
	k.Ident = d.eventName(eventKey{Kind: k.Kind, Place: k.Place, Date: "-"}, parts)
	k.Reported = ref.Format("2006-01-02")
	k.Ident = strings.TrimSuffix(k.Ident, ", -") + reportedMark + k.Reported
	return dated{eventKey: k, sentence: -1, old: u.old}, true
}

// partyParts are the participants an event's name tells of: who did it,
// and whom or what it concerns (a flight, a person).
func (d *docRun) partyParts(event string) nameParts {
	p := nameParts{about: d.statedOf(event, "concerns")}
	if ids := d.roles[event]["conducted"]; len(ids) > 0 {
		p.agent = ids[0]
	}
	return p
}

// reportedStored is the id of the one stored event of kind (or one that
// is another name of it) that shares a participant or a place with the
// document's event, whose days (day and the span before it) it may be:
// a stored event dated in them, or one reported within the two days
// after them.
func (d *docRun) reportedStored(ix *eventIndex, event, kind string, day time.Time, span int) (string, bool) {
	found := ""
	for _, e := range d.x.known {
		if e.Type != "Event" || !d.x.caller[e.ID] || !oneEvent(kindOf(defaultKinds, e.Name), kind) || d.knownApart(event, e.ID) {
			continue
		}
		t, err := time.Parse("2006-01-02", knownDay(e))
		if err != nil {
			continue
		}
		lo, hi := day.AddDate(0, 0, -span), day
		if strings.Contains(e.Name, reportedMark) {
			hi = day.AddDate(0, 0, reportedReach)
		}
		if t.Before(lo) || t.After(hi) || !d.sharesParty(event, e.ID) && !d.sharesPlace(ix, event, e.ID) {
			continue
		}
		if found != "" && found != e.ID {
			return "", false
		}
		found = e.ID
	}
	return found, found != ""
}

// elsewhereInTime reports whether the narrative before sentence i stands
// at a day out of the article's range: the last sentence within
// narrativeReach before it that states a day states one more than
// reportedReach days before ref, or after it. A review telling of the
// weeks before it is no news of its day.
func (d *docRun) elsewhereInTime(i int, ref time.Time) bool {
	for j := i - 1; j >= 0 && j >= i-narrativeReach; j-- {
		p, ok := d.res.Document.Sentence(j)
		if !ok {
			continue
		}
		days, _ := sentenceDates(p.Text, ref)
		if len(days) == 0 {
			continue
		}
		return slices.ContainsFunc(days, func(day string) bool {
			t, err := time.Parse("2006-01-02", day)
			return err != nil || t.After(ref) || t.Before(ref.AddDate(0, 0, -reportedReach))
		})
	}
	return false
}
