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
// evidence. The evidence is a short quote around the two names unless full
// asks for the whole sentence.
func edgeColumns(e queries.Edge, full bool) string {
	to := e.To.Name
	if e.Value != "" {
		to = e.Value
	}
	ev := evidenceText(e, full)
	if e.Sources.Documents > 1 {
		ev += fmt.Sprintf(" [%d documents]", e.Sources.Documents)
	}
	return fmt.Sprintf("%s	-%s->	%s	%s", e.From.Name, e.Label, to, ev)
}

// evidenceText cites the first evidence sentence and counts the rest.
// Quotes are written as they are, not escaped: people read them.
func evidenceText(e queries.Edge, full bool) string {
	if len(e.Evidence) == 0 {
		return "(no evidence recorded)"
	}
	ev := e.Evidence[0]
	text := ev.Text
	if !full {
		text = shortQuote(text, e.From.Name, e.To.Name)
	}
	tag := sentenceTag(ev)
	if ev.Origin == "extracted" {
		tag = fmt.Sprintf("%s extracted %.2f", tag, ev.Confidence)
	}
	out := fmt.Sprintf("[%s] \"%s\"", tag, text)
	if len(ev.AttributedTo) > 0 {
		var names []string
		for _, n := range ev.AttributedTo {
			names = append(names, n.Name)
		}
		out += " according to " + strings.Join(names, " and ")
	}
	if more := len(e.Evidence) - 1 + e.MoreEvidence; more > 0 {
		out += fmt.Sprintf(" (+%d more)", more)
	}
	return out
}

// showing summarises a bounded answer: "showing 20 of 187 links (41
// co-mentions hidden)", and how to see the rest.
func showing(w io.Writer, shown, found int, what string, hidden int, more bool) {
	var notes []string
	if hidden > 0 {
		notes = append(notes, fmt.Sprintf("%d co-mentions hidden: --all-links", hidden))
	}
	if shown < found || more {
		notes = append(notes, "--limit 0 shows all")
	}
	of := fmt.Sprint(found)
	if more {
		of += "+"
	}
	line := fmt.Sprintf("showing %d of %s %s", shown, of, what)
	if len(notes) > 0 {
		line += " (" + strings.Join(notes, "; ") + ")"
	}
	fmt.Fprintln(w, line)
}

// Text answers are bounded when --limit is not given: links to
// defaultCap, paths to defaultPathCap. JSON keeps everything unless --limit
// says otherwise.
const (
	defaultCap     = 20
	defaultPathCap = 10
)

// quotedEvidence is how much evidence per statement an answer in format
// describes: text quotes the first and counts the rest, JSON keeps all.
func quotedEvidence(format string) int {
	if format == "json" {
		return 0
	}
	return 1
}

// answerLimit is the --limit a command applies: as given (0 for all), or
// capped for text when not given.
func answerLimit(c *cli.Context, format string, capped int) int {
	if c.IsSet("limit") || format == "json" {
		return c.Int("limit")
	}
	return capped
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
