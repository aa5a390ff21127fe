package extract

import "testing"

// TestGeneralRelationsInWireNews reads sentences written for this test in
// the shapes wire copy and analytic summaries of December 2019 and
// January 2020 take (none from the dev or test articles): the pairs they
// link must be linked by how, typed or open, and never by a label of
// function words nor against what the sentence says.
func TestGeneralRelationsInWireNews(t *testing.T) {
	x := New(nil, IngestOptions())
	for _, tt := range generalCases {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, relationsOf(t, x, tt.text)) })
	}
}

// generalCases are the sentences TestGeneralRelationsInWireNews reads.
var generalCases = []wireCase{
	{"the object's name set off after its role", "BAGHDAD (Reuters) - Iraqi President Barham Salih met the U.S. ambassador, Matthew Tueller, on Tuesday and urged restraint.",
		[]string{"barham-salih says/met matthew-tueller"}, nil},
	{"the object's name set off after its role, a summons", "The Iraqi Foreign Ministry summoned the British ambassador, Stephen Hickey, over his remarks.",
		[]string{"iraqi-foreign-ministry says/summoned stephen-hickey"}, nil},
	{"the place of talks held with someone", "Angela Merkel discussed the crisis with Vladimir Putin in Moscow on Saturday, a spokesman said.",
		[]string{"angela-merkel says/discussed-the-crisis-with vladimir-putin", "angela-merkel says/discussed-the-crisis-in moscow"}, nil},
	{"the place of talks held with someone, a second", "Emmanuel Macron held talks with Hassan Rouhani in Paris.",
		[]string{"emmanuel-macron says/held-talks-in paris"}, nil},
	{"an owner named by a noun inside the phrase", "Jens Stoltenberg suspended the alliance's training mission in Iraq on Saturday.",
		[]string{"jens-stoltenberg says/suspended-training-mission-in iraq"}, nil},
	{"a letter to someone is no reported clause", "Majid Takht-Ravanchi wrote to the Security Council on Wednesday.",
		[]string{"majid-takht-ravanchi says/wrote-to un-security-council"}, []string{"majid-takht-ravanchi says/said-that un-security-council"}},
	{"a name inside a participle is no subject", "The coalition fighting Islamic State paused its operations in Iraq.",
		nil, []string{"isis says/paused-its-operations-in iraq"}},
	{"a name inside a participle is no attacker", "The coalition fighting Islamic State attacked Mosul.",
		nil, []string{"isis attacked mosul"}},
	{"a group named after its country's adjective", "The Iraqi militia Kataib Hezbollah denied any role in the attack.",
		[]string{"kataib-hezbollah locatedIn iraq"}, nil},
	{"a backed group is no group of its backer's country", "The Iranian-backed militia Kataib Hezbollah denied any role in the attack.",
		nil, []string{"kataib-hezbollah locatedIn iran"}},
	{"a state's qualified group", "Iraq's powerful Kataib Hezbollah vowed revenge on Monday.",
		[]string{"kataib-hezbollah locatedIn iraq"}, nil},
	{"a proxy is no part of its patron", "Iran's proxy Hezbollah fired rockets at Israel.",
		nil, []string{"hezbollah locatedIn iran"}},
	{"the head of a part of a body, without an article", "Amir Ali Hajizadeh, head of the Revolutionary Guards' aerospace division, took full responsibility.",
		[]string{"amir-ali-hajizadeh memberOf revolutionary-guards"}, nil},
	{"a call with someone", "Saudi Arabia's King Salman called for calm in a phone call with Iraqi President Barham Salih.",
		[]string{"salman says/phone-call-with barham-salih"}, nil},
	{"the attack on a target by its agent", "The attack on the K-1 base by Kataib Hezbollah killed an American contractor, U.S. officials said.",
		[]string{"kataib-hezbollah attacked k-1"}, nil},
}
