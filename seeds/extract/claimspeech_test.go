package extract

import "testing"

// quoteSpeakerCases are texts written for this test: a quotation that
// opens with no speaker is said by the one named where it closes; one
// that goes on into the next sentence or paragraph stays its speaker's;
// a sentence after the quotation has closed is no one's.
var quoteSpeakerCases = []sourceCase{
	{"speaker at the close", `Mike Pompeo flew to Baghdad. "We are not leaving. We will stay as long as we are welcome," Pompeo said.`,
		[]string{"mike-pompeo", "mike-pompeo"}},
	{"the quotation goes on", `"We will respond," Ali Khamenei said. "They will regret it. The region will burn."`,
		[]string{"ali-khamenei", "ali-khamenei", "ali-khamenei"}},
	{"the quotation goes on in a new paragraph", "\"We will not leave,\" Mike Pompeo said. \"The mission goes on.\n\n\"Nobody should doubt it.\"",
		[]string{"mike-pompeo", "mike-pompeo", "mike-pompeo"}},
	{"must not: the quotation closed", `"We will respond," Ali Khamenei said. The missiles fell at dawn.`, []string{"ali-khamenei"}},
	{"must not: a quotation with no speaker anywhere", `Crowds chanted in the streets. "Death to the occupiers." The police watched.`, nil},
}

func TestQuoteSpeakers(t *testing.T) { runSourceCases(t, quoteSpeakerCases) }

// referredSpeakerCases are texts written for this test: a subject that
// names no one speaks for who spoke or was named just before: "the
// office added" (the last source), "the group accused" (the last group
// named), "it said" (the last body that spoke), "the cleric said" (the
// last person who spoke). With no fitting antecedent, or no claim verb,
// the sentence is no one's.
var referredSpeakerCases = []sourceCase{
	{"the office added", "Ali Khamenei's office said the talks were over. The office added that no envoy would be received.",
		[]string{"ali-khamenei", "ali-khamenei"}},
	{"the statement said", "According to a NATO statement, the mission will grow. The statement said Iraq would host its headquarters.",
		[]string{"nato", "nato"}},
	{"it said", "Kataib Hezbollah rejected the plan on Sunday. It said the plan served the occupiers.",
		[]string{"kataib-hezbollah", "kataib-hezbollah"}},
	{"the group, two sentences back", "Kataib Hezbollah buried its dead on Monday. Thousands marched in Baghdad. In a statement, the group said the answer would be harsh.",
		[]string{"kataib-hezbollah"}},
	{"according to the group", "Kataib Hezbollah buried its dead on Monday. The strikes killed 25 fighters, according to the group.",
		[]string{"kataib-hezbollah"}},
	{"the cleric said, closing a quotation", `Ali al-Sistani called for calm. "The government has failed," the cleric said.`,
		[]string{"ali-al-sistani", "ali-al-sistani"}},
	{"the cleric said, as the text described him", "Ali al-Sistani, the senior cleric, called for calm. In a sermon read in Karbala, the cleric said the government had failed.",
		[]string{"ali-al-sistani", "ali-al-sistani"}},
	{"its spokesman", "Kataib Hezbollah buried its dead on Monday. Its spokesman said the answer would be harsh.",
		[]string{"kataib-hezbollah"}},
	{"must not: its spokesman with no body before", "Mike Pompeo flew to Baghdad. Its spokesman said nothing.", nil},
	{"must not: it with no body before", "Mike Pompeo flew to Baghdad. It said nothing new.", nil},
	{"must not: no claim verb", "Kataib Hezbollah buried its dead on Monday. The group marched through Baghdad.", nil},
	{"must not: the ministry with no ministry named", "Protesters gathered in Baghdad. The ministry said 40 people were hurt.", nil},
}

func TestReferredSpeakers(t *testing.T) { runSourceCases(t, referredSpeakerCases) }

// stateBodyCases are texts written for this test: a body noun after a
// state spoke through its body is the state ("the ministry said"), a
// body noun of its own ("the charity said") is the last body, and "he"
// in a sentence two names could claim is who spoke last.
var stateBodyCases = []sourceCase{
	{"the ministry, after the state's unnamed presidency", "The Syrian presidency said the talks were over. The ministry said no envoy would be received.",
		[]string{"syria", "syria"}},
	{"the presidency again", "The Syrian presidency said the talks were over. The presidency added that no envoy would be received.",
		[]string{"syria", "syria"}},
	{"the charity said", "Amnesty International sent a team to Basra. According to the charity, its staff were threatened.",
		[]string{"amnesty-international"}},
	{"he is who spoke last", "Ali Khamenei's spokesman, Saad al-Hadithi, said the cabinet would meet. The cabinet, he added, would discuss the law.",
		[]string{"saad-al-hadithi", "saad-al-hadithi"}},
	{"must not: the charity with no body before", "Mike Pompeo flew to Baghdad. According to the charity, the hospital was shelled.", nil},
}

func TestStateBodySpeakers(t *testing.T) { runSourceCases(t, stateBodyCases) }

// describedSpeakerCases are texts written for this test: a subject that
// names no one by a word of a body's name ("the force said" after the
// Quds Force) or by the description the text gave a person who spoke
// ("the lawyer said" after "X's lawyer, Y, told reporters") is that body
// or person; a reflexive between a speaker and the verb ("Y himself
// said") parts nothing. A description no one who spoke was given names
// no one.
var describedSpeakerCases = []sourceCase{
	{"a word of the body's name", "The Quds Force buried its commander. In a statement, the force said revenge would come.",
		[]string{"quds-force"}},
	{"the description of who spoke", `Qasem Soleimani's lawyer, Karim Haddad, told reporters his client was innocent. "He has always acted within the law," the lawyer said.`,
		[]string{"karim-haddad", "karim-haddad"}},
	{"a reflexive", "Donald Trump himself said on Twitter that the strike was lawful.", []string{"donald-trump"}},
	{"must not: a description no speaker was given", `Karim Haddad told reporters his client was innocent. The judge said the trial would go on.`,
		[]string{"karim-haddad"}},
}

func TestDescribedSpeakers(t *testing.T) { runSourceCases(t, describedSpeakerCases) }
