package extract

import "testing"

// stanceCases are sentences written for this test in several outlets'
// manners (none from the dev or test articles): what actors say and do to
// one another, read from a denial of a role in an event however the event
// is qualified, a threat to a state's forces in reported speech, and a
// clause's act answering an event named in a phrase set off at its end;
// and, beside each, sentences that must not say so.
var stanceCases = []wireCase{
	// A denial of any role in an event, the event qualified.
	{"denied a role in a separate attack", "Iran denied any role in a separate rocket attack on the Green Zone.",
		[]string{"iran deniedInvolvementIn rocket-attack-on-green-zone"}, nil},
	{"denied playing a part in the latest attack", "Asaib Ahl al-Haq denied playing any part in the latest rocket attack on the Green Zone.",
		[]string{"asaib-ahl-al-haq deniedInvolvementIn rocket-attack-on-green-zone"}, nil},
	{"rejected responsibility for a deadly attack", "Kataib Hezbollah rejected any responsibility for the deadly rocket attack on Camp Taji.",
		[]string{"kataib-hezbollah deniedInvolvementIn deadly-rocket-attack-on-camp-taji"}, nil},
	{"claimed a role is no denial", "Kataib Hezbollah claimed a role in the rocket attack on Camp Taji.",
		nil, []string{"kataib-hezbollah deniedInvolvementIn rocket-attack-on-camp-taji"}},

	// A threat to a state's forces in reported speech.
	{"said soldiers in the region would pay", "Hezbollah leader Hassan Nasrallah said on Sunday that U.S. soldiers in the region would pay the price.",
		[]string{"hassan-nasrallah threatened united-states"}, nil},
	{"told a crowd that forces would pay", "Qais al-Khazali told supporters in Baghdad that American forces would pay a heavy price.",
		[]string{"qais-al-khazali threatened united-states"}, nil},
	{"told, adding that a people would regret", "Hossein Salami told the crowd in Kerman, adding that the Americans would regret their crime.",
		[]string{"hossein-salami threatened united-states"}, nil},
	{"troops who would be protected are not threatened", "Mark Esper said U.S. troops in the region would be protected.",
		nil, []string{"mark-esper threatened united-states"}},
	{"a report of danger is no threat", "The Pentagon said U.S. troops would be targeted by militias.",
		nil, []string{"pentagon threatened united-states"}},

	// A clause's act answering an event named at its end.
	{"fired missiles, in retaliation for a strike", "Iran fired ballistic missiles at the Ain al-Asad air base before dawn, in retaliation for the U.S. drone strike in Baghdad.",
		[]string{"ballistic-missile-strike-by-iran responseTo us-drone-strike"}, nil},
	{"air strikes, in response to a rocket attack", "The United States carried out air strikes against Kataib Hezbollah in Iraq on Sunday, in response to a rocket attack on the K-1 base.",
		[]string{"air-strike-2019-12-29 responseTo rocket-attack-on-k-1-air-base"}, nil},
	{"two events before the phrase say nothing", "The rocket attack on Camp Taji came a day after air strikes on Kataib Hezbollah, in response to the killing of Soleimani.",
		nil, []string{"rocket-attack-on-camp-taji responseTo killing-of-qasem-soleimani", "air-strike-on-kataib-hezbollah responseTo killing-of-qasem-soleimani"}},
	{"an act named by its verb", "Iraq's parliament voted on Sunday, in response to the U.S. drone strike.",
		[]string{"vote-2019-12-29 responseTo us-drone-strike"}, nil},
}

// TestStance: see stanceCases.
func TestStance(t *testing.T) { runWireCases(t, stanceCases) }
