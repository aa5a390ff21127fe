package extract

import "testing"

// invertedSpeakerCases are sentences written for this test: the verb
// comes before its speaker, past a title or a description set off before
// the name; a quoting verb's "as saying" makes the one quoted speak, not
// the outlet; a title between the comma and a name set off before the
// verb, and a state's unnamed body ("the Syrian presidency", "Iran's
// foreign ministry"), speak. A name that opens the reported clause, and
// an outlet that is only told, do not.
var invertedSpeakerCases = []sourceCase{
	{"said, then a title", "The talks will resume next week, said Defense Minister Mark Esper.", []string{"mark-esper"}},
	{"said, then a description set off", `"Nobody trusts the banks," said one depositor, Rami Khoury, 45.`, []string{"rami-khoury"}},
	{"quoted as saying", "Hadi al-Amiri was quoted as saying that the Americans must leave.", []string{"hadi-al-amiri"}},
	{"an outlet quotes", "State media quoted Hassan Rouhani as saying that Iran would respond.", []string{"hassan-rouhani"}},
	{"an outlet cites", "The Tasnim news agency cited Ali Shamkhani as saying that Iran would respond.", []string{"ali-shamkhani"}},
	{"a statement issued by", "A statement issued by Kataib Hezbollah said the funeral would take place on Saturday.", []string{"kataib-hezbollah"}},
	{"the possessive's statement", "Ali Khamenei's statement said the response would come.", []string{"ali-khamenei"}},
	{"a title set off before the verb", "An Iraqi military spokesman, Brig. Gen. Yahya Rasool, said the rockets fell short.", []string{"yahya-rasool"}},
	{"a state's unnamed body", "The Syrian presidency said the talks went well.", []string{"syria"}},
	{"the possessive's qualified ministry", "Oman's foreign ministry announced that the envoy had been recalled.", []string{"oman", "omani-foreign-ministry"}},
	{"must not: said, then the reported clause", "The minister said Mark Esper would resign.", nil},
	{"must not: the outlet told", "The vote was binding, Nouri al-Maliki told Reuters.", []string{"nouri-al-maliki"}},
	{"must not: quoted with no as saying", "State media quoted a poem by Hassan Rouhani.", nil},
	{"must not: a paper carried by an outlet", "A statement carried by the Tasnim news agency warned of a response.", nil},
}

func TestInvertedSpeakers(t *testing.T) { runSourceCases(t, invertedSpeakerCases) }

// subordinateSpeakerCases are sentences written for this test: the
// subject of a clause a subordinator opens speaks when a claim verb
// follows it ("after Iran said"); the object of a preposition does not,
// nor a subject whose verb claims nothing.
var subordinateSpeakerCases = []sourceCase{
	{"after X said", "Oil prices rose after Iran said it would close the strait.", []string{"iran"}},
	{"as X warned", "The embassy was evacuated as Kataib Hezbollah warned of more attacks.", []string{"kataib-hezbollah"}},
	{"must not: no claim verb", "Oil prices rose after Iran closed the strait.", nil},
	{"must not: the object of a preposition", "Thousands marched against Kataib Hezbollah in Baghdad.", nil},
}

func TestSubordinateSpeakers(t *testing.T) { runSourceCases(t, subordinateSpeakerCases) }

// presentSpeakerCases are sentences written for this test: a claim verb
// in the present ("insists", "writes that", "officials reject") says the
// sentence as its past does, and an adverb set off alone (", too,")
// parts no speaker from its verb. A present verb that claims nothing,
// and a set-off clause longer than one adverb, do not.
var presentSpeakerCases = []sourceCase{
	{"insists", "Kataib Hezbollah insists the alliance remains strong.", []string{"kataib-hezbollah"}},
	{"writes that", "Ali Khamenei writes that the enemy has failed.", []string{"ali-khamenei"}},
	{"unnamed officials, plural present", "Iranian officials reject the idea of a fraying alliance.", []string{"iran"}},
	{"an adverb set off alone", "Kataib Hezbollah, too, has pledged revenge.", []string{"kataib-hezbollah"}},
	{"must not: a present verb that claims nothing", "Kataib Hezbollah runs checkpoints near the airport.", nil},
	{"must not: an infinitive", "The strikes were meant to warn Kataib Hezbollah.", nil},
}

func TestPresentSpeakers(t *testing.T) { runSourceCases(t, presentSpeakerCases) }
