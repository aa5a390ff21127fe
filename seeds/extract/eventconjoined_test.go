package extract

import "testing"

// TestConjoinedPlacesStruck reads sentences written for this test: an
// attack named by a noun "on" two places joined by "and" struck both, and
// an attack on a city's named place struck a place in that city; a state
// after "and", a place that opens a clause of its own and a possessive
// that owns something else are no more targets.
func TestConjoinedPlacesStruck(t *testing.T) { runWireCases(t, conjoinedPlaceCases) }

var conjoinedPlaceCases = []wireCase{
	{"two bases joined by and",
		"Iraq's foreign ministry condemned the rocket attack on Camp Taji and Balad Air Base on Saturday.",
		[]string{"rocket-attack-2019-12-28 targeted camp-taji", "rocket-attack-2019-12-28 targeted balad-air-base"}, nil},
	{"a base and a district, each with its article",
		"Officials described the mortar attack on the Ain al-Asad air base and the Green Zone as reckless.",
		[]string{"attack-on-ain-al-asad-air-base targeted ain-al-asad-air-base", "attack-on-ain-al-asad-air-base targeted green-zone"}, nil},
	{"a base and a city",
		"After the missile strike on the K-1 air base and Kirkuk on Tuesday, the governor closed schools.",
		[]string{"missile-strike-2019-12-31 targeted kirkuk"}, nil},
	{"a district a city's possessive names is in that city",
		"A rocket attack on Kabul's Green Zone wounded two guards.",
		[]string{"green-zone locatedIn kabul"}, nil},
	// Must not fire.
	{"a state after and opens a clause of its own",
		"The rocket attack on Camp Taji and Iran denied any part in it.",
		[]string{"rocket-attack-on-camp-taji targeted camp-taji"}, []string{"rocket-attack-on-camp-taji targeted iran"}},
	{"a city after and is the subject of the next verb",
		"The rocket attack on Camp Taji and Baghdad condemned it, officials said.",
		nil, []string{"rocket-attack-on-camp-taji targeted baghdad"}},
	{"a state's possessive after and owns something else",
		"The mortar attack on Camp Taji and Iraq's response worried diplomats.",
		nil, []string{"attack-on-camp-taji targeted iraq"}},
	{"a country joined to a base says where, not what else was struck",
		"The rocket attack on Camp Taji and Iraq's foreign ministry statement came hours apart.",
		nil, []string{"rocket-attack-on-camp-taji targeted iraq"}},
}
