package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// A weekday dates what the sentence tells with or without "on" before it:
// the wire writes "the House voted Thursday", "was buried Tuesday". One
// set in prospect ("next Thursday"), made a deadline ("by Sunday",
// "until Monday"), part of a name ("Good Friday") or opening a written
// date ("Friday, Jan. 3": the date's) dates nothing of its own; a
// possessive ("Sunday's strikes") is read as before.
func TestWeekdayDates(t *testing.T) {
	ref := time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		text string
		want []string
	}{
		{"The House voted Thursday to limit the president's war powers.", []string{"2020-01-09"}},
		{"Iran fired missiles at two bases Wednesday, officials said.", []string{"2020-01-08"}},
		{"Soleimani was buried Tuesday in Kerman.", []string{"2020-01-07"}},
		{"Two rockets hit the Green Zone Sunday night.", []string{"2020-01-05"}},
		{"Thursday, the House voted to limit the president's powers.", []string{"2020-01-09"}},
		{"On Monday and early Wednesday rockets fell.", []string{"2020-01-06", "2020-01-08"}},
		{"The Senate will vote next Thursday.", nil},
		{"Iraq must answer by Sunday.", nil},
		{"The camps stay until Monday.", nil},
		{"Pilgrims marked Good Friday in Baghdad.", nil},
		{"The strike came Friday, Jan. 3, near the airport.", nil},
		{"The strike came Friday, 3 January, near the airport.", nil},
		{"Sunday's strikes killed 25 fighters.", nil},
	}
	for _, tt := range tests {
		got, _ := weekdayDates(tt.text, ref)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("weekdayDates(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// Events dated by a bare weekday, in the manner of wire copy and
// broadcasters' sites (sentences written for this test).
var bareWeekdayCases = []eventCase{
	{"wire: a chamber voted Thursday", "2020-01-10",
		"The House voted Thursday to limit the president's ability to wage war on Iran.",
		[]string{"vote-2020-01-09 | Vote by U.S. House of Representatives, 2020-01-09 | 2020-01-09"}},
	{"broadcaster: missiles fired Wednesday", "2020-01-09",
		"Iran fired more than a dozen missiles at Ain al-Asad Air Base Wednesday, the Pentagon said.",
		[]string{"missile-strike-2020-01-08 | Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
	{"must not: a vote next Thursday", "2020-01-10",
		"The House will vote next Thursday on a resolution.",
		nil},
}

func TestBareWeekdayEvents(t *testing.T) {
	runEventCases(t, New(known, IngestOptions()), bareWeekdayCases)
}
