package analysis

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/queries"
)

// Side is one end of a brokerage question: entities, and every entity of
// some types.
type Side struct {
	Entities []quad.Value
	Types    []string
}

// ParseSide reads one side as people write it: an entity name, names
// separated by commas, or type:TYPE for every entity of a type. It returns
// how each name was resolved, so that callers can say when one was taken
// loosely.
func ParseSide(ctx context.Context, qs queries.Reader, arg string) (Side, []queries.Resolution, error) {
	if t, ok := strings.CutPrefix(arg, "type:"); ok {
		return Side{Types: []string{t}}, nil, nil
	}
	var s Side
	var resolved []queries.Resolution
	for _, name := range strings.Split(arg, ",") {
		res, err := queries.Resolve(ctx, qs, strings.TrimSpace(name))
		if err != nil {
			return s, nil, err
		}
		resolved = append(resolved, res)
		s.Entities = append(s.Entities, res.Value())
	}
	return s, resolved, nil
}

// BrokerOptions bound Brokers.
type BrokerOptions struct {
	MaxHops int      // longest path counted, in statements; 4 when 0
	Types   []string // list only intermediaries of these types
	Limit   int      // most brokers listed; 10 when 0
	Paths   int      // paths shown per broker; 3 when 0
}

// Broker is an entity that stands between the two sides.
type Broker struct {
	Entity queries.Node `json:"entity"`
	// Share is how many of the shortest paths between the two sides pass
	// through the entity, summed over the pairs of ends: 1 for each pair
	// whose every shortest path does.
	Share float64        `json:"share"`
	Paths []queries.Path `json:"paths"`
}

// Brokerage is the answer of Brokers.
type Brokerage struct {
	From    []queries.Node `json:"from"`
	To      []queries.Node `json:"to"`
	Pairs   int            `json:"pairs"`  // pairs of ends joined within MaxHops
	Direct  []queries.Edge `json:"direct"` // statements joining the sides with no one between
	Brokers []Broker       `json:"brokers"`
}

// Brokers finds the entities through which most shortest paths between the
// two sides pass. Statements joining the sides directly are listed apart
// and left out of the paths, so the answer is who else joins them. Paths are
// shortest by the view's lengths (a well-sourced link is short); a pair of
// ends counts when a shortest path joins them in at most MaxHops statements.
func Brokers(ctx context.Context, v *View, from, to Side, opt BrokerOptions) (Brokerage, error) {
	opt = opt.withDefaults()
	src, dst := v.side(from), v.side(to)
	if len(src) == 0 || len(dst) == 0 {
		return Brokerage{}, fmt.Errorf("brokers: a side has no entity in the graph")
	}
	inDst := map[int]bool{}
	for _, t := range dst {
		inDst[t] = true
	}
	ends := map[int]bool{}
	for _, e := range append(append([]int(nil), src...), dst...) {
		ends[e] = true
	}
	d := queries.NewDescriber(v.qs)
	out := Brokerage{From: v.describeNodes(src), To: v.describeNodes(dst), Direct: []queries.Edge{}, Brokers: []Broker{}}
	skip := v.direct(src, inDst)
	for _, k := range sortedKeys(skip) {
		for _, s := range v.pairs[k].stmts {
			out.Direct = append(out.Direct, v.describe(ctx, d, s))
		}
	}
	share := make([]float64, len(v.nodes))
	pairScores := make([]float64, len(v.pairs))
	b := newBrandes(v, byHops)
	for _, s := range src {
		if err := ctx.Err(); err != nil {
			return Brokerage{}, fmt.Errorf("brokers: %w", err)
		}
		b.from(s, skip)
		target := func(t int) bool { return inDst[t] && t != s && b.dist[t] <= float64(opt.MaxHops) }
		for _, t := range b.order {
			if target(t) {
				out.Pairs++
			}
		}
		b.accumulate(target, skip, share, pairScores)
	}
	var order []int
	for i, s := range share {
		if s > 1e-12 && !ends[i] && v.isType(i, opt.Types) {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		if !same(share[order[a]], share[order[b]]) {
			return share[order[a]] > share[order[b]]
		}
		return v.names[order[a]] < v.names[order[b]]
	})
	for _, i := range order[:min(opt.Limit, len(order))] {
		paths := v.pathsThrough(ctx, d, i, src, dst, skip, opt)
		out.Brokers = append(out.Brokers, Broker{Entity: v.describeNode(i), Share: share[i], Paths: paths})
	}
	return out, nil
}

func (o BrokerOptions) withDefaults() BrokerOptions {
	if o.MaxHops <= 0 {
		o.MaxHops = 4
	}
	if o.Limit <= 0 {
		o.Limit = 10
	}
	if o.Paths <= 0 {
		o.Paths = 3
	}
	return o
}

// side returns the nodes of a side, in view order.
func (v *View) side(s Side) []int {
	var out []int
	seen := map[int]bool{}
	for _, e := range s.Entities {
		if i, ok := v.index[e]; ok && !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	if len(s.Types) > 0 {
		for i := range v.nodes {
			if !seen[i] && v.isType(i, s.Types) {
				out = append(out, i)
			}
		}
	}
	return out
}

func (v *View) describeNodes(is []int) []queries.Node {
	out := make([]queries.Node, len(is))
	for k, i := range is {
		out[k] = v.describeNode(i)
	}
	return out
}

// direct returns the pairs that join a node of src to one of dst.
func (v *View) direct(src []int, inDst map[int]bool) map[int]bool {
	out := map[int]bool{}
	for _, s := range src {
		for _, nb := range v.adj[s] {
			if inDst[nb.node] {
				out[nb.pair] = true
			}
		}
	}
	return out
}

func sortedKeys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// back walks from t to the last search's source along shortest paths,
// taking the first predecessor in adjacency order, and returns the nodes
// from the source to t.
func (b *brandes) back(skip map[int]bool, t int) []int {
	path := []int{t}
	for b.dist[t] > 0 {
		for _, nb := range b.v.adj[t] {
			if !skip[nb.pair] && b.precedes(nb, t) {
				t = nb.node
				break
			}
		}
		path = append(path, t)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}

// pathsThrough finds up to opt.Paths shortest paths from src to dst through
// node m, each at most opt.MaxHops statements.
func (v *View) pathsThrough(ctx context.Context, d *queries.Describer, m int, src, dst []int, skip map[int]bool, opt BrokerOptions) []queries.Path {
	fromM := newBrandes(v, byHops)
	fromM.from(m, skip)
	b := newBrandes(v, byHops)
	out := []queries.Path{}
	for _, s := range src {
		b.from(s, skip)
		for _, t := range dst {
			if len(out) == opt.Paths {
				return out
			}
			if t == s || !same(b.dist[m]+fromM.dist[t], b.dist[t]) {
				continue
			}
			if b.dist[t] <= float64(opt.MaxHops) {
				nodes := append(b.back(skip, m), fromM.back(skip, t)[1:]...)
				out = append(out, v.path(ctx, d, nodes))
			}
		}
	}
	return out
}

// path describes a chain of nodes: each hop with every statement of its
// pair, strongest first, and the strongest as the hop's edge.
func (v *View) path(ctx context.Context, d *queries.Describer, nodes []int) queries.Path {
	p := queries.Path{Length: len(nodes) - 1, Nodes: v.describeNodes(nodes), Edges: []queries.Edge{}, Hops: [][]queries.Edge{}}
	for i := 1; i < len(nodes); i++ {
		k, _ := v.pairBetween(nodes[i-1], nodes[i])
		var hop []queries.Edge
		for _, s := range v.strongest(v.pairs[k].stmts) {
			hop = append(hop, v.describe(ctx, d, s))
		}
		p.Edges = append(p.Edges, hop[0])
		p.Hops = append(p.Hops, hop)
	}
	return p
}
