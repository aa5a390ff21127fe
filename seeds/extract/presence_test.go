package extract

import "testing"

// TestWhoWasSentWhere reads sentences written for this test (none from the
// dev or test articles), in the shapes wire copy, newspapers and analyses
// use to say where a state's or a unit's forces were sent or are kept:
// moving troops somewhere, keeping troops in a place and most of them at
// a base, a unit deployed or sent with its home base between, a state's
// own troops somewhere; and sentences with the same words that must not
// place anyone.
func TestWhoWasSentWhere(t *testing.T) { runWireCases(t, deploymentCases) }

// deploymentCases are the sentences TestWhoWasSentWhere reads.
var deploymentCases = []wireCase{
	{"two states moving troops to two countries", "Norway and Denmark have begun moving some of their soldiers to Jordan and Kuwait.",
		[]string{"norway deployedTo jordan", "norway deployedTo kuwait", "denmark deployedTo jordan", "denmark deployedTo kuwait"}, nil},
	{"troops moved out of one country to another", "Italy moved 50 of its soldiers out of Iraq to Kuwait on Wednesday, the defence ministry said.",
		[]string{"italy deployedTo kuwait"}, []string{"italy deployedTo iraq"}},
	{"a contingent sent", "Australia sent part of its contingent to Kuwait.",
		[]string{"australia deployedTo kuwait"}, nil},
	{"two clauses each sending troops", "Canada sent part of its contingent to Kuwait, and Croatia moved half of its detachment to Jordan.",
		[]string{"canada deployedTo kuwait", "croatia deployedTo jordan"}, []string{"canada deployedTo croatia", "canada deployedTo jordan"}},
	{"troops kept in a country", "Britain has about 400 troops in Iraq.",
		[]string{"united-kingdom deployedTo iraq"}, nil},
	{"troops kept in a country, most at a base", "France keeps some 200 soldiers in Iraq, most of them at Camp Taji.",
		[]string{"france deployedTo iraq", "france deployedTo camp-taji"}, nil},
	{"troops by their state's adjective, spread over bases", "About 5,200 American soldiers were spread across several Iraqi bases, most of them at Ain al-Asad.",
		[]string{"united-states deployedTo ain-al-asad-air-base"}, nil},
	{"troops that are in a country", "Some 800 Italian troops are in Iraq.",
		[]string{"italy deployedTo iraq"}, nil},
	{"a unit ordered to deploy, its home base between", "The Pentagon ordered 3,000 soldiers from the 82nd Airborne Division at Fort Bragg, North Carolina to deploy to Kuwait.",
		[]string{"82nd-airborne-division deployedTo kuwait"}, nil},
	{"the deployment of a unit's troops", "The Pentagon announced the deployment of 3,500 troops from the 82nd Airborne Division to Kuwait.",
		[]string{"82nd-airborne-division deployedTo kuwait"}, nil},
	{"a unit that deployed from its base", "A brigade of the 82nd Airborne Division from Fort Bragg deployed to Kuwait after the siege.",
		[]string{"82nd-airborne-division deployedTo kuwait"}, nil},
	{"a state's own troops at a base", "Germany flew its soldiers at Camp Taji to Jordan.",
		[]string{"germany deployedTo camp-taji", "germany deployedTo jordan"}, nil},
	{"a threat to troops sends no one", "Iran has threatened American troops in Iraq.",
		nil, []string{"iran deployedTo iraq"}},
	{"a group against which a coalition fights keeps no troops", "The U.S.-led coalition against Islamic State said its troops at Ain al-Asad were safe.",
		nil, []string{"islamic-state locatedIn ain-al-asad-air-base"}},
	{"a state that demands troops leave sends none", "Iraq demanded that the United States pull its troops out of the country.",
		nil, []string{"iraq deployedTo united-states"}},
}

// TestWhoWasWhere reads sentences written for this test in the shapes
// news uses to say where someone was: a place and its day before the
// speaker, "where" after a place, announcing something somewhere, and
// standing beside someone there; and sentences that must place no one.
func TestWhoWasWhere(t *testing.T) { runWireCases(t, presenceCases) }

// presenceCases are the sentences TestWhoWasWhere reads.
var presenceCases = []wireCase{
	{"a place and its day before the speaker", "In Beirut on Sunday, Hassan Nasrallah vowed revenge.",
		[]string{"hassan-nasrallah presentAt beirut"}, nil},
	{"a place, where two people were among the crowd", "Thousands gathered at Tehran University, where President Hassan Rouhani and Ali Larijani were among the mourners.",
		[]string{"hassan-rouhani presentAt tehran-university"}, nil},
	{"a city, where an official spoke", "The letter caused confusion in Washington, where Defense Secretary Mark Esper said no decision had been made.",
		[]string{"mark-esper presentAt washington"}, nil},
	{"a city, where the dead man was buried", "Mourners chanted in Kerman, where Qassem Soleimani was buried on Tuesday.",
		nil, []string{"qassem-soleimani presentAt kerman"}},
	{"a country, where someone ordered troops", "The strikes hit Iraq, where Donald Trump said troops would stay.",
		nil, []string{"donald-trump presentAt iraq"}},
	{"announcing something somewhere", "Donald Trump signed the order at Mar-a-Lago on Friday.",
		[]string{"donald-trump presentAt mar-a-lago"}, nil},
	{"beside someone somewhere", "Ali Khamenei prayed in Tehran beside Esmail Qaani.",
		[]string{"esmail-qaani presentAt tehran"}, nil},
}

// TestWhereTheAudienceWas reads sentences written for this test in the
// shapes broadcasters, wire copy and newspapers use for where someone
// addressed an audience or stayed, and who stood with him there: an
// address to the nation or to reporters from a building, a night spent
// in a square, people behind or beside the speaker; and sentences with
// the same words that place no one.
func TestWhereTheAudienceWas(t *testing.T) { runWireCases(t, audiencePresenceCases) }

// audiencePresenceCases are the sentences TestWhereTheAudienceWas reads.
var audiencePresenceCases = []wireCase{
	{"an address to the nation from a palace", "Emmanuel Macron addressed the nation from the Elysee Palace on Sunday.",
		[]string{"emmanuel-macron presentAt elysee-palace"}, nil},
	{"nights slept in a square, in a relative clause", "Mohammed Jassim, a student who has slept in Tahrir Square since October, said the cleric had betrayed them.",
		[]string{"mohammed-jassim presentAt tahrir-square"}, nil},
	{"two people behind the speaker", "The president addressed the nation from the White House with Vice President Mike Pence and Secretary of State Mike Pompeo behind him.",
		[]string{"mike-pence presentAt white-house", "mike-pompeo presentAt white-house"}, nil},
	{"one at the speaker's side", "Benjamin Netanyahu addressed reporters in Jerusalem with Benny Gantz at his side.",
		[]string{"benny-gantz presentAt jerusalem"}, nil},
	{"one beside him as he prayed", "Ali Khamenei prayed at the University of Tehran with Esmail Qaani beside him.",
		[]string{"esmail-qaani presentAt university-of-tehran"}, nil},
	{"people behind him, the place and the speaker fronted", "At the White House, with Mike Pompeo and Mark Esper behind him, Donald Trump announced new sanctions.",
		[]string{"mike-pompeo presentAt white-house", "mark-esper presentAt white-house"}, nil},
	{"reporters from a city", "Barham Salih spoke to journalists from Baghdad on Monday.",
		nil, []string{"barham-salih presentAt baghdad"}},
	{"a delegation from a city", "Mike Pompeo met a delegation from Baghdad on Monday.",
		nil, []string{"mike-pompeo presentAt baghdad"}},
	{"a call from a city", "Mike Pompeo warned Adel Abdul Mahdi in a call from Washington.",
		nil, []string{"adel-abdul-mahdi presentAt washington"}},
	{"someone with him, not behind him", "Donald Trump spoke in Washington with Mike Pompeo.",
		nil, []string{"mike-pompeo presentAt washington"}},
	{"beside him, but speaking about a place", "Donald Trump spoke about Baghdad with Mike Pompeo beside him.",
		nil, []string{"mike-pompeo presentAt baghdad"}},
}
