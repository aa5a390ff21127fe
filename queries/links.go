package queries

import (
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// LinkOptions narrow Links.
type LinkOptions struct {
	Depth      int      // hops from the entity; 1 when 0
	Predicates []string // keep only these predicates (schema names or IRIs)
	Types      []string // keep only links to entities of these types (or their subtypes)
	Document   string   // keep only statements with evidence in this document (id or IRI)
	Limit      int      // stop after this many links; no limit when 0
	// AllLinks keeps the co-mentions of pairs a better statement already
	// joins; without it they are left out and counted.
	AllLinks bool
	Scope    // as of a date, with enough sources
}

// Link is an edge reached from the entity, at a depth.
type Link struct {
	Edge
	Depth int `json:"depth"`
	// Direction is "out" when the edge leaves the node it was reached from
	// and "in" when it points at it.
	Direction string `json:"direction"`
}

// LinkAnswer is what FindLinks found: the links kept, best first, and what
// was left out, so that a reader is told.
type LinkAnswer struct {
	Links []Link `json:"links"`
	// Found counts the links that passed the filters, before Limit.
	Found int `json:"found"`
	// HiddenCoMentions counts the co-mentions left out because a better
	// statement joins the same two entities (never with AllLinks).
	HiddenCoMentions int `json:"hidden_co_mentions"`
}

// Links returns the statements within opt.Depth hops of the entity, as
// FindLinks ranks and bounds them.
func Links(ctx context.Context, qs Reader, entity quad.Value, opt LinkOptions) ([]Link, error) {
	a, err := FindLinks(ctx, qs, entity, opt)
	return a.Links, err
}

// FindLinks returns the statements within opt.Depth hops of the entity, in
// both directions, nearest first and, within a hop, best first (see
// Edge.Tier, then the most independent documents). Filters apply to every
// hop: a link left out is not walked through. A co-mention of two entities
// that a better statement joins says nothing more and is left out unless
// opt.AllLinks.
func FindLinks(ctx context.Context, qs Reader, entity quad.Value, opt LinkOptions) (LinkAnswer, error) {
	var out []Link
	limit := opt.Limit
	opt.Limit = 0 // applied after ordering, so the best statements are kept
	err := walkLinks(ctx, newWalker(qs, opt.Scope), entity, opt, func(depth int, from quad.Value, _ rawEdge, edge Edge) {
		dir := "out"
		if edge.From.IRI != ValueText(from) {
			dir = "in"
		}
		out = append(out, Link{Edge: edge, Depth: depth, Direction: dir})
	})
	var a LinkAnswer
	if !opt.AllLinks {
		out, a.HiddenCoMentions = hideCoveredCoMentions(out)
	}
	rankLinks(out)
	a.Found = len(out)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	a.Links = out
	return a, err
}

// hideCoveredCoMentions drops the co-mentions of pairs that another of
// the links joins, and counts them.
func hideCoveredCoMentions(links []Link) ([]Link, int) {
	covered := map[[2]string]bool{}
	for _, l := range links {
		if !isCoMention(l.Edge) {
			covered[pairKey(l.Edge)] = true
		}
	}
	kept := links[:0:0]
	hidden := 0
	for _, l := range links {
		if isCoMention(l.Edge) && covered[pairKey(l.Edge)] {
			hidden++
			continue
		}
		kept = append(kept, l)
	}
	return kept, hidden
}

// pairKey names the two ends of an edge in either order.
func pairKey(e Edge) [2]string {
	a, b := e.From.IRI, e.To.IRI
	if e.Value != "" {
		b = e.Value
	}
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

// Edge tiers, best first: see Edge.Tier.
const (
	TierCurated   = 0 // a statement of kg's schema someone curated
	TierExtracted = 1 // a statement of kg's schema the extractor found
	TierOpen      = 2 // a relation kg's schema does not know
	TierCoMention = 3 // two things named in one sentence, nothing more
)

// Tier ranks what an edge says about how two things are linked: a typed
// statement (curated, then extracted) says most, an open relation less,
// a co-mention only that they were named together.
func (e Edge) Tier() int {
	switch {
	case isCoMention(e):
		return TierCoMention
	case !isSchemaPredicate(e.Predicate):
		return TierOpen
	}
	for _, ev := range e.Evidence {
		if ev.Origin != "extracted" {
			return TierCurated
		}
	}
	if len(e.Evidence) == 0 {
		return TierCurated
	}
	return TierExtracted
}

// isSchemaPredicate reports whether an edge's predicate name is one of
// kg's schema, as DescribePredicate names them: a map look-up, since every
// link of a walk is ranked.
func isSchemaPredicate(name string) bool { return schemaPredicates[name] }

var schemaPredicates = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range schema.Predicates() {
		m[p.Name] = true
	}
	return m
}()

// Documents counts the independent documents that state the edge.
func (e Edge) Documents() int {
	if len(e.Evidence) <= 1 {
		return len(e.Evidence) // most edges: no maps to count one
	}
	return Corroboration(e.Evidence).Documents
}

// rankLinks orders links nearest first, then by tier, then by the number
// of documents that state them, most first.
func rankLinks(links []Link) {
	sortByRank(links, func(l Link) int { return rank(l.Depth, l.Tier(), l.Documents()) })
}

// rank packs sort keys, most significant first, into one number that sorts
// ascending: the documents count down, so more come first.
func rank(depth, tiers, docs int) int {
	return depth<<32 | tiers<<16 | (1<<16 - 1 - min(docs, 1<<16-1))
}

// sortByRank sorts xs stably by rank, working each rank out once: a hub
// has thousands of links.
func sortByRank[T any](xs []T, rankOf func(T) int) {
	ranks := make(map[int][]T)
	var order []int
	for _, x := range xs {
		r := rankOf(x)
		if _, ok := ranks[r]; !ok {
			order = append(order, r)
		}
		ranks[r] = append(ranks[r], x)
	}
	slices.Sort(order)
	xs = xs[:0]
	for _, r := range order {
		xs = append(xs, ranks[r]...)
	}
}

// isCoMention reports whether the edge only says two things were named in
// one sentence.
func isCoMention(e Edge) bool { return e.Predicate == "mentionedWith" }

// walkLinks walks breadth first from entity over the statements opt's
// filters keep, calling visit once for each, nearest first, until opt.Limit
// statements were visited.
func walkLinks(ctx context.Context, w *walker, entity quad.Value, opt LinkOptions, visit func(depth int, from quad.Value, e rawEdge, edge Edge)) error {
	if opt.Depth <= 0 {
		opt.Depth = 1
	}
	f, err := newFilter(opt)
	if err != nil {
		return err
	}
	seenEdge := map[[3]quad.Value]bool{}
	visited := map[quad.Value]bool{entity: true}
	frontier := []quad.Value{entity}
	n := 0
	for depth := 1; depth <= opt.Depth && len(frontier) > 0; depth++ {
		var next []quad.Value
		for _, v := range frontier {
			es, err := w.edges(ctx, v)
			if err != nil {
				return err
			}
			for _, e := range es {
				k := [3]quad.Value{e.s, e.p, e.o}
				if seenEdge[k] {
					continue
				}
				other := e.other(v)
				edge, ok := f.keep(ctx, w, e, other)
				if !ok {
					continue
				}
				seenEdge[k] = true
				visit(depth, v, e, edge)
				if n++; opt.Limit > 0 && n >= opt.Limit {
					return nil
				}
				if IsNode(other) && !visited[other] {
					visited[other] = true
					next = append(next, other)
				}
			}
		}
		frontier = next
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("walk links: %w", err)
		}
	}
	return nil
}

// filter applies LinkOptions' filters to edges.
type filter struct{ Filter }

func newFilter(opt LinkOptions) (filter, error) {
	f, err := ParseFilter(opt.Predicates, opt.Types, opt.Document)
	return filter{f}, err
}

// keep describes e when it passes the filters.
func (f filter) keep(ctx context.Context, w *walker, e rawEdge, other quad.Value) (Edge, bool) {
	if !f.KeepsPredicate(e.p) {
		return Edge{}, false
	}
	if len(f.Types) > 0 && !f.KeepsType(w.node(ctx, other).Type) {
		return Edge{}, false
	}
	edge := w.edge(ctx, e)
	if f.Document != "" {
		var kept []Evidence
		for _, ev := range edge.Evidence {
			if ev.Document == string(f.Document) {
				kept = append(kept, ev)
			}
		}
		if len(kept) == 0 {
			return Edge{}, false
		}
		edge.Evidence = kept
		edge.Sources = Corroboration(kept)
	}
	return edge, true
}
