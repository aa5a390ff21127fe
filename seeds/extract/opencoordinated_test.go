package extract

import "testing"

// TestCoordinatedObjects: a verb phrase whose object or phrase is
// coordinated with a second one ("at the base in Anbar and at a base near
// Erbil", "a base in Anbar and a facility in Erbil") links its subject to
// the name the second leads to as it does to the first's. The sentences
// are written for this test in several outlets' styles; none is from the
// dev or test articles.
func TestCoordinatedObjects(t *testing.T) {
	runWireCases(t, coordinatedCases)
	runWireCases(t, coordinatedPlaceCases)
}

// coordinatedCases are the sentences TestCoordinatedObjects reads.
var coordinatedCases = []wireCase{
	{"a second phrase with its preposition", "The Revolutionary Guards fired ballistic missiles at the Ain al-Asad air base and at a base near Erbil.",
		[]string{"revolutionary-guards says/fired-missiles-at-base-near erbil"}, nil},
	{"a second object without its preposition", "Iran launched more than a dozen ballistic missiles at the Ain al-Asad air base in western Iraq and a facility in Erbil early on Wednesday.",
		[]string{"iran says/launched-missiles-at-facility-in erbil"}, nil},
	{"a count and a second phrase", "Hezbollah fired dozens of rockets at an army post in the Galilee and at a village near Metula on Sunday.",
		[]string{"hezbollah says/fired-rockets-at-village-near metula"}, nil},
	{"another tense and verb", "Israel has struck an arms depot near Damascus and a convoy outside Homs.",
		[]string{"israel says/struck-convoy-outside homs"}, nil},
	{"a second phrase after the", "The Pentagon sent paratroopers to the embassy in Baghdad and the consulate in Erbil on Tuesday.",
		[]string{"pentagon says/sent-paratroopers-to-consulate-in erbil"}, nil},
	{"after an apposition", "The Houthis, who control the capital, launched drones at the Abqaiq plant and at an oil field near Khurais.",
		[]string{"houthis says/launched-drones-at-field-near khurais"}, nil},
	// Must not: a second verb is a second act; a second clause has its
	// own subject; a negation stands for both; a modal; "and" between
	// two names is no coordinated phrase of the verb.
	{"a second verb", "Iran fired missiles at the Ain al-Asad air base and killed no one near Erbil.",
		nil, []string{"iran says/fired-missiles-at-no-one-near erbil", "iran says/fired-missiles-at-near erbil"}},
	{"a second clause", "Iran fired missiles at the Ain al-Asad air base and the militias shelled a base near Erbil.",
		nil, []string{"iran says/fired-missiles-at-base-near erbil", "iran says/fired-missiles-at-militias-near erbil"}},
	{"a negation", "Iran did not fire missiles at the Ain al-Asad air base or at a base near Erbil.",
		nil, []string{"iran says/fire-missiles-at-base-near erbil", "iran says/fired-missiles-at-base-near erbil"}},
	{"a second object with its own phrase", "The coalition moved its trainers to the Ain al-Asad air base and its advisers to a camp outside Erbil.",
		nil, []string{"us-led-coalition says/moved-trainers-to-advisers-to-camp-outside erbil"}},
	{"a modal", "Iran could fire missiles at the Ain al-Asad air base and at a base near Erbil.",
		nil, []string{"iran says/fire-missiles-at-base-near erbil"}},
}

// coordinatedPlaceCases: a place and the state that holds it, set off by
// a comma, stay inside the first phrase.
var coordinatedPlaceCases = []wireCase{
	{"a place and its state", "Iran launched ballistic missiles at the Ain al-Asad air base in Anbar, Iraq and at a base near Erbil on Wednesday.",
		[]string{"iran says/launched-missiles-at-base-near erbil"}, nil},
	{"a unit's name opening with a number", "The Pentagon announced the deployment of 3,500 troops from the 82nd Airborne Division to Kuwait.",
		nil, []string{"pentagon says/announced-deployment-from-82nd-to kuwait"}},
}
