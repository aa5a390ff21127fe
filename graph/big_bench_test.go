package graph_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph/storetest"
)

// BenchmarkBigLoad loads generated graphs of 0.5M and 5M quads
// (storetest.BigSizes) with kg's loader and Cayley's stock writer side by
// side: into bolt in a child process each, as BenchmarkLoad does, and, when
// storetest.EnvPostgres names a server, into a fresh PostgreSQL database.
// Run with storetest.EnvBenchBig=1:
//
//	KG_BENCH_BIG=1 go test ./graph -run '^$' -bench BigLoad -count 3 -timeout 3h | tee bigload.txt
//	benchstat -col /loader bigload.txt
func BenchmarkBigLoad(b *testing.B) {
	storetest.SkipUnlessBig(b)
	dir := b.TempDir()
	for _, n := range storetest.BigSizes {
		// The file is written when a sub-benchmark first needs it, so that
		// -bench can pick one size without writing the other.
		generated := sync.OnceValues(func() (generatedFile, error) {
			path, quads, err := storetest.WriteGenerated(dir, storetest.BigSeed, n)
			return generatedFile{path, quads}, err
		})
		for _, mode := range []string{"kg", "stock"} {
			b.Run(fmt.Sprintf("backend=bolt/quads=%d/loader=%s", n, mode), func(b *testing.B) {
				gen, err := generated()
				if err != nil {
					b.Fatal(err)
				}
				file, want := gen.path, gen.quads
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					c := newChild(b, mode, file, b.TempDir())
					if err := c.cmd.Start(); err != nil {
						b.Fatal(err)
					}
					if res, _, err := c.result(); err != nil || res.Size != int64(want) {
						b.Fatalf("%s loaded %d quads (%v), want %d", mode, res.Size, err, want)
					}
				}
				b.ReportMetric(float64(want)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
			})
			b.Run(fmt.Sprintf("backend=postgres/quads=%d/loader=%s", n, mode), func(b *testing.B) {
				u := storetest.PostgresURL(b, "benchmark loading generated graphs")
				gen, err := generated()
				if err != nil {
					b.Fatal(err)
				}
				want := gen.quads
				b.ResetTimer()
				read := func() quad.Reader { return storetest.NewGenerator(storetest.BigSeed, n) }
				benchPostgresLoad(b, u, mode, read, int64(want))
				b.ReportMetric(float64(want)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
			})
		}
	}
}

// generatedFile is a generated graph written to a file.
type generatedFile struct {
	path  string
	quads int
}
