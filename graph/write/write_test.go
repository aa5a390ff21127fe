package write_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds/article"
	"github.com/kg-analyst/kg/seeds/extract"
)

func predicate(t testing.TB, name string) schema.Predicate {
	t.Helper()
	p, ok := schema.LookupPredicate(name)
	if !ok {
		t.Fatalf("no predicate %s", name)
	}
	return p
}

// doc is a two-sentence document; stmts picks which statements it makes.
func doc(t testing.TB, stmts ...schema.Statement) schema.Document {
	a := article.Parse("d1", "Title\n\nAlice leads Acme. Bob attacked Acme.\n")
	return schema.Document{
		ID: "d1", Title: a.Title, Date: "2020-01-02", Sentences: a.Sentences,
		Entities: []schema.Entity{
			{ID: "alice", Type: "Person", Name: "Alice", Aliases: []string{"A."}},
			{ID: "bob", Type: "Person", Name: "Bob"},
			{ID: "acme", Type: "Organization", Name: "Acme"},
		},
		Statements: stmts,
	}
}

func TestWrite(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	leads := schema.Statement{Subject: "alice", Predicate: predicate(t, "leads"), Object: "acme", Evidence: schema.Evidence{Sentence: 1, Origin: schema.Curated}}
	attacked := schema.Statement{Subject: "bob", Predicate: predicate(t, "attacked"), Object: "acme", Evidence: schema.Evidence{Sentence: 2, Origin: schema.Extracted, Confidence: 0.7}}

	has := func(s, p, o string) bool {
		t.Helper()
		ref, _ := st.QuadStore().ValueOf(schema.EntityIRI(s))
		if ref == nil {
			return false
		}
		it := st.QuadStore().QuadIterator(quad.Subject, ref).Iterate()
		defer it.Close()
		for it.Next(ctx) {
			q, _ := st.QuadStore().Quad(it.Result())
			if q.Predicate == predicate(t, p).IRI && q.Object == schema.EntityIRI(o) {
				return true
			}
		}
		return false
	}

	first, err := write.Write(ctx, st, []schema.Document{doc(t, leads, attacked)})
	if err != nil {
		t.Fatal(err)
	}
	if first.Added == 0 || first.Removed != 0 {
		t.Errorf("first write: %+v", first)
	}
	if !has("alice", "leads", "acme") || !has("bob", "attacked", "acme") {
		t.Fatal("statements missing after the first write")
	}
	again, err := write.Write(ctx, st, []schema.Document{doc(t, leads, attacked)})
	if err != nil || again.Added != 0 || again.Removed != 0 {
		t.Errorf("same document again: %+v, %v; want no change", again, err)
	}
	// A new version without the extracted statement removes it, evidence
	// node included, and keeps the rest.
	size, _ := st.Size(ctx)
	third, err := write.Write(ctx, st, []schema.Document{doc(t, leads)})
	if err != nil {
		t.Fatal(err)
	}
	if has("bob", "attacked", "acme") {
		t.Error("the dropped statement is still there")
	}
	if !has("alice", "leads", "acme") {
		t.Error("the kept statement is gone")
	}
	if after, _ := st.Size(ctx); third.Removed != 4 || after != size-4 {
		t.Errorf("removed %d quads (store %d -> %d), want the statement and its 3 evidence quads", third.Removed, size, after)
	}
}

func TestQuadsLabels(t *testing.T) {
	leads := schema.Statement{Subject: "alice", Predicate: predicate(t, "leads"), Object: "acme", Evidence: schema.Evidence{Sentence: 1, Origin: schema.Curated}}
	date := schema.Statement{Subject: "acme", Predicate: predicate(t, "startDate"), Value: quad.String("2020"), Evidence: schema.Evidence{Sentence: 1, Origin: schema.Curated}}
	labels, quads, err := write.Quads(doc(t, leads, date))
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[quad.Value]bool{}
	for _, l := range labels {
		allowed[l] = true
	}
	var stated bool
	for _, q := range quads {
		if !allowed[q.Label] {
			t.Errorf("quad %v carries a label Quads did not return", q)
		}
		if q.Predicate == predicate(t, "leads").IRI {
			stated = q.Label == schema.SentenceIRI("d1", 1)
		}
	}
	if !stated {
		t.Error("the curated statement is not labelled with its sentence")
	}
	bad := doc(t, schema.Statement{Subject: "alice", Predicate: predicate(t, "leads"), Object: "acme", Evidence: schema.Evidence{Sentence: 9}})
	if _, _, err := write.Quads(bad); err == nil {
		t.Error("a statement citing a sentence the document lacks was accepted")
	}
}

// TestQuadsOfCoMentions writes what the extractor makes of two sentences
// that mention the same pair: each co-mention is a statement of its own,
// under an evidence label of its own.
func TestQuadsOfCoMentions(t *testing.T) {
	known := []schema.Entity{{ID: "iran", Type: "Country", Name: "Iran"}, {ID: "iraq", Type: "Country", Name: "Iraq"}}
	x := extract.New(known, extract.Options{})
	res, err := x.Extract(context.Background(), extract.Input{ID: "t", Raw: "Title\n\nIran and Iraq met. Iraq and Iran met again. Soleimani left."})
	if err != nil {
		t.Fatal(err)
	}
	labels, _, err := write.Quads(res.Document)
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) < 3 {
		t.Errorf("got %d labels %v, want the document and one evidence label per co-mention", len(labels), labels)
	}
}

// countingWriter counts the transactions a write asks of its store.
type countingWriter struct {
	*graph.Store
	txs []int // replacements per transaction
}

func (w *countingWriter) ReplaceAll(ctx context.Context, reps []graph.Replacement) ([]graph.Change, error) {
	w.txs = append(w.txs, len(reps))
	return w.Store.ReplaceAll(ctx, reps)
}

// TestWriteBatch checks that a batch of documents is one transaction, that
// a document coming again starts another (its later version wins, as with
// Write), and that each document gets its own change.
func TestWriteBatch(t *testing.T) {
	ctx := context.Background()
	leads := schema.Statement{Subject: "alice", Predicate: predicate(t, "leads"), Object: "acme", Evidence: schema.Evidence{Sentence: 1, Origin: schema.Curated}}
	named := func(id string, stmts ...schema.Statement) schema.Document {
		d := doc(t, stmts...)
		d.ID = id
		return d
	}
	tests := []struct {
		name    string
		docs    []schema.Document
		wantTxs []int
	}{
		{"three documents", []schema.Document{named("d1", leads), named("d2"), named("d3", leads)}, []int{3}},
		{"one document again", []schema.Document{named("d1", leads), named("d2"), named("d1")}, []int{2, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := graph.Open(ctx, graph.Config{Path: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			w := &countingWriter{Store: st}
			chs, err := write.WriteBatch(ctx, w, tt.docs)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantTxs, w.txs); diff != "" {
				t.Errorf("replacements per transaction (-want +got):\n%s", diff)
			}
			// Writing each document alone into a second store gives the
			// same store and the same changes.
			alone, err := graph.Open(ctx, graph.Config{Path: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			defer alone.Close()
			var want []graph.Change
			for _, d := range tt.docs {
				ch, err := write.Write(ctx, alone, []schema.Document{d})
				if err != nil {
					t.Fatal(err)
				}
				want = append(want, ch)
			}
			if diff := cmp.Diff(want, chs); diff != "" {
				t.Errorf("changes (-one by one +batch):\n%s", diff)
			}
			if diff := cmp.Diff(allQuads(t, alone), allQuads(t, st)); diff != "" {
				t.Errorf("stored quads (-one by one +batch):\n%s", diff)
			}
		})
	}
}

// allQuads returns every quad of st, as sorted N-Quads lines.
func allQuads(t *testing.T, st *graph.Store) []string {
	t.Helper()
	var out []string
	err := graph.EachQuad(context.Background(), st.QuadStore(), quad.Any, nil, func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// BenchmarkWriteBatch writes 100 two-sentence documents into a new bolt
// store, one transaction each (Write, as kg ingest did) and all in one
// (WriteBatch, as kg ingest does):
//
//	go test ./graph/write -run '^$' -bench WriteBatch -count 6
func BenchmarkWriteBatch(b *testing.B) {
	ctx := context.Background()
	leads := schema.Statement{Subject: "alice", Predicate: predicate(b, "leads"), Object: "acme", Evidence: schema.Evidence{Sentence: 1, Origin: schema.Curated}}
	docs := make([]schema.Document, 100)
	for i := range docs {
		docs[i] = doc(b, leads)
		docs[i].ID = fmt.Sprintf("d%d", i)
	}
	writes := map[string]func(*graph.Store) error{
		"tx=each": func(st *graph.Store) error { _, err := write.Write(ctx, st, docs); return err },
		"tx=one":  func(st *graph.Store) error { _, err := write.WriteBatch(ctx, st, docs); return err },
	}
	for _, name := range []string{"tx=each", "tx=one"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				st, err := graph.Open(ctx, graph.Config{Path: b.TempDir()})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := writes[name](st); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				st.Close()
				b.StartTimer()
			}
		})
	}
}
