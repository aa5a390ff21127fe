package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// The date patterns below may match anywhere in a sentence, so each costs
// a pass over it, yet few sentences state a date. Every match contains a
// word the checks below look for first, which skips most sentences.

// statesMonthDay reports whether text has an ASCII digit (\d) and the
// first three letters of a month's name with its capital, as a date by
// month and day does ("Jan. 3", "3 January", "Sept 30").
func statesMonthDay(text string) bool {
	if !strings.ContainsAny(text, "0123456789") {
		return false
	}
	for i := 0; i+3 <= len(text); i++ {
		if c := text[i]; 'A' <= c && c <= 'Z' && monthStarts[text[i:i+3]] {
			return true
		}
	}
	return false
}

var monthStarts = set("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

// namesWeekday reports whether text names a weekday with its capital.
func namesWeekday(text string) bool {
	for rest := text; ; {
		k := strings.Index(rest, "day")
		if k < 0 {
			return false
		}
		before := rest[:k]
		for _, d := range weekdayStems {
			if strings.HasSuffix(before, d) {
				return true
			}
		}
		rest = rest[k+len("day"):]
	}
}

var weekdayStems = []string{"Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"}

// countsDays reports whether text has "day" or "week" in any case, as
// every "two days later", "the next day" or "last week" does.
func countsDays(text string) bool { return containsFold(text, "day") || containsFold(text, "week") }

// containsFold reports whether text contains word, a lower-case ASCII
// word, in any case as a (?i) pattern reads it. Outside ASCII it lowers
// text first, which maps every letter that folds to one of word's (the
// Kelvin sign to k) onto it.
func containsFold(text, word string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(text), word)
		}
	}
	for i := 0; i+len(word) <= len(text); i++ {
		if strings.EqualFold(text[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// reLastWeek is "last week", which dates an event to the week before the
// article's.
var reLastWeek = regexp.MustCompile(`(?i)\blast\s+week\b`)

// lastWeekDates returns, for each "last week" in text, the Monday of the
// week (Monday to Sunday) before the one ref falls in. A startDate takes
// one xsd:date, not a span; the week's first day is the earliest the event
// can have happened, and every article of one week that says "last week"
// of an event gives it the same day, so their mentions still resolve to
// one node.
func lastWeekDates(text string, ref time.Time) ([]string, []int) {
	if ref.IsZero() || !containsFold(text, "week") {
		return nil, nil
	}
	var days []string
	var offs []int
	for _, ix := range reLastWeek.FindAllStringIndex(text, -1) {
		sinceMonday := (int(ref.Weekday()) + 6) % 7
		monday := ref.AddDate(0, 0, -sinceMonday-7)
		days, offs = append(days, monday.Format("2006-01-02")), append(offs, ix[0])
	}
	return days, offs
}

// reYesterday is "yesterday", the day before the dispatch's: "a rocket
// attack on Camp Taji yesterday killed two Americans".
var reYesterday = regexp.MustCompile(`(?i)\byesterday\b`)

// yesterdayDates returns, for each "yesterday" in text, the day before
// ref, with its byte offset.
func yesterdayDates(text string, ref time.Time) ([]string, []int) {
	if ref.IsZero() || !containsFold(text, "yesterday") {
		return nil, nil
	}
	var days []string
	var offs []int
	for _, ix := range reYesterday.FindAllStringIndex(text, -1) {
		days, offs = append(days, ref.AddDate(0, 0, -1).Format("2006-01-02")), append(offs, ix[0])
	}
	return days, offs
}

// reDaysLater is "two days later", "a day earlier", "the next day", "the
// day before,", "hours later", "later that day", "that day", "the same
// day", "the next morning": a day
// counted from the date just mentioned. "Two days before the strike" is
// not one: it counts from the strike (daysApart).
var reDaysLater = regexp.MustCompile(`(?i)\b(?:(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(later|earlier)\b|\bthe\s+(next|following|previous)\s+day\b|\bthe\s+day\s+(before|after)[,.;]` +
	`|\b((?:a\s+few\s+|several\s+|some\s+|a\s+couple\s+of\s+|(?:an|one|two|three|four|five|six|\d{1,2})\s+)?hours?\s+later|later\s+that\s+(?:day|night|evening|morning|afternoon)|(?:that|the)\s+same\s+day|that\s+day)\b` +
	`|\bthe\s+(?:next|following)\s+(morning|evening|night|afternoon)\b)`)

// countsLater reports whether text may hold a reDaysLater phrase: the
// cheap test that spares most sentences the pattern. Each of its phrases
// has "later", "earlier", "next", "following" or "previou" (the long s
// folds to s in the pattern, not in containsFold), or else is "the day
// before", "the day after", "that day" or "the same day".
func countsLater(text string) bool {
	for _, w := range []string{"later", "earlier", "next", "following", "previou"} {
		if containsFold(text, w) {
			return true
		}
	}
	return containsFold(text, "day") && (containsFold(text, "before") || containsFold(text, "after") || containsFold(text, "that day") || containsFold(text, "same day"))
}

// laterDates returns the days of "two days later" and the like in text,
// counted from the nearest date the sentence states before the phrase, or
// else from prior, the last date an earlier sentence stated. A phrase
// with nothing to count from gives no day.
func laterDates(text string, days []string, offs []int, prior string) ([]string, []int) {
	if !countsLater(text) {
		return nil, nil
	}
	var out []string
	var outOffs []int
	for _, ix := range reDaysLater.FindAllStringSubmatchIndex(text, -1) {
		anchor := prior
		for i, at := range offs {
			if at < ix[0] {
				anchor = days[i]
			}
		}
		t, err := time.Parse("2006-01-02", anchor)
		if err != nil {
			continue
		}
		// The phrase opens the clause it dates ("Two days later, the
		// strike ..."): its day sits after the comma that closes it.
		end := ix[1] + len(text[ix[1]:]) - len(strings.TrimLeft(text[ix[1]:], ", "))
		out = append(out, t.AddDate(0, 0, daysCounted(subs(text, ix))).Format("2006-01-02"))
		outOffs = append(outOffs, end)
	}
	return out, outOffs
}

// daysCounted is how many days a reDaysLater match counts, negative
// for earlier: none for "hours later", "later that day" and "that day", one for "the
// next morning".
func daysCounted(sub []string) int {
	switch {
	case sub[6] != "":
		return 0
	case sub[7] != "":
		return 1
	case sub[4] != "":
		if strings.EqualFold(sub[4], "previous") {
			return -1
		}
		return 1
	case sub[5] != "":
		if strings.EqualFold(sub[5], "before") {
			return -1
		}
		return 1
	}
	n, ok := smallNumbers[strings.ToLower(sub[1])]
	if !ok {
		n = atoi(sub[1])
	}
	if strings.HasPrefix(strings.ToLower(sub[2]), "week") {
		n *= 7
	}
	if !strings.EqualFold(sub[3], "later") {
		n = -n
	}
	return n
}

// priorDate is the last date stated in the sentences before the one
// indexed at, or "". The dates before every sentence are read once per
// document and ref (priorDates), so asking for each event mention stays
// linear in the text.
func (d *docRun) priorDate(at int, ref time.Time) string {
	d.readDates(ref)
	return d.priors[min(max(at, 0), len(d.priors)-1)]
}

// readDates reads the dates of the document's sentences against ref,
// unless it has already.
func (d *docRun) readDates(ref time.Time) {
	if d.priors == nil || !d.priorsRef.Equal(ref) {
		d.priors, d.stated = d.priorDates(ref)
		d.priorsRef = ref
	}
}

// statedDates are the dates a sentence states, "two days later" counted,
// with the byte offset of each in it, as its text was read.
type statedDates struct {
	text string
	days []string
	offs []int
}

// datesIn returns the dates s states, read against ref and counting "two
// days later" from the date before it, and their offsets in s. Every
// mention of a sentence asks for the same dates, so they come from the
// reading of the document's sentences (priorDates).
func (d *docRun) datesIn(s schema.Sentence, ref time.Time) ([]string, []int) {
	prior := d.priorDate(s.Index, ref)
	if c, ok := d.stated[s.Index]; ok && c.text == s.Text {
		return c.days, c.offs
	}
	return datesWithLater(s.Text, ref, prior, !d.dispatch)
}

// datesWithLater returns the dates text states against ref, then the days
// of its "two days later" phrases counted from them or prior.
func datesWithLater(text string, ref time.Time, prior string, narrative bool) ([]string, []int) {
	days, offs := sentenceDates(text, ref)
	if narrative {
		narrativeWeekdays(text, days, offs, ref, prior)
	}
	rd, ro := laterDates(text, days, offs, prior)
	return append(days, rd...), append(offs, ro...)
}

// priorDates returns, by sentence index i, the last date stated in the
// sentences before sentence i (its last entry is the document's last
// date), and the dates each sentence first read at its index states.
func (d *docRun) priorDates(ref time.Time) ([]string, map[int]statedDates) {
	sents := d.res.Document.Sentences
	out := make([]string, 0, len(sents)+1)
	stated := make(map[int]statedDates, len(sents))
	prior := ""
	d.dispatch = dispatchLead(sents, ref)
	for _, s := range sents {
		fresh := len(out) <= s.Index // out[s.Index] is prior, as datesIn asks
		for len(out) <= s.Index {
			out = append(out, prior)
		}
		days, offs := datesWithLater(s.Text, ref, prior, !d.dispatch)
		if fresh && s.Text != "" {
			stated[s.Index] = statedDates{text: s.Text, days: days[:len(days):len(days)], offs: offs[:len(offs):len(offs)]}
		}
		last := -1
		for i, o := range offs {
			if o > last {
				last, prior = o, days[i]
			}
		}
	}
	return append(out, prior), stated
}

// datelineLead is how many sentences from the start a dateline may open:
// the headline and a byline come first.
const datelineLead = 4

// datelineDate is the day a dateline gives ("BAGHDAD, Jan. 3 (Reuters)
// -"), read against ref, the article's date, or ref when no dateline in
// the first sentences gives one. Weekdays in the text count from the day
// the dispatch was filed, which may be a day before the paper printed it;
// without --date, a dateline with its year ("Jan. 3, 2020") dates the
// article.
func datelineDate(sents []schema.Sentence, ref time.Time) time.Time {
	if t, ok := datelineDay(sents, ref); ok {
		return t
	}
	return ref
}

// datelineDay is the day a dateline in the first sentences gives, read
// against ref and no later than it, if one does. Without ref, a dateline
// without its year ("BAGHDAD, Dec. 31 (Reuters) -") takes the year that
// sets it within about half a year of the first full date the text
// states (namedDate), if it states one: the text may tell of a day
// before the dispatch or of one to come.
func datelineDay(sents []schema.Sentence, ref time.Time) (time.Time, bool) {
	read := ref
	if ref.IsZero() {
		if named := namedDate(sents); !named.IsZero() {
			read = named.AddDate(0, 5, 0) // findDates reads a month up to one after it: six months either side
		}
	}
	for i, s := range sents {
		if i >= datelineLead {
			break
		}
		end := datelineEnd(s.Text)
		if end == 0 {
			continue
		}
		days, _ := findDates(s.Text[:end], read)
		if len(days) != 1 {
			continue
		}
		if t, err := time.Parse("2006-01-02", days[0]); err == nil && (ref.IsZero() || !t.After(ref) && ref.Sub(t) <= recentWindow) {
			return t, true
		}
	}
	return time.Time{}, false
}

// namedDate is the first full date, with its year, the text states
// ("Iran said on Jan. 1, 2020"), or the zero time. A year named alone
// is left: "led the force since 1998" says nothing of the article's.
func namedDate(sents []schema.Sentence) time.Time {
	for _, s := range sents {
		if !statesMonthDay(s.Text) {
			continue
		}
		for _, re := range []*regexp.Regexp{reMonthDay, reDayMonth} {
			for _, m := range re.FindAllStringSubmatch(s.Text, -1) {
				if m[3] == "" {
					continue
				}
				if days, _ := findDates(m[0], time.Time{}); len(days) == 1 {
					t, _ := time.Parse("2006-01-02", days[0])
					return t
				}
			}
		}
	}
	return time.Time{}
}

// hasDateline reports whether one of the first sentences opens with a
// dateline ("BAGHDAD (AP) -"): the article is a dispatch.
func hasDateline(sents []schema.Sentence) bool {
	for i, s := range sents {
		if i < datelineLead && datelineEnd(s.Text) > 0 {
			return true
		}
	}
	return false
}

// holderTypes are the places that hold others: what follows the comma
// of "Baghdad, Iraq" or "Fort Bragg, North Carolina".
var holderTypes = []string{"Country", "Region"}

// placeCommas returns s with the comma of each place written with the
// place that holds it ("stormed the embassy in Baghdad, Iraq on
// Tuesday") blanked, and each description set off after a place ("struck
// Camp Taji, a base north of Baghdad that hosts coalition troops, on
// Tuesday") blanked whole, as are the commas around a person's name set
// off after what describes the person ("detained the British ambassador,
// Rob Macaire, on Saturday"): none closes a clause, so none parts a date
// from the event before it (partedBy, dateBeside). all are the
// sentence's mentions, in order.
func (d *docRun) placeCommas(s schema.Sentence, all []schema.Mention) schema.Sentence {
	if !strings.Contains(s.Text, ", ") {
		return s
	}
	var text []byte
	blank := func(from, to int) {
		if text == nil {
			text = []byte(s.Text)
		}
		for i := from; i < to; i++ {
			text[i] = ' '
		}
	}
	for i, a := range all {
		if from, to := a.Start-s.Start, a.End-s.Start; from >= 2 && to+2 <= len(s.Text) && s.Text[from-2:from] == ", " && s.Text[to:to+2] == ", " && d.isType(a.Entity, []string{"Person"}) {
			blank(from-2, from-1) // "the British ambassador, Rob Macaire, on Saturday": the name only says whom
			blank(to, to+1)
			continue
		}
		at := a.End - s.Start
		if at < 0 || at+2 > len(s.Text) || s.Text[at:at+2] != ", " || !d.isType(a.Entity, placeTypes) || d.isType(a.Entity, []string{"Country"}) {
			continue
		}
		if i+1 < len(all) && all[i+1].Start-s.Start == at+2 && d.isType(all[i+1].Entity, holderTypes) {
			blank(at, at+1)
		} else if end, ok := d.placeAside(s.Text, at, all[i+1:], s.Start); ok {
			blank(at, end)
		}
	}
	if text != nil {
		s.Text = string(text)
	}
	return s
}

// placeAside returns the end of the description that follows a place's
// comma at at, ", a base north of Baghdad that hosts troops," with its
// closing comma: an indefinite description that names no event and holds
// no date. later are the mentions after the place; base is the
// sentence's offset in the document.
func (d *docRun) placeAside(text string, at int, later []schema.Mention, base int) (int, bool) {
	rest := text[at+2:]
	if !strings.HasPrefix(rest, "a ") && !strings.HasPrefix(rest, "an ") {
		return 0, false
	}
	closing := strings.Index(rest, ", ")
	if closing < 0 {
		return 0, false
	}
	end := at + 2 + closing + 1
	if _, offs := findDates(text[at:], time.Time{}); slices.ContainsFunc(offs, func(o int) bool { return o < end-at }) || strings.ContainsAny(text[at+1:end-1], ";—–") {
		return 0, false
	}
	for _, m := range later {
		if m.Start-base < end && d.isType(m.Entity, []string{"Event"}) {
			return 0, false
		}
	}
	return end, true
}

// isType reports whether the entity is known and of one of the types
// (or a subtype of one).
func (d *docRun) isType(id string, types []string) bool {
	e, ok := d.g.Lookup(id)
	return ok && isAny(e.Type, types)
}

// narrativeWeekday is how far, at least, the day a narrative stands at
// lies before the article's date for a weekday to count from it.
const narrativeWeekday = 6 * 24 * time.Hour

// dispatchLead reports whether the first date the text states lies in
// the week up to ref: a dispatch that opens on the news of its days
// ("Rockets slammed into the embassy on Sunday evening", "Britain, France
// and Germany on Tuesday launched"), whose weekdays all count back from
// its date however far back a clause of background reaches ("killed in
// a drone strike on 3 January"). A retrospective opens on its first day
// ("On 27 December rockets hit K-1") and tells its weekdays forward
// (narrativeWeekdays).
func dispatchLead(sents []schema.Sentence, ref time.Time) bool {
	if ref.IsZero() {
		return false
	}
	for _, s := range sents {
		days, offs := sentenceDates(s.Text, ref)
		if len(days) == 0 {
			continue
		}
		first := 0
		for i := range offs {
			if offs[i] < offs[first] {
				first = i
			}
		}
		t, err := time.Parse("2006-01-02", days[first])
		return err == nil && !t.After(ref) && ref.Sub(t) <= narrativeWeekday
	}
	return false
}

// narrativeWeekdays rereads the weekdays of a sentence ("On Saturday a
// procession carried the coffins") whose narrative stands at a day more
// than narrativeWeekday before the article's: a retrospective told up to
// 3 January means by "Saturday" 4 January, the first Saturday after it,
// not the last Saturday before the article. days and offs are the
// sentence's dates (sentenceDates); a weekday keeps its day when the
// narrative's next such day is not before it.
func narrativeWeekdays(text string, days []string, offs []int, ref time.Time, prior string) {
	p, err := time.Parse("2006-01-02", prior)
	if err != nil || ref.IsZero() || ref.Sub(p) <= narrativeWeekday {
		return
	}
	for _, ix := range reWeekday.FindAllStringSubmatchIndex(text, -1) {
		from, day, end, ok := weekdayAt(text, ix)
		if !ok {
			continue
		}
		t := p.AddDate(0, 0, 1)
		for t.Weekday() != weekday(text[day:end]) {
			t = t.AddDate(0, 0, 1)
		}
		for i, o := range offs {
			if o == from && t.Format("2006-01-02") < days[i] {
				days[i] = t.Format("2006-01-02")
			}
		}
	}
}

// narrativeStartDates rereads the days the sentences' own dates gave
// events (relations.dates reads a sentence alone) where the narrative
// rereads its weekdays (narrativeWeekdays): "On Saturday a funeral
// procession ..." after 3 January is 4 January's.
func (d *docRun) narrativeStartDates(ref time.Time) {
	sts := d.res.Document.Statements
	for i, st := range sts {
		s, ok := d.res.Document.Sentence(st.Sentence)
		if st.Predicate.Name != "startDate" || !ok || !namesWeekday(s.Text) {
			continue
		}
		alone, _ := sentenceDates(s.Text, ref)
		read, _ := d.datesIn(s, ref)
		for j, day := range alone {
			if day == literalText(st.Value) && j < len(read) && read[j] != day {
				sts[i].Value = quad.TypedString{Value: quad.String(read[j]), Type: quad.IRI(schema.XSD + "date")}
				break
			}
		}
	}
}
