package extract

import "testing"

// TestStandingRelations reads sentences written for this test in the
// styles of wire copy, newspapers and regional outlets (none from the dev
// or test articles): where a place or a body stands ("home to", compass
// bearings, which place holds which), who runs a base, who leads a party
// or a chamber, whom a state's proxies include; and sentences where the
// same words must not say so.
func TestStandingRelations(t *testing.T) { runWireCases(t, standingCases) }

// standingCases are the sentences TestStandingRelations reads.
var standingCases = []wireCase{
	// "home to": what a place is home to stands in it.
	{"a zone home to an embassy (Reuters)", "Two rockets fell in the Green Zone, home to the U.S. Embassy, on Sunday night.",
		[]string{"us-embassy locatedIn green-zone"}, nil},
	{"a city's zone, home to an embassy (AP)", "Katyusha rockets landed in Baghdad's Green Zone, which is home to the U.S. Embassy and government ministries.",
		[]string{"us-embassy locatedIn green-zone", "green-zone locatedIn baghdad"}, nil},
	{"a province home to a base (Guardian)", "Anbar province, home to Ain al-Asad air base, has long been a Sunni stronghold.",
		[]string{"ain-al-asad-air-base locatedIn anbar"}, nil},
	{"a city home to a shrine, by the verb (Washington Post)", "Karbala is home to the shrine of Imam Hussein, which draws millions of pilgrims.",
		[]string{"shrine-of-imam-hussein locatedIn karbala"}, nil},
	{"a city home to a government (Rudaw)", "Erbil, home to the Kurdistan Regional Government and a coalition air base, was hit by missiles.",
		[]string{"kurdistan-regional-government locatedIn erbil"}, nil},
	{"a country home to troops sends no state there", "Iraq, home to some 5,000 U.S. troops, summoned the ambassador.",
		nil, []string{"united-states locatedIn iraq", "united-states deployedTo iraq"}},
	{"a way home is no home", "The delegation flew home to Tehran on Sunday.",
		nil, []string{"delegation locatedIn tehran"}},

	// A compass bearing says where a place lies from another: outside it.
	{"a base north of a city, set off", "Rockets struck near Balad Air Base, north of Baghdad, the Iraqi military said.",
		[]string{"balad-air-base says/north-of baghdad"}, []string{"balad-air-base locatedIn baghdad"}},
	{"a base north of a city, without a comma", "On Sunday, eight rockets slammed into Balad air base north of Baghdad.",
		[]string{"balad-air-base says/north-of baghdad"}, []string{"balad-air-base locatedIn baghdad"}},
	{"a town some kilometres west of a city", "Militias hold Jurf al-Sakhar, 60 km south of Baghdad.",
		nil, []string{"jurf-al-sakhar locatedIn baghdad"}},
	{"a base described by its bearing", "Rockets hit Camp Taji, a base north of Baghdad, on Wednesday.",
		nil, []string{"camp-taji locatedIn baghdad"}},
	{"a province then a bearing: neither is in the city", "Two rockets hit Balad Air Base in Salahuddin province, north of Baghdad.",
		[]string{"balad-air-base locatedIn salahuddin"}, []string{"salahuddin locatedIn baghdad", "balad-air-base locatedIn baghdad"}},
	{"a base near a city is still placed there", "Rockets hit the K-1 base near Kirkuk on Friday.",
		[]string{"k-1-air-base locatedIn kirkuk"}, nil},
	{"a zone is not in the building it is near", "Rockets landed inside the Green Zone near the U.S. Embassy on Saturday.",
		nil, []string{"green-zone locatedIn us-embassy"}},

	// Who runs a base.
	{"a headquarters set off as a coalition's (Reuters)", "The U.S.-led coalition said no one was hurt. The rockets fell near Union III, the coalition's headquarters in Baghdad.",
		[]string{"union-iii operatedBy us-led-coalition", "union-iii locatedIn baghdad"}, nil},
	{"a base set off as a state's, by its adjective (New York Times)", "A smaller detachment at K-1, an Iraqi base near Kirkuk, lost a contractor.",
		[]string{"k-1-air-base operatedBy iraq"}, nil},
	{"a sprawling base, by its adjective (AP)", "Rockets struck Ain al-Asad, a sprawling Iraqi air base in Anbar, on Wednesday.",
		[]string{"ain-al-asad-air-base operatedBy iraq"}, nil},
	{"a base of a coalition (Rudaw)", "Missiles hit Harir air base, a base of the U.S.-led coalition, on Wednesday.",
		[]string{"harir-air-base operatedBy us-led-coalition"}, nil},
	{"a ministry's building is no base", "Crowds gathered outside the Foreign Ministry, Iran's headquarters of diplomacy, on Friday.",
		nil, []string{"foreign-ministry operatedBy iran"}},
	{"troops at a base run nothing", "Iraqi troops guard Ain al-Asad, where U.S. forces are stationed.",
		nil, []string{"ain-al-asad-air-base operatedBy iraq"}},

	// Who leads a party or a chamber, who serves a group.
	{"led by a former president (Rudaw)", "The Kurdistan Democratic Party, led by former president Masoud Barzani, sent a delegation.",
		[]string{"masoud-barzani leads kurdistan-democratic-party"}, nil},
	{"led by a cleric (Reuters)", "In May 2018 the Sairoon bloc, led by the populist cleric Moqtada al-Sadr, won the most seats.",
		[]string{"moqtada-al-sadr leads sairoon"}, nil},
	{"speaker of a parliament, bare (Rudaw)", "Rewaz Fayaq, speaker of the Kurdistan Parliament, told reporters in Erbil.",
		[]string{"rewaz-fayaq leads kurdistan-parliament"}, nil},
	{"speaker of a chamber, after a title (AP)", "Parliament approved the bill, said Ali Larijani, speaker of the Islamic Consultative Assembly.",
		[]string{"ali-larijani leads islamic-consultative-assembly"}, nil},
	{"speaker of a parliament, the (New York Times)", "Mohammed al-Halbousi, the speaker of the Iraqi parliament, chaired the session.",
		[]string{"mohammed-al-halbousi leads parliament-of-iraq"}, nil},
	{"a former speaker leads no longer", "Nancy Pelosi met Newt Gingrich, a former speaker of the House, on Monday.",
		nil, []string{"newt-gingrich leads house"}},
	{"a deputy speaker is no speaker", "Hassan al-Kaabi, deputy speaker of the Iraqi parliament, read the resolution.",
		nil, []string{"hassan-al-kaabi leads iraqi-parliament"}},
	{"a group's head of one office is a member (AP)", "Kataib Hezbollah buried its dead on Monday. Among them was Mohammed Reda al-Jabri, the group's head of protocol.",
		[]string{"mohammed-reda-al-jabri memberOf kataib-hezbollah"}, []string{"mohammed-reda-al-jabri leads kataib-hezbollah"}},
	{"a ministry's director of one office is a member (Reuters)", "Alireza Miryousefi, the Foreign Ministry's director of press, said Iran would respond.",
		[]string{"alireza-miryousefi memberOf foreign-ministry"}, nil},
	{"a militia's chief of security is a member (Guardian)", "Abu Zainab al-Lami, the Popular Mobilization Forces' chief of security, was sanctioned.",
		[]string{"abu-zainab-al-lami memberOf popular-mobilization-forces"}, []string{"abu-zainab-al-lami leads popular-mobilization-forces"}},
	{"a group's head leads it", "Hassan Nasrallah, Hezbollah's chief, spoke on Sunday.",
		[]string{"hassan-nasrallah leads hezbollah"}, nil},

	// "by X and by Y": the second by-phrase names a second agent.
	{"backed by one and by another (AP)", "Mohammed Allawi was backed by Moqtada al-Sadr and by the Fatah alliance.",
		[]string{"mohammed-allawi backedBy moqtada-al-sadr", "mohammed-allawi backedBy fatah"}, nil},
	{"funded by a state and by a group (Reuters)", "Kataib Hezbollah is funded by Iran and by Hezbollah, U.S. officials say.",
		[]string{"kataib-hezbollah backedBy iran", "kataib-hezbollah backedBy hezbollah"}, nil},
	{"a bloc of its leader, then a second (Guardian)", "Allawi, a former minister, was backed by the Sairoon bloc of Moqtada al-Sadr and by the Fatah alliance.",
		[]string{"allawi backedBy sairoon", "allawi backedBy fatah"}, []string{"allawi backedBy moqtada-al-sadr"}},
	{"led by one and by another", "The delegation was received by Hassan Rouhani and by Mohammad Javad Zarif in Tehran.",
		nil, []string{"hassan-rouhani backedBy mohammad-javad-zarif"}},
	{"and by with a time is no agent", "Kataib Hezbollah was armed by Iran and by 2014 had thousands of fighters.",
		[]string{"kataib-hezbollah backedBy iran"}, nil},

	// A part set off after its name: "the arm of Iran's Revolutionary
	// Guards" is the Guards', not Iran's.
	{"an arm of a state's force (Reuters)", "The Quds Force, the foreign arm of Iran's Revolutionary Guards, runs operations abroad.",
		[]string{"quds-force partOf revolutionary-guards"}, []string{"quds-force partOf iran"}},
	{"the overseas arm, after a verb (Guardian)", "Soleimani commanded the Quds Force, the overseas arm of Iran's Islamic Revolutionary Guard Corps.",
		[]string{"quds-force partOf revolutionary-guards"}, nil},
	{"a faction of a state's umbrella (AP)", "Kataib Hezbollah, a faction of Iraq's Popular Mobilization Forces, denied the attack.",
		[]string{"kataib-hezbollah partOf popular-mobilization-forces"}, []string{"kataib-hezbollah partOf iraq"}},
	{"the armed wing of a bloc, a group by its Arabic name (Washington Post)", "Saraya al-Salam, the armed wing of the Sairoon alliance, deployed in Najaf.",
		[]string{"saraya-al-salam partOf sairoon"}, nil},
	{"a group by its Arabic name claims an attack (Rudaw)", "Saraya Awliya al-Dam claimed the rocket attack on Erbil.",
		[]string{"saraya-awliya-al-dam conducted rocket-attack-on-erbil"}, nil},

	// A group's or a coalition's own force, by the possessive.
	{"a group's force (AP)", "Hezbollah's Radwan Force has trained fighters in Syria.",
		[]string{"radwan-force partOf hezbollah"}, nil},
	{"a coalition's task force, by reference (New York Times)", "The U.S.-led coalition said no one was hurt. A letter from the coalition's Task Force Iraq said troops would reposition.",
		[]string{"task-force-iraq partOf us-led-coalition"}, nil},
	{"a corps' force with its plural possessive (Reuters)", "The Islamic Revolutionary Guard Corps' Aerospace Force said it had fired at Ain al-Asad.",
		[]string{"aerospace-force partOf revolutionary-guards"}, nil},
	{"a state's proxy is no part of it", "Iran's proxy Hezbollah praised the general.",
		nil, []string{"hezbollah partOf iran"}},
	{"a president's department is no part of him", "Trump's Pentagon ordered the strike on Friday.",
		nil, []string{"pentagon partOf donald-trump"}},

	// A word before a state's body that qualifies the role after it.
	{"a state's new force commander (AP)", "Iran's new Quds Force commander, Esmail Ghaani, visited Baghdad in secret.",
		[]string{"quds-force partOf iran"}, nil},
	{"a state's acting ministry spokesman (Reuters)", "Iraq's acting Defense Ministry spokesman said the strikes had killed three soldiers.",
		[]string{"defense-ministry partOf iraq"}, nil},
	{"a state's former force chief (Guardian)", "Iran's former Quds Force chief was buried in Kerman.",
		[]string{"quds-force partOf iran"}, nil},
	{"a state's outgoing office minister (BBC)", "Britain's outgoing Foreign Office minister said the deal was alive.",
		[]string{"foreign-office partOf united-kingdom"}, nil},
	{"a state's proxy's leader makes the proxy no part of it", "Iran's new proxy Hezbollah leader spoke in Beirut.",
		nil, []string{"hezbollah partOf iran"}},

	// "loyal to" in a relative clause, as set off after the name.
	{"a movement who are loyal to a state (AP)", "The Houthis, who are loyal to Iran, fired missiles at Saudi Arabia.",
		[]string{"houthis backedBy iran"}, nil},
	{"which remains loyal to a state (Reuters)", "Asaib Ahl al-Haq, which remains loyal to Iran, won 15 seats.",
		[]string{"asaib-ahl-al-haq backedBy iran"}, nil},
	{"aligned with is still no backing", "The Houthis, who are aligned with Iran, fired missiles at Saudi Arabia.",
		nil, []string{"houthis backedBy iran"}},
	{"a politician loyal to a bloc is not backed by it", "Abdul Mahdi, who is loyal to the Fatah bloc, resigned.",
		nil, []string{"abdul-mahdi backedBy fatah"}},

	// A member named with his party or his seat.
	{"of a bloc, then speaking (AP)", "Ahmed al-Asadi of the Fatah bloc said the vote was binding.",
		[]string{"ahmed-al-asadi memberOf fatah"}, nil},
	{"of a party, then telling (Reuters)", "Mohammed Shia al-Sudani of the Dawa party told reporters the cabinet would meet.",
		[]string{"mohammed-shia-al-sudani memberOf dawa"}, nil},
	{"a member of parliament from a bloc (Rudaw)", "Sabah al-Saadi, a member of parliament from the Sairoon alliance, spoke.",
		[]string{"sabah-al-saadi memberOf sairoon"}, nil},
	{"of a state is of no body", "Nancy Pelosi of California said the strike was provocative.",
		nil, []string{"nancy-pelosi memberOf california"}},
	{"a member of parliament alone belongs to no bloc", "Mohammed al-Karbouli, a member of parliament, said the vote was illegal.",
		nil, []string{"mohammed-al-karbouli memberOf parliament"}},

	// The examples of a state's proxies are its proxies.
	{"examples past a leader's name (Reuters)", "Iran-aligned factions, among them the Badr Organization of Hadi al-Amiri and Asaib Ahl al-Haq, backed the march.",
		[]string{"badr-organization backedBy iran", "asaib-ahl-al-haq backedBy iran"}, []string{"hadi-al-amiri backedBy iran"}},
	{"examples, chief among them (Reuters)", "Washington blamed Iran-backed militias, chief among them Kataib Hezbollah, for the attacks.",
		[]string{"kataib-hezbollah backedBy iran"}, nil},
	{"examples including two groups (AP)", "Iranian-backed militias, including Kataib Hezbollah and Asaib Ahl al-Haq, vowed revenge.",
		[]string{"kataib-hezbollah backedBy iran", "asaib-ahl-al-haq backedBy iran"}, nil},
	{"examples past a founder's name (Guardian)", "Iran-backed militias such as Kataib Hezbollah of Abu Mahdi al-Muhandis and Harakat al-Nujaba vowed revenge.",
		[]string{"kataib-hezbollah backedBy iran", "harakat-al-nujaba backedBy iran"}, []string{"abu-mahdi-al-muhandis backedBy iran"}},
}

// TestPlaceAsWritten reads a facility the store knows by a name with its
// city ("U.S. Embassy in Baghdad"): only the text's own "in Baghdad"
// places it, not the stored name behind a shorter mention.
func TestPlaceAsWritten(t *testing.T) {
	x := New(known, IngestOptions())
	for _, tt := range placeAsWrittenCases {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, relationsOf(t, x, tt.text)) })
	}
}

// placeAsWrittenCases are the sentences TestPlaceAsWritten reads.
var placeAsWrittenCases = []wireCase{
	{"the city written with the name (AP)", "Protesters stormed the U.S. Embassy in Baghdad on Tuesday.",
		[]string{"us-embassy-baghdad locatedIn baghdad"}, nil},
	{"the short name says no city (Washington Post)", "The procession moved slowly toward the U.S. Embassy on Saturday.",
		nil, []string{"us-embassy-baghdad locatedIn baghdad"}},
	{"a reference says no city (Reuters)", "Crowds reached the U.S. Embassy on Tuesday. Guards at the embassy fired tear gas.",
		nil, []string{"us-embassy-baghdad locatedIn baghdad"}},
}
