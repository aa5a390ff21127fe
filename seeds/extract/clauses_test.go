package extract

import (
	"context"
	"os"
	"testing"

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
