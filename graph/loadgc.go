package graph

import (
	"runtime/debug"
	"runtime/metrics"
)

// A bolt load holds a batch's nodes, and bolt holds every key and value it
// writes, until the commit: hundreds of megabytes that stay live, which the
// collector's default pacing (GOGC=100) marks again each time the heap
// doubles on the way up. While a load runs, the collector waits for five
// times the live heap, but never past loadHeapLimit: on the film graph
// that is about an eighth less CPU for the load, and peak RSS stays below
// stock Cayley's (see BenchmarkLoad).
const (
	loadGCPercent = 400
	loadHeapLimit = 768 << 20
)

// loadGC is the collector's setting before a load, to restore after it.
type loadGC struct {
	percent int
	limit   int64
	off     bool // the user turned the collector off, or set it higher: left alone
}

// relaxGC paces the collector for a load; restore undoes it.
func relaxGC() *loadGC {
	g := &loadGC{percent: debug.SetGCPercent(loadGCPercent), limit: debug.SetMemoryLimit(-1)}
	if g.percent < 0 || g.percent >= loadGCPercent {
		debug.SetGCPercent(g.percent)
		g.off = true
		return g
	}
	g.fit()
	return g
}

// fit sets the heap limit for the next batch: loadHeapLimit, or twice the
// heap still live after the last collection when that is more (a load of
// long values, or a big --batch), so that a heap near the limit does not
// keep the collector running; never above a limit the user set.
func (g *loadGC) fit() {
	if g.off {
		return
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	limit := int64(loadHeapLimit)
	if sample[0].Value.Kind() == metrics.KindUint64 {
		limit = max(limit, 2*int64(sample[0].Value.Uint64()))
	}
	debug.SetMemoryLimit(min(limit, g.limit))
}

// restore puts the collector's setting back as it was.
func (g *loadGC) restore() {
	if g.off {
		return
	}
	debug.SetGCPercent(g.percent)
	debug.SetMemoryLimit(g.limit)
}

// RelaxGC paces the collector for a batch job as a load is paced, until
// the function it returns is called. kg ingest runs under it: extraction
// makes a great deal of short-lived garbage beside a live heap of the
// document's mentions and statements, which the default pacing marks again
// and again (a quarter of the CPU of a 10,000-sentence ingest).
func RelaxGC() (restore func()) {
	return relaxGC().restore
}
