package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries/analysis"
)

func clustersCommand() *cli.Command {
	return &cli.Command{
		Name:  "clusters",
		Usage: "find communities (Louvain), each named by its most central members, and the links that bridge them",
		Flags: append(append(storeFlags(), formatFlag), append(viewFlags(),
			&cli.IntFlag{Name: "min-size", Value: 2, Usage: "list only clusters of at least `N` entities"},
			&cli.Float64Flag{Name: "resolution", Value: 1, Usage: "Louvain's `R`: above 1 gives more, smaller clusters"},
			&cli.IntFlag{Name: "members", Value: 10, Usage: "list `N` members per cluster, most central first"},
			&cli.IntFlag{Name: "bridges", Value: 10, Usage: "list the `N` heaviest links between clusters"},
		)...),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			if c.NArg() != 0 {
				return usagef("clusters takes no arguments, got %d", c.NArg())
			}
			if c.Int("min-size") < 1 || c.Float64("resolution") <= 0 || c.Int("members") < 1 || c.Int("bridges") < 1 {
				return usagef("--min-size, --members and --bridges must be at least 1, --resolution above 0")
			}
			v, st, err := buildView(c)
			if err != nil {
				return err
			}
			defer st.Close()
			r := analysis.Clusters(c.Context, v, analysis.ClusterOptions{
				MinSize: c.Int("min-size"), Resolution: c.Float64("resolution"), Members: c.Int("members"), Bridges: c.Int("bridges"),
			})
			if format == "json" {
				return writeJSON(c.App.Writer, r)
			}
			w := c.App.Writer
			fmt.Fprintf(w, "%d clusters of at least %d over %d entities, %d linked pairs (modularity %.3f)\n",
				len(r.Clusters), c.Int("min-size"), r.Nodes, r.Pairs, r.Modularity)
			for _, cl := range r.Clusters {
				fmt.Fprintf(w, "cluster %d (%d entities): %s\n", cl.ID, cl.Size, cl.Name)
				for _, m := range cl.Members {
					fmt.Fprintf(w, "    %s (%s)  %.3g\n", m.Name, m.Type, m.Weight)
				}
				if cl.Size > len(cl.Members) {
					fmt.Fprintf(w, "    and %d more\n", cl.Size-len(cl.Members))
				}
			}
			if len(r.Bridges) > 0 {
				fmt.Fprintln(w, "bridges")
				tw := newTable(w)
				for _, b := range r.Bridges {
					fmt.Fprintf(tw, "  %d-%d\t%s\n", b.From, b.To, edgeColumns(b.Links[0], false))
				}
				tw.Flush()
			}
			return nil
		},
	}
}
