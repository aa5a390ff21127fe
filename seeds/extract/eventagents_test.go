package extract

import "testing"

// TestAttackersBeforeTheAttack reads who carried out an attack from a
// state's or an armed group's possessive before it; never from a
// person's possessive or from a nationality adjective before what was
// fired, which may say only where the missiles were made.
func TestAttackersBeforeTheAttack(t *testing.T) { runWireCases(t, attackerCases) }

var attackerCases = []wireCase{
	{"a state's possessive (wire)",
		"Governments across the world on Wednesday condemned Iran's missile strikes on two Iraqi bases that host U.S. troops.",
		[]string{"iran conducted missile-strike-by-iran"}, nil},
	{"another state's possessive (newspaper)",
		"Russia's air strikes on rebel-held towns in the northwest killed dozens of civilians, monitors said.",
		[]string{"russia conducted air-strike-by-russia"}, nil},
	{"a state's possessive with a described target (agency)",
		"Thirty-four service members suffered brain injuries in Iran's ballistic missile attack on a base in western Iraq, the Pentagon said.",
		[]string{"iran conducted ballistic-missile-attack-by-iran"}, nil},
	{"an armed group's possessive (analysis)",
		"Kataib Hezbollah's rocket attacks on bases that host U.S. troops grew more frequent in the autumn.",
		[]string{"kataib-hezbollah conducted rocket-attack-by-kataib-hezbollah"}, nil},
	{"a plural group's possessive (broadcaster)",
		"The Houthis' drone attacks on Saudi oil facilities last year shook world markets.",
		[]string{"houthis conducted drone-attack-by-houthis"}, nil},
	{"a state's possessive, a place after (magazine)",
		"Israel's air strikes on weapons depots near Damascus drew a sharp rebuke from Moscow.",
		[]string{"israel conducted air-strike-by-israel"}, nil},
	// Must not fire.
	{"a nationality adjective before what was fired",
		"Iranian missiles struck Ain al-Asad air base in Iraq without killing any Americans.",
		nil, []string{"iran conducted iranian-missiles", "iran conducted missile-strike-on-ain-al-asad-air-base"}},
	{"what a launch verb's subject fired is its own",
		"The Houthis fired Iranian missiles at Riyadh on Sunday, the coalition said.",
		[]string{"houthis conducted missile-strike-2019-12-29"}, []string{"iran conducted missile-strike-2019-12-29"}},
	{"a person's possessive orders, it does not carry out",
		"Trump's strike on Soleimani was the biggest gamble of his presidency.",
		nil, []string{"donald-trump conducted strike-on-qasem-soleimani"}},
	{"a possessive before an attack on a named target leaves its name",
		"Iran's rocket attack on Camp Taji wounded two soldiers, officials said.",
		[]string{"iran conducted rocket-attack-on-camp-taji"}, []string{"iran conducted rocket-attack-by-iran"}},
}
