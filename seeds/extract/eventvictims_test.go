package extract

import "testing"

// TestEventVictims reads who a killing killed past titles, roles set off
// before the name, descriptions after it, companions and lists closed by
// "others", in sentences written for this test (none from the dev or test
// sets), read as kg ingest reads a new article, and those a later
// sentence adds ("Also killed was X", "Among the dead were X and Y") to
// the killing told before; and never a person the words name as someone
// else: an owner, a relation, a speaker, the one who ordered it, a victim
// denied.
func TestEventVictims(t *testing.T) {
	x := New(nil, IngestOptions())
	tests := []wireCase{
		{"a title before the name", "A U.S. drone strike in Baghdad killed Major General Qassem Soleimani on Friday.",
			[]string{"qassem-soleimani killedIn air-strike-2020-01-03"}, nil},
		{"a role set off before the name", "The American drone strike at Baghdad airport that killed the commander of Iran's Quds Force, Qassem Soleimani, shook the region.",
			[]string{"qassem-soleimani killedIn american-drone-strike"}, nil},
		{"a companion after the victim's description", "A U.S. drone strike killed Qassem Soleimani, the architect of Iran's militias, along with Abu Mahdi al-Muhandis, a militia founder.",
			[]string{"qassem-soleimani killedIn us-drone-strike", "abu-mahdi-al-muhandis killedIn us-drone-strike"}, nil},
		{"together with, the companion's role first", "A U.S. drone strike killed Qassem Soleimani together with the deputy head of the Popular Mobilization Forces, Abu Mahdi al-Muhandis.",
			[]string{"abu-mahdi-al-muhandis killedIn us-drone-strike"}, nil},
		{"a participle after the strike", "A U.S. drone strike hit two cars near the airport on Friday, killing Qassem Soleimani as well as Abu Mahdi al-Muhandis.",
			[]string{"qassem-soleimani killedIn air-strike-2020-01-03", "abu-mahdi-al-muhandis killedIn air-strike-2020-01-03"}, nil},
		{"a passive list closed by others", "Qassem Soleimani, Abu Mahdi al-Muhandis and eight others were killed in a U.S. drone strike.",
			[]string{"qassem-soleimani killedIn us-drone-strike", "abu-mahdi-al-muhandis killedIn us-drone-strike"}, nil},
		{"a passive companion before the event", "Qassem Soleimani, commander of the Quds Force, was assassinated along with his deputy, Abu Mahdi al-Muhandis, in a U.S. drone strike on Friday.",
			[]string{"qassem-soleimani killedIn air-strike-2020-01-03", "abu-mahdi-al-muhandis killedIn air-strike-2020-01-03"}, nil},
		{"an owner is not the one killed", "A U.S. drone strike killed two bodyguards of Qassem Soleimani.",
			nil, []string{"qassem-soleimani killedIn us-drone-strike"}},
		{"whose bodyguard", "A U.S. drone strike killed Qassem Soleimani's bodyguard.",
			nil, []string{"qassem-soleimani killedIn us-drone-strike"}},
		{"an ally named in the description", "A U.S. drone strike killed Qassem Soleimani, a close ally of Ali Khamenei.",
			[]string{"qassem-soleimani killedIn us-drone-strike"}, []string{"ali-khamenei killedIn us-drone-strike"}},
		{"who ordered it", "The U.S. drone strike that killed Qassem Soleimani was ordered by Donald Trump.",
			nil, []string{"donald-trump killedIn us-drone-strike"}},
		{"an event before another clause's killing", "After a U.S. drone strike, militants killed Abu Mahdi al-Muhandis.",
			nil, []string{"abu-mahdi-al-muhandis killedIn us-drone-strike"}},
		{"a denied death", "Abu Mahdi al-Muhandis was not killed in a U.S. drone strike.",
			nil, []string{"abu-mahdi-al-muhandis killedIn us-drone-strike"}},
		{"a speaker after the victims", "A U.S. drone strike killed Qassem Soleimani, Mike Pompeo said.",
			[]string{"qassem-soleimani killedIn us-drone-strike"}, []string{"mike-pompeo killedIn us-drone-strike"}},
		{"a relative clause with no comma describes no owner", "Iran's supreme leader vowed revenge for the U.S. drone strike that killed Gen. Qassem Soleimani.",
			[]string{"qassem-soleimani killedIn us-drone-strike"}, []string{"iran attacked qassem-soleimani"}},
		{"without killing anyone", "Hours after missiles struck the Ain al-Asad air base without killing any Americans, Mr. Donald Trump spoke.",
			nil, []string{"donald-trump killedIn missile-strike-on-ain-al-asad-air-base"}},
		{"a subject after the comma", "A U.S. drone strike killed the driver of the car, Donald Trump said.",
			nil, []string{"donald-trump killedIn us-drone-strike"}},
		{"also killed was, the killing a sentence before", "A U.S. drone strike killed Qassem Soleimani. Also killed was Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization Forces.",
			[]string{"abu-mahdi-al-muhandis killedIn us-drone-strike"}, nil},
		{"among the dead were, two sentences on", "A U.S. drone strike killed Qassem Soleimani. Iraq protested. Among the dead were Abu Mahdi al-Muhandis and Mohammed Reda al-Jabri.",
			[]string{"abu-mahdi-al-muhandis killedIn us-drone-strike", "mohammed-reda-al-jabri killedIn us-drone-strike"}, nil},
		{"among the dead, no killing told", "A U.S. drone strike hit a convoy. Among the dead was Abu Mahdi al-Muhandis.",
			nil, []string{"abu-mahdi-al-muhandis killedIn us-drone-strike"}},
		{"the one the companion met", "A U.S. drone strike killed Qassem Soleimani after he met Abu Mahdi al-Muhandis along with Hadi al-Amiri.",
			nil, []string{"hadi-al-amiri killedIn us-drone-strike", "abu-mahdi-al-muhandis killedIn us-drone-strike"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, relationsOf(t, x, tt.text)) })
	}
}

// TestPairOfVictims reads "both men" and "the two men" killed as the two
// persons the sentence named before them; never where it named fewer.
func TestPairOfVictims(t *testing.T) { runWireCases(t, pairVictimCases) }

var pairVictimCases = []wireCase{
	{"both men, passive, in a caption's clause (newspaper)",
		"Mourners carried the coffins of Qassem Soleimani and Abu Mahdi al-Muhandis through Baghdad on Jan. 4, a day after both men were killed in a U.S. drone strike.",
		[]string{"qassem-soleimani killedIn us-drone-strike", "abu-mahdi-al-muhandis killedIn us-drone-strike"}, nil},
	{"killing both men, a participle (wire)",
		"Qassem Soleimani was travelling with Abu Mahdi al-Muhandis when the U.S. drone strike hit their convoy on Jan. 3, killing both men.",
		[]string{"qassem-soleimani killedIn air-strike-2020-01-03", "abu-mahdi-al-muhandis killedIn air-strike-2020-01-03"}, nil},
	{"the two men, after and (analysis)",
		"Qassem Soleimani met Abu Mahdi al-Muhandis at the airport, and the two men were killed in the U.S. drone strike on Jan. 3.",
		[]string{"qassem-soleimani killedIn air-strike-2020-01-03", "abu-mahdi-al-muhandis killedIn air-strike-2020-01-03"}, nil},
	{"the two commanders, after a semicolon (agency)",
		"Iran mourned Qassem Soleimani and Abu Mahdi al-Muhandis; the two commanders were killed in the U.S. drone strike on Jan. 3.",
		[]string{"qassem-soleimani killedIn air-strike-2020-01-03", "abu-mahdi-al-muhandis killedIn air-strike-2020-01-03"}, nil},
	{"both men in a reported clause (broadcaster)",
		"Hassan Nasrallah praised Qassem Soleimani and Abu Mahdi al-Muhandis, saying both men were killed in the U.S. drone strike on Jan. 3 as martyrs.",
		[]string{"qassem-soleimani killedIn air-strike-2020-01-03", "abu-mahdi-al-muhandis killedIn air-strike-2020-01-03"}, nil},
	// Must not fire.
	{"one person named before",
		"Donald Trump said both men were killed in the U.S. drone strike on Jan. 3.",
		nil, []string{"donald-trump killedIn air-strike-2020-01-03"}},
}

// "Killed X and Y" kills both, each maybe described between commas
// first, and so does "X and Y, who were killed in"; "who was killed"
// names the last alone, and a person after another verb is not killed.
func TestJoinedVictims(t *testing.T) { runWireCases(t, joinedVictimCases) }

var joinedVictimCases = []wireCase{
	{"both described", "An American drone strike near Baghdad airport killed Qassem Soleimani, the commander of Iran's Quds Force, and Abu Mahdi al-Muhandis, the deputy chairman of the Popular Mobilization Forces.",
		[]string{"qassem-soleimani killedIn american-drone-strike", "abu-mahdi-al-muhandis killedIn american-drone-strike"}, nil},
	{"the first described, the second not", "A U.S. drone strike killed Qassem Soleimani, Iran's top general, and Abu Mahdi al-Muhandis on Friday.",
		[]string{"qassem-soleimani killedIn us-drone-strike", "abu-mahdi-al-muhandis killedIn us-drone-strike"}, nil},
	{"a relative clause on two", "Militias vowed to avenge Qassem Soleimani and Abu Mahdi al-Muhandis, who were killed in a U.S. drone strike at Baghdad airport.",
		[]string{"qassem-soleimani killedIn us-drone-strike", "abu-mahdi-al-muhandis killedIn us-drone-strike"}, nil},
	{"a relative clause, a list of three", "Crowds mourned Qassem Soleimani, Abu Mahdi al-Muhandis and Mohammed Reda al-Jabri, who were killed in the U.S. drone strike on Friday.",
		[]string{"qassem-soleimani killedIn air-strike-2020-01-03", "abu-mahdi-al-muhandis killedIn air-strike-2020-01-03"}, nil},
	{"who was killed: the last alone", "Donald Trump praised Mike Pompeo and spoke of Qassem Soleimani, who was killed in a U.S. drone strike.",
		[]string{"qassem-soleimani killedIn us-drone-strike"}, []string{"mike-pompeo killedIn us-drone-strike"}},
	{"another verb's object", "The strike killed Qassem Soleimani, the Quds Force commander, and wounded Abu Mahdi al-Muhandis.",
		nil, []string{"abu-mahdi-al-muhandis killedIn strike"}},
	{"a speaker after the list", "A U.S. drone strike killed Qassem Soleimani, Pentagon spokesman Jonathan Hoffman said.",
		nil, []string{"jonathan-hoffman killedIn us-drone-strike"}},
}
