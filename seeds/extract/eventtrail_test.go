package extract

import "testing"

// TestEventPhraseTrail reads what an event's noun phrase says after its
// anchor and its noun: the others struck beside the anchor ("the killing
// of X and Y"), who carried it out, by name or by a people's adjective
// ("by an American drone"), and where ("at Baghdad airport"); and
// nothing from a clause that only follows it.
func TestEventPhraseTrail(t *testing.T) { runWireCases(t, trailCases) }

var trailCases = []wireCase{
	{"two victims, an agent by adjective and a place (analysis)",
		"The killing of Qassem Soleimani and Abu Mahdi al-Muhandis by an American drone at Baghdad airport on Jan. 3 turned attention to Washington and Tehran.",
		[]string{"abu-mahdi-al-muhandis killedIn killing-2020-01-03", "qassem-soleimani killedIn killing-2020-01-03",
			"united-states conducted killing-2020-01-03", "killing-2020-01-03 locatedIn baghdad-international-airport"}, nil},
	{"a list closed by others (wire)",
		"Iran vowed to avenge the assassination of Qassem Soleimani, Abu Mahdi al-Muhandis and eight others.",
		[]string{"abu-mahdi-al-muhandis killedIn assassination-of-qassem-soleimani"}, nil},
	{"a state's air defences (broadcaster)",
		"The downing of Ukraine International Airlines Flight 752 by Iranian air defences killed 176 people.",
		[]string{"iran conducted downing-of-ukraine-international-airlines-flight-752"}, nil},
	{"a state's agents (magazine)",
		"The assassination of Imad Mughniyeh by Israeli agents in Damascus in 2008 shocked Hezbollah.",
		[]string{"israel conducted assassination-of-imad-mughniyeh"}, nil},
	{"killed with another (newspaper)",
		"Kataib Hezbollah, whose founder Abu Mahdi al-Muhandis was killed with Qassem Soleimani in the U.S. drone strike on Jan. 3, vowed revenge.",
		[]string{"qassem-soleimani killedIn air-strike-2020-01-03", "abu-mahdi-al-muhandis killedIn air-strike-2020-01-03"}, nil},
	{"where strikes that open the sentence hit (wire)",
		"The U.S. air strikes in Iraq and Syria on Dec. 29 killed 25 fighters.",
		[]string{"air-strike-2019-12-29 locatedIn iraq", "air-strike-2019-12-29 locatedIn syria"}, nil},
	{"near a place (agency)",
		"A U.S. drone strike near Baghdad International Airport on Jan. 3 killed Qassem Soleimani.",
		[]string{"air-strike-2020-01-03 locatedIn baghdad-international-airport"}, nil},
	// Must not fire.
	{"a reporting clause after the anchor is no list",
		"The killing of Qassem Soleimani, Trump said, made Americans safer.",
		nil, []string{"donald-trump killedIn killing-of-qassem-soleimani"}},
	{"a person of the next clause",
		"Iranians mourned the killing of Qassem Soleimani and prayed for Abu Mahdi al-Muhandis.",
		nil, []string{"abu-mahdi-al-muhandis killedIn killing-of-qassem-soleimani"}},
	{"another's bodyguards",
		"The killing of Qassem Soleimani and Abu Mahdi al-Muhandis's bodyguards stunned Baghdad.",
		nil, []string{"abu-mahdi-al-muhandis killedIn killing-of-qassem-soleimani"}},
	{"a class of attacks by a group",
		"Officials said the attacks by Iran-backed groups were growing more frequent.",
		nil, []string{"iran-backed-groups conducted attacks"}},
}
