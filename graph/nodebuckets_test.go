package graph_test

import (
	"context"
	"fmt"
	"sort"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
)

// TestReplaceAllLikeCayley writes the same documents into two new bolt
// stores, one with ReplaceAll (which writes a document that only adds
// through the bulk loader, and makes node buckets in key order before
// Cayley's writer otherwise) and one through Cayley's own ApplyDeltas, then
// replaces one document with an overlapping version, and finds the same
// quads under every label, the same size, and the same answer from Cayley.
func TestReplaceAllLikeCayley(t *testing.T) {
	ctx := context.Background()
	doc := func(label string, from, to int) []quad.Quad {
		var qs []quad.Quad
		for i := from; i < to; i++ {
			qs = append(qs, quad.MakeIRI(fmt.Sprintf("e%d", i), "p", fmt.Sprintf("e%d", i*7%1000), label))
			qs = append(qs, quad.Make(quad.IRI(fmt.Sprintf("e%d", i)), quad.IRI("name"), quad.String(fmt.Sprintf("name %d", i)), quad.IRI(label)))
		}
		return qs
	}
	labels := []quad.Value{quad.IRI("d1"), quad.IRI("d2")}
	first := []graph.Replacement{
		{Labels: labels[:1], Want: doc("d1", 0, 3000)},
		{Labels: labels[1:], Want: doc("d2", 2000, 5000)},
	}
	again := []graph.Replacement{{Labels: labels[:1], Want: doc("d1", 1000, 4000)}}

	ours := openBolt(t)
	for _, reps := range [][]graph.Replacement{first, again} {
		if _, err := ours.ReplaceAll(ctx, reps); err != nil {
			t.Fatal(err)
		}
	}
	stock := openBolt(t)
	var adds, change []cgraph.Delta
	for _, r := range first {
		for _, q := range r.Want {
			adds = append(adds, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	for _, q := range doc("d1", 0, 1000) {
		change = append(change, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	for _, q := range doc("d1", 3000, 4000) {
		change = append(change, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	// Cayley's writer nets each value's references over a batch and stores
	// an added quad without a value whose count the batch lowers overall
	// (e999 loses its quads as a subject and gains one as an object): the
	// change goes in two batches, adds first, as ReplaceAll gives it.
	var changeAdds, changeDels []cgraph.Delta
	for _, d := range change {
		if d.Action == cgraph.Add {
			changeAdds = append(changeAdds, d)
		} else {
			changeDels = append(changeDels, d)
		}
	}
	for _, deltas := range [][]cgraph.Delta{adds, changeAdds, changeDels} {
		if err := stock.QuadStore().ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			t.Fatal(err)
		}
	}
	for _, l := range labels {
		if diff := cmp.Diff(labelled(t, stock, l), labelled(t, ours, l)); diff != "" {
			t.Errorf("quads under %v (-stock +ReplaceAll):\n%s", l, diff)
		}
	}
	// Replacing d1 with what it holds reads its quads back (through the
	// label index and the log on bolt) and changes nothing.
	if chs, err := ours.ReplaceAll(ctx, again); err != nil || chs[0].Added != 0 || chs[0].Removed != 0 || chs[0].Unchanged != 6000 {
		t.Errorf("replacing d1 with itself: %+v, %v; want 6000 unchanged", chs, err)
	}
	for name, st := range map[string]*graph.Store{"ReplaceAll": ours, "stock": stock} {
		if n, err := st.Size(ctx); err != nil || n != 12000 {
			t.Errorf("%s: size %d (%v), want 12000", name, n, err)
		}
	}
}

func openBolt(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), graph.Config{Path: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// labelled is the quads under l, as sorted strings.
func labelled(t *testing.T, st *graph.Store, l quad.Value) []string {
	t.Helper()
	var out []string
	err := graph.EachQuad(context.Background(), st.QuadStore(), quad.Label, l, func(q quad.Quad) error {
		out = append(out, q.String())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}
