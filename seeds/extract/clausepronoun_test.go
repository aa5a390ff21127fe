package extract

import "testing"

// TestPronounAfterTimePhrase reads timedPronounCases.
func TestPronounAfterTimePhrase(t *testing.T) { runWireCases(t, timedPronounCases) }

// timedPronounCases are sentences written for TestPronounAfterTimePhrase
// (none from the dev or test articles): a clause joined by "and" or
// "but" whose subject "he" or "she" follows a phrase of time ("and on 24
// January he withdrew"), the one person the sentence named before it,
// or its subject when it named more; never a place.
var timedPronounCases = []wireCase{
	{"a date", "Moqtada al-Sadr called for a march against the American presence, and on 24 January he withdrew his supporters from Tahrir Square.",
		[]string{"moqtada-al-sadr says/withdrew-his-supporters-from tahrir-square"}, nil},
	{"a weekday", "Hassan Rouhani promised a full inquiry, and on Sunday he spoke by phone with Volodymyr Zelensky.",
		[]string{"hassan-rouhani says/spoke-by-phone-with volodymyr-zelensky"}, nil},
	{"last week after but", "Justin Trudeau demanded answers from Tehran, but last week he met with Javad Zarif in Munich.",
		[]string{"justin-trudeau says/met-with javad-zarif"}, nil},
	{"an adverb of time", "Josep Borrell flew to Tehran in February, and later she held talks with Hassan Rouhani.",
		[]string{"josep-borrell says/held-talks-with hassan-rouhani"}, nil},
	{"a month", "Angela Merkel backed the deal, and in January she travelled to Moscow.",
		[]string{"angela-merkel presentAt moscow"}, nil},
	{"two persons before: the subject goes on after a comma and and", "Boris Johnson spoke with Emmanuel Macron, and on Monday he met with Angela Merkel.",
		[]string{"boris-johnson says/met-with angela-merkel"}, []string{"emmanuel-macron says/met-with angela-merkel"}},
	{"a place is no time", "Mike Pompeo praised the strike, and in Baghdad he met with Adel Abdul Mahdi.",
		nil, []string{"baghdad says/met-with adel-abdul-mahdi"}},
}
