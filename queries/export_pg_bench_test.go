package queries_test

import (
	"bytes"
	"context"
	"hash/fnv"
	"io"
	"testing"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
	"github.com/kg-analyst/kg/queries/export"
)

// BenchmarkExportPostgres exports the whole movie graph from PostgreSQL
// (Cayley's SQL store) as kg export streams it, beside Cayley's dump loop
// on the same database, which kg load filled: the dump is stock Cayley
// reading kg's load back, and it must give the movie file's quads, no more,
// no fewer. It needs storetest.EnvPostgres:
//
//	KG_TEST_POSTGRES=postgres://... go test ./queries -run '^$' -bench ExportPostgres -count 5 | tee pgexport.txt
//	benchstat -col /impl pgexport.txt
func BenchmarkExportPostgres(b *testing.B) {
	u := storetest.PostgresURL(b, "benchmark export from PostgreSQL")
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "postgres", Path: storetest.FreshDatabase(b, u)})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if _, err := st.Load(ctx, storetest.ReadMovie(b), graph.LoadOptions{}); err != nil {
		b.Fatal(err)
	}
	qs := st.QuadStore()
	b.Run("impl=kg", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if n, err := export.WriteWholeNQuads(ctx, io.Discard, st.ScanQuadStore()); err != nil || n != storetest.MovieQuads {
				b.Fatalf("exported %d quads (%v), want %d", n, err, storetest.MovieQuads)
			}
		}
	})
	b.Run("impl=stock", func(b *testing.B) {
		want := movieLines(b)
		for i := 0; i < b.N; i++ {
			got := lineSet{}
			if n, err := stockDump(ctx, qs, &got); err != nil || n != storetest.MovieQuads {
				b.Fatalf("dumped %d quads (%v), want %d", n, err, storetest.MovieQuads)
			}
			if missing, extra := want.compare(got); missing+extra > 0 {
				b.Fatalf("stock Cayley read back %d quads the movie file lacks and missed %d of its quads", extra, missing)
			}
		}
	})
}

// movieLines is the set of the movie file's quads as Cayley's N-Quads
// writer writes them.
func movieLines(tb testing.TB) lineSet {
	tb.Helper()
	set := lineSet{}
	w := cnquads.NewWriter(&set)
	if _, err := quad.Copy(w, storetest.ReadMovie(tb)); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	set.flush()
	return set
}

// lineSet is an io.Writer that keeps a 64-bit hash of each distinct line
// written to it, so that two dumps of the same quads in different orders
// compare equal without either being held in memory.
type lineSet struct {
	partial []byte
	hashes  map[uint64]struct{}
}

// Write adds the whole lines of p, keeping an unfinished last line for the
// next call.
func (s *lineSet) Write(p []byte) (int, error) {
	n := len(p)
	for {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			s.partial = append(s.partial, p...)
			return n, nil
		}
		s.add(append(s.partial, p[:i]...))
		s.partial, p = s.partial[:0], p[i+1:]
	}
}

// flush adds an unfinished last line.
func (s *lineSet) flush() {
	if len(s.partial) > 0 {
		s.add(s.partial)
		s.partial = s.partial[:0]
	}
}

func (s *lineSet) add(line []byte) {
	if s.hashes == nil {
		s.hashes = map[uint64]struct{}{}
	}
	h := fnv.New64a()
	h.Write(line)
	s.hashes[h.Sum64()] = struct{}{}
}

// compare returns how many of s's lines got lacks and how many got has that
// s lacks.
func (s lineSet) compare(got lineSet) (missing, extra int) {
	got.flush()
	for h := range s.hashes {
		if _, ok := got.hashes[h]; !ok {
			missing++
		}
	}
	return missing, len(got.hashes) - (len(s.hashes) - missing)
}
