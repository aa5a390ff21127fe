package extract

import (
	"slices"
	"testing"

	"github.com/kg-analyst/kg/schema"
)

// An attack whose target is described ("two military bases in Iraq"), not
// named, is an event all the same, placed where the description says.
func TestDescribedTargetEvents(t *testing.T) {
	runEventCases(t, New(known, Options{}), []eventCase{
		{"missiles fired at bases in a country", "2020-01-08",
			"Iran fired more than a dozen ballistic missiles at two military bases in Iraq housing U.S. troops early on Wednesday.",
			[]string{"missile-strike-2020-01-08 | Missile strike by Iran in Iraq, 2020-01-08 | 2020-01-08"}},
		{"rockets struck a base north of a city", "2020-03-12",
			"BAGHDAD (Reuters) - Rockets struck a base north of Baghdad on Wednesday, killing two U.S. soldiers.",
			[]string{"rocket-attack-2020-03-11 | Rocket attack in Baghdad, 2020-03-11 | 2020-03-11"}},
		{"missiles hit bases in a country", "2020-01-08",
			"Missiles hit two bases in Iraq on Wednesday, U.S. officials said.",
			[]string{"missile-strike-2020-01-08 | Missile strike in Iraq, 2020-01-08 | 2020-01-08"}},
		{"a drone strike on a convoy near a named airport", "2020-01-03",
			"A U.S. drone strike on a convoy near Baghdad International Airport on Friday killed Soleimani.",
			[]string{"air-strike-2020-01-03 | Air strike by United States at Baghdad International Airport, 2020-01-03 | 2020-01-03"}},
		{"bases housing troops in a country", "2020-01-08",
			"Iran fired missiles at bases housing U.S. troops in Iraq on Wednesday.",
			[]string{"missile-strike-2020-01-08 | Missile strike by Iran in Iraq, 2020-01-08 | 2020-01-08"}},
		{"whose bases is no place", "2020-01-08",
			"Iran fired missiles at U.S. bases on Wednesday.",
			nil},
		// A country's adjective says whose the bases are, not where: an
		// event all the same, placed nowhere, never the country's.
		{"an adjective of whose bases", "2020-01-08",
			"Iran fired missiles at American bases on Wednesday.",
			[]string{"missile-strike-2020-01-08 | Missile strike by Iran, 2020-01-08 | 2020-01-08"}},
		{"a nationality adjective before a described target", "2020-01-08",
			"Iran launched ballistic missiles at two Iraqi bases housing American troops on Wednesday.",
			[]string{"missile-strike-2020-01-08 | Missile strike by Iran, 2020-01-08 | 2020-01-08"}},
		{"a named place in the description is no described target", "2020-01-08",
			"Iran fired missiles at two Iraqi Kurdish bases on Wednesday.",
			nil},
		{"a base with no place is no event", "2020-01-08",
			"Iran fired missiles at a base on Wednesday.",
			nil},
		{"a nationality adjective is no agent", "2020-01-08",
			"Iranian missiles hit two bases in Iraq on Wednesday.",
			[]string{"missile-strike-2020-01-08 | Missile strike in Iraq, 2020-01-08 | 2020-01-08"}},
		{"a threat is no event", "2020-01-06",
			"Iran threatened to fire missiles at bases in Iraq on Wednesday.",
			nil},
		{"described and named in one article: one event", "2020-01-08",
			"Iran fired missiles at two bases in Iraq on Wednesday. Iran fired missiles at Ain al-Asad Air Base on Wednesday.",
			[]string{"missile-strike-2020-01-08 | Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
		{"two kinds, two days, two strikes", "2020-01-08",
			"Rockets struck a base north of Baghdad on Monday. Iran fired missiles at two bases in Iraq on Wednesday.",
			[]string{"missile-strike-2020-01-08 | Missile strike by Iran in Iraq, 2020-01-08 | 2020-01-08",
				"rocket-attack-2020-01-06 | Rocket attack in Baghdad, 2020-01-06 | 2020-01-06"}},
	})
}

// A strike described in one article and named in another is one node;
// another day's strike never shares it.
func TestDescribedTargetAcrossDocuments(t *testing.T) {
	stored := append(append([]schema.Entity{}, known...),
		schema.Entity{ID: "missile-strike-2020-01-08", Type: "Event", Name: "Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08"})
	x := New(stored, Options{})
	runOneEventCases(t, x, []oneEventCase{
		{"same strike described", "2020-01-09", "Iran fired more than a dozen ballistic missiles at two military bases in Iraq early on Wednesday.", "missile-strike-2020-01-08"},
		{"another day's strike", "2020-01-09", "Iran fired missiles at two military bases in Iraq on Thursday.", "missile-strike-2020-01-09"},
	})
}

// What was fired strikes its target past a participle clause set off by
// commas, whose by-phrase says who fired it; a comma that opens no
// participle ends the phrase. (The day after such a clause is not read
// as the event's: dateBeside stops at the comma.)
func TestFiredPastAside(t *testing.T) {
	x := New(known, Options{})
	runEventCases(t, x, []eventCase{
		{"a participle clause with its agent", "2020-01-08",
			"The missiles, launched by the Revolutionary Guards from inside Iran, struck Ain al-Asad Air Base.",
			[]string{"missile-strike-on-ain-al-asad-air-base | Missile strike on Ain al-Asad Air Base | "}},
		{"a participle clause without an agent", "2020-01-08",
			"The rockets, fired from a field outside the city, hit the U.S. Embassy in Baghdad.",
			[]string{"rocket-attack-on-us-embassy-in-baghdad | Rocket attack on U.S. Embassy in Baghdad | "}},
		{"a comma that opens no participle", "2020-01-08",
			"Officials counted the missiles, and then the dust struck Ain al-Asad Air Base.",
			nil},
	})
	got := typedOf(t, x, "The missiles, launched by the Revolutionary Guards from inside Iran, struck Ain al-Asad Air Base.")
	for _, want := range []string{"missile-strike-on-ain-al-asad-air-base targeted ain-al-asad-air-base", "revolutionary-guards conducted missile-strike-on-ain-al-asad-air-base"} {
		if !slices.Contains(got, want) {
			t.Errorf("typed statements %q lack %q", got, want)
		}
	}
}
