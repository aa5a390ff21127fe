package graph_test

import (
	"context"
	"errors"
	"io/fs"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
)

// TestReadersAndWriter checks bolt's sharing as kg uses it: readers open a
// store together, a writer waits for them (failing with ErrLocked past its
// timeout) and gets in once they are gone.
func TestReadersAndWriter(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := graph.Open(ctx, graph.Config{Path: t.TempDir() + "/none", ReadOnly: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only open of a missing store: err = %v, want fs.ErrNotExist", err)
	}
	st, err := graph.Open(ctx, graph.Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Replace(ctx, []quad.Value{quad.IRI("l")}, []quad.Quad{q("a", "p", "b", "l")}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	short := 200 * time.Millisecond
	r1, err := graph.Open(ctx, graph.Config{Path: dir, ReadOnly: true, LockTimeout: short})
	if err != nil {
		t.Fatal(err)
	}
	r2, err := graph.Open(ctx, graph.Config{Path: dir, ReadOnly: true, LockTimeout: short})
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	if n, _ := r2.Size(ctx); n != 1 {
		t.Errorf("reader sees %d quads, want 1", n)
	}
	if _, err := graph.Open(ctx, graph.Config{Path: dir, LockTimeout: short}); !errors.Is(err, graph.ErrLocked) {
		t.Fatalf("writer beside readers: err = %v, want ErrLocked", err)
	}
	r1.Close()
	// The writer waits for the last reader.
	go func() {
		time.Sleep(100 * time.Millisecond)
		r2.Close()
	}()
	w, err := graph.Open(ctx, graph.Config{Path: dir, LockTimeout: 5 * time.Second})
	if err != nil {
		t.Fatalf("writer after the readers: %v", err)
	}
	w.Close()
}

// TestShared checks that a Shared store is open only while a use holds it,
// so a writer gets in between uses, and that the next use sees the write,
// through a snapshot (small store) or the store itself (large).
func TestShared(t *testing.T) {
	ctx := context.Background()
	for _, limit := range []int64{100, 1} {
		dir := t.TempDir()
		st, err := graph.Open(ctx, graph.Config{Path: dir})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Replace(ctx, []quad.Value{quad.IRI("l")}, []quad.Quad{q("a", "p", "b", "l"), q("b", "p", "c", "l")}); err != nil {
			t.Fatal(err)
		}
		st.Close()

		sh := graph.NewShared(graph.Config{Path: dir, LockTimeout: 200 * time.Millisecond}, limit)
		sizes := []int64{2, 3}
		for round, want := range sizes {
			qs, release, err := sh.Acquire(ctx)
			if err != nil {
				t.Fatal(err)
			}
			qs2, release2, err := sh.Acquire(ctx) // a request beside it
			if err != nil {
				t.Fatal(err)
			}
			if n := countQuads(t, qs); n != want {
				t.Errorf("limit %d, round %d: %d quads, want %d", limit, round, n, want)
			}
			if n := countQuads(t, qs2); n != want {
				t.Errorf("limit %d, round %d, second use: %d quads, want %d", limit, round, n, want)
			}
			if _, err := graph.Open(ctx, graph.Config{Path: dir, LockTimeout: 100 * time.Millisecond}); !errors.Is(err, graph.ErrLocked) {
				t.Errorf("writer during a use: err = %v, want ErrLocked", err)
			}
			release()
			release() // a second call is harmless
			release2()
			w, err := graph.Open(ctx, graph.Config{Path: dir, LockTimeout: time.Second})
			if err != nil {
				t.Fatalf("writer between uses: %v", err)
			}
			if _, err := w.Replace(ctx, []quad.Value{quad.IRI("m")}, []quad.Quad{q("c", "p", "d", "m")}); err != nil {
				t.Fatal(err)
			}
			w.Close()
		}
	}
}

// countQuads counts the quads qs returns, reading them all.
func countQuads(t *testing.T, qs cgraph.QuadStore) int64 {
	t.Helper()
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	var n int64
	for it.Next(context.Background()) {
		n++
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}
