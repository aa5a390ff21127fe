package graph_test

import (
	"testing"
	"time"

	"github.com/kg-analyst/kg/graph/storetest"
)

// BenchmarkLoad loads the 471,705-quad movie file into a fresh bolt store,
// with kg's loader and with Cayley's stock path, each in a child process so
// that peak-RSS-MB is the loader's own. Compare with benchstat:
//
//	go test ./graph -run '^$' -bench Load -count 6 | tee load.txt
//	benchstat -col /loader load.txt
func BenchmarkLoad(b *testing.B) {
	file := storetest.MovieFile(b)
	for _, mode := range []string{"kg", "stock"} {
		b.Run("loader="+mode, func(b *testing.B) {
			var peak int64
			var cpu time.Duration
			for i := 0; i < b.N; i++ {
				dir := b.TempDir()
				c := newChild(b, mode, file, dir)
				if err := c.cmd.Start(); err != nil {
					b.Fatal(err)
				}
				res, use, err := c.result()
				if err != nil {
					b.Fatal(err)
				}
				if res.Size != storetest.MovieQuads {
					b.Fatalf("%s loaded %d quads, want %d", mode, res.Size, storetest.MovieQuads)
				}
				peak = max(peak, use.peakRSS)
				cpu += use.cpu
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MB")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(storetest.MovieQuads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}
