// Package export selects part of a kg store as quads and writes it out: as
// sorted N-Quads that diff cleanly and parse with any RDF tool, as JSON-LD,
// or as a drawing (Graphviz DOT, and SVG or PNG rendered in-process); the
// whole graph it streams as N-Quads in the store's order.
//
// A selection is the whole graph, the statements around an entity, the
// statements on the paths between two entities, or what one document
// states, narrowed by predicate and by entity type. Every selection also
// carries the rdf:type, schema:name and schema:alternateName quads of the
// entities it mentions, so an export is self-describing; with evidence, it
// carries the sentence and document nodes its labels point to, with their
// text.
//
// Errors: Select wraps the store's errors with what it was reading, and
// returns a *queries.UnknownPredicateError or *queries.UnknownTypeError for filters kg does
// not know and an *UnknownDocumentError (matching ErrUnknownDocument) naming
// the documents the store holds; writers fail on values their format cannot carry (a literal as a
// graph label in N-Quads, say) naming the quad.
package export

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/schema"
)

// Options say what Select takes from the store. At most one of Around,
// Between, Nodes and Document picks the statements (Document may also narrow
// Around and Between); with none of them, the whole graph is taken.
type Options struct {
	Around  quad.Value    // statements within Depth hops of this entity, both directions
	Depth   int           // hops for Around; 1 when 0
	Between [2]quad.Value // statements on the paths between these two entities
	MaxHops int           // longest path for Between; 4 when 0
	Paths   int           // most paths for Between; 100 when 0
	Nodes   []quad.Value  // statements among these nodes (both ends in the set), such as a query's answer

	Document   string   // statements with evidence in this document (id or IRI)
	Predicates []string // keep only statements of these predicates (schema names, kg:name or IRIs)
	Types      []string // keep only statements with an end of one of these types (or subtypes)

	// Scope keeps, with Around or Between, the statements known as of a
	// date and stated by enough documents.
	Scope queries.Scope

	WithEvidence bool // add the sentence and document nodes the labels point to
	NoLabels     bool // drop labels: triples only
}

// ErrNoSelection is returned when Between names only one end.
var ErrNoSelection = errors.New("between needs two entities")

// Select returns the quads opt picks from the store, without duplicates and
// in no particular order (writers sort).
func Select(ctx context.Context, qs cgraph.QuadStore, opt Options) ([]quad.Quad, error) {
	filter, err := queries.ParseFilter(opt.Predicates, opt.Types, opt.Document)
	if err != nil {
		return nil, err
	}
	r := &reader{qs: qs}
	var docLabels map[quad.Value]bool
	if filter.Document != "" {
		if docLabels, err = r.documentLabels(ctx, filter.Document); err != nil {
			return nil, err
		}
	}

	var stmts []quad.Quad
	switch {
	case opt.Around != nil:
		stmts, err = queries.LinkQuads(ctx, qs, opt.Around, queries.LinkOptions{Depth: opt.Depth, Predicates: opt.Predicates, Types: opt.Types, Document: string(filter.Document), Scope: opt.Scope})
	case opt.Between[0] != nil || opt.Between[1] != nil:
		if opt.Between[0] == nil || opt.Between[1] == nil {
			return nil, ErrNoSelection
		}
		paths := opt.Paths
		if paths <= 0 {
			paths = 100
		}
		stmts, err = queries.PathQuads(ctx, qs, opt.Between[0], opt.Between[1], queries.PathOptions{MaxHops: opt.MaxHops, Limit: paths, Scope: opt.Scope})
	case len(opt.Nodes) > 0:
		stmts, err = r.among(ctx, opt.Nodes)
	case opt.Document == "" && filter.Predicates == nil && filter.Types == nil:
		all, err := r.all(ctx)
		if err != nil {
			return nil, err
		}
		return finish(all, opt.NoLabels), nil
	default:
		stmts, err = r.statements(ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("select statements: %w", err)
	}

	// Narrow the statements.
	var kept []quad.Quad
	for _, q := range stmts {
		if !filter.KeepsPredicate(q.Predicate) {
			continue
		}
		if docLabels != nil && !docLabels[q.Label] {
			continue
		}
		if filter.Types != nil {
			ok, err := r.eitherEndIs(ctx, q, filter)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
		}
		kept = append(kept, q)
	}

	out := append([]quad.Quad(nil), kept...)
	// Describe every node the statements mention.
	nodes := map[quad.Value]bool{}
	for _, q := range kept {
		for _, v := range []quad.Value{q.Subject, q.Object} {
			if queries.IsNode(v) {
				nodes[v] = true
			}
		}
	}
	for _, v := range sortedValues(nodes) {
		desc, err := r.describe(ctx, v)
		if err != nil {
			return nil, err
		}
		out = append(out, desc...)
	}
	if opt.WithEvidence {
		ev, err := r.evidence(ctx, out)
		if err != nil {
			return nil, err
		}
		out = append(out, ev...)
	}
	return finish(out, opt.NoLabels), nil
}

// finish drops labels when asked and removes duplicates.
func finish(qs []quad.Quad, noLabels bool) []quad.Quad {
	seen := make(map[quad.Quad]bool, len(qs))
	out := qs[:0:0]
	for _, q := range qs {
		if noLabels {
			q.Label = nil
		}
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}

// describing are the predicates that make an export self-describing.
var describing = []quad.IRI{schema.RDFType, schema.Name, schema.AlternateName}

// evidencePredicates lead from a label to the nodes that explain it.
var evidencePredicates = map[quad.Value]bool{schema.InSentence: true, schema.InDocument: true}

// reader reads quads from the store and caches node types.
type reader struct {
	qs    cgraph.QuadStore
	types map[quad.Value][]string
}

// each calls fn for every quad whose direction d is v.
func (r *reader) each(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	return graph.EachQuad(ctx, r.qs, d, v, fn)
}

// all returns every quad in the store.
func (r *reader) all(ctx context.Context) ([]quad.Quad, error) {
	var out []quad.Quad
	err := graph.EachQuad(ctx, r.qs, quad.Any, nil, func(q quad.Quad) error {
		out = append(out, q)
		return nil
	})
	return out, err
}

// statements returns every quad that links things (not naming, typing or
// provenance).
func (r *reader) statements(ctx context.Context) ([]quad.Quad, error) {
	all, err := r.all(ctx)
	if err != nil {
		return nil, err
	}
	var out []quad.Quad
	for _, q := range all {
		if queries.IsLinkPredicate(q.Predicate) {
			out = append(out, q)
		}
	}
	return out, nil
}

// among returns the statements whose subject and object are both in nodes.
func (r *reader) among(ctx context.Context, nodes []quad.Value) ([]quad.Quad, error) {
	in := make(map[quad.Value]bool, len(nodes))
	for _, v := range nodes {
		in[v] = true
	}
	var out []quad.Quad
	for _, v := range nodes {
		err := r.each(ctx, quad.Subject, v, func(q quad.Quad) error {
			if in[q.Object] && queries.IsLinkPredicate(q.Predicate) {
				out = append(out, q)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// documentLabels returns the labels of the statements doc makes: its
// sentences and the evidence nodes that point to them.
func (r *reader) documentLabels(ctx context.Context, doc quad.IRI) (map[quad.Value]bool, error) {
	labels := map[quad.Value]bool{}
	err := r.each(ctx, quad.Object, doc, func(q quad.Quad) error {
		if q.Predicate == schema.InDocument {
			labels[q.Subject] = true
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read sentences of %s: %w", doc, err)
	}
	if len(labels) == 0 {
		known, err := r.documents(ctx)
		if err != nil {
			return nil, err
		}
		return nil, &UnknownDocumentError{Document: string(doc), Known: known}
	}
	for _, s := range sortedValues(labels) {
		err := r.each(ctx, quad.Object, s, func(q quad.Quad) error {
			if q.Predicate == schema.InSentence {
				labels[q.Subject] = true
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read evidence of %s: %w", s, err)
		}
	}
	return labels, nil
}

// ErrUnknownDocument is matched (errors.Is) by every UnknownDocumentError.
var ErrUnknownDocument = errors.New("no such document in the store")

// UnknownDocumentError says a document has no sentences in the store, and
// which documents it has.
type UnknownDocumentError struct {
	Document string   // the IRI asked for
	Known    []string // ids (or IRIs) of the documents the store holds
}

func (e *UnknownDocumentError) Error() string {
	if len(e.Known) == 0 {
		return fmt.Sprintf("no document %s in the store; it holds none", e.Document)
	}
	return fmt.Sprintf("no document %s in the store; it holds %s", e.Document, strings.Join(e.Known, ", "))
}

// Is makes errors.Is(err, ErrUnknownDocument) true.
func (e *UnknownDocumentError) Is(target error) bool { return target == ErrUnknownDocument }

// documents lists the documents in the store: their ids when kg minted them.
func (r *reader) documents(ctx context.Context) ([]string, error) {
	var out []string
	err := r.each(ctx, quad.Object, schema.DocumentClass, func(q quad.Quad) error {
		if q.Predicate != schema.RDFType {
			return nil
		}
		s := q.Subject.String()
		if iri, ok := q.Subject.(quad.IRI); ok {
			s = strings.TrimPrefix(string(iri), schema.DocumentNS)
		}
		out = append(out, s)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	sort.Strings(out)
	return out, nil
}

// describe returns the type and name quads of v.
func (r *reader) describe(ctx context.Context, v quad.Value) ([]quad.Quad, error) {
	var out []quad.Quad
	for _, p := range describing {
		err := r.each(ctx, quad.Subject, v, func(q quad.Quad) error {
			if q.Predicate == p {
				out = append(out, q)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// evidence returns every quad about the labels of qs and about the nodes
// those point to through kg:sentence and kg:document: evidence nodes,
// sentences with their text, documents with their headline.
func (r *reader) evidence(ctx context.Context, qs []quad.Quad) ([]quad.Quad, error) {
	todo := map[quad.Value]bool{}
	for _, q := range qs {
		if q.Label != nil && queries.IsNode(q.Label) {
			todo[q.Label] = true
		}
	}
	done := map[quad.Value]bool{}
	var out []quad.Quad
	for len(todo) > 0 {
		next := map[quad.Value]bool{}
		for _, v := range sortedValues(todo) {
			done[v] = true
			err := r.each(ctx, quad.Subject, v, func(q quad.Quad) error {
				out = append(out, q)
				if evidencePredicates[q.Predicate] && queries.IsNode(q.Object) && !done[q.Object] {
					next[q.Object] = true
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("read evidence: %w", err)
			}
		}
		todo = next
	}
	return out, nil
}

// typesOf returns the kg type names of v.
func (r *reader) typesOf(ctx context.Context, v quad.Value) ([]string, error) {
	if r.types == nil {
		r.types = map[quad.Value][]string{}
	}
	if t, ok := r.types[v]; ok {
		return t, nil
	}
	var names []string
	err := r.each(ctx, quad.Subject, v, func(q quad.Quad) error {
		if q.Predicate != schema.RDFType {
			return nil
		}
		if iri, ok := q.Object.(quad.IRI); ok {
			if t, ok := schema.LookupType(string(iri)); ok {
				names = append(names, t.Name)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	r.types[v] = names
	return names, nil
}

// eitherEndIs reports whether the subject or object of q has a type the
// filter keeps.
func (r *reader) eitherEndIs(ctx context.Context, q quad.Quad, filter queries.Filter) (bool, error) {
	for _, v := range []quad.Value{q.Subject, q.Object} {
		if !queries.IsNode(v) {
			continue
		}
		have, err := r.typesOf(ctx, v)
		if err != nil {
			return false, err
		}
		for _, h := range have {
			if filter.KeepsType(h) {
				return true, nil
			}
		}
	}
	return false, nil
}

func sortedValues(m map[quad.Value]bool) []quad.Value {
	out := make([]quad.Value, 0, len(m))
	for v := range m {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}
