package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// TestLabelIndex checks that a store made by stock Cayley, without kg's
// label index, gets one built from its quads at kg's first open; that a
// store kg creates has it from the start; and that quads are then found by
// label through the index, not by reading the whole store.
func TestLabelIndex(t *testing.T) {
	ctx := context.Background()
	var quads []quad.Quad
	for i := range 300 {
		quads = append(quads, quad.MakeIRI(fmt.Sprint("s", i), "p", fmt.Sprint("o", i%7), fmt.Sprint("doc", i%3)))
	}
	quads = append(quads, quad.MakeIRI("x", "p", "y", "")) // no label
	stock := t.TempDir()
	db, err := hbolt.Open(filepath.Join(stock, boltFile), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := kv.Init(db, nil); err != nil {
		t.Fatal(err)
	}
	qs, err := kv.New(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	w, err := cgraph.NewQuadWriter("single", qs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.AddQuadSet(quads); err != nil {
		t.Fatal(err)
	}
	// One removed quad must not come back through the built index.
	if err := w.RemoveQuad(quads[0]); err != nil {
		t.Fatal(err)
	}
	qs.Close()

	fresh := t.TempDir()
	for _, dir := range []string{stock, fresh} {
		st, err := Open(ctx, Config{Path: dir})
		if err != nil {
			t.Fatal(err)
		}
		if dir == fresh {
			if _, err := st.Load(ctx, quad.NewReader(quads[1:]), LoadOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		for _, label := range []string{"doc0", "doc1"} {
			ref, err := st.qs.ValueOf(quad.IRI(label))
			if err != nil || ref == nil {
				t.Fatalf("%s: no node %s (%v)", dir, label, err)
			}
			it := st.qs.QuadIterator(quad.Label, ref)
			if s := fmt.Sprint(it); !strings.HasPrefix(s, "KVQuads") {
				t.Errorf("quads labelled %s are read by %s, not through an index", label, s)
			}
			var got, want []string
			for _, q := range quads[1:] {
				if q.Label == quad.IRI(label) {
					want = append(want, q.String())
				}
			}
			all, err := st.QuadsLabelled(ctx, []quad.Value{quad.IRI(label)})
			if err != nil {
				t.Fatal(err)
			}
			for q := range all {
				got = append(got, q.String())
			}
			slices.Sort(got)
			slices.Sort(want)
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("quads labelled %s (-want +got):\n%s", label, d)
			}
		}
		st.Close()
	}
}
