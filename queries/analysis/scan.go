package analysis

import (
	"context"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
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
// the store's key, since the same few nodes recur in most quads, and only
// for the quads of predicates the view uses.
func scanStore(ctx context.Context, qs queries.Reader, opt Options) (*scan, error) {
	sc := &scan{
		names: map[quad.Value]string{}, types: map[quad.Value]string{}, dates: map[quad.Value]string{},
		sentence: map[quad.Value]quad.Value{}, document: map[quad.Value]quad.Value{}, extracted: map[quad.Value]bool{},
	}
	preds := queries.PredicateSet(opt.Predicates)
	values := map[any]quad.Value{}
	roles := map[any]role{} // by predicate ref
	value := func(r cgraph.Ref) (quad.Value, error) {
		v, ok := values[r.Key()]
		if !ok {
			var err error
			if v, err = qs.NameOf(r); err != nil {
				return nil, fmt.Errorf("read quad: %w", err)
			}
			values[r.Key()] = v
		}
		return v, nil
	}
	byKey := map[[3]any]int{} // statements by the store's keys of subject, predicate and object
	it := graph.Interruptible(qs.QuadsAllIterator().Iterate())
	defer it.Close()
	for it.Next(ctx) {
		pr, err := qs.QuadDirection(it.Result(), quad.Predicate)
		if err != nil || pr == nil {
			return nil, fmt.Errorf("read quad: %v", err)
		}
		rl, ok := roles[pr.Key()]
		if !ok {
			p, err := value(pr)
			if err != nil {
				return nil, err
			}
			rl = roleOf(p, opt.Tier, preds)
			roles[pr.Key()] = rl
		}
		if rl == ignored {
			continue
		}
		var q [4]quad.Value
		var keys [3]any
		for i, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
			r, err := qs.QuadDirection(it.Result(), d)
			if err != nil {
				return nil, fmt.Errorf("read quad: %w", err)
			} else if r == nil || (d == quad.Label && rl == describing) {
				continue
			}
			if i < 3 {
				keys[i] = r.Key()
			}
			if q[i], err = value(r); err != nil {
				return nil, err
			}
		}
		if rl == describing {
			sc.describe(q)
			continue
		}
		if !isEntity(q[0]) || !isEntity(q[2]) || q[0] == q[2] {
			continue
		}
		i, ok := byKey[keys]
		if !ok {
			i = len(sc.stmts)
			byKey[keys] = i
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

// isEntity reports whether v is a node the view holds: an IRI or a blank
// node, but not one of kg's documents or sentences (a claim's sentence is
// attributed to its speaker; the sentence is evidence, not an actor).
func isEntity(v quad.Value) bool {
	if iri, ok := v.(quad.IRI); ok && strings.HasPrefix(string(iri), schema.DocumentNS) {
		return false
	}
	return queries.IsNode(v)
}

// role is what the scan does with the quads of a predicate.
type role int

const (
	ignored    role = iota // neither a link the view keeps nor a description it reads
	describing             // names, types, dates, evidence
	linking                // a statement the view keeps, if it joins two nodes
)

// described are the predicates whose quads the scan reads to describe
// entities, labels and documents.
var described = map[quad.IRI]bool{
	schema.Name: true, schema.RDFType: true, schema.DatePublished: true,
	schema.InSentence: true, schema.InDocument: true, schema.Origin: true,
}

// roleOf decides once per predicate what its quads are for.
func roleOf(p quad.Value, tier Tier, preds map[string]bool) role {
	if iri, ok := p.(quad.IRI); ok && described[iri] {
		return describing
	}
	if !queries.IsLinkPredicate(p) || tierOf(p) > tier || (preds != nil && !preds[queries.ValueText(p)]) {
		return ignored
	}
	return linking
}

// describe records what a quad says about a node, a label or a document.
func (sc *scan) describe(q [4]quad.Value) {
	switch q[1] {
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
