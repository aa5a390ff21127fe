package main

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

	"github.com/google/go-cmp/cmp"
)

// cayleyGizmoDir holds Cayley's own Gizmo test cases beside the clone.
var cayleyGizmoDir = filepath.Join("..", "..", "..", "shared", "testdata", "cayley-gizmo")

// kg runs the CLI in-process and returns its exit code, stdout and stderr.
func kg(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(context.Background(), append([]string{"kg"}, args...), bytes.NewReader(nil), &out, &errOut)
	return code, out.String(), errOut.String()
}

// TestCayleyGizmoCases loads Cayley's testdata.nq with kg load and runs each
// of Cayley's Gizmo cases with kg query --format json, as a user of
// Cayley's tools would.
func TestCayleyGizmoCases(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(cayleyGizmoDir, "cases.json"))
	if os.IsNotExist(err) {
		t.Skipf("%s is absent: Cayley's Gizmo cases live in shared/ beside the clone", cayleyGizmoDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []struct {
			Message, Query, Tag string
			Limit               int
			Expect              []string
		}
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "cayley.db")
	if code, _, stderr := kg(t, "load", "--db", db, filepath.Join(cayleyGizmoDir, "testdata.nq")); code != 0 {
		t.Fatalf("kg load: exit %d: %s", code, stderr)
	}
	if len(file.Cases) != 70 {
		t.Errorf("%d cases, want 70", len(file.Cases))
	}
	for i, c := range file.Cases {
		t.Run(fmt.Sprintf("%02d %s", i, c.Message), func(t *testing.T) {
			limit := c.Limit
			if limit == 0 {
				limit = -1
			}
			code, stdout, stderr := kg(t, "query", "--db", db, "--format", "json", "--limit", strconv.Itoa(limit), c.Query)
			if code != 0 {
				t.Fatalf("kg query %q: exit %d: %s", c.Query, code, stderr)
			}
			var doc struct{ Result []any }
			if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, stdout)
			}
			got := []string{}
			for _, row := range doc.Result {
				v := row
				if m, ok := row.(map[string]any); ok {
					if v, ok = m[c.Tag]; !ok {
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
			want := append([]string{}, c.Expect...)
			sort.Strings(want)
			sort.Strings(got)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("kg query %q, tag %s (-want +got):\n%s", c.Query, c.Tag, diff)
			}
		})
	}
}
