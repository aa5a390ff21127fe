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
