package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// statusWriter remembers the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	code  int
	bytes int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests logs one line per request: method, path, status, size and
// duration.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if sw.code == 0 {
				sw.code = http.StatusOK
			}
			s.cfg.Logger.LogAttrs(r.Context(), levelOf(sw.code), "request",
				slogAttrs(r, sw, time.Since(start))...)
		}()
		next.ServeHTTP(sw, r)
	})
}

// drainMax bounds how much of a refused body is read and thrown away.
const drainMax = 16 << 20

// limitBody reads a request body of at most MaxBody bytes before the
// handler runs, so every handler, Cayley's included, sees a bounded body and
// a larger one is refused with 413 in one place.
func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		body := r.Body
		tooLarge := func() {
			// Read the rest (up to a bound) before answering, so a client
			// that sends its whole body before it reads gets the 413
			// rather than a connection reset. A client that asked to
			// continue is told now and sends nothing more.
			if !strings.EqualFold(r.Header.Get("Expect"), "100-continue") {
				io.CopyN(io.Discard, body, drainMax)
			}
			w.Header().Set("Connection", "close")
			writeError(w, http.StatusRequestEntityTooLarge,
				fmt.Errorf("request body is larger than %d bytes", s.cfg.MaxBody))
		}
		if r.ContentLength > s.cfg.MaxBody {
			tooLarge()
			return
		}
		data, err := io.ReadAll(http.MaxBytesReader(w, body, s.cfg.MaxBody))
		var tl *http.MaxBytesError
		switch {
		case errors.As(err, &tl):
			tooLarge()
			return
		case err != nil:
			writeError(w, http.StatusBadRequest, fmt.Errorf("read request body: %w", err))
			return
		}
		body.Close()
		r.Body = io.NopCloser(bytes.NewReader(data))
		next.ServeHTTP(w, r)
	})
}

// queryContext bounds one request's work by the query timeout.
func (s *Server) queryContext(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.cfg.Timeout)
}

// loopbackHosts refuses requests whose Host is not a loopback name or
// address. A server on loopback uses it against DNS rebinding, where a page
// on another site reaches it under the site's own name.
func loopbackHosts(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isLoopbackHost(r.Host) {
			writeError(w, http.StatusForbidden, fmt.Errorf("host %q refused: this server answers on loopback only (localhost, 127.0.0.1, [::1])", r.Host))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// isLoopbackHost reports whether a Host header names loopback; an empty one
// (HTTP/1.0) does.
func isLoopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if host == "" || strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// storeKey is the context key of the store a request borrowed.
type storeKey struct{}

// borrowing runs h with a store borrowed from the Source for the request's
// duration. A store the Source cannot lend (a writer holds it past the
// lock timeout) is answered with 503.
func (s *Server) borrowing(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		qs, release, err := s.cfg.Source.Acquire(r.Context())
		if err != nil {
			writeError(w, http.StatusServiceUnavailable, errorf("store: %w", err))
			return
		}
		defer release()
		h(w, r.WithContext(context.WithValue(r.Context(), storeKey{}, qs)))
	}
}

// store is the store a request reads: the one it borrowed, or the one
// the server holds.
func (s *Server) store(ctx context.Context) cgraph.QuadStore {
	if qs, ok := ctx.Value(storeKey{}).(cgraph.QuadStore); ok {
		return qs
	}
	return s.cfg.Store
}
