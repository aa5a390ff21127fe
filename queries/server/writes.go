package server

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// maxWriteQuads bounds the quads one write or delete may carry once
// decompressed: a gzipped body of 1 MiB can hold gigabytes.
const maxWriteQuads = 1 << 20

// serveV2Write answers Cayley's POST /api/v2/write: quads in the format the
// Content-Type names (N-Quads when none), gzipped when Content-Encoding
// says so, all added in one transaction. Unlike Cayley's handler, which
// writes batch by batch and answers 500 to a bad line after writing the
// lines before it, the whole body is read first: a bad body is a 400 and
// nothing is written.
func (s *Server) serveV2Write(w http.ResponseWriter, r *http.Request) {
	s.serveV2Change(w, r, cgraph.Add, "wrote")
}

// serveV2Delete answers Cayley's POST /api/v2/delete as serveV2Write, but
// removing the quads.
func (s *Server) serveV2Delete(w http.ResponseWriter, r *http.Request) {
	s.serveV2Change(w, r, cgraph.Delete, "deleted")
}

func (s *Server) serveV2Change(w http.ResponseWriter, r *http.Request, action cgraph.Procedure, did string) {
	quads, err := readBodyQuads(r)
	if err != nil {
		fail(w, err)
		return
	}
	s.applyChange(w, quads, action, did)
}

// readBodyQuads reads the quads of a v2 write or delete.
func readBodyQuads(r *http.Request) ([]quad.Quad, error) {
	format := quad.FormatByName("nquads")
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			return nil, errorf("Content-Type %q: %w", ct, err)
		}
		format = quad.FormatByMime(mt)
	}
	if format == nil || format.Reader == nil {
		return nil, errorf("Content-Type %q: not a format kg reads quads from; see /api/v2/formats", r.Header.Get("Content-Type"))
	}
	var body io.Reader = r.Body // bounded by limitBody
	switch enc := strings.ToLower(r.Header.Get("Content-Encoding")); enc {
	case "", "identity":
	case "gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, errorf("gzip body: %w", err)
		}
		defer zr.Close()
		body = zr
	default:
		return nil, errorf("Content-Encoding %q: send the body plain or gzipped", enc)
	}
	qr := format.Reader(body)
	defer qr.Close()
	var out []quad.Quad
	for {
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, errorf("read quad %d of the body: %w", len(out)+1, err)
		}
		if len(out) == maxWriteQuads {
			return nil, requestError{fmt.Errorf("%w: more than %d quads", errTooManyQuads, maxWriteQuads)}
		}
		out = append(out, q)
	}
}

// errTooManyQuads refuses a write past maxWriteQuads.
var errTooManyQuads = errors.New("too many quads in one request")

// applyChange adds or removes quads in one transaction and answers as
// Cayley does. A quad to delete that is not there is the client's error,
// 404, and nothing is deleted then; adding a quad already there changes
// nothing.
func (s *Server) applyChange(w http.ResponseWriter, quads []quad.Quad, action cgraph.Procedure, did string) {
	tx := cgraph.NewTransaction()
	for _, q := range quads {
		if action == cgraph.Add {
			tx.AddQuad(q)
		} else {
			tx.RemoveQuad(q)
		}
	}
	verb := map[cgraph.Procedure]string{cgraph.Add: "write", cgraph.Delete: "delete"}[action]
	if err := s.writer.ApplyTransaction(tx); err != nil {
		switch {
		case errors.Is(err, cgraph.ErrQuadExists):
			writeError(w, http.StatusConflict, fmt.Errorf("%s quads: %w", verb, err))
		case errors.Is(err, cgraph.ErrQuadNotExist):
			writeError(w, http.StatusNotFound, fmt.Errorf("%s quads: %w", verb, err))
		default:
			writeError(w, http.StatusInternalServerError, fmt.Errorf("%s quads: %w", verb, err))
		}
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": fmt.Sprintf("Successfully %s %d quads.", did, len(quads)), "count": len(quads)})
}

// readFirst lets reads run together and a write alone. Unlike
// sync.RWMutex, a write waiting for the reads in flight does not hold up
// new reads: one slow query and a write queued behind it must not stop the
// server answering. A write waits until no read runs, or until its context
// ends.
type readFirst struct {
	mu      sync.Mutex
	readers int
	writing bool
	changed chan struct{} // closed, and replaced, whenever the above change
}

func newReadFirst() *readFirst { return &readFirst{changed: make(chan struct{})} }

// rlock waits for a running write (never for a waiting one) and counts a
// read in.
func (l *readFirst) rlock(ctx context.Context) error {
	return l.acquire(ctx, func() bool { return !l.writing }, func() { l.readers++ })
}

func (l *readFirst) runlock() { l.update(func() { l.readers-- }) }

// lock waits until no read or write runs.
func (l *readFirst) lock(ctx context.Context) error {
	return l.acquire(ctx, func() bool { return !l.writing && l.readers == 0 }, func() { l.writing = true })
}

func (l *readFirst) unlock() { l.update(func() { l.writing = false }) }

func (l *readFirst) acquire(ctx context.Context, free func() bool, take func()) error {
	for {
		l.mu.Lock()
		if free() {
			take()
			l.mu.Unlock()
			return nil
		}
		ch := l.changed
		l.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (l *readFirst) update(f func()) {
	l.mu.Lock()
	f()
	close(l.changed)
	l.changed = make(chan struct{})
	l.mu.Unlock()
}
