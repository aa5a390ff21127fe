package graph_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
)

func TestBackendsRegistered(t *testing.T) {
	for _, b := range graph.Backends {
		if !cgraph.IsRegistered(b) {
			t.Errorf("backend %q is not registered", b)
		}
	}
}

func q(s, p, o, l string) quad.Quad {
	return quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(p), Object: quad.IRI(o), Label: quad.IRI(l)}
}

func TestReplace(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{"bolt", "memstore"} {
		t.Run(backend, func(t *testing.T) {
			cfg := graph.Config{Backend: backend}
			if backend == "bolt" {
				cfg.Path = t.TempDir()
			}
			st, err := graph.Open(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if !st.Created() {
				t.Error("Created() = false for a new store")
			}
			labels := []quad.Value{quad.IRI("s1"), quad.IRI("s2")}
			first := []quad.Quad{q("a", "p", "b", "s1"), q("b", "p", "c", "s2"), q("a", "p", "b", "s1")}
			steps := []struct {
				name string
				want []quad.Quad
				ch   graph.Change
				size int64
			}{
				{"first write", first, graph.Change{Added: 2}, 2},
				{"same again", first, graph.Change{Unchanged: 2}, 2},
				{"one fact dropped, one added", []quad.Quad{q("a", "p", "b", "s1"), q("c", "p", "d", "s2")}, graph.Change{Added: 1, Removed: 1, Unchanged: 1}, 2},
			}
			for _, s := range steps {
				ch, err := st.Replace(ctx, labels, s.want)
				if err != nil {
					t.Fatalf("%s: %v", s.name, err)
				}
				if ch != s.ch {
					t.Errorf("%s: change = %+v, want %+v", s.name, ch, s.ch)
				}
				if n, _ := st.Size(ctx); n != s.size {
					t.Errorf("%s: size = %d, want %d", s.name, n, s.size)
				}
			}
			// Quads under other labels are left alone.
			if _, err := st.Replace(ctx, []quad.Value{quad.IRI("other")}, []quad.Quad{q("x", "p", "y", "other")}); err != nil {
				t.Fatal(err)
			}
			if _, err := st.Replace(ctx, labels, nil); err != nil {
				t.Fatal(err)
			}
			if n, _ := st.Size(ctx); n != 1 {
				t.Errorf("after clearing s1, s2: size = %d, want 1", n)
			}
			// Several replacements in one transaction, each counted apart;
			// two that share a label are refused before anything is written.
			chs, err := st.ReplaceAll(ctx, []graph.Replacement{
				{Labels: []quad.Value{quad.IRI("other")}, Want: []quad.Quad{q("x", "p", "z", "other")}},
				{Labels: labels, Want: first},
			})
			if err != nil {
				t.Fatal(err)
			}
			if want := []graph.Change{{Added: 1, Removed: 1}, {Added: 2}}; !slices.Equal(chs, want) {
				t.Errorf("ReplaceAll changes = %+v, want %+v", chs, want)
			}
			_, err = st.ReplaceAll(ctx, []graph.Replacement{
				{Labels: []quad.Value{quad.IRI("s9")}, Want: []quad.Quad{q("x", "p", "y", "s9")}},
				{Labels: []quad.Value{quad.IRI("s9"), quad.IRI("s1")}, Want: nil},
			})
			if err == nil {
				t.Error("ReplaceAll of two replacements sharing a label: no error")
			}
			if n, _ := st.Size(ctx); n != 3 {
				t.Errorf("after ReplaceAll: size = %d, want 3", n)
			}
		})
	}
}

func TestBoltReopenAndLock(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := graph.Open(ctx, graph.Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Replace(ctx, []quad.Value{quad.IRI("l")}, []quad.Quad{q("a", "p", "b", "l")}); err != nil {
		t.Fatal(err)
	}
	// A second open while the first holds the lock fails quickly and clearly.
	start := time.Now()
	_, err = graph.Open(ctx, graph.Config{Path: dir, LockTimeout: 200 * time.Millisecond})
	if !errors.Is(err, graph.ErrLocked) {
		t.Fatalf("second open: err = %v, want ErrLocked", err)
	}
	if waited := time.Since(start); waited > 2*time.Second {
		t.Errorf("second open waited %s, want at most the lock timeout", waited)
	}
	st.Close()
	st, err = graph.Open(ctx, graph.Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if st.Created() {
		t.Error("Created() = true when reopening an existing store")
	}
	if n, _ := st.Size(ctx); n != 1 {
		t.Errorf("size after reopen = %d, want 1", n)
	}
}

func TestOpenUnknownBackend(t *testing.T) {
	_, err := graph.Open(context.Background(), graph.Config{Backend: "nosuch"})
	if err == nil {
		t.Fatal("want an error for an unknown backend")
	}
}
