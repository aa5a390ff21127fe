package extract

import "testing"

// TestTitlesStandForTheirHolders: a title alone after the article named
// one person with it is that person; a title two people held, a
// compound that only ends in the word, or a former holder is no one.
func TestTitlesStandForTheirHolders(t *testing.T) { runWireCases(t, titleRefCases) }

// titleRefCases are the texts TestTitlesStandForTheirHolders reads.
var titleRefCases = []wireCase{
	{"a title before the name, then alone", "Prime Minister Adel Abdul Mahdi condemned the strike on Sunday. The prime minister also urged Iran to show restraint.",
		[]string{"adel-abdul-mahdi calledOn iran"}, nil},
	{"a title set off after the name, then alone", "Mohammad Javad Zarif, the foreign minister, flew to Baghdad on Sunday. The foreign minister met Barham Salih.",
		[]string{"mohammad-javad-zarif says/met barham-salih"}, nil},
	{"a demonym before the title", "Caretaker Prime Minister Adel Abdul Mahdi spoke on Monday. Later the Iraqi prime minister urged Washington to withdraw.",
		[]string{"adel-abdul-mahdi calledOn united-states"}, nil},
	{"a title two people hold", "Gen. Mark Milley spoke on Monday. Gen. Kenneth McKenzie visited Baghdad. The general warned Iran.",
		nil, []string{"mark-milley threatened iran", "kenneth-mckenzie threatened iran"}},
	{"a former holder is someone else", "President Donald Trump spoke on Monday. The former president urged Iran to negotiate.",
		nil, []string{"donald-trump calledOn iran"}},
	{"a compound title is not its last word", "Hassan Nasrallah, the secretary-general of Hezbollah, spoke on Sunday. The general urged Iran to strike.",
		nil, []string{"hassan-nasrallah calledOn iran"}},
	{"a title before another name names that one", "President Donald Trump spoke on Monday. The president Hassan Rouhani urged Iraq to act.",
		nil, []string{"donald-trump calledOn iraq"}},
}
