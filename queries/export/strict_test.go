package export_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/nquads"
	"github.com/kg-analyst/kg/queries/export"
)

// TestStrict checks every export against kg's own W3C N-Quads validator
// (graph/nquads, Strict dialect), which runs where serdi and rapper do not.
func TestStrict(t *testing.T) {
	stores := []struct {
		name string
		st   *graph.Store
	}{{"seed", seedStore(t)}, {"extended", extendedStore(t)}, {"dialect", dialectStore(t)}}
	for _, store := range stores {
		for _, sel := range selections {
			t.Run(store.name+"/"+sel.name, func(t *testing.T) {
				text := exportText(t, store.st, sel.opt, export.NQuads)
				checkStrict(t, text)
			})
		}
	}
}

func checkStrict(t *testing.T, text string) {
	t.Helper()
	if _, err := nquads.Check(context.Background(), bytes.NewReader([]byte(text)), "export.nq", nquads.Options{Dialect: nquads.Strict}); err != nil {
		t.Fatalf("export is not W3C N-Quads: %v\n%s", err, text)
	}
}

// FuzzWriteNQuads writes quads made of arbitrary text: whatever the store
// holds, the output is W3C N-Quads.
func FuzzWriteNQuads(f *testing.F) {
	f.Add("https://kg.example.org/id/x", "kg:leads", "Quds Force", "en", "b1", "xsd:integer")
	f.Add("alice", "knows", "say \"hi\"\n\\", "en-GB", "a:b", "http://www.w3.org/2001/XMLSchema#date")
	f.Add("http://a/b c|^`{}", "", "\x00\x01\xff", "1-x", "", "rel")
	f.Add("mailto:x@y", "urn:p", "tab\there", "", "_", "")
	f.Fuzz(func(t *testing.T, subj, pred, text, lang, bnode, dtype string) {
		qs := []quad.Quad{
			{Subject: quad.IRI(subj), Predicate: quad.IRI(pred), Object: quad.String(text), Label: quad.BNode(bnode)},
			{Subject: quad.BNode(bnode), Predicate: quad.IRI(pred), Object: quad.LangString{Value: quad.String(text), Lang: lang}, Label: quad.IRI(subj)},
			{Subject: quad.IRI(subj), Predicate: quad.IRI(pred), Object: quad.TypedString{Value: quad.String(text), Type: quad.IRI(dtype)}},
			{Subject: quad.IRI(subj), Predicate: quad.IRI(pred), Object: quad.IRI(text)},
		}
		var buf bytes.Buffer
		if err := export.WriteNQuads(&buf, qs); err != nil {
			t.Fatal(err)
		}
		checkStrict(t, buf.String())
	})
}
