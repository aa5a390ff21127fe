package analysis

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"
	"gonum.org/v1/gonum/graph/network"

	"github.com/kg-analyst/kg/queries"
)

// Measures Rank knows.
const (
	ByDegree      = "degree"
	ByBetweenness = "betweenness"
	ByPageRank    = "pagerank"
)

// RankOptions say how to rank and what to list.
type RankOptions struct {
	By      string   // ByDegree, ByBetweenness or ByPageRank; ByPageRank when empty
	Types   []string // list only entities of these types (the scores use the whole view)
	Limit   int      // most entities listed; 10 when 0
	Samples int      // sources betweenness samples; 0 chooses (exact on small views)
	Top     int      // links shown per entity; 3 when 0
}

// Ranked is one entity in a ranking.
type Ranked struct {
	Entity    queries.Node   `json:"entity"`
	Score     float64        `json:"score"`
	Links     int            `json:"links"`     // statements joining it to others
	Documents int            `json:"documents"` // independent documents behind those statements
	Top       []queries.Edge `json:"top"`       // the links that contribute most to the score
}

// Ranking is the answer of Rank.
type Ranking struct {
	By       string   `json:"by"`
	Nodes    int      `json:"nodes"`             // entities in the view
	Pairs    int      `json:"pairs"`             // linked pairs in the view
	Sampled  int      `json:"sampled,omitempty"` // sources betweenness was estimated from
	Dates    []string `json:"dates"`             // publication dates of the documents behind the view, for a date slider
	Entities []Ranked `json:"entities"`
}

// Rank scores every entity of the view and lists the highest. Degree is
// the summed weight of an entity's links; PageRank is gonum's, over the
// weighted links in both directions; betweenness counts the shortest paths
// through the entity (sampled on large views: Sampled says from how many
// sources).
func Rank(ctx context.Context, v *View, opt RankOptions) (Ranking, error) {
	if opt.By == "" {
		opt.By = ByPageRank
	}
	if opt.Limit <= 0 {
		opt.Limit = 10
	}
	if opt.Top <= 0 {
		opt.Top = 3
	}
	scores, contrib, sampled, err := v.scores(ctx, opt)
	if err != nil {
		return Ranking{}, err
	}
	r := Ranking{By: opt.By, Nodes: len(v.nodes), Pairs: len(v.pairs), Dates: v.dates, Entities: []Ranked{}}
	if sampled < len(v.nodes) {
		r.Sampled = sampled
	}
	var order []int
	for i := range v.nodes {
		if v.isType(i, opt.Types) {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		if scores[order[a]] != scores[order[b]] {
			return scores[order[a]] > scores[order[b]]
		}
		return v.names[order[a]] < v.names[order[b]]
	})
	if len(order) > opt.Limit {
		order = order[:opt.Limit]
	}
	d := queries.NewDescriber(v.qs)
	for _, i := range order {
		r.Entities = append(r.Entities, v.ranked(ctx, d, i, scores[i], contrib, opt.Top))
	}
	return r, nil
}

// scores computes the measure for every node, and for every pair how much
// it contributes, and how many sources were used.
func (v *View) scores(ctx context.Context, opt RankOptions) (node, pair []float64, sources int, err error) {
	n := len(v.nodes)
	pair = make([]float64, len(v.pairs))
	switch opt.By {
	case ByDegree:
		node = make([]float64, n)
		for k, p := range v.pairs {
			node[p.a] += p.weight
			node[p.b] += p.weight
			pair[k] = p.weight
		}
		return node, pair, n, nil
	case ByPageRank:
		node = make([]float64, n)
		if n == 0 {
			return node, pair, 0, nil
		}
		for id, s := range network.PageRankSparse(gonumView{v}, 0.85, 1e-6) {
			node[id] = s
		}
		strength := make([]float64, n)
		for _, p := range v.pairs {
			strength[p.a] += p.weight
			strength[p.b] += p.weight
		}
		for k, p := range v.pairs {
			pair[k] = node[p.a]*p.weight/strength[p.a] + node[p.b]*p.weight/strength[p.b]
		}
		return node, pair, n, nil
	case ByBetweenness:
		c, err := v.betweenness(ctx, opt.Samples)
		return c.node, c.pair, c.sources, err
	}
	return nil, nil, 0, fmt.Errorf("unknown measure %q: want %s, %s or %s", opt.By, ByDegree, ByBetweenness, ByPageRank)
}

// ranked describes node i with its score, its sources and its top links:
// the strongest statement of each of the pairs that contribute most.
func (v *View) ranked(ctx context.Context, d *queries.Describer, i int, score float64, contrib []float64, top int) Ranked {
	r := Ranked{Entity: v.describeNode(i), Score: score, Top: []queries.Edge{}}
	docs := map[quad.Value]bool{}
	pairs := make([]int, 0, len(v.adj[i]))
	for _, nb := range v.adj[i] {
		pairs = append(pairs, nb.pair)
		for _, s := range v.pairs[nb.pair].stmts {
			r.Links++
			for _, l := range v.stmts[s].labels {
				docs[v.source(l)] = true
			}
		}
	}
	r.Documents = len(docs)
	sort.SliceStable(pairs, func(a, b int) bool { return contrib[pairs[a]] > contrib[pairs[b]] })
	for _, k := range pairs[:min(top, len(pairs))] {
		r.Top = append(r.Top, v.describe(ctx, d, v.strongest(v.pairs[k].stmts)[0]))
	}
	return r
}

// source is the document a label cites, or the label when it cites none.
func (v *View) source(l quad.Value) quad.Value {
	if info, ok := v.labels[l]; ok && info.doc != nil {
		return info.doc
	}
	return l
}
