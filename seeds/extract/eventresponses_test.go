package extract

import "testing"

// TestEventsAnsweringEvents reads an event a pronoun stands for, framed
// as an answer by a verb ("described it as a response to"), as
// responseTo the event the framing names; never a framing as anything
// else, nor an answer to no named event.
func TestEventsAnsweringEvents(t *testing.T) { runWireCases(t, answeringCases) }

var answeringCases = []wireCase{
	{"a pronoun framed as a response (analysis)",
		"The United States carried out air strikes on Sunday against five facilities of Kataib Hezbollah. The Pentagon described it as a response to the rocket attack on the K-1 base near Kirkuk.",
		[]string{"air-strike-2019-12-29 responseTo rocket-attack-on-k-1-air-base"}, nil},
	{"a plural pronoun framed as retaliation (wire)",
		"U.S. air strikes hit five Kataib Hezbollah sites on Sunday. Officials described them as retaliation for the rocket attack on Camp Taji.",
		[]string{"air-strike-2019-12-29 responseTo rocket-attack-on-camp-taji"}, nil},
	{"framed by another verb, with an adjective (newspaper)",
		"The Revolutionary Guards fired ballistic missiles at Ain al-Asad air base. Tehran characterized them as a legitimate response to the U.S. drone strike that killed Qassem Soleimani.",
		[]string{"ballistic-missile-strike-by-islamic-revolutionary-guard-corp responseTo us-drone-strike"}, nil},
	{"justified as an answer (broadcaster)",
		"Israel carried out air strikes on Hamas positions in Gaza overnight. Its military justified them as an answer to the rocket attack on Jerusalem.",
		[]string{"air-strike-by-israel responseTo rocket-attack-on-jerusalem"}, nil},
	{"framed as retaliation (agency)",
		"U.S. jets carried out a raid on a Kataib Hezbollah depot near al-Qaim on Sunday. Officials framed it as retaliation for the rocket attack on Camp Taji.",
		[]string{"air-strike-2019-12-29 responseTo rocket-attack-on-camp-taji"}, nil},
	// Must not fire.
	{"framed as something other than an answer",
		"The United States carried out air strikes on Sunday against Kataib Hezbollah. The Pentagon described them as defensive and proportionate to the rocket attack on Camp Taji.",
		nil, []string{"air-strike-2019-12-29 responseTo rocket-attack-on-camp-taji"}},
	{"an answer to no named event",
		"The United States carried out air strikes on Sunday against Kataib Hezbollah. Officials described them as a response to months of harassment by the group.",
		nil, []string{"air-strike-2019-12-29 responseTo kataib-hezbollah"}},
}

// TestActsAnsweringEvents reads an act as the answer to the event a
// phrase of its own clause names, with no comma before it ("fired
// missiles at the base in retaliation for"), as what the act was ("the
// strikes were a response to") or fronted ("In retaliation for X, the
// United States carried out air strikes"); never a threat of revenge, a
// denial, or an answer to no event.
func TestActsAnsweringEvents(t *testing.T) { runWireCases(t, actAnswerCases) }

var actAnswerCases = []wireCase{
	{"inside the clause, no comma (wire)",
		"Israel carried out air strikes on Hamas positions in Gaza in response to a rocket attack on Jerusalem.",
		[]string{"air-strike-by-israel responseTo rocket-attack-on-jerusalem"}, nil},
	{"what the strikes were, past a relative clause (newspaper)",
		"The U.S. airstrikes, which hit five sites in Iraq and Syria, were retaliation for the rocket attack on the K-1 base.",
		[]string{"us-airstrikes responseTo rocket-attack-on-k-1-air-base"}, nil},
	{"fronted, then a verb's act (analysis)",
		"In response to the U.S. drone strike that killed Qassem Soleimani, Iraq's parliament voted to expel foreign troops.",
		[]string{"vote-by-parliament-of-iraq-reported-2020-01-03 responseTo us-drone-strike"}, nil},
	{"fronted, then a noun's act (agency)",
		"In retaliation for the rocket attack on the K-1 base, the United States carried out airstrikes on Kataib Hezbollah on Sunday.",
		[]string{"air-strike-2019-12-29 responseTo rocket-attack-on-k-1-air-base"}, nil},
	{"what was fired, then the answer (broadcaster)",
		"Iran fired ballistic missiles at Ain al-Asad air base in retaliation for the U.S. drone strike that killed Qassem Soleimani.",
		[]string{"ballistic-missile-strike-by-iran responseTo us-drone-strike"}, nil},
	// Must not fire.
	{"a threat of retaliation",
		"Kataib Hezbollah vowed retaliation for the U.S. airstrikes on its bases.",
		nil, []string{"us-airstrikes responseTo us-airstrikes"}},
	{"revenge vowed after another act",
		"After the rocket attack on Camp Taji, Iran vowed revenge for the killing of Qassem Soleimani.",
		nil, []string{"rocket-attack-on-camp-taji responseTo killing-of-qassem-soleimani"}},
	{"denied to be an answer",
		"The U.S. airstrikes on Kataib Hezbollah were not a response to the rocket attack on the K-1 base, Iran said.",
		nil, []string{"us-airstrikes responseTo rocket-attack-on-k-1-air-base"}},
	{"an answer to threats, no event",
		"The drone strike on Qassem Soleimani was carried out in response to imminent threats, the Pentagon said.",
		nil, []string{"drone-strike-on-qassem-soleimani responseTo qassem-soleimani"}},
}

// TestRetaliationsWith reads the act a past retaliation, response or
// answer was made with as the answer to the act it was made for
// ("retaliated for X with Y", "avenged X by firing missiles at Z"); a
// promise to retaliate answers nothing yet, and "by firing missiles at
// Z" places no killing at Z.
func TestRetaliationsWith(t *testing.T) { runWireCases(t, retaliatedWithCases) }

var retaliatedWithCases = []wireCase{
	{"retaliated for, with (analysis)",
		"The United States retaliated for the rocket attack on the K-1 base with air strikes on Kataib Hezbollah.",
		[]string{"air-strike-on-kataib-hezbollah responseTo rocket-attack-on-k-1-air-base"}, nil},
	{"avenged, by firing (wire)",
		"Iran avenged the killing of Qassem Soleimani by firing missiles at Ain al-Asad.",
		[]string{"missile-strike-on-ain-al-asad-air-base responseTo killing-of-qassem-soleimani"},
		[]string{"killing-of-qassem-soleimani locatedIn ain-al-asad-air-base"}},
	{"retaliated for, with a dated strike (agency)",
		"Iran retaliated for the killing of Qassem Soleimani with a missile strike on Ain al-Asad on Jan. 8.",
		[]string{"missile-strike-2020-01-08 responseTo killing-of-qassem-soleimani"}, nil},
	{"answered, with (newspaper)",
		"Iran answered the killing of Qassem Soleimani with a missile strike on Ain al-Asad on Jan. 8.",
		[]string{"missile-strike-2020-01-08 responseTo killing-of-qassem-soleimani"}, nil},
	{"responded to, with (broadcaster)",
		"Washington responded to the rocket attack on Camp Taji with air strikes on Kataib Hezbollah.",
		[]string{"air-strike-on-kataib-hezbollah responseTo rocket-attack-on-camp-taji"}, nil},
	// Must not fire.
	{"a promise to retaliate",
		"Kataib Hezbollah vowed to retaliate for the air strikes on Kataib Hezbollah with attacks on Camp Taji.",
		nil, []string{"attack-on-camp-taji responseTo air-strike-on-kataib-hezbollah"}},
}
