package extract

import "testing"

// clauseGapCases are sentences written for this test in several outlets'
// manners (none from the dev or test articles): a subject and its verb
// apart, by a description or relative clause set off by commas, a
// participle, an aside, a phrase of time or an adverb; a nationality's
// a person's title before the object; and,
// beside each, sentences that must not say so.
var clauseGapCases = []wireCase{
	// A relative clause or description too long for the rules to read
	// across, then a verb of the rules ("called on") or of the lexicon.
	{"called on, past a long relative clause", "Moqtada al-Sadr, whose followers had swelled the protest camps in Baghdad and Basra since the first week of October, called on Iraq to expel the troops.",
		[]string{"moqtada-al-sadr calledOn iraq"}, nil},
	{"called on, past a description", "Chuck Schumer, the Democratic leader in the Senate, called on Mike Pompeo to testify.",
		[]string{"chuck-schumer calledOn mike-pompeo"}, nil},
	{"held meetings in, past a whom clause", "Esmail Qaani, the deputy whom Supreme Leader Ali Khamenei named to lead the Quds Force, has held meetings with militia leaders in Baghdad.",
		[]string{"esmail-qaani presentAt baghdad"}, []string{"ali-khamenei presentAt baghdad"}},
	{"accused, past a relative clause and a time phrase", "The United States, which has about 5,200 troops in Iraq, on Sunday accused Iran of arming the militias.",
		[]string{"united-states accused iran"}, nil},
	{"the relative clause's own verb stays its own", "Kataib Hezbollah, which the United States accused of the attack, denied it.",
		[]string{"united-states accused kataib-hezbollah"}, []string{"kataib-hezbollah accused united-states"}},
	{"a denied act past a description asserts nothing", "Kataib Hezbollah, an Iraqi militia with thousands of fighters in Anbar and Nineveh, has never attacked the United States.",
		nil, []string{"kataib-hezbollah attacked united-states"}},
	{"a planned act past a relative clause asserts nothing", "Asaib Ahl al-Haq, whose leader was sanctioned by the Treasury in December, plans to attack the United States.",
		nil, []string{"asaib-ahl-al-haq attacked united-states"}},
	{"what the subject said is another's act", "Hezbollah, Iran's closest ally in Lebanon, said on Sunday that Israel had attacked Syria.",
		nil, []string{"hezbollah attacked syria", "hezbollah attacked israel"}},

	// A participle or an aside set off by commas.
	{"speaking to reporters", "Mike Pompeo, speaking to reporters in Florida, accused Iran of backing the militias.",
		[]string{"mike-pompeo accused iran"}, nil},
	{"writing on Twitter", "Josep Borrell, writing on Twitter, urged Iran to show restraint.",
		[]string{"josep-borrell calledOn iran"}, nil},
	{"a participle with its own name and year", "Asaib Ahl al-Haq, founded in 2006 by Qais al-Khazali, accused the United States of plotting a coup.",
		[]string{"asaib-ahl-al-haq accused united-states"}, []string{"qais-al-khazali accused united-states"}},
	{"a participle with a day", "The Pentagon, pressed on Sunday about the strikes, accused Kataib Hezbollah of the rocket attack.",
		[]string{"pentagon accused kataib-hezbollah"}, nil},
	{"a participle with a place", "Kataib Hezbollah, based in Jurf al-Sakhar south of Baghdad, threatened the United States.",
		[]string{"kataib-hezbollah threatened united-states"}, nil},
	{"a participle of a question asked", "Mike Pompeo, asked about the attack on Fox News, blamed Iran.",
		[]string{"mike-pompeo accused iran"}, nil},
	{"a participle of an election", "Hadi al-Amiri, elected to parliament in 2018, called on Iraq to expel the troops.",
		[]string{"hadi-al-amiri calledOn iraq"}, nil},
	{"in a statement issued late", "Iran's Foreign Ministry, in a statement issued late on Sunday, condemned the U.S. air strikes.",
		[]string{"iranian-foreign-ministry condemned us-air-strikes"}, nil},

	// A phrase of time or an adverb, no commas.
	{"last week", "Muqtada al-Sadr last week called on Iraq to expel American troops.",
		[]string{"muqtada-al-sadr calledOn iraq"}, nil},
	{"late on Friday", "The Pentagon late on Friday accused Kataib Hezbollah of the rocket attack.",
		[]string{"pentagon accused kataib-hezbollah"}, nil},
	{"a fronted time with no comma", "The next day Grand Ayatollah Ali al-Sistani, whose sermon was read by his representative Ahmed al-Safi in Karbala, urged the Iraqi parliament to act.",
		[]string{"ali-al-sistani calledOn parliament-of-iraq"}, []string{"ahmed-al-safi calledOn parliament-of-iraq"}},
	{"a fronted place, titles and a relative clause", "In Beirut, Hezbollah leader Hassan Nasrallah, who spoke at a rally, accused the United States of starting a war.",
		[]string{"hassan-nasrallah accused united-states"}, []string{"hezbollah accused united-states"}},
	{"on Sunday, negated", "Iran on Sunday did not attack the United States.",
		nil, []string{"iran attacked united-states"}},
}

// clauseSubjectCases are sentences, written as clauseGapCases are, whose
// object has a title, or whose subject is a nationality's officials.
var clauseSubjectCases = []wireCase{
	// A nationality's officials are not the state: no nationality
	// adjective acts (the acceptance).
	{"Iraqi officials condemned", "Iraqi officials condemned the U.S. air strikes.",
		nil, []string{"iraq condemned us-air-strikes"}},
	{"British officials on Monday blamed", "British officials on Monday blamed Iran for the downing of the airliner.",
		nil, []string{"united-kingdom accused iran"}},
	{"officials who say another did it", "Iraqi officials said Iran had warned them.",
		nil, []string{"iraq threatened iran", "iran threatened iraq"}},
	{"troops are no officials", "American troops on Sunday attacked Kataib Hezbollah.",
		nil, []string{"united-states attacked kataib-hezbollah"}},

	// A title before the person the verb speaks of.
	{"called on a prime minister", "Moqtada al-Sadr called on Prime Minister Adel Abdul Mahdi to resign.",
		[]string{"moqtada-al-sadr calledOn adel-abdul-mahdi"}, nil},
	{"urged a secretary of state", "Nancy Pelosi urged Secretary of State Mike Pompeo to brief Congress.",
		[]string{"nancy-pelosi calledOn mike-pompeo"}, nil},
	{"called on two titled persons", "Angela Merkel called on Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan to meet in Berlin.",
		[]string{"angela-merkel calledOn vladimir-putin", "angela-merkel calledOn recep-tayyip-erdogan"}, nil},
	{"blamed a state's secretary, not the state", "Hassan Rouhani blamed U.S. Secretary of State Mike Pompeo for the crisis.",
		[]string{"hassan-rouhani accused mike-pompeo"}, []string{"hassan-rouhani accused united-states"}},
	{"a title after a comma and he", "Lindsey Graham praised the strike, and he called on Defense Secretary Mark Esper to brief the Senate.",
		[]string{"lindsey-graham calledOn mark-esper"}, nil},
}

// TestClauseGaps: see clauseGapCases.
func TestClauseGaps(t *testing.T) { runWireCases(t, clauseGapCases) }

// TestClauseSubjectsAndTitledObjects: see clauseSubjectCases.
func TestClauseSubjectsAndTitledObjects(t *testing.T) { runWireCases(t, clauseSubjectCases) }

// forcesThreatCases are sentences written for this test in several
// outlets' manners (none from the dev or test articles): a threat of harm
// to a state's forces, bases or troops threatens the state; a promise to
// protect them, or a threat denied, does not.
var forcesThreatCases = []wireCase{
	{"vowed revenge against forces", "Kataib Hezbollah vowed revenge against American forces after the strikes.",
		[]string{"kataib-hezbollah threatened united-states"}, nil},
	{"threatened to target bases", "Asaib Ahl al-Haq has threatened to target U.S. bases in Iraq.",
		[]string{"asaib-ahl-al-haq threatened united-states"}, nil},
	{"promised a crushing response against forces", "Iran's Revolutionary Guards promised a crushing response against American forces in the region.",
		[]string{"revolutionary-guards threatened united-states"}, nil},
	{"vowed retaliation against troops, titled subject", "Hezbollah leader Hassan Nasrallah vowed retaliation against American troops across the region.",
		[]string{"hassan-nasrallah threatened united-states"}, nil},
	{"warned of reprisals, past a description and a day", "Qais al-Khazali, the head of Asaib Ahl al-Haq, on Sunday warned of reprisals against British forces.",
		[]string{"qais-al-khazali threatened united-kingdom"}, nil},
	{"a promise to protect is no threat", "Kataib Hezbollah vowed to protect American forces.",
		nil, []string{"kataib-hezbollah threatened united-states"}},
	{"a threat denied", "Kataib Hezbollah did not threaten American forces.",
		nil, []string{"kataib-hezbollah threatened united-states"}},
	{"reinforcing one's own troops", "The Pentagon vowed to reinforce American troops in Iraq.",
		nil, []string{"pentagon threatened united-states"}},
}

// TestThreatsAgainstForces: see forcesThreatCases.
func TestThreatsAgainstForces(t *testing.T) { runWireCases(t, forcesThreatCases) }
