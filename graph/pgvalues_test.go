package graph_test

import (
	"context"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
)

// TestPostgresValuesOf reads the values of every quad of a store holding
// every kind of value Cayley's SQL store keeps in its own columns (and a
// string with a NUL character, which it escapes) in one batched call, and
// wants what Cayley's own look-up, one value at a time, returns: nil for a
// nil reference and for a hash the store does not hold.
func TestPostgresValuesOf(t *testing.T) {
	u := storetest.PostgresURL(t, "test the batched value read")
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "postgres", Path: storetest.FreshDatabase(t, u)})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in := append(pgLoadInput(200), quad.Make(quad.IRI("id:nul"), quad.IRI("kg:p"), quad.String("a\x00b"), nil))
	if _, err := st.Load(ctx, quad.NewReader(in), graph.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	qs := st.ScanQuadStore()
	if _, ok := qs.(refs.BatchNamer); !ok {
		t.Fatalf("%T reads values one at a time", qs)
	}
	var ends []cgraph.Ref
	it := qs.QuadsAllIterator().Iterate()
	for it.Next(ctx) {
		for _, d := range quad.Directions {
			r, err := qs.QuadDirection(it.Result(), d)
			if err != nil {
				t.Fatal(err)
			}
			ends = append(ends, r)
		}
	}
	if err := it.Close(); err != nil {
		t.Fatal(err)
	}
	ends = append(ends, nil, refs.HashOf(quad.IRI("id:absent")))
	got, err := cgraph.ValuesOf(ctx, qs, ends)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]quad.Value, len(ends))
	for i, r := range ends {
		if want[i], err = qs.NameOf(r); err != nil {
			t.Logf("NameOf(%v): %v", r, err)
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("values read in one call (-one at a time +batched):\n%s", d)
	}
	if !slices.Contains(got, quad.Value(quad.String("a\x00b"))) {
		t.Errorf("the string with a NUL character was not read back")
	}
}
