package extract

import (
	"strings"
	"testing"

	"github.com/kg-analyst/kg/schema"
)

// TestNameParts checks the facts descriptions state in their own words,
// the deployments and arrivals verbs state, facts composed from two, and
// clauses whose subject is the sentence's, in Describe mode; without it (a
// new article) descriptions state nothing.
func TestNameParts(t *testing.T) {
	xd := New(known, Options{Descriptive: true, Describe: true})
	x := New(known, Options{})
	tests := []struct {
		name string
		x    *Extractor
		text string
		want []string // statements that must be there
		not  []string // statements that must not
	}{
		{"country opens a unit", xd, "The crowd was repelled by Iraqi security forces at the gate.",
			[]string{"iraqi-security-forces partOf iraq"}, nil},
		{"country opens a government", xd, "Trump called on the Iraqi government to act.",
			[]string{"government-of-iraq governs iraq"}, nil},
		{"country opens a person", xd, "The rockets killed an American contractor on Friday.",
			[]string{"american-contractor citizenOf united-states"}, nil},
		{"place inside a facility", xd, "They were preceded by about 100 marines who arrived from a base in Kuwait on Tuesday.",
			[]string{"base-in-kuwait locatedIn kuwait", "about-100-marines deployedFrom base-in-kuwait"}, nil},
		{"troops from a base, ordered to deploy", xd, "Trump ordered 650 troops from Fort Bragg to deploy to the Middle East.",
			[]string{"650-troops-from-fort-bragg deployedFrom fort-bragg", "650-troops-from-fort-bragg deployedTo middle-east",
				"donald-trump ordered deployment-of-650-troops-from-fort-bragg-to-the-middle-east",
				"deployment-of-650-troops-from-fort-bragg-to-the-middle-east deployedFrom fort-bragg"}, nil},
		{"a presence concerns its country", xd, "The militias oppose the American military presence in Iraq.",
			[]string{"american-military-presence-in-iraq concerns united-states", "american-military-presence-in-iraq locatedIn iraq"}, nil},
		{"an attack is no concern of its country", xd, "Thousands marched after American airstrikes on Sunday.",
			nil, []string{"american-airstrikes concerns united-states"}},
		{"a threat named from its verb targets nothing", xd, "Trump threatened Iran via Twitter.",
			[]string{"donald-trump threatened iran"}, []string{"trumps-threat-against-iran targeted iran"}},
		{"who holds a target attacked is attacked", xd, "The United States attacked five sites controlled by Kataib Hezbollah on Sunday.",
			[]string{"united-states attacked kataib-hezbollah"}, nil},
		{"a description's facts are its name's", xd, "Rockets hit a base near Kirkuk. Iranian-backed militias marched. Kataib Hezbollah, the militia group suspected of being behind the initial attack, denied it.",
			[]string{"kataib-hezbollah suspectedOf the-initial-attack", "iranian-backed-militias suspectedOf the-initial-attack"}, nil},
		{"they is the sentence's subject", xd, "Iranian-backed militias marched. The militias have legitimacy under a law, and they report directly to the Prime Minister.",
			[]string{"iranian-backed-militias reportsTo prime-minister"}, nil},
		{"a second verb phrase has the sentence's subject", xd, "Iranian-backed militias marched. The militias cited the American military presence in Iraq, and demanded a full withdrawal of American personnel from the country.",
			[]string{"iranian-backed-militias demanded full-withdrawal-of-american-personnel"}, nil},
		{"a second verb phrase: a modal asserts nothing", xd, "Iranian-backed militias marched. The militias cited the American military presence in Iraq, and would attack the U.S. Embassy.",
			nil, []string{"iranian-backed-militias attacked us-embassy"}},
		{"a participle clause's agents act on the sentence's subject", xd, "The protestors did not breach the embassy, although some reached the gate before being repelled by American and Iraqi security forces.",
			[]string{"american-security-forces repelled the-protestors", "iraqi-security-forces repelled the-protestors"}, nil},
		{"the speaker of a denial denies", xd, "Protesters began the siege of the embassy. Khamenei said that Iran was not involved in the siege.",
			[]string{"ali-khamenei deniedInvolvementIn siege-of-the-embassy", "iran deniedInvolvementIn siege-of-the-embassy"}, nil},
		{"their role in a fight", xd, "The militias won seats for their role in the fight against ISIS.",
			[]string{"the-militias participatedIn fight-against-isis", "the-militias fought isis"}, nil},
		{"its proxies, the attack, responses", xd, "Rockets hit Iranian proxies. Iran's proxies commenced an assault of the American embassy. In response to the attack, Trump threatened Iran. Trump ordered 650 troops from Fort Bragg to deploy to the Middle East after the attack.",
			[]string{"donald-trumps-threat-against-iran responseTo assault-of-the-american-embassy", "deployment-of-650-troops-from-fort-bragg-to-the-middle-east responseTo assault-of-the-american-embassy"}, nil},
		{"an agent's attack is the one attack it carried out", xd, "Crowds rallied after American airstrikes on militias. In retaliation, the United States attacked five sites controlled by Kataib Hezbollah.",
			[]string{"american-airstrikes targeted five-sites", "american-airstrikes targeted kataib-hezbollah"}, nil},
		{"two attacks by one agent: which one is unsaid", xd, "Crowds rallied after American airstrikes and an American drone attack. The United States attacked five sites controlled by Kataib Hezbollah.",
			nil, []string{"american-airstrikes targeted five-sites"}},
		{"a country's interests", xd, "Trump still regards Iraq as important to American interests in the Middle East.",
			[]string{"united-states hasInterestsIn middle-east"}, nil},
		{"a country's second city", xd, "It feared a second Benghazi, where the consulate in Libya's second city came under attack.",
			[]string{"benghazi locatedIn libya", "the-consulate locatedIn benghazi"}, nil},
		{"a storming is the assault described at its target", xd, "Thousands of people stormed the U.S. Embassy in Baghdad, in response to American airstrikes. Iran's proxies began an assault of the American embassy.",
			[]string{"thousands-of-people conducted assault-of-the-american-embassy", "assault-of-the-american-embassy targeted us-embassy-baghdad",
				"assault-of-the-american-embassy responseTo american-airstrikes"}, nil},
		{"a storming with two assaults described names neither", xd, "Thousands of people stormed the U.S. Embassy. Later came an assault of the embassy and a siege of the embassy.",
			[]string{"thousands-of-people attacked us-embassy-baghdad"}, []string{"thousands-of-people conducted assault-of-the-embassy", "thousands-of-people conducted siege-of-the-embassy"}},
		{"new articles: a country's security forces are part of it", x, "The crowd was repelled by Iraqi security forces at the gate.",
			[]string{"iraqi-security-forces partOf iraq"}, nil},
		{"new articles: other descriptions state nothing", x, "Marines arrived from a base in Kuwait.",
			nil, []string{"a-base-in-kuwait locatedIn kuwait"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantTyped(t, tt.x, tt.text, tt.want, tt.not) })
	}
}

// wantTyped checks that x states every statement of want in text and none
// of not.
func wantTyped(t *testing.T, x *Extractor, text string, want, not []string) {
	t.Helper()
	got := " " + strings.Join(typedOf(t, x, text), " | ") + " "
	for _, w := range want {
		if !strings.Contains(got, " "+w+" ") {
			t.Errorf("%q: want %q, got%s", text, w, got)
		}
	}
	for _, n := range not {
		if strings.Contains(got, " "+n+" ") {
			t.Errorf("%q: want no %q, got%s", text, n, got)
		}
	}
}

// TestStateOrganNames checks that a state's organ named by the state's
// adjective or "of" the state is part of it in a new article; not a
// commission, not a bare "parliament" only the reader knows is Iraq's,
// not a government (it governs).
func TestStateOrganNames(t *testing.T) {
	runWantNot(t, New(known, Options{}), []wantNotCase{
		{"a state's parliament by its adjective", "The Iraqi parliament voted on Sunday to expel the troops.",
			[]string{"parliament-of-iraq partOf iraq"}, nil},
		{"a state's ministry by its adjective", "The Iraqi Foreign Ministry said it would summon the ambassador.",
			[]string{"iraqi-foreign-ministry partOf iraq"}, nil},
		{"a state's council by its adjective", "The Iraqi National Security Council met on Monday.",
			[]string{"iraqi-national-security-council partOf iraq"}, nil},
		{"a state's parliament as its possessive's owner", "The Iraqi parliament's security committee called for the expulsion of all foreign forces.",
			[]string{"parliament-of-iraq partOf iraq"}, nil},
		{"a state's parliament named after it", "Lawmakers in the Parliament of Iraq voted on Sunday.",
			[]string{"parliament-of-iraq partOf iraq"}, nil},
		{"a commission named by a state's adjective", "The Iraqi High Commission for Human Rights counted the dead.",
			nil, []string{"iraqi-high-commission-for-human-rights partOf iraq"}},
		{"a bare parliament", "Abdul Mahdi said Iraq was in danger. He submitted his resignation to parliament on Sunday.",
			nil, []string{"parliament-of-iraq partOf iraq"}},
		{"a state's ministry in lower case by its adjective", "A letter informed the Iraqi defence ministry that troops would move.",
			[]string{"iraqi-defence-ministry partOf iraq"}, nil},
		{"a state's ministry in lower case after its possessive", "Iraq's foreign ministry summoned the Iranian ambassador, Iraj Masjedi.",
			[]string{"iraqi-foreign-ministry partOf iraq"}, []string{"iraqi-foreign-ministry partOf iran"}},
		{"a government governs", "The Iraqi government said it would act.",
			[]string{"government-of-iraq governs iraq"}, []string{"government-of-iraq partOf iraq"}},
	})
}

// wantNotCase is a text, statements an extractor must find in it and
// statements it must not.
type wantNotCase struct {
	name, text string
	want, not  []string
}

// runWantNot runs wantTyped over cases.
func runWantNot(t *testing.T, x *Extractor, cases []wantNotCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) { wantTyped(t, x, tt.text, tt.want, tt.not) })
	}
}

// stateForceCases are forces a state's adjective names in lower case,
// known from an earlier document and written again in a new article: the
// state's own forces, part of it, in any sentence that writes them; not a
// force with a proper name, nor one a hyphenated compound opens.
var stateForceCases = []wantNotCase{
	{"a warning to them, wire style", "Kataib Hezbollah warned Iraqi security forces to stay at least 1,000 meters away from U.S. bases.",
		[]string{"iraqi-security-forces partOf iraq"}, nil},
	{"a participle's agent, newspaper style", "The protesters marched into the Green Zone without resistance from Iraqi security forces.",
		[]string{"iraqi-security-forces partOf iraq"}, nil},
	{"members of them wounded, analytic style", "The rockets wounded four American service members and two members of the Iraqi security forces.",
		[]string{"iraqi-security-forces partOf iraq"}, nil},
	{"the subject, a second state", "American security forces fired tear gas from the roof of the compound.",
		[]string{"us-security-forces partOf united-states"}, nil},
	{"moving against a camp, AP style", "Iraqi security forces then moved against the protest camps in Baghdad and Nasiriyah.",
		[]string{"iraqi-security-forces partOf iraq"}, nil},
	{"a force with a proper name", "The Quds Force sent advisers to Iraq.",
		nil, []string{"quds-force partOf iraq"}},
	{"a coalition a state leads", "The U.S.-led coalition suspended its training of Iraqi forces.",
		nil, []string{"us-led-coalition partOf united-states"}},
}

func TestStateForcesWrittenAgain(t *testing.T) {
	forces := append(append([]schema.Entity(nil), known...),
		schema.Entity{ID: "iraqi-security-forces", Type: "MilitaryUnit", Name: "Iraqi security forces"},
		schema.Entity{ID: "us-security-forces", Type: "MilitaryUnit", Name: "American security forces", Aliases: []string{"U.S. security forces"}},
		schema.Entity{ID: "us-led-coalition", Type: "MilitaryUnit", Name: "U.S.-led coalition"})
	runWantNot(t, New(forces, Options{}), stateForceCases)
}
