package queries

import (
	"context"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// Describer describes nodes and statements for answers as Links and Paths
// do, for packages that find them some other way (the analysis reads the
// whole graph at once). It caches what it reads; use one per question.
type Describer struct{ w *walker }

// NewDescriber returns a Describer over qs.
func NewDescriber(qs Reader) *Describer { return &Describer{w: newWalker(qs, Scope{})} }

// Node describes v: its name and type.
func (d *Describer) Node(ctx context.Context, v quad.Value) Node { return d.w.node(ctx, v) }

// Statement describes the statement s p o carried by labels, with their
// evidence.
func (d *Describer) Statement(ctx context.Context, s, p, o quad.Value, labels []quad.Value) Edge {
	return d.w.edge(ctx, rawEdge{s: s, p: p, o: o, labels: labelRefs(labels)})
}

// Evidence describes one quad label: the sentence and document behind it.
func (d *Describer) Evidence(ctx context.Context, label quad.Value) Evidence {
	return d.w.evidenceFor(ctx, labelRef{value: label})
}

// NodeOf describes v with a name and type already known, as the analysis
// reads them for every entity at once: an entity without a name is named
// by its IRI, shortened.
func NodeOf(v quad.Value, name, typ string) Node {
	n := Node{IRI: ValueText(v), Name: name, Type: typ, value: v}
	if iri, ok := v.(quad.IRI); ok {
		n.ID, _ = schema.EntityID(iri)
		if n.Name == "" {
			n.Name = schema.Shorten(iri)
		}
	}
	if n.Name == "" {
		n.Name = n.IRI
	}
	return n
}
