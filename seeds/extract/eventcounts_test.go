package extract

import "testing"

// What was fired, told by its count and the verb by which it struck
// ("five rockets landed", "two Katyusha rockets hit"), is one act: its
// mention runs from the count through the verb, so that a date fronted
// before the count dates it, and a longer count ("more than 30 rockets")
// stays outside. Sentences written for these tests in the manner of wire
// copy, a newspaper and a live blog, none from the dev or test sets.
var countedFiredCases = []mentionCase{
	{"a count and landed inside, a date fronted before it",
		"On Jan. 10, five rockets landed inside Camp Taji, north of Baghdad.",
		"five rockets landed inside", "rocket-attack-2020-01-10"},
	{"a count and a modifier, hit",
		"Two Katyusha rockets hit Camp Taji on Friday, the Iraqi military said.",
		"Two Katyusha rockets hit", "rocket-attack-2020-01-10"},
	{"several and struck",
		"Several rockets struck the U.S. Embassy in Baghdad on Jan. 10, wounding a guard.",
		"Several rockets struck", "rocket-attack-2020-01-10"},
	{"a count in digits, slammed into",
		"On Friday, 12 missiles slammed into Ain al-Asad, officials said.",
		"12 missiles slammed into", "missile-strike-2020-01-10"},
	{"no count: the noun and its verb",
		"Rockets struck Camp Taji on Jan. 10.",
		"Rockets struck", "rocket-attack-2020-01-10"},
	{"a longer count stays outside",
		"More than 30 rockets struck Camp Taji on Jan. 10.",
		"30 rockets struck", ""},
	{"a count before no fired noun is not taken in",
		"Two U.S. strikes hit Kataib Hezbollah sites on Jan. 10.",
		"Two U.S. strikes", ""},
}

func TestCountedFiredEvents(t *testing.T) {
	runMentionCases(t, New(known, IngestOptions()), countedFiredCases)
}

// An undated event a headline names by its place ("rockets hit a base
// near Kirkuk") is the dated event of its kind the article puts there,
// though others of its kind strike places nothing puts anywhere.
var placedUndatedCases = []eventCase{
	{"the headline's attack near a city is the dated one at the base there", "2020-01-11",
		"Rockets hit base near Kirkuk\n\nKIRKUK, Iraq (Reuters) - Rockets struck the K-1 base near Kirkuk on Friday. On Jan. 5, three rockets hit Camp Taji.",
		[]string{
			"rocket-attack-2020-01-05 | Rocket attack at Camp Taji, 2020-01-05 | 2020-01-05",
			"rocket-attack-2020-01-10 | Rocket attack at K-1 Air Base, 2020-01-10 | 2020-01-10",
		}},
}

func TestPlacedUndatedEvents(t *testing.T) {
	runEventCases(t, New(known, IngestOptions()), placedUndatedCases)
}
