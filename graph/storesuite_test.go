package graph_test

import (
	"context"
	"testing"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
)

// TestStoreSuite runs graph/storetest on every backend kg offers: bolt,
// memstore, and PostgreSQL when KG_TEST_POSTGRES names a server.
func TestStoreSuite(t *testing.T) {
	open := func(cfg func(t testing.TB) graph.Config) storetest.DatabaseFunc {
		return func(t testing.TB) *graph.Store {
			t.Helper()
			st, err := graph.Open(context.Background(), cfg(t))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		}
	}
	t.Run("bolt", func(t *testing.T) {
		storetest.Run(t, open(func(t testing.TB) graph.Config { return graph.Config{Path: t.TempDir()} }))
	})
	t.Run("memstore", func(t *testing.T) {
		storetest.Run(t, open(func(testing.TB) graph.Config { return graph.Config{Backend: "memstore"} }))
	})
	t.Run("postgres", func(t *testing.T) {
		u := storetest.PostgresURL(t, "run the store suite on PostgreSQL")
		storetest.Run(t, open(func(t testing.TB) graph.Config {
			return graph.Config{Backend: "postgres", Path: storetest.FreshDatabase(t, u)}
		}))
	})
}
