package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries"
)

func timelineCommand() *cli.Command {
	return &cli.Command{
		Name:      "timeline",
		Usage:     "list events in date order, with where they happened, who took part and the sentences that say so",
		ArgsUsage: "[ENTITY]",
		Description: "With ENTITY, only the events it is linked to. Undated events come last, and only\n" +
			"when no --from or --to is given. Dates are YYYY, YYYY-MM or YYYY-MM-DD.",
		Flags: append(storeFlags(), formatFlag, asOfFlag,
			&cli.StringFlag{Name: "from", Usage: "only events on or after `DATE`"},
			&cli.StringFlag{Name: "to", Usage: "only events on or before `DATE`"},
			&cli.BoolFlag{Name: "full", Usage: "quote whole evidence sentences"},
		),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			if c.NArg() > 1 {
				return usagef("timeline takes at most one ENTITY (quote names with spaces), got %d arguments", c.NArg())
			}
			for _, f := range []string{"from", "to"} {
				if v := c.String(f); v != "" && !datePattern.MatchString(v) {
					return usagef("--%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", f, v)
				}
			}
			st, qs, err := openKnownStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			opt := queries.TimelineOptions{From: c.String("from"), To: c.String("to")}
			if c.NArg() == 1 {
				res, err := queries.Resolve(c.Context, qs, c.Args().First())
				if err != nil {
					return err
				}
				noteResolution(c, res)
				opt.Entity = quad.IRI(res.IRI)
			}
			events, err := queries.Timeline(c.Context, qs, opt)
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(c.App.Writer, struct {
					Events []queries.TimelineEvent `json:"events"`
				}{events})
			}
			writeTimeline(c, events)
			return nil
		},
	}
}

var datePattern = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// writeTimeline prints each event: its date, name and place, then its
// statements with evidence.
func writeTimeline(c *cli.Context, events []queries.TimelineEvent) {
	w := c.App.Writer
	if len(events) == 0 {
		fmt.Fprintln(w, "no events")
		return
	}
	for _, e := range events {
		date := e.Date
		if date == "" {
			date = "(no date)"
		}
		line := fmt.Sprintf("%-10s  %s", date, e.Name)
		if len(e.Places) > 0 {
			line += " — at " + strings.Join(e.Places, ", ")
		}
		fmt.Fprintln(w, line)
		if e.Description != "" {
			fmt.Fprintf(w, "            %s\n", e.Description)
		}
		tw := newTable(w)
		for _, l := range e.Links {
			fmt.Fprintf(tw, "            %s\n", edgeColumns(l, c.Bool("full")))
		}
		tw.Flush()
	}
}
