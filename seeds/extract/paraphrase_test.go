package extract

import "testing"

// Typed relations under paraphrase: a fact kg reads in one word order it
// reads in the others news uses, and a negation or modal in any of them
// still states nothing. Sentences written for these tests in the styles
// of wire copy, newspapers and analyses.

// TestVerbsUnderWay: "is accusing", "were threatening", "is deploying":
// a lexicon verb's -ing form after a form of "be" states the act under
// way, as the plain verb does; negated or behind a modal it states
// nothing, and after "was" it is no passive wanting its agent.
func TestVerbsUnderWay(t *testing.T) { runWireCases(t, underWayCases) }

var underWayCases = []wireCase{
	{"present progressive threat (wire)", "Iran is threatening the United States with revenge for the killing.",
		[]string{"iran threatened united-states"}, nil},
	{"past progressive threat after was (newspaper)", "By then Kataib Hezbollah was threatening the United States openly.",
		[]string{"kataib-hezbollah threatened united-states"}, nil},
	{"progressive deployment (AP)", "The 82nd Airborne Division is deploying to Kuwait this week, officials said.",
		[]string{"82nd-airborne-division deployedTo kuwait"}, nil},
	{"progressive backing (analysis)", "Iran is backing Kataib Hezbollah with money and rockets.",
		[]string{"kataib-hezbollah backedBy iran"}, nil},
	{"perfect progressive backing (analysis)", "For years Iran has been funding Kataib Hezbollah through the Quds Force.",
		[]string{"kataib-hezbollah backedBy iran"}, nil},
	{"progressive attack (Guardian)", "Officials said Kataib Hezbollah was targeting Camp Taji with rockets.",
		[]string{"kataib-hezbollah attacked camp-taji"}, nil},
	{"negated progressive", "Iran is not threatening the United States, Zarif said.",
		nil, []string{"iran threatened united-states"}},
	{"modal progressive", "Iran could be threatening the United States, analysts warned.",
		nil, []string{"iran threatened united-states"}},
	{"a gerund after another verb", "Iran is considering threatening the United States.",
		nil, []string{"iran threatened united-states"}},
}

// TestNegatedRuleGaps: a rule's WORD gap never spans a negation, so "is
// not backed by", "has never led" state nothing; without the negation
// the same rule still reads the fact.
func TestNegatedRuleGaps(t *testing.T) { runWireCases(t, negatedGapCases) }

var negatedGapCases = []wireCase{
	{"negated passive backing (wire)", "Kataib Hezbollah is not backed by Iran, its spokesman said.",
		nil, []string{"kataib-hezbollah backedBy iran"}},
	{"never backed (analysis)", "Asaib Ahl al-Haq was never funded by Saudi Arabia, whatever its rivals claim.",
		nil, []string{"asaib-ahl-al-haq backedBy saudi-arabia"}},
	{"no longer backed (newspaper)", "Kataib Hezbollah, no longer backed by Syria, turned to Iran.",
		nil, []string{"kataib-hezbollah backedBy syria"}},
	{"not armed (AP)", "The Sadrist militia was not armed by Iran, Sadr insisted.",
		nil, []string{"sadrist-militia backedBy iran"}},
	{"not a wing (Reuters)", "Kataib Hezbollah is not a wing of the Popular Mobilization Forces, the group said.",
		nil, []string{"kataib-hezbollah partOf popular-mobilization-forces"}},
	{"asserted passive backing", "Kataib Hezbollah is backed by Iran, U.S. officials say.",
		[]string{"kataib-hezbollah backedBy iran"}, nil},
	{"asserted backing with an adverb", "Kataib Hezbollah, heavily backed by Iran, denied it.",
		[]string{"kataib-hezbollah backedBy iran"}, nil},
	{"asserted wing", "The Quds Force is a wing of the Revolutionary Guards.",
		[]string{"quds-force partOf revolutionary-guards"}, nil},
}

// TestCapitalsUnderWay: a capital is its state where a verb under way
// charges or addresses it, or where it is that verb's subject, as with the
// verb's other forms; a capital a visitor is at stays the city.
func TestCapitalsUnderWay(t *testing.T) { runWireCases(t, capitalsUnderWayCases) }

var capitalsUnderWayCases = []wireCase{
	{"a capital charged (wire)", "Iran is accusing Washington of starting a war in the region.",
		[]string{"iran accused united-states"}, nil},
	{"a capital's charge (newspaper)", "Washington is accusing Tehran of arming the militias that fired the rockets.",
		[]string{"united-states accused iran"}, nil},
	{"perfect progressive threat (analysis)", "For weeks Tehran has been threatening Washington with a harsh revenge.",
		[]string{"iran threatened united-states"}, nil},
	{"a capital backing (Reuters)", "Tehran is backing Kataib Hezbollah with money and training, officials say.",
		[]string{"kataib-hezbollah backedBy iran"}, nil},
	{"a capital blamed under way (AP)", "Donald Trump is blaming Tehran for the siege of the embassy.",
		[]string{"donald-trump accused iran"}, nil},
	{"a visited capital stays the city", "Mike Pompeo is visiting Baghdad this week.",
		[]string{"mike-pompeo presentAt baghdad"}, []string{"mike-pompeo presentAt iraq"}},
	{"a denied charge", "Iran denied accusing Washington of the attack.",
		nil, []string{"iran accused united-states"}},
	{"a modal charge", "Iran may be accusing Washington of the attack, diplomats said.",
		nil, []string{"iran accused united-states"}},
}

// TestCapitalsAfterTheirAside: a capital whose relative clause set off
// after it says no act of its own ("Washington, which has troops in
// Iraq,") acts through the verb after the clause, as it does with no
// clause between; a city the clause describes stays the city.
func TestCapitalsAfterTheirAside(t *testing.T) { runWireCases(t, capitalAsideCases) }

var capitalAsideCases = []wireCase{
	{"a clause with a place in it (wire)", "Washington, which has 5,000 troops in Iraq, blamed Kataib Hezbollah for the attack.",
		[]string{"united-states accused kataib-hezbollah"}, nil},
	{"a clause of loss (newspaper)", "Tehran, which lost its top general in the strike, accused the United States of starting a war.",
		[]string{"iran accused united-states"}, nil},
	{"a denial set off (analysis)", "Tehran, which denies any role in the attack, warned Washington on Sunday.",
		[]string{"iran threatened united-states"}, nil},
	{"a clause with a number (AP)", "Washington, which keeps 2,500 troops at the base, condemned Kataib Hezbollah.",
		[]string{"united-states opposed kataib-hezbollah"}, nil},
	{"a clause of a capital that is acted on", "Baghdad, which lies on the Tigris, was struck by rockets on Sunday.",
		nil, []string{"iraq attacked baghdad", "kataib-hezbollah attacked iraq"}},
	{"negated after the clause", "Washington, which has 5,000 troops in Iraq, did not blame Kataib Hezbollah.",
		nil, []string{"united-states accused kataib-hezbollah"}},
	{"a city visited, described", "Mike Pompeo flew to Baghdad, which hosts the embassy, and met Adel Abdul Mahdi.",
		[]string{"mike-pompeo presentAt baghdad"}, []string{"mike-pompeo presentAt iraq"}},
}
