package ingest

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/schema"
)

// ownEntities returns the IRIs of the entities that only document doc
// defines in qs: every rdf:type quad of theirs carries its label. They are
// what an earlier ingest of the same document made, so a second ingest
// reads the document without them, as the first did; otherwise a name the
// document defines late (an event) was found known in its earlier sentences,
// and re-ingesting a long file changed it. It walks the references of the
// document's quads, reading values only for its type statements, so it
// costs in proportion to the document.
func ownEntities(ctx context.Context, qs cgraph.QuadStore, doc string) (map[quad.Value]bool, error) {
	label, err := qs.ValueOf(schema.DocumentIRI(doc))
	if err != nil || label == nil {
		return nil, err
	}
	typ, err := qs.ValueOf(schema.RDFType)
	if err != nil || typ == nil {
		return nil, err
	}
	var defined []cgraph.Ref
	err = eachRef(ctx, qs, quad.Label, label, func(ref cgraph.Ref) error {
		if p, err := qs.QuadDirection(ref, quad.Predicate); err != nil || !sameRef(p, typ) {
			return err
		}
		s, err := qs.QuadDirection(ref, quad.Subject)
		defined = append(defined, s)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read the entities of %s: %w", doc, err)
	}
	own := map[quad.Value]bool{}
	for _, s := range defined {
		elsewhere := false
		err := eachRef(ctx, qs, quad.Subject, s, func(ref cgraph.Ref) error {
			p, err := qs.QuadDirection(ref, quad.Predicate)
			if err != nil || !sameRef(p, typ) {
				return err
			}
			l, err := qs.QuadDirection(ref, quad.Label)
			elsewhere = elsewhere || !sameRef(l, label)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("read the entities of %s: %w", doc, err)
		}
		if !elsewhere {
			v, err := qs.NameOf(s)
			if err != nil {
				return nil, fmt.Errorf("read the entities of %s: %w", doc, err)
			}
			own[v] = true
		}
	}
	return own, nil
}

// eachRef calls fn with the reference of every quad of qs whose direction
// d is the node v.
func eachRef(ctx context.Context, qs cgraph.QuadStore, d quad.Direction, v cgraph.Ref, fn func(cgraph.Ref) error) error {
	it := graph.Interruptible(qs.QuadIterator(d, v).Iterate())
	defer it.Close()
	for it.Next(ctx) {
		if err := fn(it.Result()); err != nil {
			return err
		}
	}
	return it.Err()
}

// sameRef reports whether a and b name the same node.
func sameRef(a, b cgraph.Ref) bool {
	return a != nil && b != nil && a.Key() == b.Key()
}

// withoutEntities is known less the entities whose IRIs are in drop, but
// a curated entity is known whatever the store holds: as the seeds alone
// define it, without the names the dropped document gave it (an event the
// first ingest renamed to the seeds' one, "Attack in Kirkuk", must not be
// matched by that name the second time, or the second reads it apart).
func withoutEntities(known []schema.Entity, drop map[quad.Value]bool, curated map[string]schema.Entity) []schema.Entity {
	if len(drop) == 0 {
		return known
	}
	var out []schema.Entity
	for _, e := range known {
		if !drop[schema.EntityIRI(e.ID)] {
			out = append(out, e)
		} else if c, ok := curated[e.ID]; ok {
			out = append(out, c)
		}
	}
	return out
}
