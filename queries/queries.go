// Package queries answers analysts' questions over a kg store: which entity
// a name means (Resolve), what an entity is linked to (Links), how two
// entities are connected (Paths), what the store holds (Entities, Stats).
// Every edge it returns carries its evidence: the document and the sentence
// that state it.
//
// Entity look-ups run on Cayley's query/path; edge walks read quads directly
// from the store's indexes, since a path cannot return a quad's label, and
// the label is the evidence.
//
// Names resolve through schema's one name matcher (schema.Names) over the
// store's names and aliases (LoadNames), so the CLI, the server and Gizmo's
// kg.entity agree. A name that matches nothing returns a
// *schema.NotFoundError (matching schema.ErrEntityNotFound) listing the
// nearest names; a name that matches several entities returns a
// *schema.AmbiguousError.
package queries

import (
	"context"
	"strconv"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// Node is an entity (or any other node) as answers show it.
type Node struct {
	IRI  string `json:"iri"`
	ID   string `json:"id,omitempty"`   // entity id when the IRI is kg's
	Name string `json:"name"`           // schema:name, or the IRI shortened
	Type string `json:"type,omitempty"` // schema type name, or the class IRI

	value quad.Value // as stored
}

// Value returns the node as the store holds it, to ask further questions
// of: the IRI or blank node, never parsed back from its text.
func (n Node) Value() quad.Value { return n.value }

// Evidence is where a statement comes from.
type Evidence struct {
	IRI        string  `json:"iri"`                  // the quad label
	Document   string  `json:"document,omitempty"`   // document IRI
	Sentence   int     `json:"sentence"`             // index in the document; 0 is the title
	Text       string  `json:"text,omitempty"`       // the sentence
	Origin     string  `json:"origin,omitempty"`     // curated or extracted
	Confidence float64 `json:"confidence,omitempty"` // for extracted statements
	Date       string  `json:"date,omitempty"`       // the document's publication date, YYYY-MM-DD
	// AttributedTo is who the sentence says said it ("according to X",
	// "X said"): the fact is their claim.
	AttributedTo []Node `json:"attributedTo,omitempty"`
}

// Edge is one statement between two nodes (or a node and a value) with all
// the evidence for it.
type Edge struct {
	From      Node       `json:"from"`
	Predicate string     `json:"predicate"` // schema predicate name, or the IRI shortened
	Label     string     `json:"label"`     // reads From -> To
	Inverse   string     `json:"inverse"`   // reads To -> From
	To        Node       `json:"to"`
	Value     string     `json:"value,omitempty"` // attribute value, when To is a literal
	Evidence  []Evidence `json:"evidence"`
	// MoreEvidence counts the evidence left out of Evidence by a bound
	// (LinkOptions.Evidence, PathOptions.Evidence); Sources counts it.
	MoreEvidence int     `json:"more_evidence,omitempty"`
	Sources      Sources `json:"sources"` // how well the evidence corroborates the statement

	raw     rawEdge      // the statement as stored, with every label
	bounded *boundedRank // Tier and Documents of all the evidence, when Evidence holds part
}

// boundedRank is what Tier and Documents say of all of an edge's evidence.
type boundedRank struct{ tier, docs int }

// Sources says how well a statement is corroborated: by how many
// independent documents and sentences, and whether any is curated.
type Sources struct {
	Documents int  `json:"documents"`
	Sentences int  `json:"sentences"`
	Curated   bool `json:"curated"`
}

// Corroboration counts the documents and sentences behind evidence.
func Corroboration(evs []Evidence) Sources {
	var s Sources
	docs := map[string]bool{}
	sentences := map[[2]string]bool{}
	for _, ev := range evs {
		doc := ev.Document
		if doc == "" {
			doc = ev.IRI // a label kg did not mint stands for its own source
		}
		docs[doc] = true
		sentences[[2]string{doc, strconv.Itoa(ev.Sentence)}] = true
		s.Curated = s.Curated || ev.Origin == "curated"
	}
	s.Documents, s.Sentences = len(docs), len(sentences)
	return s
}

// Reader is the store the queries read: Cayley's QuadStore.
type Reader = cgraph.QuadStore

// metadata predicates describe nodes rather than link them; walks skip them.
var metadata = map[quad.IRI]bool{
	schema.RDFType: true, schema.Name: true, schema.AlternateName: true, schema.Description: true,
	schema.SubClassOf: true, schema.Label: true, schema.Text: true, schema.Index: true,
	schema.InDocument: true, schema.InSentence: true, schema.Origin: true, schema.Confidence: true,
	schema.Title: true, schema.DatePublished: true, schema.Source: true, schema.AttributedTo: true,
}

// IsLinkPredicate reports whether quads with predicate p link things (as
// opposed to naming, typing or describing them).
func IsLinkPredicate(p quad.Value) bool {
	iri, ok := p.(quad.IRI)
	return !ok || !metadata[iri]
}

// session caches what one question reads about nodes and evidence.
type session struct {
	qs        Reader
	nodes     map[quad.Value]Node
	evidence  map[any]Evidence       // by labelKey
	labels    map[any]*labelFacts    // by labelKey
	sentences map[any][][]cgraph.Ref // what each sentence's scan kept, by ref key
	dates     map[any]string         // documents' dates, by ref key
	vals      map[any]quad.Value     // node values by ref key, each read once
	preds     map[quad.IRI]any       // predicates' ref keys; nil when not stored
}

func newSession(qs Reader) *session {
	return &session{qs: qs, nodes: map[quad.Value]Node{}, evidence: map[any]Evidence{},
		labels: map[any]*labelFacts{}, sentences: map[any][][]cgraph.Ref{}, dates: map[any]string{},
		vals: map[any]quad.Value{}, preds: map[quad.IRI]any{}}
}

// firstOut returns the first value of v's predicate p, or nil.
func (s *session) firstOut(ctx context.Context, v quad.Value, p quad.IRI) quad.Value {
	out, err := path.StartPath(s.qs, v).Out(p).Iterate(ctx).FirstValue(s.qs)
	if err != nil {
		return nil
	}
	return out
}

// node describes v: its name and type, from one scan of v's statements
// that stops once it has both, rather than one query per predicate.
func (s *session) node(ctx context.Context, v quad.Value) Node {
	if n, ok := s.nodes[v]; ok {
		return n
	}
	n := Node{IRI: ValueText(v), value: v}
	if iri, ok := v.(quad.IRI); ok {
		n.ID, _ = schema.EntityID(iri)
		n.Name = schema.Shorten(iri)
	}
	if ref, err := s.qs.ValueOf(v); err == nil && ref != nil {
		got := s.outs(ctx, ref, nodePreds, 1)
		if name := first(got[0]); name != nil {
			n.Name = ValueText(s.value(name))
		}
		if typ := first(got[1]); typ != nil {
			n.Type = typeName(s.value(typ))
		}
	}
	s.nodes[v] = n
	return n
}

// nodePreds are what node reads: the name, then the type.
var nodePreds = []quad.IRI{schema.Name, schema.RDFType}

// typeName maps a class IRI to kg's type name when it is one of kg's.
func typeName(t quad.Value) string {
	if iri, ok := t.(quad.IRI); ok {
		if st, ok := schema.LookupType(string(iri)); ok {
			return st.Name
		}
		return schema.Shorten(iri)
	}
	return ValueText(t)
}

// DescribePredicate returns the schema name of a predicate and its labels
// for each direction ("leads", "led by"); a predicate kg does not know is
// named by its IRI, shortened.
func DescribePredicate(p quad.Value) (name, label, inverse string) {
	if iri, ok := p.(quad.IRI); ok {
		if sp, ok := schema.LookupPredicate(string(iri)); ok {
			return sp.Name, sp.Label, sp.Inverse
		}
		if op, ok := schema.LookupOpenRelation(iri); ok {
			return op.Name, op.Label, op.Inverse
		}
		short := schema.Shorten(iri)
		return short, short, short + " of"
	}
	s := ValueText(p)
	return s, s, s + " of"
}

// maxSources bounds the sources read for one sentence: a hostile store may
// attribute a sentence to thousands.
const maxSources = 8

// ValueText writes a value as people read it, without RDF quoting: IRIs
// bare, blank nodes as _:id, strings and typed literals (numbers, dates) as
// their text.
func ValueText(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return v.String()
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedStringer:
		return string(v.TypedString().Value)
	}
	return v.String()
}
