package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-analyst/kg/graph"
)

// EnvBenchBig, set to 1, runs the benchmarks on generated graphs of
// BigSizes quads; they take long (the 5M-quad graph loads for minutes), so
// without it they skip.
const EnvBenchBig = "KG_BENCH_BIG"

// BigSizes are the sizes of the generated graphs the big benchmarks measure
// on, in quads, so that a cost's growth shows between them.
var BigSizes = []int{500_000, 5_000_000}

// BigSeed is the seed of the generated graphs the big benchmarks use.
const BigSeed = 1

// SkipUnlessBig skips tb unless EnvBenchBig is 1.
func SkipUnlessBig(tb testing.TB) {
	tb.Helper()
	if os.Getenv(EnvBenchBig) != "1" {
		tb.Skipf("%s not 1: the benchmarks on generated graphs of %v quads take long; set it to run them", EnvBenchBig, BigSizes)
	}
}

// EnvBenchKeep names a directory where the benchmarks on generated graphs
// keep the stores they load (bolt files there, PostgreSQL databases named
// kg_big_N on EnvPostgres's server) and reopen them on later runs, so that
// the queries can be measured again without loading 5M quads again. The
// caller removes them: rm -r the directory, DROP DATABASE kg_big_N.
const EnvBenchKeep = "KG_BENCH_KEEP"

// OpenBig opens a store of the backend holding the generated graph of n
// quads (BigSeed), loading it into a fresh one unless EnvBenchKeep names a
// directory where an earlier run left it whole.
func OpenBig(tb testing.TB, backend string, n int) *graph.Store {
	tb.Helper()
	ctx := context.Background()
	keep := os.Getenv(EnvBenchKeep)
	loaded := filepath.Join(keep, fmt.Sprintf("%s-%d.loaded", backend, n))
	cfg := graph.Config{Path: tb.TempDir()}
	switch {
	case backend == "postgres" && keep != "":
		cfg = graph.Config{Backend: backend, Path: keptDatabase(tb, PostgresURL(tb, "benchmark on PostgreSQL"), fmt.Sprintf("kg_big_%d", n), loaded)}
	case backend == "postgres":
		cfg = graph.Config{Backend: backend, Path: FreshDatabase(tb, PostgresURL(tb, "benchmark on PostgreSQL"))}
	case keep != "":
		cfg.Path = filepath.Join(keep, fmt.Sprintf("bolt-%d", n))
		if _, err := os.Stat(loaded); err != nil {
			if err := os.RemoveAll(cfg.Path); err != nil {
				tb.Fatal(err)
			}
		}
	}
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if _, err := os.Stat(loaded); keep != "" && err == nil {
		return st
	}
	if _, err := st.Load(ctx, NewGenerator(BigSeed, n), graph.LoadOptions{}); err != nil {
		tb.Fatal(err)
	}
	if keep != "" {
		if err := os.WriteFile(loaded, nil, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return st
}

// keptDatabase returns the URL of database name on the server at u, made
// afresh unless the file loaded says an earlier run filled it.
func keptDatabase(tb testing.TB, u, name, loaded string) string {
	tb.Helper()
	pu, err := url.Parse(u)
	if err != nil {
		tb.Fatalf("%s: %v", EnvPostgres, err)
	}
	pu.Path = "/" + name
	if _, err := os.Stat(loaded); err == nil {
		return pu.String()
	}
	admin, err := sql.Open("postgres", u)
	if err != nil {
		tb.Fatal(err)
	}
	defer admin.Close()
	for _, stmt := range []string{"DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name} {
		if _, err := admin.Exec(stmt); err != nil {
			tb.Fatalf("%s on %s: %v", stmt, EnvPostgres, err)
		}
	}
	return pu.String()
}
