package extract

import (
	"testing"

	"github.com/kg-analyst/kg/schema"
)

// An event the article reports as its news, with no day beside it, is
// dated by the article's date when the text says which event it is; one
// set in another time, in prospect, threatened or ordered stays no node.
func TestReportedEvents(t *testing.T) {
	runEventCases(t, New(known, Options{}), reportedCases)
}

var reportedCases = []eventCase{
	{"wire: a resignation", "2019-11-30",
		"BAGHDAD (Reuters) - Iraqi Prime Minister Adil Abdul-Mahdi resigned, bowing to pressure from protesters.",
		[]string{"resignation-by-adil-abdul-mahdi-reported-2019-11-30 | Resignation by Adil Abdul-Mahdi, reported 2019-11-30 | "}},
	{"wire: a vote by its verb", "2020-01-06",
		"Iraq's parliament voted to expel U.S. troops from the country, a move that alarmed Washington.",
		[]string{"vote-by-parliament-of-iraq-reported-2020-01-06 | Vote by Parliament of Iraq, reported 2020-01-06 | "}},
	{"newspaper: a resolution passed", "2020-01-08",
		"Iran's parliament passed a resolution that labels all U.S. forces terrorists.",
		[]string{"vote-by-parliament-of-iran-reported-2020-01-08 | Vote by Parliament of Iran, reported 2020-01-08 | "}},
	{"broadcaster: a flight crashed", "2020-01-08",
		"Ukraine International Airlines flight PS752 crashed minutes after take-off from Tehran, killing all 176 people on board.",
		[]string{"crash-of-ukraine-international-airlines-flight-ps752-reported-2020-01-08 | Crash of Ukraine International Airlines flight PS752, reported 2020-01-08 | "}},
	{"analytic: a flight went down", "2020-01-09",
		"Whatever the cause, Ukraine International Airlines flight PS752 crashed shortly after it left Imam Khomeini airport.",
		[]string{"crash-of-ukraine-international-airlines-flight-ps752-reported-2020-01-09 | Crash of Ukraine International Airlines flight PS752, reported 2020-01-09 | "}},
	{"must not: threatened", "2020-01-08",
		"Iran has threatened to attack U.S. bases in Iraq.",
		nil},
	{"must not: planned", "2020-01-08",
		"Iraq's parliament planned to vote on the troop presence.",
		nil},
	{"must not: ordered to deploy", "2020-01-08",
		"President Trump ordered 650 troops from Fort Bragg to deploy to the Middle East.",
		[]string{"deployment-of-650-troops-from-fort-bragg-to-the-middle-east | Deployment of 650 troops from Fort Bragg to the Middle East | "}},
	{"must not: another month's event", "2020-01-08",
		"Iraq's parliament voted in December to expel U.S. troops.",
		nil},
	{"must not: a resignation weeks after the protests began", "2019-11-30",
		"Iraqi Prime Minister Adil Abdul-Mahdi resigned weeks after protests began.",
		nil},
	{"must not: a year ago", "2020-01-08",
		"Ukraine International Airlines flight PS752 crashed a year ago, killing all 176 people on board.",
		nil},
	{"must not: a review that stands weeks back", "2020-02-08",
		"Iraq's parliament met on Jan. 5. The parliament voted to expel U.S. troops.",
		nil},
}

// twoReports is an event told by one article and then by another: the
// ids each gives it, and whether they are one.
type twoReports struct {
	name, date1, text1, date2, text2 string
	wantFirst, wantLater             string
}

// An event reported as news is the stored event of its kind and
// participants whose day falls in the article's range, whichever article
// came first; never one of another week.
func TestReportedEventsAcrossArticles(t *testing.T) {
	for _, tt := range []twoReports{
		{"reported, then reported the next day", "2020-01-06",
			"Iraq's parliament voted to expel U.S. troops.",
			"2020-01-07", "Iraq's parliament voted to end the presence of foreign forces, and Washington replied with threats of sanctions.",
			"vote-by-parliament-of-iraq-reported-2020-01-06", "vote-by-parliament-of-iraq-reported-2020-01-06"},
		{"dated, then reported two days on", "2020-01-05",
			"Iraq's parliament voted on Sunday to expel U.S. troops.",
			"2020-01-07", "Iraq's parliament voted to expel U.S. troops, and Washington answered with threats of sanctions.",
			"vote-2020-01-05", "vote-2020-01-05"},
		{"reported, then dated in its range", "2020-01-06",
			"Iraq's parliament voted to expel U.S. troops.",
			"2020-01-09", "Iraq's parliament voted on Sunday to expel U.S. troops.",
			"vote-by-parliament-of-iraq-reported-2020-01-06", "vote-by-parliament-of-iraq-reported-2020-01-06"},
		{"must not: reported a week apart", "2020-01-06",
			"Iraq's parliament voted to expel U.S. troops.",
			"2020-01-14", "Iraq's parliament voted to approve the budget.",
			"vote-by-parliament-of-iraq-reported-2020-01-06", "vote-by-parliament-of-iraq-reported-2020-01-14"},
		{"must not: another body's vote", "2020-01-09",
			"Iraq's parliament voted to expel U.S. troops.",
			"2020-01-09", "Iran's parliament passed a resolution that labels U.S. forces terrorists.",
			"vote-by-parliament-of-iraq-reported-2020-01-09", "vote-by-parliament-of-iran-reported-2020-01-09"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			first := extractArticle(t, New(known, Options{}), tt.date1, tt.text1)
			stored := addKnown(append([]schema.Entity(nil), known...), first.Document.Entities)
			later := extractArticle(t, New(stored, Options{Facts: first.Document.Statements}), tt.date2, tt.text2)
			a, b := eventIDs(first, known), eventIDs(later, stored)
			if len(a) != 1 || len(b) != 1 || a[0] != tt.wantFirst || b[0] != tt.wantLater {
				t.Fatalf("events %q then %q, want %s then %s", a, b, tt.wantFirst, tt.wantLater)
			}
		})
	}
}
