// Package ingest adds news articles to the graph: it reads and checks
// article files, runs the extractor against what the store already knows
// and writes each document's facts in one transaction, curated facts from
// the seeds winning where they disagree.
//
// Errors name the file: a missing or empty file, a binary or non-UTF-8
// one, one too large to be an article, one with no sentences. Nothing is
// written for a file that fails.
package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds"
	"github.com/kg-analyst/kg/seeds/article"
	"github.com/kg-analyst/kg/seeds/extract"
)

// MaxArticleBytes is the default bound on one ingested file: news articles
// are tens of kilobytes; anything this large is a dump to split, not an
// article.
const MaxArticleBytes = 4 << 20

// ErrTooLarge is the error of a file larger than the bound ReadFile reads.
var ErrTooLarge = errors.New("too large for one article")

// readBounded reads the file name, counting bytes as it reads them so that
// a pipe, a FIFO or a device such as /dev/zero stops at maxBytes as a
// regular file does.
func readBounded(name string, maxBytes int64) ([]byte, error) {
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, errors.New("no such file")
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, errors.New("is a directory, not an article")
	}
	raw, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > maxBytes {
		return nil, fmt.Errorf("%w: larger than the limit of %s; split it into articles", ErrTooLarge, mib(maxBytes))
	}
	return raw, nil
}

// mib writes a size for errors: "4 MiB", "1000 bytes".
func mib(n int64) string {
	if n%(1<<20) == 0 {
		return strconv.FormatInt(n>>20, 10) + " MiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// File is one article file to ingest, read and checked by ReadFile.
type File struct {
	Name string
	extract.Input
}

// Result is what ingesting one file did (or, on a dry run, would do).
type Result struct {
	File        string        `json:"file"`
	Document    string        `json:"document"`
	Title       string        `json:"title,omitempty"`
	Sentences   int           `json:"sentences"`
	Entities    []Named       `json:"entities"`
	Statements  []Fact        `json:"statements"`
	Typed       int           `json:"typed"`
	Open        int           `json:"open"` // open relations: the text's own phrase
	CoMentions  int           `json:"co_mentions"`
	Overruled   int           `json:"overruled_by_curated"`
	DryRun      bool          `json:"dry_run"`
	Change      *graph.Change `json:"change,omitempty"`
	NewEntities int           `json:"new_entities"`
}

// Named is an entity the document names, known before or new.
type Named struct {
	schema.Entity
	New   bool `json:"new"`
	Known bool `json:"known"`
}

// Fact is a statement the document makes, as written.
type Fact struct {
	Subject    string  `json:"subject"`
	Predicate  string  `json:"predicate"`
	Object     string  `json:"object"`
	Sentence   int     `json:"sentence"`
	Confidence float64 `json:"confidence"`
}

// named reports an entity the document names, new or known before.
func named(e schema.Entity, isNew bool) Named {
	e.IRI = string(schema.EntityIRI(e.ID))
	return Named{Entity: e, New: isNew, Known: !isNew}
}

// ReadFile reads one article file and rejects what is not an article, naming the
// file: missing, a directory, too large, empty, binary, not UTF-8.
func ReadFile(name string, maxBytes int64) (File, error) {
	if maxBytes <= 0 {
		maxBytes = MaxArticleBytes
	}
	raw, err := readBounded(name, maxBytes)
	if err != nil {
		return File{}, fmt.Errorf("ingest %s: %w", name, err)
	}
	if err := checkText(raw); err != nil {
		return File{}, fmt.Errorf("ingest %s: %w", name, err)
	}
	text := strings.TrimPrefix(string(raw), "\ufeff")
	doc := article.Parse("check", text)
	body := 0
	for _, s := range doc.Sentences {
		if s.Index > 0 && s.Text != "" {
			body++
		}
	}
	if body == 0 {
		return File{}, fmt.Errorf("ingest %s: no sentences found (an article is a title line, a blank line, then paragraphs)", name)
	}
	return File{Name: name, Input: extract.Input{ID: defaultDocID(name, raw), Raw: text}}, nil
}

// checkText rejects empty, binary and non-UTF-8 input.
func checkText(raw []byte) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return errors.New("file is empty")
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return fmt.Errorf("binary file (NUL byte at offset %d), not text", i)
	}
	if !utf8.Valid(raw) {
		off := 0
		for off < len(raw) {
			r, n := utf8.DecodeRune(raw[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("not valid UTF-8 text (first bad byte at offset %d); convert it to UTF-8 first", off)
	}
	ctrl := 0
	for _, r := range string(raw) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctrl++
		}
	}
	if ctrl*20 > utf8.RuneCount(raw) {
		return errors.New("binary file (too many control characters), not text")
	}
	return nil
}

// defaultDocID is the file name as a slug and a short hash of the text:
// the same text under the same name is the same document.
func defaultDocID(name string, raw []byte) string {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	slug := extract.Slug(base)
	if slug == "" {
		slug = "article"
	}
	h := sha256.Sum256(raw)
	return slug + "-" + hex.EncodeToString(h[:4])
}

// Run extracts every file against what the store knows (stored: the
// entities it holds, as queries.Entities lists them) and the curated seeds,
// and writes the documents, all in one transaction (see write.WriteBatch),
// unless dryRun. Curated facts win where they disagree.
func Run(ctx context.Context, st write.Writer, stored []schema.Entity, inputs []File, dryRun bool) ([]Result, error) {
	defer graph.RelaxGC()()
	set, err := seeds.Embedded()
	if err != nil {
		return nil, fmt.Errorf("load seeds: %w", err)
	}
	curatedDocs, err := set.Documents()
	if err != nil {
		return nil, fmt.Errorf("load seeds: %w", err)
	}
	curated := map[string]schema.Entity{} // as a store holding only the seeds knows them
	for _, e := range extract.MergeKnown(nil, set.Entities()) {
		curated[e.ID] = e
	}
	var known []schema.Entity
	for _, e := range stored {
		if e.ID == "" {
			continue
		}
		known = append(known, e)
	}
	// The curated seeds are known even to a store built without them.
	known = extract.MergeKnown(known, set.Entities())
	byID := map[string]schema.Entity{}
	for _, e := range known {
		byID[e.ID] = e
	}
	all := extract.NewCurated(curatedDocs)
	// What the store and the seeds state of known events tells a new
	// mention of their kind from them.
	facts, err := storedFacts(ctx, st.QuadStore(), stored)
	if err != nil {
		return nil, err
	}
	var given []schema.Statement // the seeds', and the files' before
	for _, d := range curatedDocs {
		given = append(given, d.Statements...)
	}
	opt := extract.IngestOptions()

	var results []Result
	var docs []schema.Document
	for _, in := range inputs {
		opt.Facts = factsBesides(given, facts, in.ID)
		own, err := ownEntities(ctx, st.QuadStore(), in.ID)
		if err != nil {
			return nil, err
		}
		x := extract.New(withoutEntities(known, own, curated), opt)
		res, err := x.Extract(ctx, in.Input)
		if err != nil {
			return nil, err
		}
		doc := extract.Filter(res.Document, all)
		doc.Source = "ingested from " + filepath.Base(in.Name)
		r := Result{File: in.Name, Document: doc.ID, Title: doc.Title, DryRun: dryRun, Entities: []Named{}, Statements: []Fact{}}
		r.Overruled = len(res.Document.Statements) - len(doc.Statements)
		for _, s := range doc.Sentences {
			if s.Text != "" {
				r.Sentences++
			}
		}
		for _, e := range doc.Entities {
			r.Entities = append(r.Entities, named(e, true))
			r.NewEntities++
		}
		// The files after this one know what it named, as they would had
		// each been ingested by its own command.
		if len(doc.Entities) > 0 && len(results)+1 < len(inputs) {
			for _, e := range doc.Entities {
				known = append(known, e)
				byID[e.ID] = e
			}
		}
		given = append(given, doc.Statements...)
		// Known entities this document mentions that no curated file
		// defines are defined again by it, as the store has them, so that
		// re-ingesting the document that first named them keeps them.
		for _, id := range res.Known {
			e := byID[id]
			r.Entities = append(r.Entities, named(e, false))
			if _, ok := curated[id]; !ok {
				doc.Entities = append(doc.Entities, e)
			}
		}
		for _, s := range doc.Statements {
			f := Fact{Subject: s.Subject, Predicate: s.Predicate.Name, Object: s.Object, Sentence: s.Sentence, Confidence: s.Confidence}
			if s.Predicate.IsAttribute() {
				f.Object = fmt.Sprint(s.Value)
			}
			switch {
			case s.Predicate.Name == extract.MentionedWith.Name:
				r.CoMentions++
			case s.Predicate.IsOpen():
				r.Open++
			default:
				r.Typed++
			}
			r.Statements = append(r.Statements, f)
		}
		results = append(results, r)
		docs = append(docs, doc)
	}
	if dryRun {
		return results, nil
	}
	chs, err := write.WriteBatch(ctx, st, docs)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	for i := range chs {
		results[i].Change = &chs[i]
	}
	return results, nil
}
