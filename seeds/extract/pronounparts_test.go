package extract

import "testing"

// TestPronounParts reads sentences written for this test in several
// outlets' styles: "its" or "their" before a state body's name is the
// body of the state that is the subject of the pronoun's clause, or of
// the sentence before when the pronoun opens its own; a state named in
// passing, after a preposition or across a quotation mark owns nothing.
func TestPronounParts(t *testing.T) { runWireCases(t, pronounPartCases) }

var pronounPartCases = []wireCase{
	{"the sentence before's subject (AP)", "Iraq also protested. Its Foreign Ministry summoned the Iranian ambassador on Thursday.",
		[]string{"foreign-ministry partOf iraq"}, nil},
	{"a force after the sentence before's subject (Reuters)", "Iran answered the killing on its own terms. Its Revolutionary Guards fired missiles at two bases.",
		[]string{"revolutionary-guards partOf iran"}, nil},
	{"the subject of the pronoun's own clause (Guardian)", "Iran said on Wednesday that its Revolutionary Guards had fired the missiles in self-defence.",
		[]string{"revolutionary-guards partOf iran"}, nil},
	{"a reported clause after the state (NYT)", "Iraq warned that its Foreign Ministry would summon the American envoy.",
		[]string{"foreign-ministry partOf iraq"}, nil},
	{"a state after a preposition owns nothing (BBC)", "The United States carried out strikes in Iraq, and its Defense Department said more would follow.",
		nil, []string{"defense-department partOf iraq"}},
	{"a subject's possessor, not the place (AFP)", "Germany's soldiers left Camp Taji. Its Foreign Ministry said the move was temporary.",
		[]string{"foreign-ministry partOf germany"}, []string{"foreign-ministry partOf camp-taji"}},
	{"a state named in passing owns nothing (Defense One)", "The United States struck five sites in Iraq and Syria. Its Defense Department said the strikes were defensive.",
		[]string{"pentagon partOf united-states"}, []string{"pentagon partOf iraq", "pentagon partOf syria"}},
	{"a person's his owns no body (WaPo)", "Prime Minister Adel Abdul-Mahdi of Iraq spoke to Trump. His Foreign Ministry aide said nothing.",
		nil, []string{"foreign-ministry partOf iraq"}},
	{"no owner across a quote (Al Jazeera)", `The protesters shouted "Iran out!" Its Foreign Ministry said nothing.`,
		nil, []string{"foreign-ministry partOf iran"}},
}

// TestPronounSiteTargets reads sentences written for this test in several
// outlets' styles: an attack on "its" bases or positions targets the
// group that is the subject of the pronoun's clause, the first name after
// a wire dateline included; a state owns no such target, "its fighters"
// are no site, and no owner is read across a quotation mark.
func TestPronounSiteTargets(t *testing.T) { runWireCases(t, pronounSiteCases) }

var pronounSiteCases = []wireCase{
	{"a dateline's subject (Reuters)", "BAGHDAD (Reuters) - Kataib Hezbollah vowed revenge after U.S. air strikes on its bases in Iraq and Syria.",
		[]string{"us-air-strikes targeted kataib-hezbollah"}, nil},
	{"the subject of a said-clause (AP)", "Hezbollah said Israeli air strikes on its positions in southern Lebanon killed two fighters.",
		[]string{"israeli-air-strikes targeted hezbollah"}, nil},
	{"a group's positions, their (Al Jazeera)", "The Houthis said Saudi air strikes on their positions near Sanaa wounded three people.",
		[]string{"saudi-air-strikes targeted houthis"}, nil},
	{"the subject of an accusation (The National)", "Asaib Ahl al-Haq accused Washington after U.S. drone strikes on its bases near Baghdad killed two men.",
		[]string{"us-drone-strikes targeted asaib-ahl-al-haq"}, []string{"us-drone-strikes targeted united-states"}},
	{"a group's headquarters (Guardian)", "Hamas condemned the overnight air strikes against its headquarters in Gaza City.",
		[]string{"air-strike-in-gaza-city targeted hamas"}, nil},
	{"a state owns no target (NYT)", "Iraq protested after the missile strikes on its bases at Ain al-Asad and Erbil.",
		nil, []string{"missile-strikes targeted iraq"}},
	{"its fighters are no site (wire)", "Kataib Hezbollah said the U.S. air strikes killed 25 of its fighters in Iraq and Syria.",
		nil, []string{"iraq says/killed-at-least-25-of kataib-hezbollah", "syria says/killed-25-of kataib-hezbollah"}},
	{"no owner across a quote (BBC)", `Hezbollah's leader spoke of "enemy air strikes on its positions" in his speech.`,
		nil, []string{"enemy-air-strikes targeted hezbollah"}},
}
