package analysis

import (
	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// gonumView shows a View to gonum's algorithms as a weighted graph, both
// undirected and directed (each pair an edge both ways, as PageRank wants),
// without copying it: node IDs are view indexes, weights the pairs'
// weights.
type gonumView struct{ v *View }

var (
	_ graph.WeightedUndirected = gonumView{}
	_ graph.WeightedDirected   = gonumView{}
)

func (g gonumView) has(id int64) bool { return id >= 0 && id < int64(len(g.v.nodes)) }

// Node returns the node with the id, or nil.
func (g gonumView) Node(id int64) graph.Node {
	if !g.has(id) {
		return nil
	}
	return simple.Node(id)
}

// Nodes returns every node.
func (g gonumView) Nodes() graph.Nodes {
	return iterator.NewImplicitNodes(0, len(g.v.nodes), func(id int) graph.Node { return simple.Node(id) })
}

// From returns the neighbours of id.
func (g gonumView) From(id int64) graph.Nodes {
	if !g.has(id) {
		return graph.Empty
	}
	ns := g.v.adj[id]
	nodes := make([]graph.Node, len(ns))
	for i, n := range ns {
		nodes[i] = simple.Node(n.node)
	}
	return iterator.NewOrderedNodes(nodes)
}

// To returns the neighbours of id: every edge goes both ways.
func (g gonumView) To(id int64) graph.Nodes { return g.From(id) }

// HasEdgeBetween reports whether x and y are linked.
func (g gonumView) HasEdgeBetween(x, y int64) bool {
	_, ok := g.Weight(x, y)
	return ok && x != y
}

// HasEdgeFromTo reports whether u and v are linked.
func (g gonumView) HasEdgeFromTo(u, v int64) bool { return g.HasEdgeBetween(u, v) }

// Edge returns the edge from u to v, or nil.
func (g gonumView) Edge(u, v int64) graph.Edge { return g.WeightedEdge(u, v) }

// EdgeBetween returns the edge between x and y, or nil.
func (g gonumView) EdgeBetween(x, y int64) graph.Edge { return g.WeightedEdge(x, y) }

// WeightedEdgeBetween returns the edge between x and y, or nil.
func (g gonumView) WeightedEdgeBetween(x, y int64) graph.WeightedEdge { return g.WeightedEdge(x, y) }

// WeightedEdge returns the edge from u to v with its weight, or nil.
func (g gonumView) WeightedEdge(u, v int64) graph.WeightedEdge {
	w, ok := g.Weight(u, v)
	if !ok || u == v {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: w}
}

// Weight returns the weight of the pair x, y; a node weighs 0 to itself.
func (g gonumView) Weight(x, y int64) (float64, bool) {
	if !g.has(x) || !g.has(y) {
		return 0, false
	}
	if x == y {
		return 0, true
	}
	k, ok := g.v.pairBetween(int(x), int(y))
	if !ok {
		return 0, false
	}
	return g.v.pairs[k].weight, true
}
