package main

import (
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/queries/server"
)

// defaultAddr is Cayley's port, on loopback only.
const defaultAddr = "127.0.0.1:64210"

func serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "serve the graph over HTTP: Cayley's API for its clients, kg's JSON API and a web page for analysts",
		Description: "Serves Cayley's HTTP API v2 (POST /api/v2/query?lang=gizmo, /api/v2/read,\n" +
			"/api/v2/formats; /api/v2/write and /api/v2/delete with --allow-writes) and v1\n" +
			"(POST /api/v1/query/gizmo; /api/v1/write and /api/v1/delete with --allow-writes),\n" +
			"so cayleyexport, cayleyimport and scripts written for Cayley work unchanged;\n" +
			"kg's /api/kg/entities?prefix=, /api/kg/links?entity=&depth=,\n" +
			"/api/kg/path?from=&to=&max_hops=, /api/kg/export?around=&depth=&format=; /health;\n" +
			"and at / a page to search entities, see their links and run Gizmo.\n" +
			"The store stays open (and locked) until kg serve stops on Ctrl-C or SIGTERM.\n" +
			"Each query stops after --timeout and returns at most --limit results; request\n" +
			"bodies are limited to 1 MiB; pages of other sites cannot use the server.\n" +
			"Beyond loopback (--addr 0.0.0.0:64210) it needs --token TOKEN (or KG_TOKEN),\n" +
			"or --insecure to serve anyone who reaches it.\n\n" +
			"   kg serve\n" +
			"   curl -d 'g.V(kg.entity(\"Soleimani\")).out().all()' 'http://127.0.0.1:64210/api/v2/query?lang=gizmo'",
		Flags: append(append(storeFlags(),
			&cli.StringFlag{Name: "addr", Value: defaultAddr, Usage: "listen on `HOST:PORT` (loopback unless you say otherwise)"},
			&cli.BoolFlag{Name: "allow-writes", Usage: "accept Cayley's write and delete requests (refused with 403 otherwise)"},
			&cli.DurationFlag{Name: "timeout", Value: server.DefaultTimeout, Usage: "stop each query after `DURATION`"},
			&cli.IntFlag{Name: "limit", Value: server.DefaultLimit, Usage: "at most `N` results per query"},
			&cli.StringFlag{Name: "token", EnvVars: []string{"KG_TOKEN"}, Usage: "require `TOKEN` on every request (Authorization: Bearer TOKEN, or /?token=TOKEN once in a browser)"},
			&cli.BoolFlag{Name: "insecure", Usage: "listen beyond loopback without a token: anyone who reaches the address can read the graph"},
		), boundFlags()...),
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return usagef("serve takes no arguments, got %q", c.Args().Slice())
			}
			if c.Duration("timeout") <= 0 {
				return usagef("--timeout must be positive, such as 30s")
			}
			if c.Int("limit") < 1 {
				return usagef("--limit must be at least 1")
			}
			bounds, err := boundsFlags(c)
			if err != nil {
				return err
			}
			addr := c.String("addr")
			host, _, err := net.SplitHostPort(addr)
			if err != nil {
				return usagef("--addr %q: want HOST:PORT, such as %s", addr, defaultAddr)
			}
			loopback := isLoopbackHost(host)
			if !loopback && c.String("token") == "" && !c.Bool("insecure") {
				return usagef("--addr %q is beyond loopback: give --token TOKEN (or KG_TOKEN) so that only those who have it can read the graph, or --insecure to let anyone who reaches the address", addr)
			}
			log := slog.New(slog.NewTextHandler(c.App.ErrWriter, nil))
			cfg := server.Config{
				AllowWrites: c.Bool("allow-writes"),
				Timeout:     c.Duration("timeout"),
				Limit:       c.Int("limit"),
				Bounds:      bounds,
				Token:       c.String("token"),
				Logger:      log,
			}
			describe, closeStore, err := serveStore(c, &cfg)
			if err != nil {
				return err
			}
			defer closeStore()
			srv, err := server.New(cfg)
			if err != nil {
				return err
			}
			var lc net.ListenConfig
			ln, err := lc.Listen(c.Context, "tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			if !loopback && c.String("token") == "" {
				log.Warn("listening beyond loopback without a token (--insecure): anyone who reaches this address can query the graph", "addr", addr)
			}
			mode := "read-only"
			if c.Bool("allow-writes") {
				mode = "writes allowed"
			}
			log.Info("serving", "store", describe, "url", "http://"+ln.Addr().String()+"/", "mode", mode,
				"timeout", c.Duration("timeout").Round(time.Millisecond), "limit", c.Int("limit"))
			return srv.Serve(c.Context, ln)
		},
	}
}

// isLoopbackHost reports whether host (from --addr) can only be reached
// from this machine: a loopback address or localhost. An empty host listens
// everywhere.
func isLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// serveStore sets what cfg serves. Read-only on bolt, the server borrows
// the store for each request (graph.Shared): between requests other kg
// commands read it and write to it, and every answer sees the last write.
// Otherwise the server holds the store open while it runs (writes allowed,
// or a SQL store, which has its own concurrency). It returns the store's
// name and what closes it.
func serveStore(c *cli.Context, cfg *server.Config) (string, func(), error) {
	st, err := openReadStore(c)
	if err != nil {
		return "", nil, err
	}
	if st.Backend() == graph.DefaultBackend && !cfg.AllowWrites {
		st.Close() // it exists and is built: requests open it from here on
		shared := graph.NewShared(storeConfig(c), 0)
		cfg.Source = shared
		return shared.Describe(), func() {}, nil
	}
	if cfg.AllowWrites && st.ReadOnly() {
		st.Close()
		if st, err = openStore(c, true); err != nil {
			return "", nil, err
		}
	}
	cfg.Store = st.QuadStore()
	return st.Describe(), func() { st.Close() }, nil
}
