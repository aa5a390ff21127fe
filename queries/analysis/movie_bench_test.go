package analysis_test

import (
	"context"
	"os"
	"testing"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/nquads"
	"github.com/kg-analyst/kg/queries/analysis"
)

// movieFile is the 471,705-quad film graph, beside the repository.
const movieFile = "../../../shared/data/30kmoviedata.nq.gz"

// movieStore loads the film graph into a new bolt store, as kg load does.
func movieStore(b *testing.B) *graph.Store {
	b.Helper()
	f, err := os.Open(movieFile)
	if err != nil {
		b.Skipf("%s not found (the shared data lives beside the repository): %v", movieFile, err)
	}
	defer f.Close()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Path: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	r, err := nquads.Decompress(f, movieFile)
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	if _, err := st.Load(ctx, nquads.NewReader(r, movieFile, nquads.Options{}), graph.LoadOptions{}); err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkMovieAnalysis times the analysis commands' work on the film
// graph, each from the store to the answer: reading the view, then ranking
// or clustering it.
func BenchmarkMovieAnalysis(b *testing.B) {
	st := movieStore(b)
	ctx := context.Background()
	build := func(b *testing.B) *analysis.View {
		v, err := analysis.Build(ctx, st.QuadStore(), analysis.Options{})
		if err != nil {
			b.Fatal(err)
		}
		return v
	}
	b.Run("step=view", func(b *testing.B) {
		for range b.N {
			build(b)
		}
	})
	for _, by := range []string{analysis.ByDegree, analysis.ByPageRank, analysis.ByBetweenness} {
		b.Run("step=rank-"+by, func(b *testing.B) {
			for range b.N {
				if _, err := analysis.Rank(ctx, build(b), analysis.RankOptions{By: by}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("step=clusters", func(b *testing.B) {
		for range b.N {
			if c := analysis.Clusters(ctx, build(b), analysis.ClusterOptions{}); len(c.Clusters) == 0 {
				b.Fatal("no clusters")
			}
		}
	})
}
