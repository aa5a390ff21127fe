package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/analysis"
)

func brokersCommand() *cli.Command {
	return &cli.Command{
		Name:  "brokers",
		Usage: "find who stands between two entities or groups: the entities most shortest paths between them pass through",
		ArgsUsage: "A B\n\n   A and B are each an entity, a comma-separated list of entities, or type:TYPE for every entity\n" +
			"   of a type (type:ArmedGroup). Links joining A and B directly are listed apart.",
		Flags: append(append(storeFlags(), formatFlag), append(viewFlags(),
			&cli.IntFlag{Name: "max-hops", Aliases: []string{"n"}, Value: 4, Usage: "longest path counted, in `HOPS`"},
			&cli.StringSliceFlag{Name: "type", Aliases: []string{"t"}, Usage: "list only intermediaries of `TYPE` (repeatable)"},
			&cli.IntFlag{Name: "limit", Value: 10, Usage: "at most `N` brokers"},
			&cli.IntFlag{Name: "paths", Value: 3, Usage: "at most `N` paths per broker"},
		)...),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			if c.NArg() != 2 {
				return usagef("brokers takes two sides A and B (quote names with spaces), got %d arguments", c.NArg())
			}
			if c.Int("max-hops") < 2 || c.Int("limit") < 1 || c.Int("paths") < 1 {
				return usagef("--max-hops must be at least 2, --limit and --paths at least 1")
			}
			v, st, err := buildView(c)
			if err != nil {
				return err
			}
			defer st.Close()
			var sides [2]analysis.Side
			for i := range sides {
				var resolved []queries.Resolution
				if sides[i], resolved, err = analysis.ParseSide(c.Context, st.QuadStore(), c.Args().Get(i)); err != nil {
					return err
				}
				for _, res := range resolved {
					noteResolution(c, res)
				}
			}
			r, err := analysis.Brokers(c.Context, v, sides[0], sides[1], analysis.BrokerOptions{
				MaxHops: c.Int("max-hops"), Types: c.StringSlice("type"), Limit: c.Int("limit"), Paths: c.Int("paths"),
			})
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(c.App.Writer, r)
			}
			printBrokerage(c, r)
			return nil
		},
	}
}

func printBrokerage(c *cli.Context, r analysis.Brokerage) {
	w := c.App.Writer
	fmt.Fprintf(w, "between %s and %s: %d pairs joined within --max-hops\n", nodeNames(r.From), nodeNames(r.To), r.Pairs)
	if len(r.Direct) > 0 {
		fmt.Fprintf(w, "directly linked (%d statements, left out of the paths)\n", len(r.Direct))
		tw := newTable(w)
		for _, e := range r.Direct {
			fmt.Fprintf(tw, "  %s\n", edgeColumns(e, false))
		}
		tw.Flush()
	}
	if len(r.Brokers) == 0 {
		fmt.Fprintln(w, "no one between them")
		return
	}
	for i, b := range r.Brokers {
		fmt.Fprintf(w, "%2d. %s (%s)  share %.3g\n", i+1, b.Entity.Name, b.Entity.Type, b.Share)
		for _, p := range b.Paths {
			names := make([]string, len(p.Nodes))
			for j, n := range p.Nodes {
				names[j] = n.Name
			}
			fmt.Fprintf(w, "    path: %s\n", strings.Join(names, " .. "))
			tw := newTable(w)
			for _, e := range p.Edges {
				fmt.Fprintf(tw, "      %s\n", edgeColumns(e, false))
			}
			tw.Flush()
		}
	}
}

// nodeNames lists a few names, and how many more.
func nodeNames(ns []queries.Node) string {
	var names []string
	for _, n := range ns[:min(3, len(ns))] {
		names = append(names, n.Name)
	}
	out := strings.Join(names, ", ")
	if len(ns) > 3 {
		out += fmt.Sprintf(" and %d more", len(ns)-3)
	}
	return out
}
