package extract

import "testing"

// TestObjectGaps: a relative clause whose object is the noun it follows
// ("the militia that X founded", "the attacks, which X blamed on Y") says
// how its subject is linked to the name that noun describes, or, past
// it, to the name its phrase leads to. The sentences are written for this
// test in several outlets' styles; none is from the dev or test articles.
func TestObjectGaps(t *testing.T) { runWireCases(t, objectGapCases) }

// objectGapCases are the sentences TestObjectGaps reads.
var objectGapCases = []wireCase{
	{"a description set off after the name", "Kataib Hezbollah, the militia that Abu Mahdi al-Muhandis had founded, warned Iraqi soldiers to keep away.",
		[]string{"abu-mahdi-al-muhandis says/founded kataib-hezbollah"}, nil},
	{"a hyphened description", "Asaib Ahl al-Haq, the Iran-backed group that Qais al-Khazali founded, denied any role on Monday.",
		[]string{"qais-al-khazali says/founded asaib-ahl-al-haq"}, nil},
	{"which after the name", "Protesters burned the flag of the Quds Force, which Qassem Soleimani had commanded for two decades.",
		[]string{"qassem-soleimani leads quds-force"}, nil},
	{"a noun phrase and a phrase after the verb", "Saudi Arabia condemned the drone attacks, which Washington blamed on Tehran.",
		[]string{"united-states says/blamed-the-drone-attacks-on tehran"}, nil},
	{"a passive paraphrase is read elsewhere", "Kataib Hezbollah, the militia founded by Abu Mahdi al-Muhandis, warned Iraqi soldiers.",
		[]string{"kataib-hezbollah says/founded-by abu-mahdi-al-muhandis"}, nil},
	{"a noun phrase, the state named", "Saudi Arabia condemned the drone attacks, which the United States blamed on Iran.",
		[]string{"united-states accused iran"}, nil},
	{"another outlet, present perfect", "The Badr Organization, which Hadi al-Amiri has led since 2003, backed the bill.",
		[]string{"hadi-al-amiri leads badr-organization"}, nil},
	{"a noun phrase opening the sentence", "The drones that the Houthis launched on Saturday at the Abqaiq plant and at an oil field near Khurais came from the north.",
		[]string{"houthis attacked abqaiq", "houthis says/launched-drones-at-field-near khurais"}, nil},
	{"a name and which", "Sirens sounded across the Ain al-Asad air base, which the Revolutionary Guards struck before dawn.",
		[]string{"revolutionary-guards attacked ain-al-asad-air-base"}, nil},
	// Must not: the verb has its own object; "that" opens what was
	// said; a negation; a modal.
	{"the verb has its own object", "Kataib Hezbollah, the militia that Abu Mahdi al-Muhandis founded in 2003, warned Iraqi soldiers that the United States had chosen targets.",
		nil, []string{"united-states says/chosen kataib-hezbollah", "united-states says/chosen-targets iraq"}},
	{"that after a verb's object opens what was said", "Pompeo told the Security Council that Iran had struck on Wednesday.",
		nil, []string{"iran attacked united-nations-security-council", "iran says/struck united-nations-security-council"}},
	{"that after a place opens what was said", "Pompeo said in a speech at the State Department that Iran had struck at dawn near Erbil.",
		nil, []string{"iran says/struck-speech-near erbil", "iran says/struck-speech-at-dawn-near erbil"}},
	{"a negation", "Kataib Hezbollah, the militia that Abu Mahdi al-Muhandis never led, warned Iraqi soldiers.",
		nil, []string{"abu-mahdi-al-muhandis leads kataib-hezbollah", "abu-mahdi-al-muhandis says/led kataib-hezbollah"}},
	{"a description read as a reference", "The rockets were blamed on Iranian-backed militias. Kataib Hezbollah, the militia that Abu Mahdi al-Muhandis had founded, vowed revenge.",
		[]string{"abu-mahdi-al-muhandis says/founded kataib-hezbollah"}, []string{"abu-mahdi-al-muhandis says/founded iranian-backed-militias"}},
	{"a modal", "Kataib Hezbollah, the militia that Abu Mahdi al-Muhandis would lead, warned Iraqi soldiers.",
		nil, []string{"abu-mahdi-al-muhandis leads kataib-hezbollah"}},
}
