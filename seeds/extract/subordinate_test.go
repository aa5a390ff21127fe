package extract

import "testing"

// TestSubordinateParticiples reads subordinateCases.
func TestSubordinateParticiples(t *testing.T) { runWireCases(t, subordinateCases) }

// subordinateCases are sentences written for TestSubordinateParticiples
// (none from the dev or test articles) in the shapes news gives a
// subject's second act, a participle after "after", "before", "while" or
// "on" inside its clause: the subject did what the participle says to
// the name after it, the participle put in the past. Never for a
// participle denied, a plan, what someone else said, nor past the end of
// the subject's clause.
var subordinateCases = []wireCase{
	{"a craft and a phrasal participle", "Ukraine International Airlines Flight 752 crashed shortly after taking off from Imam Khomeini International Airport.",
		[]string{"ukraine-international-airlines-flight-752 says/took-off-from imam-khomeini-international-airport"}, nil},
	{"a person, a place between", "Mike Pompeo flew to Riyadh on Tuesday after meeting Benjamin Netanyahu in Jerusalem.",
		[]string{"mike-pompeo says/met benjamin-netanyahu"}, nil},
	{"a time phrase set before the subject", "Two days later, Mark Esper flew to Brussels after briefing Nancy Pelosi.",
		[]string{"mark-esper says/briefed nancy-pelosi"}, nil},
	{"a comma before the subordinator", "Josep Borrell spoke to reporters in Brussels, before meeting Javad Zarif.",
		[]string{"josep-borrell says/met javad-zarif"}, nil},
	{"a passive clause, the participle's own object", "Rob Macaire was held by police for several hours after attending a vigil at Amir Kabir University.",
		[]string{"rob-macaire says/attended-a-vigil-at amir-kabir-university"}, nil},
	{"arriving from", "Qassem Soleimani was killed minutes after arriving from Damascus.",
		[]string{"qassem-soleimani says/arrived-from damascus"}, nil},
	{"while", "Emmanuel Macron spoke to the press while campaigning with Angela Merkel.",
		[]string{"emmanuel-macron says/campaigned-with angela-merkel"}, nil},
	{"a participle denied", "Donald Trump ordered the strike without consulting Nancy Pelosi.",
		nil, []string{"donald-trump says/consulted nancy-pelosi"}},
	{"a clause with a subject of its own", "Boris Johnson criticised the strike after Emmanuel Macron refused to meet Hassan Rouhani.",
		nil, []string{"boris-johnson says/met hassan-rouhani", "boris-johnson says/meet hassan-rouhani"}},
	{"a plan", "Justin Trudeau will fly to Kyiv after meeting Volodymyr Zelensky.",
		nil, []string{"justin-trudeau says/met volodymyr-zelensky"}},
	{"what someone else did", "Angela Merkel said Vladimir Putin left Berlin after meeting Emmanuel Macron.",
		nil, []string{"angela-merkel says/met emmanuel-macron"}},
	{"past the subject's clause", "Mike Pompeo spoke with Boris Johnson, who flew to Washington after meeting Emmanuel Macron.",
		nil, []string{"mike-pompeo says/met emmanuel-macron"}},
}

// TestProgressiveAfterDescription reads progressiveCases.
func TestProgressiveAfterDescription(t *testing.T) { runWireCases(t, progressiveCases) }

// progressiveCases are sentences written for
// TestProgressiveAfterDescription (none from the dev or test articles):
// a subject, a description set off after it that names others, then an
// act under way ("was travelling in a convoy with"). Never when denied
// or only planned.
var progressiveCases = []wireCase{
	{"travelling with", "Qassem Soleimani, who had just arrived on a flight from Damascus, was travelling in a convoy with Abu Mahdi al-Muhandis when the missiles struck.",
		[]string{"qassem-soleimani says/travelling-in-a-convoy-with abu-mahdi-al-muhandis"}, nil},
	{"speaking to", "Hassan Nasrallah, who leads Hezbollah, was speaking to supporters in Beirut.",
		[]string{"hassan-nasrallah says/speaking-to-supporters-in beirut"}, nil},
	{"negotiating with", "Josep Borrell, who visited Tehran in February, was negotiating with Javad Zarif.",
		[]string{"josep-borrell negotiatedWith javad-zarif"}, nil}, // the act under way is the lexicon's (paraphrase_test.go)
	{"denied", "Emmanuel Macron, who called Donald Trump on Sunday, was not meeting with Hassan Rouhani.",
		nil, []string{"emmanuel-macron says/meeting-with hassan-rouhani"}},
	{"planned", "Angela Merkel, who met Vladimir Putin in January, was planning to meet Volodymyr Zelensky.",
		nil, []string{"angela-merkel says/planning-to-meet volodymyr-zelensky", "angela-merkel says/met volodymyr-zelensky"}},
}
