package write

import (
	"fmt"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds"
	"github.com/kg-analyst/kg/seeds/annotation"
)

// FromSeeds turns a validated seed set into Documents of curated
// statements. The entities of an annotation file go with its first document.
func FromSeeds(set *seeds.Set) ([]Document, error) {
	var docs []Document
	for _, f := range set.Files {
		for i, ad := range f.Documents {
			art := set.Articles[ad.ID]
			d := Document{ID: ad.ID, Title: art.Title, Date: ad.Date, Source: ad.Source, Sentences: art.Sentences}
			if i == 0 {
				for _, e := range f.Entities {
					d.Entities = append(d.Entities, Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases, Description: e.Description})
				}
			}
			for _, fa := range f.Facts {
				if fa.Document != ad.ID {
					continue
				}
				st, err := curated(fa, set)
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

func curated(fa annotation.Fact, set *seeds.Set) (Statement, error) {
	p, ok := schema.LookupPredicate(fa.Predicate)
	if !ok {
		return Statement{}, fmt.Errorf("unknown predicate %q", fa.Predicate)
	}
	sent, ok := set.Articles[fa.Document].Find(fa.Evidence)
	if !ok {
		return Statement{}, fmt.Errorf("evidence not found in %s: %q", fa.Document, fa.Evidence)
	}
	st := Statement{Subject: fa.Subject, Predicate: p, Sentence: sent.Index, Origin: Curated, Confidence: 1}
	if p.IsAttribute() {
		v, err := p.ParseValue(fa.Object)
		if err != nil {
			return Statement{}, err
		}
		st.Value = v
	} else {
		st.Object = fa.Object
	}
	return st, nil
}
