package queries_test

import (
	"context"
	"testing"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/gizmo"
	"github.com/kg-analyst/kg/seeds"
)

// BenchmarkGrowth runs what should cost the same at any store size on the
// seed graph alone and on the seed graph beside the 471,705-quad movie
// graph: the store's size, kg stats, a one-node Gizmo query over what
// queries run on (QueryStore), a name look-up, and rewriting the seed
// documents (kg build over a built store). Compare the two stores with
// benchstat:
//
//	go test ./queries -run '^$' -bench Growth -count 6 | tee growth.txt
//	benchstat -col /store growth.txt
func BenchmarkGrowth(b *testing.B) {
	ctx := context.Background()
	docs, err := seeds.EmbeddedDocuments()
	if err != nil {
		b.Fatal(err)
	}
	seedOnly, err := graph.Open(ctx, graph.Config{Path: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { seedOnly.Close() })
	stores := []struct {
		name string
		st   *graph.Store
	}{{"seed", seedOnly}, {"seed+movies", storetest.OpenMovie(b)}}
	for _, s := range stores {
		if _, err := write.Write(ctx, s.st, docs); err != nil {
			b.Fatal(err)
		}
	}
	ops := []struct {
		name string
		run  func(*graph.Store) error
	}{
		{"size", func(st *graph.Store) error { _, err := st.Size(ctx); return err }},
		{"stats", func(st *graph.Store) error { _, err := queries.Summarize(ctx, st.QuadStore()); return err }},
		{"query-one-node", func(st *graph.Store) error {
			qs, err := st.QueryStore(ctx, 0)
			if err == nil {
				_, err = gizmo.Run(ctx, qs, `g.V("<id:quds-force>").All()`, gizmo.Options{})
			}
			return err
		}},
		{"resolve", func(st *graph.Store) error { _, err := queries.Resolve(ctx, st.QuadStore(), "Soleimani"); return err }},
		{"rewrite-seeds", func(st *graph.Store) error { _, err := write.Write(ctx, st, docs); return err }},
	}
	for _, op := range ops {
		for _, s := range stores {
			b.Run("op="+op.name+"/store="+s.name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if err := op.run(s.st); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
