package nquads

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"
)

// BenchmarkRead reads the 30k-movie data set (471,705 quads, decompressed
// in memory beforehand) with Cayley's reader and with ours, side by side.
//
// The file's IRIs are relative (</film/...>), which only the Cayley dialect
// accepts; the "absolute" input makes them absolute (<http://x//film/...>)
// so that Strict can read the same data.
func BenchmarkRead(b *testing.B) {
	rel := movieData(b)
	abs := bytes.ReplaceAll(rel, []byte("<"), []byte("<http://x/"))
	inputs := []struct {
		name string
		data []byte
	}{{"relative", rel}, {"absolute", abs}}
	readers := []struct {
		name string
		open func(io.Reader) quad.Reader
	}{
		{"cayley-upstream", func(r io.Reader) quad.Reader { return cnquads.NewReader(r, false) }},
		{"dialect=cayley", func(r io.Reader) quad.Reader { return NewReader(r, "bench", Options{Dialect: Cayley}) }},
		{"dialect=strict", func(r io.Reader) quad.Reader { return NewReader(r, "bench", Options{Dialect: Strict}) }},
	}
	for _, in := range inputs {
		for _, rd := range readers {
			if in.name == "relative" && rd.name == "dialect=strict" {
				continue
			}
			b.Run(in.name+"/"+rd.name, func(b *testing.B) {
				b.SetBytes(int64(len(in.data)))
				b.ReportAllocs()
				cpu0, cpuOK := cpuTime()
				for b.Loop() {
					n := 0
					r := rd.open(bytes.NewReader(in.data))
					for {
						_, err := r.ReadQuad()
						if errors.Is(err, io.EOF) {
							break
						}
						if err != nil {
							b.Fatal(err)
						}
						n++
					}
					if n != 471705 {
						b.Fatalf("read %d quads, want 471705", n)
					}
				}
				if cpu1, ok := cpuTime(); cpuOK && ok {
					// Includes the garbage collector's work on other threads.
					b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
				}
			})
		}
	}
}
