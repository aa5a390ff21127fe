package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the command failed
	exitUsage = 2 // the command line was wrong
)

// usageError marks errors in how kg was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// newApp assembles the command line. Commands write to the app's Writer and
// ErrWriter and read from its Reader, so tests drive them in-process.
func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:  "kg",
		Usage: "build a knowledge graph from news articles and ask who is linked to whom, with evidence",
		Description: "kg keeps every fact with the document and sentence that state it.\n" +
			"The store is ./kg.db unless --db or KG_DB says otherwise; read commands build it\n" +
			"from the embedded seed articles the first time.",
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		Commands: withFlagErrors([]*cli.Command{
			buildCommand(),
			ingestCommand(),
			loadCommand(),
			entitiesCommand(),
			linksCommand(),
			pathCommand(),
			timelineCommand(),
			rankCommand(),
			brokersCommand(),
			clustersCommand(),
			diffCommand(),
			statsCommand(),
			queryCommand(),
			consoleCommand(),
			exportCommand(),
			evalCommand(),
			serveCommand(),
		}),
		HideHelpCommand: true,
		ExitErrHandler:  func(*cli.Context, error) {}, // Run maps errors to exit codes
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
	}
}

// Run runs kg with args (args[0] is the program name) and returns the exit
// code. Errors are printed once, here.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	err := app.RunContext(ctx, interspersed(app, args))
	if err == nil {
		return exitOK
	}
	if errors.Is(context.Cause(ctx), errInterrupted) {
		fmt.Fprintln(stderr, "kg: interrupted")
		return exitError
	}
	fmt.Fprintln(stderr, "kg:", err)
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	return exitError
}
