package gizmo

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph/write/writetest"
	"github.com/kg-analyst/kg/queries"
)

// TestEntityResolvesAsCLI runs the same names through the CLI's resolver
// (queries.Resolve, what kg links NAME uses) and through Gizmo's kg.entity
// on the seed graph: both must take the same entity, or both fail with the
// same message.
func TestEntityResolvesAsCLI(t *testing.T) {
	qs := writetest.SeedStore(t).QuadStore()
	s := NewSession(qs, nil)
	tests := []struct {
		name string
		want string // the entity id the CLI takes, "" when it takes none
	}{
		{"Qasem Soleimani", "qasem-soleimani"},
		{"qasem soleimani", "qasem-soleimani"},
		{"Soleimani", "qasem-soleimani"},
		{"Solemani", "qasem-soleimani"},         // a typo
		{"Qassem Suleimani", "qasem-soleimani"}, // transliteration
		{"General Soleimani", "qasem-soleimani"},
		{"Mr. Trump", "donald-trump"}, // a title
		{"U.S. President Trump", "donald-trump"},
		{"Trump", "donald-trump"},
		{"Kata'ib Hezbollah", "kataib-hezbollah"}, // alias
		{"kataib hizballah", "kataib-hezbollah"},
		{"IRGC", "revolutionary-guards"},
		{"Revolutionary Guard", "revolutionary-guards"}, // singular of an alias
		{"Quds Force", "quds-force"},
		{"quds-force", "quds-force"},                             // an id
		{"id:quds-force", "quds-force"},                          // a prefixed IRI
		{"<https://kg.example.org/id/quds-force>", "quds-force"}, // an IRI
		{"Khamenei", "ali-khamenei"},
		{"Ayatollah Khamenei", "ali-khamenei"},
		{"Khameini", "ali-khamenei"},
		{"Bragg", ""}, // two entities hold the word
		{"Nobody At All", ""},
		{"zzzz", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cli, cliErr := queries.Resolve(context.Background(), qs, tt.name)
			res, jsErr := s.Run(context.Background(), fmt.Sprintf("kg.entity(%q)", tt.name), Options{})
			if tt.want == "" {
				if cliErr == nil || jsErr == nil {
					t.Fatalf("CLI %v (%v), kg.entity %v (%v): want both to fail", cli.ID, cliErr, res, jsErr)
				}
				if !strings.Contains(jsErr.Error(), "kg.entity: "+cliErr.Error()) {
					t.Errorf("kg.entity says %q, the CLI %q", jsErr, cliErr)
				}
				return
			}
			if cliErr != nil || cli.ID != tt.want {
				t.Fatalf("CLI: %q is %q (%v), want %q", tt.name, cli.ID, cliErr, tt.want)
			}
			if jsErr != nil {
				t.Fatalf("kg.entity: %v; the CLI takes %s", jsErr, cli.ID)
			}
			if got, want := res.Rows, []any{quad.StringOf(quad.IRI(cli.IRI))}; fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("kg.entity(%q) = %v, the CLI takes %v", tt.name, got, want)
			}
		})
	}
}
