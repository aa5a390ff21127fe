package queries_test

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/analysis"
	"github.com/kg-analyst/kg/queries/export"
)

// BenchmarkBig runs kg's questions on generated graphs of 0.5M and 5M quads
// (storetest.BigSizes), in bolt and, when storetest.EnvPostgres names a
// server, in PostgreSQL, each beside the nearest thing Cayley offers: the
// links of the busiest entity, as kg links prints them and as its JSON
// gives them, beside a Gizmo both() step from it; paths of up to 3 hops
// between two hubs (kg's default limit of 10, one quote per statement, as
// kg path prints them) beside a chain of three both() steps ending on the
// other, limited to 10; export (streamed,
// as kg export streams the whole graph) beside Cayley's dump loop. The
// degree ranking (kg rank) reads the whole graph and has no stock
// counterpart. Run with storetest.EnvBenchBig=1 and compare
// sizes with benchstat; with storetest.EnvBenchKeep the loaded stores are
// kept for the next run:
//
//	KG_BENCH_BIG=1 go test ./queries -run '^$' -bench Big -count 3 -timeout 3h | tee big.txt
//	benchstat -col /impl big.txt
func BenchmarkBig(b *testing.B) {
	storetest.SkipUnlessBig(b)
	for _, backend := range []string{"bolt", "postgres"} {
		for _, n := range storetest.BigSizes {
			b.Run(fmt.Sprintf("backend=%s/quads=%d", backend, n), func(b *testing.B) {
				benchGenerated(b, storetest.OpenBig(b, backend, n))
			})
		}
	}
}

// benchGenerated runs the questions of BenchmarkBig on one loaded store.
func benchGenerated(b *testing.B, st *graph.Store) {
	ctx := context.Background()
	qs := st.QuadStore()
	hubs := storetest.GeneratedHubs()
	from, to := hubs[0], hubs[3]
	size, err := st.Size(ctx)
	if err != nil {
		b.Fatal(err)
	}
	gz := func(src string, limit int) func(b *testing.B) { return gizmoBench(ctx, qs, src, limit) }
	// As kg links prints them (the 20 best, one quote each, every source
	// counted), and as --format json gives them (every link, all evidence).
	for _, q := range []struct {
		name string
		opt  queries.LinkOptions
	}{{"links", queries.LinkOptions{Limit: 20, Evidence: 1}}, {"links-json", queries.LinkOptions{}}} {
		b.Run("query="+q.name+"/impl=kg", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if links, err := queries.Links(ctx, qs, from, q.opt); err != nil || len(links) == 0 {
					b.Fatalf("links: %d, %v", len(links), err)
				}
			}
		})
	}
	b.Run("query=links/impl=gizmo", gz(fmt.Sprintf(`g.V("%s").Tag("n0").Both(null, "p1").Tag("n1").All()`, from), -1))
	b.Run("query=paths-3/impl=kg", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if paths, err := queries.Paths(ctx, qs, from, to, queries.PathOptions{MaxHops: 3, Evidence: 1}); err != nil || len(paths) == 0 {
				b.Fatalf("paths: %d, %v", len(paths), err)
			}
		}
	})
	b.Run("query=paths-3/impl=gizmo", gz(fmt.Sprintf(`g.V("%s").Both().Both().Both().Is("%s").All()`, from, to), 10))
	b.Run("query=rank-degree/impl=kg", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			v, err := analysis.Build(ctx, qs, analysis.Options{})
			if err == nil {
				_, err = analysis.Rank(ctx, v, analysis.RankOptions{By: analysis.ByDegree})
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("query=export/impl=kg", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if n, err := export.WriteWholeNQuads(ctx, io.Discard, st.ScanQuadStore()); err != nil || int64(n) != size {
				b.Fatalf("exported %d quads (%v), want %d", n, err, size)
			}
		}
	})
	b.Run("query=export/impl=stock", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if n, err := stockDump(ctx, qs, io.Discard); err != nil || int64(n) != size {
				b.Fatalf("dumped %d quads (%v), want %d", n, err, size)
			}
		}
	})
}

// BenchmarkGenerated runs BenchmarkBig's questions on a generated graph of
// 100,000 quads in a fresh bolt store: small enough to load in seconds, so
// a change to a query can be measured while it is made, beside the same
// Gizmo counterparts:
//
//	go test ./queries -run '^$' -bench 'Generated/query=paths' -count 5 | tee paths.txt
//	benchstat -col /impl paths.txt
func BenchmarkGenerated(b *testing.B) {
	st, _ := openGenerated(b, 100000)
	benchGenerated(b, st)
}
