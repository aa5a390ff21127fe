package queries

import (
	"cmp"
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
	// Evidence describes at most this many pieces of evidence per link,
	// the first by document and sentence (Edge.MoreEvidence counts the
	// rest, Sources all); 0 describes all.
	Evidence int
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
	var found []Link
	limit := opt.Limit
	opt.Limit = 0 // applied after ordering, so the best statements are kept
	w := newWalker(qs, opt.Scope)
	w.mostEvidence = opt.Evidence
	err := walkLinks(ctx, w, entity, opt, func(depth int, from quad.Value, e rawEdge) {
		dir := "out"
		if ValueText(e.s) != ValueText(from) {
			dir = "in"
		}
		found = append(found, Link{Edge: Edge{raw: e}, Depth: depth, Direction: dir})
	})
	var a LinkAnswer
	if !opt.AllLinks {
		found, a.HiddenCoMentions = hideCoveredCoMentions(found)
	}
	// Ranked on what ranking needs, the labels' documents and origins, read
	// only for the links that may be kept; only those kept are described.
	a.Found = len(found)
	found = topByRank(found, limit, func(l Link) int {
		tier, docs := w.rankBounds(l.raw)
		return rank(l.Depth, tier, docs)
	}, func(l Link) int {
		tier, docs := w.rankKeys(ctx, l.raw)
		return rank(l.Depth, tier, docs)
	})
	for i := range found {
		found[i].Edge = w.edge(ctx, found[i].raw)
	}
	a.Links = found
	return a, err
}

// hideCoveredCoMentions drops the co-mentions of pairs that another of
// the links joins, and counts them.
func hideCoveredCoMentions(links []Link) ([]Link, int) {
	covered := map[[2]string]bool{}
	for _, l := range links {
		if !isCoMentionOf(l.raw.p) {
			covered[pairKey(l.raw)] = true
		}
	}
	kept := links[:0:0]
	hidden := 0
	for _, l := range links {
		if isCoMentionOf(l.raw.p) && covered[pairKey(l.raw)] {
			hidden++
			continue
		}
		kept = append(kept, l)
	}
	return kept, hidden
}

// pairKey names the two ends of a statement in either order.
func pairKey(e rawEdge) [2]string {
	a, b := ValueText(e.s), ValueText(e.o)
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
	if e.bounded != nil {
		return e.bounded.tier
	}
	return tierOf(e.Predicate, len(e.Evidence), func(i int) string { return e.Evidence[i].Origin })
}

// tierOf is the tier of a statement of the named predicate with n pieces
// of evidence, origin(i) being the origin of the i-th: Edge.Tier for an
// edge being described and walker.rankKeys for one not yet described.
func tierOf(predicate string, n int, origin func(i int) string) int {
	switch {
	case predicate == "mentionedWith":
		return TierCoMention
	case !isSchemaPredicate(predicate):
		return TierOpen
	}
	for i := 0; i < n; i++ {
		if origin(i) != "extracted" {
			return TierCurated
		}
	}
	if n == 0 {
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
	if e.bounded != nil {
		return e.bounded.docs
	}
	return documents(len(e.Evidence), func(i int) string { return sourceOf(e.Evidence[i].Document, e.Evidence[i].IRI) })
}

// documents counts the distinct documents of n pieces of evidence, doc(i)
// naming the i-th's (see sourceOf), as Corroboration does: most statements
// have one, and need no map to count it.
func documents(n int, doc func(i int) string) int {
	if n <= 1 {
		return n
	}
	seen := make(map[string]bool, n)
	for i := 0; i < n; i++ {
		seen[doc(i)] = true
	}
	return len(seen)
}

// sourceOf is the independent source a piece of evidence counts for: its
// document, or the label itself when it has none (a label kg did not mint).
func sourceOf(document, label string) string {
	if document == "" {
		return label
	}
	return document
}

// rankKeys returns the tier and documents count of a statement not yet
// described, as Edge.Tier and Edge.Documents give them once it is, reading
// its labels' sources only when they decide: a co-mention's tier never
// needs them, nor one label's count.
func (w *walker) rankKeys(ctx context.Context, e rawEdge) (tier, docs int) {
	name, _, _ := DescribePredicate(e.p)
	tier = tierOf(name, len(e.labels), func(i int) string { return w.source(ctx, e.labels[i]).origin })
	return tier, w.documentsOf(ctx, e.labels)
}

// rankBounds returns the best tier and the most documents a statement not
// yet described may have, reading nothing: an extracted statement may be
// curated until its labels are read, and each label may be a document.
func (w *walker) rankBounds(e rawEdge) (tier, docs int) {
	name, _, _ := DescribePredicate(e.p)
	return tierOf(name, 0, nil), len(e.labels)
}

// documentsOf counts the distinct documents of labels, as Edge.Documents
// counts them once described.
func (s *session) documentsOf(ctx context.Context, labels []labelRef) int {
	return documents(len(labels), func(i int) string {
		if doc := s.source(ctx, labels[i]).document; doc != "" {
			return doc
		}
		return ValueText(s.labelValue(labels[i]))
	})
}

// rank packs sort keys, most significant first, into one number that sorts
// ascending: the documents count down, so more come first.
func rank(depth, tiers, docs int) int {
	return depth<<32 | tiers<<16 | (1<<16 - 1 - min(docs, 1<<16-1))
}

// topByRank returns the first k of xs in the order sortByRank gives them
// (all of them when k is 0), working exact ranks out only for those that
// may be among them: bound(x) must never exceed exact(x). Those are taken in
// order of their bounds until k are known to rank before every bound left.
func topByRank[T any](xs []T, k int, bound, exact func(T) int) []T {
	if k <= 0 || k >= len(xs) {
		sortByRank(xs, exact)
		return xs
	}
	// Ties go to the earlier x, as in a stable sort: an index breaks them.
	type ranked struct{ rank, i int }
	less := func(a, b ranked) int { return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.i, b.i)) }
	bounds := make([]ranked, len(xs))
	for i, x := range xs {
		bounds[i] = ranked{bound(x), i}
	}
	slices.SortFunc(bounds, less)
	var best []ranked // the k best exact ranks so far, best first
	for _, b := range bounds {
		if len(best) == k && less(best[k-1], b) < 0 {
			break
		}
		r := ranked{exact(xs[b.i]), b.i}
		at, _ := slices.BinarySearchFunc(best, r, less)
		if best = slices.Insert(best, at, r); len(best) > k {
			best = best[:k]
		}
	}
	out := make([]T, len(best))
	for j, r := range best {
		out[j] = xs[r.i]
	}
	return out
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

// isCoMentionOf reports whether statements of predicate p only say two
// things were named in one sentence.
func isCoMentionOf(p quad.Value) bool {
	name, _, _ := DescribePredicate(p)
	return name == "mentionedWith"
}

// walkLinks walks breadth first from entity over the statements opt's
// filters keep, calling visit once for each, nearest first, until opt.Limit
// statements were visited.
func walkLinks(ctx context.Context, w *walker, entity quad.Value, opt LinkOptions, visit func(depth int, from quad.Value, e rawEdge)) error {
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
				kept, ok := f.keep(ctx, w, e, other)
				if !ok {
					continue
				}
				seenEdge[k] = true
				visit(depth, v, kept)
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

// keep returns e when it passes the filters, with only the labels whose
// evidence is in the document asked for, if one is.
func (f filter) keep(ctx context.Context, w *walker, e rawEdge, other quad.Value) (rawEdge, bool) {
	if !f.KeepsPredicate(e.p) {
		return rawEdge{}, false
	}
	if len(f.Types) > 0 && !f.KeepsType(w.node(ctx, other).Type) {
		return rawEdge{}, false
	}
	if f.Document != "" {
		var kept []labelRef
		for _, l := range e.labels {
			if w.source(ctx, l).document == string(f.Document) {
				kept = append(kept, l)
			}
		}
		if len(kept) == 0 {
			return rawEdge{}, false
		}
		e.labels = kept
	}
	return e, true
}
