package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/schema"
)

// Entities lists every node that has a schema:name and one of kg's entity
// types, sorted by name. With types given, only entities of those types (or
// their subtypes) are listed.
func Entities(ctx context.Context, qs Reader, types ...string) ([]schema.Entity, error) {
	ents, _, err := entityNodes(ctx, qs, types)
	return ents, err
}

// entityNodes is Entities with each entity's node as stored.
func entityNodes(ctx context.Context, qs Reader, types []string) ([]schema.Entity, []Node, error) {
	s := newSession(qs)
	// From kg's classes through the store's object index, class by class:
	// the cost is the number of typed nodes, not the size of the store.
	// (One path from all the classes, or a Has(name) step, lets Cayley's
	// optimiser scan every quad instead.)
	var typed []quad.Value
	for _, t := range schema.Types() {
		err := graph.EachQuad(ctx, qs, quad.Object, t.IRI, func(q quad.Quad) error {
			if q.Predicate == schema.RDFType {
				typed = append(typed, q.Subject)
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("list entities: %w", err)
		}
	}
	var out []schema.Entity
	var nodes []Node
	for _, v := range uniqueValues(typed) {
		if s.firstOut(ctx, v, schema.Name) == nil {
			continue
		}
		n := s.node(ctx, v)
		if _, kgType := schema.LookupType(n.Type); !kgType || n.Type == "Document" {
			continue
		}
		if len(types) > 0 && !TypeMatches(n.Type, types) {
			continue
		}
		e := schema.Entity{IRI: n.IRI, ID: n.ID, Name: n.Name, Type: n.Type, Aliases: []string{}}
		aliases, err := path.StartPath(qs, v).Out(schema.AlternateName).Iterate(ctx).AllValues(qs)
		if err != nil {
			return nil, nil, fmt.Errorf("list aliases of %s: %w", n.Name, err)
		}
		for _, a := range uniqueValues(aliases) {
			e.Aliases = append(e.Aliases, ValueText(a))
		}
		sort.Strings(e.Aliases)
		if d := s.firstOut(ctx, v, schema.Description); d != nil {
			e.Description = ValueText(d)
		}
		out = append(out, e)
		nodes = append(nodes, n)
	}
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := out[order[i]], out[order[j]]
		if !strings.EqualFold(a.Name, b.Name) {
			return strings.ToLower(a.Name) < strings.ToLower(b.Name)
		}
		return a.IRI < b.IRI
	})
	ents, ns := make([]schema.Entity, len(out)), make([]Node, len(out))
	for i, k := range order {
		ents[i], ns[i] = out[k], nodes[k]
	}
	return ents, ns, nil
}

// Stats is a summary of the store.
type Stats struct {
	Quads       int64          `json:"quads"`
	Entities    int            `json:"entities"`
	Documents   int            `json:"documents"`
	Sentences   int            `json:"sentences"`
	Statements  int            `json:"statements"` // distinct link statements
	ByType      map[string]int `json:"by_type"`
	ByPredicate map[string]int `json:"by_predicate"`
}

// Summarize counts what the store holds: quads (from the store's counter),
// documents, sentences, kg's entities by type and their statements by
// predicate. It reads kg's part of the store only.
func Summarize(ctx context.Context, qs Reader) (Stats, error) {
	st := Stats{ByType: map[string]int{}, ByPredicate: map[string]int{}}
	n, err := countQuads(ctx, qs)
	if err != nil {
		return st, err
	}
	st.Quads = n
	ents, err := Entities(ctx, qs)
	if err != nil {
		return st, err
	}
	st.Entities = len(ents)
	for _, e := range ents {
		st.ByType[e.Type]++
	}
	for _, c := range []struct {
		class quad.IRI
		n     *int
	}{{schema.DocumentClass, &st.Documents}, {schema.SentenceClass, &st.Sentences}} {
		n, err := path.StartPath(qs, c.class).In(schema.RDFType).Unique().Iterate(ctx).Count()
		if err != nil {
			return st, fmt.Errorf("count %s: %w", schema.Shorten(c.class), err)
		}
		*c.n = int(n)
	}
	// The statements of kg's entities, read entity by entity through the
	// subject index, so quads that are none of kg's cost nothing.
	seen := map[[3]quad.Value]bool{}
	count := func(q quad.Quad) error {
		k := [3]quad.Value{q.Subject, q.Predicate, q.Object}
		if !IsLinkPredicate(q.Predicate) || seen[k] {
			return nil
		}
		seen[k] = true
		name, _, _ := DescribePredicate(q.Predicate)
		st.ByPredicate[name]++
		st.Statements++
		return nil
	}
	for _, e := range ents {
		if err := graph.EachQuad(ctx, qs, quad.Subject, quad.IRI(e.IRI), count); err != nil {
			return st, err
		}
	}
	return st, nil
}

// countQuads returns the number of quads in qs from the store's counter,
// exact: an exact count of nodes would read the whole store.
func countQuads(ctx context.Context, qs Reader) (int64, error) {
	st, err := qs.Stats(ctx, false)
	if err == nil && !st.Quads.Exact {
		st, err = qs.Stats(ctx, true)
	}
	if err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	return st.Quads.Value, nil
}
