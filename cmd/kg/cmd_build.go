package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

func buildCommand() *cli.Command {
	return &cli.Command{
		Name:  "build",
		Usage: "build the graph from the embedded seed articles and their curated annotation",
		Description: "Validates the annotation (errors name file and line; nothing is written if any)\n" +
			"and writes each document's facts in one transaction. Rebuilding is idempotent.",
		Flags: storeFlags(),
		Action: func(c *cli.Context) error {
			st, err := openStore(c, false)
			if err != nil {
				return err
			}
			defer st.Close()
			ch, err := buildSeeds(c, st)
			if err != nil {
				return err
			}
			n, err := st.Size(c.Context)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "built %s: %d quads added, %d removed, %d unchanged; %d quads in the store\n",
				st.Describe(), ch.Added, ch.Removed, ch.Unchanged, n)
			return nil
		},
	}
}
