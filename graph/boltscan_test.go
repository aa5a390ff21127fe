package graph_test

import (
	"context"
	"errors"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
)

// quadScanner is what a whole export asks ScanQuadStore for on bolt.
type quadScanner interface {
	ScanQuads(ctx context.Context, fn func(quad.Quad) error) error
}

// TestBoltScanQuads reads a bolt store of several scan chunks, some of
// whose quads were deleted, straight from its log, and wants what Cayley's
// iterator gives (EachQuad): the same quads in the same order. A scan
// stops at fn's error and at a cancelled context.
func TestBoltScanQuads(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := graph.Open(ctx, graph.Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	path, in := storetest.WriteRecords(t, dir, 4000) // 20,000 quads and 4,000+ nodes
	if _, err := storetest.LoadFile(ctx, st, path, 0); err != nil {
		t.Fatal(err)
	}
	var deltas []cgraph.Delta
	for i := 0; i < len(in); i += 7 {
		deltas = append(deltas, cgraph.Delta{Quad: in[i], Action: cgraph.Delete})
	}
	if err := st.QuadStore().ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	var want []quad.Quad
	if err := graph.EachQuad(ctx, st.QuadStore(), quad.Any, nil, func(q quad.Quad) error {
		want = append(want, q)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	sc, ok := st.ScanQuadStore().(quadScanner)
	if !ok {
		t.Fatalf("ScanQuadStore of a bolt store is a %T, without ScanQuads", st.ScanQuadStore())
	}
	var got []quad.Quad
	if err := sc.ScanQuads(ctx, func(q quad.Quad) error { got = append(got, q); return nil }); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" || len(got) != len(in)-len(deltas) {
		t.Errorf("scanned %d quads, want %d (-Cayley's iterator +scan):\n%s", len(got), len(in)-len(deltas), d)
	}

	stop, n := errors.New("stop"), 0
	if err := sc.ScanQuads(ctx, func(quad.Quad) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("scan whose fn fails: err = %v after %d quads, want stop after 1", err, n)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := sc.ScanQuads(cancelled, func(quad.Quad) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("scan with a cancelled context: err = %v, want context.Canceled", err)
	}
}
