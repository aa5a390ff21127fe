package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestApposedRoles: a role set off beside a name links the person to the
// role's owner, and to whom the role is towards, by the role's words.
func TestApposedRoles(t *testing.T) {
	checkOpen(t, []openCase{
		{"the role after the person", "Ayatollah Ali Khamenei, Iran's senior Shiite negotiator, spoke.", []string{
			"ali-khamenei says/senior-shiite-negotiator-of iran"}},
		{"a role towards a third", "Iraq's ambassador to Syria, Qasem Soleimani, spoke.", []string{
			"qasem-soleimani says/ambassador-of iraq", "qasem-soleimani says/ambassador-to syria"}},
		{"a kin role", "Trump's son, Qasem Soleimani, spoke.", []string{"qasem-soleimani says/son-of donald-trump"}},
		{"a founder before a relative clause", "Qasem Soleimani, the Kataib Hezbollah founder who rarely spoke, died.", []string{
			"qasem-soleimani says/founder-of kataib-hezbollah"}},
		{"a role without its person", "Iraq's ambassador to Syria spoke.", nil},
		{"no role word", "Ali Khamenei, Iran's oldest friend, spoke.", nil},
	})
}

// TestApposedPhrases: a description set off after a name and ending in a
// preposition before another name links the two by its participle or
// its last word; a clause that goes on after the comma does not.
func TestApposedPhrases(t *testing.T) {
	checkOpen(t, []openCase{
		{"a participle and its agent", "Kataib Hezbollah, the small militia founded by Soleimani, spoke.", []string{
			"kataib-hezbollah says/founded-by qasem-soleimani"}},
		{"two participles", "Kataib Hezbollah, a militia armed and paid by Iran, spoke.", []string{
			"kataib-hezbollah says/armed-and-paid-by iran"}},
		{"a noun and its preposition", "Qasem Soleimani, a young engineer from Syria, spoke.", []string{
			"qasem-soleimani says/engineer-from syria"}},
		{"several described", "Asaib Ahl al-Haq and the Kataib Hezbollah, two militias close to Iran, spoke.", []string{
			"asaib-ahl-al-haq says/close-to iran", "kataib-hezbollah says/close-to iran"}},
		{"the subject's own verb", "Qasem Soleimani, visited friends in Syria.", nil},
		{"an auxiliary goes on with the clause", "The Quds Force, has been blamed by Iran.", nil},
		{"a source is no description", "Kataib Hezbollah left, according to Iran.", nil},
		{"nor is a list's elaboration", "Rockets fell on Iraq and Syria, including towns near Baghdad.", nil},
	})
}

// TestPronounOwned: what "his", "its" own links to the name they stand
// for: the nearest actor before of their kind, never a preposition's or a
// participle's object, nor a noun's modifier.
func TestPronounOwned(t *testing.T) {
	checkOpen(t, []openCase{
		{"a kin role and the person", "Trump and his brother Qasem Soleimani left.", []string{
			"qasem-soleimani says/brother-of donald-trump"}},
		{"a group's founder", "Kataib Hezbollah mourned its founder, Qasem Soleimani.", []string{
			"qasem-soleimani says/founder-of kataib-hezbollah"}},
		{"a thing owned somewhere", "Khamenei read a letter from his office in Tehran.", []string{
			"ali-khamenei says/office-in tehran"}},
		{"a place named as a thing owned", "Trump rested at his Baghdad house.", []string{
			"baghdad says/house-of donald-trump"}},
		{"the pronoun before its owner", "In a letter from his office in Tehran, Khamenei spoke.", []string{
			"ali-khamenei says/office-in tehran"}},
		{"not a participle's object", "The Quds Force fighting Kataib Hezbollah closed its office in Syria.", []string{
			"quds-force says/closed-its-office-in syria"}},
		{"not a preposition's object", "The coalition against Kataib Hezbollah read a letter from its office in Syria.", nil},
		{"not a noun's modifier", "Iran warned U.S. forces about its bases in Syria.", []string{
			"iran says/bases-in syria"}},
	})
}

// TestOwnersThings: what a group or state owns, placed somewhere, links
// the owner to the place by the owned noun and the preposition.
func TestOwnersThings(t *testing.T) {
	checkOpen(t, []openCase{
		{"a group's things in two places", "Rockets hit three Kataib Hezbollah depots in Iraq and Syria.", []string{
			"kataib-hezbollah says/depots-in iraq", "kataib-hezbollah says/depots-in syria"}},
		{"a state's adjective and a direction", "Rockets hit American bases in western Iraq.", []string{
			"united-states says/bases-in iraq"}},
		{"a person owns nothing here", "Rockets hit Qasem Soleimani houses in Iraq.", nil},
		{"a state's general is a person, not a thing it keeps", "The strike killed an Iranian general in Baghdad.", nil},
		{"a verb is no owned thing", "Kataib Hezbollah fought in Iraq.", nil},
	})
}

// TestDescribedWho: a relative clause closing a description set off
// after a person is the person's.
func TestDescribedWho(t *testing.T) {
	checkOpen(t, []openCase{
		{"the description's relative clause", "Qasem Soleimani, the former envoy who worked closely with the Quds Force, died.", []string{
			"qasem-soleimani says/worked-closely-with quds-force"}},
		{"a reporting verb makes no phrase", "Qasem Soleimani, the former envoy who told Iran to win, died.", nil},
	})
}

// TestWhichSpeaksOfAThing: "which" after a name speaks of the group or
// body named, never of a person whose description holds it, and a place
// after "in" only says where the name before it is.
func TestWhichSpeaksOfAThing(t *testing.T) {
	x := wireExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a group inside a person's description", "Ismail Haniyeh, the political leader of Hamas, which governs the Gaza Strip, spoke.",
			[]string{"hamas controls gaza-strip", "ismail-haniyeh leads hamas"}},
		{"a group placed in a country", "The Houthi movement in Yemen, which controls the capital Sanaa, called for retaliation.",
			[]string{"houthis controls sanaa", "houthis locatedIn yemen"}},
		{"a group placed in a country, a verb of the lexicon", "Kataib Hezbollah in Iraq, which controls Mosul, denied it.",
			[]string{"kataib-hezbollah controls mosul", "kataib-hezbollah locatedIn iraq"}},
		{"a country alone keeps its clause", "Iran, which controls the Strait of Hormuz, warned the United States.",
			[]string{"iran controls strait-of-hormuz", "iran threatened united-states"}},
		{"who after a person placed in a city", "Talks with Masrour Barzani in Erbil, who leads the Kurdistan Regional Government, began.",
			[]string{"masrour-barzani leads kurdistan-regional-government"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, typedOf(t, x, tt.text)); diff != "" {
				t.Errorf("statements of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestCompanionIsNoAside: what a comma sets off after a name is read past
// as an aside about it (a description, a relative clause) only when it
// may be one; a companion (", together with X, the deputy head of Y"), a
// list or the sentence's own verb phrase is not, and the role after the
// companion is the companion's.
func TestCompanionIsNoAside(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []struct {
		name, text string
		want, not  []string
	}{
		{"together with a deputy", "The strike killed the commander of Iran's Quds Force, Qassem Soleimani, together with Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization Forces, and eight others.",
			[]string{"abu-mahdi-al-muhandis memberOf popular-mobilization-forces"}, []string{"qasem-soleimani memberOf popular-mobilization-forces"}},
		{"along with a deputy", "The drone killed Qassem Soleimani, along with Abu Mahdi al-Muhandis, the deputy commander of the Popular Mobilization Forces.",
			[]string{"abu-mahdi-al-muhandis memberOf popular-mobilization-forces"}, []string{"qasem-soleimani memberOf popular-mobilization-forces"}},
		{"a verb phrase after a relative clause", "Soleimani, who had just arrived on a flight from Damascus, was travelling with Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization Forces.",
			[]string{"abu-mahdi-al-muhandis memberOf popular-mobilization-forces"}, []string{"qasem-soleimani memberOf popular-mobilization-forces"}},
		{"a relative clause is an aside", "Esmail Qaani, who succeeded Soleimani, met militia leaders in Baghdad last week.",
			[]string{"esmail-qaani presentAt baghdad"}, nil},
		{"a description is an aside", "Kataib Hezbollah, an Iraqi militia backed by Iran, denied carrying out the attack.",
			[]string{"kataib-hezbollah backedBy iran"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) { wantTyped(t, x, tt.text, tt.want, tt.not) })
	}
}

// TestPersonsOwnPeople: a person's own people, written after the
// person's possessive with no comma before the name, are linked to the
// person by the role ("Soleimani's daughter Zeinab"), typed where the
// role-noun lexicon knows it (a deputy or an adviser reports to him); a
// word that is no role, or a name joined by "and", is not. The sentences are written for
// this test in several outlets' styles.
func TestPersonsOwnPeople(t *testing.T) { runWireCases(t, personsPeopleCases) }

// personsPeopleCases are the sentences TestPersonsOwnPeople reads.
var personsPeopleCases = []wireCase{
	{"kin", "Qassem Soleimani's daughter Zeinab Soleimani spoke at the funeral.",
		[]string{"zeinab-soleimani says/daughter-of qassem-soleimani"}, nil},
	{"a successor inside a phrase", "Ali Khamenei wept beside Qassem Soleimani's successor Esmail Qaani.",
		[]string{"esmail-qaani says/successor-of qassem-soleimani"}, nil},
	{"a deputy who speaks", "Hassan Nasrallah's deputy Naim Qassem said the group was ready.",
		[]string{"naim-qassem reportsTo hassan-nasrallah"}, []string{"naim-qassem says/deputy-of hassan-nasrallah"}},
	{"a role of three words", "Donald Trump's national security adviser Robert O'Brien spoke to reporters.",
		[]string{"robert-obrien reportsTo donald-trump"}, nil},
	{"an ally", "Moqtada al-Sadr's ally Hadi al-Amiri boycotted the session.",
		[]string{"hadi-al-amiri says/ally-of moqtada-al-sadr"}, nil},
	{"no role word", "Javad Zarif's counterpart Mike Pompeo replied on Twitter.",
		nil, []string{"mike-pompeo says/counterpart-of javad-zarif"}},
	{"a thing is no one's role", "Hassan Nasrallah's speech praised Naim Qassem.",
		nil, []string{"naim-qassem says/speech-of hassan-nasrallah"}},
	{"a name joined by and", "Qassem Soleimani's daughter and Esmail Qaani spoke.",
		nil, []string{"esmail-qaani says/daughter-of qassem-soleimani"}},
}
