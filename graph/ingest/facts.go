package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/schema"
)

// storedFact is a relation the store holds and the id of the document
// that states it ("" for none).
type storedFact struct {
	doc string
	st  schema.Statement
}

// storedFacts reads the relations the store holds of its events, both
// ways (who conducted each, what it targeted, where its troops went), and
// where its places are (locatedIn): the extractor tells a new mention
// from a known event by them (extract.Options.Facts).
func storedFacts(ctx context.Context, qs cgraph.QuadStore, stored []schema.Entity) ([]storedFact, error) {
	var out []storedFact
	keep := func(q quad.Quad) error {
		if st, ok := relation(q); ok {
			out = append(out, storedFact{doc: labelDocument(q.Label), st: st})
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

// labelDocument is the id of the document a quad's label (a sentence or
// an evidence node of one, schema.SentenceIRI) belongs to, or "".
func labelDocument(label quad.Value) string {
	iri, ok := label.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), schema.DocumentNS) {
		return ""
	}
	doc, _, _ := strings.Cut(string(iri)[len(schema.DocumentNS):], "#")
	return doc
}

// factsBesides are the facts of every document but doc, after the
// statements given first: what a document's own earlier version stated
// must not shape how it is read again, or a second ingest would differ
// from the first.
func factsBesides(first []schema.Statement, facts []storedFact, doc string) []schema.Statement {
	out := slices.Clone(first)
	for _, f := range facts {
		if f.doc != doc {
			out = append(out, f.st)
		}
	}
	return out
}
