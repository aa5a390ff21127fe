package gizmo

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/text")

// TestWriteText compares the text rendering of queries over testdata/kg.nq
// with testdata/text/<name>.golden (go test -update rewrites them).
func TestWriteText(t *testing.T) {
	qs := kgStore(t)
	tests := []struct {
		name, query string
		limit       int
	}{
		{"tags", `g.V().has("<rdf:type>", "<kg:ArmedGroup>").tag("group").out("<schema:name>").all()`, 0},
		{"optional-tags", `g.V().has("<rdf:type>", "<schema:Person>").saveOpt("<schema:alternateName>", "alias").all()`, 0},
		{"one", `g.V(kg.entity("Soleimani")).all()`, 0},
		{"none", `g.V("<id:nobody>").all()`, 0},
		{"ends-on-path", `g.V("<id:irgc>").in("<kg:partOf>")`, 0},
		{"values", `g.emit("a string"); g.emit(42); g.emit(true); g.emit([1, "two"]); g.emit(g.IRI("kg:leads")); g.V().count()`, 0},
		{"escaped", `g.V("<doc:d1#s3>").out("<kg:text>").tag("text").in("<kg:text>").all()`, 0},
		{"limit", `g.V().out("<schema:name>").all()`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Run(context.Background(), qs, tt.query, Options{Limit: tt.limit})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := res.WriteText(&buf); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "text", tt.name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test -update writes it)", err)
			}
			if diff := cmp.Diff(string(want), buf.String()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.query, diff)
			}
		})
	}
}

func TestWriteJSON(t *testing.T) {
	qs := kgStore(t)
	tests := []struct{ query, want string }{
		{`g.V("<id:quds-force>").tag("g").out(["<schema:name>", "<schema:alternateName>"]).all()`,
			`{"result":[{"g":"<https://kg.example.org/id/quds-force>","id":"Quds Force"},{"g":"<https://kg.example.org/id/quds-force>","id":"al-Quds Force"}]}` + "\n"},
		{`g.V("<id:nobody>").all()`, `{"result":[]}` + "\n"},
		{`g.emit({html: "<b>&</b>", n: 1.5}); g.V().has("<kg:leads>").count()`, `{"result":[{"html":"<b>&</b>","n":1.5},2]}` + "\n"},
		{`g.V("<doc:d1#s1>").out("<kg:index>").all()`, `{"result":[{"id":1}]}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := Run(context.Background(), qs, tt.query, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := res.WriteJSON(&buf); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, buf.String()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestNative(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want any
		ok   bool
	}{
		{"nil", nil, nil, false},
		{"function", func() {}, nil, false},
		{"pointer", new(int), nil, false},
		{"infinity", 1 / zero(), nil, true},
		{"int", 3, int64(3), true},
		{"string slice", []string{"a"}, []any{"a"}, true},
		{"map of functions", map[string]any{"f": func() {}, "n": int64(1)}, map[string]any{"n": int64(1)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := native(tt.in)
			if ok != tt.ok || !cmp.Equal(got, tt.want) {
				t.Errorf("native(%v) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func zero() float64 { return 0 }
