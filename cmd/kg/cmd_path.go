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
		Description: "Each chain of entities comes once, with every statement that joins each hop, best\n" +
			"first; co-mentions of entities a better statement joins are hidden unless --all-links.\n" +
			fmt.Sprintf("Text shows the first %d paths (--limit N, 0 for all); --format json keeps everything.", defaultPathCap),
		Flags: append(append(storeFlags(), scopeFlags()...), append([]cli.Flag{formatFlag,
			&cli.IntFlag{Name: "max-hops", Aliases: []string{"n"}, Value: 4, Usage: "longest path, in `HOPS`"},
			&cli.IntFlag{Name: "limit", Usage: fmt.Sprintf("at most `N` paths (0: all; text shows %d unless told)", defaultPathCap)},
		}, answerFlags()...)...),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			if c.NArg() != 2 {
				return usagef("path takes two entities A and B (quote names with spaces), got %d arguments", c.NArg())
			}
			if c.Int("max-hops") < 1 || c.Int("limit") < 0 {
				return usagef("--max-hops must be at least 1 and --limit 0 (all) or more")
			}
			scope, err := scopeOf(c)
			if err != nil {
				return err
			}
			st, err := openReadStore(c)
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
			// A few more paths than shown, to say whether there are more.
			limit := answerLimit(c, format, defaultPathCap)
			fetch := limit + pathLookahead
			if limit == 0 {
				fetch = maxPaths
			}
			paths, err := queries.Paths(c.Context, qs, ends[0].Value(), ends[1].Value(),
				queries.PathOptions{MaxHops: c.Int("max-hops"), Limit: fetch, Evidence: quotedEvidence(format), Scope: scope})
			if err != nil {
				return err
			}
			found := len(paths)
			if limit > 0 && len(paths) > limit {
				paths = paths[:limit]
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
			hidden := writePaths(c, paths)
			if len(paths) < found || hidden > 0 {
				showing(c.App.Writer, len(paths), found, "paths", hidden, found == fetch)
			}
			return nil
		},
	}
}

// pathLookahead is how many paths beyond the limit are looked for, to
// count them; maxPaths bounds --limit 0.
const (
	pathLookahead = 40
	maxPaths      = 1 << 16
)

// writePaths prints each path and the statements of each hop, and returns
// how many co-mentions it left out because a better statement joins the
// same hop.
func writePaths(c *cli.Context, paths []queries.Path) (hidden int) {
	tw := newTable(c.App.Writer)
	for i, p := range paths {
		names := make([]string, len(p.Nodes))
		for j, n := range p.Nodes {
			names[j] = n.Name
		}
		tw.Flush() // a header line would widen the first column
		fmt.Fprintf(c.App.Writer, "path %d (%d hops): %s\n", i+1, p.Length, strings.Join(names, " .. "))
		for _, hop := range p.Hops {
			for k, e := range hop {
				if k > 0 && e.Tier() == queries.TierCoMention && hop[0].Tier() < queries.TierCoMention && !c.Bool("all-links") {
					hidden++
					continue
				}
				fmt.Fprintf(tw, "  %s\n", edgeColumns(e, c.Bool("full")))
			}
		}
	}
	tw.Flush()
	return hidden
}
