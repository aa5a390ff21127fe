package analysis_test

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph/ingest"
	"github.com/kg-analyst/kg/graph/write/writetest"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/analysis"
	"github.com/kg-analyst/kg/schema"
)

// seedView is the curated seed graph with the two later articles ingested,
// as an analyst would have it in early January 2020.
func seedView(t *testing.T) (*analysis.View, queries.Reader) {
	t.Helper()
	ctx := context.Background()
	st := writetest.SeedStore(t)
	var files []ingest.File
	for name, date := range map[string]string{"soleimani-killed-2020.txt": "2020-01-03", "ain-al-asad-2020.txt": "2020-01-08"} {
		f, err := ingest.ReadFile("../../seeds/extract/testdata/dev/"+name, 0)
		if err != nil {
			t.Fatal(err)
		}
		f.Date = date
		files = append(files, f)
	}
	known, err := queries.Entities(ctx, st.QuadStore())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Run(ctx, st, known, files, false); err != nil {
		t.Fatal(err)
	}
	v, err := analysis.Build(ctx, st.QuadStore(), analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return v, st.QuadStore()
}

func TestSeedGraphQuestions(t *testing.T) {
	ctx := context.Background()
	v, _ := seedView(t)

	t.Run("betweenness puts the people joining the camps first", func(t *testing.T) {
		r, err := analysis.Rank(ctx, v, analysis.RankOptions{By: analysis.ByBetweenness, Types: []string{"Person"}, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{"donald-trump": true, "qasem-soleimani": true, "abu-mahdi-al-muhandis": true}
		for _, e := range r.Entities {
			if !want[e.Entity.ID] {
				t.Errorf("%s in the top 3, want Trump, Soleimani and Muhandis", e.Entity.Name)
			}
			if len(e.Top) == 0 || len(e.Top[0].Evidence) == 0 || e.Top[0].Evidence[0].Text == "" {
				t.Errorf("%s has no evidence: %+v", e.Entity.Name, e.Top)
			}
		}
	})

	t.Run("brokers between Kataib Hezbollah and the United States", func(t *testing.T) {
		side := func(id string) analysis.Side { return analysis.Side{Entities: []quad.Value{schema.EntityIRI(id)}} }
		r, err := analysis.Brokers(ctx, v, side("kataib-hezbollah"), side("united-states"), analysis.BrokerOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Brokers) < 3 || r.Brokers[0].Entity.ID != "iraqi-militias" {
			t.Fatalf("brokers %+v, want at least three, the Iranian-backed militias first", r.Brokers)
		}
		for _, b := range r.Brokers {
			if len(b.Paths) == 0 {
				t.Errorf("%s has no path", b.Entity.Name)
			}
			for _, p := range b.Paths {
				for _, e := range p.Edges {
					if len(e.Evidence) == 0 {
						t.Errorf("%s: edge %s %s %s has no evidence", b.Entity.Name, e.From.Name, e.Predicate, e.To.Name)
					}
				}
			}
		}
	})

	t.Run("clusters separate the U.S. government from the militias", func(t *testing.T) {
		c := analysis.Clusters(ctx, v, analysis.ClusterOptions{Members: 1000})
		of := func(id string) int { return c.Members[string(schema.EntityIRI(id))] }
		for _, us := range []string{"united-states", "donald-trump"} {
			for _, militia := range []string{"kataib-hezbollah", "iraqi-militias", "popular-mobilization-forces"} {
				if of(us) == 0 || of(us) == of(militia) {
					t.Errorf("%s in cluster %d, %s in cluster %d", us, of(us), militia, of(militia))
				}
			}
		}
	})
}

// The graph as known on 31 December 2019 holds nothing learnt only from the
// January articles; the graph as known on 3 January holds the killing.
func TestSeedGraphAsOf(t *testing.T) {
	ctx := context.Background()
	_, qs := seedView(t)
	latest := map[string]string{}
	for _, asOf := range []string{"2019-12-31", "2020-01-03", ""} {
		links, err := queries.Links(ctx, qs, schema.EntityIRI("qasem-soleimani"), queries.LinkOptions{Depth: 2, Scope: queries.Scope{AsOf: asOf}})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range links {
			for _, ev := range l.Evidence {
				if asOf != "" && ev.Date > asOf {
					t.Errorf("as of %s: %s %s %s cites %s of %s", asOf, l.From.Name, l.Predicate, l.To.Name, ev.IRI, ev.Date)
				}
				latest[asOf] = max(latest[asOf], ev.Date)
			}
		}
	}
	want := map[string]string{"2019-12-31": "2019-12-31", "2020-01-03": "2020-01-03", "": "2020-01-08"}
	if diff := cmp.Diff(want, latest); diff != "" {
		t.Errorf("latest evidence by --as-of (-want +got):\n%s", diff)
	}
}
