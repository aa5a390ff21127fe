package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/nquads"
)

func loadCommand() *cli.Command {
	return &cli.Command{
		Name:      "load",
		Usage:     "load N-Quads files (.gz too; - for stdin) into the store",
		ArgsUsage: "FILE...",
		Description: "Each file is checked whole before anything of it is written: a syntax error is\n" +
			"reported as FILE:LINE:COL and the store stays as it was. --skip-invalid reports\n" +
			"each bad line and loads the rest. Cayley's dialect (relative IRIs such as <alice>)\n" +
			"is accepted unless --strict asks for the W3C grammar; bytes that are not UTF-8 and\n" +
			"NUL characters are refused unless --lenient. Blank nodes belong to their file, as in\n" +
			"RDF: _:b1 in two files is two nodes (loading a file again changes nothing) unless\n" +
			"--merge-blank-nodes.",
		Flags: append(storeFlags(),
			&cli.BoolFlag{Name: "strict", Usage: "accept only W3C RDF 1.1 N-Quads"},
			&cli.BoolFlag{Name: "skip-invalid", Usage: "report and skip invalid lines instead of refusing the file"},
			&cli.IntFlag{Name: "batch", Value: graph.DefaultLoadBatch, Usage: "quads per transaction"},
			&cli.StringFlag{Name: "max-line", Value: "16MiB", Usage: "refuse a line longer than `SIZE` (none: no limit)"},
			&cli.BoolFlag{Name: "lenient", Usage: "accept bytes that are not UTF-8 (read as U+FFFD) and NUL characters, as Cayley does"},
			&cli.BoolFlag{Name: "merge-blank-nodes", Usage: "let the same blank node label in different files name one node"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("load takes one or more FILEs (- for stdin)")
			}
			maxLine, err := parseSize("--max-line", c.String("max-line"))
			if err != nil {
				return err
			}
			if maxLine > math.MaxInt32 {
				return usagef("--max-line %s: at most 2GiB", c.String("max-line"))
			}
			opt := nquads.Options{SkipInvalid: c.Bool("skip-invalid"), MaxLine: int(maxLine), Lenient: c.Bool("lenient")}
			sweepSpools()
			if c.Bool("strict") {
				opt.Dialect = nquads.Strict
			}
			if opt.SkipInvalid {
				opt.OnInvalid = func(e *nquads.SyntaxError) { fmt.Fprintf(c.App.ErrWriter, "kg: skipped %v\n", e) }
			}
			var inputs []*input
			defer func() {
				for _, in := range inputs {
					in.close()
				}
			}()
			// Check every file before the store is even opened, so a bad
			// file leaves it byte for byte as it was.
			for _, name := range c.Args().Slice() {
				in, err := openInput(c.Context, name, c.App.Reader)
				if err != nil {
					return err
				}
				inputs = append(inputs, in)
				if err := in.check(c, opt, !c.Bool("merge-blank-nodes")); err != nil {
					return err
				}
			}
			st, err := openStore(c, false)
			if err != nil {
				return err
			}
			defer st.Close()
			for _, in := range inputs {
				r, err := in.reader(c, "loading")
				if err != nil {
					return err
				}
				fileOpt := opt
				fileOpt.BlankPrefix = in.blankPrefix
				qr := nquads.NewReader(r, in.name, fileOpt)
				res, err := st.Load(c.Context, qr, graph.LoadOptions{BatchSize: c.Int("batch")})
				r.Close()
				if err != nil {
					return fmt.Errorf("load %s: %w", in.name, err)
				}
				stats := qr.Stats()
				fmt.Fprintf(c.App.Writer, "%s: %d quads read, %d added, %d already present", in.name, res.Read, res.Added, res.Present)
				if stats.Invalid > 0 {
					fmt.Fprintf(c.App.Writer, ", %d invalid lines skipped", stats.Invalid)
				}
				fmt.Fprintln(c.App.Writer)
			}
			return nil
		},
	}
}

// input is a file to load, readable twice (check, then load). Standard
// input is spooled to a temporary file for that.
type input struct {
	name string
	path string
	temp bool
	size int64

	blankPrefix string // for the file's blank nodes; "" to keep their labels
}

// check reads the input whole: it checks every statement unless
// opt.SkipInvalid, and with scopeBlanks gives the input its blank node
// prefix, from a hash of what it holds.
func (in *input) check(c *cli.Context, opt nquads.Options, scopeBlanks bool) error {
	if opt.SkipInvalid && !scopeBlanks {
		return nil
	}
	r, err := in.reader(c, "checking")
	if err != nil {
		return err
	}
	defer r.Close()
	h := nquads.BlankPrefixHash()
	tee := io.TeeReader(r, h)
	if opt.SkipInvalid {
		_, err = io.Copy(io.Discard, ctxReader{c.Context, tee})
	} else {
		_, err = nquads.Check(c.Context, tee, in.name, opt)
	}
	if err != nil {
		return fmt.Errorf("%w; nothing was loaded", err)
	}
	if scopeBlanks {
		in.blankPrefix = nquads.BlankPrefixFor(h)
	}
	return nil
}

func openInput(ctx context.Context, name string, stdin io.Reader) (*input, error) {
	if name != "-" {
		fi, err := os.Stat(name)
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", name, errors.Unwrap(err))
		}
		if fi.IsDir() {
			return nil, fmt.Errorf("open %s: is a directory", name)
		}
		return &input{name: name, path: name, size: fi.Size()}, nil
	}
	f, err := os.CreateTemp("", fmt.Sprintf("%s%d-*.nq", spoolPrefix, os.Getpid()))
	if err != nil {
		return nil, fmt.Errorf("spool stdin: %w", err)
	}
	defer f.Close()
	n, err := io.Copy(f, ctxReader{ctx, stdin})
	if err != nil {
		os.Remove(f.Name())
		return nil, fmt.Errorf("spool stdin: %w", err)
	}
	return &input{name: "stdin", path: f.Name(), temp: true, size: n}, nil
}

// ctxReader reads from r until ctx ends, so that Ctrl-C stops spooling a
// long standard input.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// spoolPrefix starts the names of the temporary files standard input is
// spooled to; the process id follows, so that sweepSpools knows whose
// they are.
const spoolPrefix = "kg-stdin-"

// sweepSpools removes the spool files of kg processes that no longer run:
// a load killed by SIGKILL or by its memory limit cannot remove its own.
func sweepSpools() {
	names, _ := filepath.Glob(filepath.Join(os.TempDir(), spoolPrefix+"*-*.nq"))
	for _, name := range names {
		pid, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(filepath.Base(name), spoolPrefix), "-", 2)[0])
		if err != nil || pid <= 0 || pid == os.Getpid() {
			continue
		}
		if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
			os.Remove(name)
		}
	}
}

func (in *input) close() {
	if in.temp {
		os.Remove(in.path)
	}
}

// reader opens the input, decompressing .gz, with a progress bar on a
// terminal.
func (in *input) reader(c *cli.Context, verb string) (io.ReadCloser, error) {
	f, err := os.Open(in.path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", in.name, err)
	}
	var raw io.Reader = f
	if isTerminal(c.App.ErrWriter) && in.size > 1<<20 {
		bar := progressbar.NewOptions64(in.size,
			progressbar.OptionSetWriter(c.App.ErrWriter),
			progressbar.OptionSetDescription(verb+" "+in.name),
			progressbar.OptionShowBytes(true),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100_000_000))
		raw = io.TeeReader(f, bar)
	}
	name := in.name
	if in.temp {
		name = in.path
	}
	r, err := nquads.Decompress(raw, name)
	if err != nil {
		f.Close()
		return nil, err
	}
	return readCloser{r, f}, nil
}

// readCloser closes the decompressor and then the file.
type readCloser struct {
	io.ReadCloser
	file *os.File
}

func (rc readCloser) Close() error {
	rc.ReadCloser.Close()
	return rc.file.Close()
}

// isTerminal reports whether an App's Reader, Writer or ErrWriter is a
// terminal: where progress is shown, binary output is refused and Ctrl-C
// belongs to the console.
func isTerminal(rw any) bool {
	f, ok := rw.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
