package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

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
}

// Link is an edge reached from the entity, at a depth.
type Link struct {
	Edge
	Depth int `json:"depth"`
	// Direction is "out" when the edge leaves the node it was reached from
	// and "in" when it points at it.
	Direction string `json:"direction"`
}

// Links returns the statements within opt.Depth hops of the entity, in both
// directions, nearest first. Filters apply to every hop: a link left out is
// not walked through.
func Links(ctx context.Context, qs Reader, entity quad.Value, opt LinkOptions) ([]Link, error) {
	var out []Link
	limit := opt.Limit
	opt.Limit = 0 // applied after ordering, so typed statements are kept first
	err := walkLinks(ctx, newWalker(qs), entity, opt, func(depth int, from quad.Value, _ rawEdge, edge Edge) {
		dir := "out"
		if edge.From.IRI != ValueText(from) {
			dir = "in"
		}
		out = append(out, Link{Edge: edge, Depth: depth, Direction: dir})
	})
	// Within a hop, typed statements come before mere co-mentions: they
	// say how two things are linked, not only that they were named together.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Depth != out[j].Depth {
			return out[i].Depth < out[j].Depth
		}
		return !isCoMention(out[i].Edge) && isCoMention(out[j].Edge)
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, err
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
	f := newFilter(opt)
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
				if isNode(other) && !visited[other] {
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
type filter struct {
	preds map[string]bool
	types []string
	doc   string
}

func newFilter(opt LinkOptions) filter {
	f := filter{types: opt.Types}
	if len(opt.Predicates) > 0 {
		f.preds = map[string]bool{}
		for _, p := range opt.Predicates {
			if sp, ok := schema.LookupPredicate(p); ok {
				f.preds[string(sp.IRI)] = true
			} else if iri, ok := asIRI(p); ok {
				f.preds[string(iri)] = true
			} else {
				f.preds[p] = true
			}
		}
	}
	if opt.Document != "" {
		f.doc = opt.Document
		if _, ok := asIRI(opt.Document); !ok {
			f.doc = string(schema.DocumentIRI(opt.Document))
		} else {
			iri, _ := asIRI(opt.Document)
			f.doc = string(iri)
		}
	}
	return f
}

// keep describes e when it passes the filters.
func (f filter) keep(ctx context.Context, w *walker, e rawEdge, other quad.Value) (Edge, bool) {
	if f.preds != nil && !f.preds[ValueText(e.p)] {
		return Edge{}, false
	}
	if len(f.types) > 0 {
		t := w.node(ctx, other).Type
		match := false
		for _, want := range f.types {
			if strings.EqualFold(t, want) || schema.IsA(t, canonicalType(want)) {
				match = true
			}
		}
		if !match {
			return Edge{}, false
		}
	}
	edge := w.edge(ctx, e)
	if f.doc != "" {
		var kept []Evidence
		for _, ev := range edge.Evidence {
			if ev.Document == f.doc {
				kept = append(kept, ev)
			}
		}
		if len(kept) == 0 {
			return Edge{}, false
		}
		edge.Evidence = kept
	}
	return edge, true
}

// canonicalType maps a type as typed ("armedgroup") to its schema name.
func canonicalType(t string) string {
	for _, st := range schema.Types() {
		if strings.EqualFold(st.Name, t) {
			return st.Name
		}
	}
	return t
}
