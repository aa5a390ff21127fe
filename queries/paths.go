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
	// node from which b may still be reachable in the hops left. They are
	// known exactly up to half the hops from b, and a's distance is found
	// where the walks from both ends meet, so no hub is expanded beyond
	// half the way (see nearB).
	near, err := w.nearB(ctx, b, opt.MaxHops/2)
	if err != nil {
		return nil, err
	}
	da, ok, err := w.distanceFrom(ctx, a, near, opt.MaxHops)
	if err != nil {
		return nil, err
	} else if !ok {
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
		es, err := near.steps(ctx, w, v, left)
		if err != nil {
			return err
		}
		for _, e := range es {
			next := e.other(v)
			if !isNode(next) || onPath[next] {
				continue
			}
			if near.bound(next) > left-1 {
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

// ball is the neighbourhood of a node b up to depth hops: the distance of
// every node in it, and for every node the edges that join it to the nodes
// of the ball whose edges were read (those nearer than depth).
type ball struct {
	depth  int
	dist   map[quad.Value]int
	toward map[quad.Value][]rawEdge
}

// nearB walks out from b, both directions, depth hops.
func (w *walker) nearB(ctx context.Context, b quad.Value, depth int) (*ball, error) {
	n := &ball{depth: depth, dist: map[quad.Value]int{b: 0}, toward: map[quad.Value][]rawEdge{}}
	frontier := []quad.Value{b}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []quad.Value
		for _, v := range frontier {
			es, err := w.edges(ctx, v)
			if err != nil {
				return nil, err
			}
			for _, e := range es {
				o := e.other(v)
				if !isNode(o) || o == v {
					continue
				}
				n.toward[o] = append(n.toward[o], e)
				if _, seen := n.dist[o]; !seen {
					n.dist[o] = d
					next = append(next, o)
				}
			}
		}
		frontier = next
	}
	for _, es := range n.toward {
		sortEdges(es)
	}
	return n, nil
}

// bound is a lower bound of v's distance to b.
func (n *ball) bound(v quad.Value) int {
	if d, ok := n.dist[v]; ok {
		return d
	}
	return n.depth + 1
}

// steps returns the edges of v that a path with left hops to go may take,
// in the order of walker.edges. When the next node must be nearer to b than
// the ball's depth, its edges were read: the edges joining v to it are
// known without reading v's, which may be a hub's thousands.
func (n *ball) steps(ctx context.Context, w *walker, v quad.Value, left int) ([]rawEdge, error) {
	if left-1 < n.depth {
		return n.toward[v], nil
	}
	return w.edges(ctx, v)
}

// distanceFrom returns a's distance to b when it is at most max, walking
// out from a until the walk meets the ball around b.
func (w *walker) distanceFrom(ctx context.Context, a quad.Value, near *ball, max int) (int, bool, error) {
	if d, ok := near.dist[a]; ok {
		return d, true, nil
	}
	best := max + 1
	seen := map[quad.Value]bool{a: true}
	frontier := []quad.Value{a}
	for d := 1; d+near.depth <= max && d < best && len(frontier) > 0; d++ {
		var next []quad.Value
		for _, v := range frontier {
			es, err := w.edges(ctx, v)
			if err != nil {
				return 0, false, err
			}
			for _, e := range es {
				o := e.other(v)
				if !isNode(o) || seen[o] {
					continue
				}
				seen[o] = true
				if db, ok := near.dist[o]; ok {
					best = min(best, d+db)
					continue
				}
				next = append(next, o)
			}
		}
		frontier = next
	}
	if best <= max {
		return best, true, nil
	}
	return 0, false, nil
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
