package gizmo

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/query"
	cgizmo "github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"
)

// cayleyCasesDir holds Cayley's own Gizmo test cases; the repository is
// cloned beside shared/, which is not part of it.
var cayleyCasesDir = filepath.Join("..", "..", "..", "shared", "testdata", "cayley-gizmo")

type cayleyCase struct {
	Message string   `json:"message"`
	Query   string   `json:"query"`
	Tag     string   `json:"tag"`
	Limit   int      `json:"limit"`
	Expect  []string `json:"expect"`
}

// loadCayleyCases reads cases.json and loads testdata.nq into a memstore,
// or skips the test when the files are absent.
func loadCayleyCases(t *testing.T) ([]cayleyCase, *memstore.QuadStore) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(cayleyCasesDir, "cases.json"))
	if os.IsNotExist(err) {
		t.Skipf("Cayley's Gizmo cases are not here (%s): clone the repository beside shared/ to run them", cayleyCasesDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []cayleyCase `json:"cases"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatalf("cases.json: %v", err)
	}
	f, err := os.Open(filepath.Join(cayleyCasesDir, "testdata.nq"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	quads, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		t.Fatalf("testdata.nq: %v", err)
	}
	return file.Cases, memstore.New(quads...)
}

// caseLimit turns a case's limit into Options.Limit: 0 there means none.
func caseLimit(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

// TestCayleyCases runs Cayley's own Gizmo test table through Run and the
// JSON rendering and compares the values of each case's tag.
func TestCayleyCases(t *testing.T) {
	cases, qs := loadCayleyCases(t)
	if len(cases) != 70 {
		t.Errorf("got %d cases, want 70", len(cases))
	}
	passed := 0
	for i, c := range cases {
		t.Run(fmt.Sprintf("%02d %s", i, c.Message), func(t *testing.T) {
			res, err := Run(context.Background(), qs, c.Query, Options{Limit: caseLimit(c.Limit)})
			if err != nil {
				t.Fatalf("Run(%q): %v", c.Query, err)
			}
			var buf bytes.Buffer
			if err := res.WriteJSON(&buf); err != nil {
				t.Fatal(err)
			}
			got := tagValues(t, buf.Bytes(), c.Tag)
			want := append([]string{}, c.Expect...)
			sort.Strings(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("query %q, tag %q (-want +got):\n%s\njson: %s", c.Query, c.Tag, diff, buf.Bytes())
			} else {
				passed++
			}
		})
	}
	t.Logf("%d/%d Cayley cases pass", passed, len(cases))
}

// tagValues decodes {"result": [...]} and returns, sorted, the value of tag
// in each object and every value that is not an object, as strings.
func tagValues(t *testing.T, data []byte, tag string) []string {
	t.Helper()
	var doc struct {
		Result []any `json:"result"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("bad json %s: %v", data, err)
	}
	got := []string{}
	for _, row := range doc.Result {
		v := row
		if m, ok := row.(map[string]any); ok {
			var found bool
			if v, found = m[tag]; !found {
				continue
			}
		}
		switch v := v.(type) {
		case string:
			got = append(got, v)
		case float64:
			got = append(got, strconv.FormatFloat(v, 'f', -1, 64))
		default:
			got = append(got, fmt.Sprint(v))
		}
	}
	sort.Strings(got)
	return got
}

// TestRowsMatchCayleyJSON checks each row against what Cayley's own JSON
// collation (behind its HTTP API v2) returns for the same query. The only
// differences allowed are the documented ones: Cayley returns null for the
// script's final value where Run returns the value itself, and writes an
// emitted IRI without its angle brackets.
func TestRowsMatchCayleyJSON(t *testing.T) {
	cases, qs := loadCayleyCases(t)
	for i, c := range cases {
		t.Run(fmt.Sprintf("%02d %s", i, c.Message), func(t *testing.T) {
			ctx := context.Background()
			limit := caseLimit(c.Limit)
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
