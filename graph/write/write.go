// Package write turns documents and what is known about them into quads and
// writes them to the store. Curated annotations (package seeds) and
// automatic extraction both produce Documents, so both take one path into
// the graph.
//
// Every statement becomes a quad whose label is its evidence: the IRI of the
// sentence that states it (curated facts), or of an evidence node pointing to
// that sentence with the origin and confidence (extracted facts). Each
// sentence node carries its text, index and document; each document node its
// title, date and source. Writing a Document replaces everything earlier
// writes of the same document said, in one transaction (one per document, or
// one per batch with WriteBatch), so rebuilding is idempotent and a
// document's facts land together or not at all.
package write

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/schema"
)

// Writer is the store a Document is written to: it replaces quads by label,
// for several documents in one transaction, and lets Write read which labels
// a document already has there.
type Writer interface {
	ReplaceAll(ctx context.Context, reps []graph.Replacement) ([]graph.Change, error)
	QuadsLabelled(ctx context.Context, labels []quad.Value) (map[quad.Quad]struct{}, error)
	QuadStore() cgraph.QuadStore
}

// Write replaces what the store holds for each document with what it says
// now, one transaction per document. The quads replaced are those under the
// document's labels in the store (its IRI, and the sentences and evidence
// nodes stored under it) and under the labels of the new version, so a
// statement the new version no longer makes is removed.
func Write(ctx context.Context, w Writer, docs []schema.Document) (graph.Change, error) {
	var total graph.Change
	for _, d := range docs {
		chs, err := WriteBatch(ctx, w, []schema.Document{d})
		if err != nil {
			return total, err
		}
		total.Added += chs[0].Added
		total.Removed += chs[0].Removed
		total.Unchanged += chs[0].Unchanged
	}
	return total, nil
}

// WriteBatch writes docs as Write does, but in one transaction: they land
// together or not at all, and many documents cost one commit rather than
// one each. A document that comes again in docs starts a new transaction,
// so that its later version wins, as with Write. It returns the change of
// each document, in order.
func WriteBatch(ctx context.Context, w Writer, docs []schema.Document) ([]graph.Change, error) {
	out := make([]graph.Change, 0, len(docs))
	for start := 0; start < len(docs); {
		end := start
		var reps []graph.Replacement
		inTx := map[string]bool{}
		for ; end < len(docs) && !inTx[docs[end].ID]; end++ {
			d := docs[end]
			inTx[d.ID] = true
			labels, quads, err := Quads(d)
			if err != nil {
				return out, err
			}
			old, err := storedLabels(ctx, w, schema.DocumentIRI(d.ID))
			if err != nil {
				return out, fmt.Errorf("write document %s: %w", d.ID, err)
			}
			reps = append(reps, graph.Replacement{Labels: union(labels, old), Want: quads})
		}
		chs, err := w.ReplaceAll(ctx, reps)
		if err != nil {
			if end-start == 1 {
				return out, fmt.Errorf("write document %s: %w", docs[start].ID, err)
			}
			return out, fmt.Errorf("write documents %s to %s: %w", docs[start].ID, docs[end-1].ID, err)
		}
		out = append(out, chs...)
		start = end
	}
	return out, nil
}

// storedLabels returns the sentences and evidence nodes the store records
// under the document doc. It reads through the writer's label read, not
// Cayley's iterator, which looks up four values a quad: re-ingesting a long
// document spent longer here than extracting it.
func storedLabels(ctx context.Context, w Writer, doc quad.IRI) ([]quad.Value, error) {
	have, err := w.QuadsLabelled(ctx, []quad.Value{doc})
	if err != nil {
		return nil, err
	}
	var out []quad.Value
	for q := range have {
		if q.Predicate == schema.InSentence || q.Predicate == schema.InDocument {
			out = append(out, q.Subject)
		}
	}
	return out, nil
}

// union returns a followed by the values of b it lacks.
func union(a, b []quad.Value) []quad.Value {
	seen := make(map[quad.Value]bool, len(a)+len(b))
	out := make([]quad.Value, 0, len(a)+len(b))
	for _, vs := range [][]quad.Value{a, b} {
		for _, v := range vs {
			if !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	return out
}

// The fixed terms of Quads, made quad.Values once: turning an IRI or a
// string into an interface allocates, and a long document writes each of
// them hundreds of thousands of times.
var (
	rdfType       quad.Value = schema.RDFType
	documentClass quad.Value = schema.DocumentClass
	sentenceClass quad.Value = schema.SentenceClass
	textPred      quad.Value = schema.Text
	attributedTo  quad.Value = schema.AttributedTo
	indexPred     quad.Value = schema.Index
	inDocument    quad.Value = schema.InDocument
	namePred      quad.Value = schema.Name
	alternateName quad.Value = schema.AlternateName
	descriptionP  quad.Value = schema.Description
	inSentence    quad.Value = schema.InSentence
	originPred    quad.Value = schema.Origin
	confidence    quad.Value = schema.Confidence
	extracted     quad.Value = quad.String(schema.Extracted)
)

// Quads returns the quads of the document and every label they carry.
func Quads(d schema.Document) ([]quad.Value, []quad.Quad, error) {
	if err := d.Validate(); err != nil {
		return nil, nil, err
	}
	var doc quad.Value = schema.DocumentIRI(d.ID)
	labels := append(make([]quad.Value, 0, 1+len(d.Statements)), doc)
	seenLabel := make(map[quad.Value]bool, 1+len(d.Statements))
	seenLabel[doc] = true
	// Room for every quad but the aliases and sources: a document of
	// 10,000 sentences has hundreds of thousands, and growing a slice that
	// large step by step copies it again and again.
	qs := make([]quad.Quad, 0, 4+5*len(d.Sentences)+3*len(d.Entities)+4*len(d.Statements))
	add := func(s, p, o, l quad.Value) { qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: l}) }
	label := func(l quad.Value) {
		if !seenLabel[l] {
			seenLabel[l] = true
			labels = append(labels, l)
		}
	}
	// The terms statements repeat, each made once (see rdfType).
	entities, predicates, confidences := terms[string]{}, terms[quad.IRI]{}, terms[float64]{}
	entity := func(id string) quad.Value { return entities.of(id, entityIRI) }

	add(doc, rdfType, documentClass, doc)
	if d.Title != "" {
		add(doc, schema.Title, quad.String(d.Title), doc)
	}
	if d.Date != "" {
		add(doc, schema.DatePublished, quad.TypedString{Value: quad.String(d.Date), Type: quad.IRI(schema.XSD + "date")}, doc)
	}
	if d.Source != "" {
		add(doc, schema.Source, quad.String(d.Source), doc)
	}
	type sentenceIRI struct {
		iri   quad.IRI
		value quad.Value
	}
	sentences := map[int]sentenceIRI{}
	for _, s := range d.Sentences {
		if s.Text == "" {
			continue
		}
		iri := schema.SentenceIRI(d.ID, s.Index)
		var v quad.Value = iri
		sentences[s.Index] = sentenceIRI{iri, v}
		add(v, rdfType, sentenceClass, doc)
		add(v, textPred, quad.String(s.Text), doc)
		for _, src := range s.Sources {
			add(v, attributedTo, entity(src), doc)
		}
		add(v, indexPred, quad.Int(s.Index), doc)
		add(v, inDocument, doc, doc)
	}
	for _, e := range d.Entities {
		t, _ := schema.LookupType(e.Type) // known: d is valid
		iri := entity(e.ID)
		add(iri, rdfType, t.IRI, doc)
		add(iri, namePred, quad.String(e.Name), doc)
		for _, a := range e.Aliases {
			add(iri, alternateName, quad.String(a), doc)
		}
		if e.Description != "" {
			add(iri, descriptionP, quad.String(e.Description), doc)
		}
	}
	for _, st := range d.Statements {
		sent := sentences[st.Sentence] // there: d is valid
		subj := entity(st.Subject)
		pred := predicates.of(st.Predicate.IRI, iriValue)
		var obj quad.Value = st.Value
		if !st.Predicate.IsAttribute() {
			obj = entity(st.Object)
		}
		evidence := sent.value
		if st.Origin == schema.Extracted {
			var ev quad.Value = evidenceIRI(sent.iri, subj, pred, obj)
			conf := confidences.of(st.Confidence, floatValue)
			add(ev, inSentence, sent.value, doc)
			add(ev, originPred, extracted, doc)
			add(ev, confidence, conf, doc)
			evidence = ev
		}
		label(evidence)
		add(subj, pred, obj, evidence)
	}
	return labels, qs, nil
}

// terms holds the quad.Value made from each key, so that a term a
// document repeats is boxed into an interface once, not at every quad.
type terms[K comparable] map[K]quad.Value

// of returns the value made from k, making it with mk the first time.
func (t terms[K]) of(k K, mk func(K) quad.Value) quad.Value {
	v, ok := t[k]
	if !ok {
		v = mk(k)
		t[k] = v
	}
	return v
}

func entityIRI(id string) quad.Value   { return schema.EntityIRI(id) }
func iriValue(iri quad.IRI) quad.Value { return iri }
func floatValue(f float64) quad.Value  { return quad.Float(f) }

// evidenceIRI names the evidence node of one extracted statement: stable for
// the same statement and sentence, so re-ingesting changes nothing. The
// name is a hash of the statement's terms as N-Quads writes them
// ("<s> <p> <o>"), made in one buffer.
func evidenceIRI(sentence quad.IRI, s, p, o quad.Value) quad.IRI {
	var buf [512]byte
	b := appendTerm(buf[:0], s)
	b = appendTerm(append(b, ' '), p)
	b = appendTerm(append(b, ' '), o)
	h := sha256.Sum256(b)
	b = append(append(buf[:0], sentence...), "-x"...)
	return quad.IRI(hex.AppendEncode(b, h[:6]))
}

// appendTerm appends v.String() to b, without making the string of an IRI.
func appendTerm(b []byte, v quad.Value) []byte {
	if iri, ok := v.(quad.IRI); ok {
		return append(append(append(b, '<'), iri...), '>')
	}
	return append(b, v.String()...)
}
