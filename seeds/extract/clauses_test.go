package extract

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/seeds"
)

// TestResponsesOverlappingMentions reads the seed article as kg eval reads
// it (descriptions as entities) but a few days after it appeared: a verb's
// event and a description overlap there, and responses once sliced the
// text between them backwards and panicked.
func TestResponsesOverlappingMentions(t *testing.T) {
	raw, err := os.ReadFile("../us-embassy-baghdad-2019.txt")
	if err != nil {
		t.Fatal(err)
	}
	set, err := seeds.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	x := New(set.Entities(), Options{Describe: true, Descriptive: true})
	for _, date := range []string{"2019-12-31", "2020-01-05"} {
		if _, err := x.Extract(context.Background(), Input{ID: "seed", Raw: string(raw), Date: date}); err != nil {
			t.Errorf("%s: %v", date, err)
		}
	}
}

// An agent's act a verb states, then what it answered after a comma, in
// any article (not only in Describe mode); "the strikes" and "the raids"
// after it are that act.
func TestVerbEventResponses(t *testing.T) {
	x := New(known, IngestOptions())
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an agent struck, in retaliation for an attack",
			"The United States struck five sites in Iraq and Syria on Sunday, in retaliation for a rocket attack on Camp Taji. The strikes killed 25 fighters, and Iraq condemned the raids.",
			[]string{"air-strike-2019-12-29 responseTo rocket-attack-on-camp-taji", "iraq condemned air-strike-2019-12-29",
				"rocket-attack-on-camp-taji targeted camp-taji", "united-states conducted air-strike-2019-12-29"}},
		{"a vote in response to a strike",
			"Iraq's parliament voted on Sunday to expel foreign troops, in response to the American drone strike in Baghdad.",
			[]string{"parliament-of-iraq conducted vote-2019-12-29", "united-states conducted american-drone-strike",
				"vote-2019-12-29 responseTo american-drone-strike"}},
		{"a comma's other clause answers nothing",
			"The United States struck five sites on Sunday, and Iran fired back in retaliation for a rocket attack on Camp Taji.",
			nil},
	}
	// "struck back" is a reply whose kind the words after it say ("firing
	// missiles at"), no strike of its own.
	if got := eventsOf(t, x, "2020-01-08", "Iran struck back at the United States on Wednesday."); got != nil {
		t.Errorf("struck back: events %q, want none", got)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, st := range typedOf(t, x, tt.text) {
				if strings.Contains(st, " responseTo ") || strings.Contains(st, " conducted ") || strings.Contains(st, " condemned ") || strings.Contains(st, " targeted ") {
					got = append(got, st)
				}
			}
			if tt.want == nil {
				if got = slices.DeleteFunc(got, func(st string) bool { return !strings.Contains(st, " responseTo ") }); len(got) == 0 {
					got = nil
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("statements (-want +got):\n%s", diff)
			}
		})
	}
}
