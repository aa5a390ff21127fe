package queries

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// PathOptions bound Paths.
type PathOptions struct {
	MaxHops int // longest path; 4 when 0
	Limit   int // most paths returned; 10 when 0
}

// Path is a chain of statements from one entity to another. Edges keep
// their stored direction; Nodes lists the entities walked, From first.
type Path struct {
	Length int    `json:"length"`
	Nodes  []Node `json:"nodes"`
	Edges  []Edge `json:"edges"`
}

// Paths returns the simple paths between a and b of at most opt.MaxHops
// statements, following statements in either direction, shortest first.
// Two statements between the same pair of entities make two paths.
func Paths(ctx context.Context, qs Reader, a, b quad.Value, opt PathOptions) ([]Path, error) {
	if opt.MaxHops <= 0 {
		opt.MaxHops = 4
	}
	if opt.Limit <= 0 {
		opt.Limit = 10
	}
	w := newWalker(qs)
	if a == b {
		return []Path{{Nodes: []Node{w.node(ctx, a)}, Edges: []Edge{}}}, nil
	}
	// Distances to b bound the search from a: a step is only taken towards a
	// node from which b is still reachable in the hops left.
	dist, err := w.distances(ctx, b, opt.MaxHops)
	if err != nil {
		return nil, err
	}
	da, ok := dist[a]
	if !ok {
		return []Path{}, nil
	}
	// For each length, up to pool chains are found; those with fewer bare
	// co-mentions come first, since they say how the two are linked.
	pool := opt.Limit * 8
	var out []Path
	var found [][]rawEdge
	var stack []rawEdge
	onPath := map[quad.Value]bool{a: true}
	var search func(v quad.Value, left int) error
	search = func(v quad.Value, left int) error {
		if len(found) >= pool {
			return nil
		}
		if v == b || left == 0 {
			if v == b && left == 0 {
				found = append(found, append([]rawEdge(nil), stack...))
			}
			return nil
		}
		es, err := w.edges(ctx, v)
		if err != nil {
			return err
		}
		for _, e := range es {
			next := e.other(v)
			if !isNode(next) || onPath[next] {
				continue
			}
			if d, ok := dist[next]; !ok || d > left-1 {
				continue
			}
			onPath[next] = true
			stack = append(stack, e)
			if err := search(next, left-1); err != nil {
				return err
			}
			stack = stack[:len(stack)-1]
			delete(onPath, next)
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		return nil
	}
	for length := da; length <= opt.MaxHops && len(out) < opt.Limit; length++ {
		found = found[:0]
		if err := search(a, length); err != nil {
			return nil, err
		}
		sort.SliceStable(found, func(i, j int) bool { return coMentions(found[i]) < coMentions(found[j]) })
		for _, chain := range found {
			if len(out) == opt.Limit {
				break
			}
			out = append(out, w.path(ctx, a, chain))
		}
	}
	return out, nil
}

// coMentions counts the hops of a chain that are bare co-mentions.
func coMentions(chain []rawEdge) int {
	n := 0
	for _, e := range chain {
		if iri, ok := e.p.(quad.IRI); ok && iri == schema.Vocab+"mentionedWith" {
			n++
		}
	}
	return n
}

// distances walks out from b, both directions, and returns the hop count of
// every node within max hops.
func (w *walker) distances(ctx context.Context, b quad.Value, max int) (map[quad.Value]int, error) {
	dist := map[quad.Value]int{b: 0}
	frontier := []quad.Value{b}
	for d := 1; d <= max && len(frontier) > 0; d++ {
		var next []quad.Value
		for _, v := range frontier {
			es, err := w.edges(ctx, v)
			if err != nil {
				return nil, err
			}
			for _, e := range es {
				o := e.other(v)
				if _, seen := dist[o]; !seen && isNode(o) {
					dist[o] = d
					next = append(next, o)
				}
			}
		}
		frontier = next
	}
	return dist, nil
}

// path describes a walked chain of edges from a.
func (w *walker) path(ctx context.Context, a quad.Value, stack []rawEdge) Path {
	p := Path{Length: len(stack), Nodes: []Node{w.node(ctx, a)}}
	v := a
	for _, e := range stack {
		p.Edges = append(p.Edges, w.edge(ctx, e))
		v = e.other(v)
		p.Nodes = append(p.Nodes, w.node(ctx, v))
	}
	return p
}
