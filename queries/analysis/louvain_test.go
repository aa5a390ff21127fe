package analysis

import (
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"
)

// TestLouvainAgainstGonum checks the package's Louvain against gonum's on
// random graphs of planted groups: its modularity, computed here, is what
// gonum's Q says of the same partition, and it finds partitions as good as
// gonum's Modularize (within 0.02).
func TestLouvainAgainstGonum(t *testing.T) {
	for seed := range uint64(20) {
		r := rand.New(rand.NewPCG(seed, 3))
		n := 30 + r.IntN(30)
		g := wgraph{adj: make([][]wedge, n), self: make([]float64, n)}
		ref := simple.NewWeightedUndirectedGraph(0, 0)
		for i := range n {
			ref.AddNode(simple.Node(i))
		}
		for i := range n {
			for j := i + 1; j < n; j++ {
				p := 0.03
				if i%4 == j%4 {
					p = 0.3 // four planted groups
				}
				if r.Float64() < p {
					w := float64(1 + r.IntN(3))
					g.adj[i] = append(g.adj[i], wedge{j, w})
					g.adj[j] = append(g.adj[j], wedge{i, w})
					ref.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(i), T: simple.Node(j), W: w})
				}
			}
		}
		comm := louvain(g, 1, 1)
		var groups [][]graph.Node
		for i, c := range comm {
			for len(groups) <= c {
				groups = append(groups, nil)
			}
			groups[c] = append(groups[c], simple.Node(i))
		}
		got := g.modularity(comm, 1)
		if want := community.Q(ref, groups, 1); abs(got-want) > 1e-9 {
			t.Errorf("seed %d: modularity %.6f, gonum's Q of the same partition %.6f", seed, got, want)
		}
		theirs := community.Q(ref, community.Modularize(ref, 1, rand.NewPCG(seed, 1)).Communities(), 1)
		if got < theirs-0.02 {
			t.Errorf("seed %d: Q %.4f, gonum's Modularize finds %.4f", seed, got, theirs)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
