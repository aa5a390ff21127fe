package extract

import "testing"

// TestInitials: a body's initials in parentheses after its name stand
// between the subject and its verb, and the clause is read as if they
// were not written; a negation or a modal still makes no relation. The
// sentences are written for this test in several outlets' styles.
func TestInitials(t *testing.T) { runWireCases(t, initialsCases) }

// initialsCases are the sentences TestInitials reads.
var initialsCases = []wireCase{
	{"a typed verb", "The Islamic Revolutionary Guard Corps (IRGC) threatened Israel on Sunday.",
		[]string{"revolutionary-guards threatened israel"}, nil},
	{"an open relation", "The Patriotic Union of Kurdistan (PUK) met with Hadi al-Amiri in Sulaimani.",
		[]string{"patriotic-union-of-kurdistan says/met-with hadi-al-amiri"}, nil},
	{"initials and a description set off", "The Popular Mobilization Forces (PMF), an umbrella of mostly Shiite militias, marched to the Green Zone.",
		[]string{"popular-mobilization-forces says/marched-to green-zone"}, nil},
	{"initials and a participle set off", "The Kurdistan Democratic Party (KDP), led by former president Masoud Barzani, boycotted the session.",
		[]string{"masoud-barzani leads kurdistan-democratic-party"}, nil},
	{"initials inside an object", "Masrour Barzani chaired a meeting of the Kurdistan Regional Government (KRG) in Erbil.",
		[]string{"masrour-barzani says/chaired-a-meeting-of kurdistan-regional-government"}, nil},
	{"a negation", "The Islamic Revolutionary Guard Corps (IRGC) did not threaten Israel.",
		nil, []string{"revolutionary-guards threatened israel"}},
	{"a modal", "The Popular Mobilization Forces (PMF) could march to the Green Zone.",
		nil, []string{"popular-mobilization-forces says/march-to green-zone", "popular-mobilization-forces says/could-march-to green-zone"}},
}
