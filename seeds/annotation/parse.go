package annotation

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-analyst/kg/schema"
)

// Parse reads one annotation file. name is used in error messages. It
// returns every syntax error it finds, as Errors, and no File when there is
// any.
func Parse(name string, src []byte) (*File, error) {
	p := parser{f: &File{Name: name}}
	if !utf8.Valid(src) {
		p.errorf(1, "file is not valid UTF-8")
		return nil, p.errs.err()
	}
	lines := strings.Split(string(src), "\n")
	for i, line := range lines {
		p.line(i+1, strings.TrimRight(line, " \t\r"))
	}
	p.flush()
	if err := p.errs.err(); err != nil {
		return nil, err
	}
	return p.f, nil
}

type parser struct {
	f    *File
	errs Errors
	// the block that indented fields belong to
	doc    *DocumentBlock
	ent    *EntityBlock
	fact   *Fact
	curDoc string
	// skip drops the fields of a block whose first line was wrong, so one
	// mistake gives one error.
	skip bool
}

func (p *parser) errorf(line int, format string, args ...any) {
	p.errs = append(p.errs, &Error{File: p.f.Name, Line: line, Msg: fmt.Sprintf(format, args...), kind: ErrSyntax})
}

func (p *parser) line(n int, line string) {
	trimmed := strings.TrimSpace(line)
	if trimmed == "" || strings.HasPrefix(trimmed, "#") {
		return
	}
	if line[0] == ' ' || line[0] == '\t' {
		p.field(n, trimmed)
		return
	}
	p.flush()
	keyword, rest := cutField(trimmed)
	args := strings.Fields(rest)
	p.skip = true // until the header proves good
	switch keyword {
	case "document":
		if len(args) != 1 || !validID(args[0]) {
			p.errorf(n, "want \"document ID\" with an id of lower-case letters, digits and '-', got %q", trimmed)
			return
		}
		p.doc = &DocumentBlock{ID: args[0], Line: n}
		p.curDoc = args[0]
	case "entity":
		if len(args) != 2 || !validID(args[0]) {
			p.errorf(n, "want \"entity ID TYPE\" with an id of lower-case letters, digits and '-', got %q", trimmed)
			return
		}
		p.ent = &EntityBlock{Entity: schema.Entity{ID: args[0], Type: args[1]}, Line: n}
	case "fact":
		if len(args) < 3 {
			p.errorf(n, "want \"fact SUBJECT PREDICATE OBJECT\", got %q", trimmed)
			return
		}
		if p.curDoc == "" {
			p.errorf(n, "fact before any document block: facts need a document to cite")
			return
		}
		subj, afterSubj := cutField(rest)
		pred, obj := cutField(afterSubj)
		p.fact = &Fact{Subject: subj, Predicate: pred, Object: unquote(obj), Document: p.curDoc, Line: n}
	default:
		p.errorf(n, "unknown block %q: want document, entity or fact", keyword)
		return
	}
	p.skip = false
}

// cutField splits s at its first run of white space into the first field and
// the rest, both trimmed.
func cutField(s string) (field, rest string) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i:])
}

func (p *parser) field(n int, trimmed string) {
	if p.skip {
		return
	}
	key, value, ok := strings.Cut(trimmed, ":")
	value = strings.TrimSpace(value)
	if !ok || strings.ContainsAny(key, " \t") {
		p.errorf(n, "want an indented \"key: value\" field, got %q", trimmed)
		return
	}
	if value == "" {
		p.errorf(n, "field %q has no value", key)
		return
	}
	switch {
	case p.doc != nil:
		var dst *string
		switch key {
		case "file":
			dst = &p.doc.File
		case "title":
			dst = &p.doc.Title
		case "date":
			dst = &p.doc.Date
		case "source":
			dst = &p.doc.Source
		default:
			p.errorf(n, "unknown document field %q: want file, title, date or source", key)
			return
		}
		if *dst != "" {
			p.errorf(n, "document %s has a second %s: field", p.doc.ID, key)
			return
		}
		*dst = value
	case p.ent != nil:
		switch key {
		case "name":
			if p.ent.Name != "" {
				p.errorf(n, "entity %s has a second name: list other names as alias", p.ent.ID)
				return
			}
			p.ent.Name = value
		case "alias":
			p.ent.Aliases = append(p.ent.Aliases, value)
		case "description":
			if p.ent.Description != "" {
				p.errorf(n, "entity %s has a second description: field", p.ent.ID)
				return
			}
			p.ent.Description = value
		default:
			p.errorf(n, "unknown entity field %q: want name, alias or description", key)
		}
	case p.fact != nil:
		switch key {
		case "evidence":
			if p.fact.Evidence != "" {
				p.errorf(n, "fact has a second evidence line: one quote per fact")
				return
			}
			p.fact.Evidence = unquote(value)
			p.fact.EvidenceLine = n
		default:
			p.errorf(n, "unknown fact field %q: want evidence", key)
		}
	default:
		p.errorf(n, "indented field %q outside any block", key)
	}
}

// flush ends the open block, checking its required fields.
func (p *parser) flush() {
	switch {
	case p.doc != nil:
		if p.doc.File == "" {
			p.errorf(p.doc.Line, "document %s has no file: field", p.doc.ID)
		} else {
			p.f.Documents = append(p.f.Documents, *p.doc)
		}
	case p.ent != nil:
		if p.ent.Name == "" {
			p.errorf(p.ent.Line, "entity %s has no name: field", p.ent.ID)
		} else {
			p.f.Entities = append(p.f.Entities, *p.ent)
		}
	case p.fact != nil:
		if p.fact.Evidence == "" {
			p.errorf(p.fact.Line, "fact %s %s %s has no evidence: quote the sentence that states it", p.fact.Subject, p.fact.Predicate, p.fact.Object)
		} else {
			p.f.Facts = append(p.f.Facts, *p.fact)
		}
	}
	p.doc, p.ent, p.fact = nil, nil, nil
	p.skip = false
}

func validID(s string) bool {
	if s == "" || s[0] == '-' {
		return false
	}
	for _, r := range s {
		if !(r == '-' || unicode.IsDigit(r) || (r >= 'a' && r <= 'z')) {
			return false
		}
	}
	return true
}

// unquote strips one pair of surrounding double quotes, so a quote that
// starts or ends with spaces or '#' can be written.
func unquote(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return s[1 : len(s)-1]
	}
	return s
}
