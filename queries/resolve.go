package queries

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/schema"
)

// Resolution is the entity a name was taken to mean, and how.
type Resolution struct {
	Node
	Query string `json:"query"`
	How   string `json:"how"` // "iri", "name", "alias", "folded", "title" or "nearest"
}

// Resolve finds the entity a name means: an IRI (<...>, http..., or
// prefixed as id:quds-force), an entity id, or a name as schema.Names
// resolves it against every name and alias in the store (exactly, ignoring
// case and punctuation, without titles, by spelling, or the nearest name
// when no other comes close). Otherwise it returns a
// *schema.NotFoundError with the nearest names or a *schema.AmbiguousError.
func Resolve(ctx context.Context, qs Reader, name string) (Resolution, error) {
	s := newSession(qs)
	return s.resolve(ctx, name)
}

func (s *session) resolve(ctx context.Context, name string) (Resolution, error) {
	q := strings.TrimSpace(name)
	if q == "" {
		return Resolution{}, &schema.NotFoundError{Query: name}
	}
	if iri, ok := asIRI(q); ok {
		if s.exists(ctx, iri) {
			return Resolution{Node: s.node(ctx, iri), Query: name, How: "iri"}, nil
		}
		return Resolution{}, &schema.NotFoundError{Query: name}
	}
	if id := schema.EntityIRI(q); !strings.ContainsAny(q, " /<>") && s.exists(ctx, id) {
		return Resolution{Node: s.node(ctx, id), Query: name, How: "iri"}, nil
	}
	// Exact names, then exact aliases, straight from the store's index:
	// most names are given as written, and reading every name in a large
	// store for them would be slow. The name index decides the same.
	for _, p := range []struct {
		pred quad.IRI
		how  string
	}{{schema.Name, schema.ByName}, {schema.AlternateName, schema.ByAlias}} {
		vals, err := path.StartPath(s.qs, quad.String(q)).In(p.pred).Iterate(ctx).AllValues(s.qs)
		if err != nil {
			return Resolution{}, fmt.Errorf("resolve %q: %w", name, err)
		}
		if vals = uniqueValues(vals); len(vals) == 1 {
			return Resolution{Node: s.node(ctx, vals[0]), Query: name, How: p.how}, nil
		}
	}
	names, err := LoadNames(ctx, s.qs)
	if err != nil {
		return Resolution{}, fmt.Errorf("resolve %q: %w", name, err)
	}
	m, err := names.Resolve(q)
	if err != nil {
		return Resolution{}, s.describe(ctx, names, err, name)
	}
	return Resolution{Node: s.node(ctx, names.nodes[m.Index]), Query: name, How: m.How}, nil
}

// describe completes the candidates of an ambiguity, or the nearest names
// of a miss, with their types and restores the query as given.
func (s *session) describe(ctx context.Context, names *Names, err error, query string) error {
	var amb *schema.AmbiguousError
	var nf *schema.NotFoundError
	switch {
	case errors.As(err, &amb):
		for i, c := range amb.Candidates {
			n := s.node(ctx, names.node(c))
			amb.Candidates[i].Name, amb.Candidates[i].Type = n.Name, n.Type
		}
		amb.Query = query
	case errors.As(err, &nf):
		for i, c := range nf.Candidates {
			nf.Candidates[i].Type = s.node(ctx, names.node(c)).Type
		}
		nf.Query = query
	}
	return err
}

// Names is the store's name index: schema.Names over every node that has
// a schema:name or schema:alternateName, with the node each entry is.
type Names struct {
	*schema.Names
	nodes []quad.Value          // by position in the index
	byIRI map[string]quad.Value // by schema.Entity.IRI
}

// LoadNames reads every name and alias in the store into a name index.
func LoadNames(ctx context.Context, qs Reader) (*Names, error) {
	var ents []schema.Entity
	var nodes []quad.Value
	at := map[quad.Value]int{}
	for _, p := range []quad.IRI{schema.Name, schema.AlternateName} {
		err := graph.EachQuad(ctx, qs, quad.Predicate, p, func(q quad.Quad) error {
			i, ok := at[q.Subject]
			if !ok {
				i = len(ents)
				at[q.Subject] = i
				nodes = append(nodes, q.Subject)
				e := schema.Entity{IRI: ValueText(q.Subject)}
				if iri, ok := q.Subject.(quad.IRI); ok {
					e.ID, _ = schema.EntityID(iri)
					e.Name = schema.Shorten(iri)
				}
				ents = append(ents, e)
			}
			if text := ValueText(q.Object); p == schema.Name && !ok {
				ents[i].Name = text
			} else {
				ents[i].Aliases = append(ents[i].Aliases, text)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read names: %w", err)
		}
	}
	byIRI := make(map[string]quad.Value, len(nodes))
	for i, v := range nodes {
		byIRI[ents[i].IRI] = v
	}
	return &Names{Names: schema.NewNames(ents), nodes: nodes, byIRI: byIRI}, nil
}

// node returns the store node an entity of the index is.
func (n *Names) node(e schema.Entity) quad.Value { return n.byIRI[e.IRI] }

// Candidates returns the entities a name could mean (schema.Names'
// Candidates), as nodes of the store.
func (n *Names) Candidates(query string) []quad.Value {
	var out []quad.Value
	for _, e := range n.Names.Candidates(query) {
		out = append(out, n.node(e))
	}
	return out
}

func (s *session) exists(ctx context.Context, v quad.Value) bool {
	ref, err := s.qs.ValueOf(v)
	return err == nil && ref != nil
}

// asIRI recognises a name written as an IRI.
func asIRI(q string) (quad.IRI, bool) {
	switch {
	case strings.HasPrefix(q, "<") && strings.HasSuffix(q, ">"):
		return quad.IRI(q[1 : len(q)-1]), true
	case strings.HasPrefix(q, "http://") || strings.HasPrefix(q, "https://"):
		return quad.IRI(q), true
	}
	if iri, ok := schema.Expand(q); ok && !strings.Contains(q, " ") {
		return iri, true
	}
	return "", false
}

func uniqueValues(vals []quad.Value) []quad.Value {
	seen := map[quad.Value]bool{}
	var out []quad.Value
	for _, v := range vals {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
