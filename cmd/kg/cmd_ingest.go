package main

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/graph/ingest"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/seeds/extract"
)

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
			&cli.StringFlag{Name: "max-size", Value: "4MiB", Usage: "refuse a file larger than `SIZE`, counted as it is read (pipes and devices too)"},
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
			maxSize, err := parseSize("--max-size", c.String("max-size"))
			if err != nil {
				return err
			}
			if maxSize < 0 { // none
				maxSize = math.MaxInt64 - 1
			}
			// Read and check every file before touching the store.
			var inputs []ingest.File
			for _, f := range files {
				in, err := ingest.ReadFile(f, maxSize)
				if errors.Is(err, ingest.ErrTooLarge) {
					return fmt.Errorf("%w (--max-size raises the limit)", err)
				}
				if err != nil {
					return err
				}
				if c.IsSet("doc-id") {
					in.ID = c.String("doc-id")
				}
				in.Title = c.String("title")
				in.Date = c.String("date")
				inputs = append(inputs, in)
			}
			// A new store gets the seeds first, as for every read command,
			// so that what is known is known; --dry-run writes nothing else.
			st, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer st.Close()
			known, err := queries.Entities(c.Context, st.QuadStore())
			if err != nil {
				return err
			}
			results, err := ingest.Run(c.Context, st, known, inputs, c.Bool("dry-run"))
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

func printIngest(c *cli.Context, r ingest.Result) {
	w := c.App.Writer
	verb := "ingested"
	if r.DryRun {
		verb = "would ingest"
	}
	fmt.Fprintf(w, "%s %s: %d sentences, %d entities (%d new), %d typed statements, %d co-mentions, %d open relations",
		verb, r.Document, r.Sentences, len(r.Entities), r.NewEntities, r.Typed, r.CoMentions, r.Open)
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
