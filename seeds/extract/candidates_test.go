package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/schema"
)

// TestNoFalseNames: what is capitalised but names nothing of the story
// (bylines, slogans, headline words, titles) makes no entity, and the
// names those shapes hide are read whole.
func TestNoFalseNames(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a byline", "By Sara Haddad and Tom Weller\n\nRockets hit Kirkuk.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a credit line", "Rockets hit Kirkuk.\n\n(Reporting by Sara Haddad; Editing by Tom Weller)", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a sentence opening with By is no byline", "By Friday, Colonel Sara Haddad had left.", []string{"Sara Haddad:Person"}},
		{"chanted slogans", "Crowds chanted \"Death to Israel\" and banners read \"Hard Revenge\".", []string{"Israel:Country"}},
		{"a slogan that is a sentence", "She said: \"We Will Never Forget.\"", nil},
		{"a name the quote gives", "Iran fired missiles in an operation it called \"Noble Revenge\".", []string{"Iran:Country", "Noble Revenge:Event"}},
		{"a head word alone after a headline word", "Breaking News: rockets hit Kirkuk.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a title before a name", "National Security Adviser Rana Salem agreed.", []string{"Rana Salem:Person"}},
		{"an airport named for a titled person", "The plane left Imam Reza airport at dawn.", []string{"Imam Reza airport:Facility"}},
		{"a hyphenated place", "Trump spoke at his Mar-a-Lago resort.", []string{"Mar-a-Lago:Facility"}},
		{"one name joined by and", "Ukraine's National Security and Defence Council met.", []string{"National Security and Defence Council:GovernmentBody", "Ukraine:Country"}},
		{"a country's office by its demonym", "A spokesman for Iran's Foreign Ministry spoke.", []string{"Iran:Country", "Iranian Foreign Ministry:GovernmentBody"}},
		{"a flight with its airline", "Iran Air Flight 655 was shot down.", []string{"Iran Air Flight 655:Vehicle", "Iran:Country"}},
		{"a flight code with its airline", "Ukraine International Airlines Flight PS752 crashed.", []string{"Crash of Ukraine International Airlines Flight PS752, reported 2020-01-03:Event", "Ukraine International Airlines Flight PS752:Vehicle", "Ukraine International Airlines:Organization"}},
		{"a bare parliament of the capital named", "In Baghdad, the parliament voted. Iran objected. Iran's envoy left.", []string{"Baghdad:City", "Iran:Country", "Parliament of Iraq:GovernmentBody", "Vote by Parliament of Iraq, reported 2020-01-03:Event"}},
		{"a state's council", "The National Security Council met.", []string{"National Security Council:GovernmentBody"}},
		{"the House is not the White House", "Pelosi said the House would vote. Speaking at the White House, Trump said so.", []string{"U.S. House of Representatives:GovernmentBody", "White House:Facility"}},
		{"an international agency", "The International Atomic Energy Agency met.", []string{"International Atomic Energy Agency:Organization"}},
		{"a committee of a known body", "The Senate Armed Services Committee met.", []string{"Senate Armed Services Committee:GovernmentBody"}},
		{"an aircraft maker alone", "Iran would not send the recorders to Boeing.", []string{"Boeing:Organization", "Iran:Country"}},
		{"the Islamic Republic", "The Islamic Republic vowed revenge.", []string{"Iran:Country"}},
		{"a web page's labels", "FILE PHOTO: Rockets hit Kirkuk. Related Coverage: rockets hit Erbil at 7:12 AM.", []string{"Erbil:City", "Kirkuk:City", "Rocket attack on Erbil:Event"}},
		{"a demonym opens no person's name", "Kurdish Peshmerga fighters watched.", []string{"Peshmerga:MilitaryUnit"}},
		{"a ministry of", "In a statement, the Ministry of Foreign Affairs said so.", []string{"Ministry of Foreign Affairs:GovernmentBody"}},
		{"a state's words name no person", "The Security Media Cell said so.", []string{"Security Media Cell:Organization"}},
		{"an acronym in brackets after a new name", "The jet, operated by Ukraine International Airlines (UIA), crashed.", []string{"Ukraine International Airlines:Organization"}},
		{"an acronym in brackets after a known name", "The Popular Mobilization Forces (PMF) said so.", []string{"Popular Mobilization Forces:ArmedGroup"}},
		{"head words in a row after a demonym", "King Salman urged restraint, the Saudi Press Agency reported.", []string{"Salman:Person", "Saudi Press Agency:MediaOutlet"}},
		{"a portfolio of two words before a minister", "Iraq's Oil and Gas Minister Thamer Ghadhban spoke.", []string{"Iraq:Country", "Thamer Ghadhban:Person"}},
		{"a conditional verb is no event", "The U.S. will hit 52 sites if Tehran attacks.", []string{"Tehran:City", "United States:Country"}},
		{"a country's name before a group's word", "The Iraq militia said so, and the Kirkuk militia agreed.", []string{"Iraq:Country", "Kirkuk militia:ArmedGroup"}},
		{"a label opening a sentence", "Please Note: rockets hit Kirkuk.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a name after the article is no person's", "The Blue Crescent said it had no access.", []string{"Blue Crescent:Organization"}},
		{"a person's name takes no article", "Omar Haddad said he had no access.", []string{"Omar Haddad:Person"}},
		{"a preposition opening a sentence before a known group", "Like Hezbollah, the group vowed revenge.", []string{"Hezbollah:ArmedGroup"}},
		{"another before a known group", "Inside Hezbollah, the mood was grim.", []string{"Hezbollah:ArmedGroup"}},
		{"state TV is no speaker", "Rockets hit Kirkuk, state TV said.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a rank before a name", "The dead included Specialist Dana Ruiz and Pfc. Omar Haddad of Texas.", []string{"Dana Ruiz:Person", "Omar Haddad:Person"}},
		{"no parliament of a country in a compound", "Iran-backed groups sit in parliament.", []string{"Iran-backed groups:ArmedGroup", "Iran:Country"}},
		// From articles in the shapes of wire and state-media coverage (testdata/wire).
		{"an office alone is no person", "Hadi al-Amiri, Secretary-General of the Badr Organization, attended.", []string{"Badr Organization:ArmedGroup", "Hadi al-Amiri:Person"}},
		{"a Persian rank before a name", "Sardar Hossein Salami, commander-in-chief of the IRGC, addressed the crowd.", []string{"Hossein Salami:Person", "Islamic Revolutionary Guard Corps:MilitaryUnit"}},
		{"a state's authority", "Faleh al-Fayyadh, the head of the Popular Mobilization Authority, attended.", []string{"Faleh al-Fayyadh:Person", "Popular Mobilization Authority:GovernmentBody"}},
		{"a numbered battalion is an army's", "Staci Coleman, commander of the 1st Battalion, 77th Armor Regiment, spoke.", []string{"1st Battalion:MilitaryUnit", "77th Armor Regiment:MilitaryUnit", "Staci Coleman:Person"}},
		{"a task force named after a country", "Staff Sergeant Kimo Keltz, 34, of the Task Force Iraq was treated.", []string{"Kimo Keltz:Person", "Task Force Iraq:MilitaryUnit"}},
		{"a university of a city", "Khamenei led prayers at the University of Tehran on Monday.", []string{"University of Tehran:Facility"}},
		{"a call sign is a craft", "Trump, speaking aboard Air Force One on Sunday, threatened Iraq.", []string{"Air Force One:Vehicle", "Iraq:Country"}},
		{"a transliteration of a known name", "Muhandis was deputy chief of Iraq's Hashed al-Shaabi paramilitary network.", []string{"Iraq:Country", "Popular Mobilization Forces:ArmedGroup"}},
		{"an operation named after someone", "The IRGC said the operation, code-named Operation Martyr Soleimani, was carried out.", []string{"Islamic Revolutionary Guard Corps:MilitaryUnit", "Operation Martyr Soleimani:Event"}},
		{"a place with no head word is a town", "Some were flown to the hospital at Landstuhl, Germany, and others to a clinic in Palm Beach.", []string{"Germany:Country", "Landstuhl:City", "Palm Beach:City"}},
		{"a language is no place", "Leaders of the Hashd, known in English as the Popular Mobilisation Units, marched.", []string{"Popular Mobilization Forces:ArmedGroup"}},
		{"people counted by nationality", "Among the passengers were 63 Canadians, 10 Swedes, 3 Germans and 3 Britons.", []string{"Canada:Country"}},
		{"a state's board of a country", "The Civil Aviation Organization of Iran spoke. The Civil Aviation Organization had the black boxes.", []string{"Civil Aviation Organization of Iran:GovernmentBody"}},
		{"a news agency by its initials", "Abedzadeh told the ISNA news agency that Iran would keep them.", []string{"ISNA:MediaOutlet", "Iran:Country"}},
		{"a lawmaker's party and state", "Sen. Tim Kaine, D-Va., introduced it, and Rep. Elissa Slotkin, D-Mich., backed it.", []string{"Elissa Slotkin:Person", "Tim Kaine:Person"}},
		{"a titled name before a shrine", "Pilgrims gathered at Karbala's Imam Hussein shrine.", []string{"Imam Hussein shrine:Facility", "Karbala:City"}},
		{"a newspaper and where bombers were moved", "The Wall Street Journal reported that B-52 bombers were moved to Diego Garcia.", []string{"B-52:Vehicle", "Diego Garcia:Region", "Wall Street Journal:MediaOutlet"}},
		{"a weapon system's code", "Iran's Tor-M1 system fired two missiles.", []string{"Iran:Country"}},
		{"a channel before TV", "In an address on Al-Manar TV, Hezbollah leader Hassan Nasrallah spoke.", []string{"Al-Manar:MediaOutlet", "Hassan Nasrallah:Person", "Hezbollah:ArmedGroup"}},
		{"a verb inside a name", "The Global Coalition to Defeat ISIS paused training. Troops flew from Baghdad to Erbil on Friday.", []string{"Baghdad:City", "Erbil:City", "Global Coalition:Organization", "Islamic State:ArmedGroup"}},
		{"ranks in a list of the dead", "The dead were Capt. Mohammed Ali Hassan, 31, of Nasiriyah and Pvt. Ahmed Karim, 22.", []string{"Ahmed Karim:Person", "Mohammed Ali Hassan:Person", "Nasiriyah:City"}},
		{"numbered units", "Soldiers of the 1st Brigade Combat Team arrived at Camp Buehring. The 5th Fleet sailed.", []string{"1st Brigade Combat Team:MilitaryUnit", "5th Fleet:MilitaryUnit", "Camp Buehring:Facility"}},
		{"a province named alone", "Yazidi activists and Assyrian Christians in Nineveh boycotted the vote.", []string{"Nineveh:Region"}},
		{"an acronym after or", "The International Atomic Energy Agency, or IAEA, will keep inspecting. The IAEA said so.", []string{"International Atomic Energy Agency:Organization"}},
		{"a state's service", "Iraq's Counter-Terrorism Service (CTS) stayed out. CTS chief Abdul-Wahab al-Saadi was removed.", []string{"Abdul-Wahab al-Saadi:Person", "Counter-Terrorism Service:GovernmentBody", "Iraq:Country"}},
		{"a mission", "The U.N. Assistance Mission for Iraq evacuated staff.", []string{"U.N. Assistance Mission for Iraq:Organization"}},
		{"newspapers, channels and radios", "Radio Farda reported arrests. The Kayhan newspaper disagreed, and the Al-Mayadeen channel aired it.", []string{"Al Mayadeen:MediaOutlet", "Kayhan:MediaOutlet", "Radio Farda:MediaOutlet"}},
		{"a demonym's body named on by of", "A Sunni lawmaker spoke at the Iraqi Council of Ministers on Sunday.", []string{"Iraqi Council of Ministers:GovernmentBody"}},
		{"a live page's clock", "10:40 GMT - Abdul-Mahdi says he was warned\n\nIraq's caretaker Prime Minister Adel Abdul-Mahdi spoke.", []string{"Adel Abdul-Mahdi:Person", "Iraq:Country"}},
		{"a broadcaster named with a number", "A military spokesman told Kurdistan 24 that Erbil was calm, and France 24 agreed.", []string{"Erbil:City", "France 24:MediaOutlet", "Kurdistan 24:MediaOutlet"}},
		{"Iran's state media's name for the Guards", "The Islamic Revolution Guards Corps fired missiles.", []string{"Islamic Revolutionary Guard Corps:MilitaryUnit"}},
	})
}

// TestTitledPeopleAndInitials: two titled people joined by "and" stay two
// even when the first title has an "of"; a middle initial's dot keeps a
// name whole; a congressional title strips like a senator's.
func TestTitledPeopleAndInitials(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a title with of, and a titled person", "Senator Chuck Schumer called on Secretary of State Mike Pompeo and Defense Secretary Mark Esper to testify.",
			[]string{"Chuck Schumer:Person", "Mark Esper:Person", "Mike Pompeo:Person"}},
		{"a title with of, and a general", "Secretary of State Mike Pompeo and Gen. Mark Milley briefed senators.",
			[]string{"Mark Milley:Person", "Mike Pompeo:Person"}},
		{"a speaker and a senator", "Speaker Nancy Pelosi and Senator Chuck Schumer objected.",
			[]string{"Chuck Schumer:Person", "Nancy Pelosi:Person"}},
		{"one name with of and and stays whole", "Fighters of the Islamic State of Iraq and Syria fled.",
			[]string{"Islamic State:ArmedGroup"}},
		{"a middle initial", "Gen. Mark A. Milley briefed senators.", []string{"Mark A. Milley:Person"}},
		{"a middle initial and a suffix", "A letter from Brig. Gen. William H. Seely III set off confusion.", []string{"William H. Seely III:Person"}},
		{"a president's initial", "President George W. Bush ordered the invasion of Iraq.", []string{"George W. Bush:Person", "Iraq:Country"}},
		{"a letter closing a sentence is no initial", "The strike hit Zone A. The rockets fell on Kirkuk.", []string{"Kirkuk:City"}},
		{"a representative's title", "Representative Elissa Slotkin wrote the resolution.", []string{"Elissa Slotkin:Person"}},
		{"a congresswoman's title", "Congresswoman Ilhan Omar objected.", []string{"Ilhan Omar:Person"}},
	})
}

// TestMembersOfParliament: "MP" and "MPs" name members of a parliament,
// no body of their own: a faith's or nation's MPs make no group, and an
// MP's title is stripped from a name like a senator's.
func TestMembersOfParliament(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a faith's MPs", "The motion was boycotted by most Kurdish and Sunni MPs.", nil},
		{"two groups of MPs", "Kurdish MPs and Sunni MPs walked out.", nil},
		{"a nation's MPs", "Shiite MPs voted for the motion, and Iraqi MPs cheered.", []string{"Iraq:Country", "Vote by Parliament of Iraq, reported 2020-01-03:Event"}},
		{"an MP's title", "British MP Tom Tugendhat warned Tehran.", []string{"Iran:Country", "Tehran:City", "Tom Tugendhat:Person", "United Kingdom:Country"}},
		{"a party's initials are a name", "The KDP and PUK lawmakers stayed away.", []string{"KDP:Organization", "PUK:Organization"}},
	})
}

// TestMiddleInitialsAndSuffixes: a person named with middle initials and a
// generation suffix is the person named without them, in one article and
// across articles, and the suffix alone names no one.
func TestMiddleInitialsAndSuffixes(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"the plain name first", "Brigadier General William Seely wrote the letter. Later, Brig. Gen. William H. Seely III said it was a draft.", []string{"William H. Seely III:Person"}},
		{"the surname after", "A letter from Brig. Gen. William H. Seely III set off confusion. Seely said the letter was a draft.", []string{"William H. Seely III:Person"}},
		{"an initial alone", "Gen. Mark A. Milley spoke. Later Mark Milley said more, and Milley left.", []string{"Mark A. Milley:Person"}},
	})
	x := New(append(slices.Clone(known), schema.Entity{ID: "william-seely", Type: "Person", Name: "William Seely"}), Options{})
	text := "A letter from Brig. Gen. William H. Seely III set off confusion."
	if got := newOf(t, x, text); len(got) > 0 {
		t.Errorf("a known person with his initial and suffix made new entities %q", got)
	}
	if diff := cmp.Diff([]string{"William H. Seely III=william-seely"}, mentionsOf(t, x, "Title\n\n"+text)); diff != "" {
		t.Errorf("a known person with his initial and suffix (-want +got):\n%s", diff)
	}
}

// newEntitiesCase is a text and the entities it must make.
type newEntitiesCase struct {
	name, text string
	want       []string // new entities; World entries the text names count too
}

// checkNewEntities runs each case through an extractor that knows the
// test's known entities.
func checkNewEntities(t *testing.T, cases []newEntitiesCase) {
	t.Helper()
	x := New(known, Options{})
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, newOf(t, x, tt.text)); diff != "" {
				t.Errorf("new entities of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestStatesBodies: a state's ministry written in lower case after the
// state's possessive or demonym is the state's body, named by its
// portfolio; a council is a state's by its words, a legislature by its
// own name.
func TestStatesBodies(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a ministry in lower case after a possessive", "Iraq's foreign ministry summoned the envoy.", []string{"Iraq:Country", "Iraqi Foreign Ministry:GovernmentBody"}},
		{"a ministry in lower case after a demonym", "The Iraqi defence ministry received the letter.", []string{"Iraq:Country", "Iraqi Defence Ministry:GovernmentBody"}},
		{"a ministry's spokesman", "The Iranian foreign ministry spokesman Abbas Mousavi spoke.", []string{"Abbas Mousavi:Person", "Iran:Country", "Iranian Foreign Ministry:GovernmentBody"}},
		{"any portfolio", "An Iraqi oil ministry official said output was steady.", []string{"Iraq:Country", "Iraqi Oil Ministry:GovernmentBody"}},
		{"a minister is no ministry", "Iraq's foreign minister spoke on Sunday.", []string{"Iraq:Country"}},
		{"a ministry with no portfolio says not which", "The Iraqi ministry said nothing.", []string{"Iraq:Country"}},
		{"a portfolio that is no ministry", "Iraq's foreign policy is torn between two partners.", []string{"Iraq:Country"}},
		{"a parliament by its own name", "Iraq's Council of Representatives voted. The Iraqi parliament met.", []string{"Iraq:Country", "Parliament of Iraq:GovernmentBody", "Vote by Parliament of Iraq, reported 2020-01-03:Event"}},
		{"a state's court by its words", "Iraq's Supreme Judicial Council ruled on the case.", []string{"Iraq:Country", "Supreme Judicial Council:GovernmentBody"}},
		{"a council of a world body", "The UN Security Council met. The Council of Europe and the Gulf Cooperation Council condemned it.", []string{"Council of Europe:Organization", "Gulf Cooperation Council:Organization", "UN Security Council:Organization"}},
		{"a think tank's council", "The Atlantic Council hosted a panel. The Council on Foreign Relations published a paper.", []string{"Atlantic Council:Organization", "Council on Foreign Relations:Organization"}},
		{"a capital a ministry speaks in", "Germany moved troops to Jordan, the defence ministry in Berlin said.", []string{"Berlin:City", "Germany:Country", "Jordan:Country"}},
		{"the CIA by either name", "The CIA briefed lawmakers. The Central Intelligence Agency declined to comment.", []string{"CIA:GovernmentBody"}},
		{"the KRG by its initials", "The KRG's prime minister met Pompeo.", []string{"Kurdistan Regional Government:GovernmentBody"}},
		{"a state's own council", "Iran's Guardian Council approved the candidates.", []string{"Guardian Council:GovernmentBody", "Iran:Country"}},
		{"a group's own council", "Hezbollah's Executive Council met.", []string{"Executive Council:Organization", "Hezbollah:ArmedGroup"}},
		{"a state's society is no board", "Iraq's Red Crescent Society sent tents.", []string{"Iraq:Country", "Red Crescent Society:Organization"}},
		{"a ministry of a force", "An aide at the Ministry of Peshmerga spoke to reporters.", []string{"Ministry of Peshmerga:GovernmentBody"}},
	})
}

// TestWholeNamesOfBodies: a body's name that holds another name is read
// whole, never cut at the name inside it nor split in two.
func TestWholeNamesOfBodies(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a mission named after the country it serves in", "Soldiers of NATO Mission Iraq left Kirkuk.", []string{"Kirkuk:City", "NATO Mission Iraq:Organization"}},
		{"a mission's short name is the mission", "NATO Mission Iraq paused its work. NATO Mission staff left.", []string{"NATO Mission Iraq:Organization"}},
		{"a resistance named for its country", "The Islamic Resistance in Syria claimed the drone attack.", []string{"Islamic Resistance in Syria:ArmedGroup"}},
		{"a resistance in a city is where it is", "The Popular Resistance in Baghdad claimed it.", []string{"Baghdad:City", "Popular Resistance:ArmedGroup"}},
		{"an agency named with its state", "Aid from the US Agency for International Development reached Kirkuk.", []string{"Kirkuk:City", "US Agency for International Development:Organization"}},
	})
}

// TestNonGovernmentalBodies: monitors, charities, think tanks and press
// groups are organisations by their head words ("Watch", "Observatory",
// "Institution", "Endowment", "International") or by a preposition inside
// their names, which no person's name holds; the name runs on through
// "for the" and through "to" into the cause the body works for.
func TestNonGovernmentalBodies(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a watchdog", "Refugee Rights Watch said the camp was shelled.", []string{"Refugee Rights Watch:Organization"}},
		{"a monitor named for what it watches", "The Yemeni Observatory for Civil Liberties counted 14 dead.", []string{"Yemeni Observatory for Civil Liberties:Organization"}},
		{"a charity without borders", "Nurses Without Borders flew a team to Mosul.", []string{"Mosul:City", "Nurses Without Borders:Organization"}},
		{"a charity's name in French", "Pharmaciens Sans Frontières said its depot burned.", []string{"Pharmaciens Sans Frontières:Organization"}},
		{"a name ending in International", "Oxfam International called for a ceasefire.", []string{"Oxfam International:Organization"}},
		{"an International body is no office's portfolio", "Aid came from the International Committee for Displaced Families on Monday.", []string{"International Committee for Displaced Families:Organization"}},
		{"an International body of the", "The International Federation of the Crescent Societies sent tents.", []string{"International Federation of the Crescent Societies:Organization"}},
		{"an institution and an endowment", "The Hartley Institution and the Morrow Endowment for Peace held a panel.", []string{"Hartley Institution:Organization", "Morrow Endowment for Peace:Organization"}},
		{"a head before for the", "The Center for the Study of Armed Groups published a map.", []string{"Center for the Study of Armed Groups:Organization"}},
		{"the head before the postmodifier types it", "The Institute for the Study of War said so.", []string{"Institute for the Study of War:Organization"}},
		{"a cause after to", "The Committee to Protect Reporters condemned the arrest.", []string{"Committee to Protect Reporters:Organization"}},
		{"a known name after to is no cause", "The Global Coalition to Defeat ISIS paused training.", []string{"Global Coalition:Organization", "Islamic State:ArmedGroup"}},
		{"a committee sent to a place", "The Committee travelled to Kirkuk.", []string{"Kirkuk:City"}},
		{"a forum, a programme and a project", "The Displaced Families Forum, the Regional Food Programme and the Border Data Project met.",
			[]string{"Border Data Project:Organization", "Displaced Families Forum:Organization", "Regional Food Programme:Organization"}},
		{"a project's name joined by and", "The Armed Clashes Location and Event Data Project counted 50 attacks.", []string{"Armed Clashes Location and Event Data Project:Organization"}},
		{"a center that speaks", "The Harlow Center said the group was growing.", []string{"Harlow Center:Organization"}},
		{"a center that is a building", "Doctors at the Harlow Medical Center worked all night.", []string{"Harlow Medical Center:Facility"}},
		{"people for a cause opening a sentence", "Nurses for Human Dignity published a report.", []string{"Nurses for Human Dignity:Organization"}},
		{"people for a cause in mid-sentence", "A report by Veterans for Peace was published.", []string{"Veterans for Peace:Organization"}},
		{"fighters of a group opening a sentence", "Fighters of Nujaba crossed the border.", []string{"Harakat al-Nujaba:ArmedGroup"}},
	})
}

// TestPlaceAsGivenName: a person whose given name is a place's is one
// person where the text says so (a title before, a role set off after,
// the surname used alone), and the place stays a place after a
// preposition or with no such sign.
func TestPlaceAsGivenName(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a title before", "Interior Minister Jordan Halabi toured the camp.", []string{"Jordan Halabi:Person"}},
		{"a role set off after", "Israel Rubin, the army spokesman, spoke on Monday.", []string{"Israel Rubin:Person"}},
		{"the surname alone later", "Israel Rubin said the army was ready. Rubin added that it would wait.", []string{"Israel Rubin:Person"}},
		{"the surname's possessive later", "Jordan Halabi toured the camp. Halabi's aides stayed.", []string{"Jordan Halabi:Person"}},
		{"a place after a preposition", "In Israel Rubin said the army was ready. Rubin left.", []string{"Israel:Country", "Rubin:Person"}},
	})
}

// TestShipsByTheirNouns: a new name after a ship's noun, or before an
// apposition that a ship's noun closes, or after a ship's prefix, is the
// ship; a ship's noun that modifies another noun says nothing. A craft's
// noun after a name, past one modifier, makes it a craft.
func TestShipsByTheirNouns(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a noun before", "Gunboats stopped the tanker Sea Lark on Friday.", []string{"Sea Lark:Vehicle"}},
		{"an apposition after", "Rebels fired at the Morning Crane, a container ship, on Monday.", []string{"Morning Crane:Vehicle"}},
		{"an apposition with two modifiers", "The Blue Heron, a Greek-owned bulk carrier, was hit.", []string{"Blue Heron:Vehicle", "Greece:Country"}},
		{"a merchant prefix", "The MV Silver Dawn sank in the strait.", []string{"MV Silver Dawn:Vehicle"}},
		{"a craft's noun past a modifier", "A C-17 cargo plane landed at dawn.", []string{"C-17:Vehicle"}},
		{"a craft's noun after a name with no code", "A Sky Falcon surveillance drone was lost.", []string{"Sky Falcon:Vehicle"}},
		{"fighters after a name are people", "Qassam fighters fired rockets.", nil},
		{"a ship's noun that modifies another", "Omar Haddad, a ship captain, said the port was closed.", []string{"Omar Haddad:Person"}},
	})
}

// TestPlacedBuildingsAndShipReferences: a known embassy's short name
// before another city is another embassy, named with its city, and "the
// embassy" after it is that one; "the vessel" is the ship named before,
// and nothing where none was; "the militant group" the group named
// before, "the other group" none.
func TestPlacedBuildingsAndShipReferences(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"an embassy in another city", "The U.S. Embassy in Amman closed. Militias fired rockets. The embassy said staff were safe.",
			[]string{"U.S. Embassy in Amman=us-embassy-in-amman", "The embassy=us-embassy-in-amman"}},
		{"the known embassy in its own city", "Rockets hit the U.S. Embassy in Baghdad. The embassy said staff were safe.",
			[]string{"Rockets hit=rocket-attack-on-us-embassy-in-baghdad", "U.S. Embassy in Baghdad=us-embassy-baghdad", "The embassy=us-embassy-baghdad"}},
		{"the known embassy in its country's capital", "The U.S. Embassy in Iraq's capital was quiet.",
			[]string{"U.S. Embassy=us-embassy-baghdad", "Iraq=iraq"}},
		{"the militant group", "Hamas fired rockets. The militant group said more would follow.", []string{"Hamas=hamas", "The militant group=hamas"}},
		{"the other group is another", "Hamas fired rockets. The other group said more would follow.", []string{"Hamas=hamas"}},
		{"the vessel", "Gunboats seized the Morning Crane, a container ship. The vessel was taken to Bandar Abbas.",
			[]string{"Morning Crane=morning-crane", "Bandar Abbas=bandar-abbas", "The vessel=morning-crane"}},
		{"no ship named before", "Gunboats fired shots. The ship turned back.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, mentionsOf(t, x, "Title\n\n"+tt.text)); diff != "" {
				t.Errorf("mentions of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestReferencesKeepTheirKind: "the group" is the last group named, never
// a ministry or an army, though each is an organization, and an actor
// before a group named after a preposition.
func TestReferencesKeepTheirKind(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a group", "Kataib Hezbollah fired rockets. The group said it would go on.", []string{"Kataib Hezbollah=kataib-hezbollah", "The group=kataib-hezbollah"}},
		{"no ministry", "The Pentagon struck back. The group said it would respond.", []string{"Pentagon=pentagon"}},
		{"no army", "The Quds Force moved. The group said it would respond.", []string{"Quds Force=quds-force"}},
		{"the actor, not the body it belongs to", "Kataib Hezbollah, a member of the Popular Mobilization Forces, fired rockets. The militia said it would go on.",
			[]string{"Kataib Hezbollah=kataib-hezbollah", "Popular Mobilization Forces=popular-mobilization-forces", "The militia=kataib-hezbollah"}},
		{"the actor of this sentence, not a body named after a preposition", "Kataib Hezbollah split from the Popular Mobilization Forces, and the group said it would go on.",
			[]string{"Kataib Hezbollah=kataib-hezbollah", "Popular Mobilization Forces=popular-mobilization-forces", "the group=kataib-hezbollah"}},
		{"a body after a preposition when no actor fits", "Rockets hit a base used by Kataib Hezbollah. The group said it would go on.",
			[]string{"Kataib Hezbollah=kataib-hezbollah", "The group=kataib-hezbollah"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, mentionsOf(t, x, "Title\n\n"+tt.text)); diff != "" {
				t.Errorf("mentions of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestLowerHeadAfter: a lower-case head word right after a name types it,
// whole words only, "air" only before "base".
func TestLowerHeadAfter(t *testing.T) {
	tests := []struct{ after, want string }{
		{" province, where", "Region"},
		{" military base in the west", "Facility"},
		{"  air base", "Facility"},
		{" air strikes", ""},
		{" garrison.", "Facility"},
		{" basement", ""},
		{", the bloc", ""},
		{" Province", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := lowerHeadAfter(tc.after); got != tc.want {
			t.Errorf("lowerHeadAfter(%q) = %q, want %q", tc.after, got, tc.want)
		}
	}
}

// TestBodyTypesByHeadWord: a body is typed by the head word before its
// "of" when its last word is none, a legislature by "Assembly", the world's
// bodies apart from a state's, and a province named after a province is
// that province. (Sentences of our own in the shapes of Iraqi, Kurdish and
// Iranian outlets' coverage.)
func TestBodyTypesByHeadWord(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a ministry after an acronym", "The KRG Ministry of Interior said flights went on.", []string{"KRG Ministry of Interior:GovernmentBody"}},
		{"a ministry after a demonym", "The Iraqi Ministry of Health counted the wounded.", []string{"Iraqi Ministry of Health:GovernmentBody"}},
		{"a party of a region", "Leaders of the Patriotic Union of Kurdistan met.", []string{"Patriotic Union of Kurdistan:Organization"}},
		{"a state's joint staff", "The Joint Chiefs of Staff met at the White House.", []string{"Joint Chiefs of Staff:MilitaryUnit", "White House:Facility"}},
		{"a legislature by its head word", "The Islamic Consultative Assembly approved the bill.", []string{"Islamic Consultative Assembly:GovernmentBody", "Vote by Islamic Consultative Assembly, reported 2020-01-03:Event"}},
		{"a national assembly", "Kuwait's National Assembly debated the strike.", []string{"Kuwait:Country", "National Assembly:GovernmentBody"}},
		{"the world's assembly", "The UN General Assembly met in New York.", []string{"New York:City", "UN General Assembly:Organization"}},
		{"the world's court", "The International Criminal Court was asked to act.", []string{"International Criminal Court:Organization"}},
		{"a province named after a province", "Rockets fell in Wasit province and in Babil province.", []string{"Babil:Region", "Wasit:Region"}},
	})
}

// TestBodyAndItsPersonApart: a body's name runs on through "of the" after
// its head word, and stops where one of its people's names follows it
// with no title between. (Sentences of our own in the shapes of Iranian
// and Kurdish outlets' English items.)
func TestBodyAndItsPersonApart(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a service and its head", "Head of the Emergency Medical Services Pir-Hossein Kolivand said 56 people died.",
			[]string{"Emergency Medical Services:GovernmentBody", "Pir-Hossein Kolivand:Person"}},
		{"a force and its commander", "Commander of the IRGC Aerospace Force Amir Ali Hajizadeh took responsibility.",
			[]string{"Amir Ali Hajizadeh:Person", "IRGC Aerospace Force:MilitaryUnit"}},
		{"a government and its spokesman", "Spokesman for the Kurdistan Regional Government Jotiar Adil said so.",
			[]string{"Jotiar Adil:Person", "Kurdistan Regional Government:GovernmentBody"}},
		{"a ministry of the", "The Ministry of the Interior said on Sunday that the roads were open.", []string{"Ministry of the Interior:GovernmentBody"}},
		{"an office of the", "The Office of the President denied it.", []string{"Office of the President:GovernmentBody"}},
		{"a titled head set off", "Hadi al-Amiri, the head of the Badr Organization, spoke.", []string{"Badr Organization:ArmedGroup", "Hadi al-Amiri:Person"}},
		{"a place after a facility is no person", "Flights left Erbil International Airport for Baghdad.", []string{"Baghdad:City", "Erbil International Airport:Facility"}},
	})
}

// TestPlacesAndInstitutionsByShape: a strip or a peninsula is a region, a
// name set off before where it lies from somewhere is a place, a "House"
// is an institution even after "at", a centre where a scholar works is
// one too, a known place inside a name that a head word closes is part
// of it, a staff a military body (not the title "Chief of Staff"), and a capital of the region is found where a sentence calls it
// "the capital". Names with no such sign keep the type they had.
// (Sentences of our own in the shapes of wire copy.)
func TestPlacesAndInstitutionsByShape(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a strip after a verb", "Hamas governs the Gaza Strip.", []string{"Gaza Strip:Region", "Hamas:ArmedGroup"}},
		{"a strip after from", "Rockets were fired from the Gaza Strip on Monday.", []string{"Gaza Strip:Region"}},
		{"a peninsula", "Troops crossed the Sinai Peninsula at dawn.", []string{"Sinai Peninsula:Region"}},
		{"a town south of a city", "Militias hold Jurf al-Sakhar, south of Baghdad.", []string{"Baghdad:City", "Jurf al-Sakhar:City"}},
		{"a town some way from a city", "Militias hold Abu Ghraib, 20 km west of Baghdad.", []string{"Abu Ghraib:City", "Baghdad:City"}},
		{"a bearing of a person is no place", "Jurf al-Sakhar, the commander, spoke.", []string{"Jurf al-Sakhar:Person"}},
		{"an institute's House after at", "said Renad Mansour, a researcher at Chatham House in London.", []string{"Chatham House:Organization", "London:City", "Renad Mansour:Person"}},
		{"a House that acts", "Chatham House published a report.", []string{"Chatham House:Organization"}},
		{"the capital and its name", "The Houthis, who control the capital Sanaa, called for revenge.", []string{"Houthis:ArmedGroup", "Sanaa:City"}},
		{"a town after at keeps its type", "The strikes hit a base at Jurf al-Sakhar.", []string{"Jurf al-Sakhar:City"}},
		{"a place inside a centre's name", "said Harith Hasan, a senior fellow at the Carnegie Middle East Center in Beirut.",
			[]string{"Beirut:City", "Carnegie Middle East Center:Organization", "Harith Hasan:Person"}},
		{"a place inside a centre's name that acts", "The Carnegie Middle East Center published a paper.", []string{"Carnegie Middle East Center:Facility"}},
		{"a place inside a museum's name", "Visitors saw the Mosul Dam Museum.", []string{"Mosul Dam Museum:Facility"}},
		{"a place opening an airport's name", "Fighting near Baghdad International Airport stopped.", []string{"Baghdad International Airport:Facility"}},
		{"a place between two names", "Talks joined Qais Khazali Baghdad envoys.", []string{"Baghdad:City", "Qais Khazali:Person"}},
		{"a square is a place", "Protesters filled Baghdad's Tahrir Square again.", []string{"Baghdad:City", "Tahrir Square:Place"}},
		{"a square after in", "Crowds met in Azadi Square on Friday.", []string{"Azadi Square:Place"}},
		{"a general staff", "A statement from the General Staff of the Armed Forces was read.", []string{"General Staff of the Armed Forces:MilitaryUnit"}},
		{"the joint chiefs", "The Joint Chiefs of Staff met.", []string{"Joint Chiefs of Staff:MilitaryUnit"}},
		{"a chief of staff is a title", "Chief of Staff Mick Mulvaney spoke.", []string{"Mick Mulvaney:Person"}},
		{"a chief of staff opening a sentence", "Chief of Staff of the Iranian Armed Forces Major General Mohammad Bagheri spoke.",
			[]string{"Iranian Armed Forces:MilitaryUnit", "Mohammad Bagheri:Person"}},
		{"a secretary of state is a title", "Secretary of State Mike Pompeo spoke.", []string{"Mike Pompeo:Person"}},
		{"a general keeps his title", "General Mark Milley spoke.", []string{"Mark Milley:Person"}},
	})
}

// TestSquaresPlacedByTheirCity: a square a city's or a region's is in
// it; a country's words make no place of another country (no locatedIn
// of Iran in Britain). (Sentences of our own.)
func TestSquaresPlacedByTheirCity(t *testing.T) {
	x := wireExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a city's square", "Protesters filled Baghdad's Tahrir Square again.", []string{"tahrir-square locatedIn baghdad"}},
		{"a country's envoy to another", "Britain's ambassador to Iran was detained.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, typedOf(t, x, tt.text)); diff != "" {
				t.Errorf("statements of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestHeadlineLines: a line the text sets apart with no sentence's end and
// most words capitalised is a headline's, wherever it stands (a subhead, a
// section's label before the title, a link to another story, a title
// block with its byline): its capitals make no names. A line not in title
// case still does.
func TestHeadlineLines(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []struct {
		name, raw string
		want      []string
	}{
		{"a subhead", "Iraq Between Two Patrons\n\nThe vote passed.\n\nA Fragile Balance Sheet\n\nThe central bank holds dollars in New York.",
			[]string{"Iraq:Country", "New York:City"}},
		{"a subhead with a demonym", "Iraq Between Two Patrons\n\nThe vote passed.\n\nThe Kurdish Question\n\nErbil wants the troops to stay.",
			[]string{"Erbil:City", "Iraq:Country"}},
		{"a link to another story", "Iraq Between Two Patrons\n\nThe vote passed.\n\nRelated: Trump Threatens Sanctions Over Troop Vote\n\nThe militias met.",
			[]string{"Iraq:Country"}},
		{"a section's label before the title", "Analysis\n\nIraq Between Two Patrons Faces Sanctions Threat\n\nThe vote passed.",
			[]string{"Iraq:Country"}},
		{"a title block with its byline", "Iraq Between Two Patrons\nBy Hamdi Malik\nJanuary 9, 2020\n\nThe vote passed.",
			[]string{"Iraq:Country"}},
		{"a line in sentence case makes names", "Iraq Between Two Patrons\n\nThe vote passed.\n\nHamdi Malik on what comes next for the country\n\nThe militias met.",
			[]string{"Hamdi Malik:Person", "Iraq:Country"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, articleEntities(t, x, tt.raw)); diff != "" {
				t.Errorf("entities of %q (-want +got):\n%s", tt.raw, diff)
			}
		})
	}
}

// TestOfficeBeforeName: an office written before a person's name ends with
// its portfolio; the name is what follows. A body named by its portfolio
// stays whole.
func TestOfficeBeforeName(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"minister of state for a portfolio", "Minister of State for Foreign Affairs Adel al-Jubeir said the kingdom wanted calm.", []string{"Adel al-Jubeir:Person"}},
		{"minister of a portfolio", "The Minister of Interior Yassin al-Yasiri resigned.", []string{"Resignation by Yassin al-Yasiri, reported 2020-01-03:Event", "Yassin al-Yasiri:Person"}},
		{"a demonym before the office", "Iraqi Minister of Foreign Affairs Mohammed Ali al-Hakim met the envoy.", []string{"Iraq:Country", "Mohammed Ali al-Hakim:Person"}},
		{"two portfolios joined by and", "Secretary of State for Foreign and Commonwealth Affairs Dominic Raab spoke on Monday.", []string{"Dominic Raab:Person"}},
		{"an adjective in the portfolio", "Under Secretary of State for Political Affairs David Hale visited the capital.", []string{"David Hale:Person"}},
		{"the portfolio first", "Veterans Affairs Secretary Robert Wilkie spoke.", []string{"Robert Wilkie:Person"}},
		{"chief of staff", "Chief of Staff Mick Mulvaney declined to comment.", []string{"Mick Mulvaney:Person"}},
		{"must not: a body named by its portfolio", "The Defense Intelligence Agency declined to comment.", []string{"Defense Intelligence Agency:GovernmentBody"}},
		{"must not: a ministry's name", "The Ministry of Foreign Affairs summoned the envoy.", []string{"Ministry of Foreign Affairs:GovernmentBody"}},
		{"must not: a committee's name", "The House Foreign Affairs Committee met.", []string{"House Foreign Affairs Committee:GovernmentBody"}},
	})
}

// TestBodyBeforeItsTitle: a state's body capitalised before the title of
// its officer ("Iraqi Parliament Speaker X") is the state's body, the one
// "the Iraqi parliament" names later; a body with no state before it, or
// a name that only opens with a body's word, is left as it was.
func TestBodyBeforeItsTitle(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a demonym, the body, its officer", "Iraqi Parliament Speaker Mohammed al-Halbousi condemned the strikes as a violation of Iraq's sovereignty.", []string{"Iraq:Country", "Mohammed al-Halbousi:Person", "Parliament of Iraq:GovernmentBody"}},
		{"a possessive state, the body, its officer", "Iran's Parliament Speaker Ali Larijani spoke.", []string{"Ali Larijani:Person", "Iran:Country", "Parliament of Iran:GovernmentBody"}},
		{"must not: no state before the body", "Parliament Speaker Ali Larijani spoke.", []string{"Ali Larijani:Person"}},
		{"must not: a name that opens with the body's word", "Iraqi officials met at Government House in Baghdad.", []string{"Baghdad:City", "Government House:Organization", "Iraq:Country"}},
	})
}

// TestTreatyNames reads the names of charters, treaties, conventions,
// agreements, accords, pacts, protocols and constitutions whole, as
// legislation, even where they open with a known place or body ("the
// United Nations Charter", "the Paris Agreement"): never the place or the
// body alone, never a person. The words alone at a sentence's start or
// before a noun name nothing.
func TestTreatyNames(t *testing.T) { checkNewEntities(t, treatyNameCases) }

var treatyNameCases = []newEntitiesCase{
	{"a charter after a world body's name", "Iran said it acted in self-defence under the United Nations Charter.", []string{"Iran:Country", "United Nations Charter:Legislation"}},
	{"an agreement after a capital's name", "The move breaches the Paris Agreement, European officials said.", []string{"Paris Agreement:Legislation"}},
	{"a treaty of several capitalised words", "Tehran threatened on Monday to leave the Nuclear Non-Proliferation Treaty.", []string{"Iran:Country", "Nuclear Non-Proliferation Treaty:Legislation", "Tehran:City"}},
	{"conventions in the plural", "The Geneva Conventions forbid attacks on cultural sites, the UN said.", []string{"Geneva Conventions:Legislation", "United Nations:Organization"}},
	{"a state's constitution by its demonym", "The Iraqi Constitution guarantees the right to protest.", []string{"Iraqi Constitution:Legislation"}},
	{"accords signed at a building", "The Abraham Accords were signed at the White House.", []string{"Abraham Accords:Legislation", "White House:Facility"}},
	{"a word alone opening a sentence", "Agreement was reached on Sunday, officials said.", nil},
	{"a word before a noun", "Treaty talks resumed in Vienna on Monday.", []string{"Vienna:City"}},
}

// TestKinAndDistrictNames reads a given name set off after an owner's kin
// noun as a person ("Soleimani's daughter, Zeinab,"), and a new name
// before a word for a part of a city as a place ("the Jadriya district"),
// not a town; a name set off after a kin noun no one owns, or a kin noun
// with no name set off, makes no person.
func TestKinAndDistrictNames(t *testing.T) { checkNewEntities(t, kinDistrictCases) }

var kinDistrictCases = []newEntitiesCase{
	{"a daughter's given name, AP style", "KERMAN, Iran (AP) — Soleimani's daughter, Zeinab, told the crowd that families would suffer.", []string{"Associated Press:MediaOutlet", "Iran:Country", "Kerman:City", "Zeinab:Person"}},
	{"a son by his given name", "Khamenei's son, Mojtaba, has long been seen as a possible successor.", []string{"Mojtaba:Person"}},
	{"a widow after a pronoun", "His widow, Maria, spoke to reporters in Kerman on Tuesday.", []string{"Kerman:City", "Maria:Person"}},
	{"a kin noun with no owner", "A brother, Hassan, was never charged, the court said.", nil},
	{"a district in a feature's prose", "Sadr brought thousands of followers to the streets of the Jadriya district on Friday.", []string{"Jadriya:Place"}},
	{"a neighbourhood, British spelling", "Protesters marched through the Karrada neighbourhood of Baghdad.", []string{"Baghdad:City", "Karrada:Place", "March in Karrada, reported 2020-01-03:Event"}},
	{"a quarter after a preposition", "Gunmen opened fire in the Adhamiya quarter late on Monday.", []string{"Adhamiya:Place"}},
}
