package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/analysis"
)

func diffCommand() *cli.Command {
	return &cli.Command{
		Name:  "diff",
		Usage: "list the entities and links that became known between two dates, with the evidence that made them known",
		Flags: append(append(storeFlags(), formatFlag), append(viewFlags(),
			&cli.StringFlag{Name: "from", Required: true, Usage: "after `DATE` (YYYY-MM-DD): what the graph as of this day did not hold"},
			&cli.StringFlag{Name: "to", Required: true, Usage: "up to `DATE` (YYYY-MM-DD), included"},
		)...),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			if c.NArg() != 0 {
				return usagef("diff takes no arguments, got %d", c.NArg())
			}
			for _, f := range []string{"from", "to"} {
				if err := queries.CheckDate(c.String(f)); err != nil {
					return usagef("--%s: %w", f, err)
				}
			}
			if c.String("from") > c.String("to") {
				return usagef("--from %s is after --to %s", c.String("from"), c.String("to"))
			}
			if c.IsSet("as-of") {
				return usagef("diff takes --from and --to, not --as-of")
			}
			v, st, err := buildView(c)
			if err != nil {
				return err
			}
			defer st.Close()
			r := analysis.Diff(c.Context, v, c.String("from"), c.String("to"))
			if format == "json" {
				return writeJSON(c.App.Writer, r)
			}
			w := c.App.Writer
			fmt.Fprintf(w, "after %s, up to %s: %d new entities, %d new links\n", r.From, r.To, len(r.Entities), len(r.Links))
			for _, n := range r.Entities {
				fmt.Fprintf(w, "  + %s (%s)\n", n.Name, n.Type)
			}
			tw := newTable(w)
			for _, e := range r.Links {
				fmt.Fprintf(tw, "  + %s\n", edgeColumns(e, false))
			}
			return tw.Flush()
		},
	}
}
