package ingest

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/schema"
)

// storedFacts reads the relations the store holds of its events, both
// ways (who conducted each, what it targeted, where its troops went), and
// where its places are (locatedIn): the extractor tells a new mention
// from a known event by them (extract.Options.Facts).
func storedFacts(ctx context.Context, qs cgraph.QuadStore, stored []schema.Entity) ([]schema.Statement, error) {
	var out []schema.Statement
	keep := func(q quad.Quad) error {
		if st, ok := relation(q); ok {
			out = append(out, st)
		}
		return nil
	}
	for _, e := range stored {
		if e.Type != "Event" || e.ID == "" {
			continue
		}
		iri := schema.EntityIRI(e.ID)
		for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
			if err := graph.EachQuad(ctx, qs, dir, iri, keep); err != nil {
				return nil, fmt.Errorf("read facts of %s: %w", e.ID, err)
			}
		}
	}
	located, _ := schema.LookupPredicate("locatedIn")
	if err := graph.EachQuad(ctx, qs, quad.Predicate, located.IRI, keep); err != nil {
		return nil, fmt.Errorf("read places: %w", err)
	}
	return out, nil
}

// relation reads a quad as a relation between two of kg's entities.
func relation(q quad.Quad) (schema.Statement, bool) {
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return schema.Statement{}, false
	}
	pred, ok := schema.LookupPredicate(string(p))
	s, sok := q.Subject.(quad.IRI)
	o, ook := q.Object.(quad.IRI)
	if !ok || !sok || !ook || pred.IsAttribute() {
		return schema.Statement{}, false
	}
	subj, sok := schema.EntityID(s)
	obj, ook := schema.EntityID(o)
	if !sok || !ook {
		return schema.Statement{}, false
	}
	return schema.Statement{Subject: subj, Predicate: pred, Object: obj}, true
}
