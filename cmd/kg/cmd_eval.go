package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/seeds"
	"github.com/kg-analyst/kg/seeds/extract"
)

// defaultSets is where the held-out sets sit in a checkout of kg.
const defaultSets = "seeds/extract/testdata"

// frozenSet is the held-out set rules must not be tuned on: its totals are
// printed, its article-by-article misses only when asked for, so that a
// developer reading -v output to tune rules does not read them by accident.
const frozenSet = "test"

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "score the extractor on the seed articles and on the held-out sets of articles with gold files",
		Description: "Runs the extractor on each seed article alone (no store, only the built-in list of\n" +
			"well-known places and groups; --no-world: not even that) against its curated annotation,\n" +
			"twice: read as the annotation was made, descriptions as entities (SEED), and read with\n" +
			"the options kg ingest reads a new article with (SEED-INGEST); then on each set of\n" +
			"articles with gold files under --sets (dev, test), read in date order as ingests\n" +
			"would be, against their gold. Names match by the eval's own normaliser;\n" +
			"typed pairs when subject, predicate and object match; a real event's nodes are the\n" +
			"entities its mentions resolve to across the set; a claim is attributed when its\n" +
			"sentence names its source.",
		Flags: []cli.Flag{formatFlag,
			&cli.BoolFlag{Name: "no-world", Usage: "give the extractor no built-in place and group names (the seed article)"},
			&cli.StringFlag{Name: "sets", Value: defaultSets, Usage: "the directory whose subdirectories hold held-out articles and `DIR`/NAME.gold files"},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "list what each set missed or got wrong (the frozen test set only with --show-frozen)"},
			&cli.BoolFlag{Name: "show-frozen", Usage: "with --verbose or --format json, list the frozen test set's misses too: whoever reads them can no longer tune rules blind to it"},
		},
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			set, err := seeds.Embedded()
			if err != nil {
				return fmt.Errorf("load seeds: %w", err)
			}
			dir := c.String("sets")
			if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) && !c.IsSet("sets") {
				fmt.Fprintf(c.App.ErrWriter, "kg: no %s here: scoring the seed articles only\n", dir)
				dir = ""
			} else if err != nil {
				return fmt.Errorf("eval --sets: %w", err)
			}
			reports, err := extract.EvaluateAll(c.Context, set, dir, extract.EvalOptions{NoWorld: c.Bool("no-world")})
			if err != nil {
				return err
			}
			if format == "json" {
				for i, r := range reports {
					if r.Set == frozenSet && !c.Bool("show-frozen") {
						reports[i] = r.Totals()
					}
				}
				return writeJSON(c.App.Writer, map[string]any{"sets": reports})
			}
			if err := writeEvalTable(c.App.Writer, reports); err != nil {
				return err
			}
			if c.Bool("verbose") {
				for _, r := range reports {
					if r.Set == frozenSet && !c.Bool("show-frozen") {
						fmt.Fprintf(c.App.Writer, "\n%s: misses not listed: the set is frozen (--show-frozen lists them)\n", r.Set)
						continue
					}
					writeEvalDetail(c.App.Writer, r)
				}
			}
			return nil
		},
	}
}

// writeEvalTable prints one row per measure, one column per set.
func writeEvalTable(w io.Writer, reports []extract.SetReport) error {
	tw := newTable(w)
	head := "MEASURE"
	for _, r := range reports {
		head += fmt.Sprintf("\t%s (%d)", strings.ToUpper(r.Set), r.Articles)
	}
	fmt.Fprintln(tw, head+"\tTARGET")
	row := func(name, target string, cell func(r extract.SetReport) string) {
		line := name
		for _, r := range reports {
			line += "\t" + cell(r)
		}
		fmt.Fprintln(tw, line+"\t"+target)
	}
	row("entity recall", ">= 0.90", func(r extract.SetReport) string { return r.Total.NamesFound.String() })
	row("entity precision", ">= 0.95", func(r extract.SetReport) string { return r.Total.NewReal.String() })
	row("type accuracy", ">= 0.95", func(r extract.SetReport) string { return r.Total.TypeAccuracy.String() })
	row("typed-pair recall", ">= 0.50", func(r extract.SetReport) string { return r.Total.TypedRecall.String() })
	row("typed-pair precision", ">= 0.90", func(r extract.SetReport) string { return r.Total.TypedPrecision.String() })
	row("linked pairs with a typed or open relation", ">= 0.75", func(r extract.SetReport) string { return r.Total.Related.String() })
	row("extracted pairs with a typed or open relation", ">= 0.75", func(r extract.SetReport) string { return r.Total.ExtractedRelated.String() })
	row("linked-pair recall (1-2 hops)", ">= 0.90", func(r extract.SetReport) string { return r.Total.Linked.String() })
	row("real events with a node", "all", func(r extract.SetReport) string { return r.Events.Found.String() })
	row("event nodes per real event", "1.00", func(r extract.SetReport) string {
		if r.Events.Found.Hit == 0 {
			return "-"
		}
		return fmt.Sprintf("%.2f (%d/%d)", r.Events.NodesPerEvent, r.Events.Nodes, r.Events.Found.Hit)
	})
	row("event nodes shared by two events", "0", func(r extract.SetReport) string {
		if r.Events.Found.Total == 0 {
			return "-"
		}
		return fmt.Sprint(r.Events.Shared)
	})
	row("claim attribution recall", "", func(r extract.SetReport) string { return r.Claims.String() })
	return tw.Flush()
}

// writeEvalDetail lists what a set missed or got wrong.
func writeEvalDetail(w io.Writer, r extract.SetReport) {
	list := func(title string, items []string) {
		if len(items) > 0 {
			fmt.Fprintf(w, "  %s:\n    %s\n", title, strings.Join(items, "\n    "))
		}
	}
	fmt.Fprintf(w, "\n%s:\n", r.Set)
	for _, d := range r.Documents {
		fmt.Fprintf(w, " %s (given: %s); alias resolution %s\n", d.Document, d.Given, d.AliasResolution)
		list("missed entities", d.MissedEntities)
		list("extracted entities the annotation lacks", d.ExtraEntities)
		list("wrong typed statements", d.WrongRelations)
		list("missed typed statements", d.MissedRelations)
		list("missed pairs", d.MissedPairs)
	}
	for _, a := range r.PerArticle {
		fmt.Fprintf(w, " %s: extracted pairs with a typed or open relation %s\n", a.File, a.ExtractedRelated)
		list("missed names", a.Missed)
		list("new entities that are no name", a.Noise)
		list("names split or shared", a.Split)
		list("wrong types", a.WrongType)
		list("unlinked", a.Unlinked)
		list("linked by no typed or open relation", a.Unrelated)
		list("wrong typed statements", a.WrongTyped)
		list("missed typed statements", a.MissedTyped)
	}
	list("real events and their nodes", r.Events.Resolved)
	list("events split over nodes", r.Events.Split)
	list("nodes shared by events", r.Events.Merged)
	list("claims not attributed", r.Unattributed)
}
