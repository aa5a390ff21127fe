package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// DefaultLoadBatch is how many quads Load writes per transaction. Bigger
// transactions load faster on bolt (each rewrites the index pages it
// touches once) and cost memory: see BenchmarkLoad.
const DefaultLoadBatch = 500_000

// applyMax bounds the quads of one transaction on backends other than
// bolt, which go through Cayley's ApplyDeltas and hold a batch in memory
// several times over.
const applyMax = 10_000

// readChunk is how many quads Load reads at a time.
const readChunk = 8192

// LoadOptions tune Load.
type LoadOptions struct {
	// BatchSize is the number of quads per transaction; DefaultLoadBatch
	// when 0. A crash loses at most the batch being written, never part of
	// one.
	BatchSize int
	// Progress, when set, is called after each batch with the number of
	// quads read so far.
	Progress func(read int)
}

// LoadStats counts what a load did.
type LoadStats struct {
	Read    int `json:"read"`    // quads read from the input
	Added   int `json:"added"`   // quads new to the store
	Present int `json:"present"` // quads the store (or the input before them) already had
}

// Load writes every quad r yields to the store, in batches of one
// transaction each, leaving quads the store already holds as they are.
// Reading stops at the first error r returns (other than io.EOF), after the
// batches before it were written: validate the input first when a file must
// land whole.
//
// On bolt, Load writes Cayley's layout itself (see bulk.go) and syncs the
// file once, before it returns, rather than after every batch: a killed
// process loses at most the batch it was writing, a power loss during the
// load may lose more. On PostgreSQL the whole of r is one transaction
// through COPY (see pgload.go): nothing of it is stored unless all of it
// is. Other backends write at most applyMax quads per transaction. Load must be the only writer of the store while it runs;
// queries may run alongside.
func (s *Store) Load(ctx context.Context, r quad.Reader, opt LoadOptions) (LoadStats, error) {
	if opt.BatchSize <= 0 {
		opt.BatchSize = DefaultLoadBatch
	}
	if s.bolt != nil {
		bl, err := newBulkLoader(s.bolt.DB())
		if err == nil {
			return s.bulkLoad(ctx, bl, r, opt)
		} else if !errors.Is(err, errNotBulk) {
			return LoadStats{}, fmt.Errorf("load: %w", err)
		}
	}
	if s.cfg.Backend == "postgres" {
		return s.pgLoad(ctx, r, opt)
	}
	return s.applyLoad(ctx, r, opt)
}

// bulkLoad is Load on bolt. Reading and parsing run in their own goroutine,
// a few chunks ahead of the writes.
func (s *Store) bulkLoad(ctx context.Context, bl *bulkLoader, r quad.Reader, opt LoadOptions) (st LoadStats, err error) {
	gc := relaxGC()
	defer gc.restore()
	db := s.bolt.DB()
	db.NoSync = true
	defer func() {
		db.NoSync = false
		if serr := db.Sync(); serr != nil && err == nil {
			err = fmt.Errorf("load: sync %s: %w", s.Describe(), serr)
		}
	}()
	before, err := bl.size(ctx)
	if err != nil {
		return st, err
	}
	chunks, stop := readAhead(r, min(readChunk, opt.BatchSize))
	defer stop()
	var tx *bulkTx
	defer func() {
		if tx != nil {
			tx.rollback()
		}
	}()
	inTx, committed := 0, 0 // quads read into the open batch; quads read before it
	commit := func(last bool) error {
		if _, err := tx.commit(!last); err != nil {
			return fmt.Errorf("load: write batch after quad %d: %w", committed, err)
		}
		tx = nil
		gc.fit()
		committed += inTx
		inTx = 0
		if opt.Progress != nil {
			opt.Progress(committed)
		}
		return nil
	}
	for c := range chunks {
		for qs := c.quads; len(qs) > 0; {
			if err := ctx.Err(); err != nil {
				return st, fmt.Errorf("load: %w", err)
			}
			if tx == nil {
				if tx, err = bl.begin(); err != nil {
					return st, fmt.Errorf("load: begin batch after quad %d: %w", committed, err)
				}
			}
			n := min(len(qs), opt.BatchSize-inTx)
			if err := tx.add(ctx, qs[:n]); err != nil {
				return st, fmt.Errorf("load: batch after quad %d: %w", committed, err)
			}
			qs = qs[n:]
			inTx += n
			st.Read += n
			if inTx >= opt.BatchSize {
				if err := commit(false); err != nil {
					return st, err
				}
			}
		}
		c.done()
		if c.err != nil {
			if tx != nil {
				if err := commit(true); err != nil { // the input ended
					return st, err
				}
			}
			if !errors.Is(c.err, io.EOF) {
				return st, c.err
			}
		}
	}
	after, err := bl.size(ctx)
	if err != nil {
		return st, err
	}
	st.Added = int(after - before)
	st.Present = st.Read - st.Added
	return st, nil
}

// chunk is some quads read ahead, with the error that ended the input
// (io.EOF at its end) after them.
type chunk struct {
	quads []quad.Quad
	err   error
	done  func() // gives the buffer back to the reader
}

// readAhead reads r in a goroutine, in chunks of size quads, and sends
// them in order until the input ends or stop is called. The chunk with an
// error is the last. After stop, r is no longer read.
func readAhead(r quad.Reader, size int) (<-chan chunk, func()) {
	const buffers = 3
	out := make(chan chunk, buffers-1)
	free := make(chan []quad.Quad, buffers)
	for i := 0; i < buffers; i++ {
		free <- make([]quad.Quad, size)
	}
	quit := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		defer close(out)
		for {
			var buf []quad.Quad
			select {
			case buf = <-free:
			case <-quit:
				return
			}
			n, err := readBatch(r, buf)
			c := chunk{quads: buf[:n], err: err, done: func() { free <- buf }}
			select {
			case out <- c:
			case <-quit:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	var once sync.Once
	stop := func() {
		once.Do(func() { close(quit) })
		<-finished
	}
	return out, stop
}

// applyLoad is Load through Cayley's quad store, for backends other than
// bolt.
func (s *Store) applyLoad(ctx context.Context, r quad.Reader, opt LoadOptions) (LoadStats, error) {
	var st LoadStats
	before, err := s.Size(ctx)
	if err != nil {
		return st, err
	}
	buf := make([]quad.Quad, min(opt.BatchSize, applyMax))
	deltas := make([]cgraph.Delta, 0, len(buf))
	for {
		if err := ctx.Err(); err != nil {
			return st, fmt.Errorf("load: %w", err)
		}
		n, rerr := readBatch(r, buf)
		if n > 0 {
			deltas = deltas[:0]
			for _, q := range buf[:n] {
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			}
			if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
				return st, fmt.Errorf("load: write batch after quad %d: %w", st.Read, err)
			}
			st.Read += n
			if opt.Progress != nil {
				opt.Progress(st.Read)
			}
		}
		if errors.Is(rerr, io.EOF) {
			break
		} else if rerr != nil {
			return st, rerr
		}
	}
	after, err := s.Size(ctx)
	if err != nil {
		return st, err
	}
	st.Added = int(after - before)
	st.Present = st.Read - st.Added
	return st, nil
}

// readBatch fills buf from r and returns how many quads it read; an error
// (io.EOF at the end) comes with the quads read before it.
func readBatch(r quad.Reader, buf []quad.Quad) (int, error) {
	if br, ok := r.(quad.BatchReader); ok {
		return br.ReadQuads(buf)
	}
	for i := range buf {
		q, err := r.ReadQuad()
		if err != nil {
			return i, err
		}
		buf[i] = q
	}
	return len(buf), nil
}
