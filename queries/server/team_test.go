package server_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/queries/server"
	"github.com/kg-analyst/kg/schema"
)

// teamDocument is version v of document i of a team's corpus: its
// statements join entities of one small shared pool, so that writers of
// different documents write the same nodes at the same time; a new version
// changes what half its sentences say.
func teamDocument(i, v int) schema.Document {
	d := schema.Document{ID: fmt.Sprint("team-", i), Title: fmt.Sprint("Report ", i), Date: "2020-01-03"}
	kinds := []string{"Person", "Organization"}
	for e := range 12 {
		d.Entities = append(d.Entities, schema.Entity{ID: fmt.Sprint("member-", e), Type: kinds[e%2], Name: fmt.Sprint("Member ", e)})
	}
	opposed, ok := schema.LookupPredicate("opposed")
	if !ok {
		panic("no predicate opposed")
	}
	for s := 1; s <= 6; s++ {
		d.Sentences = append(d.Sentences, schema.Sentence{Index: s, Text: fmt.Sprintf("Report %d, sentence %d.", i, s)})
		for k := range 3 {
			origin := schema.Curated
			if k == 2 {
				origin = schema.Extracted
			}
			d.Statements = append(d.Statements, schema.Statement{
				Subject: fmt.Sprint("member-", (i+s+k)%12), Predicate: opposed, Object: fmt.Sprint("member-", (i*s+k+1+v*(s%2))%12),
				Evidence: schema.Evidence{Sentence: s, Origin: origin, Confidence: 0.5},
			})
		}
	}
	return d
}

// TestTeamOnPostgres is a team on one PostgreSQL database: four writers
// write documents that share entities, each twice and then a new version
// of each, while kg's server answers. Each answer shows a document whole,
// in one version, or not at all (each document is one transaction);
// afterwards the store holds the last version of every document exactly,
// and nothing else.
func TestTeamOnPostgres(t *testing.T) {
	u := storetest.PostgresURL(t, "run a team of writers on it")
	ctx := context.Background()
	cfg := graph.Config{Backend: "postgres", Path: storetest.FreshDatabase(t, u)}
	const writers, perWriter = 4, 5
	versions := make([][]schema.Document, 2)
	want := make([]map[string][]string, 2) // by version, document id: its quads
	own := make([]map[string][]string, 2)  // the same, under the document's own label only
	all := map[quad.Quad]bool{}            // of the last version
	for v := range versions {
		want[v], own[v] = map[string][]string{}, map[string][]string{}
		for i := range writers * perWriter {
			d := teamDocument(i, v)
			versions[v] = append(versions[v], d)
			_, quads, err := write.Quads(d)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range quads {
				want[v][d.ID] = append(want[v][d.ID], q.String())
				if q.Label == schema.DocumentIRI(d.ID) {
					own[v][d.ID] = append(own[v][d.ID], q.String())
				}
				all[q] = v == 1 || all[q]
			}
			for _, m := range []map[string][]string{want[v], own[v]} {
				slices.Sort(m[d.ID])
				m[d.ID] = slices.Compact(m[d.ID])
			}
		}
	}
	for q, last := range all {
		if !last {
			delete(all, q)
		}
	}
	docs := versions[1]

	stores := make([]*graph.Store, writers+1)
	for i := range stores {
		st, err := graph.Open(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		stores[i] = st
	}
	reader := stores[writers]
	handler, err := server.New(server.Config{Store: reader.QuadStore()})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(handler)
	defer srv.Close()
	var wg sync.WaitGroup
	errs := make(chan error, writers+1)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, v := range []int{0, 0, 1} { // a document, again, then its new version
				mine := versions[v][w*perWriter : (w+1)*perWriter]
				if _, err := write.Write(ctx, stores[w], mine); err != nil {
					errs <- fmt.Errorf("writer %d: %w", w, err)
					return
				}
			}
		}()
	}
	done := make(chan struct{})
	var answered atomic.Int64 // answers showing a document while writers wrote
	go func() {
		defer close(errs)
		for round := 0; ; round++ {
			select {
			case <-done:
				return
			default:
			}
			// What kg serve answers, read by Cayley's own client API: the
			// quads under the document's own label (names, types,
			// sentences, evidence nodes), one query, one snapshot.
			d := docs[round%len(docs)]
			got, err := servedQuads(srv.URL, schema.DocumentIRI(d.ID))
			if err != nil {
				errs <- err
				return
			}
			if len(got) != 0 {
				answered.Add(1)
			}
			if len(got) != 0 && !slices.Equal(got, own[0][d.ID]) && !slices.Equal(got, own[1][d.ID]) {
				errs <- fmt.Errorf("kg serve answered %d quads under %s, neither version (%d, %d quads)", len(got), d.ID, len(own[0][d.ID]), len(own[1][d.ID]))
				return
			}
		}
	}()
	wg.Wait()
	close(done)
	for err := range errs {
		t.Error(err)
	}
	t.Logf("%d answers showed a document while the writers wrote", answered.Load())
	for _, d := range docs {
		if diff := cmp.Diff(want[1][d.ID], documentQuads(t, reader, d.ID, true)); diff != "" {
			t.Errorf("%s (-written +stored):\n%s", d.ID, diff)
		}
	}
	if n, err := reader.Size(ctx); err != nil || n != int64(len(all)) {
		t.Errorf("the store holds %d quads (%v), want %d", n, err, len(all))
	}
}

// documentQuads returns the quads stored under the labels of document id:
// its own, and with all those of its sentences and evidence nodes.
func documentQuads(t *testing.T, st *graph.Store, id string, all bool) []string {
	t.Helper()
	ctx := context.Background()
	qs := st.QuadStore()
	labels := []quad.Value{schema.DocumentIRI(id)}
	var out []string
	for i := 0; i < len(labels); i++ {
		ref, err := qs.ValueOf(labels[i])
		if err != nil {
			t.Fatal(err)
		}
		if ref == nil {
			continue
		}
		it := qs.QuadIterator(quad.Label, ref).Iterate()
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, q.String())
			if all && i == 0 && (q.Predicate == schema.InDocument || q.Predicate == schema.InSentence) {
				labels = append(labels, q.Subject)
			}
		}
		if err := it.Err(); err != nil {
			t.Fatal(err)
		}
		it.Close()
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// servedQuads asks the server at base for the quads labelled label
// (Cayley's /api/v2/read) and returns them as N-Quads lines, sorted.
func servedQuads(base string, label quad.IRI) ([]string, error) {
	resp, err := http.Get(base + "/api/v2/read?label=" + url.QueryEscape(label.String()))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("read %s: %s", label, resp.Status)
	}
	all, err := quad.ReadAll(cnquads.NewReader(resp.Body, false))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", label, err)
	}
	out := make([]string, len(all))
	for i, q := range all {
		out[i] = q.String()
	}
	slices.Sort(out)
	return out, nil
}
