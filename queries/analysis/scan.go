package analysis

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/schema"
)

// scanned is a statement as the scan found it: one per subject, predicate
// and object, with every label that carries it.
type scanned struct {
	s, p, o quad.Value
	labels  []quad.Value
}

// scan is what one pass over every quad of the store learns: the linking
// statements the options keep, and what names and types entities and what
// dates documents have, and which sentence and document each label cites.
type scan struct {
	stmts     []scanned
	names     map[quad.Value]string
	types     map[quad.Value]string
	dates     map[quad.Value]string     // document -> date published
	sentence  map[quad.Value]quad.Value // evidence node -> sentence
	document  map[quad.Value]quad.Value // sentence -> document
	extracted map[quad.Value]bool       // evidence nodes of extracted facts
}

// label says which sentence and document a quad label cites: a curated
// fact's label is its sentence, an extracted fact's an evidence node that
// points to it.
func (sc *scan) label(l quad.Value) labelInfo {
	info := labelInfo{sentence: l, curated: !sc.extracted[l]}
	if s, ok := sc.sentence[l]; ok {
		info.sentence = s
	}
	info.doc = sc.document[info.sentence]
	return info
}

// scanStore reads every quad once. Values are decoded once per node, by
// the store's key, since the same few nodes recur in most quads.
func scanStore(ctx context.Context, qs queries.Reader, opt Options) (*scan, error) {
	sc := &scan{
		names: map[quad.Value]string{}, types: map[quad.Value]string{}, dates: map[quad.Value]string{},
		sentence: map[quad.Value]quad.Value{}, document: map[quad.Value]quad.Value{}, extracted: map[quad.Value]bool{},
	}
	preds := queries.PredicateSet(opt.Predicates)
	values := map[any]quad.Value{}
	byKey := map[[3]quad.Value]int{}
	it := graph.Interruptible(qs.QuadsAllIterator().Iterate())
	defer it.Close()
	for it.Next(ctx) {
		var q [4]quad.Value
		for i, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
			r, err := qs.QuadDirection(it.Result(), d)
			if err != nil {
				return nil, fmt.Errorf("read quad: %w", err)
			} else if r == nil {
				continue
			}
			v, ok := values[r.Key()]
			if !ok {
				if v, err = qs.NameOf(r); err != nil {
					return nil, fmt.Errorf("read quad: %w", err)
				}
				values[r.Key()] = v
			}
			q[i] = v
		}
		if sc.describes(q) || !keepStatement(q, opt.Tier, preds) {
			continue
		}
		k := [3]quad.Value{q[0], q[1], q[2]}
		i, ok := byKey[k]
		if !ok {
			i = len(sc.stmts)
			byKey[k] = i
			sc.stmts = append(sc.stmts, scanned{s: q[0], p: q[1], o: q[2]})
		}
		if q[3] != nil {
			sc.stmts[i].labels = append(sc.stmts[i].labels, q[3])
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read quads: %w", err)
	}
	return sc, nil
}

// describes records what a quad says about a node, a label or a document,
// and reports whether it was such a quad.
func (sc *scan) describes(q [4]quad.Value) bool {
	iri, ok := q[1].(quad.IRI)
	if !ok || queries.IsLinkPredicate(iri) {
		return false
	}
	switch iri {
	case schema.Name:
		if _, seen := sc.names[q[0]]; !seen {
			sc.names[q[0]] = queries.ValueText(q[2])
		}
	case schema.RDFType:
		if t, ok := q[2].(quad.IRI); ok {
			if st, ok := schema.LookupType(string(t)); ok {
				sc.types[q[0]] = st.Name
			}
		}
	case schema.DatePublished:
		sc.dates[q[0]] = queries.ValueText(q[2])
	case schema.InSentence:
		sc.sentence[q[0]] = q[2]
	case schema.InDocument:
		sc.document[q[0]] = q[2]
	case schema.Origin:
		sc.extracted[q[0]] = queries.ValueText(q[2]) != "curated"
	}
	return true
}

// keepStatement reports whether a linking quad belongs in the view: both
// ends are nodes, distinct, and its predicate is in the tier and filter.
func keepStatement(q [4]quad.Value, tier Tier, preds map[string]bool) bool {
	if !queries.IsNode(q[0]) || !queries.IsNode(q[2]) || q[0] == q[2] {
		return false
	}
	if preds != nil && !preds[queries.ValueText(q[1])] {
		return false
	}
	return tierOf(q[1]) <= tier
}

// tierOf says which tier a predicate belongs to.
func tierOf(p quad.Value) Tier {
	if p == coMention {
		return TierAll
	}
	if iri, ok := p.(quad.IRI); ok {
		if _, known := schema.LookupPredicate(string(iri)); known {
			return TierTyped
		}
	}
	return TierOpen
}
