package analysis

import (
	"math/rand/v2"
)

// wgraph is a weighted undirected graph for Louvain: adjacency lists
// without self loops, and each node's self-loop weight apart.
type wgraph struct {
	adj  [][]wedge
	self []float64
}

// maxSweeps bounds the sweeps over the nodes in one level.
const maxSweeps = 32

type wedge struct {
	to int
	w  float64
}

// louvain finds communities by Blondel et al.'s method: move nodes to the
// neighbouring community that most raises modularity until none moves,
// then merge each community into one node and start again, until a level
// changes nothing. It keeps each community's total weight up to date, so a
// move costs the node's degree and not the size of the communities around
// it (gonum's Modularize sums over every member of every neighbouring
// community, which on a graph with hubs of tens of thousands of links does
// not finish in minutes). The seed fixes the order nodes are visited in.
// It returns the community of every node, numbered from 0.
func louvain(g wgraph, resolution float64, seed uint64) []int {
	rng := rand.New(rand.NewPCG(seed, seed))
	member := make([]int, len(g.adj)) // community of each original node
	for i := range member {
		member[i] = i
	}
	for {
		comm, moved := g.localMoves(resolution, rng)
		if !moved {
			return renumber(member)
		}
		comm = renumber(comm)
		for i, c := range member {
			member[i] = comm[c]
		}
		g = g.aggregate(comm)
	}
}

// localMoves runs the moving phase and returns each node's community and
// whether any node moved.
func (g wgraph) localMoves(resolution float64, rng *rand.Rand) ([]int, bool) {
	n := len(g.adj)
	k := make([]float64, n)
	m2 := 0.0
	for u, es := range g.adj {
		k[u] = 2 * g.self[u]
		for _, e := range es {
			k[u] += e.w
		}
		m2 += k[u]
	}
	comm := make([]int, n)
	tot := make([]float64, n)
	for u := range comm {
		comm[u], tot[u] = u, k[u]
	}
	if m2 == 0 {
		return comm, false
	}
	toComm := make([]float64, n) // weight from the node being moved to each community
	var touched []int
	order := rng.Perm(n)
	moved := false
	// Sweeps stop when one moves almost nothing: the last moves of a level
	// barely change modularity and the next level takes them up.
	for sweep := 0; sweep < maxSweeps; sweep++ {
		moves := 0
		for _, u := range order {
			touched = touched[:0]
			for _, e := range g.adj[u] {
				c := comm[e.to]
				if toComm[c] == 0 {
					touched = append(touched, c)
				}
				toComm[c] += e.w
			}
			old := comm[u]
			tot[old] -= k[u]
			best, bestGain := old, toComm[old]-resolution*tot[old]*k[u]/m2
			for _, c := range touched {
				if gain := toComm[c] - resolution*tot[c]*k[u]/m2; gain > bestGain+1e-12 {
					best, bestGain = c, gain
				}
			}
			tot[best] += k[u]
			comm[u] = best
			if best != old {
				moves++
			}
			for _, c := range touched {
				toComm[c] = 0
			}
		}
		moved = moved || moves > 0
		if moves <= n/1000 {
			break
		}
	}
	return comm, moved
}

// aggregate merges each community into one node: the links inside it
// become its self loop, those between two communities one link.
func (g wgraph) aggregate(comm []int) wgraph {
	size := 0
	for _, c := range comm {
		size = max(size, c+1)
	}
	out := wgraph{adj: make([][]wedge, size), self: make([]float64, size)}
	index := make([]map[int]int, size) // neighbour community -> position in out.adj
	for u, es := range g.adj {
		cu := comm[u]
		out.self[cu] += g.self[u]
		for _, e := range es {
			cv := comm[e.to]
			if cv == cu {
				out.self[cu] += e.w / 2 // each inside link is seen from both ends
				continue
			}
			if index[cu] == nil {
				index[cu] = map[int]int{}
			}
			if i, ok := index[cu][cv]; ok {
				out.adj[cu][i].w += e.w
			} else {
				index[cu][cv] = len(out.adj[cu])
				out.adj[cu] = append(out.adj[cu], wedge{cv, e.w})
			}
		}
	}
	return out
}

// renumber maps community labels to 0, 1, ... in order of first use.
func renumber(comm []int) []int {
	ids := map[int]int{}
	out := make([]int, len(comm))
	for i, c := range comm {
		id, ok := ids[c]
		if !ok {
			id = len(ids)
			ids[c] = id
		}
		out[i] = id
	}
	return out
}

// modularity is Newman's Q of a partition of g at the resolution.
func (g wgraph) modularity(comm []int, resolution float64) float64 {
	size := 0
	for _, c := range comm {
		size = max(size, c+1)
	}
	in, tot := make([]float64, size), make([]float64, size)
	m2 := 0.0
	for u, es := range g.adj {
		in[comm[u]] += 2 * g.self[u]
		tot[comm[u]] += 2 * g.self[u]
		for _, e := range es {
			tot[comm[u]] += e.w
			if comm[e.to] == comm[u] {
				in[comm[u]] += e.w
			}
		}
	}
	for _, t := range tot {
		m2 += t
	}
	if m2 == 0 {
		return 0
	}
	q := 0.0
	for c := range in {
		q += in[c]/m2 - resolution*(tot[c]/m2)*(tot[c]/m2)
	}
	return q
}
