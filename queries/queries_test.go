package queries_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph/write/writetest"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/schema"
)

// seedStore is the curated seed graph in memory.
func seedStore(t testing.TB) queries.Reader { return writetest.SeedStore(t).QuadStore() }

func TestResolve(t *testing.T) {
	qs := seedStore(t)
	tests := []struct {
		query, wantID, how string
	}{
		{"Qasem Soleimani", "qasem-soleimani", "name"},
		{"Soleimani", "qasem-soleimani", "alias"},
		{"U.S. President Trump", "donald-trump", "alias"},
		{"President Trump", "donald-trump", "alias"},
		{"kataib hezbollah", "kataib-hezbollah", "folded"},
		{"Kata'ib Hezbollah", "kataib-hezbollah", "alias"},
		{"KATA’IB-HEZBOLLAH", "kataib-hezbollah", "folded"},
		{"Iran's elite Quds Force", "quds-force", "alias"},
		{"IRGC", "revolutionary-guards", "alias"},
		{"Islamic State", "isis", "name"},
		{"ISIS", "isis", "alias"},
		{"Daesh", "isis", "alias"},
		{"quds-force", "quds-force", "iri"},
		{"id:quds-force", "quds-force", "iri"},
		{"<https://kg.example.org/id/quds-force>", "quds-force", "iri"},
		{"Mr. Trump", "donald-trump", "title"},
		{"General Qasem Soleimani", "qasem-soleimani", "title"},
		{"Soleimany", "qasem-soleimani", "nearest"},
		{"Kataib Hezbolah", "kataib-hezbollah", "nearest"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r, err := queries.Resolve(context.Background(), qs, tt.query)
			if err != nil {
				t.Fatalf("Resolve(%q): %v", tt.query, err)
			}
			if r.ID != tt.wantID || r.How != tt.how {
				t.Errorf("Resolve(%q) = %s by %s, want %s by %s", tt.query, r.ID, r.How, tt.wantID, tt.how)
			}
		})
	}
}

func TestResolveNotFound(t *testing.T) {
	qs := seedStore(t)
	_, err := queries.Resolve(context.Background(), qs, "Quds Farce Brigade")
	var nf *schema.NotFoundError
	if !errors.As(err, &nf) || !errors.Is(err, schema.ErrEntityNotFound) {
		t.Fatalf("err = %v, want a NotFoundError", err)
	}
	if len(nf.Nearest) == 0 || !contains(nf.Nearest, "Quds Force") {
		t.Errorf("nearest = %v, want Quds Force among them", nf.Nearest)
	}
	if _, err := queries.Resolve(context.Background(), qs, "zzzz qqqq"); !errors.Is(err, schema.ErrEntityNotFound) {
		t.Errorf("nonsense: err = %v, want not found", err)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// edgeKey writes an edge as "from -predicate-> to".
func edgeKey(e queries.Edge) string {
	return e.From.ID + " -" + e.Predicate + "-> " + e.To.ID
}

func TestLinks(t *testing.T) {
	qs := seedStore(t)
	ctx := context.Background()
	tests := []struct {
		name    string
		entity  string
		opt     queries.LinkOptions
		want    []string // edges that must be there
		wantNot []string // edges that must not
	}{
		{"quds force", "quds-force", queries.LinkOptions{},
			[]string{"qasem-soleimani -leads-> quds-force", "quds-force -partOf-> revolutionary-guards"}, nil},
		{"predicate filter", "quds-force", queries.LinkOptions{Predicates: []string{"leads"}},
			[]string{"qasem-soleimani -leads-> quds-force"}, []string{"quds-force -partOf-> revolutionary-guards"}},
		{"type filter", "qasem-soleimani", queries.LinkOptions{Types: []string{"organization"}},
			[]string{"qasem-soleimani -leads-> quds-force"}, nil},
		{"depth 2 reaches the Guards' state", "qasem-soleimani", queries.LinkOptions{Depth: 2},
			[]string{"quds-force -partOf-> revolutionary-guards"}, nil},
		{"depth 1 does not", "qasem-soleimani", queries.LinkOptions{Depth: 1},
			nil, []string{"quds-force -partOf-> revolutionary-guards"}},
		{"document filter", "quds-force", queries.LinkOptions{Document: "us-embassy-baghdad-2019"},
			[]string{"qasem-soleimani -leads-> quds-force"}, nil},
		{"other document", "quds-force", queries.LinkOptions{Document: "no-such-doc"},
			nil, []string{"qasem-soleimani -leads-> quds-force"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			links, err := queries.Links(ctx, qs, schema.EntityIRI(tt.entity), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]queries.Link{}
			for _, l := range links {
				got[edgeKey(l.Edge)] = l
				if l.Value == "" && len(l.Evidence) == 0 {
					t.Errorf("%s has no evidence", edgeKey(l.Edge))
				}
				for _, ev := range l.Evidence {
					if ev.Text == "" || ev.Document == "" || ev.Sentence < 1 {
						t.Errorf("%s: incomplete evidence %+v", edgeKey(l.Edge), ev)
					}
				}
			}
			for _, w := range tt.want {
				if _, ok := got[w]; !ok {
					t.Errorf("missing %s", w)
				}
			}
			for _, w := range tt.wantNot {
				if _, ok := got[w]; ok {
					t.Errorf("unexpected %s", w)
				}
			}
		})
	}
}

func TestLinksEvidenceIsTheSentence(t *testing.T) {
	qs := seedStore(t)
	links, err := queries.Links(context.Background(), qs, schema.EntityIRI("quds-force"), queries.LinkOptions{Predicates: []string{"leads"}})
	if err != nil || len(links) == 0 {
		t.Fatalf("links = %v, %v", links, err)
	}
	ev := links[0].Evidence[0]
	if ev.Sentence != 16 || !strings.Contains(ev.Text, "the leader of Iran's elite Quds Force") ||
		ev.Document != string(schema.DocumentIRI("us-embassy-baghdad-2019")) || ev.Origin != "curated" {
		t.Errorf("evidence = %+v", ev)
	}
}

func TestPaths(t *testing.T) {
	qs := seedStore(t)
	ctx := context.Background()
	trump, kh := schema.EntityIRI("donald-trump"), schema.EntityIRI("kataib-hezbollah")
	paths, err := queries.Paths(ctx, qs, trump, kh, queries.PathOptions{MaxHops: 3, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 2 {
		t.Fatalf("got %d paths, want several", len(paths))
	}
	for i, p := range paths {
		if i > 0 && p.Length < paths[i-1].Length {
			t.Errorf("path %d is shorter than path %d: not shortest first", i, i-1)
		}
		if p.Length > 3 || len(p.Edges) != p.Length || len(p.Nodes) != p.Length+1 {
			t.Errorf("path %d: length %d, %d edges, %d nodes", i, p.Length, len(p.Edges), len(p.Nodes))
		}
		if p.Nodes[0].ID != "donald-trump" || p.Nodes[len(p.Nodes)-1].ID != "kataib-hezbollah" {
			t.Errorf("path %d runs %s .. %s", i, p.Nodes[0].ID, p.Nodes[len(p.Nodes)-1].ID)
		}
		seen := map[string]bool{}
		for j, e := range p.Edges {
			if len(e.Evidence) == 0 {
				t.Errorf("path %d hop %d has no evidence", i, j)
			}
			// consecutive nodes are the edge's two ends, in either direction
			a, b := p.Nodes[j].IRI, p.Nodes[j+1].IRI
			if !(e.From.IRI == a && e.To.IRI == b) && !(e.From.IRI == b && e.To.IRI == a) {
				t.Errorf("path %d hop %d: edge %s does not join %s and %s", i, j, edgeKey(e), a, b)
			}
		}
		for _, n := range p.Nodes {
			if seen[n.IRI] {
				t.Errorf("path %d visits %s twice", i, n.ID)
			}
			seen[n.IRI] = true
		}
	}
	if paths[0].Length != 2 {
		t.Errorf("shortest path has %d hops, want 2 (Trump head of U.S., U.S. attacked Kataib Hezbollah)", paths[0].Length)
	}
	limited, err := queries.Paths(ctx, qs, trump, kh, queries.PathOptions{MaxHops: 3, Limit: 1})
	if err != nil || len(limited) != 1 {
		t.Errorf("limit 1: %d paths, %v", len(limited), err)
	}
	none, err := queries.Paths(ctx, qs, trump, quad.IRI("https://kg.example.org/id/nobody"), queries.PathOptions{})
	if err != nil || len(none) != 0 {
		t.Errorf("to an unknown node: %v, %v", none, err)
	}
}

func TestEntitiesAndStats(t *testing.T) {
	qs := seedStore(t)
	ctx := context.Background()
	all, err := queries.Entities(ctx, qs)
	if err != nil {
		t.Fatal(err)
	}
	people, err := queries.Entities(ctx, qs, "Person")
	if err != nil {
		t.Fatal(err)
	}
	if len(people) == 0 || len(people) >= len(all) {
		t.Errorf("%d people of %d entities", len(people), len(all))
	}
	for _, p := range people {
		if !schema.IsA(p.Type, "Person") {
			t.Errorf("%s is a %s, listed as a person", p.Name, p.Type)
		}
	}
	st, err := queries.Summarize(ctx, qs)
	if err != nil {
		t.Fatal(err)
	}
	if st.Entities != len(all) || st.Documents != 1 || st.Sentences != 22 || st.Statements == 0 || st.Quads == 0 {
		t.Errorf("stats = %+v", st)
	}
}
