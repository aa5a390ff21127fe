package queries

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"
)

// rawEdge is one stored statement (all quads with the same subject,
// predicate and object) with the labels that carry it.
type rawEdge struct {
	s, p, o quad.Value
	labels  []quad.Value
}

// other returns the end of e that is not v.
func (e rawEdge) other(v quad.Value) quad.Value {
	if e.s == v {
		return e.o
	}
	return e.s
}

// walker reads and caches the link edges around nodes.
type walker struct {
	*session
	adj map[quad.Value][]rawEdge
}

func newWalker(qs Reader) *walker {
	return &walker{session: newSession(qs), adj: map[quad.Value][]rawEdge{}}
}

// edges returns every link statement with v as subject or object, in a
// stable order.
func (w *walker) edges(ctx context.Context, v quad.Value) ([]rawEdge, error) {
	if es, ok := w.adj[v]; ok {
		return es, nil
	}
	type key struct{ s, p, o quad.Value }
	index := map[key]int{}
	var out []rawEdge
	collect := func(q quad.Quad) {
		if !IsLinkPredicate(q.Predicate) {
			return
		}
		k := key{q.Subject, q.Predicate, q.Object}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, rawEdge{s: q.Subject, p: q.Predicate, o: q.Object})
		}
		if q.Label != nil {
			out[i].labels = append(out[i].labels, q.Label)
		}
	}
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		if err := eachQuad(ctx, w.qs, d, v, collect); err != nil {
			return nil, fmt.Errorf("read links of %v: %w", v, err)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.p.String() != b.p.String() {
			return a.p.String() < b.p.String()
		}
		if a.s.String() != b.s.String() {
			return a.s.String() < b.s.String()
		}
		return a.o.String() < b.o.String()
	})
	w.adj[v] = out
	return out, nil
}

// edge describes a raw edge for answers, with its evidence.
func (w *walker) edge(ctx context.Context, e rawEdge) Edge {
	name, label, inverse := describePredicate(e.p)
	out := Edge{From: w.node(ctx, e.s), Predicate: name, Label: label, Inverse: inverse, Evidence: []Evidence{}}
	if isNode(e.o) {
		out.To = w.node(ctx, e.o)
	} else {
		out.Value = valueString(e.o)
		out.To = Node{Name: out.Value}
	}
	for _, l := range e.labels {
		out.Evidence = append(out.Evidence, w.evidenceFor(ctx, l))
	}
	sort.Slice(out.Evidence, func(i, j int) bool {
		a, b := out.Evidence[i], out.Evidence[j]
		if a.Document != b.Document {
			return a.Document < b.Document
		}
		return a.Sentence < b.Sentence
	})
	return out
}

// isNode reports whether v can be walked through: IRIs and blank nodes, not
// literals.
func isNode(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.BNode:
		return true
	}
	return false
}
