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

// TestDoersAfterTheAttack reads who carried out or ordered an attack from
// what its clause says after it: a participle set off by commas
// ("carried out by the Guards", "ordered by President Trump"), a passive
// past the attack's own relative clause ("that killed X was ordered by"),
// a claim ("said they fired the missiles"); never from a denial, a
// hedge, a promise or a condemnation.
func TestDoersAfterTheAttack(t *testing.T) { runWireCases(t, doerCases) }

var doerCases = []wireCase{
	{"a participle set off (wire)",
		"The missile strike on Ain al-Asad, carried out by the Islamic Revolutionary Guard Corps, injured dozens of American troops.",
		[]string{"revolutionary-guards conducted missile-strike-on-ain-al-asad-air-base"}, nil},
	{"an order set off, with a day (newspaper)",
		"The U.S. drone strike on Friday, ordered by President Donald Trump, killed Qassem Soleimani near the airport.",
		[]string{"donald-trump ordered air-strike-2020-01-03"}, nil},
	{"past the attack's relative clause, a titled victim (analysis)",
		"The U.S. drone strike on Jan. 3 that killed the commander of the Quds Force, Qassem Soleimani, was ordered by President Donald Trump.",
		[]string{"donald-trump ordered air-strike-2020-01-03"}, []string{"donald-trump ordered qassem-soleimani"}},
	{"past the attack's relative clause, a passive agent (agency)",
		"The rocket attack on Camp Taji that wounded three soldiers was carried out by Kataib Hezbollah, officials said.",
		[]string{"kataib-hezbollah conducted rocket-attack-on-camp-taji"}, nil},
	{"a claim of the firing (broadcaster)",
		"Iran's Revolutionary Guards said they fired the missiles at Ain al-Asad air base.",
		[]string{"revolutionary-guards conducted missile-strike-on-ain-al-asad-air-base"}, nil},
	// Must not fire.
	{"a denial",
		"Kataib Hezbollah denied it carried out the rocket attack on Camp Taji.",
		nil, []string{"kataib-hezbollah conducted rocket-attack-on-camp-taji"}},
	{"a hedge is a suspicion",
		"The rocket attack on Camp Taji on Wednesday, apparently launched by Kataib Hezbollah, killed two Americans and a Briton.",
		nil, []string{"kataib-hezbollah conducted rocket-attack-2020-01-01"}},
	{"a condemnation set off",
		"The rocket attack on Camp Taji, condemned by Ben Wallace, killed a British medic.",
		nil, []string{"ben-wallace conducted rocket-attack-on-camp-taji", "ben-wallace ordered rocket-attack-on-camp-taji"}},
	{"a promise of more",
		"Kataib Hezbollah said it would carry out more attacks like the rocket attack on Camp Taji.",
		nil, []string{"kataib-hezbollah conducted rocket-attack-on-camp-taji"}},
}
