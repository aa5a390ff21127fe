package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/schema"
)

func linksCommand() *cli.Command {
	return &cli.Command{
		Name:      "links",
		Usage:     "show what an entity is linked to, how, and the sentence that says so",
		ArgsUsage: "ENTITY",
		Flags: append(storeFlags(), formatFlag,
			&cli.IntFlag{Name: "depth", Aliases: []string{"d"}, Value: 1, Usage: "follow links `N` hops out"},
			&cli.StringSliceFlag{Name: "predicate", Aliases: []string{"p"}, Usage: "only links of `PREDICATE` (repeatable): " + strings.Join(schema.PredicateNames(), ", ")},
			&cli.StringSliceFlag{Name: "type", Aliases: []string{"t"}, Usage: "only links to entities of `TYPE` (repeatable)"},
			&cli.StringFlag{Name: "doc", Usage: "only links stated in document `ID`"},
			&cli.IntFlag{Name: "limit", Usage: "at most `N` links (0: all)"},
		),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			if c.NArg() != 1 {
				return usagef("links takes one ENTITY (quote names with spaces), got %d arguments", c.NArg())
			}
			if c.Int("depth") < 1 {
				return usagef("--depth must be at least 1")
			}
			st, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer st.Close()
			qs := st.QuadStore()
			res, err := queries.Resolve(c.Context, qs, c.Args().First())
			if err != nil {
				return err
			}
			noteResolution(c, res)
			links, err := queries.Links(c.Context, qs, iriOf(res.Node), queries.LinkOptions{
				Depth: c.Int("depth"), Predicates: c.StringSlice("predicate"), Types: c.StringSlice("type"),
				Document: c.String("doc"), Limit: c.Int("limit"),
			})
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(c.App.Writer, struct {
					Entity queries.Resolution `json:"entity"`
					Links  []queries.Link     `json:"links"`
				}{res, links})
			}
			fmt.Fprintf(c.App.Writer, "%s (%s) %s\n", res.Name, res.Type, res.IRI)
			if len(links) == 0 {
				fmt.Fprintln(c.App.Writer, "no links")
				return nil
			}
			tw := newTable(c.App.Writer)
			depth := 0
			for _, l := range links {
				if c.Int("depth") > 1 && l.Depth != depth {
					depth = l.Depth
					tw.Flush()
					fmt.Fprintf(c.App.Writer, "hop %d\n", depth)
				}
				fmt.Fprintf(tw, "  %s\n", edgeColumns(l.Edge))
			}
			return tw.Flush()
		},
	}
}

// noteResolution tells the user on stderr when a name was taken loosely.
func noteResolution(c *cli.Context, r queries.Resolution) {
	if r.How == "nearest" {
		fmt.Fprintf(c.App.ErrWriter, "kg: no entity is named %q; taking the nearest, %s (%s)\n", r.Query, r.Name, r.IRI)
	}
}
