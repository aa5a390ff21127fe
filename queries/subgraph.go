package queries

import (
	"context"

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
	err := walkLinks(ctx, newWalker(qs, opt.Scope), entity, opt, func(_ int, _ quad.Value, e rawEdge, edge Edge) {
		out = append(out, rawQuads(e, edge)...)
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
	w := newWalker(qs, opt.Scope)
	seen := map[[3]quad.Value]bool{}
	var out []quad.Quad
	for _, p := range paths {
		for i, hop := range p.Hops {
			from := nodeValue(p.Nodes[i].IRI)
			es, err := w.edges(ctx, from)
			if err != nil {
				return nil, err
			}
			for _, pe := range hop {
				for _, e := range es {
					k := [3]quad.Value{e.s, e.p, e.o}
					if seen[k] || !sameEdge(e, pe) {
						continue
					}
					seen[k] = true
					out = append(out, rawQuads(e, Edge{})...)
				}
			}
		}
	}
	return out, nil
}

// rawQuads spells out a statement as its stored quads. When edge carries
// evidence (a document filter kept some of it), only those labels are kept;
// a zero edge keeps them all.
func rawQuads(e rawEdge, edge Edge) []quad.Quad {
	if len(e.labels) == 0 {
		return []quad.Quad{{Subject: e.s, Predicate: e.p, Object: e.o}}
	}
	var keep map[string]bool
	if edge.Evidence != nil {
		keep = map[string]bool{}
		for _, ev := range edge.Evidence {
			keep[ev.IRI] = true
		}
	}
	var out []quad.Quad
	for _, l := range e.labels {
		if keep != nil && !keep[ValueText(l)] {
			continue
		}
		out = append(out, quad.Quad{Subject: e.s, Predicate: e.p, Object: e.o, Label: l})
	}
	return out
}

// sameEdge reports whether the raw statement is the one an Edge describes.
func sameEdge(e rawEdge, pe Edge) bool {
	name, _, _ := DescribePredicate(e.p)
	return name == pe.Predicate && ValueText(e.s) == pe.From.IRI && isNode(e.o) && ValueText(e.o) == pe.To.IRI
}

// nodeValue turns a Node's IRI field back into the stored value.
func nodeValue(iri string) quad.Value {
	if len(iri) > 2 && iri[:2] == "_:" {
		return quad.BNode(iri[2:])
	}
	return quad.IRI(iri)
}
