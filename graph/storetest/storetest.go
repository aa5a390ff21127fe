// Package storetest is the store suite every kg backend runs, as Cayley's
// graphtest is for Cayley's stores: one set of checks on what kg asks of a
// store (write documents, rewrite them idempotently, replace what a
// document no longer says, bulk load, read quads back, count them), run
// against fresh stores a DatabaseFunc opens. A backend passes when it keeps
// every promise package graph and graph/write make.
//
// It also holds what the tests of the layers above share about stores, so
// that no layer's tests reach up for it: the movie data set loaded into
// bolt, synthetic N-Quads records, and throwaway PostgreSQL databases.
//
// The test graph is small and drawn here so that failures read plainly:
//
//	document d1 (labels: doc:d1, its sentences, evidence nodes)
//	  s1  alice -leads-> acme          curated
//	  s2  bob -attacked-> acme         extracted, confidence 0.7
//	plus the curated seed graph (package seeds), written whole.
package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds"
	"github.com/kg-analyst/kg/seeds/article"
)

// DatabaseFunc opens a fresh, empty, writable store for one test and
// arranges for it to be closed when the test ends.
type DatabaseFunc func(t testing.TB) *graph.Store

// Run runs every check of the suite, each on a store of its own.
func Run(t *testing.T, open DatabaseFunc) {
	for _, c := range []struct {
		name string
		fn   func(*testing.T, *graph.Store)
	}{
		{"WriteSeeds", testWriteSeeds},
		{"ReplaceDropsWhatIsNoLongerSaid", testReplace},
		{"Load", testLoad},
		{"EachQuad", testEachQuad},
	} {
		t.Run(c.name, func(t *testing.T) { c.fn(t, open(t)) })
	}
}

// testWriteSeeds writes the seed graph: the store holds exactly the quads
// of its documents, and writing it again changes nothing.
func testWriteSeeds(t *testing.T, st *graph.Store) {
	ctx := context.Background()
	docs, err := seeds.EmbeddedDocuments()
	if err != nil {
		t.Fatal(err)
	}
	want := map[quad.Quad]bool{}
	for _, d := range docs {
		_, qs, err := write.Quads(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			want[q] = true
		}
	}
	ch, err := write.Write(ctx, st, docs)
	if err != nil {
		t.Fatal(err)
	}
	if ch.Added != len(want) || ch.Removed != 0 {
		t.Errorf("first write: %+v, want %d added and none removed", ch, len(want))
	}
	if diff := cmp.Diff(want, readAll(t, st)); diff != "" {
		t.Errorf("stored quads (-written +read):\n%s", diff)
	}
	again, err := write.Write(ctx, st, docs)
	if err != nil {
		t.Fatal(err)
	}
	if again.Added != 0 || again.Removed != 0 || again.Unchanged != len(want) {
		t.Errorf("second write: %+v, want every one of %d quads unchanged", again, len(want))
	}
	checkSize(t, st, len(want))
}

// testReplace writes a document, then a version of it without one
// statement: the statement and its evidence node go, the rest stays.
func testReplace(t *testing.T, st *graph.Store) {
	ctx := context.Background()
	leads, attacked := statements(t)
	if _, err := write.Write(ctx, st, []schema.Document{document(leads, attacked)}); err != nil {
		t.Fatal(err)
	}
	ch, err := write.Write(ctx, st, []schema.Document{document(leads)})
	if err != nil {
		t.Fatal(err)
	}
	_, want, err := write.Quads(document(leads))
	if err != nil {
		t.Fatal(err)
	}
	if ch.Removed == 0 || ch.Added != 0 {
		t.Errorf("rewrite without a statement: %+v, want removals only", ch)
	}
	wantSet := map[quad.Quad]bool{}
	for _, q := range want {
		wantSet[q] = true
	}
	if diff := cmp.Diff(wantSet, readAll(t, st)); diff != "" {
		t.Errorf("after the rewrite (-want +stored):\n%s", diff)
	}
}

// testLoad bulk-loads quads in several batches, then the same again: the
// second load adds nothing and counts every quad as present.
func testLoad(t *testing.T, st *graph.Store) {
	ctx := context.Background()
	var qs []quad.Quad
	for i := range 250 {
		qs = append(qs, quad.MakeIRI(fmt.Sprintf("http://ex.org/n%d", i), "http://ex.org/next", fmt.Sprintf("http://ex.org/n%d", i+1), "http://ex.org/g"))
	}
	got, err := st.Load(ctx, quad.NewReader(qs), graph.LoadOptions{BatchSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if want := (graph.LoadStats{Read: len(qs), Added: len(qs)}); got != want {
		t.Errorf("load: %+v, want %+v", got, want)
	}
	got, err = st.Load(ctx, quad.NewReader(qs), graph.LoadOptions{BatchSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if want := (graph.LoadStats{Read: len(qs), Present: len(qs)}); got != want {
		t.Errorf("load again: %+v, want %+v", got, want)
	}
	checkSize(t, st, len(qs))
}

// testEachQuad reads quads by label and by subject, and a value the store
// does not hold, which has no quads and is no error.
func testEachQuad(t *testing.T, st *graph.Store) {
	ctx := context.Background()
	leads, attacked := statements(t)
	d := document(leads, attacked)
	if _, err := write.Write(ctx, st, []schema.Document{d}); err != nil {
		t.Fatal(err)
	}
	_, all, err := write.Quads(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		d quad.Direction
		v quad.Value
	}{
		{quad.Label, schema.DocumentIRI(d.ID)},
		{quad.Label, schema.SentenceIRI(d.ID, 1)},
		{quad.Subject, schema.EntityIRI("alice")},
		{quad.Object, schema.EntityIRI("acme")},
		{quad.Subject, schema.EntityIRI("nobody")},
	} {
		want := map[quad.Quad]bool{}
		for _, q := range all {
			if q.Get(c.d) == c.v {
				want[q] = true
			}
		}
		got := map[quad.Quad]bool{}
		err := graph.EachQuad(ctx, st.QuadStore(), c.d, c.v, func(q quad.Quad) error {
			got[q] = true
			return nil
		})
		if err != nil {
			t.Fatalf("EachQuad(%s %v): %v", c.d, c.v, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("EachQuad(%s %v) (-want +got):\n%s", c.d, c.v, diff)
		}
	}
}

// statements are the two statements of the small test document.
func statements(t *testing.T) (leads, attacked schema.Statement) {
	t.Helper()
	p := func(name string) schema.Predicate {
		pr, ok := schema.LookupPredicate(name)
		if !ok {
			t.Fatalf("no predicate %s", name)
		}
		return pr
	}
	leads = schema.Statement{Subject: "alice", Predicate: p("leads"), Object: "acme",
		Evidence: schema.Evidence{Sentence: 1, Origin: schema.Curated, Confidence: 1}}
	attacked = schema.Statement{Subject: "bob", Predicate: p("attacked"), Object: "acme",
		Evidence: schema.Evidence{Sentence: 2, Origin: schema.Extracted, Confidence: 0.7}}
	return leads, attacked
}

// document is the small test document with the given statements.
func document(stmts ...schema.Statement) schema.Document {
	d := article.Parse("d1", "Title\n\nAlice leads Acme. Bob attacked Acme.\n")
	d.Entities = []schema.Entity{
		{ID: "alice", Type: "Person", Name: "Alice"},
		{ID: "bob", Type: "Person", Name: "Bob"},
		{ID: "acme", Type: "Organization", Name: "Acme", Aliases: []string{"ACME Corp"}},
	}
	d.Statements = stmts
	return d
}

// readAll returns every quad the store holds.
func readAll(t *testing.T, st *graph.Store) map[quad.Quad]bool {
	t.Helper()
	got := map[quad.Quad]bool{}
	err := graph.EachQuad(context.Background(), st.QuadStore(), quad.Any, nil, func(q quad.Quad) error {
		got[q] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func checkSize(t *testing.T, st *graph.Store, want int) {
	t.Helper()
	n, err := st.Size(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if int(n) != want {
		t.Errorf("Size = %d, want %d", n, want)
	}
}
