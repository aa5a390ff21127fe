// Package seeds holds kg's input documents and their curated annotations,
// embedded in the binary so kg works from any folder. An annotation file
// (*.kg, see package annotation) names the article it annotates with a
// document block whose file: field is the article's file name here.
package seeds

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds/annotation"
	"github.com/kg-analyst/kg/seeds/article"
)

//go:embed *.txt *.kg
var embedded embed.FS

// Set is a validated set of annotation files with the articles they cite.
type Set struct {
	Files    []*annotation.File
	Articles map[string]schema.Document // by document id
}

// Embedded loads the annotations and articles built into the binary.
func Embedded() (*Set, error) { return Load(embedded) }

// Load reads every *.kg annotation file at the root of fsys and the articles
// their document blocks cite, and validates them together. Errors name the
// file and line of every problem.
func Load(fsys fs.FS) (*Set, error) {
	names, err := fs.Glob(fsys, "*.kg")
	if err != nil {
		return nil, fmt.Errorf("list annotations: %w", err)
	}
	sort.Strings(names)
	set := &Set{Articles: map[string]schema.Document{}}
	var syntax annotation.Errors
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read annotation %q: %w", name, err)
		}
		f, err := annotation.Parse(name, src)
		if err != nil {
			if es, ok := err.(annotation.Errors); ok {
				syntax = append(syntax, es...)
				continue
			}
			return nil, err
		}
		set.Files = append(set.Files, f)
		for _, d := range f.Documents {
			raw, err := fs.ReadFile(fsys, path.Clean(d.File))
			if err != nil {
				continue // Validate reports the missing article with its line
			}
			doc := article.Parse(d.ID, string(raw))
			if d.Title != "" {
				doc.Title = d.Title
			}
			set.Articles[d.ID] = doc
		}
	}
	if len(syntax) > 0 {
		return nil, syntax
	}
	if err := annotation.Validate(set.Files, set.Articles); err != nil {
		return nil, err
	}
	return set, nil
}

// Document returns the document block with the given id.
func (s *Set) Document(id string) (annotation.DocumentBlock, bool) {
	for _, f := range s.Files {
		for _, d := range f.Documents {
			if strings.EqualFold(d.ID, id) {
				return d, true
			}
		}
	}
	return annotation.DocumentBlock{}, false
}
