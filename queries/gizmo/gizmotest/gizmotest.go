// Package gizmotest reads Cayley's own Gizmo test cases (Cayley's
// query/gizmo test table over its data/testdata.nq), which kg's
// conformance tests run through each way a query reaches kg: the Go API,
// the command line and the HTTP API. The cases live in shared/ beside the
// repository; nothing of them is committed here.
package gizmotest

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Dir is where the cases are, from a package three folders below the
// repository's parent (cmd/kg, queries/gizmo, queries/server).
var Dir = filepath.Join("..", "..", "..", "shared", "testdata", "cayley-gizmo")

// DataFile is the N-Quads file the cases run over.
var DataFile = filepath.Join(Dir, "testdata.nq")

// Case is one query of Cayley's table and the values it must return.
type Case struct {
	Message string   `json:"message"`
	Query   string   `json:"query"`
	Tag     string   `json:"tag"`   // the result tag compared; "id" is the node a path ends on
	Limit   int      `json:"limit"` // 0: none
	Expect  []string `json:"expect"`
}

// Count is how many cases the table holds.
const Count = 70

// Load reads the cases, or skips the test when they are absent.
func Load(t testing.TB) []Case {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(Dir, "cases.json"))
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("Cayley's Gizmo cases are not here (%s): check out shared/ beside the repository to run them", Dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []Case `json:"cases"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatalf("cases.json: %v", err)
	}
	if len(file.Cases) != Count {
		t.Errorf("cases.json holds %d cases, want %d", len(file.Cases), Count)
	}
	return file.Cases
}

// Name is a subtest name for case i.
func (c Case) Name(i int) string { return fmt.Sprintf("%02d %s", i, c.Message) }

// QueryLimit is the limit to run the case with in kg's terms: -1 for none.
func (c Case) QueryLimit() int {
	if c.Limit == 0 {
		return -1
	}
	return c.Limit
}

// Check compares an answer in Cayley's HTTP API shape ({"result": [...]})
// with what the case expects: the tag's value in each row (and every
// value that is not a row), order ignored.
func (c Case) Check(t testing.TB, answer []byte) {
	t.Helper()
	got := TagValues(t, answer, c.Tag)
	want := append([]string{}, c.Expect...)
	sort.Strings(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("query %q, tag %q (-want +got):\n%s\nanswer: %s", c.Query, c.Tag, diff, answer)
	}
}

// TagValues decodes {"result": [...]} and returns, sorted, the value of tag
// in each object and every value that is not an object, as strings.
func TagValues(t testing.TB, answer []byte, tag string) []string {
	t.Helper()
	var doc struct {
		Result []any `json:"result"`
	}
	if err := json.Unmarshal(answer, &doc); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, answer)
	}
	got := []string{}
	for _, row := range doc.Result {
		v := row
		if m, ok := row.(map[string]any); ok {
			if v, ok = m[tag]; !ok {
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
