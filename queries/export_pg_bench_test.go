package queries_test

import (
	"context"
	"io"
	"testing"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
	"github.com/kg-analyst/kg/queries/export"
)

// BenchmarkExportPostgres exports the whole movie graph from PostgreSQL
// (Cayley's SQL store) as kg export streams it, beside Cayley's dump loop
// on the same database. It needs storetest.EnvPostgres:
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
		for i := 0; i < b.N; i++ {
			if n, err := stockDump(ctx, qs); err != nil || n != storetest.MovieQuads {
				b.Fatalf("dumped %d quads (%v), want %d", n, err, storetest.MovieQuads)
			}
		}
	})
}
