package queries

import (
	"context"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// A label's evidence is read with one scan of the label's statements, one
// of its sentence's (shared by every label of that sentence) and one of its
// document's (shared by the document's labels), keeping refs and decoding
// only the values a question needs: ranking a hub's thousands of links
// needs each label's document and origin, and only the links shown need
// the sentence's text and sources. Cayley's path queries, one per
// predicate, cost more to plan than these scans cost to run.

// evidencePreds are the predicates an evidence scan keeps, in the order
// of the ev* indexes.
var evidencePreds = []quad.IRI{schema.InSentence, schema.Origin, schema.Confidence,
	schema.Text, schema.Index, schema.InDocument, schema.AttributedTo}

const (
	evSentence = iota
	evOrigin
	evConfidence
	evText
	evIndex
	evDocument
	evSources
)

// labelFacts are the refs of what a label and its sentence say about the
// statements the label carries.
type labelFacts struct {
	extracted          bool       // the label names its sentence (schema.InSentence)
	origin, confidence cgraph.Ref // the label's own, when extracted
	text, index, doc   cgraph.Ref // its sentence's (the label's own when not extracted)
	sources            []cgraph.Ref
}

// labelSource is what ranking and filters need of a label, as its
// Evidence says it: origin and document.
type labelSource struct{ origin, document string }

// outs scans the statements whose subject is ref once and returns, for
// each of preds, the objects of the first at most most statements with it,
// in the store's order; it stops as soon as every predicate has most.
func (s *session) outs(ctx context.Context, ref cgraph.Ref, preds []quad.IRI, most int) [][]cgraph.Ref {
	out := make([][]cgraph.Ref, len(preds))
	keys := make([]any, len(preds))
	for i, p := range preds {
		keys[i] = s.predKey(p)
	}
	full := 0
	it := s.qs.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	for full < len(preds) && it.Next(ctx) {
		p, err := s.qs.QuadDirection(it.Result(), quad.Predicate)
		if err != nil || p == nil {
			continue
		}
		for i, k := range keys {
			if k == nil || k != p.Key() || len(out[i]) >= most {
				continue
			}
			if o, err := s.qs.QuadDirection(it.Result(), quad.Object); err == nil && o != nil {
				if out[i] = append(out[i], o); len(out[i]) == most {
					full++
				}
			}
		}
	}
	return out
}

// predKey returns the key of p's ref, or nil when the store has no p.
func (s *session) predKey(p quad.IRI) any {
	if k, ok := s.preds[p]; ok {
		return k
	}
	var k any
	if ref, err := s.qs.ValueOf(p); err == nil && ref != nil {
		k = ref.Key()
	}
	s.preds[p] = k
	return k
}

// first returns the first of refs, or nil.
func first(refs []cgraph.Ref) cgraph.Ref {
	if len(refs) == 0 {
		return nil
	}
	return refs[0]
}

// labelKey is what the session's caches know a label by: its ref's key,
// or its value when it has no ref.
func labelKey(l labelRef) any {
	if l.ref != nil {
		return l.ref.Key()
	}
	return l.value
}

// labelValue returns the value of a label.
func (s *session) labelValue(l labelRef) quad.Value {
	if l.value != nil {
		return l.value
	}
	return s.value(l.ref)
}

// facts reads a label's and its sentence's statements.
func (s *session) facts(ctx context.Context, label labelRef) *labelFacts {
	k := labelKey(label)
	if f, ok := s.labels[k]; ok {
		return f
	}
	f := &labelFacts{}
	s.labels[k] = f
	ref := label.ref
	if ref == nil {
		var err error
		if ref, err = s.qs.ValueOf(label.value); err != nil || ref == nil {
			return f
		}
	}
	sentence := s.outs(ctx, ref, evidencePreds, maxSources)
	if sent := first(sentence[evSentence]); sent != nil {
		f.extracted = true
		f.origin, f.confidence = first(sentence[evOrigin]), first(sentence[evConfidence])
		var ok bool
		if sentence, ok = s.sentences[sent.Key()]; !ok {
			sentence = s.outs(ctx, sent, evidencePreds, maxSources)
			s.sentences[sent.Key()] = sentence
		}
	}
	f.text, f.index, f.doc = first(sentence[evText]), first(sentence[evIndex]), first(sentence[evDocument])
	f.sources = sentence[evSources]
	return f
}

// source reads what ranking needs of a label: its origin (extracted when
// it names a sentence, unless it says otherwise; curated when it does not;
// none when it leads to no sentence text and no document) and its
// document.
func (s *session) source(ctx context.Context, label labelRef) labelSource {
	f := s.facts(ctx, label)
	src := labelSource{origin: "curated"}
	if f.extracted {
		src.origin = "extracted"
		if f.origin != nil {
			src.origin = ValueText(s.value(f.origin))
		}
	}
	if f.doc != nil {
		src.document = ValueText(s.value(f.doc))
	}
	if src.document == "" && (f.text == nil || ValueText(s.value(f.text)) == "") {
		src.origin = "" // a label kg did not mint: say only what it is
	}
	return src
}

// evidenceDate returns the publication date of a label's document, or "".
func (s *session) evidenceDate(ctx context.Context, label labelRef) string {
	if f := s.facts(ctx, label); f.doc != nil {
		return s.date(ctx, f.doc)
	}
	return ""
}

// date returns the publication date of the document ref stands for.
func (s *session) date(ctx context.Context, doc cgraph.Ref) string {
	if d, ok := s.dates[doc.Key()]; ok {
		return d
	}
	var d string
	if ref := first(s.outs(ctx, doc, []quad.IRI{schema.DatePublished}, 1)[0]); ref != nil {
		d = ValueText(s.value(ref))
	}
	s.dates[doc.Key()] = d
	return d
}

// evidenceFor reads what a quad label says about its statement.
func (s *session) evidenceFor(ctx context.Context, label labelRef) Evidence {
	k := labelKey(label)
	if e, ok := s.evidence[k]; ok {
		return e
	}
	src, f := s.source(ctx, label), s.facts(ctx, label)
	e := Evidence{IRI: ValueText(s.labelValue(label)), Origin: src.origin, Document: src.document, Date: s.evidenceDate(ctx, label)}
	if f.confidence != nil {
		if c, ok := s.value(f.confidence).Native().(float64); ok {
			e.Confidence = c
		}
	}
	if f.text != nil {
		e.Text = ValueText(s.value(f.text))
	}
	e.Sentence = s.evidenceKey(ctx, label).Sentence
	for _, ref := range f.sources {
		if v := s.value(ref); v != nil {
			e.AttributedTo = append(e.AttributedTo, s.node(ctx, v))
		}
	}
	sort.Slice(e.AttributedTo, func(i, j int) bool { return e.AttributedTo[i].Name < e.AttributedTo[j].Name })
	s.evidence[k] = e
	return e
}

// evidenceKey is what ranking and counting need of a label's evidence,
// without its text and sources: its document, sentence number and origin,
// and its IRI when it has no document (Corroboration counts it as its own).
func (s *session) evidenceKey(ctx context.Context, label labelRef) Evidence {
	src, f := s.source(ctx, label), s.facts(ctx, label)
	e := Evidence{Document: src.document, Origin: src.origin}
	if e.Document == "" {
		e.IRI = ValueText(s.labelValue(label))
	}
	if f.index != nil {
		if n, ok := s.value(f.index).Native().(int64); ok {
			e.Sentence = int(n)
		}
	}
	return e
}

// value returns the value a node ref stands for, reading each once per
// question; nil when it cannot be read.
func (s *session) value(r cgraph.Ref) quad.Value {
	k := r.Key()
	if v, ok := s.vals[k]; ok {
		return v
	}
	v, err := s.qs.NameOf(r)
	if err != nil {
		return nil
	}
	s.vals[k] = v
	return v
}

// values returns the values refs stand for (nil for a nil ref), reading
// those not yet read in one call: a store that reads many values at once
// (Cayley's kv stores read them in one transaction) is asked once.
func (s *session) values(ctx context.Context, refs []cgraph.Ref) ([]quad.Value, error) {
	out := make([]quad.Value, len(refs))
	var missing []cgraph.Ref
	var at []int
	for i, r := range refs {
		if r == nil {
			continue
		}
		if v, ok := s.vals[r.Key()]; ok {
			out[i] = v
			continue
		}
		missing = append(missing, r)
		at = append(at, i)
	}
	if len(missing) == 0 {
		return out, nil
	}
	vals, err := cgraph.ValuesOf(ctx, s.qs, missing)
	if err != nil {
		return nil, err
	}
	for j, v := range vals {
		s.vals[missing[j].Key()] = v
		out[at[j]] = v
	}
	return out, nil
}
