package extract

import (
	"context"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds"
)

// known is a small store's worth of entities, spelled as the curated seed
// spells them.
var known = []schema.Entity{
	{ID: "qasem-soleimani", Type: "Person", Name: "Qasem Soleimani", Aliases: []string{"Soleimani"}},
	{ID: "ali-khamenei", Type: "Person", Name: "Ali Khamenei", Aliases: []string{"Khamenei", "Ayatollah Ali Khamenei"}},
	{ID: "donald-trump", Type: "Person", Name: "Donald Trump", Aliases: []string{"Trump", "President Trump"}},
	{ID: "kataib-hezbollah", Type: "ArmedGroup", Name: "Kataib Hezbollah", Aliases: []string{"KH"}},
	{ID: "quds-force", Type: "MilitaryUnit", Name: "Quds Force"},
	{ID: "us-embassy-baghdad", Type: "Facility", Name: "U.S. Embassy in Baghdad", Aliases: []string{"U.S. Embassy", "the embassy"}},
}

// mentionsOf extracts one text and returns "text=id" for every mention.
func mentionsOf(t testing.TB, x *Extractor, text string) []string {
	t.Helper()
	res, err := x.Extract(context.Background(), Input{ID: "t", Raw: text, Date: "2020-01-03"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range res.Mentions {
		out = append(out, m.Text+"="+m.Entity)
	}
	return out
}

func TestMentions(t *testing.T) {
	x := New(known, Options{})
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"transliterations", "Qassem Suleimani met Qassim Soleimani.", []string{"Qassem Suleimani=qasem-soleimani", "Qassim Soleimani=qasem-soleimani"}},
		{"apostrophe and spelling", "Kata'ib Hizballah fired.", []string{"Kata'ib Hizballah=kataib-hezbollah"}},
		{"case and punctuation", "KATAIB-HEZBOLLAH and qasem soleimani.", []string{"KATAIB-HEZBOLLAH=kataib-hezbollah", "qasem soleimani=qasem-soleimani"}},
		{"Hezbollah is not Kataib Hezbollah", "Hezbollah praised Kataib Hezbollah.", []string{"Hezbollah=hezbollah", "Kataib Hezbollah=kataib-hezbollah"}},
		{"titles stripped", "Supreme Leader Ali Khamenei spoke to Mr. Trump.", []string{"Ali Khamenei=ali-khamenei", "Trump=donald-trump"}},
		{"title in alias", "President Trump left.", []string{"President Trump=donald-trump"}},
		{"possessive", "Iran's Qods Force grew.", []string{"Iran=iran", "Qods Force=quds-force"}},
		{"plural of the last word", "Iran's Quds Forces and the Popular Mobilization Force.", []string{"Iran=iran", "Quds Forces=quds-force", "Popular Mobilization Force=popular-mobilization-forces"}},
		{"surname alone", "Soleimani's presence.", []string{"Soleimani=qasem-soleimani"}},
		{"pronoun us is not the U.S.", "They told us the U.S. would act.", []string{"U.S.=united-states"}},
		{"descriptive alias left out", "He walked to the embassy.", nil},
		{"the embassy named before", "Crowds reached the U.S. Embassy in Baghdad. Guards at the embassy fired tear gas.",
			[]string{"U.S. Embassy in Baghdad=us-embassy-baghdad", "the embassy=us-embassy-baghdad"}},
		{"the airport is not the embassy", "Crowds reached the U.S. Embassy in Baghdad. Flights at the airport stopped.",
			[]string{"U.S. Embassy in Baghdad=us-embassy-baghdad"}},
		{"the militia is no country", "Iran fired missiles. The militia denied it.", []string{"Iran=iran"}},
		{"longest match first", "the U.S. Embassy in Baghdad", []string{"U.S. Embassy in Baghdad=us-embassy-baghdad"}},
		{"no match across a comma", "Kataib, Hezbollah", []string{"Hezbollah=hezbollah"}},
		{"demonym", "Iraqi and American officials", []string{"Iraqi=iraq", "American=united-states"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentionsOf(t, x, "Title\n\n"+tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mentions of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// newOf returns "name:type" for every entity the extraction defines.
func newOf(t testing.TB, x *Extractor, text string) []string {
	t.Helper()
	return articleEntities(t, x, "Title\n\n"+text)
}

// articleEntities extracts raw, a whole article, and returns its
// entities as "Name:Type", sorted.
func articleEntities(t testing.TB, x *Extractor, raw string) []string {
	t.Helper()
	res, err := x.Extract(context.Background(), Input{ID: "t", Raw: raw, Date: "2020-01-03"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range res.Document.Entities {
		out = append(out, e.Name+":"+e.Type)
	}
	sort.Strings(out)
	return out
}

func TestNewEntityTypes(t *testing.T) {
	x := New(known, Options{NoWorld: false})
	tests := []struct {
		name string
		text string
		want []string // new entities; World entries the text names count too
	}{
		{"leader of", "Hassan Nasrallah, the leader of the group, spoke.", []string{"Hassan Nasrallah:Person"}},
		{"aircraft model", "An operator mistook the Boeing 737-800 for a cruise missile.", []string{"Boeing 737-800:Vehicle"}},
		{"flight code", "Flight PS752 crashed. Iran admitted shooting down PS752 on Saturday.", []string{"Crash of Flight PS752, reported 2020-01-03:Event", "Flight PS752:Vehicle", "Iran:Country"}},
		{"ship", "The USS Abraham Lincoln sailed into the Gulf.", []string{"Persian Gulf:Region", "USS Abraham Lincoln:Vehicle"}},
		{"an airfield or a plane type is no flight", "Rockets hit the T4 airfield, where a C130 stood.", nil},
		{"title makes a person", "Iraqi Prime Minister Adil Abdul-Mahdi resigned.", []string{"Adil Abdul-Mahdi:Person", "Iraq:Country", "Resignation by Adil Abdul-Mahdi, reported 2020-01-03:Event"}},
		{"general", "Gen. Esmail Qaani took over.", []string{"Esmail Qaani:Person"}},
		{"brigades", "The Saraya Khorasani Brigades claimed it.", []string{"Saraya Khorasani Brigades:ArmedGroup"}},
		{"organization", "The Hikma Organization denied it.", []string{"Hikma Organization:Organization"}},
		{"forces", "The Syrian Democratic Forces advanced.", []string{"Syrian Democratic Forces:MilitaryUnit"}},
		{"air base", "Rockets hit Balad air base on Tuesday.", []string{"Balad Air Base:Facility", "Rocket attack at Balad Air Base, 2019-12-31:Event"}},
		{"title kept before a head word", "Flights left Imam Khomeini International Airport.", []string{"Imam Khomeini International Airport:Facility"}},
		{"province", "Fighting spread in Baghdad and Diyala province.", []string{"Baghdad:City", "Diyala:Region"}},
		{"garrison and outpost", "A drone hit the Zakaria garrison and the Sharqat outpost.", []string{"Sharqat:Facility", "Zakaria:Facility"}},
		{"airport after a known city", "They landed at Baghdad International Airport.", []string{"Baghdad International Airport:Facility"}},
		{"lower-case airport", "A strike near Kirkuk airport.", []string{"Kirkuk airport:Facility"}},
		{"known airport in any case", "A strike near Baghdad airport.", []string{"Baghdad International Airport:Facility"}},
		{"arabic name", "The strike killed Abu Mahdi al-Muhandis.", []string{"Abu Mahdi al-Muhandis:Person"}},
		{"weekday, month, article", "The Tuesday meeting in January was quiet. Moving forward, nothing.", nil},
		{"sentence-initial common word", "Protesters gathered. Thousands marched.", nil},
		{"a subordinating word opening a sentence is no part of a name", "Unless Liwa Zulfiqar Brigades stops, the strikes go on. Once Mustafa Qaani took over, others did too.",
			[]string{"Liwa Zulfiqar Brigades:ArmedGroup", "Mustafa Qaani:Person"}},
		{"sentence-initial name with a role set off", "Haley, the secretary of the council, flew home. Witnesses, the police said, fled.", []string{"Haley:Person"}},
		{"lone capital word", "It was a Catastrophe for everyone.", nil},
		{"flight number", "They boarded Ukraine International Airlines Flight 752 in Tehran.", []string{"Tehran:City", "Ukraine International Airlines Flight 752:Vehicle", "Ukraine International Airlines:Organization"}},
		{"lone word named twice", "They met Zuhair. Later Zuhair left.", []string{"Zuhair:Thing"}},
		{"sentence-initial common word before of", "Fighters of Nujaba moved.", []string{"Harakat al-Nujaba:ArmedGroup"}},
		{"title before, said after", "Pentagon spokesman Jonathan Hoffman said so.", []string{"Jonathan Hoffman:Person", "Pentagon:GovernmentBody"}},
		{"titled name before of", "Sen. Lindsey Graham of South Carolina defended it.", []string{"Lindsey Graham:Person"}},
		{"adjective before a title", "Democratic Sen. Tim Kaine objected.", []string{"Tim Kaine:Person"}},
		{"acronym in brackets", "The Supreme Islamic Council (SIC) said so, and SIC added more.", []string{"Supreme Islamic Council:Organization"}},
		{"British spelling", "The Popular Mobilisation Units moved.", []string{"Popular Mobilization Forces:ArmedGroup"}},
		{"in a town", "He was at his resort in Palm Beach on Sunday.", []string{"Palm Beach:City"}},
		{"group commander said", "Kataib Hezbollah commander Abu Mahdi al-Muhandis said they would respond.", []string{"Abu Mahdi al-Muhandis:Person"}},
		{"killing event", "The killing of Qassem Suleimani shocked Iraq.", []string{"Iraq:Country", "Killing of Qasem Soleimani:Event"}},
		{"strikes as a verb", "Yesterday the U.S. strikes Iraq again.", []string{"Iraq:Country", "United States:Country"}},
		{"strike by a country", "A U.S. drone strike hit the convoy.", []string{"U.S. drone strike:Event", "United States:Country"}},
		{"surname with a particle", "Prime Minister Adel Abdul Mahdi spoke. Abdul Mahdi left.", []string{"Adel Abdul Mahdi:Person"}},
		{"particle opening a sentence", "Moqtada al-Sadr, the cleric, spoke. Sadr left.", []string{"Moqtada al-Sadr:Person"}},
		{"religious and ethnic adjectives", "Shiite lawmakers met. Kurdish and Sunni lawmakers and Shiite clerics left.", nil},
		{"a country's parliament", "Iraq's parliament voted. The Iraqi parliament met. Later parliament adjourned.", []string{"Iraq:Country", "Parliament of Iraq:GovernmentBody", "Vote by Parliament of Iraq, reported 2020-01-03:Event"}},
		{"led coalition", "The U.S.-led coalition paused operations.", []string{"U.S.-led coalition:Organization", "United States:Country"}},
		{"Washington is a city", "In Washington, officials met.", []string{"Washington:City"}},
		{"ordinal unit", "Soldiers from the 82nd Airborne Division left.", []string{"82nd Airborne Division:MilitaryUnit"}},
		{"name ends before and", "The National Transportation Safety Board and Boeing were invited. Boeing agreed to Boeing terms.", []string{"Boeing:Organization", "National Transportation Safety Board:GovernmentBody"}},
		{"given name before a known person", "Foreign Minister Mohammad Qasem Soleimani spoke.", nil},
		{"group noun before a name", "Another militia, Usbat al-Thaireen, said it.", []string{"Usbat al-Thaireen:ArmedGroup"}},
		{"a list with a place", "Troops left Qaim, Qayyarah and Kirkuk.", []string{"Kirkuk:City", "Qayyarah:Place", "al-Qaim:City"}},
		{"a camp claims its name", "Rockets hit Camp Taji. The Taji attack killed two. Taji is north of the city.", []string{"Camp Taji:Facility", "Rocket attack on Camp Taji:Event"}},
		{"no bare parliament for the U.S.", "U.S. officials said parliament would vote. U.S. troops stayed.", []string{"United States:Country"}},
		{"brother with the same surname", "Qais al-Khazali spoke. Al-Khazali and his brother Laith al-Khazali left.", []string{"Laith al-Khazali:Person", "Qais al-Khazali:Person"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newOf(t, x, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("new entities of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// typedOf returns "subject predicate object" for every typed statement.
func typedOf(t testing.TB, x *Extractor, text string) []string {
	t.Helper()
	return statementsOf(t, x, text, false)
}

// statementsOf lists what an extractor states in text but co-mentions:
// typed statements, or, with open, open relations only.
func statementsOf(t testing.TB, x *Extractor, text string, open bool) []string {
	t.Helper()
	res, err := x.Extract(context.Background(), Input{ID: "t", Raw: "Title\n\n" + text, Date: "2020-01-03"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range res.Document.Statements {
		if s.Predicate.Name == MentionedWith.Name || s.Predicate.IsOpen() != open {
			continue
		}
		o := s.Object
		if s.Predicate.IsAttribute() {
			o = s.Value.String()
		}
		out = append(out, s.Subject+" "+s.Predicate.Name+" "+o)
	}
	sort.Strings(out)
	return out
}

func TestPatterns(t *testing.T) {
	x := New(known, Options{})
	xd := New(known, Options{Descriptive: true, Describe: true})
	tests := []typedCase{
		{"apposition leader", x, "Qasem Soleimani, the leader of Iran's elite Quds Force, was seen.", []string{"qasem-soleimani leads quds-force"}},
		{"apposition commander", x, "Hassan Nasrallah, the commander of Hezbollah, spoke.", []string{"hassan-nasrallah leads hezbollah"}},
		{"who led", x, "Soleimani, who led the Quds Force, died.", []string{"qasem-soleimani leads quds-force"}},
		{"head of state by title", x, "Iran's supreme leader, Ayatollah Ali Khamenei, wept.", []string{"ali-khamenei headOf iran"}},
		{"head of government by title", x, "German Chancellor Angela Merkel spoke.", []string{"angela-merkel headOf germany"}},
		{"appointed", x, "Khamenei appointed Gen. Esmail Qaani.", []string{"esmail-qaani reportsTo ali-khamenei"}},
		{"spokesman of", x, "Pentagon spokesman Jonathan Hoffman said so.", []string{"jonathan-hoffman memberOf pentagon"}},
		{"group leader title", x, "Hezbollah leader Hassan Nasrallah spoke.", []string{"hassan-nasrallah leads hezbollah"}},
		{"founding is not leading", x, "Kataib Hezbollah was founded by Abu Mahdi al-Muhandis.", nil},
		{"wing of", x, "The Quds Force is a wing of the Islamic Revolutionary Guard Corps.", []string{"quds-force partOf revolutionary-guards"}},
		{"backed by", xd, "Iranian-backed militias marched.", []string{"iranian-backed-militias backedBy iran", "iranian-backed-militias conducted march-by-iranian-backed-militias-reported-2020-01-03"}},
		{"threatened", x, "Trump threatened Iran via Twitter.", []string{"donald-trump communicatedVia twitter", "donald-trump threatened iran"}},
		{"verb object must follow", x, "Trump ordered the strike after the storming of the U.S. Embassy in Baghdad.", []string{"storming-of-us-embassy-in-baghdad targeted us-embassy-baghdad", "us-embassy-baghdad locatedIn baghdad"}},
		{"passive agent", x, "Soleimani was killed by the United States.", []string{"united-states attacked qasem-soleimani"}},
		{"passive without agent", x, "Four Americans were killed after Libya fell.", nil},
		{"negation", x, "Iran did not attack Iraq.", nil},
		{"denial", x, "Khamenei said that Iran was not involved in the killing of Soleimani.", []string{
			"ali-khamenei deniedInvolvementIn killing-of-qasem-soleimani", // the speaker denies it too
			"iran deniedInvolvementIn killing-of-qasem-soleimani", "killing-of-qasem-soleimani targeted qasem-soleimani", "qasem-soleimani killedIn killing-of-qasem-soleimani"}},
		// A dated event takes the id of its kind and day.
		{"killed in, date", x, "Soleimani was killed in a U.S. drone strike on Friday.", []string{
			`air-strike-2020-01-03 startDate "2020-01-03"^^<http://www.w3.org/2001/XMLSchema#date>`, `qasem-soleimani killedIn air-strike-2020-01-03`, `united-states conducted air-strike-2020-01-03`}},
		{"domain and range checked", x, "Baghdad threatened Iraq.", nil},
		{"city, country", x, "They met in Baghdad, Iraq.", []string{"baghdad locatedIn iraq"}},
		{"he is the last person named", x, "Soleimani landed in Baghdad. He threatened Iraq.", []string{"qasem-soleimani presentAt baghdad", "qasem-soleimani threatened iraq"}},
		{"he without a person", x, "Iran spoke. He threatened Iraq.", nil},
		{"a commander does not head a state", x, "A strike killed Iranian commander Qassem Soleimani.", []string{"qasem-soleimani citizenOf iran", "qasem-soleimani killedIn air-strike-reported-2020-01-03"}},
		{"named the new commander", x, "Esmail Ghaani, Soleimani's deputy, was named the new commander of the Quds Force.", []string{"esmail-ghaani leads quds-force", "esmail-ghaani reportsTo qasem-soleimani"}},
		{"group commander title", x, "Quds Force commander Esmail Ghaani spoke.", []string{"esmail-ghaani leads quds-force"}},
		{"named as behind is no appointment but an accusation", x, "Trump named Esmail Ghaani and Soleimani as the men behind it.", []string{
			"donald-trump accused esmail-ghaani", "donald-trump accused qasem-soleimani"}},
		{"a list of objects ends at its and", x, "Trump named Esmail Ghaani, Soleimani and Khamenei as the men behind it.", []string{
			"donald-trump accused ali-khamenei", "donald-trump accused esmail-ghaani", "donald-trump accused qasem-soleimani"}},
		{"a named man is not accused", x, "Trump named Esmail Ghaani, Soleimani.", nil},
		{"coordinated subjects with the", x, "Iraq and the United States threatened Iran.", []string{"iraq threatened iran", "united-states threatened iran"}},
		{"spokesman for", x, "Mohammed Mohie, a spokesman for Kataib Hezbollah, said so.", []string{"mohammed-mohie memberOf kataib-hezbollah"}},
		{"secretary-general", x, "NATO Secretary-General Jens Stoltenberg spoke.", []string{"jens-stoltenberg leads nato"}},
		{"coordinated subjects", x, "Soleimani and Khamenei were killed in the U.S. drone strike.", []string{
			"ali-khamenei killedIn us-drone-strike", "qasem-soleimani killedIn us-drone-strike", "united-states conducted us-drone-strike"}},
		{"coordinated subjects of a verb", x, "Soleimani and Khamenei threatened Trump.", []string{"ali-khamenei threatened donald-trump", "qasem-soleimani threatened donald-trump"}},
		{"an apposition belongs to the nearest", x, "Soleimani and Khamenei, the leader of Kataib Hezbollah, spoke.", []string{"ali-khamenei leads kataib-hezbollah"}},
		{"nominalisation with its agent", x, "Iraq condemned the killing of Soleimani by the United States.", []string{
			"iraq condemned killing-of-qasem-soleimani", "killing-of-qasem-soleimani targeted qasem-soleimani",
			"qasem-soleimani killedIn killing-of-qasem-soleimani", "united-states attacked qasem-soleimani", "united-states conducted killing-of-qasem-soleimani"}},
		{"a funeral is about, not aimed at", x, "Crowds filled Kerman for the funeral of Qasem Soleimani.", []string{"funeral-of-qasem-soleimani concerns qasem-soleimani"}},
		{"a plan is not an attack", x, "Soleimani was developing plans to attack Iraq.", nil},
		{"a modal is not an act", x, "Iran could strike Iraq.", nil},
		{"threatened to", x, "Iran threatened to strike Iraq.", []string{"iran threatened iraq"}},
		{"the owner is not the object", x, "The United States killed Iran's Soleimani.", []string{"united-states attacked qasem-soleimani"}},
		{"role before the name", x, "A spokesman for Kataib Hezbollah, Mohammed Mohie, said so.", []string{"mohammed-mohie memberOf kataib-hezbollah"}},
		{"nationality adjectives are not targets", x, "The U.S. drone strike killed Iraqi and Iranian commanders.", []string{"united-states conducted us-drone-strike"}},
		{"a nationality adjective is not an actor", x, "Iranian officials threatened Iraq.", nil},
	}
	checkTyped(t, tests)
}

// typedCase is a text and the typed statements an extractor finds in it.
type typedCase struct {
	name string
	x    *Extractor
	text string
	want []string
}

func checkTyped(t *testing.T, tests []typedCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, typedOf(t, tt.x, tt.text)); diff != "" {
				t.Errorf("typed statements of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestPhraseRelations: statements read from phrases rather than from the
// words between two neighbours: places a sentence opens with, titles inside
// names, references, conjuncts, attacks and their targets.
func TestPhraseRelations(t *testing.T) {
	x := New(known, Options{})
	xo := New(append(known[:len(known):len(known)], schema.Entity{ID: "prime-minister-of-iraq", Type: "GovernmentBody", Name: "Prime Minister of Iraq", Aliases: []string{"Iraqi Prime Minister"}}), Options{})
	tests := []typedCase{
		{"led by", x, "Kataib Hezbollah, the militia led by Abu Mahdi al-Muhandis, spoke.", []string{"abu-mahdi-al-muhandis leads kataib-hezbollah"}},
		{"the owner of an attack attacked its target", x, "Iran's rocket attack on the U.S. Embassy wounded no one.", []string{
			"iran attacked us-embassy-baghdad", "iran conducted rocket-attack-on-us-embassy-in-baghdad", "rocket-attack-on-us-embassy-in-baghdad targeted us-embassy-baghdad"}},
		{"a rule's object and its conjunct", x, "The U.S. drone strike on sites in Baghdad and Karbala killed no one.", []string{
			"united-states conducted us-drone-strike", "us-drone-strike locatedIn baghdad", "us-drone-strike locatedIn karbala"}},
		{"the office a store knows, then its holder", xo, "Iraqi Prime Minister Qasem Soleimani spoke.", []string{"qasem-soleimani headOf iraq"}},
		{"a denied blame blames no one", x, "Washington has not blamed Kataib Hezbollah for the U.S. drone strike.", []string{"united-states conducted us-drone-strike"}},
		{"a rejection opposes", x, "Kataib Hezbollah rejected Trump.", []string{"kataib-hezbollah opposed donald-trump"}},
		{"a facility named with its city", x, "Protesters stormed the U.S. Embassy in Baghdad.", []string{"siege-at-us-embassy-in-baghdad-reported-2020-01-03 targeted us-embassy-baghdad", "us-embassy-baghdad locatedIn baghdad"}},
		{"a head's title inside the name", x, "Iran's Supreme Leader Ayatollah Ali Khamenei vowed revenge.", []string{"ali-khamenei headOf iran"}},
		{"a reference is what it stands for", x, "Kataib Hezbollah held a rally. Trump threatened the group.", []string{"donald-trump threatened kataib-hezbollah"}},
		{"the place a statement opens with", x, "In Baghdad, Ayatollah Ali Khamenei urged restraint.", []string{"ali-khamenei presentAt baghdad"}},
		{"a place inside the sentence is not where the speaker is", x, "In a sermon read by his representative in Baghdad, Khamenei urged restraint.", nil},
		{"the verb after an owner's description", x, "Qasem Soleimani, Iran's top general, threatened Iraq.", []string{"qasem-soleimani threatened iraq"}},
		{"an attack's agent attacked its target", x, "The U.S. drone strike hit Kataib Hezbollah.", []string{
			"united-states attacked kataib-hezbollah", "united-states conducted us-drone-strike", "us-drone-strike targeted kataib-hezbollah"}},
		{"a place phrase after an attack's target is the target's", x, "Iran's rocket attack on Baghdad International Airport in Iraq wounded no one.", []string{
			"baghdad-international-airport locatedIn iraq", "iran attacked baghdad-international-airport",
			"iran conducted rocket-attack-on-baghdad-international-airport", "rocket-attack-on-baghdad-international-airport targeted baghdad-international-airport"}},
		{"rules read through an X-backed name", x, "The U.S. drone strike against five facilities of the Iran-backed Kataib Hezbollah militia killed no one.", []string{
			"kataib-hezbollah backedBy iran", "united-states attacked kataib-hezbollah", "united-states conducted us-drone-strike", "us-drone-strike targeted kataib-hezbollah"}},
		{"a body named after its owner", x, "Members of the UN Security Council met on Friday.", []string{"un-security-council partOf united-nations"}},
		{"a name inside a name is no owner of an outlet", x, "The UN News service said so.", nil},
		{"a demonym in an apposition is a citizenship", x, "Qasem Soleimani, an Iraqi-born American interpreter, spoke.", []string{"qasem-soleimani citizenOf united-states"}},
		{"a demonym in an apposition is no actor", x, "Qasem Soleimani, an American interpreter, attacked Iraq.", []string{
			"qasem-soleimani attacked iraq", // the name the description is set off after acts
			"qasem-soleimani citizenOf united-states"}},
		{"a strike not launched", x, "Iran has not launched the U.S. drone strike.", []string{"united-states conducted us-drone-strike"}},
		{"a warning of what troops will do threatens no one", x, "Qasem Soleimani warned that U.S. troops would respond.", nil},
		{"a denied crime accuses no one", x, "Trump said the United States had not committed a crime.", nil},
		{"named as a commander is no accusation", x, "Khamenei named Esmail Ghaani as the new commander.", nil},
		{"a rejected charge accuses no one but whose charge it is", x, "Khamenei rejected U.S. claims that Kataib Hezbollah was behind the siege.", []string{"united-states accused kataib-hezbollah"}},
		{"a dismissed charge accuses no one", x, "Khamenei dismissed the charge that Kataib Hezbollah was responsible.", nil},
		{"a firing denied has no target", x, "Kataib Hezbollah denied firing rockets at Camp Taji.", nil},
		{"a firing negated is no strike", x, "Kataib Hezbollah did not fire rockets at Camp Taji.", nil},
		{"a firing planned is no strike", x, "Kataib Hezbollah plans to fire rockets at Camp Taji.", nil},
		{"a firing done is a strike", x, "Kataib Hezbollah fired rockets at Camp Taji.", []string{
			"kataib-hezbollah attacked camp-taji", "kataib-hezbollah conducted rocket-attack-by-kataib-hezbollah",
			"rocket-attack-by-kataib-hezbollah locatedIn camp-taji", "rocket-attack-by-kataib-hezbollah targeted camp-taji"}},
		{"a place phrase is not the subject", x, "A U.S. drone strike near Baghdad killed Iranian commander Qasem Soleimani.", []string{
			"qasem-soleimani citizenOf iran", "qasem-soleimani killedIn us-drone-strike", "united-states conducted us-drone-strike", "us-drone-strike locatedIn baghdad"}},
	}
	checkTyped(t, tests)
}

// TestOpenRelations: where no rule or verb says how two neighbours are
// linked, a verb phrase between them does; reporting verbs (but for
// "said that" of a reported clause's subject), passives, modals, noun
// phrases and nationality adjectives do not.
func TestOpenRelations(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"verb and preposition", "Kataib Hezbollah withdrew from Baghdad.", []string{"kataib-hezbollah says/withdrew-from baghdad"}},
		{"verb to verb", "Khamenei pledged to avenge Soleimani.", []string{"ali-khamenei says/pledged-to-avenge qasem-soleimani"}},
		{"irregular verb", "Trump met with Khamenei.", []string{"donald-trump says/met-with ali-khamenei"}},
		{"a typed verb is not open", "Trump threatened Iran.", nil},
		{"reporting verb: what the speaker said of the clause's subject", "Trump said Iran would pay.", []string{"donald-trump says/said-that iran"}},
		{"a reporting verb's object says nothing", "Trump told Iran to pay.", nil},
		{"passive without agent", "Four Americans were killed after Libya fell.", nil},
		{"a noun phrase between", "Trump ordered the strike after the storming of the U.S. Embassy in Baghdad.", nil},
		{"a modal", "Iran could reach Iraq.", nil},
		{"a place does not act", "Baghdad welcomed Iraq.", nil},
		{"a nationality adjective does not act", "Iranian officials visited Iraq.", nil},
		{"words and an object before the preposition", "Kataib Hezbollah held prayers at the U.S. Embassy.", []string{"kataib-hezbollah says/held-prayers-at us-embassy-baghdad"}},
		{"the title of the person met", "Trump met Iraqi Defense Minister Qasem Soleimani.", []string{"donald-trump says/met qasem-soleimani", "qasem-soleimani says/defense-minister-of iraq"}},
		{"an office the schema has no predicate for", "Iran's Foreign Minister Ali Khamenei spoke, and U.S. Secretary of State Donald Trump replied.", []string{
			"ali-khamenei says/foreign-minister-of iran", "donald-trump says/secretary-of-state-of united-states"}},
		{"an office named in capitals after of", "Iran's Minister of Foreign Affairs Ali Khamenei spoke.", []string{"ali-khamenei says/minister-of-foreign-affairs-of iran"}},
		{"a long office, one capitalised name", "Iran's Minister of State for Foreign Affairs Ali Khamenei spoke.", []string{"ali-khamenei says/minister-of-state-for-foreign-affairs-of iran"}},
		{"more than four words that are no one office's name", "Iran's top adviser and regional envoy now Ali Khamenei spoke.", nil},
		{"a dateline owns no one", "BAGHDAD (AP) - Shiite cleric Ali Khamenei spoke.", nil},
		{"a relative clause", "Khamenei, who succeeded Trump, spoke.", []string{"ali-khamenei says/succeeded donald-trump"}},
		{"a verb phrase past a place", "Trump and Secretary of State Khamenei flew to Baghdad on Sunday to brief General Soleimani.", []string{
			"ali-khamenei says/flew-to-brief qasem-soleimani", "donald-trump says/flew-to-brief qasem-soleimani"}},
		{"no verb phrase across a clause", "Trump flew to Baghdad and said he wanted to brief Soleimani.", nil},
		{"coordinated objects with their titles", "Trump spoke with General Qasem Soleimani and Supreme Leader Ali Khamenei.", []string{
			"donald-trump says/spoke-with ali-khamenei", "donald-trump says/spoke-with qasem-soleimani"}},
		{"an apposition closed by commas", "The new Quds Force commander, Soleimani, greeted Khamenei.", []string{"qasem-soleimani says/greeted ali-khamenei"}},
		{"a participle's object does not act", "The Quds Force fighting Kataib Hezbollah hosted Trump.", []string{"quds-force says/hosted donald-trump"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, statementsOf(t, x, tt.text, true)); diff != "" {
				t.Errorf("open relations of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestClaims: a sentence names who says it.
func TestClaims(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"according to", "Iran fired missiles, according to Kataib Hezbollah.", []string{"kataib-hezbollah"}},
		{"X said", "Trump said Iran would pay.", []string{"donald-trump"}},
		{"said at the end", "Iran would pay, Khamenei said.", []string{"ali-khamenei"}},
		{"said X", "Iran would pay, said Khamenei.", []string{"ali-khamenei"}},
		{"after an apposition", "Soleimani, the leader of the Quds Force, said Iran would win.", []string{"qasem-soleimani"}},
		{"a statement from", "Iran would pay, a statement from Kataib Hezbollah said.", []string{"kataib-hezbollah"}},
		{"a statement from a group named before", "Fighters of Kataib Hezbollah died, according to a statement from the militia.", []string{"kataib-hezbollah"}},
		{"no source", "Iran fired missiles at Iraq.", nil},
		{"not the object of a preposition", "The coalition against Kataib Hezbollah said it was ready.", nil},
		{"a city that is no capital says nothing", "Iran fired missiles, Basra said.", nil},
		{"a capital speaks for its state", "Iran fired missiles, Baghdad said.", []string{"iraq"}},
		{"a capital in a reported clause", "Khamenei said Tehran had warned Baghdad.", []string{"ali-khamenei"}},
		{"a list of speakers", "Britain, France and Germany urged Iran to stop.", []string{"germany", "france", "united-kingdom"}},
		{"a capital denies", "Tehran denied any role in the attack.", []string{"iran"}},
		{"a capital after a comma and", "Soleimani led the force, and Washington blamed him for the attacks.", []string{"united-states"}},
		{"blamed by a capital", "Kataib Hezbollah has been blamed by Washington for the attacks.", []string{"united-states"}},
		{"condemned by", "The raids were condemned by Khamenei on Sunday.", []string{"ali-khamenei"}},
		{"a possessive in the apposition", "Soleimani, Iran's top commander, condemned the raids.", []string{"qasem-soleimani"}},
		{"who said", "Trump, who said he had ordered the strike, called it a success.", []string{"donald-trump"}},
		{"according to a role, then the name", "Fighters died, according to Iran's foreign minister, Javad Zarif.", []string{"javad-zarif"}},
		{"a participle after the act", "The Pentagon struck five sites, accusing Kataib Hezbollah of the attack.", []string{"pentagon"}},
		{"a group in apposition to a description", "Another militia, Kataib Hezbollah, said it fired the rockets.", []string{"kataib-hezbollah"}},
		{"a senator of a state", "Senator Tim Kaine of Virginia said the Senate would vote.", []string{"tim-kaine"}},
		{"an office speaks for its holder", "Khamenei's office said the funeral would be held on Monday.", []string{"ali-khamenei"}},
		{"in a statement, X said", "In a statement, Kataib Hezbollah said it would respond.", []string{"kataib-hezbollah"}},
		{"officials of a state", "U.S. officials said the strike killed 25 fighters.", []string{"united-states"}},
		{"unnamed officials", "Officials said the strike killed 25 fighters.", nil},
		{"a quote carried to the next sentence", "\"We will respond,\" Khamenei said. \"The Americans will regret it.\"", []string{"ali-khamenei", "ali-khamenei"}},
		{"he added", "Khamenei spoke in Tehran. \"They will regret it,\" he added.", []string{"ali-khamenei"}},
		{"a name in apposition to a role", "A spokesman for Kataib Hezbollah, Mohammed Mohi, told Reuters the group would respond.", []string{"mohammed-mohi"}},
		{"a long apposition", "Hadi al-Amiri, the leader of the bloc that holds the most seats in parliament, told reporters Iraq would decide.", []string{"hadi-al-amiri"}},
		{"an adverb before the verb", "Soleimani, the leader of the Quds Force, later said Iran would win.", []string{"qasem-soleimani"}},
		{"stance verbs", "Khamenei vowed harsh revenge.", []string{"ali-khamenei"}},
		{"two speakers", "Trump and Iraqi Prime Minister Adil Abdul-Mahdi called for calm.", []string{"adil-abdul-mahdi", "donald-trump"}},
		{"according to two", "Fighters died, according to Kataib Hezbollah and the Pentagon.", []string{"kataib-hezbollah", "pentagon"}},
		{"he said", "Khamenei spoke in Tehran. Iran would respond, he said.", []string{"ali-khamenei"}},
		{"of a place", "Soleimani of Iran said the strike failed.", []string{"qasem-soleimani"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sourcesOf(t, x, tt.text)); diff != "" {
				t.Errorf("sources of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestCoMentions(t *testing.T) {
	x := New(known, Options{})
	res, err := x.Extract(context.Background(), Input{ID: "t", Raw: "Title\n\nCrowds in Iran and Iraq mourned. Flags flew in Iraq and Iran. Soleimani left."})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Document.Statements {
		if s.Predicate.Name == MentionedWith.Name {
			got = append(got, s.Subject+" "+s.Object+" s"+itoa(s.Sentence))
		}
	}
	// One statement per pair and sentence: two sentences, two evidence
	// labels, weight two. (Sentences that say how the two are linked,
	// "Iran and Iraq met", write none: TestFallbackCoMentions.)
	want := []string{"iran iraq s1", "iran iraq s2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("co-mentions (-want +got):\n%s", diff)
	}
	if err := res.Document.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestFindDates(t *testing.T) {
	ref, _ := timeParse("2020-01-03")
	tests := []struct {
		text string
		want []string
	}{
		{"on January 3, 2020 it happened", []string{"2020-01-03"}},
		{"on 3 January 2020", []string{"2020-01-03"}},
		{"on Dec. 31", []string{"2019-12-31"}},
		{"early on Friday", []string{"2020-01-03"}},
		{"on Tuesday", []string{"2019-12-31"}},
		{"in 2014", nil},
		{"on February 30, 2020", nil},
	}
	for _, tt := range tests {
		got, _ := findDates(tt.text, ref)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("findDates(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestSpellingVariants(t *testing.T) {
	x := New(append([]schema.Entity{{ID: "adil-abdul-mahdi", Type: "Person", Name: "Adil Abdul-Mahdi"}}, known...), Options{})
	got := mentionsOf(t, x, "T\n\nAdel Abdul-Mahdi met the Popular Mobilisation Units.")
	want := []string{"Adel Abdul-Mahdi=adil-abdul-mahdi", "Popular Mobilisation Units=popular-mobilization-forces"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

func TestSurnames(t *testing.T) {
	for name, want := range map[string][]string{
		"Qasem Soleimani": {"soleimani"}, "Adil Abdul-Mahdi": {"abdul mahdi"}, "Abu Mahdi al-Muhandis": {"muhandis"},
		"Trump": nil, "Mohammad Javad Zarif": {"zarif"},
	} {
		if diff := cmp.Diff(want, surnames(name)); diff != "" {
			t.Errorf("surnames(%q) (-want +got):\n%s", name, diff)
		}
	}
	x := New(known, Options{})
	got := mentionsOf(t, x, "T\n\nIraqi Prime Minister Adil Abdul-Mahdi resigned. Abdul-Mahdi left. Mahdi stayed.")
	want := []string{"Iraqi=iraq", "Adil Abdul-Mahdi=adil-abdul-mahdi", "resigned=resignation-by-adil-abdul-mahdi-reported-2020-01-03", "Abdul-Mahdi=adil-abdul-mahdi"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Abu Mahdi al-Muhandis": "abu-mahdi-al-muhandis", "U.S. drone strike": "us-drone-strike", "Kata'ib Hizbollah": "kataib-hizbollah",
		"Qāsem Soleimānī": "qasem-soleimani", "!!!": "", "  ": "",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUnseenArticle reads an article written for this test, about the
// killing of Soleimani, against the curated seed entities.
func TestUnseenArticle(t *testing.T) {
	raw, err := os.ReadFile("testdata/dev/soleimani-killed-2020.txt")
	if err != nil {
		t.Fatal(err)
	}
	set, err := seeds.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	x := New(set.Entities(), Options{})
	res, err := x.Extract(context.Background(), Input{ID: "unseen", Raw: string(raw), Date: "2020-01-03"})
	if err != nil {
		t.Fatal(err)
	}
	// Known entities resolve under other spellings.
	byText := map[string]string{}
	for _, m := range res.Mentions {
		byText[m.Text] = m.Entity
	}
	for text, id := range map[string]string{
		"Qassem Suleimani": "qasem-soleimani", "Suleimani": "qasem-soleimani", "Qods Force": "quds-force",
		"Kata'ib Hizbollah": "kataib-hezbollah", "Kataib Hezbollah": "kataib-hezbollah", "Ali Khamenei": "ali-khamenei",
		"Donald Trump": "donald-trump", "Trump": "donald-trump", "Hezbollah": "hezbollah", "Washington": "washington",
		"Iraqi Prime Minister": "prime-minister-of-iraq", "K-1 Air Base": "k1-air-base",
	} {
		if got := byText[text]; got != id {
			t.Errorf("%q resolved to %q, want %q", text, got, id)
		}
	}
	// New entities are real names.
	var names []string
	for _, e := range res.Document.Entities {
		names = append(names, e.Name)
	}
	sort.Strings(names)
	// "On Tuesday, Iran fired ballistic missiles at Ain al-Asad air base":
	// the sentence's opening day dates it, read against the date this test
	// gives the article (eventfronted.go).
	want := []string{"Abu Mahdi al-Muhandis", "Adil Abdul-Mahdi", "Ain al-Asad Air Base", "Air strike by United States at Baghdad International Airport, 2020-01-03", "Anbar",
		"Baghdad International Airport", "Hassan Nasrallah", "Hezbollah", "Kirkuk Province", "Missile strike by Iran at Ain al-Asad Air Base, 2019-12-31", "Pentagon", "Popular Mobilization Forces", "Washington"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("new entities (-want +got):\n%s", diff)
	}
	// The stated connections are within two hops.
	adj := map[string]map[string]bool{}
	for _, s := range res.Document.Statements {
		if s.Predicate.IsAttribute() {
			continue
		}
		for _, p := range [][2]string{{s.Subject, s.Object}, {s.Object, s.Subject}} {
			if adj[p[0]] == nil {
				adj[p[0]] = map[string]bool{}
			}
			adj[p[0]][p[1]] = true
		}
	}
	for _, p := range [][2]string{
		{"qasem-soleimani", "quds-force"}, {"qasem-soleimani", "air-strike-2020-01-03"}, {"air-strike-2020-01-03", "baghdad-international-airport"},
		{"united-states", "air-strike-2020-01-03"}, {"abu-mahdi-al-muhandis", "kataib-hezbollah"}, {"abu-mahdi-al-muhandis", "popular-mobilization-forces"},
		{"donald-trump", "embassy-storming"}, {"hassan-nasrallah", "hezbollah"}, {"adil-abdul-mahdi", "air-strike-2020-01-03"}, // the killing of Suleimani is that strike
		{"kataib-hezbollah", "rocket-attack-k1"}, {"iran", "ain-al-asad-air-base"}, {"ain-al-asad-air-base", "anbar"},
	} {
		if !adj[p[0]][p[1]] && !twoHops(adj, p[0], p[1]) {
			t.Errorf("%s and %s are not within two hops", p[0], p[1])
		}
	}
}

func TestDeterministic(t *testing.T) {
	raw, err := os.ReadFile("../us-embassy-baghdad-2019.txt")
	if err != nil {
		t.Fatal(err)
	}
	x := New(known, Options{})
	var first []schema.Statement
	for i := 0; i < 3; i++ {
		res, err := x.Extract(context.Background(), Input{ID: "seed", Raw: string(raw), Date: "2019-12-31"})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = res.Document.Statements
			continue
		}
		if diff := cmp.Diff(first, res.Document.Statements, cmp.Comparer(func(a, b schema.Statement) bool {
			return a.Subject == b.Subject && a.Predicate.Name == b.Predicate.Name && a.Object == b.Object && a.Sentence == b.Sentence && a.Confidence == b.Confidence
		})); diff != "" {
			t.Fatalf("run %d differs (-first +now):\n%s", i, diff)
		}
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(known, Options{}).Extract(ctx, Input{ID: "t", Raw: "Title\n\nIran spoke."})
	if err == nil || !strings.Contains(err.Error(), "canceled") {
		t.Errorf("Extract on a cancelled context: %v", err)
	}
}

func TestMergeCuratedWins(t *testing.T) {
	set, err := seeds.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := SeedDocuments(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	curated, err := set.Documents()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != len(curated) {
		t.Fatalf("%d documents, want %d", len(docs), len(curated))
	}
	for i, d := range docs {
		// Every curated statement is there, first and unchanged.
		if diff := cmp.Diff(len(curated[i].Statements), countOrigin(d, schema.Curated)); diff != "" {
			t.Errorf("curated statements: %s", diff)
		}
		pairs := NewCurated(curated[i : i+1])
		for _, st := range d.Statements {
			if st.Origin == schema.Extracted && pairs.Wins(st, true) {
				t.Errorf("extracted %s %s %s overrides a curated statement", st.Subject, st.Predicate.Name, st.Object)
			}
		}
		if err := d.Validate(); err != nil {
			t.Errorf("validate: %v", err)
		}
	}
}

func countOrigin(d schema.Document, origin string) int {
	n := 0
	for _, st := range d.Statements {
		if st.Origin == origin {
			n++
		}
	}
	return n
}

// TestSecondUnseenArticle reads another article written for this test,
// about Iran's missile strikes of 8 January 2020, after the first.
func TestSecondUnseenArticle(t *testing.T) {
	set, err := seeds.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	known := set.Entities()
	var all []schema.Entity
	var facts []schema.Statement // what the store holds after the first, as kg ingest passes it
	for _, name := range []string{"soleimani-killed-2020.txt", "ain-al-asad-2020.txt"} {
		raw, err := os.ReadFile("testdata/dev/" + name)
		if err != nil {
			t.Fatal(err)
		}
		x := New(known, Options{Facts: facts})
		res, err := x.Extract(context.Background(), Input{ID: name, Raw: string(raw), Date: "2020-01-08"})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Document.Entities {
			known = append(known, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
		}
		facts = append(facts, res.Document.Statements...)
		all = nil
		for _, e := range res.Document.Entities {
			all = append(all, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name})
		}
		if name != "ain-al-asad-2020.txt" {
			continue
		}
		byText := map[string]string{}
		for _, m := range res.Mentions {
			byText[m.Text] = m.Entity
		}
		for text, id := range map[string]string{
			"Qasem Soleimani": "qasem-soleimani", "Al Asad Air Base": "ain-al-asad-air-base", "Hashd al-Shaabi": "popular-mobilization-forces",
			"Kata'ib Hezbollah": "kataib-hezbollah", "Abu Mahdi al-Muhandis": "abu-mahdi-al-muhandis", "Anbar province": "anbar",
			"Islamic Revolutionary Guard Corps": "revolutionary-guards", "President Trump": "donald-trump",
		} {
			if got := byText[text]; got != id {
				t.Errorf("%q resolved to %q, want %q", text, got, id)
			}
		}
	}
	var names []string
	for _, e := range all {
		names = append(names, e.Name+":"+e.Type)
	}
	sort.Strings(names)
	// "Iran launched ... ballistic missiles at two Iraqi bases ... early on
	// Wednesday": the strike the first article dated by its "On Tuesday",
	// Washington's day, a day earlier across time zones (adjacentStored).
	want := []string{"Erbil:City", "Esmail Ghaani:Person", "Imam Khomeini International Airport:Facility", "Mike Pompeo:Person",
		"Missile strike by Iran at Ain al-Asad Air Base, 2020-01-07:Event", "Mohammad Javad Zarif:Person", "Parliament of Iraq:GovernmentBody", "Tehran:City", "Ukraine International Airlines Flight 752:Vehicle", "Ukraine International Airlines:Organization",
		"Vote by Parliament of Iraq, 2020-01-05:Event"} // "Iraq's parliament voted on Sunday"
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("new entities (-want +got):\n%s", diff)
	}
}

// TestCuratedWinsInAnotherDocument: in a new document, a statement that
// says what a curated one says is new evidence and stays, and so does
// another predicate on a curated pair; a one-way relation that turns a
// curated one around gives way; co-mentions stay. In the curated document itself any
// other statement about a curated pair gives way.
func TestCuratedWinsInAnotherDocument(t *testing.T) {
	curated := NewCurated([]schema.Document{{ID: "seed", Statements: []schema.Statement{
		{Subject: "united-states", Predicate: schema.Predicate{Name: "attacked"}, Object: "kataib-hezbollah", Evidence: schema.Evidence{Origin: schema.Curated}},
		{Subject: "kataib-hezbollah", Predicate: schema.Predicate{Name: "partOf"}, Object: "iraqi-militias", Evidence: schema.Evidence{Origin: schema.Curated}},
	}}})
	tests := []struct {
		subj, pred, obj string
		sameDoc, want   bool
	}{
		{"united-states", "attacked", "kataib-hezbollah", false, false},
		{"united-states", "attacked", "kataib-hezbollah", true, true},
		{"united-states", "accused", "kataib-hezbollah", false, false},
		{"kataib-hezbollah", "accused", "united-states", false, false},
		{"united-states", "accused", "kataib-hezbollah", true, true},
		{"kataib-hezbollah", "attacked", "united-states", false, false}, // two may attack each other
		{"kataib-hezbollah", "attacked", "united-states", true, true},
		{"kataib-hezbollah", "partOf", "iraqi-militias", false, false},
		{"iraqi-militias", "partOf", "kataib-hezbollah", false, true}, // a part is not its whole's whole
		{"iraqi-militias", "backedBy", "kataib-hezbollah", false, false},
		{"united-states", MentionedWith.Name, "kataib-hezbollah", false, false},
		{"iran", "attacked", "kataib-hezbollah", false, false},
	}
	for _, tc := range tests {
		st := schema.Statement{Subject: tc.subj, Predicate: schema.Predicate{Name: tc.pred}, Object: tc.obj, Evidence: schema.Evidence{Origin: schema.Extracted}}
		if got := curated.Wins(st, tc.sameDoc); got != tc.want {
			t.Errorf("Wins(%s %s %s, sameDoc %v) = %v, want %v", tc.subj, tc.pred, tc.obj, tc.sameDoc, got, tc.want)
		}
	}
}

// TestGroupNamedWithNoun: a known group's name with "movement", "party",
// "alliance" or "bloc" after it is another name of the group, kept
// with the World entry the document introduces; a noun its name has
// already, a capitalised word, a militia and a country add none.
// (Sentences of our own.)
func TestGroupNamedWithNoun(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []struct {
		name, text string
		id         string
		want       []string // the names the document gives entity id beyond its World entry's
	}{
		{"a movement", "The Houthi movement in Yemen called for revenge.", "houthis", []string{"Houthi movement"}},
		{"a movement said twice", "The Houthi movement spoke. Later the Houthi movement marched.", "houthis", []string{"Houthi movement"}},
		{"a capitalised word after it", "The Houthi Movement spoke.", "houthis", nil},
		{"a militia is a description", "The Houthi militia spoke.", "houthis", nil},
		{"a country's party is no group's", "Iran party officials spoke.", "iran", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Input{ID: "t", Raw: "Title\n\n" + tt.text, Date: "2020-01-03"})
			if err != nil {
				t.Fatal(err)
			}
			world := map[string][]string{}
			for _, e := range World() {
				world[e.ID] = e.Aliases
			}
			var got []string
			for _, e := range res.Document.Entities {
				if e.ID == tt.id {
					got = e.Aliases[len(world[e.ID]):]
				}
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("names of %s in %q (-want +got):\n%s", tt.id, tt.text, diff)
			}
		})
	}
}

// reportingVerbCases are the reporting verbs of news beyond "said":
// each names its subject as the sentence's source; a verb that reports
// only with "that" after it ("recalled its ambassador") names no one.
var reportingVerbCases = []sourceCase{
	{"disclosed that", "The Pentagon disclosed that 34 troops had been hurt.", []string{"pentagon"}},
	{"revealed after an apposition", "Soleimani, the Quds Force commander, revealed that Iran had armed the militias.", []string{"qasem-soleimani"}},
	{"stressed, wire style", "Khamenei stressed Iran would not negotiate.", []string{"ali-khamenei"}},
	{"reiterated at the end", "Iran would respond, Kataib Hezbollah reiterated.", []string{"kataib-hezbollah"}},
	{"alleged", "Trump alleged that Soleimani had planned attacks.", []string{"donald-trump"}},
	{"conceded", "The Pentagon conceded that the strike had killed civilians.", []string{"pentagon"}},
	{"testified", "Trump testified that no decision had been made.", []string{"donald-trump"}},
	{"must not: a verb that reports only before that", "Iran recalled its ambassador from Baghdad.", nil},
}

func TestReportingVerbs(t *testing.T) { runSourceCases(t, reportingVerbCases) }

// sourcesOf is who the sentences of text say they are said by, in order.
func sourcesOf(t *testing.T, x *Extractor, text string) []string {
	t.Helper()
	res, err := x.Extract(context.Background(), Input{ID: "t", Raw: "Title\n\n" + text, Date: "2020-01-03"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Document.Sentences {
		got = append(got, s.Sources...)
	}
	return got
}
