package server

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph/nquads"
)

const cayleyModule = "github.com/cayleygraph/cayley"

// buildCayleyTool builds Cayley's command name (cayleyexport,
// cayleyimport), at the version kg uses, into a temporary directory,
// offline from the module cache, or skips the test saying what is missing.
// Nothing of the build is kept.
func buildCayleyTool(t *testing.T, name string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command to build %s with: %v", name, err)
	}
	// The version kg's go.mod requires.
	v, err := exec.Command(goTool, "list", "-m", "-f", "{{.Version}}", cayleyModule).Output()
	version := string(bytes.TrimSpace(v))
	if err != nil || version == "" {
		t.Skipf("go list -m %s: %v", cayleyModule, err)
	}
	dir := t.TempDir()
	mod := "module kgtest/" + name + "\n\ngo 1.22\n\nrequire " + cayleyModule + " " + version + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, name)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, goTool, "build", "-o", bin, cayleyModule+"/cmd/"+name)
	cmd.Dir = dir
	// Offline: only what the module cache holds; no network beyond loopback.
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off", "GOWORK=off", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("cannot build %s offline from the module cache (%v); "+
			"bash .ci/run fetches what it needs (it builds the tool once, online) to run this test:\n%s", name, err, lastLines(out, 5))
	}
	return bin
}

func lastLines(b []byte, n int) []byte {
	lines := bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return bytes.Join(lines, []byte("\n"))
}

// TestCayleyExport points Cayley's own cayleyexport at the server and
// reads the graph back, in its default JSON-LD and as N-Quads.
func TestCayleyExport(t *testing.T) {
	bin := buildCayleyTool(t, "cayleyexport")
	st := seedStore(t)
	base := startServer(t, Config{Store: st.QuadStore()})
	want, err := quad.ReadAll(cgraph.NewQuadStoreReader(st.QuadStore()))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		read func([]byte) quad.Reader
	}{
		{"default JSON-LD", nil, func(b []byte) quad.Reader { return jsonld.NewReader(bytes.NewReader(b)) }},
		{"N-Quads", []string{"--format", "nquads"}, func(b []byte) quad.Reader {
			return nquads.NewReader(bytes.NewReader(b), "cayleyexport", nquads.Options{Dialect: nquads.Strict})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			out := filepath.Join(t.TempDir(), "export")
			args := append([]string{"--uri", base, "--quiet", "-o", out}, tt.args...)
			if msg, err := exec.CommandContext(ctx, bin, args...).CombinedOutput(); err != nil {
				t.Fatalf("cayleyexport %v: %v\n%s", args, err, msg)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			got, err := quad.ReadAll(tt.read(data))
			if err != nil {
				t.Fatalf("read what cayleyexport wrote: %v\n%.500s", err, data)
			}
			if diff := cmp.Diff(sortedStrings(want), sortedStrings(got)); diff != "" {
				t.Errorf("cayleyexport read other quads than the store holds (-store +export):\n%s", diff)
			}
		})
	}
}

// TestCayleyImport points Cayley's cayleyimport at the server: refused
// without AllowWrites, written with it.
func TestCayleyImport(t *testing.T) {
	bin := buildCayleyTool(t, "cayleyimport")
	file := filepath.Join(t.TempDir(), "follows.nq")
	if err := os.WriteFile(file, []byte("<alice> <follows> <bob> .\n<bob> <follows> <fred> .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, allow := range []bool{false, true} {
		t.Run(map[bool]string{false: "read-only", true: "writes allowed"}[allow], func(t *testing.T) {
			base := startServer(t, Config{Store: newStore(t).QuadStore(), AllowWrites: allow})
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			out, err := exec.CommandContext(ctx, bin, "--uri", base, file).CombinedOutput()
			if err != nil {
				t.Fatalf("cayleyimport: %v\n%s", err, out) // it exits 0 on a 403 too
			}
			_, body := do(t, "POST", base+"/api/v2/query?lang=gizmo", "", bytes.NewBufferString(`g.V("<alice>").out("<follows>").all()`))
			want := `{"result":[]}`
			if allow {
				want = `{"result":[{"id":"<bob>"}]}`
			}
			if got := string(bytes.TrimSpace(body)); got != want {
				t.Errorf("after cayleyimport: %s, want %s (cayleyimport said %q)", got, want, out)
			}
		})
	}
}
