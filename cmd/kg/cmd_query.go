package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/gizmo"
)

// gizmoFlags bound every Gizmo query, in kg query and kg console alike.
func gizmoFlags() []cli.Flag {
	return append([]cli.Flag{
		&cli.IntFlag{Name: "limit", Value: gizmo.DefaultLimit, Usage: "at most `N` results (-1: no limit)"},
		&cli.DurationFlag{Name: "timeout", Value: gizmo.DefaultTimeout, Usage: "stop a query after `DURATION`"},
	}, boundFlags()...)
}

// boundFlags set the bounds of every Gizmo query: kg query, kg console and
// kg serve.
func boundFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "max-memory", Value: "192MiB", Usage: "stop a query that grows memory by more than `SIZE`"},
		&cli.StringFlag{Name: "max-output", Value: "64MiB", Usage: "stop a query whose results pass `SIZE`"},
		&cli.IntFlag{Name: "max-stack", Value: gizmo.DefaultMaxStack, Usage: "stop a query nesting more than `N` calls"},
	}
}

// minProcs is the parallelism kept for a process that runs Gizmo: the
// heap watcher that enforces --max-memory must find a processor while the
// script and the garbage collector hold the others, or a string doubling
// in a loop gets a doubling or two past the ceiling before it is seen (on
// 2 cores a quarter of such replays peaked at 555 MiB rather than 300).
const minProcs = 4

// boundsFlags reads --max-memory, --max-output and --max-stack, and makes
// room for the heap watcher (see minProcs) unless GOMAXPROCS is set.
func boundsFlags(c *cli.Context) (gizmo.Bounds, error) {
	if os.Getenv("GOMAXPROCS") == "" && runtime.GOMAXPROCS(0) < minProcs {
		runtime.GOMAXPROCS(minProcs)
	}
	mem, err := parseSize("--max-memory", c.String("max-memory"))
	if err != nil {
		return gizmo.Bounds{}, err
	}
	out, err := parseSize("--max-output", c.String("max-output"))
	if err != nil {
		return gizmo.Bounds{}, err
	}
	if c.Int("max-stack") < 1 {
		return gizmo.Bounds{}, usagef("--max-stack must be at least 1")
	}
	return gizmo.Bounds{MaxMemory: mem, MaxOutput: out, MaxStack: c.Int("max-stack")}, nil
}

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a Gizmo query (Cayley's JavaScript path language) once",
		ArgsUsage: "[EXPR]",
		Description: "The query comes from EXPR, from -f FILE.js, or from the library of saved queries\n" +
			"(--name NAME; --list shows them). Start from an entity by name with kg.entity(\"Soleimani\")\n" +
			"or by prefixed IRI \"<id:qasem-soleimani>\"; predicates as \"<kg:leads>\".\n" +
			"--format json prints Cayley's HTTP API shape: {\"result\": [...]}.",
		Flags: append(append(storeFlags(), formatFlag, asOfFlag,
			&cli.StringFlag{Name: "file", Aliases: []string{"f"}, Usage: "read the query from `FILE` (- for stdin)"},
			&cli.StringFlag{Name: "name", Aliases: []string{"n"}, Usage: "run the saved query `NAME`"},
			&cli.StringSliceFlag{Name: "arg", Usage: "set `NAME=VALUE` for a saved query (repeatable)"},
			&cli.BoolFlag{Name: "list", Usage: "list the saved queries"},
		), gizmoFlags()...),
		Action: func(c *cli.Context) error {
			format, err := outputFormat(c)
			if err != nil {
				return err
			}
			if c.Bool("list") {
				return listSaved(c, format)
			}
			src, err := querySource(c)
			if err != nil {
				return err
			}
			bounds, err := boundsFlags(c)
			if err != nil {
				return err
			}
			st, err := openReadStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			qs, err := queryStore(c, st)
			if err != nil {
				return err
			}
			res, err := gizmo.Run(c.Context, qs, src, gizmo.Options{Limit: c.Int("limit"), Timeout: timeoutFlag(c), Bounds: bounds})
			if err != nil {
				return err
			}
			if format == "json" {
				return res.WriteJSON(c.App.Writer)
			}
			return res.WriteText(c.App.Writer)
		},
	}
}

// timeoutFlag reads --timeout; 0 or less means no timeout.
func timeoutFlag(c *cli.Context) time.Duration {
	if d := c.Duration("timeout"); d > 0 {
		return d
	}
	return -1
}

// querySource picks the query from exactly one of EXPR, --file and --name.
func querySource(c *cli.Context) (string, error) {
	given := 0
	for _, set := range []bool{c.NArg() > 0, c.IsSet("file"), c.IsSet("name")} {
		if set {
			given++
		}
	}
	if given != 1 {
		return "", usagef("give the query as EXPR, with -f FILE or with --name NAME (exactly one)")
	}
	switch {
	case c.IsSet("file"):
		name := c.String("file")
		var data []byte
		var err error
		if name == "-" {
			data, err = io.ReadAll(c.App.Reader)
		} else {
			data, err = os.ReadFile(name)
		}
		if err != nil {
			return "", fmt.Errorf("read query: %w", err)
		}
		return string(data), nil
	case c.IsSet("name"):
		q, err := queries.LookupSaved(c.String("name"))
		if err != nil {
			return "", usageError{err}
		}
		args, err := parseArgs(c.StringSlice("arg"))
		if err != nil {
			return "", err
		}
		src, err := q.WithArgs(args)
		if err != nil {
			return "", usageError{err}
		}
		return src, nil
	}
	return strings.Join(c.Args().Slice(), " "), nil
}

// parseArgs reads --arg NAME=VALUE flags.
func parseArgs(flags []string) (map[string]string, error) {
	args := map[string]string{}
	for _, a := range flags {
		k, v, ok := strings.Cut(a, "=")
		if !ok {
			return nil, usagef("--arg %q: want NAME=VALUE", a)
		}
		args[k] = v
	}
	return args, nil
}

func listSaved(c *cli.Context, format string) error {
	saved := queries.Saved()
	if format == "json" {
		return writeJSON(c.App.Writer, saved)
	}
	tw := newTable(c.App.Writer)
	for _, q := range saved {
		fmt.Fprintf(tw, "%s\t%s\n", q.Name, q.Description)
	}
	return tw.Flush()
}
