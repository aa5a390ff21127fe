package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParseSeats: a capital and its state must be a city and a country of
// the built-in list; a bad line names its file and line.
func TestParseSeats(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      map[string]string // by name key
		err       string
	}{
		{"two seats", "# seats\nWashington: United States\n\nTehran: Iran\n", map[string]string{nameKey("Washington"): "United States", nameKey("Tehran"): "Iran"}, ""},
		{"no colon", "Washington United States", nil, "seats:1: want Capital: State"},
		{"a country as the capital", "Iran: Iraq", nil, `seats:1: "Iran" is no city`},
		{"a city as the state", "Washington: Baghdad", nil, `seats:1: "Baghdad" is no country`},
		{"twice", "Tehran: Iran\nTehran: Iraq", nil, `seats:2: "Tehran" already has a state`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseSeats("seats", tt.src, World())
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("seats (-want +got):\n%s", diff)
			}
		})
	}
}
