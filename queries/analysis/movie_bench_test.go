package analysis_test

import (
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/kg-analyst/kg/graph/storetest"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/analysis"
)

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// timed runs op b.N times and reports its CPU time beside the wall time:
// on a shared machine the wall time says as much about the neighbours.
func timed(b *testing.B, op func()) {
	start := cpuTime()
	for range b.N {
		op()
	}
	b.ReportMetric((cpuTime()-start).Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkMovieAnalysis times the analysis on the film graph, from the
// store to the answer. PageRank runs beside the stock path: every quad read
// through Cayley's iterator (qs.Quad), the linking quads between two nodes
// folded into gonum's own weighted graph, and gonum's PageRank run on it;
// kg's answer does more (sources, top links with evidence). Clusters have
// no stock counterpart here: gonum's Modularize on this graph did not
// finish (see louvain).
//
//	go test ./queries/analysis -run '^$' -bench MovieAnalysis -count 6 | tee analysis.txt
//	benchstat -col /impl analysis.txt
func BenchmarkMovieAnalysis(b *testing.B) {
	st := storetest.OpenMovie(b)
	ctx := context.Background()
	qs := st.QuadStore()
	view := func(b *testing.B) *analysis.View {
		v, err := analysis.Build(ctx, qs, analysis.Options{})
		if err != nil {
			b.Fatal(err)
		}
		return v
	}
	b.Run("step=pagerank/impl=kg", func(b *testing.B) {
		timed(b, func() {
			if _, err := analysis.Rank(ctx, view(b), analysis.RankOptions{By: analysis.ByPageRank}); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("step=pagerank/impl=stock", func(b *testing.B) {
		timed(b, func() { network.PageRankSparse(stockDirected(b, qs), 0.85, 1e-6) })
	})
	b.Run("step=clusters/impl=kg", func(b *testing.B) {
		timed(b, func() { analysis.Clusters(ctx, view(b), analysis.ClusterOptions{}) })
	})
	b.Run("step=betweenness-16-samples/impl=kg", func(b *testing.B) {
		timed(b, func() {
			if _, err := analysis.Rank(ctx, view(b), analysis.RankOptions{By: analysis.ByBetweenness}); err != nil {
				b.Fatal(err)
			}
		})
	})
}

// stockPairs reads every quad as a Cayley user would and counts, for each
// pair of nodes, the quads that link them.
func stockPairs(b *testing.B, qs queries.Reader) map[[2]int64]float64 {
	ids := map[quad.Value]int64{}
	id := func(v quad.Value) int64 {
		if i, ok := ids[v]; ok {
			return i
		}
		ids[v] = int64(len(ids))
		return ids[v]
	}
	pairs := map[[2]int64]float64{}
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(context.Background()) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			b.Fatal(err)
		}
		if !queries.IsLinkPredicate(q.Predicate) || !queries.IsNode(q.Subject) || !queries.IsNode(q.Object) || q.Subject == q.Object {
			continue
		}
		s, o := id(q.Subject), id(q.Object)
		pairs[[2]int64{min(s, o), max(s, o)}]++
	}
	if err := it.Err(); err != nil {
		b.Fatal(err)
	}
	return pairs
}

// stockDirected is the stock graph with each pair an edge both ways, for
// PageRank.
func stockDirected(b *testing.B, qs queries.Reader) *simple.WeightedDirectedGraph {
	g := simple.NewWeightedDirectedGraph(0, 0)
	for p, w := range stockPairs(b, qs) {
		g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(p[0]), T: simple.Node(p[1]), W: w})
		g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(p[1]), T: simple.Node(p[0]), W: w})
	}
	return g
}
