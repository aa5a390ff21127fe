// Package console is the interactive Gizmo REPL behind "kg console": it
// reads queries and commands, runs each query in one gizmo.Session over the
// store and prints the results as text.
//
// On a terminal it offers line editing and a persistent history (with
// github.com/peterh/liner), the prompts "kg> " and "... ", and Ctrl-C that
// stops the running query or clears the line at the prompt. On any other
// reader it reads queries the same way without prompts, so scripts and
// tests can drive it.
//
// A query may span lines: the console reads on while brackets, template
// literals or comments are open or a line ends in an operator such as "."
// (see gizmo.CheckInput); reading a script, it also reads on when the next
// line starts with ".". Errors in queries are printed and the console goes
// on; Run returns an error only when the console itself cannot go on.
package console

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"golang.org/x/term"

	"github.com/kg-analyst/kg/queries/gizmo"
)

// Prompts shown on a terminal.
const (
	Prompt         = "kg> " // a new query or command
	ContinuePrompt = "... " // the next line of an unfinished query
)

// Config is what a console reads, writes and queries.
type Config struct {
	// In holds queries and commands. When In is the process's standard
	// input and Out its standard output and both are terminals, the
	// console edits lines with liner; otherwise it reads In as it is.
	In io.Reader
	// Out receives results, and errors when ErrOut is nil.
	Out io.Writer
	// ErrOut receives errors; nil means Out.
	ErrOut io.Writer

	// Store is the graph the queries run over.
	Store cgraph.QuadStore
	// Prefixes for IRIs in queries and results; nil means
	// gizmo.DefaultPrefixes.
	Prefixes map[string]string

	// HistoryFile keeps the lines typed on a terminal across sessions; ""
	// keeps none.
	HistoryFile string
	// Limit and Timeout apply to each query until :limit and :timeout
	// change them; zero values mean gizmo's defaults, negative ones none.
	Limit   int
	Timeout time.Duration
	// Bounds limit each query's memory, output and call stack; zero
	// values mean gizmo's defaults.
	Bounds gizmo.Bounds

	// Saved returns the source of the saved query called name with its
	// arguments set, for ":load NAME [K=V ...]". Nil means there are none.
	Saved func(name string, args map[string]string) (string, error)
	// SavedList describes the saved queries, one line each, for ":load"
	// alone. Nil lists none.
	SavedList func() []string
}

// Run runs the console until the input ends, :quit, or ctx is done, and
// then returns nil, or ctx's error when ctx ended it.
//
// On a terminal, Run catches SIGINT while a query runs, so that Ctrl-C
// stops only that query; a caller that cancels ctx on SIGINT (as
// signal.NotifyContext does) ends the whole console instead, and should
// not do so while the console runs.
func Run(ctx context.Context, cfg Config) error {
	if cfg.In == nil || cfg.Out == nil || cfg.Store == nil {
		return errors.New("console: In, Out and Store are required")
	}
	c := newConsole(cfg)
	if isTerminal(cfg.In, cfg.Out) {
		t, warn := newTerminal(cfg.HistoryFile, c.errOut)
		defer t.Close()
		c.lines, c.interactive = t, true
		c.interrupts = func() (<-chan os.Signal, func()) {
			ch := make(chan os.Signal, 1)
			signal.Notify(ch, os.Interrupt)
			return ch, func() { signal.Stop(ch) }
		}
		fmt.Fprintln(c.out, "kg console: Gizmo queries over the graph. :help for help, Ctrl-D to quit.")
		if warn != nil {
			fmt.Fprintf(c.errOut, "warning: %v\n", warn)
		}
	} else {
		c.lines = newPlain(cfg.In)
	}
	return c.loop(ctx)
}

// isTerminal reports whether in and out are this process's standard input
// and output and both terminals: liner reads and writes those.
func isTerminal(in io.Reader, out io.Writer) bool {
	fi, ok := in.(*os.File)
	if !ok || fi.Fd() != os.Stdin.Fd() {
		return false
	}
	fo, ok := out.(*os.File)
	if !ok || fo.Fd() != os.Stdout.Fd() {
		return false
	}
	return term.IsTerminal(int(fi.Fd())) && term.IsTerminal(int(fo.Fd()))
}

// lineReader reads one line of input after showing a prompt.
type lineReader interface {
	// ReadLine returns the next line without its line break; io.EOF at
	// the end of input (Ctrl-D) and errAborted when Ctrl-C cleared the
	// line.
	ReadLine(prompt string) (string, error)
	// AddHistory records a line the user entered.
	AddHistory(line string)
}

// peeker is a lineReader that can look at the next line without reading
// it: one that reads a script rather than a person.
type peeker interface {
	PeekLine() (string, error)
}

// errAborted is Ctrl-C at the prompt.
var errAborted = errors.New("console: line aborted")

type console struct {
	cfg         Config
	out, errOut io.Writer
	sess        *gizmo.Session
	lines       lineReader
	interactive bool // on a terminal: prompts and confirmations

	// interrupts, when set, returns a channel on which an interrupt (Ctrl-C)
	// arrives while a query runs, and a function to stop listening.
	interrupts func() (<-chan os.Signal, func())

	limit    int
	timeout  time.Duration
	showTime bool
}

func newConsole(cfg Config) *console {
	errOut := cfg.ErrOut
	if errOut == nil {
		errOut = cfg.Out
	}
	return &console{
		cfg:     cfg,
		out:     cfg.Out,
		errOut:  errOut,
		sess:    gizmo.NewSession(cfg.Store, cfg.Prefixes),
		limit:   cfg.Limit,
		timeout: cfg.Timeout,
	}
}

// loop reads and runs queries and commands until the input ends.
func (c *console) loop(ctx context.Context) error {
	var pending strings.Builder
	var lines []string                   // of the pending query, for the history
	last, lastLines := "", []string(nil) // the query run last, which a line starting with "." continues
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		prompt := Prompt
		if pending.Len() > 0 {
			prompt = ContinuePrompt
		}
		line, err := c.readLine(ctx, prompt)
		switch {
		case errors.Is(err, errAborted):
			pending.Reset()
			lines = nil
			continue
		case errors.Is(err, io.EOF):
			if c.interactive {
				fmt.Fprintln(c.out)
			}
			if src := pending.String(); gizmo.CheckInput(src) != gizmo.InputBlank {
				c.query(ctx, src) // unfinished: let the error show
			}
			return nil
		case err != nil:
			return err
		}
		if pending.Len() == 0 && strings.HasPrefix(strings.TrimSpace(line), ":") {
			c.lines.AddHistory(strings.TrimSpace(line))
			if quit := c.command(ctx, strings.TrimSpace(line)); quit {
				return nil
			}
			continue
		}
		// At a terminal the query before ran when its line ended; a line
		// starting with "." goes on from it, as it would in a script.
		if pending.Len() == 0 && c.interactive && last != "" && startsChain(line) {
			pending.WriteString(last)
			lines = append(lines, lastLines...)
		}
		pending.WriteString(line)
		pending.WriteByte('\n')
		if strings.TrimSpace(line) != "" {
			lines = append(lines, line)
		}
		src := pending.String()
		switch gizmo.CheckInput(src) {
		case gizmo.InputIncomplete:
			continue
		case gizmo.InputComplete:
			if c.chainGoesOn(ctx) {
				continue
			}
			c.addHistory(lines)
			c.query(ctx, src)
			last, lastLines = src, lines
		}
		pending.Reset()
		lines = nil
	}
}

// addHistory records the lines of one query as one history entry, so that
// recalling it brings the whole query back. A line comment would swallow
// the lines joined after it: such a query is kept line by line.
func (c *console) addHistory(lines []string) {
	joined := make([]string, len(lines))
	for i, l := range lines {
		if strings.Contains(l, "//") {
			for _, l := range lines {
				c.lines.AddHistory(l)
			}
			return
		}
		joined[i] = strings.TrimSpace(l)
	}
	if len(joined) > 0 {
		c.lines.AddHistory(strings.Join(joined, " "))
	}
}

// startsChain reports whether line continues a method chain: ".out()" or
// "?.out()", not a spread "...".
func startsChain(line string) bool {
	next := strings.TrimLeft(line, " \t")
	return strings.HasPrefix(next, "?.") || strings.HasPrefix(next, ".") && !strings.HasPrefix(next, "...")
}

// chainGoesOn reports whether a script's next line starts with "." and so
// continues the query before it, as in
//
//	g.V("<id:quds-force>")
//	  .out("<kg:partOf>")
//	  .all()
//
// A person at a terminal cannot be asked for the next line before the query
// runs: there a line starting with "." runs the query before it again,
// continued (see loop).
func (c *console) chainGoesOn(ctx context.Context) bool {
	p, ok := c.lines.(peeker)
	if !ok {
		return false
	}
	ch := make(chan string, 1)
	go func() {
		line, err := p.PeekLine()
		if err != nil {
			line = ""
		}
		ch <- line
	}()
	var next string
	select {
	case next = <-ch:
	case <-ctx.Done():
		return false
	}
	return startsChain(next)
}

// readLine reads a line, giving up when ctx ends.
func (c *console) readLine(ctx context.Context, prompt string) (string, error) {
	type result struct {
		line string
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		line, err := c.lines.ReadLine(prompt)
		ch <- result{line, err}
	}()
	select {
	case r := <-ch:
		return r.line, r.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// query runs src and prints its results or its error.
func (c *console) query(ctx context.Context, src string) {
	qctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if c.interrupts != nil {
		sig, stop := c.interrupts()
		done := make(chan struct{})
		defer func() {
			close(done)
			stop()
		}()
		go func() {
			select {
			case <-sig:
				cancel()
			case <-done:
			}
		}()
	}
	start := time.Now()
	res, err := c.sess.Run(qctx, src, gizmo.Options{Limit: c.limit, Timeout: c.timeout, Bounds: c.cfg.Bounds})
	elapsed := time.Since(start)
	if err != nil {
		fmt.Fprintf(c.errOut, "error: %v\n", err)
	} else if err := res.WriteText(c.out); err != nil {
		fmt.Fprintf(c.errOut, "error: %v\n", err)
	}
	if c.showTime {
		fmt.Fprintf(c.out, "time: %v\n", elapsed.Round(time.Microsecond))
	}
}

const help = `Type a Gizmo query and press Enter; it runs once its brackets, strings and
comments are closed and its last line does not end in "." or ",". A line
that starts with "." continues the query before it and runs the whole.

  g.V("<id:qasem-soleimani>").out("<kg:leads>").all()
  g.V(kg.entity("Soleimani")).tag("who").in("<kg:partOf>").all()

Prefixes: <id:slug> entities, <kg:leads> kg's vocabulary, <doc:id#s1>
documents and sentences, <schema:name>, <rdf:type>, <rdfs:…>, <xsd:…>.
kg.entity("name") is the entity with that name or alias (case and
punctuation ignored); kg.entities("name") lists every candidate.

Commands:
  :help          this help
  :quit          leave (or Ctrl-D)
  :limit [N]     show or set the most results a query prints ("none": all)
  :timeout [D]   show or set how long a query may run: 30s, 2m, "none"
  :time          print how long each query took, or stop printing it
  :load          list the saved queries
  :load NAME [K=V ...]
                 run the saved query NAME, setting its arguments:
                 :load neighbourhood entity=Khamenei

Ctrl-C stops a running query, or clears the line at the prompt.
`

// command runs a console command; it reports whether to quit.
func (c *console) command(ctx context.Context, line string) (quit bool) {
	name, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	switch name {
	case ":help", ":h", ":?":
		fmt.Fprint(c.out, help)
	case ":quit", ":q", ":exit":
		return true
	case ":limit":
		if arg == "" {
			fmt.Fprintf(c.out, "limit: %s\n", showLimit(c.limit))
			return false
		}
		n, err := parseLimit(arg)
		if err != nil {
			fmt.Fprintf(c.errOut, "error: :limit: %v\n", err)
			return false
		}
		c.limit = n
		c.confirm("limit: %s", showLimit(n))
	case ":timeout":
		if arg == "" {
			fmt.Fprintf(c.out, "timeout: %s\n", showTimeout(c.timeout))
			return false
		}
		d, err := parseTimeout(arg)
		if err != nil {
			fmt.Fprintf(c.errOut, "error: :timeout: %v\n", err)
			return false
		}
		c.timeout = d
		c.confirm("timeout: %s", showTimeout(d))
	case ":time":
		c.showTime = !c.showTime
		if c.showTime {
			c.confirm("timing on")
		} else {
			c.confirm("timing off")
		}
	case ":load":
		c.load(ctx, arg)
	default:
		fmt.Fprintf(c.errOut, "error: unknown command %s (:help lists them)\n", name)
	}
	return false
}

// confirm acknowledges a setting on a terminal; scripts get results only.
func (c *console) confirm(format string, args ...any) {
	if c.interactive {
		fmt.Fprintf(c.out, format+"\n", args...)
	}
}

// load runs a saved query with its arguments, or lists the saved queries.
func (c *console) load(ctx context.Context, arg string) {
	fields := splitArgs(arg)
	switch {
	case c.cfg.Saved == nil:
		fmt.Fprintln(c.errOut, "error: :load: there are no saved queries")
		return
	case len(fields) == 0:
		if c.cfg.SavedList == nil {
			fmt.Fprintln(c.errOut, "error: :load: which saved query? :load NAME")
			return
		}
		for _, l := range c.cfg.SavedList() {
			fmt.Fprintln(c.out, l)
		}
		return
	}
	args := map[string]string{}
	for _, kv := range fields[1:] {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			fmt.Fprintf(c.errOut, "error: :load %s: argument %q is not NAME=VALUE\n", fields[0], kv)
			return
		}
		args[k] = v
	}
	src, err := c.cfg.Saved(fields[0], args)
	if err != nil {
		fmt.Fprintf(c.errOut, "error: :load %s: %v\n", fields[0], err)
		return
	}
	c.query(ctx, src)
}

// splitArgs splits :load's arguments at spaces outside double quotes and
// drops the quotes: entity="Ali Khamenei".
func splitArgs(s string) []string {
	var out []string
	var cur strings.Builder
	quoted, started := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, started = !quoted, true
		case (r == ' ' || r == '\t') && !quoted:
			if started {
				out = append(out, cur.String())
			}
			cur.Reset()
			started = false
		default:
			cur.WriteRune(r)
			started = true
		}
	}
	if started {
		out = append(out, cur.String())
	}
	return out
}

// parseLimit reads :limit's argument: a count, or "none" (also 0 or a
// negative number) for no limit, which gizmo.Options writes as -1.
func parseLimit(s string) (int, error) {
	if s == "none" {
		return -1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a number of results (or none)", s)
	}
	if n <= 0 {
		return -1, nil
	}
	return n, nil
}

func showLimit(n int) string {
	switch {
	case n == 0:
		return strconv.Itoa(gizmo.DefaultLimit)
	case n < 0:
		return "none"
	}
	return strconv.Itoa(n)
}

// parseTimeout reads :timeout's argument: a duration such as 30s, or
// "none" (also 0) for no timeout, which gizmo.Options writes as -1.
func parseTimeout(s string) (time.Duration, error) {
	if s == "none" {
		return -1, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration such as 30s or 2m (or none)", s)
	}
	if d <= 0 {
		return -1, nil
	}
	return d, nil
}

func showTimeout(d time.Duration) string {
	switch {
	case d == 0:
		return gizmo.DefaultTimeout.String()
	case d < 0:
		return "none"
	}
	return d.String()
}
