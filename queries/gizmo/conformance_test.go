package gizmo

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/query"
	cgizmo "github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-analyst/kg/queries/gizmo/gizmotest"
)

// loadCayleyCases reads Cayley's Gizmo cases and loads their data into a
// memstore with Cayley's own reader, or skips the test when they are absent.
func loadCayleyCases(t *testing.T) ([]gizmotest.Case, *memstore.QuadStore) {
	t.Helper()
	cases := gizmotest.Load(t)
	f, err := os.Open(gizmotest.DataFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	quads, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		t.Fatalf("testdata.nq: %v", err)
	}
	return cases, memstore.New(quads...)
}

// TestCayleyCases runs Cayley's own Gizmo test table through Run and the
// JSON rendering and compares the values of each case's tag.
func TestCayleyCases(t *testing.T) {
	cases, qs := loadCayleyCases(t)
	for i, c := range cases {
		t.Run(c.Name(i), func(t *testing.T) {
			res, err := Run(context.Background(), qs, c.Query, Options{Limit: c.QueryLimit()})
			if err != nil {
				t.Fatalf("Run(%q): %v", c.Query, err)
			}
			var buf bytes.Buffer
			if err := res.WriteJSON(&buf); err != nil {
				t.Fatal(err)
			}
			c.Check(t, buf.Bytes())
		})
	}
}

// TestRowsMatchCayleyJSON checks each row against what Cayley's own JSON
// collation (behind its HTTP API v2) returns for the same query. The only
// differences allowed are the documented ones: Cayley returns null for the
// script's final value where Run returns the value itself, and writes an
// emitted IRI without its angle brackets.
func TestRowsMatchCayleyJSON(t *testing.T) {
	cases, qs := loadCayleyCases(t)
	for i, c := range cases {
		t.Run(c.Name(i), func(t *testing.T) {
			ctx := context.Background()
			limit := c.QueryLimit()
			it, err := cgizmo.NewSession(qs).Execute(ctx, c.Query, query.Options{Collation: query.JSON, Limit: max(limit, 0)})
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			finals := 0
			for it.Next(ctx) {
				r := it.Result()
				switch v := r.(type) {
				case nil:
					finals++ // the script's final value
					continue
				case quad.Value:
					r = quad.StringOf(v)
				}
				want = append(want, jsonString(t, r))
			}
			if err := it.Err(); err != nil {
				t.Fatal(err)
			}
			res, err := Run(ctx, qs, c.Query, Options{Limit: limit})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range res.Rows {
				got = append(got, jsonString(t, r))
			}
			extra := multisetMinus(got, want)
			if missing := multisetMinus(want, got); len(missing) != 0 || len(extra) != finals {
				t.Errorf("query %q:\n cayley %v (+%d final values)\n kg     %v", c.Query, want, finals, got)
			}
		})
	}
}

func jsonString(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// multisetMinus returns the elements of a not matched by one in b.
func multisetMinus(a, b []string) []string {
	left := map[string]int{}
	for _, s := range b {
		left[s]++
	}
	var out []string
	for _, s := range a {
		if left[s] > 0 {
			left[s]--
			continue
		}
		out = append(out, s)
	}
	return out
}
