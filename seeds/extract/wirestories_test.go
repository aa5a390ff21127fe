package extract

import "testing"

// TestTypedRelationsInWireStories reads sentences written for this test in
// the shapes wire copy (Reuters, AP, AFP) gives the weeks after the
// Baghdad airport strike, read the way kg ingest reads a new article: a
// rank between a role and its holder's name, a role in a part of a body
// the text does not name, a body's title before a rank, what a group
// holds, a governor's province, analysts at their institutes, an outlet
// told with its
// article, a joint subject whose participle clause or second verb each
// member shares, where a detained person was, a demand put to whoever is
// to act, a title naming its body, and a group or firm set off after its
// name as its country's. Several phrasings per shape, and what each
// shape must not read.
func TestTypedRelationsInWireStories(t *testing.T) {
	x := New(nil, IngestOptions())
	for _, tt := range wireStoryCases {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, statementsOf(t, x, tt.text, false)) })
	}
}

// wireStoryCases are the sentences TestTypedRelationsInWireStories reads.
var wireStoryCases = []wireCase{
	// A rank between the role and the name it is set off before.
	{"rank abbreviated, role before", "A letter signed by the commander of Task Force Iraq, Brig. Gen. William Seely, said the troops would leave.",
		[]string{"william-seely leads task-force-iraq"}, nil},
	{"rank spelled out, role before", "The commander of the Quds Force, Brigadier General Esmail Qaani, vowed to drive U.S. troops out.",
		[]string{"esmail-qaani leads quds-force"}, nil},
	{"honorific, role before", "The leader of Hezbollah, Sayyed Hassan Nasrallah, spoke in Beirut on Sunday.",
		[]string{"hassan-nasrallah leads hezbollah"}, nil},
	{"rank, member role before", "A spokesman for Kataib Hezbollah, Col. Abu Ali al-Askari, said the group would respond.",
		[]string{"abu-ali-al-askari memberOf kataib-hezbollah"}, nil},
	{"no comma, no role", "The commander of Task Force Iraq met Brig. Gen. William Seely in Baghdad.",
		nil, []string{"william-seely leads task-force-iraq"}},
	{"role in a force a state's force owns", "The commander of Iran's Revolutionary Guards' Quds Force, Esmail Qaani, vowed revenge.",
		[]string{"esmail-qaani leads quds-force"}, []string{"esmail-qaani leads revolutionary-guards"}},

	// A role in a part the text does not name: a member of its owner.
	{"head of a force's unit", "The head of the Revolutionary Guards' aerospace force, Amir Ali Hajizadeh, apologised on state television.",
		[]string{"amir-ali-hajizadeh memberOf revolutionary-guards"}, []string{"amir-ali-hajizadeh leads revolutionary-guards"}},
	{"spokesman for a group's office", "A spokesman for Kataib Hezbollah's political office, Mohammed Mohi, said the group would respond.",
		[]string{"mohammed-mohi memberOf kataib-hezbollah"}, nil},
	{"rank after a part's role", "The commander of the Revolutionary Guards' ground forces, Brig. Gen. Mohammad Pakpour, spoke in Kerman.",
		[]string{"mohammad-pakpour memberOf revolutionary-guards"}, []string{"mohammad-pakpour leads revolutionary-guards"}},

	// A body's title before its holder's rank and name, as state media
	// write it; a chamber's speaker.
	{"owner's commander with a rank", "IRGC Commander Major General Hossein Salami told mourners that Iran would take revenge.",
		[]string{"hossein-salami leads revolutionary-guards"}, nil},
	{"title of a body before a rank", "Commander of the Quds Force Brigadier General Esmail Qaani said the martyr's path would go on.",
		[]string{"esmail-qaani leads quds-force"}, nil},
	{"spokesman of a body before a rank", "Spokesman of the IRGC Brigadier General Ramezan Sharif said the Guards were ready.",
		[]string{"ramezan-sharif memberOf revolutionary-guards"}, []string{"ramezan-sharif leads revolutionary-guards"}},
	{"a chamber's speaker", "Iraqi Parliament Speaker Mohammed al-Halbousi condemned the missile strikes.",
		[]string{"mohammed-al-halbousi leads parliament-of-iraq"}, nil},

	// What a group holds, a governor's province, a leader's qualified role.
	{"which held a city", "Islamic State, which held Mosul until 2017, claimed the attack.",
		[]string{"isis controls mosul"}, nil},
	{"which controls much of a province", "The Taliban, which controls much of Helmand province, denied any role.",
		[]string{"taliban controls helmand"}, nil},
	{"a government body governs", "The Kurdistan Regional Government, which runs the Kurdistan Region, closed the airport.",
		[]string{"kurdistan-regional-government governs kurdistan"}, []string{"kurdistan-regional-government controls kurdistan"}},
	{"a condition is no control", "Hamas, which wants to govern the West Bank, praised Soleimani.",
		nil, []string{"hamas controls west-bank"}},
	{"governor of a province", "The prime minister refused to name Asaad al-Eidani, the governor of Basra province, to the post.",
		[]string{"asaad-al-eidani governs basra-province"}, nil},
	{"political leader of", "Ismail Haniyeh, the political leader of Hamas, called Soleimani a martyr.",
		[]string{"ismail-haniyeh leads hamas"}, nil},

	// The analysts news quotes, at their institutes.
	{"fellow at an institute", "Michael Knights, a senior fellow at the Washington Institute for Near East Policy, said the militias would wait.",
		[]string{"michael-knights memberOf washington-institute-for-near-east-policy"}, nil},
	{"researcher at an institute, placed", "\"The coalition will split,\" said Sanam Vakil, a researcher at the International Crisis Group in Brussels.",
		[]string{"sanam-vakil memberOf international-crisis-group", "international-crisis-group locatedIn brussels"}, nil},
	{"a fellow's city is not his", "Michael Knights, a fellow at the Washington Institute for Near East Policy in Washington, spoke.",
		nil, []string{"michael-knights locatedIn washington"}},

	// A body's envoy to a place, set off before the name.
	{"envoy to a country", "The United Nations envoy to Iraq, Jeanine Hennis-Plasschaert, condemned the killings.",
		[]string{"jeanine-hennis-plasschaert memberOf united-nations"}, []string{"jeanine-hennis-plasschaert memberOf iraq"}},
	{"a state's ambassador is no member", "The U.S. ambassador to Iraq, Matthew Tueller, was summoned on Sunday.",
		nil, []string{"matthew-tueller memberOf iraq", "matthew-tueller memberOf united-states"}},

	// An outlet told, with its article.
	{"told the outlet", "Boris Johnson told the BBC that the nuclear deal should be replaced.",
		[]string{"boris-johnson communicatedVia bbc"}, nil},
	{"also told the outlet", "Mohammad Javad Zarif also told the BBC that Iran had no plans to leave the deal.",
		[]string{"mohammad-javad-zarif communicatedVia bbc"}, nil},
	{"told the outlet, a wire's name", "Mike Pompeo told the Associated Press on Friday that the strike was lawful.",
		[]string{"mike-pompeo communicatedVia associated-press"}, nil},
	{"the group a spokesman speaks for told nothing", "A spokesman for Kataib Hezbollah, Abu Ali al-Askari, told the Associated Press that the group would respond.",
		[]string{"abu-ali-al-askari communicatedVia associated-press"}, []string{"kataib-hezbollah communicatedVia associated-press"}},

	// A joint subject shares its participle clause and its second verb.
	{"three subjects, a participle clause", "Britain, France and Germany on Tuesday triggered the dispute mechanism, accusing Iran of breaching the accord.",
		[]string{"france accused iran", "germany accused iran", "united-kingdom accused iran"}, nil},
	{"two subjects, a participle clause", "France and Germany issued a joint statement, blaming Iran for the crisis.",
		[]string{"france accused iran", "germany accused iran"}, nil},
	{"two subjects, a second verb", "Iran and Hezbollah held talks in Beirut on Monday, and condemned the United States.",
		[]string{"hezbollah opposed united-states", "iran opposed united-states"}, nil},
	{"a description between is no joint subject", "Kataib Hezbollah, the militia, and Iran denied it, accusing the United States.",
		[]string{"kataib-hezbollah accused united-states"}, []string{"iran accused united-states"}},

	// Where a detained person was.
	{"detained, apposition, near", "Police in Tehran detained the British ambassador, Rob Macaire, near Amir Kabir University on Saturday.",
		[]string{"rob-macaire presentAt amir-kabir-university"}, nil},
	{"arrested in a city", "Iraqi security forces arrested the activist Ali Hussein in Basra on Sunday.",
		[]string{"ali-hussein presentAt basra"}, nil},
	{"passive, briefly detained", "Rob Macaire was briefly detained outside Amir Kabir University late on Saturday.",
		[]string{"rob-macaire presentAt amir-kabir-university"}, nil},
	{"killed in a place is no presence", "Gunmen killed the activist Ali Hussein in Basra on Sunday.",
		nil, []string{"ali-hussein presentAt basra"}},
	{"a clause between the arrest and the name", "Police arrested protesters who chanted slogans against Qais al-Khazali in Baghdad.",
		nil, []string{"qais-al-khazali presentAt baghdad"}},

	// A demand put to whoever is to act.
	{"demanded that a state act", "Ukrainian President Volodymyr Zelenskiy demanded that Iran punish those responsible.",
		[]string{"volodymyr-zelenskiy calledOn iran"}, nil},
	{"insisted that a state hand over", "Canada has insisted that Iran hand over the flight recorders.",
		[]string{"canada calledOn iran"}, nil},
	{"urged that a state return", "Germany urged that Iran return to full compliance with the deal.",
		[]string{"germany calledOn iran"}, nil},
	{"a demand about a state is none put to it", "Canada demanded that Iran be held accountable for the crash.",
		nil, []string{"canada calledOn iran"}},

	// A title naming its body in the same sentence.
	{"treasury secretary", "Treasury Secretary Steven Mnuchin said the Treasury Department would name more companies.",
		[]string{"steven-mnuchin headOf treasury-department"}, nil},

	// A group, firm or body set off after its name as a country's.
	{"a country's militia", "Kataib Hezbollah, Iraq's most powerful militia, denied any role in the attack.",
		[]string{"kataib-hezbollah locatedIn iraq"}, nil},
	{"a country's firm", "The Treasury also named Mobarakeh Steel Company, Iran's largest steelmaker, on Friday.",
		[]string{"mobarakeh-steel-company locatedIn iran"}, nil},
	{"a country's body", "The Supreme National Security Council, Iran's top security body, met on Wednesday.",
		[]string{"supreme-national-security-council partOf iran"}, nil},
	{"a country's person is no group", "Mohammad Javad Zarif, Iran's top diplomat, spoke in New Delhi.",
		nil, []string{"mohammad-javad-zarif locatedIn iran"}},
}
