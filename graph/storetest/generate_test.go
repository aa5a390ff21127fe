package storetest

import (
	"context"
	"errors"
	"io"
	"os"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph/nquads"
	"github.com/kg-analyst/kg/schema"
)

func readGenerated(t *testing.T, seed int64, n int) []quad.Quad {
	t.Helper()
	g := NewGenerator(seed, n)
	var qs []quad.Quad
	for {
		q, err := g.ReadQuad()
		if errors.Is(err, io.EOF) {
			return qs
		}
		if err != nil {
			t.Fatal(err)
		}
		qs = append(qs, q)
	}
}

func TestGeneratorDeterministic(t *testing.T) {
	a, b := readGenerated(t, 7, 5000), readGenerated(t, 7, 5000)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("same seed, different graphs (-first +second):\n%s", diff)
	}
	if cmp.Equal(a, readGenerated(t, 8, 5000)) {
		t.Error("seeds 7 and 8 made the same graph")
	}
}

func TestGeneratorSize(t *testing.T) {
	for _, n := range []int{1, 1000, 20000} {
		qs := readGenerated(t, 1, n)
		got := len(qs)
		// It ends on a whole document: at most 12 sentences of a few
		// statements, well under 300 quads, past the target.
		if got < n || got > n+300 {
			t.Errorf("NewGenerator(1, %d) made %d quads", n, got)
		}
		// Every quad is new, so a store holding the graph holds exactly
		// as many quads as the generator made.
		seen := map[quad.Quad]bool{}
		for _, q := range qs {
			if seen[q] {
				t.Fatalf("NewGenerator(1, %d) repeats %v", n, q)
			}
			seen[q] = true
		}
	}
}

func TestGeneratedStrictNQuads(t *testing.T) {
	path, n, err := WriteGenerated(t.TempDir(), 3, 20000)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stats, err := nquads.Check(context.Background(), f, path, nquads.Options{Dialect: nquads.Strict})
	if err != nil {
		t.Fatalf("generated file is not strict N-Quads: %v", err)
	}
	if stats.Quads != n {
		t.Errorf("file holds %d quads, WriteGenerated said %d", stats.Quads, n)
	}
}

// TestGeneratedDegrees checks the co-mention degrees are heavy-tailed: the
// busiest 1% of entities take a large share of the co-mentions, and the
// busiest entity has many times the median degree.
func TestGeneratedDegrees(t *testing.T) {
	co, _ := schema.LookupPredicate("mentionedWith")
	degree := map[quad.Value]int{}
	for _, q := range readGenerated(t, 5, 200000) {
		if q.Predicate == co.IRI {
			degree[q.Subject]++
			degree[q.Object]++
		}
	}
	var ds []int
	total := 0
	for _, d := range degree {
		ds = append(ds, d)
		total += d
	}
	slices.Sort(ds)
	slices.Reverse(ds)
	top := 0
	for _, d := range ds[:len(ds)/100] {
		top += d
	}
	median := ds[len(ds)/2]
	t.Logf("%d entities co-mentioned; max degree %d, median %d, top 1%% hold %d of %d ends", len(ds), ds[0], median, top, total)
	if top*4 < total {
		t.Errorf("top 1%% of entities hold %d of %d co-mention ends, want at least a quarter", top, total)
	}
	if ds[0] < 50*median {
		t.Errorf("max degree %d, median %d: want a hub at least 50 times the median", ds[0], median)
	}
}
