package extract

import "testing"

// TestAttackTargetsOwnerOfSites reads the target of an attack on sites a
// group owns, past a day set off between the attack and its aim, and
// where the sites are; and what an attack is said to have been aimed at.
func TestAttackTargetsOwnerOfSites(t *testing.T) { runWireCases(t, ownedSiteCases) }

var ownedSiteCases = []wireCase{
	{"a day between the attack and the sites of a group (analysis)",
		"The United States carried out air strikes on Sunday, December 29, against five facilities of Kataib Hezbollah, three of them in western Iraq and two across the border in Syria.",
		[]string{"air-strike-2019-12-29 targeted kataib-hezbollah", "air-strike-2019-12-29 locatedIn iraq", "united-states conducted air-strike-2019-12-29"}, nil},
	{"an abbreviated day (wire)",
		"Israeli air strikes on Dec. 8 on positions used by Hezbollah in southern Lebanon drew no response from Beirut.",
		[]string{"air-strike-2019-12-08 targeted hezbollah", "israel conducted air-strike-2019-12-08"}, nil},
	{"a time of day and two kinds of site (newspaper)",
		"The Pentagon said U.S. air strikes late on Thursday night against weapons depots and command posts of Kataib Hezbollah were defensive.",
		[]string{"air-strike-2020-01-02 targeted kataib-hezbollah"}, nil},
	{"the group named before its sites",
		"U.S. air strikes against five Kataib Hezbollah facilities near al-Qaim killed 25 fighters, the group said.",
		[]string{"us-air-strikes targeted kataib-hezbollah", "us-air-strikes locatedIn al-qaim"}, nil},
	{"the group named before its sites, with its possessive",
		"The air strikes on Kataib Hezbollah's bases in Iraq and Syria killed at least 25 of its fighters.",
		[]string{"air-strike-on-kataib-hezbollah locatedIn iraq", "air-strike-on-kataib-hezbollah locatedIn syria"}, nil},
	{"the group was the target (analysis)",
		"Kataib Hezbollah, which is backed by Iran, was the target of U.S. airstrikes on Dec. 29 that killed 25 of its fighters.",
		[]string{"air-strike-2019-12-29 targeted kataib-hezbollah", "united-states attacked kataib-hezbollah"}, nil},
	{"the base was the main target (wire)",
		"Officials said Camp Taji was the main target of a rocket attack on Wednesday, March 11, which wounded three soldiers.",
		[]string{"rocket-attack-2019-03-11 targeted camp-taji"}, nil},
	{"what missiles were fired at is their target, not their place (wire)",
		"Iran's Revolutionary Guards fired more than a dozen ballistic missiles at the Ain al-Asad air base in western Iraq before dawn.",
		[]string{"ballistic-missile-strike-by-islamic-revolutionary-guard-corp targeted ain-al-asad-air-base"},
		[]string{"ballistic-missile-strike-by-islamic-revolutionary-guard-corp locatedIn ain-al-asad-air-base"}},
	{"what missiles were fired at, with its city (newspaper)",
		"The Guards launched missiles at the K-1 base near Kirkuk, officials said.",
		[]string{"missile-strike-on-k-1-air-base targeted k-1-air-base"},
		[]string{"missile-strike-on-k-1-air-base locatedIn k-1-air-base"}},
	// Must not fire.
	{"a group in a country is no place of the attack",
		"Thousands stormed the embassy in response to American airstrikes against Iranian-backed militias in Iraq.",
		nil, []string{"american-airstrikes locatedIn iraq"}},
	{"a country's bases are no group's",
		"Iran fired missiles on Wednesday at U.S. bases in Iraq, the Revolutionary Guards said.",
		nil, []string{"missile-strike-by-iran targeted united-states"}},
	{"a day alone is no target",
		"The air strikes on Sunday against the border town killed no one, officials said.",
		nil, []string{"air-strikes targeted sunday"}},
}
