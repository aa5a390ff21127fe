package annotation

import (
	"fmt"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Validate checks parsed annotation files together against the schema and
// the articles they cite (keyed by document id): duplicate document and
// entity ids, a name or alias shared by two entities (compared as
// schema.FoldName), unknown types, entities and predicates, predicates used
// outside their domain or range, malformed values, facts without evidence,
// and evidence not found verbatim in one sentence of its article. It returns
// every problem as Errors, each matching ErrInvalid, or nil.
func Validate(files []*File, articles map[string]schema.Document) error {
	var errs Errors
	bad := func(file string, line int, format string, args ...any) {
		errs = append(errs, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...), kind: ErrInvalid})
	}
	type where struct {
		file string
		line int
	}
	docs := map[string]where{}
	ents := map[string]EntityBlock{}
	entFile := map[string]string{}
	names := map[string]string{} // folded name or alias -> entity id
	for _, f := range files {
		for _, d := range f.Documents {
			if w, dup := docs[d.ID]; dup {
				bad(f.Name, d.Line, "duplicate document id %q (first at %s:%d)", d.ID, w.file, w.line)
				continue
			}
			docs[d.ID] = where{f.Name, d.Line}
			if _, ok := articles[d.ID]; !ok {
				bad(f.Name, d.Line, "document %s: article %q not found", d.ID, d.File)
			}
			if d.Date != "" {
				if _, err := (schema.Predicate{Name: "date", Value: schema.Date}).ParseValue(d.Date); err != nil {
					bad(f.Name, d.Line, "document %s: %v", d.ID, err)
				}
			}
		}
		for _, e := range f.Entities {
			if prev, dup := ents[e.ID]; dup {
				bad(f.Name, e.Line, "duplicate entity id %q (first at %s:%d)", e.ID, entFile[e.ID], prev.Line)
				continue
			}
			if t, ok := schema.LookupType(e.Type); ok {
				e.Type = t.Name // an IRI names the same type
			} else {
				bad(f.Name, e.Line, "entity %s: unknown type %q (known: %s)", e.ID, e.Type, strings.Join(schema.TypeNames(), ", "))
			}
			ents[e.ID] = e
			entFile[e.ID] = f.Name
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				key := schema.FoldName(n)
				if key == "" {
					bad(f.Name, e.Line, "entity %s: name %q has no letters or digits", e.ID, n)
					continue
				}
				if other, taken := names[key]; taken && other != e.ID {
					bad(f.Name, e.Line, "entity %s: name %q already names entity %s", e.ID, n, other)
					continue
				}
				names[key] = e.ID
			}
		}
	}
	for _, f := range files {
		for _, fa := range f.Facts {
			subj, ok := ents[fa.Subject]
			if !ok {
				bad(f.Name, fa.Line, "unknown entity %q as subject", fa.Subject)
			}
			pred, pok := schema.LookupPredicate(fa.Predicate)
			if !pok {
				bad(f.Name, fa.Line, "unknown predicate %q (known: %s)", fa.Predicate, strings.Join(schema.PredicateNames(), ", "))
			}
			if pok && pred.IsAttribute() {
				if _, err := pred.ParseValue(fa.Object); err != nil {
					bad(f.Name, fa.Line, "%v", err)
				}
				if ok {
					if err := pred.CheckAttribute(subj.Type); err != nil {
						bad(f.Name, fa.Line, "%s: %v", fa.Subject, err)
					}
				}
			} else if pok {
				obj, found := ents[fa.Object]
				if !found {
					bad(f.Name, fa.Line, "unknown entity %q as object", fa.Object)
				} else if ok {
					if err := pred.CheckRelation(subj.Type, obj.Type); err != nil {
						bad(f.Name, fa.Line, "%s %s %s: %v", fa.Subject, fa.Predicate, fa.Object, err)
					}
				}
			}
			if _, found := docs[fa.Document]; !found {
				bad(f.Name, fa.Line, "fact cites unknown document %q", fa.Document)
				continue
			}
			if strings.TrimSpace(fa.Evidence) == "" {
				bad(f.Name, fa.Line, "fact %s %s %s has no evidence: quote the sentence that states it", fa.Subject, fa.Predicate, fa.Object)
				continue
			}
			if doc, found := articles[fa.Document]; found {
				if _, ok := doc.Find(fa.Evidence); !ok {
					line := fa.EvidenceLine
					if line == 0 {
						line = fa.Line
					}
					bad(f.Name, line, "evidence not found verbatim in one sentence of %s: %q", fa.Document, fa.Evidence)
				}
			}
		}
	}
	return errs.err()
}
