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
