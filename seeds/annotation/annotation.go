// Package annotation reads kg's curated annotation files: plain text that
// people review and edit, naming the entities an article mentions and the
// facts it states, each fact with the quote that says it.
//
// The format is line based. A block starts at column 0 with a keyword; its
// fields follow, indented, as "key: value". '#' starts a comment line.
//
//	document us-embassy-baghdad-2019
//	  file: us-embassy-baghdad-2019.txt
//	  date: 2019-12-31
//
//	entity qasem-soleimani Person
//	  name: Qasem Soleimani
//	  alias: Soleimani
//
//	fact qasem-soleimani leads quds-force
//	  evidence: Qasem Soleimani, the leader of Iran's elite Quds Force
//
//	fact embassy-storming startDate 2019-12-31
//	  evidence: stormed the U.S. Embassy in Baghdad, Iraq on Tuesday
//
// Facts belong to the document block above them. The object of a fact is an
// entity id for relations and a value for attributes (schema.Predicate).
// Parse reports syntax errors; Validate checks a parsed set against the
// schema and the articles. Both name the file and line of every problem.
package annotation

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// File is one parsed annotation file.
type File struct {
	Name      string
	Documents []DocumentBlock
	Entities  []EntityBlock
	Facts     []Fact
}

// DocumentBlock is a document block of a file: it names the article the
// facts after it are drawn from (the article itself is a schema.Document).
type DocumentBlock struct {
	ID     string
	File   string // article file, relative to the annotation file
	Title  string // optional; the article's first line otherwise
	Date   string // publication date, YYYY-MM-DD
	Source string // where the article came from (URL or description)
	Line   int
}

// EntityBlock is an entity block of a file: the entity it defines and the
// line the block starts at.
type EntityBlock struct {
	schema.Entity
	Line int
}

// Fact is a statement of the annotated document: a relation between two
// entities, or an attribute of one, with the quote that states it.
type Fact struct {
	Subject      string
	Predicate    string
	Object       string // entity id, or the attribute value as written
	Evidence     string
	Document     string // id of the document block the fact sits in
	Line         int
	EvidenceLine int
}

// Error is one problem at a line of an annotation file.
type Error struct {
	File string
	Line int
	Msg  string

	kind error // ErrSyntax or ErrInvalid
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Unwrap returns ErrSyntax for problems Parse finds and ErrInvalid for those
// Validate finds.
func (e *Error) Unwrap() error { return e.kind }

// Errors is every problem found, in file and line order.
type Errors []*Error

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap exposes each problem to errors.As.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

func (es Errors) err() error {
	if len(es) == 0 {
		return nil
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].File != es[j].File {
			return es[i].File < es[j].File
		}
		return es[i].Line < es[j].Line
	})
	return es
}

// ErrSyntax is matched by every parse error with errors.Is.
var ErrSyntax = errors.New("annotation syntax error")

// ErrInvalid is matched by every problem Validate reports with errors.Is.
var ErrInvalid = errors.New("invalid annotation")
