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
func (s *Store) Load(ctx context.Context, r quad.Reader, opt LoadOptions) (LoadStats, error) {
	if opt.BatchSize <= 0 {
		opt.BatchSize = DefaultLoadBatch
	}
	var st LoadStats
	before, err := s.Size(ctx)
	if err != nil {
		return st, err
	}
	buf := make([]quad.Quad, opt.BatchSize)
	deltas := make([]cgraph.Delta, 0, opt.BatchSize)
	for {
		if err := ctx.Err(); err != nil {
			return st, fmt.Errorf("load: %w", err)
		}
		n, rerr := readBatch(r, buf)
		deltas = deltas[:0]
		for _, q := range buf[:n] {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		if n > 0 {
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
