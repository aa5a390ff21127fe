package seeds

import (
	"fmt"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds/annotation"
)

// EmbeddedDocuments returns the curated documents of the seeds built into
// the binary (Embedded, then Documents).
func EmbeddedDocuments() ([]schema.Document, error) {
	set, err := Embedded()
	if err != nil {
		return nil, err
	}
	return set.Documents()
}

// Documents turns the set into Documents of curated statements. The
// entities of an annotation file go with its first document.
func (s *Set) Documents() ([]schema.Document, error) {
	var docs []schema.Document
	for _, f := range s.Files {
		for i, ad := range f.Documents {
			art := s.Articles[ad.ID]
			d := schema.Document{ID: ad.ID, Title: art.Title, Date: ad.Date, Source: ad.Source, Raw: art.Raw, Sentences: art.Sentences}
			if i == 0 {
				for _, e := range f.Entities {
					d.Entities = append(d.Entities, e.Entity)
				}
			}
			for _, fa := range f.Facts {
				if fa.Document != ad.ID {
					continue
				}
				st, err := s.curated(fa)
				if err != nil {
					return nil, fmt.Errorf("%s:%d: %w", f.Name, fa.Line, err)
				}
				d.Statements = append(d.Statements, st)
			}
			docs = append(docs, d)
		}
	}
	return docs, nil
}

// Entities returns every entity the set's annotation files define, in file
// order.
func (s *Set) Entities() []schema.Entity {
	var out []schema.Entity
	for _, f := range s.Files {
		for _, e := range f.Entities {
			e.Aliases = append([]string(nil), e.Aliases...)
			out = append(out, e.Entity)
		}
	}
	return out
}

// curated is the statement a fact block makes, with the sentence its
// evidence quote is in.
func (s *Set) curated(fa annotation.Fact) (schema.Statement, error) {
	p, ok := schema.LookupPredicate(fa.Predicate)
	if !ok {
		return schema.Statement{}, fmt.Errorf("unknown predicate %q", fa.Predicate)
	}
	sent, ok := s.Articles[fa.Document].Find(fa.Evidence)
	if !ok {
		return schema.Statement{}, fmt.Errorf("evidence not found in %s: %q", fa.Document, fa.Evidence)
	}
	st := schema.Statement{Subject: fa.Subject, Predicate: p, Evidence: schema.Evidence{Sentence: sent.Index, Origin: schema.Curated, Confidence: 1}}
	if p.IsAttribute() {
		v, err := p.ParseValue(fa.Object)
		if err != nil {
			return schema.Statement{}, err
		}
		st.Value = v
	} else {
		st.Object = fa.Object
	}
	return st, nil
}
