package queries_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/export"
	"github.com/kg-analyst/kg/queries/gizmo"
	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds"
)

// TestAnswersPostgres asks PostgreSQL and bolt what kg's commands ask
// (build, links, path, query, export, load) and wants the same answers.
func TestAnswersPostgres(t *testing.T) {
	u := storetest.PostgresURL(t, "ask kg's questions on PostgreSQL")
	want := answers(t, graph.Config{Path: t.TempDir()})
	got := answers(t, graph.Config{Backend: "postgres", Path: storetest.FreshDatabase(t, u)})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("postgres answers differ from bolt's (-bolt +postgres):\n%s", diff)
	}
}

// TestAnswersBolt asks bolt alone, so that the questions are exercised
// where no PostgreSQL server is at hand.
func TestAnswersBolt(t *testing.T) {
	out := answers(t, graph.Config{Path: t.TempDir()})
	if len(out) == 0 {
		t.Fatal("no answers")
	}
}

// answers builds the seed graph into the store cfg names, asks it what
// kg's commands ask, loads N-Quads into it and returns every answer, as
// JSON, by step.
func answers(t *testing.T, cfg graph.Config) map[string]string {
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

	path, recs := storetest.WriteRecords(t, t.TempDir(), 300)
	got, err := storetest.LoadFile(ctx, st, path, 500)
	record("load", got, err)
	if got.Added != len(recs) {
		t.Errorf("%s: load added %d, want %d", st.Describe(), got.Added, len(recs))
	}
	got, err = storetest.LoadFile(ctx, st, path, 500)
	record("load again", got, err)
	size("load")
	links, err = queries.Links(ctx, qs, storetest.Record(7), queries.LinkOptions{Depth: 2})
	record("links after load", links, err)
	paths, err = queries.Paths(ctx, qs, storetest.Record(7), storetest.Record(250), queries.PathOptions{})
	record("path after load", paths, err)
	exportAll("export after load")
	return out
}
