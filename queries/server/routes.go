package server

import (
	"context"
	"fmt"
	"io/fs"
	"net/http"
	"slices"
	"strings"
	"time"
)

// routes maps paths to handlers. Methods are checked here so a wrong one is
// answered in JSON like every other error.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	handle := func(path string, h http.HandlerFunc, methods ...string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodHead && slices.Contains(methods, http.MethodGet) {
				h(w, r)
				return
			}
			if !slices.Contains(methods, r.Method) {
				w.Header().Set("Allow", strings.Join(methods, ", "))
				writeError(w, http.StatusMethodNotAllowed, errorf("%s is not allowed on %s; use %s", r.Method, path, strings.Join(methods, " or ")))
				return
			}
			h(w, r)
		})
	}
	get, post := http.MethodGet, http.MethodPost

	// Cayley's HTTP API v2.
	handle("/api/v2/query", s.reads(s.serveQueryV2), get, post)
	handle("/api/v2/read", s.reads(s.serveRead), get, post)
	handle("/api/v2/formats", s.cayley.ServeFormats, get)
	handle("/api/v2/write", s.writesOnly(s.serveV2Write), post)
	handle("/api/v2/delete", s.writesOnly(s.serveV2Delete), post)
	handle("/api/v2/node/delete", s.writesOnly(s.cayley.ServeNodeDelete), post)
	// Cayley's documented v1 paths.
	handle("/api/v1/query/{lang}", s.reads(s.serveQueryV1), post)
	handle("/api/v1/write", s.writesOnly(s.serveV1Write), post)
	handle("/api/v1/delete", s.writesOnly(s.serveV1Delete), post)

	// kg's own.
	handle("/api/kg/entities", s.reads(s.serveEntities), get)
	handle("/api/kg/links", s.reads(s.serveLinks), get)
	handle("/api/kg/path", s.reads(s.servePath), get)
	handle("/api/kg/export", s.reads(s.serveExport), get)
	handle("/api/kg/rank", s.reads(s.serveRank), get)
	handle("/api/kg/brokers", s.reads(s.serveBrokers), get)
	handle("/api/kg/clusters", s.reads(s.serveClusters), get)
	handle("/api/kg/diff", s.reads(s.serveDiff), get)
	handle("/health", s.serveHealth, get)

	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, errorf("no API endpoint %s", r.URL.Path))
	})
	static, err := fs.Sub(webFS, "web")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.FileServerFS(static)
	handle("/", func(w http.ResponseWriter, r *http.Request) {
		// The page loads nothing from elsewhere, and may not.
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	}, get)
	return mux
}

// reads runs h while no write runs; without writes there is nothing to
// wait for. With a Source, h runs with a store borrowed from it.
func (s *Server) reads(h http.HandlerFunc) http.HandlerFunc {
	if s.cfg.Source != nil {
		return s.borrowing(h)
	}
	if !s.cfg.AllowWrites {
		return h
	}
	return func(w http.ResponseWriter, r *http.Request) {
		if err := s.storeMu.rlock(r.Context()); err != nil {
			return // the client is gone
		}
		defer s.storeMu.runlock()
		h(w, r)
	}
}

// writeGrace is how long past the query timeout a write waits for the
// reads in flight: a stopped Gizmo query takes up to a second to unwind
// (gizmo's drainWait), more on a busy machine.
const writeGrace = 3 * time.Second

// writesOnly refuses h with 403 unless writes are allowed, and runs it
// alone: Cayley's memstore, for one, has no locks of its own, and a write
// beside a read would crash it.
func (s *Server) writesOnly(h http.HandlerFunc) http.HandlerFunc {
	if s.cfg.AllowWrites {
		return func(w http.ResponseWriter, r *http.Request) {
			// A read in flight ends within the timeout, and a stopped one
			// unwinds within writeGrace more: a write that waits that long
			// comes after every read that was running when it arrived.
			wait := s.cfg.Timeout + writeGrace
			ctx, cancel := context.WithTimeout(r.Context(), wait)
			defer cancel()
			if err := s.storeMu.lock(ctx); err != nil {
				writeError(w, http.StatusServiceUnavailable, fmt.Errorf("the store stayed busy with reads for %v; try the write again", wait))
				return
			}
			defer s.storeMu.unlock()
			h(w, r)
		}
	}
	return func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusForbidden, errReadOnly)
	}
}

// serveHealth says the server is up. It does not touch the store, so it
// answers at once whatever queries and writes are doing.
func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "writes": s.cfg.AllowWrites})
}
