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
	{"a pronoun opening a clause stands for the one person before it", "Iran's Supreme Leader Ayatollah Ali Khamenei wept as he led prayers over the coffin of Qassem Soleimani on Monday.",
		[]string{"ali-khamenei says/led-prayers-over-the-coffin-of qassem-soleimani"}, nil},
	{"a pronoun after two persons stands for neither", "Donald Trump met Emmanuel Macron after he attacked Boris Johnson.",
		nil, []string{"donald-trump says/attacked boris-johnson", "emmanuel-macron says/attacked boris-johnson", "donald-trump attacked boris-johnson", "emmanuel-macron attacked boris-johnson"}},
	{"a call after the subject's act and its object", "Emmanuel Macron expressed solidarity with the United States in a call with Donald Trump.",
		[]string{"emmanuel-macron says/call-with donald-trump"}, []string{"united-states says/call-with donald-trump"}},
	{"an interview with an outlet", "Javad Zarif accused Washington of economic terrorism in an interview with CNN.",
		[]string{"javad-zarif says/interview-with cnn"}, nil},
	{"an opening participle says where the speaker spoke", "Speaking to reporters in Washington, Secretary of State Mike Pompeo said Iran had been behind the attacks.",
		[]string{"mike-pompeo presentAt washington"}, nil},
	{"a passive naming an office and its agent", "Mohammed Tawfiq Allawi, a former communications minister, was named prime minister by President Barham Salih.",
		[]string{"mohammed-tawfiq-allawi says/was-named-prime-minister-by barham-salih"}, nil},
	{"a relative clause past its speaker", "Mike Pompeo blamed Kataib Hezbollah, which he said was backed by Iran, for the rocket attack.",
		[]string{"kataib-hezbollah backedBy iran"}, nil},
	{"a speaker's country inside a relative clause is no subject", "Mike Pompeo blamed Kataib Hezbollah, which U.S. officials say is backed by Iran, for the attack.",
		nil, []string{"united-states backedBy iran"}},
	{"a number with a thousands comma inside the phrase", "The Pentagon has sent 3,500 troops from the 82nd Airborne Division to Kuwait.",
		[]string{"pentagon says/sent-3500-troops-from 82nd-airborne-division"}, nil},
	{"a body's mission led by someone", "The United Nations mission in Iraq, led by Jeanine Hennis-Plasschaert, urged the parties to talk.",
		[]string{"jeanine-hennis-plasschaert memberOf united-nations"}, nil},
	{"the last of a series of the subject's verb phrases", "Mike Pompeo condemned the attack, praised the troops and thanked Boris Johnson for his support.",
		[]string{"mike-pompeo says/thanked boris-johnson"}, nil},
	{"a series with a declaration that takes an object", "Ali Khamenei vowed severe revenge against the criminals, declared three days of mourning and appointed Esmail Qaani as commander of the Quds Force.",
		[]string{"ali-khamenei says/appointed esmail-qaani"}, []string{"ali-khamenei says/said-that quds-force"}},
	{"a reported clause after a series", "Mohammad Javad Zarif described the strikes as proportionate and said that Iran did not seek war.",
		[]string{"mohammad-javad-zarif says/said-that iran"}, nil},
	{"a relative clause whose object is the name before it", "The Revolutionary Guards, which Washington designated a terrorist organization in April, fired the missiles.",
		[]string{"united-states opposed revolutionary-guards"}, nil},
	{"adverbs before a verb phrase in a relative clause", "Qassem Soleimani, who had just arrived on a flight from Damascus, was killed on Friday.",
		[]string{"qassem-soleimani says/arrived-on-a-flight-from damascus"}, nil},
	{"a verb under way", "Qassem Soleimani was travelling with Abu Mahdi al-Muhandis when the missiles struck.",
		[]string{"qassem-soleimani says/travelling-with abu-mahdi-al-muhandis"}, nil},
	{"a title with of before the object", "Adel Abdul Mahdi later asked Secretary of State Mike Pompeo to send a delegation.",
		[]string{"adel-abdul-mahdi calledOn mike-pompeo"}, nil},
	{"a role set off after an event's name is its victim's", "Iran vowed revenge for the killing of Qassem Soleimani, the commander of the Quds Force, who died on Friday.",
		[]string{"qassem-soleimani leads quds-force"}, []string{"killing-of-qassem-soleimani says/commander-of quds-force"}},
	{"a role with no rule set off after an event's name is its victim's", "Iraqis mourned the killing of Abu Mahdi al-Muhandis, the founder of Kataib Hezbollah, on Saturday.",
		[]string{"abu-mahdi-al-muhandis says/founder-of kataib-hezbollah"}, []string{"killing-of-abu-mahdi-al-muhandis says/founder-of kataib-hezbollah"}},
	{"a pronoun after who said stands for the one set off", "Mitch McConnell welcomed it, and Senator Lindsey Graham, who said he had been briefed at Mar-a-Lago before the strike, called it a bold stroke.",
		[]string{"lindsey-graham says/was-briefed-at mar-a-lago"}, []string{"mitch-mcconnell says/was-briefed-at mar-a-lago"}},
	{"the ones asked, then what to do with someone", "President Volodymyr Zelenskiy asked Western partners to share their evidence with Kiev.",
		[]string{"volodymyr-zelenskiy says/asked-to-share-their-evidence-with ukraine"}, nil},
	{"a person named with his body speaks, not the body", "Hossein Salami of the Revolutionary Guards said Iran would retaliate.",
		[]string{"hossein-salami memberOf revolutionary-guards", "hossein-salami says/said-that iran"}, []string{"revolutionary-guards says/said-that iran"}},
	{"an analyst named with his institution", "Ali Vaez of the International Crisis Group said the strike was a major escalation.",
		[]string{"ali-vaez memberOf international-crisis-group"}, nil},
	{"a person of a place is no member of it", "Senator Tim Kaine of Virginia said Congress had not been consulted.",
		nil, []string{"tim-kaine memberOf virginia"}},
}
