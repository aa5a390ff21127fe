package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Analytic prose in the seed's style (long sentences, no quotes) tells
// who did what through hedges, pronouns and holders of what was hit.

// seedStyleCase is a text and the statements of one predicate it must
// give, read by a new article's extractor (no store, the World list).
type seedStyleCase struct {
	name, text, pred string
	want             []string
}

func runSeedStyleCases(t *testing.T, tests []seedStyleCase) {
	t.Helper()
	x := New(nil, IngestOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, st := range typedOf(t, x, tt.text) {
				if strings.Fields(st)[1] == tt.pred {
					got = append(got, st)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s statements of %q (-want +got):\n%s", tt.pred, tt.text, diff)
			}
		})
	}
}

// hedgedCases: ", presumably from X" after an event lays it at X's door
// as a suspicion; a hedge after a clause of its own is about someone
// else.
var hedgedCases = []seedStyleCase{
	{"came under attack, presumably from", "K-1 Air Base came under attack from rocket fire on Friday, presumably from Kataib Hezbollah, which resulted in several casualties.", "suspectedOf",
		[]string{"kataib-hezbollah suspectedOf rocket-attack-2020-01-03"}},
	{"a noun event, apparently carried out by", "The attack on Camp Taji, apparently carried out by Kataib Hezbollah, killed two Americans.", "suspectedOf",
		[]string{"kataib-hezbollah suspectedOf attack-on-camp-taji"}},
	{"rockets, presumably fired by", "Rockets hit the Green Zone on Sunday, presumably fired by Kataib Hezbollah.", "suspectedOf",
		[]string{"kataib-hezbollah suspectedOf rocket-attack-2019-12-29"}},
	{"most likely by a state", "A drone strike hit the Abqaiq plant on Saturday, most likely by Iran.", "suspectedOf",
		[]string{"iran suspectedOf air-strike-2019-12-28"}},
	{"reportedly from, in a long sentence", "Camp Taji, a base north of Baghdad that hosts coalition trainers, came under rocket fire on Wednesday evening, reportedly from Kataib Hezbollah, and two Americans died.", "suspectedOf",
		[]string{"kataib-hezbollah suspectedOf rocket-attack-2020-01-01"}},
	{"a victim clause between", "The rocket attack on Camp Taji killed two soldiers, presumably from the 82nd Airborne Division.", "suspectedOf", nil},
	{"a relative clause between", "The attack on Camp Taji, which wounded five soldiers, apparently by Kataib Hezbollah, was condemned.", "suspectedOf", nil},
	{"no hedge", "The attack on Camp Taji came from Kataib Hezbollah, officials said.", "suspectedOf", nil},
}

func TestHedgedAgents(t *testing.T) { runSeedStyleCases(t, hedgedCases) }

// theyCases: "and they" after a sentence that opens with a reference to
// a group named before acts as that group.
var theyCases = []seedStyleCase{
	{"the militias, and they report", "Kataib Hezbollah fired rockets at Camp Taji on Friday. The militia has legitimacy in Iraqi politics under a 2016 law, and they report directly to the Prime Minister of Iraq.", "reportsTo",
		[]string{"kataib-hezbollah reportsTo prime-minister-of-iraq"}},
	{"the group, and they answer", "Hezbollah fired rockets into Israel on Sunday. The group holds seats in parliament, and they answer directly to the Islamic Revolutionary Guard Corps.", "reportsTo",
		[]string{"hezbollah reportsTo revolutionary-guards"}},
	{"the movement, and they report", "The Houthis fired missiles at Riyadh on Monday. The movement runs much of northern Yemen, and they report to the Islamic Revolutionary Guard Corps, analysts say.", "reportsTo",
		[]string{"houthis reportsTo revolutionary-guards"}},
	{"they without and", "Kataib Hezbollah fired rockets at Camp Taji on Friday. The militia has legitimacy in Iraqi politics; they report directly to the Prime Minister of Iraq.", "reportsTo", nil},
	{"they of another subject", "Kataib Hezbollah fired rockets at Camp Taji on Friday. Iraqi officials condemned the attack, and they report directly to the Prime Minister of Iraq.", "reportsTo", nil},
}

func TestReferenceThey(t *testing.T) { runSeedStyleCases(t, theyCases) }

// heldByCases: an attack on sites "controlled by", "run by", "belonging
// to" a group attacks the group, however the act is told; a threat or
// a plan to hit them is no attack.
var heldByCases = []seedStyleCase{
	{"attacked five sites controlled by", "In retaliation, the United States attacked five sites controlled by Kataib Hezbollah.", "attacked",
		[]string{"united-states attacked kataib-hezbollah"}},
	{"jets bombed", "Two days later, US jets bombed five sites controlled by Kataib Hezbollah in Iraq and Syria.", "attacked",
		[]string{"united-states attacked kataib-hezbollah"}},
	{"retaliated with airstrikes against", "The United States retaliated with airstrikes against five sites controlled by Kataib Hezbollah in Iraq and Syria.", "attacked",
		[]string{"united-states attacked kataib-hezbollah"}},
	{"carried out strikes on, belonging to", "Israel has carried out dozens of strikes on weapons depots belonging to Hezbollah in Syria this year.", "attacked",
		[]string{"israel attacked hezbollah"}},
	{"warplanes pounded, held by", "Turkish officials said Turkey warplanes pounded positions held by the Houthis near Hodeidah overnight.", "attacked",
		[]string{"turkey attacked houthis"}},
	{"a threat", "Trump warned that the United States would strike sites controlled by Kataib Hezbollah.", "attacked", nil},
	{"a plan", "The United States plans to hit sites controlled by Kataib Hezbollah.", "attacked", nil},
}

func TestHeldByAttacks(t *testing.T) { runSeedStyleCases(t, heldByCases) }

// A number written with thousands separators is one token, so "1,800
// troops" is one count; a comma that parts a day from a year, or two
// numbers of a list, still parts them.
func TestThousandsToken(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"ordered 1,800 troops", "ordered|1,800|troops"},
		{"some 12,000,000 people", "some|12,000,000|people"},
		{"on January 3, 2020 at dawn", "on|January|3|2020|at|dawn"},
		{"scores of 1,2 and 3", "scores|of|1|2|and|3"},
		{"rooms 1,2345 and 6", "rooms|1|2345|and|6"},
		{"Kataib Hezbollah, 1,000 fighters", "Kataib|Hezbollah|1,000|fighters"},
		{"in 2019,800 died", "in|2019,800|died"},
	} {
		var got []string
		for _, tok := range tokenize(tt.text) {
			got = append(got, tok.Text)
		}
		if diff := cmp.Diff(tt.want, strings.Join(got, "|")); diff != "" {
			t.Errorf("tokens of %q (-want +got):\n%s", tt.text, diff)
		}
	}
}

// deploymentCountCases: a deployment of a count written with thousands
// keeps its whole count, and who ordered it.
var deploymentCountCases = []seedStyleCase{
	{"ordered 1,800 troops to deploy", "President Trump ordered 1,800 troops from Fort Hood, Texas to deploy to Saudi Arabia after the attack.", "ordered",
		[]string{"trump ordered 1-800-troops-from-fort-hood", "trump ordered deployment-of-1-800-troops-from-fort-hood-to-saudi-arabia"}},
}

func TestDeploymentCounts(t *testing.T) { runSeedStyleCases(t, deploymentCountCases) }

// retaliationCases: "the United States attacked" after "American
// airstrikes" says what the airstrikes hit; "retaliated with airstrikes"
// tells of airstrikes of its own, not the earlier attack.
var retaliationCases = []seedStyleCase{
	{"the agent's one attack", "American airstrikes killed 25 fighters on Sunday. In retaliation, the United States attacked five sites controlled by Kataib Hezbollah, the militia group suspected of being behind the initial attack.", "targeted",
		[]string{"air-strike-2019-12-29 targeted kataib-hezbollah"}},
	{"an attack told by a noun of its own", "A U.S. drone strike killed Qasem Soleimani at Baghdad airport on Friday. A week earlier, the United States retaliated with airstrikes against five sites controlled by Kataib Hezbollah.", "targeted", nil},
}

func TestRetaliationAttacks(t *testing.T) { runSeedStyleCases(t, retaliationCases) }

// precedenceCases: "A was preceded by B" and "A was followed by B" order
// two acts; forces stand for the deployment or arrival they took part
// in, "These troops" for the last the text told.
var precedenceCases = []seedStyleCase{
	{"these troops, marines who arrived", "President Trump ordered 650 troops from Fort Bragg, North Carolina to deploy to the Middle East after the attack. These troops were preceded by about 100 marines who arrived from a base in Kuwait during the siege.", "precededBy",
		[]string{"deployment-of-650-troops-from-fort-bragg-to-the-middle-east precededBy arrival-of-about-100-marines-from-kuwait"}},
	{"followed by, a day between", "The rocket attack on Camp Taji on Wednesday was followed by U.S. air strikes on Kataib Hezbollah.", "precededBy",
		[]string{"air-strike-2020-01-01 precededBy rocket-attack-2020-01-01"}},
	{"had been preceded by, a place between", "The U.S. drone strike at Baghdad airport on Friday had been preceded by a rocket attack on K-1 Air Base on December 27.", "precededBy",
		[]string{"air-strike-2020-01-03 precededBy rocket-attack-2019-12-27"}},
	{"the killing, preceded by strikes", "The killing of Qasem Soleimani was preceded by U.S. air strikes on Kataib Hezbollah on December 29.", "precededBy",
		[]string{"killing-of-qasem-soleimani precededBy air-strike-2019-12-29"}},
	{"a strike, preceded by a killing", "Iran's missile strike on Ain al-Asad Air Base was preceded by the killing of Qasem Soleimani in Baghdad.", "precededBy",
		[]string{"missile-strike-on-ain-al-asad-air-base precededBy killing-of-qasem-soleimani"}},
	{"no act", "The meeting was preceded by a prayer for Qasem Soleimani.", "precededBy", nil},
	{"a person", "Qasem Soleimani was followed by his deputy, Esmail Qaani, at the head of the Quds Force.", "precededBy", nil},
	{"a clause between", "The rocket attack on Camp Taji on Wednesday, officials said, was preceded by a rocket attack on K-1 Air Base on December 27.", "precededBy", nil},
}

func TestPrecedence(t *testing.T) { runSeedStyleCases(t, precedenceCases) }

// possessiveTitleCases: a subject titled by its state's possessive
// ("Iran's Supreme Leader Ali Khamenei") opens its clause, so its verb is
// read past the relative clause set off after it; a possessive person
// is no subject.
var possessiveTitleCases = []seedStyleCase{
	{"supreme leader", "Iran's Supreme Leader Ali Khamenei, who rarely speaks in public, threatened the United States on Wednesday.", "threatened",
		[]string{"ali-khamenei threatened united-states"}},
	{"group leader", "Lebanon's Hezbollah leader Hassan Nasrallah, who has led the group since 1992, threatened Israel in a televised speech.", "threatened",
		[]string{"hassan-nasrallah threatened israel"}},
	{"prime minister, an event", "Iraq's Prime Minister Adel Abdul Mahdi, who took office in 2018, condemned the U.S. air strikes on Sunday.", "condemned",
		[]string{"adel-abdul-mahdi condemned air-strike-2019-12-29"}},
	{"top diplomat", "America's top diplomat Mike Pompeo, who ran the CIA until 2018, accused Iran of the attack.", "accused",
		[]string{"mike-pompeo accused iran"}},
	{"foreign minister", "Iran's Foreign Minister Mohammad Javad Zarif, who negotiated the nuclear deal, denounced the United States.", "opposed",
		[]string{"mohammad-javad-zarif opposed united-states"}},
	{"a possessive person", "Iran's Supreme Leader Ali Khamenei's top adviser, who rarely speaks in public, threatened the United States on Wednesday.", "threatened", nil},
}

func TestPossessiveTitleSubjects(t *testing.T) { runSeedStyleCases(t, possessiveTitleCases) }

// interestsCases: a place held "important to American interests", or
// vital to its own by who regards it so, is where the state has
// interests; what is important to interests and is no place is not.
var interestsCases = []seedStyleCase{
	{"regards as strategically important to", "Despite the protests, the administration still regards Iraq as strategically important to American interests.", "hasInterestsIn",
		[]string{"united-states hasInterestsIn iraq"}},
	{"has long viewed as vital to", "Moscow has long viewed Syria as vital to Russian interests in the region.", "hasInterestsIn",
		[]string{"russia hasInterestsIn syria"}},
	{"considers crucial to, no as", "Beijing considers the Strait of Hormuz crucial to Chinese interests, since much of its oil passes through it.", "hasInterestsIn",
		[]string{"china hasInterestsIn strait-of-hormuz"}},
	{"vital to its own interests", "Russia still regards Syria as vital to its own interests.", "hasInterestsIn",
		[]string{"russia hasInterestsIn syria"}},
	{"deems essential to its national interests", "Turkey deems northern Iraq essential to its national security interests, officials in Ankara say.", "hasInterestsIn",
		[]string{"turkey hasInterestsIn iraq"}},
	{"no place", "The United States sees Iraq as a partner, and the strikes are important to American interests.", "hasInterestsIn", nil},
}

func TestVitalInterests(t *testing.T) { runSeedStyleCases(t, interestsCases) }

// launchCases: who "commenced", "began" or "started" an attack carried it
// out, as who launched it; a modal, a threat or a negation before the
// verb tells of no act.
var launchCases = []seedStyleCase{
	{"commenced an assault on", "Kataib Hezbollah commenced an assault on the U.S. Embassy in Baghdad on Tuesday.", "conducted",
		[]string{"kataib-hezbollah conducted attack-2019-12-31"}},
	{"began an attack on", "Kataib Hezbollah began an attack on Camp Taji on Wednesday.", "conducted",
		[]string{"kataib-hezbollah conducted attack-2020-01-01"}},
	{"began a drone attack", "The Houthis began a drone attack on the Abqaiq plant on Saturday.", "conducted",
		[]string{"houthis conducted attack-2019-12-28"}},
	{"started a rocket attack", "Hezbollah started a rocket attack on northern Israel on Sunday, the army said.", "conducted",
		[]string{"hezbollah conducted rocket-attack-2019-12-29"}},
	{"initiated an assault", "Iranian officials said the Revolutionary Guards initiated an assault on Ain al-Asad Air Base early on Wednesday.", "conducted",
		[]string{"revolutionary-guards conducted attack-2020-01-01"}},
	{"could begin", "Kataib Hezbollah could begin an attack on Camp Taji on Wednesday.", "conducted", nil},
	{"threatened to begin", "Kataib Hezbollah threatened to begin an attack on Camp Taji.", "conducted", nil},
	{"did not commence", "Kataib Hezbollah did not commence an assault on Camp Taji on Wednesday.", "conducted", nil},
}

func TestLaunchVerbs(t *testing.T) { runSeedStyleCases(t, launchCases) }

// newAttackCases: a sentence that tells an attack of its own ("launched
// a rocket attack on Camp Taji") gives its target to that attack, not to
// the one attack of the agent's told before.
var newAttackCases = []seedStyleCase{
	{"a second attack of the agent's", "Kataib Hezbollah launched an assault on the U.S. Embassy in Baghdad on Tuesday. Kataib Hezbollah launched a rocket attack on Camp Taji on Wednesday.", "targeted",
		[]string{"attack-2019-12-31 targeted us-embassy", "rocket-attack-2020-01-01 targeted camp-taji"}},
}

func TestNewAttackApart(t *testing.T) { runSeedStyleCases(t, newAttackCases) }

// resultedDeathCases: the death an act "resulted in" or "led to" is
// that act's killing: the dead were killed in it.
var resultedDeathCases = []seedStyleCase{
	{"which resulted in casualties, including the death of", "K-1 Air Base came under attack from rocket fire on Friday, presumably from Kataib Hezbollah, which resulted in multiple casualties, including the death of Nawres Hamid.", "killedIn",
		[]string{"nawres-hamid killedIn rocket-attack-2020-01-03"}},
	{"resulted in the death of", "The strike on Baghdad airport on Friday resulted in the death of Qasem Soleimani.", "killedIn",
		[]string{"qasem-soleimani killedIn air-strike-2020-01-03"}},
	{"led to the death of", "A U.S. drone strike near the airport on Friday led to the death of Abu Mahdi al-Muhandis, the deputy head of the militias.", "killedIn",
		[]string{"abu-mahdi-al-muhandis killedIn air-strike-2020-01-03"}},
	{"causing the death of", "Rockets struck Camp Taji on Wednesday evening, causing the death of Juan Miguel Mendez Covarrubias.", "killedIn",
		[]string{"juan-miguel-mendez-covarrubias killedIn rocket-attack-2020-01-01"}},
	{"a wire's caused the death of", "BAGHDAD (Reuters) - A rocket attack on the Green Zone on Sunday caused the death of Hussein al-Tamimi, police said.", "killedIn",
		[]string{"hussein-al-tamimi killedIn rocket-attack-2019-12-29"}},
	{"resulting in the deaths of", "The missile strike on Ain al-Asad Air Base on Wednesday, resulting in the deaths of no one, was followed by the downing of Flight 752.", "killedIn", nil},
	{"no act before", "Trump said the decision resulted in the death of Qasem Soleimani.", "killedIn",
		[]string{"qasem-soleimani killedIn killing-of-qasem-soleimani"}},
}

func TestResultedDeaths(t *testing.T) { runSeedStyleCases(t, resultedDeathCases) }
