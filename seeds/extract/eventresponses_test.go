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
