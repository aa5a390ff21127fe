package extract

import "testing"

// TestSuspectsOfEvents reads who a report says is suspected of an act
// that has a node, in the ways outlets put it: held responsible, said to
// be responsible or behind it, blamed in a relative clause, suspected of
// it; and says nothing where the speaker denies or hedges.
func TestSuspectsOfEvents(t *testing.T) { runWireCases(t, suspectCases) }

var suspectCases = []wireCase{
	{"held responsible, an adverb before the verb (analysis)",
		"The United States still holds Kataib Hezbollah responsible for the rocket attack on Camp Taji.",
		[]string{"kataib-hezbollah suspectedOf rocket-attack-on-camp-taji"}, nil},
	{"held directly responsible (wire)",
		"Washington held Kataib Hezbollah directly responsible for the rocket attack on Camp Taji, a State Department spokeswoman said.",
		[]string{"kataib-hezbollah suspectedOf rocket-attack-on-camp-taji"}, nil},
	{"said to be responsible (wire)",
		"A U.S. official said Kataib Hezbollah was responsible for the rocket attack on Camp Taji.",
		[]string{"kataib-hezbollah suspectedOf rocket-attack-on-camp-taji"}, nil},
	{"believed to be behind (newspaper)",
		"American officials believe Asaib Ahl al-Haq was behind the rocket attack on Camp Taji.",
		[]string{"asaib-ahl-al-haq suspectedOf rocket-attack-on-camp-taji"}, nil},
	{"a relative clause that blames the group (newspaper)",
		"Kataib Hezbollah, which Washington blamed for the rocket attack on Camp Taji, denied any involvement.",
		[]string{"kataib-hezbollah suspectedOf rocket-attack-on-camp-taji"}, nil},
	{"a contact clause that blames the group (magazine)",
		"Kataib Hezbollah, the militia the United States blamed for the rocket attack on Camp Taji, told Iraqi soldiers to leave the bases.",
		[]string{"kataib-hezbollah suspectedOf rocket-attack-on-camp-taji"}, nil},
	{"suspected of launching it (wire)",
		"Investigators suspect Kataib Hezbollah of launching the rocket attack on Camp Taji.",
		[]string{"kataib-hezbollah suspectedOf rocket-attack-on-camp-taji"}, nil},
	{"the act a relative clause blames on the group (analysis)",
		"The rocket attack on Camp Taji, which U.S. officials blamed on Kataib Hezbollah, killed two Americans and a Briton.",
		[]string{"kataib-hezbollah suspectedOf rocket-attack-on-camp-taji"}, nil},
	// Must not fire.
	{"a denial for another",
		"Iran said Kataib Hezbollah was not behind the rocket attack on Camp Taji.",
		nil, []string{"kataib-hezbollah suspectedOf rocket-attack-on-camp-taji"}},
	{"a hedge",
		"U.S. officials said Kataib Hezbollah could be behind the rocket attack on Camp Taji.",
		nil, []string{"kataib-hezbollah suspectedOf rocket-attack-on-camp-taji"}},
	{"blamed for other attacks than the one named",
		"Kataib Hezbollah, which the United States has long blamed for attacks on bases, praised the rocket attack on Camp Taji.",
		nil, []string{"kataib-hezbollah suspectedOf rocket-attack-on-camp-taji"}},
	{"a threat to hold responsible for what may come",
		"The United States will hold Iran responsible for the rocket attack on Camp Taji if it happens again.",
		nil, []string{"iran suspectedOf rocket-attack-on-camp-taji"}},
}
