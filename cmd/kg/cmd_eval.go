package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/seeds"
	"github.com/kg-analyst/kg/seeds/extract"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "score the extractor on the seed articles against their curated annotation",
		Description: "Runs the extractor on each seed article alone: no store, only the built-in list of\n" +
			"well-known places and groups (--no-world: not even that). Entities match when\n" +
			"one of their names reads alike; relations when subject, predicate and object\n" +
			"match; a linked pair is found when the extracted graph joins the two entities\n" +
			"by a path of one or two statements, co-mentions included.",
		Flags: []cli.Flag{formatFlag,
			&cli.BoolFlag{Name: "no-world", Usage: "give the extractor no built-in place and group names"},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "list missed entities, wrong relations and missed pairs"},
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
			reports, err := extract.Evaluate(c.Context, set, extract.EvalOptions{NoWorld: c.Bool("no-world")})
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(c.App.Writer, reports)
			}
			for _, r := range reports {
				fmt.Fprintf(c.App.Writer, "%s (given: %s)\n", r.Document, r.Given)
				tw := newTable(c.App.Writer)
				fmt.Fprintln(tw, "  MEASURE\tSCORE\tOF\tTARGET")
				row := func(name string, v extract.Ratio, target string) {
					fmt.Fprintf(tw, "  %s\t%.2f\t%d/%d\t%s\n", name, v.Value, v.Hit, v.Total, target)
				}
				row("entity precision", r.EntityPrecision, "")
				row("entity recall", r.EntityRecall, ">= 0.95")
				row("entity recall (lenient)", r.LenientEntityRecall, "")
				row("alias resolution", r.AliasResolution, "")
				row("typed relation precision", r.RelationPrecision, ">= 0.80")
				row("typed relation recall", r.RelationRecall, "")
				row("linked-pair recall (1-2 hops)", r.LinkedPairRecall, ">= 0.90")
				if err := tw.Flush(); err != nil {
					return err
				}
				if c.Bool("verbose") {
					list := func(title string, items []string) {
						if len(items) > 0 {
							fmt.Fprintf(c.App.Writer, "  %s:\n    %s\n", title, strings.Join(items, "\n    "))
						}
					}
					list("missed entities", r.MissedEntities)
					list("extracted entities the annotation lacks", r.ExtraEntities)
					list("wrong relations", r.WrongRelations)
					list("missed pairs", r.MissedPairs)
				}
			}
			return nil
		},
	}
}
