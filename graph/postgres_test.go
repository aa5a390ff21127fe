package graph_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	_ "github.com/lib/pq" // the driver Cayley's postgres store registers too

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/export"
	"github.com/kg-analyst/kg/queries/gizmo"
	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds"
)

// envPostgres names a PostgreSQL server for the store suite: a URL such as
// postgres://postgres@127.0.0.1:54329/postgres?sslmode=disable. Each run
// creates a database of its own there and drops it afterwards.
const envPostgres = "KG_TEST_POSTGRES"

// TestStoreSuitePostgres runs the store suite (build, links, path, query,
// export, load) on PostgreSQL and on bolt and wants the same answers.
func TestStoreSuitePostgres(t *testing.T) {
	u := os.Getenv(envPostgres)
	if u == "" {
		t.Skipf("%s not set: give it a PostgreSQL URL (postgres://user@host:port/db?sslmode=disable) to run the store suite on PostgreSQL; .ci/run starts a server and sets it", envPostgres)
	}
	want := storeSuite(t, graph.Config{Path: t.TempDir()})
	got := storeSuite(t, graph.Config{Backend: "postgres", Path: freshDatabase(t, u)})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("postgres answers differ from bolt's (-bolt +postgres):\n%s", diff)
	}
}

// TestStoreSuiteBolt runs the store suite on bolt alone, so that it is
// exercised where no PostgreSQL server is at hand.
func TestStoreSuiteBolt(t *testing.T) {
	out := storeSuite(t, graph.Config{Path: t.TempDir()})
	if len(out) == 0 {
		t.Fatal("no answers")
	}
}

// freshDatabase creates a database on the server at u and returns its URL;
// it is dropped when the test ends.
func freshDatabase(t testing.TB, u string) string {
	t.Helper()
	admin, err := sql.Open("postgres", u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	name := fmt.Sprintf("kg_test_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database on %s: %v", envPostgres, err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	pu, err := url.Parse(u)
	if err != nil {
		t.Fatalf("%s: %v", envPostgres, err)
	}
	pu.Path = "/" + name
	return pu.String()
}

// storeSuite builds the seed graph into the store cfg names, asks it what
// kg's commands ask, loads N-Quads into it and returns every answer, as
// JSON, by step.
func storeSuite(t *testing.T, cfg graph.Config) map[string]string {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open %s: %v", cfg.Backend, err)
	}
	t.Cleanup(func() { st.Close() })
	qs := st.QuadStore()
	out := map[string]string{}
	record := func(step string, v any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %s: %v", st.Describe(), step, err)
		}
		b, err := json.MarshalIndent(v, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		out[step] = string(b)
	}
	size := func(step string) {
		n, err := st.Size(ctx)
		record(step+" size", n, err)
	}

	docs, err := seeds.EmbeddedDocuments()
	if err != nil {
		t.Fatal(err)
	}
	ch, err := write.Write(ctx, st, docs)
	record("build", ch, err)
	size("build")
	ch, err = write.Write(ctx, st, docs)
	record("rebuild", ch, err)

	ents, err := queries.Entities(ctx, qs)
	if len(ents) < 2 {
		t.Fatalf("%d entities in the seed graph (%v)", len(ents), err)
	}
	// An entity with two descriptions shows the one its backend reads
	// first: compare the rest.
	bare := append([]schema.Entity(nil), ents...)
	for i := range bare {
		bare[i].Description = ""
	}
	record("entities", bare, err)
	first, last := quad.IRI(ents[0].IRI), quad.IRI(ents[len(ents)-1].IRI)
	links, err := queries.Links(ctx, qs, first, queries.LinkOptions{Depth: 2})
	record("links", links, err)
	paths, err := queries.Paths(ctx, qs, first, last, queries.PathOptions{})
	record("path", paths, err)
	res, err := gizmo.Run(ctx, qs, fmt.Sprintf(`g.V("<%s>").Out().All()`, first), gizmo.Options{})
	if err == nil {
		rows := make([]string, len(res.Rows))
		for i, r := range res.Rows {
			b, _ := json.Marshal(r)
			rows[i] = string(b)
		}
		sort.Strings(rows) // backends iterate in their own order
		record("query", rows, nil)
	} else {
		record("query", nil, err)
	}
	exportAll := func(step string) {
		all, err := export.Select(ctx, qs, export.Options{})
		if err != nil {
			record(step, nil, err)
		}
		var b strings.Builder
		record(step, b.String(), export.WriteNQuads(&b, all))
		out[step] = b.String()
	}
	exportAll("export")

	path, recs := writeRecords(t, t.TempDir(), 300)
	got, err := loadFile(ctx, st, path, 500)
	record("load", got, err)
	if got.Added != len(recs) {
		t.Errorf("%s: load added %d, want %d", st.Describe(), got.Added, len(recs))
	}
	got, err = loadFile(ctx, st, path, 500)
	record("load again", got, err)
	size("load")
	links, err = queries.Links(ctx, qs, entity(7), queries.LinkOptions{Depth: 2})
	record("links after load", links, err)
	paths, err = queries.Paths(ctx, qs, entity(7), entity(250), queries.PathOptions{})
	record("path after load", paths, err)
	exportAll("export after load")
	return out
}
