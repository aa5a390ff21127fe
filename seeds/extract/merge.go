package extract

import (
	"context"
	"fmt"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds"
)

// Curated is what curated annotations state, for Merge to keep on top.
type Curated struct {
	pairs map[[2]string]bool // entity pairs a curated relation links, both orders
	facts map[[3]string]bool // subject, predicate, object of each curated relation
	attrs map[[2]string]bool // entity, attribute predicate
}

// NewCurated indexes curated statements.
func NewCurated(docs []schema.Document) *Curated {
	c := &Curated{pairs: map[[2]string]bool{}, facts: map[[3]string]bool{}, attrs: map[[2]string]bool{}}
	for _, d := range docs {
		for _, st := range d.Statements {
			if st.Origin != schema.Curated {
				continue
			}
			if st.Predicate.IsAttribute() {
				c.attrs[[2]string{st.Subject, st.Predicate.Name}] = true
				continue
			}
			c.pairs[[2]string{st.Subject, st.Object}] = true
			c.pairs[[2]string{st.Object, st.Subject}] = true
			c.facts[[3]string{st.Subject, st.Predicate.Name, st.Object}] = true
		}
	}
	return c
}

// Wins reports whether a curated statement disagrees with st, so that the
// curated one stands and st is not written. In the curated document itself
// (sameDoc) the annotation is the reading of its text: any other statement
// about a curated pair (or attribute) gives way. In another document an
// attribute the annotation gives gives way, and so does a one-way relation
// that turns a curated one around ("Y leads X" against the curated "X
// leads Y"); a statement that says what a curated one says is new evidence for
// it, and another relation of a curated pair is what that article adds:
// "the United States accused Kataib Hezbollah" stands beside the curated
// "the United States attacked Kataib Hezbollah", both true.
func (c *Curated) Wins(st schema.Statement, sameDoc bool) bool {
	if c == nil {
		return false
	}
	if st.Predicate.IsAttribute() {
		return c.attrs[[2]string{st.Subject, st.Predicate.Name}]
	}
	if !sameDoc {
		return st.Predicate.OneWay() && c.facts[[3]string{st.Object, st.Predicate.Name, st.Subject}]
	}
	return c.pairs[[2]string{st.Subject, st.Object}]
}

// Merge puts extracted statements under a curated document of the same id:
// the curated document's entities and statements stay as they are, and the
// extracted ones are added where no curated statement wins (Curated.Wins).
// Entities the extraction defines and the curated document does not are
// added too.
func Merge(curated, extracted schema.Document, all *Curated) schema.Document {
	out := curated
	out.Entities = append([]schema.Entity(nil), curated.Entities...)
	out.Statements = append([]schema.Statement(nil), curated.Statements...)
	have := map[string]bool{}
	for _, e := range out.Entities {
		have[e.ID] = true
	}
	for _, e := range extracted.Entities {
		if !have[e.ID] {
			out.Entities = append(out.Entities, e)
		}
	}
	own := NewCurated([]schema.Document{curated})
	for _, st := range extracted.Statements {
		if own.Wins(st, true) || all.Wins(st, false) {
			continue
		}
		out.Statements = append(out.Statements, st)
	}
	return out
}

// Filter drops the extracted statements of doc that curated statements of
// other documents win over.
func Filter(doc schema.Document, all *Curated) schema.Document {
	out := doc
	out.Statements = nil
	if len(doc.Statements) > 0 {
		out.Statements = make([]schema.Statement, 0, len(doc.Statements)) // sized once (withoutOpenWhere)
	}
	for _, st := range doc.Statements {
		if !all.Wins(st, false) {
			out.Statements = append(out.Statements, st)
		}
	}
	return out
}

// SeedDocuments runs the extractor over every seed article, with the seed
// set's curated entities as what it knows (descriptive aliases included:
// they were written for these articles), and puts the curated annotation on
// top (Merge). This is what kg build writes.
func SeedDocuments(ctx context.Context, set *seeds.Set) ([]schema.Document, error) {
	curated, err := set.Documents()
	if err != nil {
		return nil, fmt.Errorf("seed documents: %w", err)
	}
	all := NewCurated(curated)
	x := New(set.Entities(), Options{Descriptive: true})
	out := make([]schema.Document, 0, len(curated))
	for _, d := range curated {
		art, ok := set.Articles[d.ID]
		if !ok {
			out = append(out, d)
			continue
		}
		res, err := x.ExtractDocument(ctx, art, d.Date)
		if err != nil {
			return nil, fmt.Errorf("seed documents: %w", err)
		}
		out = append(out, Merge(d, res.Document, all))
	}
	return out, nil
}
