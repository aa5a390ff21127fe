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
	"sort"
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
	Sources   Sources    `json:"sources"` // how well the evidence corroborates the statement

	raw rawEdge // the statement as stored, with every label
}

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
	qs       Reader
	nodes    map[quad.Value]Node
	evidence map[quad.Value]Evidence
}

func newSession(qs Reader) *session {
	return &session{qs: qs, nodes: map[quad.Value]Node{}, evidence: map[quad.Value]Evidence{}}
}

// firstOut returns the first value of v's predicate p, or nil.
func (s *session) firstOut(ctx context.Context, v quad.Value, p quad.IRI) quad.Value {
	out, err := path.StartPath(s.qs, v).Out(p).Iterate(ctx).FirstValue(s.qs)
	if err != nil {
		return nil
	}
	return out
}

// node describes v: its name and type.
func (s *session) node(ctx context.Context, v quad.Value) Node {
	if n, ok := s.nodes[v]; ok {
		return n
	}
	n := Node{IRI: ValueText(v), value: v}
	if iri, ok := v.(quad.IRI); ok {
		n.ID, _ = schema.EntityID(iri)
		n.Name = schema.Shorten(iri)
	}
	if name := s.firstOut(ctx, v, schema.Name); name != nil {
		n.Name = ValueText(name)
	}
	if t := s.firstOut(ctx, v, schema.RDFType); t != nil {
		n.Type = typeName(t)
	}
	s.nodes[v] = n
	return n
}

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

// evidenceFor reads what a quad label says about its statement.
func (s *session) evidenceFor(ctx context.Context, label quad.Value) Evidence {
	if e, ok := s.evidence[label]; ok {
		return e
	}
	e := Evidence{IRI: ValueText(label), Origin: "curated"}
	sentence := label
	if sent := s.firstOut(ctx, label, schema.InSentence); sent != nil {
		sentence = sent
		e.Origin = "extracted"
		if o := s.firstOut(ctx, label, schema.Origin); o != nil {
			e.Origin = ValueText(o)
		}
		if c := s.firstOut(ctx, label, schema.Confidence); c != nil {
			if f, ok := c.Native().(float64); ok {
				e.Confidence = f
			}
		}
	}
	if t := s.firstOut(ctx, sentence, schema.Text); t != nil {
		e.Text = ValueText(t)
	}
	if i := s.firstOut(ctx, sentence, schema.Index); i != nil {
		if n, ok := i.Native().(int64); ok {
			e.Sentence = int(n)
		}
	}
	if sources, err := path.StartPath(s.qs, sentence).Out(schema.AttributedTo).Iterate(ctx).Limit(maxSources).AllValues(s.qs); err == nil {
		for _, src := range sources {
			e.AttributedTo = append(e.AttributedTo, s.node(ctx, src))
		}
		sort.Slice(e.AttributedTo, func(i, j int) bool { return e.AttributedTo[i].Name < e.AttributedTo[j].Name })
	}
	if d := s.firstOut(ctx, sentence, schema.InDocument); d != nil {
		e.Document = ValueText(d)
		if date := s.firstOut(ctx, d, schema.DatePublished); date != nil {
			e.Date = ValueText(date)
		}
	}
	if e.Text == "" && e.Document == "" {
		e.Origin = "" // a label kg did not mint: say only what it is
	}
	s.evidence[label] = e
	return e
}

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
