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

// storedQuads reads every quad of qs through Cayley, as sorted strings.
func storedQuads(t testing.TB, qs cgraph.QuadStore) []string {
	t.Helper()
	ctx := context.Background()
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, q.String())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func quadStrings(qs []quad.Quad) []string {
	set := map[string]bool{}
	for _, q := range qs {
		set[q.String()] = true
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// TestLoad loads overlapping inputs in small batches, so that duplicates fall
// within a batch, across batches and across loads, and checks that the
// store, read back through Cayley, holds exactly the distinct quads, with
// counts that say so; then that Cayley's own writes still work on it.
func TestLoad(t *testing.T) {
	ctx := context.Background()
	var first, second []quad.Quad
	for i := 0; i < 50; i++ {
		s := quad.IRI(fmt.Sprintf("s%d", i%7))
		first = append(first, quad.Quad{Subject: s, Predicate: quad.IRI("p"), Object: quad.String(fmt.Sprint(i % 11))})
		first = append(first, quad.Quad{Subject: s, Predicate: quad.IRI("q"), Object: quad.IRI(fmt.Sprintf("s%d", i%5)), Label: quad.IRI("g")})
	}
	for i := 40; i < 80; i++ {
		second = append(second, quad.Quad{Subject: quad.BNode(fmt.Sprintf("b%d", i%9)), Predicate: quad.IRI("p"), Object: quad.Int(i % 13)})
		second = append(second, quad.Quad{Subject: quad.IRI(fmt.Sprintf("s%d", i%7)), Predicate: quad.IRI("p"), Object: quad.String(fmt.Sprint(i % 11))})
	}
	for _, batch := range []int{1, 3, 1000} {
		for _, backend := range []string{"bolt", "memstore"} {
			t.Run(fmt.Sprintf("%s/batch=%d", backend, batch), func(t *testing.T) {
				st, err := graph.Open(ctx, graph.Config{Backend: backend, Path: t.TempDir()})
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
				all := append(append([]quad.Quad{}, first...), second...)
				want1, wantAll := quadStrings(first), quadStrings(all)
				steps := []struct {
					in   []quad.Quad
					want []string
					st   graph.LoadStats
				}{
					{first, want1, graph.LoadStats{Read: len(first), Added: len(want1), Present: len(first) - len(want1)}},
					{second, wantAll, graph.LoadStats{Read: len(second), Added: len(wantAll) - len(want1), Present: len(second) - (len(wantAll) - len(want1))}},
					{all, wantAll, graph.LoadStats{Read: len(all), Present: len(all)}},
				}
				for i, s := range steps {
					got, err := st.Load(ctx, quad.NewReader(s.in), graph.LoadOptions{BatchSize: batch})
					if err != nil {
						t.Fatalf("load %d: %v", i, err)
					}
					if got != s.st {
						t.Errorf("load %d: stats = %+v, want %+v", i, got, s.st)
					}
					if diff := cmp.Diff(s.want, storedQuads(t, st.QuadStore())); diff != "" {
						t.Errorf("load %d: stored quads (-want +got):\n%s", i, diff)
					}
				}
				// Cayley's own writes see what the loader wrote.
				ch, err := st.Replace(ctx, []quad.Value{quad.IRI("g")}, nil)
				if err != nil {
					t.Fatal(err)
				}
				var rest []quad.Quad
				for _, q := range all {
					if q.Label == nil {
						rest = append(rest, q)
					}
				}
				if want := len(wantAll) - len(quadStrings(rest)); ch.Removed != want {
					t.Errorf("replace: removed %d, want %d", ch.Removed, want)
				}
				if diff := cmp.Diff(quadStrings(rest), storedQuads(t, st.QuadStore())); diff != "" {
					t.Errorf("after replace (-want +got):\n%s", diff)
				}
				got, err := st.Load(ctx, quad.NewReader(all), graph.LoadOptions{BatchSize: batch})
				if err != nil {
					t.Fatal(err)
				}
				if got.Added != ch.Removed {
					t.Errorf("reload after replace: added %d, want %d", got.Added, ch.Removed)
				}
				if diff := cmp.Diff(wantAll, storedQuads(t, st.QuadStore())); diff != "" {
					t.Errorf("after reload (-want +got):\n%s", diff)
				}
			})
		}
	}
}
