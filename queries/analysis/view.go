// Package analysis owns the questions asked of the whole graph rather than
// of one entity: who matters (Rank: degree, PageRank, betweenness), who
// stands between two entities or groups (Brokers), which clusters form
// (Clusters), and what changed between two dates (Diff).
//
// Every question runs over a View: the statements between entities, read
// from the store in one pass with the same tiers, predicate filter and
// Scope (as of a date, with enough sources) that links and paths apply,
// folded into one undirected weighted edge per pair of entities. A
// statement weighs as many independent documents as state it; a bare
// co-mention weighs a quarter of that, so typed statements count most.
// PageRank is gonum's. Betweenness is Brandes' algorithm here, so that it
// can sample sources on large graphs, and Louvain too, since gonum's does
// not scale to graphs with hubs; the tests check every score against brute
// force and the clusters against gonum's.
//
// Errors: a store that fails to read returns the error wrapped with what
// was being read; a bad option returns an error naming it.
package analysis

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/schema"
)

// Tier says which statements a view keeps: typed ones (kg's predicates),
// open ones too (any other predicate that links two nodes), or all,
// co-mentions included.
type Tier int

// Tiers, from the narrowest.
const (
	TierTyped Tier = iota + 1
	TierOpen
	TierAll
)

// ParseTier reads a tier as written on the command line.
func ParseTier(s string) (Tier, error) {
	switch s {
	case "typed":
		return TierTyped, nil
	case "open":
		return TierOpen, nil
	case "all", "":
		return TierAll, nil
	}
	return 0, fmt.Errorf("unknown tier %q: want typed, open or all", s)
}

// coMentionWeight is what one document's co-mention weighs against one
// document's typed statement.
const coMentionWeight = 0.25

var coMention = quad.IRI(schema.Vocab + "mentionedWith")

// Options choose the statements a View holds.
type Options struct {
	Tier       Tier     // TierAll when 0
	Predicates []string // only these predicates (names or IRIs); all when empty
	queries.Scope
}

// statement is one stored statement between two entities in the view.
type statement struct {
	s, p, o  int // node indexes; p indexes View.preds
	labels   []quad.Value
	docs     int    // independent documents stating it, in scope
	earliest string // date of its earliest dated evidence
}

// pair is the undirected edge between two entities: every statement
// between them, in either direction.
type pair struct {
	a, b   int // a < b
	weight float64
	bond   float64 // the weight of the statements that are not hostile
	stmts  []int
}

// neighbour is one entry of a node's adjacency.
type neighbour struct{ node, pair int }

// View is the graph of entities and the statements between them.
type View struct {
	qs     queries.Reader
	nodes  []quad.Value
	index  map[quad.Value]int
	names  []string
	types  []string
	preds  []quad.Value
	hostl  []bool // by predicate: hostile
	stmts  []statement
	pairs  []pair
	adj    [][]neighbour // sorted by neighbour
	labels map[quad.Value]labelInfo
	dates  []string // publication dates of the documents behind the statements, earliest first
}

// labelInfo is what a quad label says about its source.
type labelInfo struct {
	sentence, doc quad.Value
	curated       bool
}

// documentDates lists the distinct publication dates of the documents the
// view's evidence cites.
func (v *View) documentDates(sc *scan) []string {
	seen := map[string]bool{}
	for _, info := range v.labels {
		if d := sc.dates[info.doc]; d != "" {
			seen[d] = true
		}
	}
	out := make([]string, 0, len(seen))
	for d := range seen {
		out = append(out, d)
	}
	sort.Strings(out)
	return out
}

// Nodes is the number of entities in the view.
func (v *View) Nodes() int { return len(v.nodes) }

// Pairs is the number of linked pairs of entities in the view.
func (v *View) Pairs() int { return len(v.pairs) }

// Statements is the number of statements in the view.
func (v *View) Statements() int { return len(v.stmts) }

// Build reads the store once and returns the view opt selects.
func Build(ctx context.Context, qs queries.Reader, opt Options) (*View, error) {
	if opt.Tier == 0 {
		opt.Tier = TierAll
	}
	sc, err := scanStore(ctx, qs, opt)
	if err != nil {
		return nil, err
	}
	v := &View{qs: qs, index: map[quad.Value]int{}, labels: map[quad.Value]labelInfo{}}
	for _, st := range sc.stmts {
		v.addStatement(sc, opt.Scope, st)
	}
	v.names = make([]string, len(v.nodes))
	v.types = make([]string, len(v.nodes))
	for i, n := range v.nodes {
		v.names[i] = sc.names[n]
		v.types[i] = sc.types[n]
	}
	v.fold()
	v.dates = v.documentDates(sc)
	return v, nil
}

// addStatement adds a scanned statement when its evidence in scope is
// enough, keeping the labels known as of the scope's date.
func (v *View) addStatement(sc *scan, scope queries.Scope, st scanned) {
	docs := map[quad.Value]bool{}
	var kept []quad.Value
	earliest := ""
	for _, l := range st.labels {
		info := sc.label(l)
		date := sc.dates[info.doc]
		if !scope.Known(date) {
			continue
		}
		kept = append(kept, l)
		v.labels[l] = info
		docs[v.source(l)] = true
		if date != "" && (earliest == "" || date < earliest) {
			earliest = date
		}
	}
	if len(st.labels) > 0 && len(kept) == 0 || len(docs) < scope.MinSources {
		return
	}
	v.stmts = append(v.stmts, statement{
		s: v.node(st.s), p: v.pred(st.p), o: v.node(st.o),
		labels: kept, docs: len(docs), earliest: earliest,
	})
}

func (v *View) node(n quad.Value) int {
	if i, ok := v.index[n]; ok {
		return i
	}
	v.index[n] = len(v.nodes)
	v.nodes = append(v.nodes, n)
	return len(v.nodes) - 1
}

func (v *View) pred(p quad.Value) int {
	for i, q := range v.preds {
		if q == p {
			return i
		}
	}
	name, _, _ := queries.DescribePredicate(p)
	v.preds = append(v.preds, p)
	v.hostl = append(v.hostl, hostile[name])
	return len(v.preds) - 1
}

// weight is what a statement adds to its pair.
func (v *View) weight(st statement) float64 {
	w := float64(max(st.docs, 1))
	if v.preds[st.p] == coMention {
		w *= coMentionWeight
	}
	return w
}

// hostile names the predicates of opposition and violence: they join two
// camps rather than make one, so clusters leave them to bridges.
var hostile = map[string]bool{
	"opposed": true, "inTensionWith": true, "fought": true, "attacked": true, "targeted": true,
	"repelled": true, "threatened": true, "condemned": true, "accused": true, "killedIn": true,
}

// fold joins the statements of each pair of entities into one weighted
// edge and builds the adjacency. A co-mention counts only the sentences
// that state nothing else about the pair: a sentence saying A attacked B
// names them together too, and is one source, not two.
func (v *View) fold() {
	byPair := map[[2]int]int{}
	for i, st := range v.stmts {
		a, b := min(st.s, st.o), max(st.s, st.o)
		k, ok := byPair[[2]int{a, b}]
		if !ok {
			k = len(v.pairs)
			byPair[[2]int{a, b}] = k
			v.pairs = append(v.pairs, pair{a: a, b: b})
		}
		v.pairs[k].stmts = append(v.pairs[k].stmts, i)
	}
	for k := range v.pairs {
		v.weigh(&v.pairs[k])
	}
	v.adj = make([][]neighbour, len(v.nodes))
	for k, p := range v.pairs {
		v.adj[p.a] = append(v.adj[p.a], neighbour{p.b, k})
		v.adj[p.b] = append(v.adj[p.b], neighbour{p.a, k})
	}
	for _, ns := range v.adj {
		sort.Slice(ns, func(i, j int) bool { return ns[i].node < ns[j].node })
	}
}

// weigh sums the weights of a pair's statements, dropping from its
// co-mentions the sentences its other statements cite.
func (v *View) weigh(p *pair) {
	stated := map[quad.Value]bool{}
	for _, i := range p.stmts {
		if v.preds[v.stmts[i].p] != coMention {
			for _, l := range v.stmts[i].labels {
				stated[v.labels[l].sentence] = true
			}
		}
	}
	for _, i := range p.stmts {
		st := v.stmts[i]
		if v.preds[st.p] == coMention && len(stated) > 0 {
			st = v.uncovered(st, stated)
			if len(st.labels) == 0 {
				continue
			}
		}
		w := v.weight(st)
		p.weight += w
		if !v.hostl[st.p] {
			p.bond += w
		}
	}
}

// uncovered returns a co-mention with only the labels whose sentences are
// not in stated, its documents counted again.
func (v *View) uncovered(st statement, stated map[quad.Value]bool) statement {
	var kept []quad.Value
	docs := map[quad.Value]bool{}
	for _, l := range st.labels {
		if !stated[v.labels[l].sentence] {
			kept = append(kept, l)
			docs[v.source(l)] = true
		}
	}
	st.labels, st.docs = kept, len(docs)
	return st
}

// pairBetween returns the pair joining nodes a and b, if any.
func (v *View) pairBetween(a, b int) (int, bool) {
	ns := v.adj[a]
	i := sort.Search(len(ns), func(i int) bool { return ns[i].node >= b })
	if i < len(ns) && ns[i].node == b {
		return ns[i].pair, true
	}
	return 0, false
}

// Find returns the index of an entity in the view.
func (v *View) Find(n quad.Value) (int, bool) {
	i, ok := v.index[n]
	return i, ok
}

// isType reports whether node i is of one of the types (or a subtype).
func (v *View) isType(i int, types []string) bool {
	return len(types) == 0 || queries.TypeMatches(v.types[i], types)
}

// describeNode describes node i as answers show entities.
func (v *View) describeNode(i int) queries.Node {
	return queries.NodeOf(v.nodes[i], v.names[i], v.types[i])
}

// describe describes statement i with its evidence in scope.
func (v *View) describe(ctx context.Context, d *queries.Describer, i int) queries.Edge {
	st := v.stmts[i]
	return d.Statement(ctx, v.nodes[st.s], v.preds[st.p], v.nodes[st.o], st.labels)
}

// strongest returns the statements of a pair, the ones that say most
// first (a typed statement, then an open relation, then a co-mention:
// "head of" before "said that", however many documents say the latter),
// heaviest first within a tier.
func (v *View) strongest(stmts []int) []int {
	out := append([]int(nil), stmts...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := v.stmts[out[i]], v.stmts[out[j]]
		if ta, tb := tierOf(v.preds[a.p]), tierOf(v.preds[b.p]); ta != tb {
			return ta < tb
		}
		return v.weight(a) > v.weight(b)
	})
	return out
}
