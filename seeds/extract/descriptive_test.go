package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRelatingDescriptions: read as kg ingest reads, a description that
// states a relation of a name inside it is an entity with that relation;
// other descriptions are not.
func TestRelatingDescriptions(t *testing.T) {
	x := New(known, IngestOptions())
	tests := []struct {
		name     string
		text     string
		entities []string // new entities
		typed    []string
	}{
		{"troops from a base", "Donald Trump ordered 650 troops from Fort Bragg to deploy.",
			[]string{"650 troops from Fort Bragg:MilitaryUnit", "Fort Bragg:Facility"},
			[]string{"650-troops-from-fort-bragg deployedFrom fort-bragg", "donald-trump ordered 650-troops-from-fort-bragg"}},
		{"troops alone", "Donald Trump ordered 650 troops to deploy.", nil, nil},
		{"troops from a unit", "About 750 soldiers from the 82nd Airborne Division flew to Kuwait.",
			[]string{"82nd Airborne Division:MilitaryUnit", "Kuwait:Country"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.entities, newOf(t, x, tt.text)); diff != "" {
				t.Errorf("new entities of %q (-want +got):\n%s", tt.text, diff)
			}
			if diff := cmp.Diff(tt.typed, typedOf(t, x, tt.text)); diff != "" {
				t.Errorf("typed statements of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
