package queries

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
)

// rawEdge is one stored statement (all quads with the same subject,
// predicate and object) with the labels that carry it.
type rawEdge struct {
	s, p, o quad.Value
	labels  []labelRef
}

// labelRef is a quad label as a walk reads it: by ref, its value read only
// for the statements an answer shows (a hub's statements carry thousands of
// labels; on SQL stores each value read is a query). Either may be nil, not
// both.
type labelRef struct {
	ref   cgraph.Ref
	value quad.Value
}

// labelRefs wraps label values.
func labelRefs(values []quad.Value) []labelRef {
	out := make([]labelRef, len(values))
	for i, v := range values {
		out[i] = labelRef{value: v}
	}
	return out
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
	adj   map[quad.Value][]rawEdge
	scope Scope // which evidence the walk sees
	// mostEvidence bounds the evidence described per statement (see
	// LinkOptions.Evidence); 0 describes all.
	mostEvidence int
}

func newWalker(qs Reader, scope Scope) *walker {
	return &walker{session: newSession(qs), adj: map[quad.Value][]rawEdge{}, scope: scope}
}

// eachQuad calls fn with every quad that has v in direction d, like
// graph.EachQuad but with the label as a ref (nil for none), reading the
// other values of a batch of quads at once and each once per walk: the
// quads of a hub share most of theirs.
func (w *walker) eachQuad(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad, cgraph.Ref)) error {
	ref, err := w.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	const batch = 1024
	spo := []quad.Direction{quad.Subject, quad.Predicate, quad.Object}
	refs := make([]cgraph.Ref, 0, batch*len(spo))
	var labels []cgraph.Ref
	flush := func() error {
		vals, err := w.values(ctx, refs)
		if err != nil {
			return err
		}
		for i, l := range labels {
			q := quad.Quad{Subject: vals[3*i], Predicate: vals[3*i+1], Object: vals[3*i+2]}
			fn(q, l)
		}
		refs, labels = refs[:0], labels[:0]
		return nil
	}
	it := graph.Interruptible(w.qs.QuadIterator(d, ref).Iterate())
	defer it.Close()
	for it.Next(ctx) {
		for _, dir := range spo {
			nr, err := w.qs.QuadDirection(it.Result(), dir)
			if err != nil {
				return err
			}
			refs = append(refs, nr)
		}
		l, err := w.qs.QuadDirection(it.Result(), quad.Label)
		if err != nil {
			return err
		}
		labels = append(labels, presentRef(l))
		if len(refs) == cap(refs) {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return flush()
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
	collect := func(q quad.Quad, label cgraph.Ref) {
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
		if label != nil {
			out[i].labels = append(out[i].labels, labelRef{ref: label})
		}
	}
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		if err := w.eachQuad(ctx, d, v, collect); err != nil {
			return nil, fmt.Errorf("read links of %v: %w", v, err)
		}
	}
	kept := out[:0]
	for _, e := range out {
		if e, ok := w.narrow(ctx, e); ok {
			kept = append(kept, e)
		}
	}
	out = kept
	sortEdges(out)
	w.adj[v] = out
	return out, nil
}

// sortEdges sorts edges by predicate, subject and object, as written in
// N-Quads, keeping the order of equal ones. Each value is written once, not
// once per comparison: a hub has tens of thousands of edges.
func sortEdges(es []rawEdge) {
	type keyed struct {
		p, s, o string
		e       rawEdge
	}
	ks := make([]keyed, len(es))
	for i, e := range es {
		ks[i] = keyed{e.p.String(), e.s.String(), e.o.String(), e}
	}
	sort.SliceStable(ks, func(i, j int) bool {
		a, b := &ks[i], &ks[j]
		if a.p != b.p {
			return a.p < b.p
		}
		if a.s != b.s {
			return a.s < b.s
		}
		return a.o < b.o
	})
	for i := range ks {
		es[i] = ks[i].e
	}
}

// edge describes a raw edge for answers, with its evidence.
func (w *walker) edge(ctx context.Context, e rawEdge) Edge {
	name, label, inverse := DescribePredicate(e.p)
	e = w.withLabelValues(e)
	out := Edge{From: w.node(ctx, e.s), Predicate: name, Label: label, Inverse: inverse, Evidence: []Evidence{}, raw: e}
	if IsNode(e.o) {
		out.To = w.node(ctx, e.o)
	} else {
		out.Value = ValueText(e.o)
		out.To = Node{Name: out.Value, value: e.o}
	}
	if w.mostEvidence > 0 && len(e.labels) > w.mostEvidence {
		return w.boundedEvidence(ctx, out, e.labels)
	}
	for _, l := range e.labels {
		out.Evidence = append(out.Evidence, w.evidenceFor(ctx, l))
	}
	sort.Slice(out.Evidence, func(i, j int) bool { return evidenceBefore(out.Evidence[i], out.Evidence[j]) })
	out.Sources = Corroboration(out.Evidence)
	return out
}

// boundedEvidence describes the first w.mostEvidence of labels by document
// and sentence, and counts the sources of all of them, from what ranking
// reads of each (document, sentence number, origin): a statement two hubs
// share has thousands of labels, and text answers quote one.
func (w *walker) boundedEvidence(ctx context.Context, out Edge, labels []labelRef) Edge {
	keys := make([]Evidence, len(labels))
	for i, l := range labels {
		keys[i] = w.evidenceKey(ctx, l)
	}
	order := make([]int, len(labels))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return evidenceBefore(keys[order[i]], keys[order[j]]) })
	for _, i := range order[:w.mostEvidence] {
		out.Evidence = append(out.Evidence, w.evidenceFor(ctx, labels[i]))
	}
	out.MoreEvidence = len(labels) - w.mostEvidence
	out.Sources = Corroboration(keys)
	out.bounded = &boundedRank{tier: tierOf(out.Predicate, len(keys), func(i int) string { return keys[i].Origin }), docs: out.Sources.Documents}
	return out
}

// evidenceBefore orders evidence curated first (what someone checked is
// what an answer quotes), then by document, then sentence.
func evidenceBefore(a, b Evidence) bool {
	if ac, bc := a.Origin == "curated", b.Origin == "curated"; ac != bc {
		return ac
	}
	if a.Document != b.Document {
		return a.Document < b.Document
	}
	return a.Sentence < b.Sentence
}

// presentRef returns r, or nil when it stands for no value: Cayley's SQL
// store gives an empty hash for a quad's missing label.
func presentRef(r cgraph.Ref) cgraph.Ref {
	if h, ok := r.(interface{ Valid() bool }); ok && !h.Valid() {
		return nil
	}
	return r
}

// withLabelValues returns e with its labels' values read.
func (s *session) withLabelValues(e rawEdge) rawEdge {
	labels := make([]labelRef, len(e.labels))
	for i, l := range e.labels {
		labels[i] = labelRef{ref: l.ref, value: s.labelValue(l)}
	}
	e.labels = labels
	return e
}

// IsNode reports whether v is a node statements can join and walks go
// through: an IRI or a blank node, not a literal.
func IsNode(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.BNode:
		return true
	}
	return false
}
