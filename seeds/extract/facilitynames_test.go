package extract

import "testing"

// builtNameCases: a built thing's lower-case head word after its proper
// name, or before "of" and a holy figure's name, belongs to the name, in
// the styles of several outlets; adjectives and groups before the same
// words name no building.
var builtNameCases = []newEntitiesCase{
	{"a shrine after its district (Washington Post)", "The procession set out from the Kadhimiya shrine in the north of the capital.", []string{"Kadhimiya shrine:Facility"}},
	{"a base after its name (Rudaw)", "Several hundred American troops are stationed at Harir base, north of Erbil.", []string{"Erbil:City", "Harir base:Facility", "United States:Country"}},
	{"an oil field past its modifier (The National)", "Work at the Rumaila oil field continued, the ministry said.", []string{"Rumaila oil field:Facility"}},
	{"a bridge (AP)", "Protesters blocked the Sinak bridge on Friday night.", []string{"Sinak bridge:Facility"}},
	{"an air base (Reuters)", "German troops moved to Azraq air base in Jordan.", []string{"Azraq air base:Facility", "Germany:Country", "Jordan:Country"}},
	{"a refinery past its modifier (Bloomberg)", "Output at the Baiji oil refinery has yet to recover.", []string{"Baiji oil refinery:Facility"}},
	{"the shrine of an imam (Washington Post)", "The coffins were carried around the shrine of Imam Hussein in Karbala.", []string{"Karbala:City", "shrine of Imam Hussein:Facility"}},
	{"the shrine of an imam in a city (Al Jazeera)", "Pilgrims crowded the shrine of Imam Reza in Mashhad on Sunday.", []string{"Mashhad:City", "shrine of Imam Reza:Facility"}},
	{"the tomb of a founder (Guardian)", "Mourners gathered at the tomb of Ayatollah Khomeini south of Tehran.", []string{"Tehran:City", "tomb of Ayatollah Khomeini:Facility"}},
	// must not
	{"a faith's shrine is no name", "Gunmen fired near a Shiite shrine on Friday.", nil},
	{"a party's base of support", "The Sadrist base has turned against the government.", nil},
	{"the figure himself, with no shrine", "Pilgrims mourn Imam Hussein every year in Karbala.", []string{"Hussein:Person", "Karbala:City"}},
	{"a son of a cleric is no building", "He met the son of Grand Ayatollah Ali al-Sistani.", []string{"Ali al-Sistani:Person"}},
	{"a known city's base keeps its own reading", "Rockets struck Balad air base overnight.", []string{"Balad Air Base:Facility", "Rocket attack on Balad Air Base:Event"}},
}

func TestBuiltNames(t *testing.T) { checkNewEntities(t, builtNameCases) }

// kurdishBodyCases: the Kurdistan Region's forces, presidency and
// ministries, and the terminals and refineries of the oil trade, as
// Rudaw, Kurdistan 24, Reuters and The National write them.
var kurdishBodyCases = []newEntitiesCase{
	{"the Peshmerga alone (Rudaw)", "Peshmerga forces raised their alert along the boundary with Kirkuk.", []string{"Kirkuk:City", "Peshmerga:MilitaryUnit"}},
	{"a Peshmerga official (Reuters)", "A senior Peshmerga official said the coalition had paused its training.", []string{"Peshmerga:MilitaryUnit"}},
	{"the Kurdish Peshmerga (AP)", "The Kurdish Peshmerga fought the Islamic State near Mosul.", []string{"Islamic State:ArmedGroup", "Mosul:City", "Peshmerga:MilitaryUnit"}},
	{"a ministry of a known force (Rudaw)", "The Ministry of Peshmerga Affairs said two missiles fell near Erbil.", []string{"Erbil:City", "Ministry of Peshmerga Affairs:GovernmentBody"}},
	{"a region's presidency (Kurdistan 24)", "The Kurdistan Region Presidency said on Monday that the letter was sent.", []string{"Kurdistan Region Presidency:GovernmentBody"}},
	{"an oil terminal after its city (The National)", "Exports from the Basra Oil Terminal ran at normal rates.", []string{"Basra Oil Terminal:Facility"}},
	{"a refinery after its town (Reuters)", "Fighting closed the Baiji Refinery for months.", []string{"Baiji Refinery:Facility"}},
	// must not
	{"a ministry of a known place names no portfolio", "He met officials of the Ministry of Kurdistan in Erbil.", []string{"Erbil:City", "Kurdistan:Region"}},
	{"a lone presidency is no name", "Presidency officials declined to comment.", nil},
}

func TestKurdishBodies(t *testing.T) { checkNewEntities(t, kurdishBodyCases) }

// specialTitleCases: "Special" opens an envoy's title, not a name.
var specialTitleCases = []newEntitiesCase{
	{"a special representative before the name (The National)", "UN Special Representative Jeanine Hennis-Plasschaert met the speaker.", []string{"Jeanine Hennis-Plasschaert:Person", "United Nations:Organization"}},
	{"a special representative after the name (Reuters)", "Jeanine Hennis-Plasschaert, the UN Special Representative for Iraq, met the speaker.", []string{"Iraq:Country", "Jeanine Hennis-Plasschaert:Person", "United Nations:Organization"}},
	{"a special envoy (AP)", "U.S. Special Envoy Brian Hook said sanctions would continue.", []string{"Brian Hook:Person", "United States:Country"}},
	{"a special rapporteur (Al Jazeera)", "The UN Special Rapporteur Agnes Callamard called the killing unlawful.", []string{"Agnes Callamard:Person", "United Nations:Organization"}},
	{"a special counsel (Washington Post)", "Special Counsel Robert Mueller testified in July.", []string{"Robert Mueller:Person"}},
	// must not
	{"special forces stay a unit", "Iraqi Special Forces secured the airport road.", []string{"Iraqi Special Forces:MilitaryUnit"}},
	{"a special operations command", "The Joint Special Operations Command planned the raid.", []string{"Joint Special Operations Command:MilitaryUnit"}},
}

func TestSpecialTitles(t *testing.T) { checkNewEntities(t, specialTitleCases) }
