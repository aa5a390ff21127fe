package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kg-analyst/kg/queries/gizmo/gizmotest"
)

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
	cases := gizmotest.Load(t)
	db := filepath.Join(t.TempDir(), "cayley.db")
	if code, _, stderr := kg(t, "load", "--db", db, gizmotest.DataFile); code != 0 {
		t.Fatalf("kg load: exit %d: %s", code, stderr)
	}
	for i, c := range cases {
		t.Run(c.Name(i), func(t *testing.T) {
			code, stdout, stderr := kg(t, "query", "--db", db, "--format", "json", "--limit", strconv.Itoa(c.QueryLimit()), c.Query)
			if code != 0 {
				t.Fatalf("kg query %q: exit %d: %s", c.Query, code, stderr)
			}
			c.Check(t, []byte(stdout))
		})
	}
}
