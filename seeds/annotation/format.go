package annotation

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

// Format writes f in the annotation format: its entities first, then each
// document block followed by its facts, with fields in a fixed order. Parsing
// the result gives back f's documents, entities and facts (line numbers
// aside). It fails when a fact's document does not come in the order of f's
// documents, which Parse never produces.
func Format(f *File) ([]byte, error) {
	var b bytes.Buffer
	field := func(key, value string) {
		if value != "" {
			fmt.Fprintf(&b, "  %s: %s\n", key, value)
		}
	}
	for _, e := range f.Entities {
		fmt.Fprintf(&b, "entity %s %s\n", e.ID, e.Type)
		field("name", e.Name)
		for _, a := range e.Aliases {
			field("alias", a)
		}
		field("description", e.Description)
		b.WriteByte('\n')
	}
	facts := f.Facts
	for _, d := range f.Documents {
		fmt.Fprintf(&b, "document %s\n", d.ID)
		field("file", d.File)
		field("title", d.Title)
		field("date", d.Date)
		field("source", d.Source)
		b.WriteByte('\n')
		for len(facts) > 0 && facts[0].Document == d.ID {
			fa := facts[0]
			facts = facts[1:]
			fmt.Fprintf(&b, "fact %s %s %s\n", fa.Subject, fa.Predicate, quote(fa.Object))
			field("evidence", quote(fa.Evidence))
			b.WriteByte('\n')
		}
	}
	if len(facts) > 0 {
		return nil, fmt.Errorf("format %s: fact %s %s %s cites document %q out of order", f.Name, facts[0].Subject, facts[0].Predicate, facts[0].Object, facts[0].Document)
	}
	return b.Bytes(), nil
}

// quote wraps a value in double quotes when Parse would otherwise change it:
// when it is empty, starts or ends with white space, or is itself quoted.
func quote(s string) string {
	if s == "" || strings.TrimFunc(s, unicode.IsSpace) != s || unquote(s) != s {
		return `"` + s + `"`
	}
	return s
}
