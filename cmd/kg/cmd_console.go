package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/console"
)

func consoleCommand() *cli.Command {
	return &cli.Command{
		Name:  "console",
		Usage: "ask Gizmo queries interactively (line editing, history, multi-line input)",
		Description: "Type Gizmo; a query may span lines while brackets or strings are open.\n" +
			"Start from an entity by name: g.V(kg.entity(\"Soleimani\")).out().all(), or by\n" +
			"prefixed IRI: g.V(\"<id:qasem-soleimani>\"). :help lists the commands (:limit,\n" +
			":timeout, :time, :load [NAME K=V] for a saved query, :quit). Ctrl-C stops the running\n" +
			"query; Ctrl-D leaves. With standard input not a terminal, queries are read from it.\n" +
			"History is kept in $XDG_STATE_HOME/kg/history (~/.local/state/kg/history).",
		Flags: append(append(storeFlags(), asOfFlag), gizmoFlags()...),
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return usagef("console takes no arguments; pipe queries to its standard input")
			}
			bounds, err := boundsFlags(c)
			if err != nil {
				return err
			}
			st, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer st.Close()
			qs, err := queryStore(c, st)
			if err != nil {
				return err
			}
			// On a terminal Ctrl-C belongs to the console (it stops the
			// running query) and only SIGTERM ends the session; a script
			// piped in ends on Ctrl-C like any other command.
			ctx := c.Context
			if isTerminal(c.App.Reader) {
				releaseSignals(c.Context)
				var stop context.CancelFunc
				ctx, stop = signal.NotifyContext(context.WithoutCancel(c.Context), syscall.SIGTERM)
				defer stop()
			}
			return console.Run(ctx, console.Config{
				In:          c.App.Reader,
				Out:         c.App.Writer,
				ErrOut:      c.App.ErrWriter,
				Store:       qs,
				HistoryFile: historyFile(),
				Limit:       c.Int("limit"),
				Timeout:     timeoutFlag(c),
				Bounds:      bounds,
				Saved: func(name string, args map[string]string) (string, error) {
					q, err := queries.LookupSaved(name)
					if err != nil {
						return "", err
					}
					return q.WithArgs(args)
				},
				SavedList: func() []string {
					var out []string
					for _, q := range queries.Saved() {
						out = append(out, fmt.Sprintf("%-14s %s", q.Name, q.Description))
					}
					return out
				},
			})
		},
	}
}

// historyFile is where the console keeps its history: the user's state
// directory, or none when there is no home.
func historyFile() string {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".local", "state")
	}
	dir = filepath.Join(dir, "kg")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return ""
	}
	return filepath.Join(dir, "history")
}
