package analysis_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/analysis"
	"github.com/kg-analyst/kg/schema"
)

// link is one statement of a test graph: a pred b, stated in each of docs.
type link struct {
	a, pred, b string
	docs       []string
}

// dates are the test documents' publication dates.
var dates = map[string]string{"d1": "2020-01-01", "d2": "2020-01-05", "d3": "2020-01-09"}

// storeOf writes links as kg writes curated facts: each labelled with
// sentence 1 of its document, which names its document and date.
func storeOf(links []link) queries.Reader {
	var qs []quad.Quad
	for _, l := range links {
		for _, d := range l.docs {
			sentence := schema.SentenceIRI(d, 1)
			qs = append(qs, quad.Quad{Subject: schema.EntityIRI(l.a), Predicate: quad.IRI(schema.Vocab + l.pred), Object: schema.EntityIRI(l.b), Label: sentence})
		}
	}
	for _, n := range nodesOf(links) {
		qs = append(qs, quad.Quad{Subject: schema.EntityIRI(n), Predicate: schema.Name, Object: quad.String(n)})
	}
	for d, date := range dates {
		doc := schema.DocumentIRI(d)
		qs = append(qs,
			quad.Quad{Subject: schema.SentenceIRI(d, 1), Predicate: schema.InDocument, Object: doc, Label: doc},
			quad.Quad{Subject: doc, Predicate: schema.DatePublished, Object: quad.TypedString{Value: quad.String(date), Type: quad.IRI(schema.XSD + "date")}, Label: doc})
	}
	return memstore.New(qs...)
}

func nodesOf(links []link) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range links {
		for _, n := range []string{l.a, l.b} {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return out
}

// randomGraph draws n nodes and a statement between each pair with
// probability p, of a random predicate, stated in one to three documents.
func randomGraph(seed uint64, n int, p float64) []link {
	r := rand.New(rand.NewPCG(seed, 7))
	preds := []string{"attacked", "leads", "mentionedWith", "backedBy"}
	var out []link
	for i := range n {
		for j := i + 1; j < n; j++ {
			if r.Float64() >= p {
				continue
			}
			docs := []string{"d1", "d2", "d3"}
			r.Shuffle(len(docs), func(a, b int) { docs[a], docs[b] = docs[b], docs[a] })
			out = append(out, link{a: fmt.Sprint("n", i), pred: preds[r.IntN(len(preds))], b: fmt.Sprint("n", j), docs: docs[:1+r.IntN(3)]})
		}
	}
	return out
}

// reference is the test's own reading of a graph with one statement per
// pair: weights by the package's stated rule, computed independently.
type reference struct {
	nodes  []string
	weight map[[2]string]float64
}

func referenceOf(links []link) reference {
	ref := reference{nodes: nodesOf(links), weight: map[[2]string]float64{}}
	for _, l := range links {
		w := float64(len(l.docs))
		if l.pred == "mentionedWith" {
			w /= 4
		}
		ref.weight[[2]string{l.a, l.b}] = w
		ref.weight[[2]string{l.b, l.a}] = w
	}
	return ref
}

// simplePaths lists every simple path from s to t.
func (r reference) simplePaths(s, t string, skip [2]string) [][]string {
	var out [][]string
	var walk func(path []string)
	walk = func(path []string) {
		last := path[len(path)-1]
		if last == t {
			out = append(out, append([]string(nil), path...))
			return
		}
		for _, n := range r.nodes {
			if _, ok := r.weight[[2]string{last, n}]; !ok || contains(path, n) {
				continue
			}
			if (last == skip[0] && n == skip[1]) || (last == skip[1] && n == skip[0]) {
				continue
			}
			walk(append(path, n))
		}
	}
	walk([]string{s})
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// betweenness is the definition: for every unordered pair, the share of
// its shortest paths (length the sum of 1/weight) through each node.
func (r reference) betweenness() map[string]float64 {
	out := map[string]float64{}
	for i, s := range r.nodes {
		for _, t := range r.nodes[i+1:] {
			paths := r.simplePaths(s, t, [2]string{})
			best := math.Inf(1)
			lengths := make([]float64, len(paths))
			for k, p := range paths {
				for h := 1; h < len(p); h++ {
					lengths[k] += 1 / r.weight[[2]string{p[h-1], p[h]}]
				}
				best = math.Min(best, lengths[k])
			}
			var shortest [][]string
			for k, p := range paths {
				if math.Abs(lengths[k]-best) < 1e-9 {
					shortest = append(shortest, p)
				}
			}
			for _, p := range shortest {
				for _, v := range p[1 : len(p)-1] {
					out[v] += 1 / float64(len(shortest))
				}
			}
		}
	}
	return out
}

// pageRank iterates the definition densely until it settles.
func (r reference) pageRank() map[string]float64 {
	n := float64(len(r.nodes))
	pr := map[string]float64{}
	for _, v := range r.nodes {
		pr[v] = 1 / n
	}
	strength := map[string]float64{}
	for k, w := range r.weight {
		strength[k[0]] += w
	}
	for range 1000 {
		next := map[string]float64{}
		for _, v := range r.nodes {
			next[v] = 0.15 / n
			for _, u := range r.nodes {
				if w, ok := r.weight[[2]string{u, v}]; ok {
					next[v] += 0.85 * pr[u] * w / strength[u]
				} else if strength[u] == 0 {
					next[v] += 0.85 * pr[u] / n
				}
			}
		}
		pr = next
	}
	return pr
}

func scoresOf(r analysis.Ranking) map[string]float64 {
	out := map[string]float64{}
	for _, e := range r.Entities {
		out[e.Entity.Name] = e.Score
	}
	return out
}

// TestRankMatchesReference checks every measure against its definition on
// random small graphs.
func TestRankMatchesReference(t *testing.T) {
	ctx := context.Background()
	for seed := range uint64(12) {
		links := randomGraph(seed, 8, 0.4)
		ref := referenceOf(links)
		v, err := analysis.Build(ctx, storeOf(links), analysis.Options{})
		if err != nil {
			t.Fatal(err)
		}
		degree := map[string]float64{}
		for k, w := range ref.weight {
			degree[k[0]] += w
		}
		want := map[string]map[string]float64{
			analysis.ByDegree: degree, analysis.ByBetweenness: ref.betweenness(), analysis.ByPageRank: ref.pageRank(),
		}
		for by, w := range want {
			r, err := analysis.Rank(ctx, v, analysis.RankOptions{By: by, Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			got := scoresOf(r)
			for _, n := range ref.nodes {
				if math.Abs(got[n]-w[n]) > 1e-4 {
					t.Errorf("seed %d, %s of %s: got %.6f, want %.6f", seed, by, n, got[n], w[n])
				}
			}
		}
	}
}

// TestBrokersMatchReference checks brokers' shares against the definition:
// among the paths with the fewest hops (the direct link left out), each
// weighing the product of its pairs' weights, the share through each node.
func TestBrokersMatchReference(t *testing.T) {
	ctx := context.Background()
	for seed := range uint64(12) {
		links := randomGraph(seed, 8, 0.35)
		ref := referenceOf(links)
		v, err := analysis.Build(ctx, storeOf(links), analysis.Options{})
		if err != nil {
			t.Fatal(err)
		}
		s, tt := ref.nodes[0], ref.nodes[len(ref.nodes)-1]
		want := map[string]float64{}
		paths := ref.simplePaths(s, tt, [2]string{s, tt})
		fewest := math.MaxInt
		for _, p := range paths {
			fewest = min(fewest, len(p)-1)
		}
		total := 0.0
		for _, p := range paths {
			if len(p)-1 != fewest || fewest > 4 {
				continue
			}
			w := 1.0
			for h := 1; h < len(p); h++ {
				w *= ref.weight[[2]string{p[h-1], p[h]}]
			}
			total += w
			for _, n := range p[1 : len(p)-1] {
				want[n] += w
			}
		}
		for n := range want {
			want[n] /= total
		}
		side := func(n string) analysis.Side { return analysis.Side{Entities: []quad.Value{schema.EntityIRI(n)}} }
		r, err := analysis.Brokers(ctx, v, side(s), side(tt), analysis.BrokerOptions{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]float64{}
		for _, b := range r.Brokers {
			got[b.Entity.Name] = b.Share
			for _, p := range b.Paths {
				if p.Length != fewest || p.Nodes[0].Name != s || p.Nodes[p.Length].Name != tt || !containsNode(p.Nodes, b.Entity.Name) {
					t.Errorf("seed %d: broker %s has path %v, want %d hops from %s to %s through it", seed, b.Entity.Name, p.Nodes, fewest, s, tt)
				}
			}
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-9), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("seed %d: shares between %s and %s (-want +got):\n%s", seed, s, tt, diff)
		}
	}
}

func containsNode(ns []queries.Node, name string) bool {
	for _, n := range ns {
		if n.Name == name {
			return true
		}
	}
	return false
}

// Two camps, each tightly knit, that attack each other: the attacks bridge
// the clusters rather than merge them.
//
//	a1 ── a2         b1 ── b2
//	 │ ╲  │  attacked │ ╲  │
//	a3 ── a4 ──────── b3 ── b4
func TestClustersSeparateCamps(t *testing.T) {
	ctx := context.Background()
	var links []link
	for _, camp := range []string{"a", "b"} {
		for i := 1; i <= 4; i++ {
			for j := i + 1; j <= 4; j++ {
				links = append(links, link{a: fmt.Sprint(camp, i), pred: "backedBy", b: fmt.Sprint(camp, j), docs: []string{"d1"}})
			}
		}
	}
	links = append(links,
		link{a: "a4", pred: "attacked", b: "b3", docs: []string{"d1", "d2", "d3"}},
		link{a: "a1", pred: "attacked", b: "b1", docs: []string{"d1", "d2", "d3"}})
	v, err := analysis.Build(ctx, storeOf(links), analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := analysis.Clusters(ctx, v, analysis.ClusterOptions{})
	want := map[string]int{}
	for i := 1; i <= 4; i++ {
		want[string(schema.EntityIRI(fmt.Sprint("a", i)))] = got.Members[string(schema.EntityIRI("a1"))]
		want[string(schema.EntityIRI(fmt.Sprint("b", i)))] = got.Members[string(schema.EntityIRI("b1"))]
	}
	if diff := cmp.Diff(want, got.Members); diff != "" || len(got.Clusters) != 2 {
		t.Errorf("clusters %v (-want +got):\n%s", got.Clusters, diff)
	}
	// Q of two 6-edge cliques joined by nothing (attacks do not bond): 1/2.
	if math.Abs(got.Modularity-0.5) > 1e-9 {
		t.Errorf("modularity %.6f, want 0.5", got.Modularity)
	}
	if len(got.Bridges) != 2 || got.Bridges[0].Links[0].Predicate != "attacked" {
		t.Errorf("bridges %+v, want the two attacks", got.Bridges)
	}
}

// TestScopeAndDiff checks that a view as of a day holds exactly the
// statements with evidence on or before it, that min-sources counts
// documents, and that Diff lists exactly the statements first stated
// between two days.
func TestScopeAndDiff(t *testing.T) {
	ctx := context.Background()
	links := randomGraph(3, 10, 0.5)
	qs := storeOf(links)
	earliest := func(l link) string {
		e := ""
		for _, d := range l.docs {
			if e == "" || dates[d] < e {
				e = dates[d]
			}
		}
		return e
	}
	for _, asOf := range []string{"2019-12-31", "2020-01-01", "2020-01-06", "2021-01-01"} {
		v, err := analysis.Build(ctx, qs, analysis.Options{Scope: queries.Scope{AsOf: asOf}})
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, l := range links {
			if earliest(l) <= asOf {
				want++
			}
		}
		if v.Statements() != want {
			t.Errorf("as of %s: %d statements, want %d", asOf, v.Statements(), want)
		}
	}
	v, err := analysis.Build(ctx, qs, analysis.Options{Scope: queries.Scope{MinSources: 2}})
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, l := range links {
		if len(l.docs) >= 2 {
			want++
		}
	}
	if v.Statements() != want {
		t.Errorf("min-sources 2: %d statements, want %d", v.Statements(), want)
	}
	all, err := analysis.Build(ctx, qs, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := analysis.Diff(ctx, all, "2020-01-01", "2020-01-05")
	var wantLinks, gotLinks []string
	for _, l := range links {
		if e := earliest(l); e > "2020-01-01" && e <= "2020-01-05" {
			wantLinks = append(wantLinks, l.a+" "+l.pred+" "+l.b)
		}
	}
	for _, e := range got.Links {
		gotLinks = append(gotLinks, e.From.Name+" "+e.Predicate+" "+e.To.Name)
		for _, ev := range e.Evidence {
			if ev.Date != "2020-01-05" {
				t.Errorf("diff cites %s of %s, outside the window", ev.IRI, ev.Date)
			}
		}
	}
	if diff := cmp.Diff(wantLinks, gotLinks, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("diff links (-want +got):\n%s", diff)
	}
}

// A claim's sentence attributed to its speaker is evidence, not an entity:
// the view leaves documents and sentences out.
func TestViewHoldsEntitiesOnly(t *testing.T) {
	ctx := context.Background()
	links := []link{{a: "a", pred: "leads", b: "b", docs: []string{"d1"}}}
	claim := quad.Quad{Subject: schema.SentenceIRI("d1", 1), Predicate: schema.AttributedTo, Object: schema.EntityIRI("a"), Label: schema.DocumentIRI("d1")}
	qs := storeOf(links).(*memstore.QuadStore)
	if _, added := qs.AddQuad(claim); !added {
		t.Fatal("claim not added")
	}
	v, err := analysis.Build(ctx, qs, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if v.Nodes() != 2 || v.Statements() != 1 {
		t.Errorf("view of %d entities and %d statements, want 2 and 1", v.Nodes(), v.Statements())
	}
}

// TestRankShowsTypedLinkFirst: a pair's link shown beside a ranked entity
// is its typed statement, not an open relation or a co-mention that more
// documents state.
func TestRankShowsTypedLinkFirst(t *testing.T) {
	ctx := context.Background()
	v, err := analysis.Build(ctx, storeOf([]link{
		{"trump", "headOf", "united-states", []string{"d1"}},
		{"trump", "says/said-that", "united-states", []string{"d1", "d2", "d3"}},
		{"trump", "mentionedWith", "united-states", []string{"d1", "d2", "d3"}},
	}), analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := analysis.Rank(ctx, v, analysis.RankOptions{By: analysis.ByDegree, Limit: 1, Top: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Entities) != 1 || len(r.Entities[0].Top) != 1 {
		t.Fatalf("ranking %+v: want one entity with one link", r)
	}
	if got := r.Entities[0].Top[0].Predicate; got != "headOf" {
		t.Errorf("link shown: %s, want headOf", got)
	}
}
