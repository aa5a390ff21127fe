package extract

import "testing"

// TestEventPronouns reads reactions to an event the sentence names by
// "it" or "them", in sentences written for this test (none from the dev
// or test sets), read as kg ingest reads a new article: the pronoun
// stands for the last event of its number, here or in the sentence
// before, and the subject is the agent before the verb, past a
// description or relative clause set off by commas; a pronoun subject
// that "was retaliation for", "came in response to" or "answered" an
// event is the event that answered it. Never an event of the other
// number, one two sentences back, a negated reaction or a promised answer.
func TestEventPronouns(t *testing.T) {
	x := New(nil, IngestOptions())
	strikes := "U.S. air strikes hit Kataib Hezbollah on Sunday. "
	strike := "A U.S. drone strike killed Qassem Soleimani on Friday. "
	tests := []wireCase{
		{"them: the strikes the sentence before named", strikes + "Adel Abdul Mahdi condemned them as a violation of Iraqi sovereignty.",
			[]string{"adel-abdul-mahdi condemned air-strike-2019-12-29"}, nil},
		{"past a relative clause set off by commas", strikes + "Adel Abdul Mahdi, who had been told of the plan before the strikes took place, denounced them.",
			[]string{"adel-abdul-mahdi condemned air-strike-2019-12-29"}, nil},
		{"a second subject past its description", strikes + "Iraq protested, and Ali al-Sistani, the most senior Shia cleric in the country, decried them as an aggression.",
			[]string{"ali-al-sistani condemned air-strike-2019-12-29"}, nil},
		{"it: an open relation by the verb", strike + "Mitch McConnell welcomed it.",
			[]string{"mitch-mcconnell says/welcomed air-strike-2020-01-03"}, nil},
		{"called it a crime condemns", strike + "Ali Khamenei called it a crime.",
			[]string{"ali-khamenei condemned air-strike-2020-01-03"}, nil},
		{"called it otherwise is the call", strike + "Lindsey Graham called it a bold stroke.",
			[]string{"lindsey-graham says/called air-strike-2020-01-03"}, []string{"lindsey-graham condemned air-strike-2020-01-03"}},
		{"a negated reaction", strike + "Mike Pompeo did not defend it.",
			nil, []string{"mike-pompeo says/defended air-strike-2020-01-03"}},
		{"it is not them", strikes + "Mike Pompeo welcomed it.",
			nil, []string{"mike-pompeo says/welcomed air-strike-2019-12-29"}},
		{"two sentences back", strike + "Iraq's parliament met on Sunday. Mike Pompeo welcomed it.",
			nil, []string{"mike-pompeo says/welcomed air-strike-2020-01-03"}},
		{"ordered it", strike + "Donald Trump ordered it.",
			[]string{"donald-trump ordered air-strike-2020-01-03"}, nil},
		{"denied it", strikes + "Kataib Hezbollah fired rockets at the embassy in revenge, and Iran denied it.",
			nil, []string{"iran deniedInvolvementIn air-strike-2019-12-29"}},
		{"denied them", strikes + "Iran denied them.",
			[]string{"iran deniedInvolvementIn air-strike-2019-12-29"}, nil},
		{"they were retaliation for", strikes + "The Pentagon said they were retaliation for a rocket attack on the K-1 base.",
			[]string{"air-strike-2019-12-29 responseTo rocket-attack-on-k-1-air-base"}, nil},
		{"they answered", strikes + "The Pentagon said they answered a rocket attack on the K-1 base.",
			[]string{"air-strike-2019-12-29 responseTo rocket-attack-on-k-1-air-base"}, nil},
		{"it came in response to", strike + "It came in response to a rocket attack on the K-1 base.",
			[]string{"air-strike-2020-01-03 responseTo rocket-attack-on-k-1-air-base"}, nil},
		{"an answer promised is none yet", strike + "Iran said it would answer the rocket attack on the K-1 base.",
			nil, []string{"air-strike-2020-01-03 responseTo rocket-attack-on-k-1-air-base"}},
		{"they is not it", strike + "The Pentagon said they were retaliation for a rocket attack on the K-1 base.",
			nil, []string{"air-strike-2020-01-03 responseTo rocket-attack-on-k-1-air-base"}},
		{"a nationality adjective reacts to nothing", strikes + "Iraqi officials condemned them.",
			nil, []string{"iraq condemned air-strike-2019-12-29"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, relationsOf(t, x, tt.text)) })
	}
}
