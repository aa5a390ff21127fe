package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries"
)

func pathCommand() *cli.Command {
	return &cli.Command{
		Name:      "path",
		Usage:     "show how two entities are connected, shortest first, with evidence for every hop",
		ArgsUsage: "A B",
		Flags: append(storeFlags(), formatFlag,
			&cli.IntFlag{Name: "max-hops", Aliases: []string{"n"}, Value: 4, Usage: "longest path, in `HOPS`"},
			&cli.IntFlag{Name: "limit", Value: 10, Usage: "at most `N` paths"},
		),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			if c.NArg() != 2 {
				return usagef("path takes two entities A and B (quote names with spaces), got %d arguments", c.NArg())
			}
			if c.Int("max-hops") < 1 || c.Int("limit") < 1 {
				return usagef("--max-hops and --limit must be at least 1")
			}
			st, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer st.Close()
			qs := st.QuadStore()
			var ends [2]queries.Resolution
			for i := range ends {
				if ends[i], err = queries.Resolve(c.Context, qs, c.Args().Get(i)); err != nil {
					return err
				}
				noteResolution(c, ends[i])
			}
			paths, err := queries.Paths(c.Context, qs, iriOf(ends[0].Node), iriOf(ends[1].Node),
				queries.PathOptions{MaxHops: c.Int("max-hops"), Limit: c.Int("limit")})
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(c.App.Writer, struct {
					From  queries.Resolution `json:"from"`
					To    queries.Resolution `json:"to"`
					Paths []queries.Path     `json:"paths"`
				}{ends[0], ends[1], paths})
			}
			if len(paths) == 0 {
				fmt.Fprintf(c.App.Writer, "no path between %s and %s within %d hops\n", ends[0].Name, ends[1].Name, c.Int("max-hops"))
				return nil
			}
			tw := newTable(c.App.Writer)
			for i, p := range paths {
				names := make([]string, len(p.Nodes))
				for j, n := range p.Nodes {
					names[j] = n.Name
				}
				tw.Flush() // a header line would widen the first column
				fmt.Fprintf(c.App.Writer, "path %d (%d hops): %s\n", i+1, p.Length, strings.Join(names, " .. "))
				for _, e := range p.Edges {
					fmt.Fprintf(tw, "  %s\n", edgeColumns(e))
				}
			}
			return tw.Flush()
		},
	}
}
