package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

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
// load may lose more. Other backends write at most applyMax quads per
// transaction. Load must be the only writer of the store while it runs;
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
	return s.applyLoad(ctx, r, opt)
}

// bulkLoad is Load on bolt.
func (s *Store) bulkLoad(ctx context.Context, bl *bulkLoader, r quad.Reader, opt LoadOptions) (st LoadStats, err error) {
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
	buf := make([]quad.Quad, min(readChunk, opt.BatchSize))
	var tx *bulkTx
	defer func() {
		if tx != nil {
			tx.rollback()
		}
	}()
	inTx, committed := 0, 0 // quads read into the open batch; quads read before it
	for {
		if err := ctx.Err(); err != nil {
			return st, fmt.Errorf("load: %w", err)
		}
		n, rerr := readBatch(r, buf[:min(len(buf), opt.BatchSize-inTx)])
		if n > 0 {
			if tx == nil {
				if tx, err = bl.begin(); err != nil {
					return st, fmt.Errorf("load: begin batch after quad %d: %w", committed, err)
				}
			}
			if err := tx.add(ctx, buf[:n]); err != nil {
				return st, fmt.Errorf("load: batch after quad %d: %w", committed, err)
			}
			inTx += n
			st.Read += n
		}
		end := rerr != nil
		if tx != nil && (inTx >= opt.BatchSize || end) {
			if _, err := tx.commit(); err != nil {
				return st, fmt.Errorf("load: write batch after quad %d: %w", committed, err)
			}
			tx = nil
			committed += inTx
			inTx = 0
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
	after, err := bl.size(ctx)
	if err != nil {
		return st, err
	}
	st.Added = int(after - before)
	st.Present = st.Read - st.Added
	return st, nil
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
