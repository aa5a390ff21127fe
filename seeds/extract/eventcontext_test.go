package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/schema"
)

// Sentences and short dispatches written for these tests in wire style
// (none from the dev or test sets), each with the events a reader takes
// from it: kind, day, place and whom it concerns, as eventsOf writes them.

// An event noun without a day of its own: a dispatch's narrative dates a
// definite one, whose and where identify one without a day, and what
// neither dates nor identifies is no node.
func TestUndatedEventsInContext(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		{"a dispatch's lead dates the procession it describes", "2020-02-12",
			"NAJAF, Iraq (Reuters) - Thousands of mourners marched through Najaf on Monday behind the coffin of a senior cleric. Provincial officials joined the procession near the shrine.",
			[]string{"funeral-2020-02-10 | Funeral, 2020-02-10 | 2020-02-10"}},
		{"the story moved on: then", "2020-02-12",
			"NAJAF, Iraq (Reuters) - Thousands of mourners marched through Najaf on Monday behind the coffin of a senior cleric. The coffin was then flown to Mashhad. Officials attended the burial.",
			nil},
		{"a modal clause tells of no event yet", "2020-02-12",
			"BASRA, Iraq (AP) - Lawmakers met in Basra on Monday. They said the vote would take place within days.",
			nil},
		{"an indefinite noun tells of a new event, which needs its day", "2020-02-12",
			"BASRA, Iraq (AP) - Lawmakers met in Basra on Monday. A stampede killed three people near the port.",
			nil},
		{"no dateline, no narrative day: an analysis's nomination", "2020-02-12",
			"Lawmakers met in Basra on Monday. The nomination was welcomed by the Sadrists.",
			nil},
		{"a verb alone in a dispatch: the dateline's day", "2020-01-06",
			"BAGHDAD, Jan. 5 (Reuters) - Iraq's parliament voted to expel foreign troops from the country, angering Washington.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"a verb alone in a modal clause is no event yet", "2020-01-06",
			"BAGHDAD, Jan. 5 (Reuters) - Iraq's parliament could vote to expel foreign troops, officials said.",
			nil},
		{"a verb alone outside a dispatch: the article's date stands for it", "2020-01-06",
			"Iraq's parliament voted to expel foreign troops from the country.",
			[]string{"vote-by-parliament-of-iraq-reported-2020-01-06 | Vote by Parliament of Iraq, reported 2020-01-06 | "}},
		{"the dateline's own day", "2020-02-03",
			"BAGHDAD, Feb. 1 (Reuters) - The nomination surprised the protest camps in Tahrir Square.",
			[]string{"nomination-2020-02-01 | Nomination, 2020-02-01 | 2020-02-01"}},
		{"the day of the lead, two sentences on", "2020-02-02",
			"BAGHDAD (AP) - President Barham Salih on Saturday named a former minister as prime minister-designate. The man, 65, has a month to form a cabinet. The nomination was backed by the largest blocs.",
			[]string{"nomination-2020-02-01 | Nomination, 2020-02-01 | 2020-02-01"}},
		{"a day beside the noun beats the narrative's", "2020-02-12",
			"KARBALA, Iraq (Reuters) - Pilgrims gathered in Karbala on Monday. The funeral on Sunday had drawn fewer people.",
			[]string{"funeral-2020-02-09 | Funeral, 2020-02-09 | 2020-02-09"}},
		{"the killing two days before the vote the narrative dates", "2020-01-06",
			"BAGHDAD (AP) - Iraqi lawmakers on Sunday voted to expel U.S. troops from the country. The vote came two days after the killing of Soleimani.",
			[]string{"killing-2020-01-03 | Killing of Qasem Soleimani, 2020-01-03 | 2020-01-03", "vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"whose and where identify a funeral without a day", "2020-01-12",
			"The killing of Soleimani shook the region. His funeral drew vast crowds into the streets of Tehran.",
			[]string{"funeral-of-qasem-soleimani-in-tehran | Funeral of Qasem Soleimani in Tehran | ",
				"killing-of-qasem-soleimani | Killing of Qasem Soleimani | "}},
		{"whose alone: a resignation", "2019-12-20",
			"Protesters cheered the resignation of Prime Minister Adel Abdul Mahdi.",
			[]string{"resignation-of-adel-abdul-mahdi | Resignation of Adel Abdul Mahdi | "}},
		{"a funeral in Kerman is placed there", "2020-01-08",
			"The funeral in Kerman drew a million mourners on Tuesday.",
			[]string{"funeral-2020-01-07 | Funeral in Kerman, 2020-01-07 | 2020-01-07"}},
	}
	runEventCases(t, x, tests)
}

// What was fired strikes its target by a verb (rules/events.kinds
// "impact"): a rocket attack on what it hit, the story's first word after
// a dateline read as any sentence's first.
func TestImpactVerbs(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		{"rockets hit the embassy", "2020-01-27",
			"Three rockets hit the U.S. Embassy in Baghdad on Sunday, security sources said.",
			[]string{"rocket-attack-2020-01-26 | Rocket attack at U.S. Embassy in Baghdad, 2020-01-26 | 2020-01-26"}},
		{"after a dateline", "2020-01-27",
			"BAGHDAD (Reuters) - Rockets slammed into the U.S. Embassy in Baghdad on Sunday.",
			[]string{"rocket-attack-2020-01-26 | Rocket attack at U.S. Embassy in Baghdad, 2020-01-26 | 2020-01-26"}},
		{"a city struck", "2020-01-09",
			"Ballistic missiles struck Erbil on Wednesday.",
			[]string{"missile-strike-2020-01-08 | Missile strike in Erbil, 2020-01-08 | 2020-01-08"}},
		{"what hit nothing named is no event to tell apart", "2020-01-27",
			"Rockets hit an empty field on Sunday.",
			nil},
		{"undated, the general attack on the same target is the rocket attack", "2020-03-13",
			"Rockets hit Camp Taji north of Baghdad. The Taji attack killed two soldiers.",
			[]string{"rocket-attack-on-camp-taji | Rocket attack on Camp Taji | "}},
		{"a verb that is no impact", "2020-01-27",
			"Rockets remain the militias' weapon of choice, officials said on Sunday.",
			nil},
	}
	runEventCases(t, x, tests)
	// "Rockets" is one attack: "the attack" after it is that attack.
	res := eventMentionsOf(t, x, "2020-01-27", "Three rockets hit the U.S. Embassy in Baghdad on Sunday. The attack wounded one person.")
	if want := "2: The attack -> rocket-attack-2020-01-26"; !slices.Contains(res, want) {
		t.Errorf("mentions %q, want %q", res, want)
	}
}

// "The operation", "the plane": a word that refers back stands for the
// event or the craft named just before, and makes no node of its own.
func TestEventAnaphora(t *testing.T) {
	x := New(known, Options{})
	tests := []struct {
		name, date, text string
		want             []string // mentions of the last sentence, "text -> id"
	}{
		{"the operation is the missiles fired", "2020-01-09",
			"Iran fired ballistic missiles at Ain al-Asad air base on Wednesday. The Revolutionary Guards said the operation avenged Soleimani.",
			[]string{"the operation -> missile-strike-2020-01-08"}},
		{"the operations, plural, too", "2020-01-09",
			"Iran fired ballistic missiles at Ain al-Asad air base on Wednesday. Officials said the operations had ended.",
			[]string{"the operations -> missile-strike-2020-01-08"}},
		{"the plane is the flight named before", "2020-01-11",
			"Ukraine International Airlines Flight 752 crashed near Tehran on Wednesday. Iran denied that a missile hit the plane.",
			[]string{"the plane -> ukraine-international-airlines-flight-752"}},
		{"the downing is the crash the article dates", "2020-01-11",
			"Ukraine International Airlines Flight 752 crashed near Tehran on Wednesday. Canada condemned the downing.",
			[]string{"the downing -> crash-2020-01-08"}},
		{"the operation with no attack just before is nothing", "2020-01-09",
			"Iran fired ballistic missiles at Ain al-Asad air base on Wednesday. Parliament met. Markets fell. Officials said the operation had ended.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractArticle(t, x, tt.date, tt.text)
			last := len(res.Document.Sentences) - 1
			var got []string
			for _, m := range res.Mentions {
				if m.Sentence == last && strings.HasPrefix(m.Text, "the ") {
					got = append(got, m.Text+" -> "+m.Entity)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mentions of the last sentence (-want +got):\n%s", diff)
			}
		})
	}
}

// Two articles read one after the other, as ingests are: the second's
// event lands on the first's node when kind, day and place agree, or when
// the first identified it without a day, and never when kind, day or
// place differ.
func TestEventPairsAcrossArticles(t *testing.T) {
	tests := []struct {
		name                 string
		date1, text1         string
		date2, text2         string
		same                 bool // the two articles' events are one node
		wantFirst, wantLater string
	}{
		{"a funeral identified, then dated", "2020-01-12",
			"The killing of Soleimani shook the region. His funeral drew vast crowds into the streets of Tehran.",
			"2020-01-07", "TEHRAN (Reuters) - The funeral of Qasem Soleimani in Tehran on Monday drew millions.",
			true, "funeral-of-qasem-soleimani-in-tehran", "funeral-of-qasem-soleimani-in-tehran"},
		{"a funeral identified, then dated in other words", "2020-01-12",
			"The killing of Soleimani shook the region. His funeral drew vast crowds into the streets of Tehran.",
			"2020-01-07", "TEHRAN (Reuters) - Millions of Iranians filled the streets of Tehran for Soleimani's funeral on Monday.",
			true, "funeral-of-qasem-soleimani-in-tehran", "funeral-of-qasem-soleimani-in-tehran"},
		{"the same funeral identified twice", "2020-01-12",
			"The killing of Soleimani shook the region. His funeral drew vast crowds into the streets of Tehran.",
			"2020-01-20", "Soleimani was a polarising figure. His funeral drew crowds into the streets of Tehran.",
			true, "funeral-of-qasem-soleimani-in-tehran", "funeral-of-qasem-soleimani-in-tehran"},
		{"his funeral in another city is another funeral", "2020-01-12",
			"The killing of Soleimani shook the region. His funeral drew vast crowds into the streets of Tehran.",
			"2020-01-12", "Soleimani's death shook Iraq. His funeral filled the streets of Baghdad.",
			false, "funeral-of-qasem-soleimani-in-tehran", "funeral-of-qasem-soleimani-in-baghdad"},
		{"a funeral named after whom it honours, then after where", "2020-01-07",
			"TEHRAN (Reuters) - The funeral of Qasem Soleimani on Monday drew millions.",
			"2020-01-12", "The killing of Soleimani shook the region. His funeral drew vast crowds into the streets of Tehran.",
			true, "funeral-2020-01-06", "funeral-2020-01-06"},
		{"his funeral where, then his funeral elsewhere", "2020-01-07",
			"TEHRAN (Reuters) - The funeral of Qasem Soleimani in Kerman on Tuesday drew millions.",
			"2020-01-12", "The killing of Soleimani shook the region. His funeral drew vast crowds into the streets of Tehran.",
			false, "funeral-2020-01-07", "funeral-of-qasem-soleimani-in-tehran"},
		{"another man's funeral", "2020-01-07",
			"BAGHDAD (Reuters) - The funeral of Abu Mahdi al-Muhandis on Monday drew thousands.",
			"2020-01-12", "The killing of Soleimani shook the region. His funeral drew vast crowds into the streets of Tehran.",
			false, "funeral-2020-01-06", "funeral-of-qasem-soleimani-in-tehran"},
		{"a procession dated by the narrative, then by its day", "2020-01-07",
			"BAGHDAD (Reuters) - Tens of thousands of mourners marched through Baghdad on Saturday. Officials joined the procession near the Green Zone.",
			"2020-01-05", "The funeral procession in Baghdad on Saturday was the largest in years.",
			true, "funeral-2020-01-04", "funeral-2020-01-04"},
		{"a procession on another day is another event", "2020-01-07",
			"BAGHDAD (Reuters) - Tens of thousands of mourners marched through Baghdad on Saturday. Officials joined the procession near the Green Zone.",
			"2020-01-07", "The funeral procession in Karbala on Sunday drew thousands.",
			false, "funeral-2020-01-04", "funeral-2020-01-05"},
		{"a crash, then the downing of the same flight that day", "2020-01-08",
			"Ukraine International Airlines Flight 752 crashed near Tehran on Wednesday.",
			"2020-01-11", "The Revolutionary Guards shot down Ukraine International Airlines Flight 752 on Wednesday, Iran admitted.",
			true, "crash-2020-01-08", "crash-2020-01-08"},
		{"a crash, then the downing of the flight written without its airline's code", "2020-01-10",
			"Ukraine International Airlines Flight PS752 crashed near Tehran on Wednesday.",
			"2020-01-11", "Hassan Rouhani called the downing of Ukraine International Airlines Flight 752 an unforgivable mistake.",
			true, "crash-2020-01-08", "crash-2020-01-08"},
		{"a crash, then the downing of another flight", "2020-01-10",
			"Ukraine International Airlines Flight PS752 crashed near Tehran on Wednesday.",
			"2020-01-11", "Hassan Rouhani called the downing of Ukraine International Airlines Flight 302 an unforgivable mistake.",
			false, "crash-2020-01-08", "downing-of-ukraine-international-airlines-flight-302"},
		{"a vote and a nomination of one day are two events", "2020-02-02",
			"Iraq's parliament voted on Saturday to approve the budget.",
			"2020-02-02", "BAGHDAD (AP) - President Barham Salih on Saturday named a former minister as prime minister-designate. The nomination was backed by the largest blocs.",
			false, "vote-2020-02-01", "nomination-2020-02-01"},
		{"a stampede in another city that day is another stampede", "2020-01-08",
			"A stampede in Kerman on Tuesday killed 56 mourners.",
			"2020-01-08", "A stampede in Mashhad on Tuesday injured 12 people.",
			false, "stampede-2020-01-07", "stampede-mashhad-2020-01-07"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := extractArticle(t, New(known, Options{}), tt.date1, tt.text1)
			stored := addKnown(append([]schema.Entity(nil), known...), first.Document.Entities)
			later := extractArticle(t, New(stored, Options{}), tt.date2, tt.text2)
			a, b := eventIDs(first, known), eventIDs(later, stored)
			if !slices.Contains(a, tt.wantFirst) || !slices.Contains(b, tt.wantLater) {
				t.Fatalf("events %q then %q, want %s then %s", a, b, tt.wantFirst, tt.wantLater)
			}
			if same := tt.wantFirst == tt.wantLater; same != tt.same {
				t.Fatalf("test case says same=%v of %s and %s", tt.same, tt.wantFirst, tt.wantLater)
			}
		})
	}
}

// eventIDs lists the events a result defines or mentions, of its own or
// of the stored entities.
func eventIDs(res Result, stored []schema.Entity) []string {
	isEvent := map[string]bool{}
	for _, e := range append(append([]schema.Entity(nil), stored...), res.Document.Entities...) {
		isEvent[e.ID] = e.Type == "Event"
	}
	var out []string
	for _, e := range res.Document.Entities {
		if e.Type == "Event" {
			out = append(out, e.ID)
		}
	}
	for _, m := range res.Mentions {
		if isEvent[m.Entity] && !slices.Contains(out, m.Entity) {
			out = append(out, m.Entity)
		}
	}
	return out
}

// A day may stand between a verb and its subject ("Salih on Saturday
// nominated"): it dates the verb's event, which keeps its agent. A
// nomination's object is whom it concerns; a downing's, its target.
func TestVerbEventsWithTheirDayBefore(t *testing.T) {
	x := New(known, Options{})
	runEventCases(t, x, []eventCase{
		{"parliament on Sunday voted", "2020-01-07",
			"Iraq's parliament on Sunday voted to expel U.S. troops.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"a nomination by its verb", "2020-02-02",
			"President Barham Salih on Saturday nominated Mohammed Allawi as prime minister.",
			[]string{"nomination-2020-02-01 | Nomination by Barham Salih, 2020-02-01 | 2020-02-01"}},
		{"what was said on a day dates no verb after that", "2020-01-11",
			"Iran said on Saturday that Iraq's parliament had voted to expel American troops.",
			nil},
	})
	for _, tt := range []struct{ text, want, not string }{
		{"President Barham Salih nominated Mohammed Allawi on Saturday.", "nomination-2020-02-01 concerns mohammed-allawi", "nomination-2020-02-01 targeted mohammed-allawi"},
		{"The Revolutionary Guards shot down Ukraine International Airlines Flight 752 on Saturday.",
			"shoot-down-2020-02-01 targeted ukraine-international-airlines-flight-752", "shoot-down-2020-02-01 concerns ukraine-international-airlines-flight-752"},
	} {
		res := extractArticle(t, x, "2020-02-02", tt.text)
		var got []string
		for _, st := range res.Document.Statements {
			got = append(got, st.Subject+" "+st.Predicate.Name+" "+st.Object)
		}
		if !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
			t.Errorf("%q: statements %q, want %q and not %q", tt.text, got, tt.want, tt.not)
		}
	}
}
