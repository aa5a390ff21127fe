package export_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/queries/export"
)

// independentParsers are RDF parsers written by others, run on exports to
// prove any RDF tool reads them: Serd's serdi (Debian package serdi) and
// Raptor's rapper (Debian package raptor2-utils). Each reads N-Quads and
// writes them back as N-Quads, one statement a line.
var independentParsers = []struct {
	name string
	args func(file string) []string
}{
	{"serdi", func(f string) []string { return []string{"-i", "nquads", "-o", "nquads", f} }},
	{"rapper", func(f string) []string { return []string{"-q", "-i", "nquads", "-o", "nquads", f} }},
}

// TestIndependentParsers runs serdi and rapper over exports of the whole seed
// graph and of subgraphs, and of the seed graph with an extracted document
// whose text needs escaping, and with quads in Cayley's dialect; any error or warning, or a statement count that
// differs from the export's, fails. Without the tools it skips.
func TestIndependentParsers(t *testing.T) {
	stores := []struct {
		name string
		st   *graph.Store
	}{{"seed", seedStore(t)}, {"extended", extendedStore(t)}, {"dialect", dialectStore(t)}}
	dir := t.TempDir()
	// A file both must reject, so a parser that accepts anything fails here.
	bad := filepath.Join(dir, "bad.nq")
	if err := os.WriteFile(bad, []byte("<relative> <http://example.org/p> \"x\" .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range independentParsers {
		t.Run(p.name, func(t *testing.T) {
			bin, err := exec.LookPath(p.name)
			if err != nil {
				t.Skipf("%s is not on PATH; install Debian's serdi and raptor2-utils (apt-get install serdi raptor2-utils) to check exports with independent RDF parsers", p.name)
			}
			if _, _, err := run(bin, p.args(bad)); err == nil {
				t.Fatalf("%s accepted a relative IRI; it cannot vouch for exports", p.name)
			}
			for _, store := range stores {
				for _, sel := range append(selections[:len(selections):len(selections)], streamed) {
					t.Run(store.name+"/"+sel.name, func(t *testing.T) {
						text := streamText(t, store.st)
						if sel.name != streamed.name {
							text = exportText(t, store.st, sel.opt, export.NQuads)
						}
						file := filepath.Join(dir, store.name+"-"+sel.name+".nq")
						if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
							t.Fatal(err)
						}
						stdout, stderr, err := run(bin, p.args(file))
						if err != nil || strings.TrimSpace(stderr) != "" {
							t.Fatalf("%s %s: %v\n%s", p.name, strings.Join(p.args(file), " "), err, stderr)
						}
						if got, want := strings.Count(stdout, "\n"), strings.Count(text, "\n"); got != want {
							t.Errorf("%s read %d statements, the export has %d", p.name, got, want)
						}
					})
				}
			}
		})
	}
}

// streamed stands in the selections for the whole graph as
// WriteWholeNQuads streams it.
var streamed = struct {
	name string
	opt  export.Options
}{"whole-streamed", export.Options{}}

func run(bin string, args []string) (stdout, stderr string, err error) {
	var out, errOut bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	return out.String(), errOut.String(), err
}
