package queries_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kg-analyst/kg/queries"
)

// TestKnownOn checks the graph as known on a day against the seed article,
// dated 31 December 2019: the day before none of its entities is known,
// that day all of its quads are.
func TestKnownOn(t *testing.T) {
	ctx := context.Background()
	qs := seedStore(t)
	full, err := queries.Summarize(ctx, qs)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		asOf         string
		wantQuads    int64 // -1: fewer than the full store's
		wantEntities int
	}{
		{"", full.Quads, full.Entities},
		{"2019-12-31", full.Quads, full.Entities},
		{"2020-06-01", full.Quads, full.Entities},
		{"2019-12-30", -1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			view, err := queries.KnownOn(ctx, qs, queries.Scope{AsOf: tt.asOf}, 0)
			if err != nil {
				t.Fatal(err)
			}
			got, err := queries.Summarize(ctx, view)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantQuads >= 0 && got.Quads != tt.wantQuads || tt.wantQuads < 0 && got.Quads >= full.Quads {
				t.Errorf("quads = %d, want %d (the full store has %d)", got.Quads, tt.wantQuads, full.Quads)
			}
			if got.Entities != tt.wantEntities {
				t.Errorf("entities = %d, want %d", got.Entities, tt.wantEntities)
			}
		})
	}
	_, err = queries.KnownOn(ctx, qs, queries.Scope{AsOf: "2019-12-31"}, 10)
	if err == nil || !strings.Contains(err.Error(), "more than the 10") {
		t.Errorf("a store past the bound: err = %v, want it refused", err)
	}
}
