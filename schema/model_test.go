package schema

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestDocumentValidate(t *testing.T) {
	leads, _ := LookupPredicate("leads")
	troops, _ := LookupPredicate("troops")
	valid := func() Document {
		return Document{
			ID:        "d1",
			Sentences: []Sentence{{Index: 1, Text: "Alice leads Acme."}, {Index: 2}},
			Entities:  []Entity{{ID: "alice", Type: "Person", Name: "Alice"}, {ID: "acme", Type: "Organization", Name: "Acme"}},
			Statements: []Statement{
				{Subject: "alice", Predicate: leads, Object: "acme", Evidence: Evidence{Sentence: 1}},
				{Subject: "acme", Predicate: troops, Value: quad.Int(40), Evidence: Evidence{Sentence: 1}},
			},
		}
	}
	for _, tt := range []struct {
		name  string
		spoil func(d *Document)
		want  string // in the error; empty for a valid document
	}{
		{"valid", func(*Document) {}, ""},
		{"unknown type", func(d *Document) { d.Entities[1].Type = "Company" }, `entity acme: unknown type "Company"`},
		{"missing sentence", func(d *Document) { d.Statements[0].Sentence = 9 }, "cites sentence 9"},
		{"empty sentence", func(d *Document) { d.Statements[0].Sentence = 2 }, "cites sentence 2"},
		{"attribute without value", func(d *Document) { d.Statements[1].Value = nil }, "acme troops has no object"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := valid()
			tt.spoil(&d)
			err := d.Validate()
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("Validate() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}
