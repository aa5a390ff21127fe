package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries/analysis"
)

func rankCommand() *cli.Command {
	return &cli.Command{
		Name:  "rank",
		Usage: "list the most central entities, with their score, their sources and the links that count most",
		Flags: append(append(storeFlags(), formatFlag), append(viewFlags(),
			&cli.StringFlag{Name: "by", Value: analysis.ByPageRank, Usage: "`MEASURE`: degree, betweenness or pagerank"},
			&cli.StringSliceFlag{Name: "type", Aliases: []string{"t"}, Usage: "list only entities of `TYPE` (repeatable); scores use the whole graph"},
			&cli.IntFlag{Name: "limit", Value: 10, Usage: "at most `N` entities"},
			&cli.IntFlag{Name: "samples", Usage: "betweenness from `N` sampled sources (0: exact up to 3,000 entities, 16 samples beyond)"},
		)...),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			if c.NArg() != 0 {
				return usagef("rank takes no arguments, got %d", c.NArg())
			}
			by := c.String("by")
			if by != analysis.ByDegree && by != analysis.ByBetweenness && by != analysis.ByPageRank {
				return usagef("unknown --by %q: want degree, betweenness or pagerank", by)
			}
			if c.Int("limit") < 1 || c.Int("samples") < 0 {
				return usagef("--limit must be at least 1 and --samples not negative")
			}
			v, st, err := buildView(c)
			if err != nil {
				return err
			}
			defer st.Close()
			r, err := analysis.Rank(c.Context, v, analysis.RankOptions{
				By: by, Types: c.StringSlice("type"), Limit: c.Int("limit"), Samples: c.Int("samples"),
			})
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(c.App.Writer, r)
			}
			fmt.Fprintf(c.App.Writer, "%s over %d entities, %d linked pairs", r.By, r.Nodes, r.Pairs)
			if r.Sampled > 0 {
				fmt.Fprintf(c.App.Writer, " (estimated from %d sampled sources)", r.Sampled)
			}
			fmt.Fprintln(c.App.Writer)
			for i, e := range r.Entities {
				fmt.Fprintf(c.App.Writer, "%2d. %s (%s)  %.4g  [%d links, %d documents]\n", i+1, e.Entity.Name, e.Entity.Type, e.Score, e.Links, e.Documents)
				tw := newTable(c.App.Writer)
				for _, l := range e.Top {
					fmt.Fprintf(tw, "      %s\n", edgeColumns(l, false))
				}
				tw.Flush()
			}
			return nil
		},
	}
}
