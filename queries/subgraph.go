package queries

import (
	"context"
	"slices"

	"github.com/cayleygraph/quad"
)

// LinkQuads returns the stored quads of the statements Links returns for the
// same arguments: every quad, one per label, of each statement within
// opt.Depth hops of the entity. Unlike Links it keeps values as stored (typed
// literals stay typed), for exporting; it does not describe the nodes. With
// opt.Document set, only the quads labelled with evidence in that document
// are returned.
func LinkQuads(ctx context.Context, qs Reader, entity quad.Value, opt LinkOptions) ([]quad.Quad, error) {
	var out []quad.Quad
	w := newWalker(qs, opt.Scope)
	err := walkLinks(ctx, w, entity, opt, func(_ int, _ quad.Value, e rawEdge) {
		out = append(out, w.withLabelValues(e).quads()...)
	})
	return out, err
}

// PathQuads returns the stored quads of the statements on the paths Paths
// returns between a and b: their union, one quad per label.
func PathQuads(ctx context.Context, qs Reader, a, b quad.Value, opt PathOptions) ([]quad.Quad, error) {
	paths, err := Paths(ctx, qs, a, b, opt)
	if err != nil {
		return nil, err
	}
	seen := map[quad.Quad]bool{}
	var out []quad.Quad
	for _, p := range paths {
		for _, hop := range p.Hops {
			for _, e := range hop {
				for _, q := range e.Quads() {
					if !seen[q] {
						seen[q] = true
						out = append(out, q)
					}
				}
			}
		}
	}
	return out, nil
}

// Quads returns the statement an Edge describes as its stored quads, values
// as stored (typed literals stay typed), one quad per label of the evidence
// the edge carries: a document filter that kept part of the evidence keeps
// only those labels.
func (e Edge) Quads() []quad.Quad {
	r := e.raw
	if len(r.labels) == 0 {
		return r.quads()
	}
	keep := map[string]bool{}
	for _, ev := range e.Evidence {
		keep[ev.IRI] = true
	}
	r.labels = slices.DeleteFunc(slices.Clone(r.labels), func(l labelRef) bool { return !keep[ValueText(l.value)] })
	if len(r.labels) == 0 {
		return nil
	}
	return r.quads()
}

// quads returns a statement as its stored quads, one per label, with the
// labels' values read (see session.withLabelValues).
func (e rawEdge) quads() []quad.Quad {
	if len(e.labels) == 0 {
		return []quad.Quad{{Subject: e.s, Predicate: e.p, Object: e.o}}
	}
	out := make([]quad.Quad, len(e.labels))
	for i, l := range e.labels {
		out[i] = quad.Quad{Subject: e.s, Predicate: e.p, Object: e.o, Label: l.value}
	}
	return out
}
