package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/build"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds"
	"github.com/kg-analyst/kg/seeds/article"
	"github.com/kg-analyst/kg/seeds/extract"
)

// maxArticleBytes bounds one ingested file: news articles are tens of
// kilobytes; anything this large is a dump to split, not an article.
const maxArticleBytes = 4 << 20

func ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "read news articles, find who and what they name and how they are linked, and add it to the graph",
		ArgsUsage: "FILE...",
		Description: "Each file is one article: a title line, a blank line, then paragraphs. Entities the\n" +
			"graph knows are recognised under other spellings; new names become new entities.\n" +
			"Every fact is written with its sentence, source extracted and a confidence;\n" +
			"curated facts win where they disagree. A document's facts land in one\n" +
			"transaction, and ingesting the same text again changes nothing.",
		Flags: append(storeFlags(), formatFlag,
			&cli.StringFlag{Name: "doc-id", Usage: "document `ID` (one file only); default: the file name and a hash of its text"},
			&cli.StringFlag{Name: "title", Usage: "document `TITLE` (one file only); default: the article's first line"},
			&cli.StringFlag{Name: "date", Usage: "publication `DATE`, YYYY-MM-DD; weekdays and dates without a year are read against it"},
			&cli.BoolFlag{Name: "dry-run", Aliases: []string{"n"}, Usage: "print what would be written and write nothing"},
		),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			files := c.Args().Slice()
			if len(files) == 0 {
				return usagef("ingest takes one or more FILEs")
			}
			if len(files) > 1 && (c.IsSet("doc-id") || c.IsSet("title")) {
				return usagef("--doc-id and --title name one document; got %d files", len(files))
			}
			if d := c.String("date"); d != "" {
				if _, err := time.Parse("2006-01-02", d); err != nil {
					return usagef("--date %q: want YYYY-MM-DD", d)
				}
			}
			if id := c.String("doc-id"); c.IsSet("doc-id") && (id == "" || extract.Slug(id) != id) {
				return usagef("--doc-id %q: want lower-case letters, digits and hyphens, such as %q", id, extract.Slug(id))
			}
			// Read and check every file before touching the store.
			var inputs []articleFile
			for _, f := range files {
				in, err := readArticle(f)
				if err != nil {
					return err
				}
				if c.IsSet("doc-id") {
					in.ID = c.String("doc-id")
				}
				in.Title = c.String("title")
				in.Date = c.String("date")
				inputs = append(inputs, articleFile{Name: f, Input: in})
			}
			// A new store gets the seeds first, as for every read command,
			// so that what is known is known; --dry-run writes nothing else.
			st, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer st.Close()
			results, err := ingest(c.Context, st, inputs, c.Bool("dry-run"))
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(c.App.Writer, results)
			}
			for _, r := range results {
				printIngest(c, r)
			}
			return nil
		},
	}
}

// articleFile is one file to ingest.
type articleFile struct {
	Name string
	extract.Input
}

// ingestResult is what ingesting one file did (or would do).
type ingestResult struct {
	File        string         `json:"file"`
	Document    string         `json:"document"`
	Title       string         `json:"title,omitempty"`
	Sentences   int            `json:"sentences"`
	Entities    []ingestEntity `json:"entities"`
	Statements  []ingestFact   `json:"statements"`
	Typed       int            `json:"typed"`
	CoMentions  int            `json:"co_mentions"`
	Overruled   int            `json:"overruled_by_curated"`
	DryRun      bool           `json:"dry_run"`
	Change      *graph.Change  `json:"change,omitempty"`
	NewEntities int            `json:"new_entities"`
}

type ingestEntity struct {
	ID    string `json:"id"`
	Type  string `json:"type"`
	Name  string `json:"name"`
	New   bool   `json:"new"`
	Known bool   `json:"known"`
}

type ingestFact struct {
	Subject    string  `json:"subject"`
	Predicate  string  `json:"predicate"`
	Object     string  `json:"object"`
	Sentence   int     `json:"sentence"`
	Confidence float64 `json:"confidence"`
}

// readArticle reads one file and rejects what is not an article, naming the
// file: missing, a directory, too large, empty, binary, not UTF-8.
func readArticle(name string) (extract.Input, error) {
	info, err := os.Stat(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return extract.Input{}, fmt.Errorf("ingest %s: no such file", name)
		}
		return extract.Input{}, fmt.Errorf("ingest %s: %w", name, err)
	}
	if info.IsDir() {
		return extract.Input{}, fmt.Errorf("ingest %s: is a directory, not an article", name)
	}
	if info.Size() > maxArticleBytes {
		return extract.Input{}, fmt.Errorf("ingest %s: %.1f MB is too large for one article (the limit is %d MB); split it into articles", name, float64(info.Size())/(1<<20), maxArticleBytes>>20)
	}
	raw, err := os.ReadFile(name)
	if err != nil {
		return extract.Input{}, fmt.Errorf("ingest %s: %w", name, err)
	}
	if len(raw) > maxArticleBytes {
		return extract.Input{}, fmt.Errorf("ingest %s: too large for one article (the limit is %d MB); split it into articles", name, maxArticleBytes>>20)
	}
	if err := checkText(raw); err != nil {
		return extract.Input{}, fmt.Errorf("ingest %s: %w", name, err)
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
		return extract.Input{}, fmt.Errorf("ingest %s: no sentences found (an article is a title line, a blank line, then paragraphs)", name)
	}
	return extract.Input{ID: defaultDocID(name, raw), Raw: text}, nil
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

// ingest extracts every input against what the store knows and writes the
// documents, one transaction each, unless dryRun.
func ingest(ctx context.Context, st *graph.Store, inputs []articleFile, dryRun bool) ([]ingestResult, error) {
	set, err := seeds.Embedded()
	if err != nil {
		return nil, fmt.Errorf("load seeds: %w", err)
	}
	curatedDocs, err := build.FromSeeds(set)
	if err != nil {
		return nil, fmt.Errorf("load seeds: %w", err)
	}
	curatedIDs := map[string]bool{}
	for _, e := range extract.KnownFromSeeds(set) {
		curatedIDs[e.ID] = true
	}
	stored, err := queries.Entities(ctx, st.QuadStore())
	if err != nil {
		return nil, err
	}
	var known []extract.Entity
	for _, e := range stored {
		if e.ID == "" {
			continue
		}
		known = append(known, extract.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
	// The curated seeds are known even to a store built without them.
	known = extract.MergeKnown(known, extract.KnownFromSeeds(set))
	byID := map[string]extract.Entity{}
	for _, e := range known {
		byID[e.ID] = e
	}
	all := extract.NewCurated(curatedDocs)
	x := extract.New(known, extract.Options{})

	var results []ingestResult
	var docs []build.Document
	for _, in := range inputs {
		res, err := x.Extract(ctx, in.Input)
		if err != nil {
			return nil, err
		}
		doc := extract.Filter(res.Document, all)
		doc.Source = "ingested from " + filepath.Base(in.Name)
		r := ingestResult{File: in.Name, Document: doc.ID, Title: doc.Title, DryRun: dryRun, Entities: []ingestEntity{}, Statements: []ingestFact{}}
		r.Overruled = len(res.Document.Statements) - len(doc.Statements)
		for _, s := range doc.Sentences {
			if s.Text != "" {
				r.Sentences++
			}
		}
		for _, e := range doc.Entities {
			r.Entities = append(r.Entities, ingestEntity{ID: e.ID, Type: e.Type, Name: e.Name, New: true})
			r.NewEntities++
		}
		// Known entities this document mentions that no curated file
		// defines are defined again by it, as the store has them, so that
		// re-ingesting the document that first named them keeps them.
		for _, id := range res.Known {
			e := byID[id]
			r.Entities = append(r.Entities, ingestEntity{ID: e.ID, Type: e.Type, Name: e.Name, Known: true})
			if !curatedIDs[id] {
				doc.Entities = append(doc.Entities, build.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
			}
		}
		for _, s := range doc.Statements {
			f := ingestFact{Subject: s.Subject, Predicate: s.Predicate.Name, Object: s.Object, Sentence: s.Sentence, Confidence: s.Confidence}
			if s.Predicate.IsAttribute() {
				f.Object = fmt.Sprint(s.Value)
			}
			if s.Predicate.Name == extract.MentionedWith.Name {
				r.CoMentions++
			} else {
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
	for i, d := range docs {
		ch, err := build.Write(ctx, documentWriter{st}, []build.Document{d})
		if err != nil {
			return nil, fmt.Errorf("ingest %s: %w", d.ID, err)
		}
		results[i].Change = &ch
	}
	return results, nil
}

func printIngest(c *cli.Context, r ingestResult) {
	w := c.App.Writer
	verb := "ingested"
	if r.DryRun {
		verb = "would ingest"
	}
	fmt.Fprintf(w, "%s %s: %d sentences, %d entities (%d new), %d typed statements, %d co-mentions",
		verb, r.Document, r.Sentences, len(r.Entities), r.NewEntities, r.Typed, r.CoMentions)
	if r.Overruled > 0 {
		fmt.Fprintf(w, ", %d left to curated facts", r.Overruled)
	}
	fmt.Fprintln(w)
	if r.Change != nil {
		fmt.Fprintf(w, "  %d quads added, %d removed, %d unchanged\n", r.Change.Added, r.Change.Removed, r.Change.Unchanged)
	}
	if !r.DryRun {
		return
	}
	tw := newTable(w)
	fmt.Fprintln(tw, "  ENTITY\tTYPE\tID\t")
	for _, e := range r.Entities {
		tag := "known"
		if e.New {
			tag = "new"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", e.Name, e.Type, e.ID, tag)
	}
	fmt.Fprintln(tw, "  SUBJECT\tPREDICATE\tOBJECT\tSENTENCE\tCONFIDENCE")
	for _, s := range r.Statements {
		fmt.Fprintf(tw, "  %s\t%s\t%s\ts%d\t%.2f\n", s.Subject, s.Predicate, s.Object, s.Sentence, s.Confidence)
	}
	tw.Flush()
}

// documentWriter writes documents so that a new version of a document also
// removes the statements of the old one: build.Write replaces the quads
// carrying the labels the new version has, and an extracted statement that
// the new version no longer makes carries an evidence label the new version
// does not have. documentWriter adds to each Replace the evidence and
// sentence labels the store holds for the document.
type documentWriter struct{ st *graph.Store }

// Replace implements build.Writer.
func (w documentWriter) Replace(ctx context.Context, labels []quad.Value, want []quad.Quad) (graph.Change, error) {
	if len(labels) == 0 {
		return w.st.Replace(ctx, labels, want)
	}
	old, err := w.documentLabels(ctx, labels[0])
	if err != nil {
		return graph.Change{}, err
	}
	seen := map[quad.Value]bool{}
	for _, l := range labels {
		seen[l] = true
	}
	for _, l := range old {
		if !seen[l] {
			seen[l] = true
			labels = append(labels, l)
		}
	}
	return w.st.Replace(ctx, labels, want)
}

// documentLabels returns the evidence nodes and sentences the store
// records for the document doc (quads labelled doc that say so).
func (w documentWriter) documentLabels(ctx context.Context, doc quad.Value) ([]quad.Value, error) {
	qs := w.st.QuadStore()
	ref, err := qs.ValueOf(doc)
	if err != nil {
		return nil, fmt.Errorf("look up document %v: %w", doc, err)
	}
	if ref == nil {
		return nil, nil
	}
	var out []quad.Value
	it := qs.QuadIterator(quad.Label, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return nil, fmt.Errorf("read quad: %w", err)
		}
		if q.Predicate == schema.InSentence || q.Predicate == schema.InDocument {
			out = append(out, q.Subject)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read document %v: %w", doc, err)
	}
	return out, nil
}
