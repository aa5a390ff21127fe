package main

import (
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/schema"
)

func entitiesCommand() *cli.Command {
	return &cli.Command{
		Name:  "entities",
		Usage: "list the entities the graph knows, with their types and aliases",
		Flags: append(storeFlags(), formatFlag, asOfFlag,
			&cli.StringSliceFlag{Name: "type", Aliases: []string{"t"}, Usage: "only entities of `TYPE` (or its subtypes): " + strings.Join(schema.TypeNames(), ", ")},
		),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			for _, t := range c.StringSlice("type") {
				if _, ok := schema.LookupType(canonical(t)); !ok {
					return usagef("unknown type %q: want one of %s", t, strings.Join(schema.TypeNames(), ", "))
				}
			}
			st, qs, err := openKnownStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			ents, err := queries.Entities(c.Context, qs, c.StringSlice("type")...)
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(c.App.Writer, ents)
			}
			tw := newTable(c.App.Writer)
			fmt.Fprintln(tw, "NAME\tTYPE\tID\tDATE\tALIASES\tDESCRIPTION")
			for _, e := range ents {
				date := ""
				if schema.IsA(e.Type, "Event") {
					d, err := queries.Describe(c.Context, qs, quad.IRI(e.IRI))
					if err != nil {
						return err
					}
					date = d.Date
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", e.Name, e.Type, e.ID, date, strings.Join(e.Aliases, "; "), clip(e.Description, 60))
			}
			return tw.Flush()
		},
	}
}

// canonical maps a type name as typed, in any case, to the schema's.
func canonical(t string) string {
	for _, n := range schema.TypeNames() {
		if strings.EqualFold(n, t) {
			return n
		}
	}
	return t
}

// clip cuts s to n characters, marking the cut with "…"; --format json
// keeps it whole.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
