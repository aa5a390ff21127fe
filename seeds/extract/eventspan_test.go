package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// An event a verb states is kept with the verb's object and place as its
// mention, up to where the clause goes on; a verb no act is asserted by
// states no event. Sentences written for these tests, none from the dev
// or test sets.
func TestVerbMentionSpans(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"the object and its city, not the date after", "Protesters stormed the Danish Embassy in Tehran on Monday and set fire to its gate.",
			"stormed the Danish Embassy in Tehran"},
		{"not the clause after and", "Protesters stormed the Danish Embassy in Tehran and set fire to its gate on Monday.",
			"stormed the Danish Embassy in Tehran"},
		{"to before a place stays", "The Pentagon deployed 750 paratroopers to Kuwait on Tuesday.",
			"deployed 750 paratroopers to Kuwait"},
		{"to before a verb ends it", "Students gathered in Basra on Monday to protest against the government.",
			"gathered in Basra"},
		{"a comma ends it", "Lebanon's parliament on Monday voted, after a long debate, to expel the envoy.",
			"voted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range eventMentionsOf(t, New(known, IngestOptions()), "2020-03-03", tt.text) {
				_, text, _ := strings.Cut(m, ": ")
				text, _, _ = strings.Cut(text, " -> ")
				got = append(got, text)
			}
			if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
				t.Errorf("event mentions (-want +got):\n%s", diff)
			}
		})
	}
}

// objectEnd stops at the first word that opens another clause or a time
// adjunct, and reaches no further than objectReach words. The verb is
// the text's first word (three for "opened fire on").
func TestObjectEnd(t *testing.T) {
	tests := []struct {
		text string
		verb int
		want string
	}{
		{"stormed the camp in Najaf and burned its tents", 1, "the camp in Najaf"},
		{"opened fire on protesters who had blocked the bridge", 3, "protesters"},
		{"struck the base early on Wednesday", 1, "the base"},
		{"struck the base on 8 January", 1, "the base"},
		{"struck the base Tuesday", 1, "the base"},
		{"struck the base on the outskirts of the city", 1, "the base on the outskirts of the city"},
		{"marched to the embassy to protest", 1, "to the embassy"},
		{"struck one two three four five six seven eight nine ten", 1, "one two three four five six seven eight"},
		{"voted, then left", 1, ""},
		{"struck the plant in September", 1, "the plant"},
		{"struck Saudi Aramco's plant at Abqaiq", 1, "Saudi Aramco's plant at Abqaiq"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text)
		got := ""
		if end := objectEnd(toks, tt.verb); end > tt.verb {
			got = tt.text[toks[tt.verb].Start:toks[end-1].End]
		}
		if got != tt.want {
			t.Errorf("objectEnd(%q) reaches %q, want %q", tt.text, got, tt.want)
		}
	}
}
