package analysis

import (
	"context"
	"sort"
	"strings"

	"github.com/kg-analyst/kg/queries"
)

// ClusterOptions shape Clusters.
type ClusterOptions struct {
	MinSize    int     // smallest cluster listed; 2 when 0
	Resolution float64 // Louvain's resolution: above 1 more, smaller clusters; 1 when 0
	Members    int     // members listed per cluster, most central first; 10 when 0
	Bridges    int     // bridges listed; 10 when 0
}

// Member is an entity in a cluster, with its weight of links inside it.
type Member struct {
	queries.Node
	Weight float64 `json:"weight"`
}

// Cluster is a community of entities more linked to each other than to the
// rest.
type Cluster struct {
	ID      int      `json:"id"`   // 1 is the largest
	Name    string   `json:"name"` // its three most central members
	Size    int      `json:"size"`
	Members []Member `json:"members"`
}

// Bridge is a pair of entities in two clusters that a link joins.
type Bridge struct {
	From  int            `json:"from"` // cluster IDs
	To    int            `json:"to"`
	Links []queries.Edge `json:"links"` // the statements between them, strongest first
}

// Clustering is the answer of Clusters.
type Clustering struct {
	Nodes      int       `json:"nodes"`
	Pairs      int       `json:"pairs"`
	Modularity float64   `json:"modularity"`
	Clusters   []Cluster `json:"clusters"`
	Bridges    []Bridge  `json:"bridges"`
	// Members says which cluster every listed entity is in, by IRI, so a
	// picture can colour its nodes.
	Members map[string]int `json:"members"`
}

// Clusters finds communities by Louvain modularisation of the view's
// weighted links (see louvain), with a fixed seed so repeated runs agree. Each
// cluster is named by its most central members (the most weight of links
// inside the cluster); bridges are the heaviest links between clusters.
func Clusters(ctx context.Context, v *View, opt ClusterOptions) Clustering {
	opt = opt.withDefaults()
	out := Clustering{Nodes: len(v.nodes), Pairs: len(v.pairs), Clusters: []Cluster{}, Bridges: []Bridge{}, Members: map[string]int{}}
	if len(v.nodes) == 0 {
		return out
	}
	g := v.bonds()
	comm := louvain(g, opt.Resolution, 1)
	out.Modularity = g.modularity(comm, opt.Resolution)
	comms := make([][]int, 0)
	for i, c := range comm {
		for len(comms) <= c {
			comms = append(comms, nil)
		}
		comms[c] = append(comms[c], i)
	}
	sort.SliceStable(comms, func(i, j int) bool { return len(comms[i]) > len(comms[j]) })
	of := make([]int, len(v.nodes)) // cluster ID of every node, 0 for none listed
	for _, c := range comms {
		if len(c) < opt.MinSize {
			continue
		}
		id := len(out.Clusters) + 1
		for _, n := range c {
			of[n] = id
		}
		out.Clusters = append(out.Clusters, v.cluster(id, c, of, opt.Members))
		for _, m := range out.Clusters[id-1].Members {
			out.Members[m.IRI] = id
		}
	}
	out.Bridges = v.bridges(ctx, of, opt.Bridges)
	return out
}

func (o ClusterOptions) withDefaults() ClusterOptions {
	if o.MinSize <= 0 {
		o.MinSize = 2
	}
	if o.Resolution <= 0 {
		o.Resolution = 1
	}
	if o.Members <= 0 {
		o.Members = 10
	}
	if o.Bridges <= 0 {
		o.Bridges = 10
	}
	return o
}

// cluster describes community id: its members by weight inside it.
func (v *View) cluster(id int, nodes []int, of []int, members int) Cluster {
	c := Cluster{ID: id, Size: len(nodes)}
	weights := make([]Member, len(nodes))
	for k, i := range nodes {
		weights[k].Node = v.describeNode(i)
		for _, nb := range v.adj[i] {
			if of[nb.node] == id {
				weights[k].Weight += v.pairs[nb.pair].weight
			}
		}
	}
	sort.SliceStable(weights, func(a, b int) bool {
		if weights[a].Weight != weights[b].Weight {
			return weights[a].Weight > weights[b].Weight
		}
		return weights[a].Name < weights[b].Name
	})
	c.Members = weights[:min(members, len(weights))]
	var names []string
	for _, m := range c.Members[:min(3, len(c.Members))] {
		names = append(names, m.Name)
	}
	c.Name = strings.Join(names, " / ")
	return c
}

// bonds is the view as Louvain sees it: each pair weighing its bond, the
// weight of its statements that are not hostile.
func (v *View) bonds() wgraph {
	g := wgraph{adj: make([][]wedge, len(v.nodes)), self: make([]float64, len(v.nodes))}
	for _, p := range v.pairs {
		if p.bond > 0 {
			g.adj[p.a] = append(g.adj[p.a], wedge{p.b, p.bond})
			g.adj[p.b] = append(g.adj[p.b], wedge{p.a, p.bond})
		}
	}
	return g
}

// bridges lists the heaviest pairs joining two listed clusters.
func (v *View) bridges(ctx context.Context, of []int, limit int) []Bridge {
	var ks []int
	for k, p := range v.pairs {
		if of[p.a] != 0 && of[p.b] != 0 && of[p.a] != of[p.b] {
			ks = append(ks, k)
		}
	}
	sort.SliceStable(ks, func(a, b int) bool { return v.pairs[ks[a]].weight > v.pairs[ks[b]].weight })
	d := queries.NewDescriber(v.qs)
	out := []Bridge{}
	for _, k := range ks[:min(limit, len(ks))] {
		p := v.pairs[k]
		br := Bridge{From: of[p.a], To: of[p.b], Links: []queries.Edge{}}
		for _, s := range v.strongest(p.stmts) {
			br.Links = append(br.Links, v.describe(ctx, d, s))
		}
		out = append(out, br)
	}
	return out
}
