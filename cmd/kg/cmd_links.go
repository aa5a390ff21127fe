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
		Description: "Links come nearest first and, within a hop, best first: curated statements, then\n" +
			"extracted ones, then other relations, then co-mentions (named in one sentence);\n" +
			"a co-mention of two entities a better statement joins is hidden unless --all-links.\n" +
			fmt.Sprintf("Text shows the first %d links (--limit N, 0 for all) and quotes the words around\n", defaultCap) +
			"the two names (--full for the sentence); --format json keeps everything.",
		Flags: append(append(storeFlags(), scopeFlags()...), append([]cli.Flag{formatFlag,
			&cli.IntFlag{Name: "depth", Aliases: []string{"d"}, Value: 1, Usage: "follow links `N` hops out"},
			&cli.StringSliceFlag{Name: "predicate", Aliases: []string{"p"}, Usage: "only links of `PREDICATE`, by name or label (repeatable): " + strings.Join(schema.PredicateNames(), ", ")},
			&cli.StringSliceFlag{Name: "type", Aliases: []string{"t"}, Usage: "only links to entities of `TYPE` (repeatable): " + strings.Join(schema.TypeNames(), ", ")},
			&cli.StringFlag{Name: "doc", Usage: "only links stated in document `ID`"},
			&cli.IntFlag{Name: "limit", Usage: fmt.Sprintf("at most `N` links (0: all; text shows %d unless told)", defaultCap)},
		}, answerFlags()...)...),
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
			if c.Int("limit") < 0 {
				return usagef("--limit must be 0 (all) or more")
			}
			scope, err := scopeOf(c)
			if err != nil {
				return err
			}
			if err := checkFilters(c); err != nil {
				return err
			}
			st, err := openReadStore(c)
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
			ans, err := queries.FindLinks(c.Context, qs, res.Value(), queries.LinkOptions{
				Depth: c.Int("depth"), Predicates: c.StringSlice("predicate"), Types: c.StringSlice("type"),
				Document: c.String("doc"), Limit: answerLimit(c, format, defaultCap), AllLinks: c.Bool("all-links"),
				Evidence: quotedEvidence(format),
				Scope:    scope,
			})
			if err != nil {
				return err
			}
			details, err := queries.Describe(c.Context, qs, res.Value())
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(c.App.Writer, struct {
					Entity  queries.Resolution `json:"entity"`
					Details queries.Details    `json:"details"`
					queries.LinkAnswer
				}{res, details, ans})
			}
			return writeLinks(c, res, ans, details)
		},
	}
}

// writeLinks prints links as a table, the hop first when there are
// several, and a summary line when anything was left out.
func writeLinks(c *cli.Context, res queries.Resolution, ans queries.LinkAnswer, d queries.Details) error {
	w := c.App.Writer
	fmt.Fprintf(w, "%s (%s) %s\n", res.Name, res.Type, res.IRI)
	// An event says when and where, and what it was.
	if schema.IsA(res.Type, "Event") {
		var about []string
		if d.Date != "" {
			about = append(about, d.Date)
		}
		if len(d.Places) > 0 {
			about = append(about, "at "+strings.Join(d.Places, ", "))
		}
		if d.Description != "" {
			about = append(about, d.Description)
		}
		if len(about) > 0 {
			fmt.Fprintf(w, "  %s\n", strings.Join(about, " · "))
		}
	}
	if len(ans.Links) == 0 {
		fmt.Fprintln(w, "no links")
		return nil
	}
	tw := newTable(w)
	for _, l := range ans.Links {
		hop := ""
		if c.Int("depth") > 1 {
			hop = fmt.Sprintf("hop %d\t", l.Depth)
		}
		fmt.Fprintf(tw, "  %s%s\n", hop, edgeColumns(l.Edge, c.Bool("full")))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(ans.Links) < ans.Found || ans.HiddenCoMentions > 0 {
		showing(w, len(ans.Links), ans.Found, "links", ans.HiddenCoMentions, false)
	}
	return nil
}

// answerFlags shape the text answers of links and path.
func answerFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "all-links", Usage: "also show co-mentions of entities a better statement joins"},
		&cli.BoolFlag{Name: "full", Usage: "quote the whole evidence sentence, not the words around the names"},
	}
}

// checkFilters rejects a --predicate or --type kg does not know, as
// export does, rather than answering "no links".
func checkFilters(c *cli.Context) error {
	for _, p := range c.StringSlice("predicate") {
		if _, err := queries.PredicateIRI(p); err != nil {
			return usageError{err}
		}
	}
	for _, t := range c.StringSlice("type") {
		if _, err := queries.TypeName(t); err != nil {
			return usageError{err}
		}
	}
	return nil
}

// noteResolution tells the user on stderr when a name was taken loosely.
func noteResolution(c *cli.Context, r queries.Resolution) {
	if r.How == "nearest" {
		fmt.Fprintf(c.App.ErrWriter, "kg: no entity is named %q; taking the nearest, %s (%s)\n", r.Query, r.Name, r.IRI)
	}
}
