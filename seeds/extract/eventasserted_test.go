package extract

import "testing"

// A verb that states an event asserts it only outside a hedge, a
// negation or a modal. Sentences written for these tests, none from the
// dev or test sets.
var assertedVerbCases = []eventCase{
	{"a vote told as news", "2020-03-03",
		"Lebanon's parliament voted on Monday to expel the envoy.",
		[]string{"vote-2020-03-02 | Vote by Parliament of Lebanon, 2020-03-02 | 2020-03-02"}},
	{"a vote in a condition is none", "2020-03-03",
		"Officials said the army would strike if Lebanon's parliament voted on Monday.",
		nil},
	{"a vote that would have been is none", "2020-03-03",
		"Lebanon's parliament would have voted on Monday.",
		nil},
	{"a vote not held is none", "2020-03-03",
		"Lebanon's parliament had not voted by Monday.",
		nil},
	{"a storming after a conditional clause closed by a comma is one", "2020-03-03",
		"If the talks fail, officials said, the army will act. Protesters stormed the Danish Embassy in Tehran on Monday.",
		[]string{"siege-2020-03-02 | Siege at Danish Embassy, 2020-03-02 | 2020-03-02"}},
	{"a person who struck a deal struck no one", "2020-03-03",
		"Barham Salih struck a deal with the Kurdish parties on Monday.",
		nil},
}

func TestAssertedVerbEvents(t *testing.T) {
	runEventCases(t, New(known, IngestOptions()), assertedVerbCases)
}
