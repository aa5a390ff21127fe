package extract

import "testing"

// TestOwnersSubjects reads sentences written for this test whose subject
// is what a name owns: the owner is linked to the verb phrase's object by
// the owned noun and the phrase; a role, a state's body, an event's noun,
// a reported clause, a modal and an owned thing that is the object of
// another verb link nothing.
func TestOwnersSubjects(t *testing.T) { runWireCases(t, ownersSubjectCases) }

var ownersSubjectCases = []wireCase{
	{"a passive with its preposition",
		"Abu Mahdi al-Muhandis's body was flown to Najaf on Monday.",
		[]string{"abu-mahdi-al-muhandis says/body-was-flown-to najaf"}, nil},
	{"a group's followers and where they went",
		"Moqtada al-Sadr's supporters marched through Basra after Friday prayers.",
		[]string{"moqtada-al-sadr says/supporters-marched-through basra"}, nil},
	{"what they did to another name",
		"Moqtada al-Sadr's followers stormed the offices of Asaib Ahl al-Haq in Najaf.",
		[]string{"moqtada-al-sadr says/followers-stormed-the-offices-of asaib-ahl-al-haq"}, nil},
	// Must not fire.
	{"a role's holder is read as such, not the owner",
		"Hezbollah's leader praised Qassem Soleimani on Sunday.",
		nil, []string{"hezbollah says/leader-praised qassem-soleimani"}},
	{"a state's body acts itself",
		"Iraq's government asked the United States to withdraw.",
		nil, []string{"iraq says/government-asked united-states"}},
	{"an event's noun is the event's",
		"Qassem Soleimani's killing angered Iraq.",
		nil, []string{"qassem-soleimani says/killing-angered iraq"}},
	{"a reporting verb makes a claim",
		"Kataib Hezbollah's spokesmen said Iran had no part in it.",
		nil, []string{"kataib-hezbollah says/spokesmen-said iran"}},
	{"a modal says nothing was done",
		"Moqtada al-Sadr's supporters would march through Basra.",
		nil, []string{"moqtada-al-sadr says/supporters-would-march-through basra"}},
	{"the owned thing is another verb's object",
		"Police burned Moqtada al-Sadr's posters and marched through Basra.",
		nil, []string{"moqtada-al-sadr says/posters-and-marched-through basra"}},
}
