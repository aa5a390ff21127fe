package analysis

import (
	"container/heap"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
)

// exactBetweenness is the most entities betweenness is computed exactly
// for; larger views sample sources (Brandes and Pich's estimate).
const exactBetweenness = 3000

// defaultSamples is how many sources a sampled betweenness starts from.
const defaultSamples = 16

// centrality is betweenness by node and by pair: how many shortest paths
// between other entities pass through each.
type centrality struct {
	node, pair []float64
	sources    int // sources the paths were counted from; all nodes when exact
}

// betweenness counts, by Brandes' algorithm, the shortest paths through
// every node and pair, a pair being as long as 1/weight: a well-sourced
// link is a short one. With more than exactBetweenness nodes (or samples >
// 0) it starts from samples sources drawn with a fixed seed and scales the
// counts up, so repeated runs agree.
func (v *View) betweenness(ctx context.Context, samples int) (centrality, error) {
	n := len(v.nodes)
	sources := make([]int, n)
	for i := range sources {
		sources[i] = i
	}
	if samples <= 0 && n > exactBetweenness {
		samples = defaultSamples
	}
	if samples > 0 && samples < n {
		rand.New(rand.NewPCG(1, 2)).Shuffle(n, func(i, j int) { sources[i], sources[j] = sources[j], sources[i] })
		sources = sources[:samples]
	}
	c := centrality{node: make([]float64, n), pair: make([]float64, len(v.pairs)), sources: len(sources)}
	b := newBrandes(v, byEvidence)
	for _, s := range sources {
		if err := ctx.Err(); err != nil {
			return centrality{}, fmt.Errorf("betweenness: %w", err)
		}
		b.from(s, nil)
		b.accumulate(nil, nil, c.node, c.pair)
	}
	// Each path was counted from both ends; sampling saw len(sources) of n.
	scale := 0.5 * float64(n) / float64(len(sources))
	for i := range c.node {
		c.node[i] *= scale
	}
	for i := range c.pair {
		c.pair[i] *= scale
	}
	return c, nil
}

// metric says how long a pair is and how many paths it stands for.
type metric int

const (
	// byEvidence: a pair is 1/weight long, so a well-sourced link is short,
	// and each shortest path counts once.
	byEvidence metric = iota
	// byHops: every pair is one hop long, and a path counts as much as the
	// product of its pairs' weights, so among the shortest paths the
	// well-sourced ones count most.
	byHops
)

// brandes holds one single-source shortest path search, reused across
// sources.
type brandes struct {
	v                  *View
	metric             metric
	dist, sigma, delta []float64
	done               []bool
	order              []int // nodes in the order they were settled
	queue              distQueue
}

func newBrandes(v *View, m metric) *brandes {
	n := len(v.nodes)
	b := &brandes{v: v, metric: m, dist: make([]float64, n), sigma: make([]float64, n), delta: make([]float64, n), done: make([]bool, n)}
	for i := range b.dist {
		b.dist[i] = math.Inf(1)
	}
	return b
}

// length is how long pair k is.
func (b *brandes) length(k int) float64 {
	if b.metric == byHops {
		return 1
	}
	return 1 / b.v.pairs[k].weight
}

// paths is how many paths pair k stands for.
func (b *brandes) paths(k int) float64 {
	if b.metric == byHops {
		return b.v.pairs[k].weight
	}
	return 1
}

// same reports whether two path lengths are equal up to rounding.
func same(a, b float64) bool {
	return !math.IsInf(b, 1) && math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

// from finds the shortest paths from s (Dijkstra) and counts them: sigma[t]
// is how many shortest paths join s to t. A non-nil skip leaves those pairs
// out.
func (b *brandes) from(s int, skip map[int]bool) {
	v := b.v
	for _, t := range b.order {
		b.dist[t], b.sigma[t], b.delta[t], b.done[t] = math.Inf(1), 0, 0, false
	}
	b.order = b.order[:0]
	b.dist[s] = 0
	b.queue = append(b.queue[:0], queued{s, 0})
	for len(b.queue) > 0 {
		q := heap.Pop(&b.queue).(queued)
		if b.done[q.node] {
			continue
		}
		b.done[q.node] = true
		b.order = append(b.order, q.node)
		for _, nb := range v.adj[q.node] {
			if skip[nb.pair] {
				continue
			}
			if d := q.dist + b.length(nb.pair); d < b.dist[nb.node] && !same(d, b.dist[nb.node]) {
				b.dist[nb.node] = d
				heap.Push(&b.queue, queued{nb.node, d})
			}
		}
	}
	b.sigma[s] = 1
	for _, t := range b.order[1:] {
		for _, nb := range v.adj[t] {
			if !skip[nb.pair] && b.precedes(nb, t) {
				b.sigma[t] += b.sigma[nb.node] * b.paths(nb.pair)
			}
		}
	}
}

// precedes reports whether neighbour nb of t lies before t on a shortest
// path from the source.
func (b *brandes) precedes(nb neighbour, t int) bool {
	return !math.IsInf(b.dist[nb.node], 1) && b.dist[nb.node] < b.dist[t] && same(b.dist[nb.node]+b.length(nb.pair), b.dist[t])
}

// accumulate adds the dependencies of the last source on the paths to
// every node (to the targets only, when target is not nil) to node and pair
// scores.
func (b *brandes) accumulate(target func(int) bool, skip map[int]bool, node, pair []float64) {
	v := b.v
	for _, t := range b.order {
		b.delta[t] = 0
	}
	for i := len(b.order) - 1; i > 0; i-- {
		t := b.order[i]
		end := 1.0
		if target != nil && !target(t) {
			end = 0
		}
		for _, nb := range v.adj[t] {
			if skip[nb.pair] || !b.precedes(nb, t) {
				continue
			}
			c := b.sigma[nb.node] * b.paths(nb.pair) / b.sigma[t] * (end + b.delta[t])
			pair[nb.pair] += c
			b.delta[nb.node] += c
		}
		node[t] += b.delta[t]
	}
}

type queued struct {
	node int
	dist float64
}

// distQueue is a binary heap of nodes by distance.
type distQueue []queued

func (q distQueue) Len() int           { return len(q) }
func (q distQueue) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q distQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *distQueue) Push(x any)        { *q = append(*q, x.(queued)) }
func (q *distQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}
