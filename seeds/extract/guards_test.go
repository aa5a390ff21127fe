package extract

import "testing"

// Guards against typed statements the words do not make: each table
// holds sentences written for it in the styles of wire copy, newspapers
// and analyses (none from the dev or test articles), some that must not
// state a fact a rule used to read into them, and some that must still
// state what they say.

// TestBearingIsNoPlaceWithin: a place "north of" another lies outside it,
// whatever rule reads the two ("Balad, north of Baghdad" is in Salahuddin
// province); the bearing stays, as an open relation. A place "in" or
// "near" another is still in it.
func TestBearingIsNoPlaceWithin(t *testing.T) { runWireCases(t, bearingCases) }

var bearingCases = []wireCase{
	{"a bearing set off after a base (wire)", "Two rockets hit Balad Air Base, north of Baghdad, on Sunday.",
		[]string{"balad-air-base says/north-of baghdad"}, []string{"balad-air-base locatedIn baghdad"}},
	{"a bearing right after a base (AP)", "On Jan. 12, eight rockets slammed into Balad air base north of Baghdad, wounding four Iraqi airmen.",
		[]string{"balad-air-base says/north-of baghdad"}, []string{"balad-air-base locatedIn baghdad"}},
	{"a distance and a bearing (analysis)", "Camp Taji, located 30 km north of Baghdad, has hosted coalition trainers since 2015.",
		nil, []string{"camp-taji locatedIn baghdad"}},
	{"a town described by its bearing (newspaper)", "The militia still holds Jurf al-Sakhar, a town south of Baghdad, and bars civilians from it.",
		[]string{"jurf-al-sakhar says/south-of baghdad"}, []string{"jurf-al-sakhar locatedIn baghdad"}},
	{"a bearing in miles, no comma (Guardian)", "Troops at the Harir base 40 miles east of Erbil were told to stay in their bunkers.",
		nil, []string{"harir-base locatedIn erbil"}},
	{"a province's bearing after the base it holds", "Rockets hit Balad Air Base in Salahuddin province, north of Baghdad, on Friday.",
		[]string{"balad-air-base locatedIn salahuddin"}, []string{"salahuddin locatedIn baghdad", "balad-air-base locatedIn baghdad"}},
	{"near a city is in it", "More than 30 rockets struck the K-1 air base near Kirkuk on Friday.",
		[]string{"k-1-air-base locatedIn kirkuk"}, nil},
	{"in a province", "The Ain al-Asad base in Anbar province hosts American troops.",
		[]string{"ain-al-asad-air-base locatedIn anbar"}, nil},
	{"on the outskirts of a city", "Rockets landed near Camp Taji on the outskirts of Baghdad overnight.",
		[]string{"camp-taji locatedIn baghdad"}, nil},
	{"in the north of a city", "Mourners gathered at the Kadhimiya shrine in the north of Baghdad.",
		nil, []string{"kadhimiya-shrine says/north-of baghdad"}},
}

// TestNoWiderPlaceInASmaller: no building or base holds a district, a
// city or a state, and no city holds a state, whichever way the words
// attach them.
func TestNoWiderPlaceInASmaller(t *testing.T) { runWireCases(t, widerCases) }

var widerCases = []wireCase{
	{"a district near an embassy (wire)", "Rockets landed inside the Green Zone near the U.S. Embassy on Saturday.",
		nil, []string{"green-zone locatedIn us-embassy"}},
	{"a city near a base (newspaper)", "Mortar rounds fell on Kirkuk near the K-1 air base late on Friday.",
		nil, []string{"kirkuk locatedIn k-1-air-base"}},
	{"a province near a base (analysis)", "Fighting spread across Anbar province near Ain al-Asad air base in the spring.",
		nil, []string{"anbar locatedIn ain-al-asad-air-base"}},
	{"a city near a shrine (AP)", "Clashes erupted in Karbala near the Imam Hussein shrine on Friday.",
		nil, []string{"karbala locatedIn imam-hussein-shrine"}},
	{"a base in a district", "Rockets fell near Union III, the coalition's headquarters in the Green Zone.",
		[]string{"union-iii locatedIn green-zone"}, nil},
	{"an embassy in a district", "Rockets struck near the U.S. Embassy in the Green Zone on Monday night.",
		[]string{"us-embassy locatedIn green-zone"}, nil},
	{"a university in a city", "Students gathered outside Amir Kabir University in Tehran on Saturday.",
		[]string{"amir-kabir-university locatedIn tehran"}, nil},
}

// TestVerbsOfOtherClauses: a lexicon verb states a fact of the name
// before it only where that name is its subject and the name after it
// its object: not a verb joined by "and" to a clause the first name sits
// inside, not a headline's noun ("Iran strike"), not the object of a
// participle after the verb's own object.
func TestVerbsOfOtherClauses(t *testing.T) { runWireCases(t, otherClauseCases) }

var otherClauseCases = []wireCase{
	{"an object's modifier before and urged (wire)", "Governments condemned the strikes on bases that host U.S. troops and urged Tehran and Washington to pull back.",
		nil, []string{"united-states calledOn iran"}},
	{"an object before and urged (newspaper)", "Donald Trump telephoned Boris Johnson and urged Iran to show restraint.",
		[]string{"donald-trump calledOn iran"}, []string{"boris-johnson calledOn iran"}},
	{"an object's modifier before and warned (analysis)", "The Revolutionary Guards fired missiles at bases that house U.S. troops and warned Iraq to stay out.",
		nil, []string{"united-states threatened iraq"}},
	{"a headline's noun compound (AP)", "Iran strike Donald Trump called harmless hurt 34 troops",
		nil, []string{"iran attacked donald-trump"}},
	{"a headline's noun compound, two names", "Israel strike Hezbollah vowed to avenge kills commander",
		nil, []string{"israel attacked hezbollah"}},
	{"a headline's noun compound, a capital", "US attack Baghdad condemned kills Iranian general",
		nil, []string{"united-states attacked iraq"}},
	{"a participle's object after the verb's (Guardian)", "A US drone fired on a convoy leaving Baghdad airport, killing Qassem Soleimani.",
		nil, []string{"united-states attacked baghdad-international-airport"}},
	{"a participle's object, guarding", "Kataib Hezbollah fired on a patrol guarding Camp Taji.",
		nil, []string{"kataib-hezbollah attacked camp-taji"}},
	{"a participle's object, leaving (wire)", "The Houthis struck a tanker leaving Saudi Arabia on Monday.",
		nil, []string{"houthis attacked saudi-arabia"}},
	{"a participle's object, entering", "Gunmen from Kataib Hezbollah fired on a bus entering Karbala.",
		nil, []string{"kataib-hezbollah attacked karbala"}},
	{"a person a participle carries is aimed at", "A U.S. drone struck a car carrying Qassem Soleimani.",
		[]string{"united-states attacked qassem-soleimani"}, nil},
	{"the first verb's object, and a second verb", "Iran condemned the attack and urged Iraq to expel U.S. troops.",
		[]string{"iran calledOn iraq"}, nil},
	{"a past tense spelled as the bare form", "Iran hit Ain al-Asad air base with ballistic missiles.",
		[]string{"iran attacked ain-al-asad-air-base"}, nil},
	{"a headline's verb after a plural name", "Houthis attack Saudi Arabia again",
		[]string{"houthis attacked saudi-arabia"}, nil},
	{"a headline's verb in the present", "Iran attacks Ain al-Asad air base in retaliation",
		[]string{"iran attacked ain-al-asad-air-base"}, nil},
	{"a verb's own object", "Kataib Hezbollah fired on Camp Taji on Wednesday.",
		[]string{"kataib-hezbollah attacked camp-taji"}, nil},
}

// TestEventPlacesAndTimes: an event "on" a place's possessive struck the
// place owned ("Baghdad's Green Zone"), and an event named only to date
// another act ("hours after the missile strike, X shot down Y") is not
// what that act targeted.
func TestEventPlacesAndTimes(t *testing.T) { runWireCases(t, eventGuardCases) }

var eventGuardCases = []wireCase{
	{"an attack on a city's district (Reuters)", "Iran denied any role in a separate rocket attack on Baghdad's Green Zone late on Wednesday.",
		[]string{"rocket-attack-2020-01-01 locatedIn green-zone"}, []string{"rocket-attack-2020-01-01 targeted baghdad"}},
	{"rockets landing in a city's district (AP)", "Two Katyusha rockets landed in Baghdad's Green Zone on Wednesday night.",
		nil, []string{"rocket-attack-2020-01-01 targeted baghdad"}},
	{"an attack on a country's base (analysis)", "Iran denied any role in the missile attack on Iraq's Ain al-Asad air base.",
		[]string{"missile-attack-on-ain-al-asad-air-base targeted ain-al-asad-air-base"}, []string{"missile-attack-on-ain-al-asad-air-base targeted iraq"}},
	{"rockets on a city's base (newspaper)", "The United States blamed Kataib Hezbollah for the rocket attack on Kirkuk's K-1 air base.",
		[]string{"rocket-attack-on-k-1-air-base targeted k-1-air-base"}, []string{"rocket-attack-on-k-1-air-base targeted kirkuk"}},
	{"an attack on a base, no owner", "Kataib Hezbollah denied the rocket attack on Camp Taji.",
		[]string{"rocket-attack-on-camp-taji targeted camp-taji"}, nil},
	{"another act dated by the strike (analysis)", "Iran fired missiles at Ain al-Asad air base on Wednesday. Hours after the missile strike, Iran's air defences shot down Ukraine International Airlines Flight 752.",
		[]string{"iran attacked ukraine-international-airlines-flight-752"}, []string{"missile-strike-2020-01-01 targeted ukraine-international-airlines-flight-752"}},
	{"another act before the attack", "Kataib Hezbollah carried out a rocket attack on Camp Taji on Wednesday. Days before the rocket attack, Kataib Hezbollah fired on Balad Air Base.",
		[]string{"kataib-hezbollah attacked balad-air-base"}, []string{"rocket-attack-2020-01-01 targeted balad-air-base"}},
	{"one agent's attack stated twice", "The United States carried out air strikes in Iraq on Sunday. The United States attacked Kataib Hezbollah.",
		[]string{"air-strike-2019-12-29 targeted kataib-hezbollah"}, nil},
}

// TestOutletOfTheClause: who spoke through an outlet is a speaker of the
// outlet's own clause, not the subject of a clause joined before it.
func TestOutletOfTheClause(t *testing.T) { runWireCases(t, outletCases) }

var outletCases = []wireCase{
	{"a second clause's speaker (newspaper)", "The Revolutionary Guards fired missiles at Ain al-Asad, and Mohammad Javad Zarif wrote on Twitter that Iran had concluded its response.",
		[]string{"mohammad-javad-zarif communicatedVia twitter"}, []string{"revolutionary-guards communicatedVia twitter"}},
	{"after a semicolon (analysis)", "Kataib Hezbollah denied the attack; Mike Pompeo said on Fox News that the group was lying.",
		[]string{"mike-pompeo communicatedVia fox-news"}, []string{"kataib-hezbollah communicatedVia fox-news"}},
	{"the first speaker of one clause (wire)", "Mike Pompeo named Abu Mahdi al-Muhandis and Hadi al-Amiri in a post on Twitter.",
		[]string{"mike-pompeo communicatedVia twitter"}, nil},
}

// TestPlaceOfAWrittenName: a facility's place comes from the words a
// sentence writes ("the U.S. Embassy in Baghdad"), not from the name of
// the stored entity a shorter mention resolves to: "the crowd that
// stormed the U.S. Embassy" says nothing of where it stands.
func TestPlaceOfAWrittenName(t *testing.T) {
	x := New(known, IngestOptions())
	for _, tt := range writtenPlaceCases {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, relationsOf(t, x, tt.text)) })
	}
}

var writtenPlaceCases = []wireCase{
	{"the short name in a relative clause (Washington Post)", "Three militia leaders were seen in the crowd that stormed the U.S. Embassy on Dec. 31.",
		nil, []string{"us-embassy-baghdad locatedIn baghdad"}},
	{"the short name as a landmark (AP)", "Two Katyusha rockets landed about 100 meters from the U.S. Embassy.",
		nil, []string{"us-embassy-baghdad locatedIn baghdad"}},
	{"the short name as a home (Reuters)", "The procession moved toward the Green Zone, home to the U.S. Embassy.",
		nil, []string{"us-embassy-baghdad locatedIn baghdad"}},
	{"the short name with its district (analysis)", "Rockets struck near the U.S. Embassy in the Green Zone on Monday night.",
		nil, []string{"us-embassy-baghdad locatedIn baghdad"}},
	{"the embassy alone", "Guards at the embassy fired tear gas at the crowd.",
		nil, []string{"us-embassy-baghdad locatedIn baghdad"}},
	{"the whole name written", "Moqtada al-Sadr called for the closure of the U.S. Embassy in Baghdad.",
		[]string{"us-embassy-baghdad locatedIn baghdad"}, nil},
	{"the whole name in a headline", "Militia Supporters Storm U.S. Embassy in Baghdad",
		[]string{"us-embassy-baghdad locatedIn baghdad"}, nil},
}

// TestNoPlaceInATitlesAdjective: a nationality adjective that opens a
// title after a place ("In Kyiv, Ukrainian President X") is the title's
// state, no place the first is in; a relative clause of a noun inside the
// predicate ("seen in the crowd that stormed") is that noun's act, not
// the subject's; a state's name that runs on into an airline's ("Iran Air
// Flight 655") names no operator.
func TestNoPlaceInATitlesAdjective(t *testing.T) { runWireCases(t, titleAdjectiveCases) }

var titleAdjectiveCases = []wireCase{
	{"a president's adjective after the capital (AP)", "In Kyiv, Ukrainian President Volodymyr Zelenskiy demanded that Iran punish those responsible.",
		[]string{"volodymyr-zelenskiy presentAt kyiv"}, []string{"kyiv locatedIn ukraine"}},
	{"a minister's adjective after the capital (Reuters)", "In Berlin, German Defence Minister Annegret Kramp-Karrenbauer said troops would stay.",
		nil, []string{"berlin locatedIn germany"}},
	{"a president's adjective after the capital (newspaper)", "In Baghdad, Iraqi President Barham Salih condemned the strike.",
		nil, []string{"baghdad locatedIn iraq"}},
	{"a prime minister's adjective after the capital (CBC)", "In Ottawa, Canadian Prime Minister Justin Trudeau demanded answers.",
		nil, []string{"ottawa locatedIn canada"}},
	{"a secretary's adjective after the capital (Guardian)", "In London, British Foreign Secretary Dominic Raab urged restraint.",
		nil, []string{"london locatedIn united-kingdom"}},
	{"a leader's adjective after a city (analysis)", "In Beirut, Lebanese Prime Minister Saad Hariri called for calm.",
		nil, []string{"beirut locatedIn lebanon"}},
	{"a city and its country still", "Thousands marched in Karbala, Iraq on Saturday.",
		[]string{"karbala locatedIn iraq"}, nil},
	{"a crowd that stormed (Washington Post)", "Qais al-Khazali was seen in the crowd that stormed the U.S. Embassy on Dec. 31.",
		nil, []string{"qais-al-khazali attacked us-embassy"}},
	{"protesters who stormed, inside the predicate (wire)", "Hadi al-Amiri was photographed among the protesters who stormed the U.S. Embassy.",
		[]string{"hadi-al-amiri presentAt us-embassy"}, []string{"hadi-al-amiri attacked us-embassy"}},
	{"a group that hit, set off after the subject", "Kataib Hezbollah, the militia that attacked Camp Taji, denied it.",
		[]string{"kataib-hezbollah attacked camp-taji"}, nil},
	{"a name's own relative clause", "Kataib Hezbollah, which attacked Camp Taji, denied it.",
		[]string{"kataib-hezbollah attacked camp-taji"}, nil},
	{"a national airline's flight (AP)", "The USS Vincennes shot down Iran Air Flight 655 over the Gulf in 1988.",
		nil, []string{"iran-air-flight-655 operatedBy iran"}},
	{"an airline named whole", "Iran's air defences shot down Ukraine International Airlines Flight 752 near Tehran.",
		[]string{"ukraine-international-airlines-flight-752 operatedBy ukraine-international-airlines"}, []string{"ukraine-international-airlines-flight-752 operatedBy ukraine"}},
}

// TestVoicedSubjects reads a verb whose subject is a thing said, shown or
// felt written after its owner ("the movement's slogans have targeted
// Washington"): the owner attacked, threatened or condemned no one by
// it; owners of fighters and weapons, and a speaker whose medium sits in
// a preposition's phrase, still act.
func TestVoicedSubjects(t *testing.T) { runWireCases(t, voicedSubjectCases) }

var voicedSubjectCases = []wireCase{
	{"a movement's slogans, a guardian-style aside", "The Sadrist movement's slogans have targeted Washington and Tehran alike.",
		nil, []string{"sadrist attacked washington", "sadrist attacked tehran"}},
	{"a group's chants at a rally", "BEIRUT (AP) — Hezbollah's chants targeted Israel and the United States at the rally on Sunday.",
		nil, []string{"hezbollah attacked israel", "hezbollah attacked united-states"}},
	{"a state's media", "Iran's state media attacked Saudi Arabia on Monday, a day after the talks collapsed.",
		nil, []string{"iran attacked saudi-arabia"}},
	{"a crowd's anger, in the present perfect", "The protesters' anger has targeted Iran as much as the United States.",
		nil, []string{"iran attacked united-states"}},
	{"an owner's fighters still attack", "Hezbollah's fighters attacked Israel on Sunday.",
		[]string{"hezbollah attacked israel"}, nil},
	{"an owner's missiles still strike", "Iran's missiles struck the Ain al-Asad air base before dawn.",
		[]string{"iran attacked ain-al-asad-air-base"}, nil},
	{"a tweet in a preposition's phrase leaves the speaker", "Donald Trump, in a tweet on Sunday, threatened Iran with a disproportionate response.",
		[]string{"donald-trump threatened iran"}, nil},
}
