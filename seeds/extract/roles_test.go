package extract

import (
	"testing"

	"github.com/kg-analyst/kg/schema"
)

// TestProxiesFiguresAppointees checks roles and backing written in
// appositions and appointments, in a new article's reading: a proxy is
// backed by whoever it is the proxy of (not an ally or a rival), a
// figure in a group is one of its members (not its leader), whom an
// appointment names to lead a body leads it (not the one who names him),
// a head of state or government named after his capital heads its state
// (not a minister, not after a city that is no seat of government), and
// a former title makes no head, leader or member, and groups named as
// examples of X-backed groups are backed by X; a role stated by "is" or
// "was" past an apposition is the subject's.
func TestProxiesFiguresAppointees(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []struct {
		name, text string
		want, not  []string
	}{
		{"a group written as its leader's", "Factions such as the Badr Organization of Hadi al-Amiri backed the march.",
			[]string{"hadi-al-amiri leads badr-organization"}, nil},
		{"a bloc written as its leader's", "The Sairoon alliance of Moqtada al-Sadr won the most seats.",
			[]string{"moqtada-al-sadr leads sairoon"}, nil},
		{"a government written as its head's leads nothing", "The government of Adel Abdul Mahdi resigned, and the supporters of Moqtada al-Sadr left.",
			nil, []string{"adel-abdul-mahdi leads government-of-iraq", "moqtada-al-sadr leads sairoon"}},
		{"a group's members are not its leader's", "Fighters of Kataib Hezbollah guarded the funeral of Abu Mahdi al-Muhandis.",
			nil, []string{"abu-mahdi-al-muhandis leads kataib-hezbollah"}},
		{"an adjective's proxy", "Asaib Ahl al-Haq, an Iranian proxy, holds seats in parliament.",
			[]string{"asaib-ahl-al-haq backedBy iran"}, nil},
		{"a state's proxy", "Kataib Hezbollah, Iran's most powerful proxy in Iraq, denied the attack.",
			[]string{"kataib-hezbollah backedBy iran"}, nil},
		{"a proxy of a state", "Kataib Hezbollah, a proxy of Iran, denied the attack.",
			[]string{"kataib-hezbollah backedBy iran"}, nil},
		{"an ally is no proxy", "Kataib Hezbollah, an Iranian ally, denied the attack.",
			nil, []string{"kataib-hezbollah backedBy iran"}},
		{"a rival of a proxy", "Moqtada al-Sadr, a rival of Iran's proxies, called for calm.",
			nil, []string{"moqtada-al-sadr backedBy iran"}},
		{"a senior figure in a group", "Mohammed Kawtharani, a senior figure in Lebanon's Hezbollah, has taken on a larger role.",
			[]string{"mohammed-kawtharani memberOf hezbollah"}, []string{"mohammed-kawtharani leads hezbollah", "mohammed-kawtharani memberOf lebanon"}},
		{"a member of a group set off", "Abu Ali, a longtime member of Kataib Hezbollah, was wounded.",
			[]string{"abu-ali memberOf kataib-hezbollah"}, nil},
		{"named to lead, past an apposition", "Khamenei named Esmail Qaani, Soleimani's deputy, to lead the Quds Force.",
			[]string{"esmail-qaani leads quds-force"}, []string{"ali-khamenei leads quds-force"}},
		{"appointed to head", "Khamenei appointed Esmail Qaani to head the Quds Force within hours.",
			[]string{"esmail-qaani leads quds-force"}, nil},
		{"vowed to lead is no appointment", "Esmail Qaani vowed to lead the Quds Force against America.",
			nil, []string{"esmail-qaani leads quds-force"}},
		{"a bloc described as the arm of others, led by", "The nomination was backed by the Sairoon bloc, the political wing of the Popular Mobilization Forces led by Hadi al-Amiri, on Sunday.",
			[]string{"hadi-al-amiri leads sairoon"}, []string{"hadi-al-amiri leads popular-mobilization-forces"}},
		{"led by after a clause is no bloc's", "The nomination was backed by the Sairoon bloc, which opposed the militias led by Hadi al-Amiri.",
			nil, []string{"hadi-al-amiri leads sairoon"}},
		{"a head of government in his capital", "In Baghdad, caretaker Prime Minister Adel Abdul Mahdi condemned the strike as an aggression against Iraq.",
			[]string{"adel-abdul-mahdi headOf iraq"}, nil},
		{"a head of state in his capital", "In Tehran, President Hassan Rouhani said Iran would respond.",
			[]string{"hassan-rouhani headOf iran"}, nil},
		{"a minister in a capital heads nothing", "In Baghdad, Defense Secretary Mark Esper met Iraqi officials.",
			nil, []string{"mark-esper headOf iraq"}},
		{"a city that is no capital has no head", "In Kerman, President Hassan Rouhani addressed the mourners.",
			nil, []string{"hassan-rouhani headOf kerman", "hassan-rouhani headOf iran"}},
		{"a title before the name", "Iraqi Prime Minister Adel Abdul Mahdi condemned the strike.",
			[]string{"adel-abdul-mahdi headOf iraq"}, nil},
		{"a former title before the name", "Former Iraqi Prime Minister Nouri al-Maliki met Iranian officials.",
			nil, []string{"nouri-al-maliki headOf iraq"}},
		{"the former title set off before the name", "The former Iraqi prime minister, Nouri al-Maliki, met Iranian officials.",
			nil, []string{"nouri-al-maliki headOf iraq"}},
		{"a former commander's title", "Former Quds Force commander Qasem Soleimani was mourned.",
			nil, []string{"qasem-soleimani leads quds-force"}},
		{"the speaker of a parliament", "Mohammed al-Halbousi, the speaker of the Iraqi parliament, condemned the strikes.",
			[]string{"mohammed-al-halbousi leads parliament-of-iraq"}, nil},
		{"a bloc led by, its head word before the comma", "Lawmakers from the Fatah alliance, led by Hadi al-Amiri, voted for it.",
			[]string{"hadi-al-amiri leads fatah"}, nil},
		{"backed groups such as one", "U.S. officials blamed Iran-backed militias such as Kataib Hezbollah for the rockets.",
			[]string{"kataib-hezbollah backedBy iran"}, nil},
		{"backed groups including two", "U.S. officials blamed Iran-backed militias, including Kataib Hezbollah and Asaib Ahl al-Haq, for the rockets.",
			[]string{"kataib-hezbollah backedBy iran", "asaib-ahl-al-haq backedBy iran"}, nil},
		{"a place among the examples is no group", "Iran-backed militias, including Ain al-Asad, fired rockets.",
			nil, []string{"ain-al-asad-air-base backedBy iran"}},
		{"examples of something else", "Iran-backed militias threatened groups such as the Islamic State.",
			nil, []string{"islamic-state backedBy iran"}},
		{"a deputy by the verb, past an apposition", "Abu Mahdi al-Muhandis, the founder of Kataib Hezbollah, was the deputy chief of the Popular Mobilization Forces.",
			[]string{"abu-mahdi-al-muhandis memberOf popular-mobilization-forces"}, nil},
		{"a head by the verb", "Falih al-Fayyadh is the chairman of the Popular Mobilization Forces.",
			[]string{"falih-al-fayyadh leads popular-mobilization-forces"}, nil},
		{"a former head by the verb", "Nouri al-Maliki was the former leader of the Dawa Party.",
			nil, []string{"nouri-al-maliki leads dawa-party"}},
	} {
		t.Run(tt.name, func(t *testing.T) { wantTyped(t, x, tt.text, tt.want, tt.not) })
	}
}

// bodyTitleCases are a body's titles written before the holder's name
// with nothing or a bracketed acronym between the body and the name, as
// state agencies and wire copy write them, and a deputy "who served as"
// another's.
var bodyTitleCases = []wantNotCase{
	{"a head with no rank, state agency style", "Head of the Emergency Medical Services Pir-Hossein Kolivand said 56 people died.",
		[]string{"pir-hossein-kolivand leads emergency-medical-services"}, nil},
	{"an acronym in brackets and two ranks", "Commander of the Islamic Revolution Guards Corps (IRGC) Major General Hossein Salami vowed revenge.",
		[]string{"hossein-salami leads revolutionary-guards"}, nil},
	{"a secretary past an acronym, no rank", "Secretary of the Supreme National Security Council (SNSC) Ali Shamkhani said 13 scenarios were weighed.",
		[]string{"ali-shamkhani memberOf supreme-national-security-council"}, nil},
	{"lower case inside a wire sentence", "Iran named the commander of the Quds Force Esmail Qaani to its delegation.",
		[]string{"esmail-qaani leads quds-force"}, nil},
	{"a spokesman, no rank", "Spokesman of the Supreme National Security Council Keyvan Khosravi denied it.",
		[]string{"keyvan-khosravi memberOf supreme-national-security-council"}, nil},
	{"a body's delegation stands between", "Head of the Quds Force delegation Esmail Qaani arrived in Baghdad.",
		nil, []string{"esmail-qaani leads quds-force"}},
	{"no role before the body", "Fighters of the Quds Force Esmail Qaani once led were in Syria.",
		nil, []string{"esmail-qaani leads quds-force", "esmail-qaani memberOf quds-force"}},
	{"a deputy who served as a person's", "Esmail Qaani, who had served as Soleimani's deputy for two decades, took over the force.",
		[]string{"esmail-qaani reportsTo qasem-soleimani"}, nil},
	{"a deputy who was a person's, newspaper style", "Esmail Qaani, who was Soleimani's longtime deputy, took over the force on Friday.",
		[]string{"esmail-qaani reportsTo qasem-soleimani"}, nil},
	{"a deputy chief of a body by its possessive", "Abu Mahdi al-Muhandis, who served as the Popular Mobilization Forces' deputy chief, was killed.",
		[]string{"abu-mahdi-al-muhandis memberOf popular-mobilization-forces"}, nil},
	{"who was a person's friend is no deputy", "Esmail Qaani, who was Soleimani's friend for decades, took over the force.",
		nil, []string{"esmail-qaani reportsTo qasem-soleimani"}},
}

func TestBodyTitles(t *testing.T) {
	ks := append(append([]schema.Entity(nil), known...),
		schema.Entity{ID: "revolutionary-guards", Type: "MilitaryUnit", Name: "Islamic Revolutionary Guard Corps", Aliases: []string{"IRGC", "Islamic Revolution Guards Corps"}},
		schema.Entity{ID: "supreme-national-security-council", Type: "GovernmentBody", Name: "Supreme National Security Council", Aliases: []string{"SNSC"}})
	runWantNot(t, New(ks, Options{}), bodyTitleCases)
}

// ownersPartyCases are a person's bloc or party written as his, in
// several outlets' styles, and a person's body that is no party.
var ownersPartyCases = []wantNotCase{
	{"a bloc after the surname, wire style", "Lawmakers from Sadr's Sairoon bloc backed the measure.",
		[]string{"moqtada-al-sadr leads sairoon"}, nil},
	{"an alliance after the full name", "Hadi al-Amiri's Fatah alliance backed the nominee on Saturday.",
		[]string{"hadi-al-amiri leads fatah-alliance"}, nil},
	{"the head word inside the name", "Masoud Barzani's Kurdistan Democratic Party won most seats in the region.",
		[]string{"masoud-barzani leads kurdistan-democratic-party"}, nil},
	{"a list, analytic style", "The protesters rejected Ayad Allawi's Wataniya list as part of the old order.",
		[]string{"ayad-allawi leads wataniya"}, nil},
	{"a government body is no one's party", "Pompeo's State Department issued a travel warning.",
		nil, []string{"mike-pompeo leads state-department"}},
	{"a party not written as a party", "Sadr's Sairoon won the most seats in 2018.",
		nil, []string{"moqtada-al-sadr leads sairoon"}},
}

func TestOwnersParty(t *testing.T) {
	ks := append(append([]schema.Entity(nil), known...),
		schema.Entity{ID: "moqtada-al-sadr", Type: "Person", Name: "Moqtada al-Sadr", Aliases: []string{"Sadr"}},
		schema.Entity{ID: "sairoon", Type: "Organization", Name: "Sairoon"},
		schema.Entity{ID: "hadi-al-amiri", Type: "Person", Name: "Hadi al-Amiri"},
		schema.Entity{ID: "fatah-alliance", Type: "Organization", Name: "Fatah Alliance", Aliases: []string{"Fatah"}},
		schema.Entity{ID: "masoud-barzani", Type: "Person", Name: "Masoud Barzani"},
		schema.Entity{ID: "ayad-allawi", Type: "Person", Name: "Ayad Allawi"},
		schema.Entity{ID: "wataniya", Type: "Organization", Name: "Wataniya"},
		schema.Entity{ID: "mike-pompeo", Type: "Person", Name: "Mike Pompeo", Aliases: []string{"Pompeo"}},
		schema.Entity{ID: "state-department", Type: "GovernmentBody", Name: "State Department"})
	runWantNot(t, New(ks, Options{}), ownersPartyCases)
}

// pastHolderCases are titles set off after a name with "former", "ex" or
// "onetime" before them, in several outlets' styles: a past holder
// leads and heads nothing; one who died in office ("the late") and one
// who held it then ("then") still do, as does a present holder.
var pastHolderCases = []wantNotCase{
	{"a former leader, wire style", "Hadi al-Amiri, former leader of the Badr Organization, spoke in Baghdad on Monday.",
		nil, []string{"hadi-al-amiri leads badr-organization"}},
	{"a former chief with an article, newspaper style", "Mohammed Reda al-Jabri, a former chief of the Popular Mobilization Forces, was detained.",
		nil, []string{"mohammed-reda-al-jabri leads popular-mobilization-forces", "mohammed-reda-al-jabri headOf popular-mobilization-forces"}},
	{"an ex-commander", "Abu Ali, the ex commander of Kataib Hezbollah, was seen in Jurf al-Sakhar.",
		nil, []string{"abu-ali leads kataib-hezbollah"}},
	{"a onetime head, analysis style", "Qais al-Khazali, the onetime head of Asaib Ahl al-Haq, is a power broker in Baghdad.",
		nil, []string{"qais-al-khazali leads asaib-ahl-al-haq"}},
	{"a present leader still leads", "Hadi al-Amiri, leader of the Badr Organization, spoke in Baghdad on Monday.",
		[]string{"hadi-al-amiri leads badr-organization"}, nil},
	{"who died in office still led", "Qasem Soleimani, the late commander of the Quds Force, was buried in Kerman.",
		[]string{"qasem-soleimani leads quds-force"}, nil},
}

func TestPastHolders(t *testing.T) { runWantNot(t, New(known, Options{}), pastHolderCases) }
