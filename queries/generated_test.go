package queries_test

import (
	"context"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/analysis"
	"github.com/kg-analyst/kg/schema"
)

// openGenerated loads a generated graph of about n quads into a fresh bolt
// store and returns it with the quads the generator made.
func openGenerated(tb testing.TB, n int) (*graph.Store, []quad.Quad) {
	tb.Helper()
	ctx := context.Background()
	path, _, err := storetest.WriteGenerated(tb.TempDir(), 11, n)
	if err != nil {
		tb.Fatal(err)
	}
	st, err := graph.Open(ctx, graph.Config{Path: tb.TempDir()})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if _, err := storetest.LoadFile(ctx, st, path, 0); err != nil {
		tb.Fatal(err)
	}
	all, err := quad.ReadAll(storetest.NewGenerator(11, n))
	if err != nil {
		tb.Fatal(err)
	}
	return st, all
}

// TestGeneratedGraph runs kg's own questions on a generated graph and checks
// them against the quads the generator made: every entity is listed, a hub's
// links are exactly the statements naming it, and the top of a degree
// ranking is a hub.
func TestGeneratedGraph(t *testing.T) {
	ctx := context.Background()
	st, all := openGenerated(t, 20000)
	qs := st.QuadStore()

	wantEntities := 0
	for _, q := range all {
		if _, ok := schema.EntityID(iriOf(q.Subject)); ok && q.Predicate == schema.RDFType {
			wantEntities++
		}
	}
	ents, err := queries.Entities(ctx, qs)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != wantEntities {
		t.Errorf("Entities: %d, the generator defined %d", len(ents), wantEntities)
	}

	hub := storetest.GeneratedHubs()[0]
	var want []string
	for _, q := range all {
		if isRelationOf(q, hub) {
			want = append(want, q.NQuad())
		}
	}
	links, err := queries.Links(ctx, qs, hub, queries.LinkOptions{AllLinks: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range links {
		for _, q := range l.Quads() {
			if isRelationOf(q, hub) {
				got = append(got, q.NQuad())
			}
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if diff := cmp.Diff(want, slices.Compact(got)); diff != "" {
		t.Errorf("Links(%s) statements (-generated +found):\n%s", hub, diff)
	}

	v, err := analysis.Build(ctx, qs, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := analysis.Rank(ctx, v, analysis.RankOptions{By: analysis.ByDegree, Limit: 1})
	if err != nil || len(r.Entities) == 0 {
		t.Fatalf("Rank: %+v, %v", r, err)
	}
	if top := quad.IRI(r.Entities[0].Entity.IRI); !slices.Contains(storetest.GeneratedHubs(), top) {
		t.Errorf("the highest degree is %s's, not a hub's %v", top, storetest.GeneratedHubs())
	}
}

// isRelationOf reports whether q is a statement between entity e and another
// entity.
func isRelationOf(q quad.Quad, e quad.IRI) bool {
	_, subj := schema.EntityID(iriOf(q.Subject))
	_, obj := schema.EntityID(iriOf(q.Object))
	return subj && obj && (q.Subject == e || q.Object == e) && q.Predicate != schema.AttributedTo
}

func iriOf(v quad.Value) quad.IRI { iri, _ := v.(quad.IRI); return iri }

// TestGeneratedRanking checks that Links and Paths, which rank statements
// before describing them and describe only those they keep, keep the ones
// that ranking the described statements would: on a generated graph's hub,
// a limited answer is the head of the whole one, and both are in order of
// depth, Tier and Documents of what they return; with one piece of evidence
// described per link, a link quotes the first of all its evidence and counts
// the same sources.
func TestGeneratedRanking(t *testing.T) {
	ctx := context.Background()
	st, _ := openGenerated(t, 20000)
	qs := st.QuadStore()
	hubs := storetest.GeneratedHubs()
	linkRank := func(l queries.Link) []int { return []int{l.Depth, l.Tier(), -l.Documents()} }
	for _, opt := range []queries.LinkOptions{{}, {AllLinks: true}, {Depth: 2}, {Document: "gen0000007"}} {
		all, err := queries.FindLinks(ctx, qs, hubs[0], opt)
		if err != nil || len(all.Links) == 0 {
			t.Fatalf("FindLinks(%+v): %d links, %v", opt, len(all.Links), err)
		}
		if !slices.IsSortedFunc(all.Links, func(a, b queries.Link) int { return slices.Compare(linkRank(a), linkRank(b)) }) {
			t.Errorf("FindLinks(%+v): links not in order of depth, tier and documents", opt)
		}
		opt.Limit = 20
		head, err := queries.FindLinks(ctx, qs, hubs[0], opt)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(all.Links[:min(20, len(all.Links))], head.Links, cmpopts.IgnoreUnexported(queries.Edge{}, queries.Node{})); diff != "" {
			t.Errorf("FindLinks(%+v) is not the head of the whole answer (-whole +limited):\n%s", opt, diff)
		}
		if head.Found != all.Found || head.HiddenCoMentions != all.HiddenCoMentions {
			t.Errorf("FindLinks(%+v) found %d, hid %d; without the limit %d, %d", opt, head.Found, head.HiddenCoMentions, all.Found, all.HiddenCoMentions)
		}
		opt.Evidence = 1
		quoted, err := queries.FindLinks(ctx, qs, hubs[0], opt)
		if err != nil || len(quoted.Links) != len(head.Links) {
			t.Fatalf("FindLinks(%+v): %d links, %v; want %d", opt, len(quoted.Links), err, len(head.Links))
		}
		bounded := 0
		for i, q := range quoted.Links {
			whole := head.Links[i]
			if q.MoreEvidence > 0 {
				bounded++
			}
			if q.To.IRI != whole.To.IRI || q.Sources != whole.Sources || q.Tier() != whole.Tier() || q.Documents() != whole.Documents() ||
				len(q.Evidence)+q.MoreEvidence != len(whole.Evidence) || q.Evidence[0].Document != whole.Evidence[0].Document || q.Evidence[0].Sentence != whole.Evidence[0].Sentence {
				t.Errorf("FindLinks(%+v) link %d: %+v, %d more; with all its evidence %+v", opt, i, q.Evidence[0], q.MoreEvidence, whole.Evidence[0])
			}
		}
		if bounded == 0 && opt.Document == "" {
			t.Errorf("FindLinks(%+v): no link left evidence out; the hub's best links have several", opt)
		}
	}
	paths, err := queries.Paths(ctx, qs, hubs[0], hubs[3], queries.PathOptions{MaxHops: 3, Limit: 30})
	if err != nil || len(paths) < 2 {
		t.Fatalf("Paths: %d, %v", len(paths), err)
	}
	pathRank := func(p queries.Path) []int {
		tiers, docs := 0, 0
		for _, e := range p.Edges {
			tiers += e.Tier()
			docs += e.Documents()
		}
		return []int{p.Length, tiers, -docs}
	}
	if !slices.IsSortedFunc(paths, func(a, b queries.Path) int { return slices.Compare(pathRank(a), pathRank(b)) }) {
		t.Errorf("Paths not in order of length, tiers and documents")
	}
}
