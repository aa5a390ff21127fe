// Package server serves a kg store over HTTP: Cayley's HTTP API (v2 query,
// read, formats, write and delete; v1 Gizmo query, write and delete), so Cayley's
// clients such as cayleyexport work against kg unchanged; kg's own JSON
// endpoints for entity suggestions, links, paths and exports; a health
// check; and the analysts' web page, embedded in the binary.
//
// Every request is bounded: a body over Config.MaxBody is refused with 413,
// each query runs under Config.Timeout (a runaway Gizmo script such as
// while(true){} is stopped without holding up other requests) and
// Config.Bounds (memory, output, call stack), and results are capped at
// Config.Limit. Writes are refused with 403 unless
// Config.AllowWrites is set. Every error is answered as {"error": "..."}
// with a 4xx status (5xx only for failures of the store itself), and every
// request is logged as one line on Config.Logger.
//
// A page of another site cannot use the server through an analyst's
// browser: requests a browser marks as cross-origin are refused with 403
// before they reach the store, GET included (see sameOrigin), and on
// loopback so are Host names that are not loopback (DNS rebinding). With
// Config.Token every request must carry the token.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"github.com/kg-analyst/kg/queries/gizmo"
)

// Defaults for Config.
const (
	DefaultTimeout = gizmo.DefaultTimeout // per query
	DefaultLimit   = gizmo.DefaultLimit   // results per query
	DefaultMaxBody = 1 << 20              // bytes of request body
	// ShutdownGrace is how long Serve lets requests in flight finish after
	// its context ends before it cancels them.
	ShutdownGrace = 5 * time.Second
)

// Config says what to serve and how.
type Config struct {
	// Store is the quad store served. It stays open while serving.
	Store cgraph.QuadStore
	// Source, instead of Store, lends the store to each read request
	// while it runs, so the store need not stay open (and locked) between
	// requests and each request sees the latest writes. It serves
	// read-only: AllowWrites needs a Store.
	Source Source
	// AllowWrites enables /api/v2/write, /api/v2/delete,
	// /api/v2/node/delete, /api/v1/write and /api/v1/delete; without it
	// they answer 403.
	AllowWrites bool
	// Timeout bounds each query; DefaultTimeout when 0.
	Timeout time.Duration
	// Limit caps the results of each query; DefaultLimit when 0. A request
	// may ask for fewer with ?limit=N, never more.
	Limit int
	// Bounds limit each Gizmo query's memory, output and call stack; zero
	// values mean gizmo's defaults.
	Bounds gizmo.Bounds
	// MaxBody is the largest request body accepted; DefaultMaxBody when 0.
	MaxBody int64
	// Token, when set, is required on every request (see requireToken);
	// kg serve requires one to listen beyond loopback.
	Token string
	// Logger gets one line per request; nothing is logged when nil.
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Limit <= 0 {
		c.Limit = DefaultLimit
	}
	if c.MaxBody <= 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return c
}

// Server answers HTTP requests over one store. It is an http.Handler and is
// safe for concurrent use.
type Server struct {
	cfg     Config
	cayley  *cayleyhttp.APIv2
	writer  cgraph.QuadWriter // nil unless writes are allowed
	handler http.Handler
	// onLoopback is handler for a loopback listener: it also refuses
	// Host names that are not loopback.
	onLoopback http.Handler

	// storeMu lets reads run together and a write alone, when writes are
	// allowed. A write waits for the reads in flight, without holding up
	// new ones, for at most the query timeout.
	storeMu *readFirst
}

// Source lends a store to one request: the store to read and a function
// that ends the loan. *graph.Shared is one.
type Source interface {
	Acquire(ctx context.Context) (cgraph.QuadStore, func(), error)
}

// New returns a server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil && cfg.Source == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.Store == nil && cfg.AllowWrites {
		return nil, errors.New("server: writes need a store held open, not a Source")
	}
	cfg = cfg.withDefaults()
	h := &cgraph.Handle{QuadStore: cfg.Store}
	if cfg.AllowWrites {
		qw, err := cgraph.NewQuadWriter("single", cfg.Store, nil)
		if err != nil {
			return nil, fmt.Errorf("server: open writer: %w", err)
		}
		h.QuadWriter = qw
	}
	// Cayley's APIv2 keeps its settings in the value, not in package
	// globals, so its read, formats, write and delete handlers are reused
	// as they are; queries go through kg's own Gizmo (see query.go).
	api := cayleyhttp.NewAPIv2Writer(h, "single", nil)
	api.SetReadOnly(!cfg.AllowWrites)
	api.SetQueryTimeout(cfg.Timeout)
	api.SetQueryLimit(cfg.Limit)
	s := &Server{cfg: cfg, cayley: api, writer: h.QuadWriter, storeMu: newReadFirst()}
	inner := sameOrigin(s.limitBody(s.routes()))
	if cfg.Token != "" {
		inner = requireToken(cfg.Token, inner)
	}
	s.handler = s.logRequests(inner)
	s.onLoopback = s.logRequests(loopbackHosts(inner))
	return s, nil
}

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// Serve answers requests on ln until ctx ends, then shuts down gracefully:
// it stops accepting connections, gives requests in flight ShutdownGrace to
// finish, then cancels the queries still running and closes their
// connections. It returns nil after a shutdown caused by ctx.
//
// On a loopback listener Serve answers only requests addressed to a
// loopback name (localhost, 127.0.0.1, [::1]), so a page on another site
// cannot reach the server by DNS rebinding.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	// Requests get a context that outlives ctx by the grace period, so a
	// shutdown lets short requests finish and then stops long queries.
	base, cancelBase := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelBase()
	h := s.handler
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && tcp.IP.IsLoopback() {
		h = s.onLoopback
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.cfg.Timeout + time.Minute,
		WriteTimeout:      s.cfg.Timeout + 30*time.Second, // /api/v2/read takes longer; see serveRead
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return base },
		ErrorLog:          slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.cfg.Logger.Info("shutting down", "grace", ShutdownGrace)
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownGrace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if err != nil {
		cancelBase()
		srv.Close()
	}
	<-errc // http.ErrServerClosed
	if err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}
