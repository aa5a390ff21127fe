package storetest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/nquads"
)

// MovieQuads is the number of distinct quads in the shared movie file.
const MovieQuads = 471705

// MovieFile returns the path of the shared movie data set
// (../shared/data/30kmoviedata.nq.gz beside the module's root), skipping tb
// when the shared data is not there.
func MovieFile(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Fatal("no go.mod above the test's directory")
		}
		dir = up
	}
	name := filepath.Join(dir, "..", "shared", "data", "30kmoviedata.nq.gz")
	if _, err := os.Stat(name); err != nil {
		tb.Skipf("%s not found (the shared data lives beside the repository): %v", name, err)
	}
	return name
}

// ReadMovie returns a reader of the movie file's quads, closed when tb
// ends.
func ReadMovie(tb testing.TB) *nquads.Reader {
	tb.Helper()
	name := MovieFile(tb)
	f, err := os.Open(name)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	r, err := nquads.Decompress(f, name)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { r.Close() })
	return nquads.NewReader(r, name, nquads.Options{})
}

// OpenMovie loads the movie file into a new bolt store, as kg load does;
// the store is closed when tb ends.
func OpenMovie(tb testing.TB) *graph.Store {
	tb.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Path: tb.TempDir()})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if _, err := st.Load(ctx, ReadMovie(tb), graph.LoadOptions{}); err != nil {
		tb.Fatal(err)
	}
	return st
}

// RecordQuads is the size of one record of WriteRecords: four links to
// other records and a name.
const RecordQuads = 5

// Record is the IRI of record r of WriteRecords.
func Record(r int) quad.IRI { return quad.IRI(fmt.Sprintf("http://kg.test/e%d", r)) }

// WriteRecords writes n records as N-Quads into a file in dir and returns
// its path and its quads. Record r links to others by predicates
// http://kg.test/p0 to p3.
func WriteRecords(tb testing.TB, dir string, n int) (string, []quad.Quad) {
	tb.Helper()
	var qs []quad.Quad
	var b strings.Builder
	for r := 0; r < n; r++ {
		for j := 0; j < RecordQuads-1; j++ {
			qs = append(qs, quad.Quad{Subject: Record(r), Predicate: quad.IRI(fmt.Sprintf("http://kg.test/p%d", j)),
				Object: Record((r*31 + j*7 + 1) % n), Label: quad.IRI(fmt.Sprintf("http://kg.test/g%d", r%3))})
		}
		qs = append(qs, quad.Quad{Subject: Record(r), Predicate: quad.IRI("http://kg.test/name"), Object: quad.String(fmt.Sprintf("record %d", r))})
	}
	for _, q := range qs {
		b.WriteString(q.NQuad())
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, "records.nq")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path, qs
}

// LoadFile loads the N-Quads file path into st in batches of batch quads.
func LoadFile(ctx context.Context, st *graph.Store, path string, batch int) (graph.LoadStats, error) {
	f, err := os.Open(path)
	if err != nil {
		return graph.LoadStats{}, err
	}
	defer f.Close()
	return st.Load(ctx, nquads.NewReader(f, path, nquads.Options{}), graph.LoadOptions{BatchSize: batch})
}
