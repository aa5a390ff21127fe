package main

import (
	"fmt"
	"sort"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries"
)

func statsCommand() *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "count what the graph holds: quads, entities by type, statements by predicate",
		Flags: append(storeFlags(), formatFlag, asOfFlag),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			st, qs, err := openKnownStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := queries.Summarize(c.Context, qs)
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(c.App.Writer, s)
			}
			w := c.App.Writer
			fmt.Fprintf(w, "store       %s\nquads       %d\ndocuments   %d\nsentences   %d\nentities    %d\nstatements  %d\n",
				st.Describe(), s.Quads, s.Documents, s.Sentences, s.Entities, s.Statements)
			tw := newTable(w)
			fmt.Fprintln(tw, "\nTYPE\tENTITIES")
			for _, k := range sortedKeys(s.ByType) {
				fmt.Fprintf(tw, "%s\t%d\n", k, s.ByType[k])
			}
			fmt.Fprintln(tw, "\nPREDICATE\tSTATEMENTS")
			for _, k := range sortedKeys(s.ByPredicate) {
				fmt.Fprintf(tw, "%s\t%d\n", k, s.ByPredicate[k])
			}
			return tw.Flush()
		},
	}
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
