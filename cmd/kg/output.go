package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries"
)

// formatFlag is on every read command: text for people, json for scripts.
var formatFlag = &cli.StringFlag{Name: "format", Value: "text", Usage: "output `FORMAT`: text or json"}

// outputFormat returns the chosen format, rejecting unknown ones.
func outputFormat(c *cli.Context) (string, error) {
	f := strings.ToLower(c.String("format"))
	switch f {
	case "text", "json":
		return f, nil
	}
	return "", usagef("unknown --format %q: want text or json", c.String("format"))
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
}

// edgeColumns renders an edge as table cells: from, -predicate->, to,
// evidence.
func edgeColumns(e queries.Edge) string {
	to := e.To.Name
	if e.Value != "" {
		to = fmt.Sprintf("%q", e.Value)
	}
	return fmt.Sprintf("%s\t-%s->\t%s\t%s", e.From.Name, e.Label, to, evidenceText(e.Evidence))
}

// evidenceText cites the first evidence sentence and counts the rest.
func evidenceText(evs []queries.Evidence) string {
	if len(evs) == 0 {
		return "(no evidence recorded)"
	}
	ev := evs[0]
	out := fmt.Sprintf("[%s] %q", sentenceTag(ev), ev.Text)
	if ev.Origin == "extracted" {
		out = fmt.Sprintf("[%s extracted %.2f] %q", sentenceTag(ev), ev.Confidence, ev.Text)
	}
	if len(evs) > 1 {
		out += fmt.Sprintf(" (+%d more)", len(evs)-1)
	}
	return out
}

func sentenceTag(ev queries.Evidence) string {
	doc := ev.Document
	if i := strings.LastIndexByte(doc, '/'); i >= 0 {
		doc = doc[i+1:]
	}
	if doc == "" {
		return ev.IRI
	}
	return fmt.Sprintf("%s s%d", doc, ev.Sentence)
}
