package queries

import (
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// Filter is what a question keeps, as ParseFilter reads it from what people
// type: statements of some predicates, with an end of some types, with
// evidence in one document. Links, export and the analysis read their
// --predicate, --type and --doc through it.
type Filter struct {
	Predicates map[quad.Value]bool // predicate IRIs; nil keeps every predicate
	Types      []string            // schema type names; nil keeps every type
	Document   quad.IRI            // "" keeps every document
}

// ParseFilter reads predicates (schema names or labels, prefixed names, full
// IRIs), types (schema type names in any case, or their IRIs) and a document
// (an id or an IRI). A predicate or type kg does not know is an
// *UnknownPredicateError or *UnknownTypeError.
func ParseFilter(predicates, types []string, document string) (Filter, error) {
	var f Filter
	for _, p := range predicates {
		iri, err := PredicateIRI(p)
		if err != nil {
			return Filter{}, err
		}
		if f.Predicates == nil {
			f.Predicates = map[quad.Value]bool{}
		}
		f.Predicates[iri] = true
	}
	for _, t := range types {
		name, err := TypeName(t)
		if err != nil {
			return Filter{}, err
		}
		f.Types = append(f.Types, name)
	}
	if document != "" {
		f.Document = DocumentIRI(document)
	}
	return f, nil
}

// KeepsPredicate reports whether statements of predicate p pass the filter.
func (f Filter) KeepsPredicate(p quad.Value) bool { return f.Predicates == nil || f.Predicates[p] }

// KeepsType reports whether an end of type t (a schema type name) passes
// the filter: t is one of its types or a subtype of one.
func (f Filter) KeepsType(t string) bool {
	if len(f.Types) == 0 {
		return true
	}
	for _, want := range f.Types {
		if schema.IsA(t, want) {
			return true
		}
	}
	return false
}

// UnknownPredicateError says a predicate filter names nothing kg knows.
type UnknownPredicateError struct{ Name string }

func (e *UnknownPredicateError) Error() string {
	return fmt.Sprintf("unknown predicate %q: want one of %s, or a full IRI", e.Name, strings.Join(schema.PredicateNames(), ", "))
}

// UnknownTypeError says a type filter names no kg type.
type UnknownTypeError struct{ Name string }

func (e *UnknownTypeError) Error() string {
	return fmt.Sprintf("unknown type %q: want one of %s", e.Name, strings.Join(schema.TypeNames(), ", "))
}

// PredicateIRI resolves a predicate as typed on the command line: a schema
// name or label ("leads"), a prefixed name ("kg:leads") or a full IRI.
func PredicateIRI(name string) (quad.IRI, error) {
	if p, ok := schema.LookupPredicate(name); ok {
		return p.IRI, nil
	}
	if iri, ok := asIRI(name); ok {
		return iri, nil
	}
	return "", &UnknownPredicateError{Name: name}
}

// TypeName resolves a type as typed, in any case, to its schema name.
func TypeName(name string) (string, error) {
	for _, t := range schema.Types() {
		if strings.EqualFold(t.Name, name) || string(t.IRI) == name {
			return t.Name, nil
		}
	}
	return "", &UnknownTypeError{Name: name}
}

// DocumentIRI resolves a document as typed: an id or an IRI.
func DocumentIRI(doc string) quad.IRI {
	if iri, ok := asIRI(doc); ok {
		return iri
	}
	return schema.DocumentIRI(doc)
}

// PredicateSet maps predicates as people give them to the set of their
// IRIs, keeping a name PredicateIRI does not know as given (it then
// matches nothing); nil when none is given.
func PredicateSet(names []string) map[string]bool {
	if len(names) == 0 {
		return nil
	}
	set := map[string]bool{}
	for _, p := range names {
		if iri, err := PredicateIRI(p); err == nil {
			set[string(iri)] = true
		} else {
			set[p] = true
		}
	}
	return set
}

// TypeMatches reports whether type t is one of want or a subtype of one,
// types given in any case.
func TypeMatches(t string, want []string) bool {
	for _, w := range want {
		if name, err := TypeName(w); strings.EqualFold(t, w) || err == nil && schema.IsA(t, name) {
			return true
		}
	}
	return false
}
