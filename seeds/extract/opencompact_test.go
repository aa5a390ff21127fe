package extract

import "testing"

// TestCompactObjects: a clause's verb phrase whose object runs long, or
// past a name, still says how its subject is linked to the name it leads
// to, its object compacted to its head nouns. The sentences are written
// for this test in several outlets' styles; none is from the dev or test
// articles.
func TestCompactObjects(t *testing.T) { runWireCases(t, compactCases) }

// compactCases are the sentences TestCompactObjects reads.
var compactCases = []wireCase{
	{"an object with an of-phrase before the place", "Jens Stoltenberg chaired an emergency session of the alliance's ambassadors in Brussels on Monday.",
		[]string{"jens-stoltenberg says/chaired-session-in brussels"}, nil},
	{"a place on the way", "Mike Pompeo met the heads of the embassy staff at a military compound in Amman.",
		[]string{"mike-pompeo says/met-heads-at-compound-in amman"}, nil},
	{"a name on the way", "Heiko Maas announced the measures in Berlin alongside Jean-Yves Le Drian.",
		[]string{"heiko-maas says/announced-measures-alongside jean-yves-le-drian"}, nil},
	{"a name and a time on the way", "Emmanuel Macron travelled to Tehran on Saturday for talks with President Hassan Rouhani.",
		[]string{"emmanuel-macron says/travelled-for-talks-with hassan-rouhani"}, nil},
	{"a count before the object", "The Pentagon sent about 750 paratroopers of the 82nd Airborne Division to Kuwait.",
		[]string{"pentagon says/sent-paratroopers-to kuwait"}, nil},
	{"phrases on the way", "Angela Merkel sent a delegation of senior officials to the memorial service at the Chancellery.",
		[]string{"angela-merkel says/sent-delegation-to-service-at chancellery"}, nil},
	{"a typed relation for the pair: no open one", "Iran fired dozens of ballistic missiles at the Ain al-Asad air base in Anbar.",
		[]string{"iran attacked ain-al-asad-air-base"}, []string{"iran says/fired-missiles-at ain-al-asad-air-base"}},
	{"a reported clause's subject", "The defence ministry said the U.S.-led coalition had paused its training of Kurdish forces at bases across the Kurdistan Region.",
		[]string{"us-led-coalition says/paused-training-at-bases-across kurdistan"}, nil},
	{"a verb phrase after and", "Moqtada al-Sadr has alternately backed and opposed the Iran-backed militias of the Popular Mobilization Forces.",
		[]string{"moqtada-al-sadr says/opposed-militias-of popular-mobilization-forces"}, nil},
	{"a second verb phrase after and", "Jens Stoltenberg chaired a meeting of the council and sent a team of advisers to the base in Jordan.",
		[]string{"jens-stoltenberg says/sent-team-to-base-in jordan"}, nil},
	// Must not: a name inside a phrase is no subject; a negation, a
	// modal, a passive, a clause or a second act inside the phrase; a
	// place that only says where the name on the way is; a name as the
	// object; two objects.
	{"a name inside a phrase is no subject", "Mourners waving the flags of Hezbollah followed the coffins of the fighters through the streets of Beirut.",
		nil, []string{"hezbollah says/followed-coffins-through-streets-of beirut"}},
	{"a negation", "Emmanuel Macron did not attend the memorial service for the victims in Kyiv.",
		nil, []string{"emmanuel-macron says/attend-service-in kyiv"}},
	{"a modal", "Boris Johnson could send a team of investigators to the crash site in Tehran.",
		nil, []string{"boris-johnson says/send-team-to-site-in tehran"}},
	{"a passive", "Justin Trudeau was briefed by the head of the security services at a base in Ottawa.",
		nil, []string{"justin-trudeau says/briefed-head-at-base-in ottawa"}},
	{"a clause inside", "Mike Pompeo praised the soldiers who had defended the embassy compound in Baghdad.",
		nil, []string{"mike-pompeo says/praised-soldiers-in baghdad", "mike-pompeo says/praised-compound-in baghdad"}},
	{"a second act inside", "The Revolutionary Guards fired missiles at bases housing American troops in Iraq.",
		nil, []string{"revolutionary-guards says/fired-missiles-at-troops-in iraq"}},
	{"the place is the name's on the way", "Germany flew its soldiers to the Azraq air base in Jordan.",
		nil, []string{"germany says/flew-soldiers-in jordan"}},
	{"a purpose is no object", "The Iraqi parliament voted on Sunday to expel American forces from Iraq.",
		nil, []string{"parliament-of-iraq says/voted-to-forces-from iraq"}},
	{"two objects", "Ismail Haniyeh called Soleimani a martyr of Jerusalem in a speech in Tehran.",
		nil, []string{"ismail-haniyeh says/called-martyr-of jerusalem", "ismail-haniyeh says/called-martyr-in-speech-in tehran"}},
	{"a nationality before a title", "Nechirvan Barzani discussed the attack with Iraqi President Barham Salih by phone.",
		nil, []string{"nechirvan-barzani says/discussed-attack-with iraq"}},
	{"a told clause has its own subject", "Mike Pompeo told reporters the coalition had moved its trainers to a base in Jordan.",
		nil, []string{"mike-pompeo says/moved-trainers-to-base-in jordan"}},
	{"a negation after and", "Jens Stoltenberg chaired a meeting of the council and did not send a team of advisers to the base in Jordan.",
		nil, []string{"jens-stoltenberg says/send-team-to-base-in jordan", "jens-stoltenberg says/did-send-team-to-base-in jordan"}},
	{"a time is no object", "Jens Stoltenberg arrived after the meeting of the council in Brussels.",
		nil, []string{"jens-stoltenberg says/arrived-meeting-in brussels"}},
}
