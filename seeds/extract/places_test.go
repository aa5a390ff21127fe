package extract

import "testing"

// TestPlacesOfForces reads sentences written for this test in the shapes
// wire copy on the attacks on bases in Iraq takes (none from the dev or
// test articles): a base and the town it lies near, the states and groups
// whose troops a base hosts, where a state's troops are stationed, a unit
// at its home base and a group where it is based; and sentences where
// the same words must not place anything.
func TestPlacesOfForces(t *testing.T) { runWireCases(t, placeCases) }

// placeCases are the sentences TestPlacesOfForces reads.
var placeCases = []wireCase{
	{"a base with its kind before the preposition", "Three rockets struck the K-1 military base near Kirkuk late on Friday.",
		[]string{"k-1-air-base locatedIn kirkuk"}, nil},
	{"an army base outside a town", "Mortar rounds fell inside the Ain al-Asad army base outside Hit.",
		[]string{"ain-al-asad-air-base locatedIn hit"}, nil},
	{"a base that hosts a state's troops", "Rockets hit Ain al-Asad, which hosts U.S. troops, on Wednesday.",
		[]string{"united-states deployedTo ain-al-asad-air-base"}, nil},
	{"a base that houses a state's personnel, by its adjective", "The Balad air base houses about 200 American contractors and Iraqi pilots.",
		[]string{"united-states deployedTo balad-air-base"}, nil},
	{"a base in a province that hosts troops", "Two rockets landed inside Ain al-Asad air base in western Anbar province, which hosts U.S. forces.",
		[]string{"united-states deployedTo ain-al-asad-air-base"}, []string{"united-states deployedTo anbar"}},
	{"a base described, then hosting a coalition's troops", "Rockets struck Camp Taji, a sprawling base north of Baghdad that hosts troops of the U.S.-led coalition.",
		[]string{"us-led-coalition locatedIn camp-taji"}, []string{"us-led-coalition locatedIn baghdad"}},
	{"a base where two states' troops train others", "Camp Taji, north of the capital, where British and Australian troops train Iraqi soldiers, was hit again.",
		[]string{"united-kingdom deployedTo camp-taji", "australia deployedTo camp-taji"}, []string{"iraq deployedTo camp-taji"}},
	{"troops stationed at a base", "About 1,500 U.S. troops stationed at Ain al-Asad took shelter in bunkers.",
		[]string{"united-states deployedTo ain-al-asad-air-base"}, nil},
	{"forces that stayed in a country", "French forces have remained in Iraq despite the vote in parliament.",
		[]string{"france deployedTo iraq"}, nil},
	{"a unit at its home base", "The Pentagon ordered 3,000 paratroopers of the 82nd Airborne Division at Fort Bragg, North Carolina, to Kuwait.",
		[]string{"82nd-airborne-division locatedIn fort-bragg"}, nil},
	{"a group which is based somewhere", "Washington blamed Kataib Hezbollah, which is based at Jurf al-Sakhar, for the attack.",
		[]string{"kataib-hezbollah locatedIn jurf-al-sakhar"}, nil},
	{"a region before the relative clause hosts nothing", "Rockets fell in Anbar province, which hosts U.S. troops at two bases.",
		nil, []string{"united-states deployedTo anbar"}},
	{"a country before the relative clause hosts nothing", "Germany said Iraq, which hosts U.S. troops, must decide.",
		nil, []string{"united-states deployedTo iraq"}},
	{"troops that attacked a base are not stationed there", "Iraqi troops attacked the Taji base on Monday.",
		nil, []string{"iraq deployedTo camp-taji"}},
	{"a state that struck a base sends nothing there", "Iran struck Ain al-Asad, which hosts U.S. troops, with missiles.",
		[]string{"united-states deployedTo ain-al-asad-air-base"}, []string{"iran deployedTo ain-al-asad"}},
	{"a person at a base is no unit located there", "Mark Esper spoke at Fort Bragg on Friday.",
		nil, []string{"mark-esper locatedIn fort-bragg"}},
	{"where an attack killed its victims", "Iraq mourned after the American drone strike that killed Qassem Soleimani and Abu Mahdi al-Muhandis at Baghdad International Airport.",
		[]string{"american-drone-strike locatedIn baghdad-international-airport"}, nil},
	{"where an attack killed its unnamed victims", "The American drone strike that killed two Iraqi guards in Baghdad angered parliament.",
		[]string{"american-drone-strike locatedIn baghdad"}, nil},
	{"an attack at a city's airport", "Esmail Qaani took over hours after the American drone strike at Baghdad's airport on Friday.",
		[]string{"air-strike-2020-01-03 locatedIn baghdad"}, nil},
	{"a victim's office elsewhere places no attack", "The air strike that killed a commander of the militia's forces in Syria was condemned.",
		nil, []string{"air-strike locatedIn syria"}},
	{"a relative clause past the victim places no attack", "The drone strike that killed Qassem Soleimani, who had flown in from Damascus, shocked Tehran.",
		nil, []string{"drone-strike locatedIn damascus"}},
	{"who was received somewhere", "Iraqi President Barham Salih was received at the Elysee Palace on Monday.",
		[]string{"barham-salih presentAt elysee-palace"}, nil},
	{"whom someone briefed somewhere", "Senator Lindsey Graham, whom Mr. Trump had briefed at Mar-a-Lago, praised the strike.",
		[]string{"lindsey-graham presentAt mar-a-lago"}, nil},
	{"a passive with its agent", "Mike Pompeo was briefed by the Pentagon in Washington on Saturday.",
		nil, []string{"pentagon presentAt washington"}},
	{"briefed on something elsewhere is not there", "Mike Pompeo was briefed on the strikes in Iraq by his staff.",
		nil, []string{"mike-pompeo presentAt iraq"}},
	{"who chaired a meeting somewhere", "Masrour Barzani chaired a meeting of the regional security council in Erbil on Wednesday.",
		[]string{"masrour-barzani presentAt erbil"}, nil},
	{"who held talks with others somewhere", "Esmail Qaani held talks with militia leaders in Baghdad, officials said.",
		[]string{"esmail-qaani presentAt baghdad"}, nil},
	{"who led prayers somewhere", "Ali Khamenei led the funeral prayers at Tehran University on Monday.",
		[]string{"ali-khamenei presentAt tehran-university"}, nil},
	{"who camped somewhere, described", "Ali Hussein, a 23-year-old engineering graduate who has camped in Tahrir Square since October, spoke.",
		[]string{"ali-hussein presentAt tahrir-square"}, nil},
	{"holding someone responsible places no one", "Mike Pompeo held Iran responsible for the attack in Baghdad.",
		nil, []string{"mike-pompeo presentAt baghdad"}},
	{"a participle set off after a victim's name is not his", "Hossein Salami vowed revenge for Qassem Soleimani, addressing a vast crowd of mourners in Kerman.",
		nil, []string{"qassem-soleimani presentAt kerman"}},
	{"where one travelled to meet someone at a resort", "Esper and Pompeo flew to Florida on Sunday to brief President Donald Trump at his Mar-a-Lago resort.",
		[]string{"mar-a-lago locatedIn florida"}, nil},
	{"who travelled with the one who met someone", "Mark Esper, who flew to Florida with Secretary of State Mike Pompeo to brief President Trump at his Mar-a-Lago resort, spoke.",
		[]string{"mike-pompeo presentAt mar-a-lago", "mar-a-lago locatedIn florida"}, nil},
	{"a meeting before the journey places nothing", "Mike Pompeo flew to Brussels after meeting Donald Trump at the Elysee Palace.",
		nil, []string{"elysee-palace locatedIn brussels"}},
}

// TestNestedPlaces reads sentences written for this test, in several
// outlets' styles, on places nested in places: a square or a district in
// its city ("Tahrir Square in Baghdad", "the Jadriya district of
// Baghdad", "Tahrir Square, Baghdad"), a zone of a city, an event in
// "the city of" a place, a unit from its home base, a base named as a
// headquarters in a city; and the lists of places and joined bases that
// must nest nothing.
func TestNestedPlaces(t *testing.T) { runWireCases(t, nestedPlaceCases) }

// nestedPlaceCases are the sentences TestNestedPlaces reads.
var nestedPlaceCases = []wireCase{
	{"a square in a city", "Tens of thousands of protesters have occupied Tahrir Square in Baghdad since October.",
		[]string{"tahrir-square locatedIn baghdad"}, nil},
	{"a square near which an attack came", "Gunmen opened fire on the demonstrators near Khilani Square in Baghdad on Friday night.",
		[]string{"khilani-square locatedIn baghdad"}, nil},
	{"a square and its city set off by commas", "Riot police cleared the tents from Tahrir Square, Baghdad, at dawn.",
		[]string{"tahrir-square locatedIn baghdad"}, nil},
	{"the district of a city", "The marchers gathered in the Jadriya district of Baghdad, not far from the embassy.",
		[]string{"jadriya locatedIn baghdad"}, nil},
	{"the neighbourhood of a city", "A car bomb exploded in the Karrada neighbourhood of Baghdad on Saturday.",
		[]string{"karrada locatedIn baghdad"}, nil},
	{"the district of a province", "Fighting spread to the Sinjar district of Nineveh province overnight.",
		[]string{"sinjar locatedIn nineveh"}, nil},
	{"the zone of a city", "Sirens sounded across the Green Zone of Baghdad after midnight.",
		[]string{"green-zone locatedIn baghdad"}, nil},
	{"an event in the city of a place", "At least 56 people died in a stampede in his hometown of Kerman on Tuesday.",
		[]string{"stampede-2019-12-31 locatedIn kerman"}, nil},
	{"a unit from its home base", "A brigade of the 82nd Airborne Division from Fort Bragg in North Carolina deployed to Kuwait.",
		[]string{"82nd-airborne-division locatedIn fort-bragg", "fort-bragg locatedIn north-carolina"}, nil},
	{"a unit from its home base, the state set off", "Soldiers of the 101st Airborne Division from Fort Campbell, Kentucky, will follow.",
		[]string{"101st-airborne-division locatedIn fort-campbell"}, nil},
	{"a unit that flew from a base is not based by the verb", "The Pentagon sent paratroopers from the 82nd Airborne Division to Kuwait.",
		nil, []string{"82nd-airborne-division locatedIn kuwait"}},
	{"a list of provinces and cities nests none", "The missiles struck the main bases in Anbar, Baghdad and the Kurdistan region.",
		nil, []string{"anbar locatedIn baghdad", "anbar locatedIn kurdistan"}},
	{"a list of cities after a comma nests none", "Crowds marched in Basra, Najaf, Karbala and Baghdad on Friday.",
		nil, []string{"basra locatedIn najaf", "najaf locatedIn karbala"}},
	{"a list of places of two kinds nests none", "Demonstrators filled Tahrir Square, Kerbala and Nasiriyah.",
		nil, []string{"tahrir-square locatedIn kerbala", "tahrir-square locatedIn karbala"}},
	{"a base joined to a name is another base", "The missiles hit Ain al-Asad and the base at Erbil without killing anyone.",
		nil, []string{"ain-al-asad-air-base locatedIn erbil"}},
	{"a ministry of a state is no place in it", "The Foreign Ministry of Iran summoned the Swiss envoy.",
		nil, []string{"foreign-ministry locatedIn iran"}},
	{"a headquarters set off after its name", "Rockets fell near Union III, the coalition's headquarters in Baghdad, on Sunday.",
		[]string{"union-iii locatedIn baghdad"}, nil},
	{"a base named as an army's headquarters", "Camp Arifjan, the Army's main headquarters in Kuwait, received the first paratroopers.",
		[]string{"camp-arifjan locatedIn kuwait"}, nil},
	{"a headquarters within a zone of a city", "Two rockets hit Union III, the coalition's headquarters in the Green Zone of Baghdad.",
		[]string{"union-iii locatedIn green-zone", "green-zone locatedIn baghdad"}, nil},
	{"a person at a headquarters is no place", "Mark Esper, the department's head at headquarters in Arlington, spoke on Friday.",
		nil, []string{"mark-esper locatedIn arlington"}},
}

// TestNamedHostingBases reads sentences written for this test in the
// shapes wire copy and analyses use for bases named after the clause
// that says whose troops they host ("two bases in Iraq that host U.S.
// troops, Camp Taji and Balad Air Base"): the named base is in the
// place the clause names and the state's troops are there; and
// sentences with the same words whose name after the comma is a
// speaker, not a base.
func TestNamedHostingBases(t *testing.T) { runWireCases(t, namedHostingBaseCases) }

// namedHostingBaseCases are the sentences TestNamedHostingBases reads.
var namedHostingBaseCases = []wireCase{
	{"two bases in a country, a state's troops, two names", "Militias have targeted two bases in Iraq that host U.S. troops, Camp Taji and Balad Air Base.",
		[]string{"camp-taji locatedIn iraq", "united-states deployedTo camp-taji", "united-states deployedTo balad-air-base"}, nil},
	{"bases named as the subject's apposition", "Two bases that host American soldiers, Ain al-Asad and Harir, were put on alert.",
		[]string{"united-states deployedTo ain-al-asad-air-base"}, nil},
	{"facilities in a country, one named among them", "The drones struck two facilities in Syria that house Russian forces, the Hmeimim air base among them.",
		[]string{"hmeimim-air-base locatedIn syria", "russia deployedTo hmeimim-air-base"}, nil},
	{"camps housing a coalition's trainers", "Rockets hit two camps in Iraq that house coalition trainers, Camp Taji and Besmaya, on Tuesday.",
		[]string{"camp-taji locatedIn iraq"}, nil},
	{"a body that said so after the comma", "Iran fired missiles at two bases in Iraq that host American troops, the Pentagon said.",
		nil, []string{"united-states deployedTo pentagon", "pentagon locatedIn iraq"}},
	{"a group that said so after the comma", "Militias fired rockets at bases that host American troops, Kataib Hezbollah said.",
		nil, []string{"united-states deployedTo kataib-hezbollah"}},
}
