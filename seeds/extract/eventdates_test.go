package extract

import "testing"

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
		{"a day earlier counts back", "2020-01-05",
			"Parliament met on Sunday. A day earlier, a U.S. air strike hit Kataib Hezbollah.",
			[]string{"air-strike-2020-01-04 | Air strike by United States, 2020-01-04 | 2020-01-04"}},
	}
	runEventCases(t, x, tests)
}
