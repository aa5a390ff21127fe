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

// A weekday may open the sentence, capitalised, and with a comma date
// the main clause after it; a date the clause reports, or a word that
// is no "on" before the weekday, does not.
func TestSentenceInitialWeekdays(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		{"On Saturday, with a comma and an article", "2020-01-07",
			"On Saturday, a rocket attack hit Camp Taji.",
			[]string{"rocket-attack-2020-01-04 | Rocket attack at Camp Taji, 2020-01-04 | 2020-01-04"}},
		{"On Saturday, the main clause's subject", "2020-01-07",
			"On Saturday, rockets hit Camp Taji.",
			[]string{"rocket-attack-2020-01-04 | Rocket attack at Camp Taji, 2020-01-04 | 2020-01-04"}},
		{"On Saturday without a comma", "2020-01-07",
			"On Saturday rockets hit Camp Taji.",
			[]string{"rocket-attack-2020-01-04 | Rocket attack at Camp Taji, 2020-01-04 | 2020-01-04"}},
		{"Early Friday", "2020-01-07",
			"Early Friday, a U.S. drone strike killed Soleimani near Baghdad International Airport.",
			[]string{"air-strike-2020-01-03 | Air strike by United States at Baghdad International Airport, 2020-01-03 | 2020-01-03"}},
		{"Last Friday, across the year", "2020-01-02",
			"Last Friday, a U.S. air strike hit Kataib Hezbollah.",
			[]string{"air-strike-2019-12-27 | Air strike by United States, 2019-12-27 | 2019-12-27"}},
		{"unchanged: the day someone spoke dates no attack", "2020-01-07",
			"On Saturday, Iran said a rocket attack hit Camp Taji.",
			nil},
		{"unchanged: a fronted place is no date", "2020-01-07",
			"In Iraq, a rocket attack hit Camp Taji.",
			[]string{"rocket-attack-at-camp-taji-reported-2020-01-07 | Rocket attack at Camp Taji, reported 2020-01-07 | "}},
		{"unchanged: a weekday after the event", "2020-01-07",
			"A rocket attack hit Camp Taji on Saturday.",
			[]string{"rocket-attack-2020-01-04 | Rocket attack at Camp Taji, 2020-01-04 | 2020-01-04"}},
	}
	runEventCases(t, x, tests)
}

// An event the text says was put off or called off did not happen on the
// day the story stands at: a dispatch's earlier day does not date it,
// though it still dates an event the text tells of as held.
func TestPutOffEventsTakeNoNarrativeDay(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		{"postponed", "2020-01-07",
			"TEHRAN (Reuters) - Mourners filled Kerman on Tuesday. The burial was postponed.",
			nil},
		{"delayed by hours, after a fronted Monday", "2020-01-07",
			"TEHRAN (Reuters) - On Monday, Khamenei led the funeral in Tehran. The burial was delayed by hours.",
			[]string{"funeral-in-tehran | Funeral in Tehran | "}},
		{"postponed in the second clause of a report", "2020-01-07",
			"TEHRAN (Reuters) - On Monday, Khamenei led the funeral in Tehran. Officials said 56 people died in a stampede, and the burial was postponed.",
			[]string{"funeral-in-tehran | Funeral in Tehran | "}},
		{"called off", "2020-01-07",
			"TEHRAN (Reuters) - On Monday, Khamenei led the funeral in Tehran. Officials said 56 people died in a stampede, and the burial was called off.",
			[]string{"funeral-in-tehran | Funeral in Tehran | "}},
		{"unchanged: a burial held takes the story's day", "2020-01-07",
			"TEHRAN (Reuters) - Mourners filled Kerman on Tuesday. The burial drew thousands.",
			[]string{"burial-2020-01-07 | Burial, 2020-01-07 | 2020-01-07"}},
		{"unchanged: put off in an aside, then held", "2020-01-07",
			"TEHRAN (Reuters) - On Monday, Khamenei led the funeral in Tehran. The burial, delayed by a stampede, drew thousands.",
			[]string{"burial-2020-01-06 | Burial, 2020-01-06 | 2020-01-06", "funeral-in-tehran | Funeral in Tehran | "}},
	}
	runEventCases(t, x, tests)
}

// Without the article's date, a dateline without its year takes the year
// that sets it within about half a year of the first full date the text
// states, before or after it; a year named alone, or
// no year at all, leaves the dateline undated, and a dateline's own year
// or the article's date is kept.
func TestDatelineWithoutYear(t *testing.T) {
	x := New(known, Options{})
	strike := []string{"air-strike-2019-12-29 | Air strike by United States, 2019-12-29 | 2019-12-29"}
	undated := []string{"us-air-strike | U.S. air strike | "}
	tests := []eventCase{
		{"a full date later in the text, in the next year", "",
			"BAGHDAD, Dec. 31 (Reuters) - A U.S. air strike on Sunday hit Kataib Hezbollah. Iran said on Jan. 1, 2020 it would respond.", strike},
		{"a full date months before, day before month", "",
			"BAGHDAD, Dec. 31 (Reuters) - A U.S. air strike on Sunday hit Kataib Hezbollah. Protests began on 1 October 2019.", strike},
		{"unchanged: a year named alone is history", "",
			"BAGHDAD, Dec. 31 (Reuters) - A U.S. air strike on Sunday hit Kataib Hezbollah. The militia has fought since 2014.", undated},
		{"unchanged: no year at all", "",
			"BAGHDAD, Dec. 31 (Reuters) - A U.S. air strike on Sunday hit Kataib Hezbollah.", undated},
		{"unchanged: the article's date wins", "2020-01-02",
			"BAGHDAD, Dec. 31 (Reuters) - A U.S. air strike on Sunday hit Kataib Hezbollah. Iran named Nov. 4, 1979 a day of pride.", strike},
		{"unchanged: the dateline's own year", "",
			"BAGHDAD, Dec. 31, 2019 (Reuters) - A U.S. air strike on Sunday hit Kataib Hezbollah. Iran said on Jan. 5, 2021 it would respond.", strike},
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
	{"yesterday", reYesterday, func(s string) bool { return containsFold(s, "yesterday") }},
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
		"On Saturday, rockets hit", "Early Friday, a strike", "Last Sunday", "YESTERDAY'S vote", "killed yesterday",
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

// A day between a subject and its verb of reaction is when the subject
// reacted, not when the event it reacts to happened, and a day before "in
// response to" dates the answer, not what it answered; a day beside the
// event itself, or before an event verb, still dates the event.
func TestReactionDayDatesNoEvent(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		{"condemned on a weekday", "2019-12-30",
			"Iraq's government on Monday condemned the U.S. airstrikes that hit Kataib Hezbollah.",
			[]string{"us-airstrikes | U.S. airstrikes | "}},
		{"vowed, a date and month", "2020-01-06",
			"Iran on Jan. 5 vowed revenge for the U.S. air strike that killed Qassem Soleimani.",
			[]string{"us-air-strike | U.S. air strike | "}},
		{"admitted", "2020-01-12",
			"Iran on Saturday admitted the missile attack on Ain al-Asad.",
			[]string{"missile-attack-on-ain-al-asad-air-base | Missile attack on Ain al-Asad Air Base | "}},
		{"the day beside the event still dates it", "2019-12-30",
			"Iraq's government condemned the U.S. airstrikes on Sunday against Kataib Hezbollah.",
			[]string{"air-strike-2019-12-29 | Air strike by United States, 2019-12-29 | 2019-12-29"}},
		{"the day of an answer is not the day of what it answered", "2020-01-02",
			"The United States struck Kataib Hezbollah on Dec. 29 in response to a rocket attack on the K-1 base.",
			[]string{"air-strike-2019-12-29 | Air strike by United States, 2019-12-29 | 2019-12-29", "rocket-attack-on-k-1-air-base | Rocket attack on K-1 Air Base | "}},
		{"no reaction verb: the fronted day dates the event", "2019-12-30",
			"On Sunday U.S. airstrikes hit Kataib Hezbollah.",
			[]string{"air-strike-2019-12-29 | Air strike by United States, 2019-12-29 | 2019-12-29"}},
	}
	runEventCases(t, x, tests)
}

// A weekday in a narrative told more than six days before the article
// is the first such day after the day the narrative stands at; a
// narrative at the article's week, or one with no day yet, keeps the
// last such day up to the article's date.
func TestNarrativeWeekdays(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		{"a retrospective's Saturday follows its Friday", "2020-01-12",
			"A U.S. air strike killed Soleimani on 3 January. On Saturday a funeral procession carried the coffins through Baghdad.",
			[]string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03", "funeral-2020-01-04 | Funeral, 2020-01-04 | 2020-01-04"}},
		{"the next day, then a Monday after it", "2020-01-14",
			"Protesters gathered at the embassy on 3 January. The next day the parliament met. On Monday a funeral procession crossed Tehran.",
			[]string{"funeral-2020-01-06 | Funeral, 2020-01-06 | 2020-01-06"}},
		{"a narrative in the article's week keeps the weekday up to the article", "2020-01-12",
			"Iran fired missiles at Ain al-Asad on 8 January. On Saturday a funeral procession crossed Tehran.",
			[]string{"funeral-2020-01-11 | Funeral, 2020-01-11 | 2020-01-11", "missile-strike-2020-01-08 | Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
		{"no day before it: the last such day up to the article", "2020-01-12",
			"On Saturday a funeral procession crossed Tehran.",
			[]string{"funeral-2020-01-11 | Funeral, 2020-01-11 | 2020-01-11"}},
	}
	runEventCases(t, x, tests)
}
