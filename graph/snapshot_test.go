package graph_test

import (
	"context"
	"testing"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
)

// TestSnapshotOrder checks that a snapshot of a bolt store lists nodes in
// the order they first appeared, as Cayley's memstore does, where bolt
// itself follows hashes.
func TestSnapshotOrder(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Path: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var want []quad.Value
	var quads []quad.Quad
	for _, n := range []string{"zulu", "alpha", "mike", "bravo", "yankee", "charlie"} {
		quads = append(quads, quad.MakeIRI(n, "is", "letter", ""))
		want = append(want, quad.IRI(n))
	}
	if _, err := st.Load(ctx, quad.NewReader(quads), graph.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	snap, err := st.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := path.StartPath(snap).Has(quad.IRI("is")).Iterate(ctx).AllValues(snap)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("snapshot order (-want +got):\n%s", diff)
	}
	small, err := st.QueryStore(ctx, 100)
	if err != nil || small == st.QuadStore() {
		t.Errorf("QueryStore with room for the store: got the store itself (%v)", err)
	}
	big, err := st.QueryStore(ctx, 2)
	if err != nil || big != st.QuadStore() {
		t.Errorf("QueryStore over its limit: want the store itself (%v)", err)
	}
}
