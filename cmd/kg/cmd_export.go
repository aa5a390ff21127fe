package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/export"
	"github.com/kg-analyst/kg/queries/gizmo"
	"github.com/kg-analyst/kg/schema"
)

func exportCommand() *cli.Command {
	var formats []string
	for _, f := range export.Formats() {
		formats = append(formats, string(f))
	}
	return &cli.Command{
		Name:      "export",
		Usage:     "write the graph, or the part around an entity, between two, or of one document, as N-Quads or a drawing",
		ArgsUsage: "[B, with --between A]",
		Description: "Exports the whole graph by default. Every export names and types the entities it\n" +
			"mentions; --with-evidence adds the sentences and documents its statements cite.\n" +
			"A selection's N-Quads are sorted, so exports of the same graph are identical and diff\n" +
			"cleanly; the whole graph streams in the store's own order (sort it to compare stores).\n" +
			"With -o FILE the format follows the extension (.nq .dot .svg .png .jsonld) unless\n" +
			"--format says otherwise, and FILE.gz is gzipped.\n\n" +
			"   kg export --around Soleimani --depth 1\n" +
			"   kg export --between Trump 'Kataib Hezbollah' --format svg -o path.svg\n" +
			"   kg export --doc us-embassy-baghdad-2019 --with-evidence -o doc.nq.gz\n" +
			"   kg export --query leaders --format svg -o leaders.svg",
		Flags: append(append(storeFlags(), scopeFlags()...),
			&cli.StringFlag{Name: "around", Aliases: []string{"a"}, Usage: "only the statements around `ENTITY`"},
			&cli.IntFlag{Name: "depth", Aliases: []string{"d"}, Value: 1, Usage: "with --around, follow links `N` hops out, both directions"},
			&cli.StringFlag{Name: "between", Aliases: []string{"b"}, Usage: "only the statements on the paths between `A` and the argument B"},
			&cli.IntFlag{Name: "max-hops", Aliases: []string{"n"}, Value: 4, Usage: "with --between, longest path in `HOPS`"},
			&cli.IntFlag{Name: "limit", Value: 100, Usage: "with --between, at most `N` paths"},
			&cli.StringFlag{Name: "query", Aliases: []string{"q"}, Usage: "only the statements among the nodes a Gizmo query returns: a saved query `NAME` or a .js FILE"},
			&cli.StringSliceFlag{Name: "arg", Usage: "with --query NAME, set `NAME=VALUE` for the saved query (repeatable)"},
			&cli.StringFlag{Name: "doc", Usage: "only what document `ID` states (or, with --around/--between, only its evidence)"},
			&cli.StringSliceFlag{Name: "predicate", Aliases: []string{"p"}, Usage: "only statements of `PREDICATE` (repeatable): " + strings.Join(schema.PredicateNames(), ", ")},
			&cli.StringSliceFlag{Name: "type", Aliases: []string{"t"}, Usage: "only statements with an entity of `TYPE` (or a subtype) at one end (repeatable)"},
			&cli.BoolFlag{Name: "with-evidence", Aliases: []string{"e"}, Usage: "include the sentence and document nodes the statements cite, with their text"},
			&cli.BoolFlag{Name: "no-labels", Usage: "write triples: drop the graph label (the evidence) of every quad"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: string(export.NQuads), Usage: "output `FORMAT`: " + strings.Join(formats, ", ")},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (gzipped when it ends in .gz) instead of stdout"},
		),
		Action: func(c *cli.Context) error {
			format, err := exportFormat(c)
			if err != nil {
				return err
			}
			if err := checkExportFlags(c); err != nil {
				return err
			}
			out := c.String("output")
			if out == "" && format.Binary() && isTerminal(c.App.Writer) {
				return usagef("will not write %s to a terminal; use -o FILE or redirect stdout", format)
			}
			st, err := openReadStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			qs := st.QuadStore()
			opt := export.Options{
				Depth: c.Int("depth"), MaxHops: c.Int("max-hops"), Paths: c.Int("limit"),
				Document: c.String("doc"), Predicates: c.StringSlice("predicate"), Types: c.StringSlice("type"),
				WithEvidence: c.Bool("with-evidence"), NoLabels: c.Bool("no-labels"),
			}
			if opt.Scope, err = scopeOf(c); err != nil {
				return err
			}
			resolve := func(name string) (quad.Value, error) {
				res, err := queries.Resolve(c.Context, qs, name)
				if err != nil {
					return nil, err
				}
				noteResolution(c, res)
				return res.Value(), nil
			}
			if a := c.String("around"); a != "" {
				if opt.Around, err = resolve(a); err != nil {
					return err
				}
			}
			if a := c.String("between"); a != "" {
				for i, name := range []string{a, c.Args().First()} {
					if opt.Between[i], err = resolve(name); err != nil {
						return err
					}
				}
			}
			if q := c.String("query"); q != "" {
				if opt.Nodes, err = queryNodes(c, st, q); err != nil {
					return err
				}
			}
			write, err := exportWriter(c.Context, st, opt, format)
			if err != nil {
				return err
			}
			if out == "" {
				_, err := write(c.App.Writer)
				return err
			}
			n, err := writeExportFile(out, write)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.ErrWriter, "kg: wrote %d quads as %s to %s\n", n, format, out)
			return nil
		},
	}
}

// queryNodes runs the saved query or .js file named by --query and returns
// the nodes its answer names.
func queryNodes(c *cli.Context, st *graph.Store, nameOrFile string) ([]quad.Value, error) {
	var src string
	if strings.HasSuffix(nameOrFile, ".js") {
		data, err := os.ReadFile(nameOrFile)
		if err != nil {
			return nil, fmt.Errorf("read query: %w", err)
		}
		src = string(data)
	} else {
		q, err := queries.LookupSaved(nameOrFile)
		if err != nil {
			return nil, usageError{err}
		}
		args, err := parseArgs(c.StringSlice("arg"))
		if err != nil {
			return nil, err
		}
		if src, err = q.WithArgs(args); err != nil {
			return nil, usageError{err}
		}
	}
	qs, err := st.QueryStore(c.Context, 0)
	if err != nil {
		return nil, err
	}
	res, err := gizmo.Run(c.Context, qs, src, gizmo.Options{Limit: -1})
	if err != nil {
		return nil, err
	}
	return res.Nodes(), nil
}

// exportFormat is --format, or when only -o is given, the format its
// extension names.
func exportFormat(c *cli.Context) (export.Format, error) {
	name := c.String("format")
	if !c.IsSet("format") && c.String("output") != "" {
		ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(c.String("output"), ".gz")))
		switch ext {
		case ".nq", ".nquads":
			name = string(export.NQuads)
		case ".dot", ".gv":
			name = string(export.DOT)
		case ".svg":
			name = string(export.SVG)
		case ".png":
			name = string(export.PNG)
		case ".jsonld", ".json":
			name = string(export.JSONLD)
		}
	}
	f, err := export.ParseFormat(name)
	if err != nil {
		return "", usagef("--format: %w", err)
	}
	return f, nil
}

// checkExportFlags rejects combinations that mean nothing, before the store
// is opened.
func checkExportFlags(c *cli.Context) error {
	around, between, query := c.String("around") != "", c.String("between") != "", c.String("query") != ""
	switch {
	case around && between, around && query, between && query:
		return usagef("give one of --around, --between and --query")
	case c.IsSet("arg") && !query:
		return usagef("--arg goes with --query")
	case between && c.NArg() != 1:
		return usagef("--between takes two entities: --between A B (quote names with spaces), got %d after A", c.NArg())
	case !between && c.NArg() > 0:
		return usagef("export takes no arguments; did you mean --around %q?", c.Args().First())
	case c.IsSet("depth") && !around:
		return usagef("--depth goes with --around")
	case (c.IsSet("max-hops") || c.IsSet("limit")) && !between:
		return usagef("--max-hops and --limit go with --between")
	case (c.IsSet("as-of") || c.IsSet("min-sources")) && !around && !between:
		return usagef("--as-of and --min-sources go with --around or --between")
	case c.Int("depth") < 1 || c.Int("max-hops") < 1 || c.Int("limit") < 1:
		return usagef("--depth, --max-hops and --limit must be at least 1")
	}
	for _, p := range c.StringSlice("predicate") {
		if _, err := queries.PredicateIRI(p); err != nil {
			return usagef("--predicate: %w", err)
		}
	}
	for _, t := range c.StringSlice("type") {
		if _, err := queries.TypeName(t); err != nil {
			return usagef("--type: %w", err)
		}
	}
	return nil
}

// writeExportFile writes the export to path as createOutput does: a
// failed export leaves a regular file as it was, a device or FIFO is
// written, never replaced.
func writeExportFile(path string, write func(io.Writer) (int, error)) (n int, err error) {
	out, err := createOutput(path)
	if err != nil {
		return 0, fmt.Errorf("export to %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			out.Abort()
		}
	}()
	var w io.Writer = out
	var zw *gzip.Writer
	if strings.HasSuffix(path, ".gz") {
		zw = gzip.NewWriter(out)
		zw.Name = strings.TrimSuffix(filepath.Base(path), ".gz")
		w = zw
	}
	if n, err = write(w); err != nil {
		return 0, fmt.Errorf("export to %s: %w", path, err)
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return 0, fmt.Errorf("export to %s: %w", path, err)
		}
	}
	if err := out.Commit(); err != nil {
		return 0, fmt.Errorf("export to %s: %w", path, err)
	}
	return n, nil
}

// exportWriter returns what writes the export opt selects in format: a
// whole graph as N-Quads streams from the store (in its order), anything
// else is selected first and written sorted.
func exportWriter(ctx context.Context, st *graph.Store, opt export.Options, format export.Format) (func(io.Writer) (int, error), error) {
	if opt.Whole() && format == export.NQuads {
		return func(w io.Writer) (int, error) { return export.WriteWholeNQuads(ctx, w, st.ScanQuadStore()) }, nil
	}
	quads, err := export.Select(ctx, st.QuadStore(), opt)
	if err != nil {
		return nil, err
	}
	return func(w io.Writer) (int, error) { return len(quads), export.Write(ctx, w, format, quads) }, nil
}
