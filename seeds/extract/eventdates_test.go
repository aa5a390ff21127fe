package extract

import (
	"regexp"
	"testing"
)

// Relative and partial dates become absolute ones from the article's date,
// across a month and a year boundary.
func TestEventDatesFromArticleDate(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		{"last weekday reaches back across the year", "2020-01-02",
			"A U.S. air strike last Friday hit Kataib Hezbollah.",
			[]string{"air-strike-2019-12-27 | Air strike by United States, 2019-12-27 | 2019-12-27"}},
		{"on a weekday is the latest such day up to the article's", "2020-01-02",
			"A U.S. air strike on Thursday hit Kataib Hezbollah.",
			[]string{"air-strike-2020-01-02 | Air strike by United States, 2020-01-02 | 2020-01-02"}},
		{"a month and day takes the article's year, or the one before", "2020-01-02",
			"A U.S. air strike on Dec. 29 hit Kataib Hezbollah.",
			[]string{"air-strike-2019-12-29 | Air strike by United States, 2019-12-29 | 2019-12-29"}},
		{"January 3", "2020-01-05",
			"A U.S. air strike on January 3 hit Kataib Hezbollah.",
			[]string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03"}},
		{"a weekday before a full date after the event", "",
			"A U.S. air strike hit Kataib Hezbollah on Sunday, Dec. 29, 2019.",
			[]string{"air-strike-2019-12-29 | Air strike by United States, 2019-12-29 | 2019-12-29"}},
		{"3 January", "2020-01-05",
			"A U.S. air strike on 3 January hit Kataib Hezbollah.",
			[]string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03"}},
		{"last week is the Monday of the week before", "2020-01-02",
			"A U.S. air strike last week hit Kataib Hezbollah.",
			[]string{"air-strike-2019-12-23 | Air strike by United States, 2019-12-23 | 2019-12-23"}},
		{"days later counts from the date just mentioned", "2020-01-02",
			"Protesters gathered at the embassy on Dec. 29. Two days later, a U.S. air strike hit Kataib Hezbollah.",
			[]string{"air-strike-2019-12-31 | Air strike by United States, 2019-12-31 | 2019-12-31"}},
		{"the next day, across the year", "2020-01-03",
			"Protesters gathered at the embassy on Dec. 31. The next day a U.S. air strike hit Kataib Hezbollah.",
			[]string{"air-strike-2020-01-01 | Air strike by United States, 2020-01-01 | 2020-01-01"}},
		{"a week later counts seven days", "2020-01-10",
			"Protesters gathered at the embassy on Dec. 31. A week later, a U.S. air strike hit Kataib Hezbollah.",
			[]string{"air-strike-2020-01-07 | Air strike by United States, 2020-01-07 | 2020-01-07"}},
		{"days later with nothing before it gives no day", "2020-01-03",
			"Two days later, a U.S. air strike hit Kataib Hezbollah.",
			[]string{"us-air-strike | U.S. air strike | "}},
		// "Two days before the strike" counts from the date to the strike it
		// names, not from the date to the clause after it.
		{"days before an event, across the year", "2020-01-03",
			"Protesters gathered at the embassy on Dec. 31, two days before the U.S. air strike.",
			[]string{"air-strike-2020-01-02 | Air strike by United States, 2020-01-02 | 2020-01-02"}},
		{"hours later is the day just mentioned", "2020-01-05",
			"Protesters gathered at the embassy on Jan. 3. Hours later, a U.S. air strike hit Kataib Hezbollah.",
			[]string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03"}},
		{"later that day", "2020-01-05",
			"Protesters gathered at the embassy on Jan. 3. Later that day a U.S. air strike hit Kataib Hezbollah.",
			[]string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03"}},
		{"the next morning, across the year", "2020-01-05",
			"Protesters gathered at the embassy on Dec. 31. The next morning a U.S. air strike hit Kataib Hezbollah.",
			[]string{"air-strike-2020-01-01 | Air strike by United States, 2020-01-01 | 2020-01-01"}},
		{"a day earlier counts back", "2020-01-05",
			"Parliament met on Sunday. A day earlier, a U.S. air strike hit Kataib Hezbollah.",
			[]string{"air-strike-2020-01-04 | Air strike by United States, 2020-01-04 | 2020-01-04"}},
	}
	runEventCases(t, x, tests)
}

// dateGates pairs each date pattern with the check that lets a text
// through to it.
var dateGates = []struct {
	name string
	re   *regexp.Regexp
	gate func(string) bool
}{
	{"month-day", reMonthDay, statesMonthDay},
	{"day-month", reDayMonth, statesMonthDay},
	{"weekday", reWeekday, namesWeekday},
	{"possessive-weekday", rePossessiveWeekday, namesWeekday},
	{"last-week", reLastWeek, func(s string) bool { return containsFold(s, "week") }},
	{"days-later", reDaysLater, countsLater},
	{"days-apart", reDaysApart, countsDays},
}

// checkDateGates fails if a gate turns away a text its pattern matches.
func checkDateGates(t *testing.T, text string) {
	t.Helper()
	for _, g := range dateGates {
		if g.re.MatchString(text) && !g.gate(text) {
			t.Errorf("%s: the check skips %q, which the pattern matches", g.name, text)
		}
	}
}

// TestDateGates: every text a date pattern matches passes its check, in
// any case and with letters that fold to ASCII ones (the Kelvin sign is
// a k to (?i)); a sentence without a date passes none.
func TestDateGates(t *testing.T) {
	for _, text := range []string{
		"The strike on Jan. 3, 2020 killed him.", "on 3 January", "early Friday", "Sunday’s strikes",
		"LAST WEEK, the militia", "Last wee\u212a the militia", "Two DAYS later, it fired", "the next day",
		"The day before, he left.", "a wee\u212a earlier", "three days after the ", "Sept 30", "the 29 December strikes",
		"on Monday and early Wednesday", "days ago, last Thursday", "May 4th", "HOURS LATER", "Later that night",
		"the following evening", "a couple of hours later", "the PREVIOU\u017f day", "the day after;",
	} {
		checkDateGates(t, text)
	}
	plain := "Iran’s foreign minister said 3 rounds of protests by Iraqi militias ended."
	for _, g := range dateGates {
		if g.gate(plain) {
			t.Errorf("%s: the check lets %q through, which states no date", g.name, plain)
		}
	}
	if text := "On holidays, 3 days of mourning were declared today."; statesMonthDay(text) || namesWeekday(text) {
		t.Errorf("%q passes the check for a month or a weekday", text)
	}
}

// FuzzDateGates: no text a date pattern matches is turned away.
func FuzzDateGates(f *testing.F) {
	f.Add("Two DAYS later, on Jan. 3")
	f.Add("LAST wee\u212a, Friday's strike")
	f.Fuzz(checkDateGates)
}
