package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// stateSpeakerCases are sentences written for this test in several
// outlets' manners (none from the dev or test articles): a nationality
// adjective before the unnamed people who speak for its state ("Iraqi
// military officials", "a senior U.S. defense official in Baghdad"), or a
// state's military or government after its possessive, makes the state
// the source; the same words where they are the object, or do not speak,
// name no one.
var stateSpeakerCases = []sourceCase{
	{"officials said, wire style", "Iraqi military officials said two rockets struck inside the Green Zone.", []string{"iraq"}},
	{"officials said at the end", "Two rockets hit the base overnight, Israeli officials said.", []string{"israel"}},
	{"a count before them", "The new commander met militia leaders in Baghdad, two Iraqi officials told the Associated Press.", []string{"iraq"}},
	{"according to sources", "According to Iraqi security sources, the rockets hit a dining hall.", []string{"iraq"}},
	{"a place after the official", "A senior U.S. defense official in Baghdad warned that the attacks were growing more frequent.", []string{"united-states"}},
	{"an adverb before the verb", "On Sunday, Iranian officials first blamed a technical failure.", []string{"iran"}},
	{"the military, after its possessive", "Iran's military said on Saturday it had shot down the airliner by mistake.", []string{"iran"}},
	{"the military, with an article", "No one was hurt in the attack, according to the Iraqi military.", []string{"iraq"}},
	{"the military, a day between", "The Syrian military on Monday denied any role in the attack.", []string{"syria"}},
	{"must not: officials as the object", "Mike Pompeo met Iraqi officials in Baghdad.", nil},
	{"must not: officials who do not speak", "Iraqi officials were killed in the strike.", nil},
	{"must not: officers, not officials", "The strike killed Iraqi military officers near the airport.", nil},
}

func TestStateSpeakers(t *testing.T) { runSourceCases(t, stateSpeakerCases) }

// asideSpeakerCases: a speaker set off from the verb by a long aside, a
// relative clause ("who flew to Florida ... , described") or a
// description opening with an article, still says the sentence; a
// relative clause whose verb is no claim, or a clause that reports,
// leaves the speaker to the verb's own subject.
var asideSpeakerCases = []sourceCase{
	{"who, a long relative clause", "Defense Secretary Mark Esper, who flew to Florida with his aides on Sunday to brief President Trump at his resort, described the strikes as a decisive response.",
		[]string{"mark-esper"}},
	{"which, with a claim verb of its own", "Kataib Hezbollah, which named the operation after its dead commander, warned the United States against any response.",
		[]string{"kataib-hezbollah"}},
	{"whose, a state", "Iran, whose missiles struck two bases in Iraq before dawn on Wednesday, said it had concluded its response.",
		[]string{"iran"}},
	{"an article's long description", "Abu Mahdi al-Muhandis, the founder of Kataib Hezbollah and the deputy leader of the Popular Mobilization Forces, promised a harsh answer.",
		[]string{"abu-mahdi-al-muhandis"}},
	{"a description with a relative clause", "Qais al-Khazali, a cleric at the head of a militia that the United States has sanctioned for a decade, vowed revenge.",
		[]string{"qais-al-khazali"}},
	{"must not: no claim verb after the aside", "Mark Esper, who flew to Florida with his aides on Sunday to brief President Trump at his resort, returned to Washington.",
		nil},
}

func TestAsideSpeakers(t *testing.T) { runSourceCases(t, asideSpeakerCases) }

// framedClaimCases: a verb that makes a claim only with "that" or "as"
// after it ("answered the next day that", "presented the strikes as"), a
// speaker in a relative clause ("what he called", "which Pompeo condemned
// as"), and "his office said" with a person named in the sentence or the
// one before.
var framedClaimCases = []sourceCase{
	{"answered that", "The State Department answered the next day that any delegation would discuss force posture.", []string{"state-department"}},
	{"responded that, an adverb between", "Iran responded on Monday that the sanctions were economic terrorism.", []string{"iran"}},
	{"presented as", "The Pentagon presented the strikes as retaliation for the Kirkuk attack.", []string{"pentagon"}},
	{"portrayed as, a capital", "Washington portrayed the strike as an act of self-defence.", []string{"united-states"}},
	{"what he called", "Moqtada al-Sadr brought his followers on to the streets for what he called a million-man march.", []string{"moqtada-al-sadr"}},
	{"which X condemned as", "The ambassador was detained after a vigil, which Mike Pompeo condemned as a violation of international law.", []string{"mike-pompeo"}},
	{"what a capital presented as", "The barrage was what Tehran presented as its answer to the killing.", []string{"iran"}},
	{"her office said, the person in the sentence", "Angela Merkel spoke with Barham Salih by phone, her office said.", []string{"angela-merkel"}},
	{"his spokesman said, the person before", "Adel Abdul Mahdi received the message at midnight. His spokesman said it named only the bases.", []string{"adel-abdul-mahdi"}},
	{"must not: answered with an act", "Iran answered the killing with a barrage of missiles.", nil},
	{"must not: presented with no as", "Mike Pompeo presented a plan to Congress.", nil},
	{"must not: which with no claim verb", "The strikes hit Kataib Hezbollah, which Iran backs.", nil},
	{"must not: his office as a place", "Abdul Mahdi stayed in his office all night.", nil},
}

func TestFramedClaims(t *testing.T) { runSourceCases(t, framedClaimCases) }

// sourceCase is a text and the sources its sentences name, in order.
type sourceCase struct {
	name, text string
	want       []string
}

// runSourceCases checks who each case's sentences say they are said by.
func runSourceCases(t *testing.T, cases []sourceCase) {
	t.Helper()
	x := New(known, Options{})
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sourcesOf(t, x, tt.text)); diff != "" {
				t.Errorf("sources of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// participleClaimCases: a claim made by a participle of the subject's
// act, after "by" ("responded by threatening") or after a relative
// clause set off before the act ("X, who had posted ..., addressed the
// nation, telling"), and a speaker whose aside names a place with its
// country ("speaking in Davos, Switzerland,"); a participle with no
// subject opening the sentence names no one.
var participleClaimCases = []sourceCase{
	{"by threatening", "President Trump responded to the vote by threatening Iraq with sanctions.", []string{"donald-trump"}},
	{"by warning, a state", "Iran answered the strike by warning the United States of a crushing response.", []string{"iran"}},
	{"telling, after a relative clause", "Hassan Rouhani, who had met his cabinet that morning, addressed the nation on television, telling Iranians that the missiles had hit their targets.",
		[]string{"hassan-rouhani"}},
	{"promising, after a relative clause", "Mike Pompeo, who flew to Baghdad in secret, met the prime minister, promising that the troops would stay.", []string{"mike-pompeo"}},
	{"a place and its country in the aside", "Mark Esper, visiting Erbil, Iraq, said the coalition would stay.", []string{"mark-esper"}},
	{"must not: a participle with no subject", "By threatening Iraq, the president lost his allies in parliament.", nil},
	{"must not: no claim participle", "Mike Pompeo, who flew to Baghdad in secret, met the prime minister, leaving before dawn.", nil},
}

func TestParticipleClaims(t *testing.T) { runSourceCases(t, participleClaimCases) }
