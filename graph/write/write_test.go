package write_test

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds/article"
	"github.com/kg-analyst/kg/seeds/extract"
)

func predicate(t *testing.T, name string) schema.Predicate {
	t.Helper()
	p, ok := schema.LookupPredicate(name)
	if !ok {
		t.Fatalf("no predicate %s", name)
	}
	return p
}

// doc is a two-sentence document; stmts picks which statements it makes.
func doc(t *testing.T, stmts ...schema.Statement) schema.Document {
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
