package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// DefaultLoadBatch is how many quads Load writes per transaction.
const DefaultLoadBatch = 10000

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
// load may lose more. Load must be the only writer of the store while it
// runs; queries may run alongside.
func (s *Store) Load(ctx context.Context, r quad.Reader, opt LoadOptions) (st LoadStats, err error) {
	if opt.BatchSize <= 0 {
		opt.BatchSize = DefaultLoadBatch
	}
	size := s.Size
	write := s.applyBatch
	if s.bolt != nil {
		bl, err := newBulkLoader(s.bolt.DB())
		if err != nil && !errors.Is(err, errNotBulk) {
			return st, fmt.Errorf("load: %w", err)
		} else if err == nil {
			db := s.bolt.DB()
			db.NoSync = true
			defer func() {
				db.NoSync = false
				if serr := db.Sync(); serr != nil && err == nil {
					err = fmt.Errorf("load: sync %s: %w", s.Describe(), serr)
				}
			}()
			write = func(ctx context.Context, batch []quad.Quad) error {
				_, err := bl.write(ctx, batch)
				return err
			}
			size = bl.size // Cayley's exact count reads every quad
		}
	}
	before, err := size(ctx)
	if err != nil {
		return st, err
	}
	buf := make([]quad.Quad, opt.BatchSize)
	for {
		if err := ctx.Err(); err != nil {
			return st, fmt.Errorf("load: %w", err)
		}
		n, rerr := readBatch(r, buf)
		if n > 0 {
			if err := write(ctx, buf[:n]); err != nil {
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
	after, err := size(ctx)
	if err != nil {
		return st, err
	}
	st.Added = int(after - before)
	st.Present = st.Read - st.Added
	return st, nil
}

// applyBatch writes one batch through Cayley's quad store, the way for
// backends other than bolt.
func (s *Store) applyBatch(ctx context.Context, batch []quad.Quad) error {
	deltas := make([]cgraph.Delta, len(batch))
	for i, q := range batch {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	return s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true})
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
