// Package writetest gives tests the curated seed graph: the embedded seed
// articles and their annotation, written through graph/write, without the
// extractor, so what tests assert follows the annotation alone.
package writetest

import (
	"context"
	"testing"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/seeds"
)

// Seed writes the curated seed graph into w.
func Seed(t testing.TB, w write.Writer) {
	t.Helper()
	docs, err := seeds.EmbeddedDocuments()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := write.Write(context.Background(), w, docs); err != nil {
		t.Fatal(err)
	}
}

// SeedStore returns an in-memory store holding the curated seed graph,
// closed when the test ends.
func SeedStore(t testing.TB) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), graph.Config{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	Seed(t, st)
	return st
}
