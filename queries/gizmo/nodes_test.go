package gizmo

import (
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

func TestResultNodes(t *testing.T) {
	r := &Result{
		Rows: []any{
			map[string]any{"id": "<https://kg.example.org/id/b>", "name": "B", "from": "<id:a>"},
			"_:x",
			"<https://kg.example.org/id/b>",
			[]any{"plain text", "<id:c>"},
			42.0,
		},
		pre: newPrefixes(DefaultPrefixes()),
	}
	want := []quad.Value{
		quad.IRI("https://kg.example.org/id/a"), // tags in name order: from before id
		quad.IRI("https://kg.example.org/id/b"),
		quad.BNode("x"),
		quad.IRI("https://kg.example.org/id/c"),
	}
	if diff := cmp.Diff(want, r.Nodes()); diff != "" {
		t.Errorf("Nodes (-want +got):\n%s", diff)
	}
}
