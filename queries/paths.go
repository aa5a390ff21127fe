package queries

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"
)

// PathOptions bound Paths.
type PathOptions struct {
	MaxHops int // longest path; 4 when 0
	Limit   int // most paths returned; 10 when 0
	// Evidence bounds the evidence described per statement, as
	// LinkOptions.Evidence does; 0 describes all.
	Evidence int
	Scope    // as of a date, with enough sources
}

// Path is a chain of entities from one to another. Nodes lists the
// entities walked, From first; Hops[i] holds every statement that joins
// Nodes[i] and Nodes[i+1], best first (see Edge.Tier), and Edges[i] is the
// best of them. Edges keep their stored direction.
type Path struct {
	Length int      `json:"length"`
	Nodes  []Node   `json:"nodes"`
	Edges  []Edge   `json:"edges"`
	Hops   [][]Edge `json:"hops"`
}

// Paths returns the simple paths between a and b of at most opt.MaxHops
// statements, following statements in either direction, shortest first and,
// for one length, those whose hops say most first (the lowest sum of the
// best tier of each hop, then the most documents). Each sequence of
// entities comes once, however many statements join its hops.
func Paths(ctx context.Context, qs Reader, a, b quad.Value, opt PathOptions) ([]Path, error) {
	if opt.MaxHops <= 0 {
		opt.MaxHops = 4
	}
	if opt.Limit <= 0 {
		opt.Limit = 10
	}
	w := newWalker(qs, opt.Scope)
	w.mostEvidence = opt.Evidence
	if a == b {
		return []Path{{Nodes: []Node{w.node(ctx, a)}, Edges: []Edge{}, Hops: [][]Edge{}}}, nil
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
	var out []Path
	for length := da; length <= opt.MaxHops && len(out) < opt.Limit; length++ {
		// Up to pool sequences of this length are found and the best kept.
		found, err := w.sequences(ctx, near, a, b, length, opt.Limit*8)
		if err != nil {
			return nil, err
		}
		// Ranked on their statements' tiers and documents; only the paths
		// kept are described, with their evidence.
		for _, hops := range w.bestSequences(ctx, found, opt.Limit-len(out)) {
			out = append(out, w.path(ctx, a, hops))
		}
	}
	return out, nil
}

// sequences finds up to pool simple sequences of exactly length hops from a
// to b, each once, with the statements that join each hop.
func (w *walker) sequences(ctx context.Context, near *ball, a, b quad.Value, length, pool int) ([][][]rawEdge, error) {
	var found [][][]rawEdge
	var stack [][]rawEdge
	onPath := map[quad.Value]bool{a: true}
	var search func(v quad.Value, left int) error
	search = func(v quad.Value, left int) error {
		if len(found) >= pool {
			return nil
		}
		if v == b || left == 0 {
			if v == b && left == 0 {
				found = append(found, append([][]rawEdge(nil), stack...))
			}
			return nil
		}
		es, err := near.steps(ctx, w, v, left)
		if err != nil {
			return err
		}
		for _, hop := range byNextNode(v, es) {
			next := hop[0].other(v)
			if !IsNode(next) || onPath[next] || near.bound(next) > left-1 {
				continue
			}
			onPath[next] = true
			stack = append(stack, hop)
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
	return found, search(a, length)
}

// byNextNode groups v's edges by the node at their other end, in the order
// each node first appears: one step of a path per group.
func byNextNode(v quad.Value, es []rawEdge) [][]rawEdge {
	index := map[quad.Value]int{}
	var out [][]rawEdge
	for _, e := range es {
		o := e.other(v)
		i, ok := index[o]
		if !ok {
			i = len(out)
			index[o] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], e)
	}
	return out
}

// bestSequences returns the k best of sequences of one length, as their
// paths rank: by the sum of the tiers of each hop's best statement (see
// walker.path), then by the documents that state those, most first.
func (w *walker) bestSequences(ctx context.Context, found [][][]rawEdge, k int) [][][]rawEdge {
	sum := func(hops [][]rawEdge, keys func(rawEdge) (int, int)) int {
		tiers, docs := 0, 0
		for _, hop := range hops {
			t, d := keys(hop[0])
			for _, e := range hop[1:] {
				if et, ed := keys(e); et < t || et == t && ed > d {
					t, d = et, ed
				}
			}
			tiers += t
			docs += d
		}
		return rank(0, tiers, docs)
	}
	// Summed over bounds, a hop counts the best tier any of its statements
	// may have and the most documents one of that tier may have, which its
	// best statement cannot beat.
	return topByRank(found, k, func(hops [][]rawEdge) int { return sum(hops, w.rankBounds) }, func(hops [][]rawEdge) int {
		return sum(hops, func(e rawEdge) (int, int) { return w.rankKeys(ctx, e) })
	})
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
				if !IsNode(o) || o == v {
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
				if !IsNode(o) || seen[o] {
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

// path describes a walked sequence of hops from a, each hop's statements
// best first.
func (w *walker) path(ctx context.Context, a quad.Value, hops [][]rawEdge) Path {
	p := Path{Length: len(hops), Nodes: []Node{w.node(ctx, a)}}
	v := a
	for _, hop := range hops {
		edges := make([]Edge, len(hop))
		for i, e := range hop {
			edges[i] = w.edge(ctx, e)
		}
		sort.SliceStable(edges, func(i, j int) bool {
			ti, tj := edges[i].Tier(), edges[j].Tier()
			return ti < tj || ti == tj && edges[i].Documents() > edges[j].Documents()
		})
		p.Hops = append(p.Hops, edges)
		p.Edges = append(p.Edges, edges[0])
		v = hop[0].other(v)
		p.Nodes = append(p.Nodes, w.node(ctx, v))
	}
	return p
}
