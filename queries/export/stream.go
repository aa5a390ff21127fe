package export

import (
	"context"
	"fmt"
	"io"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-analyst/kg/graph"
)

// Whole reports whether opt takes the whole graph as it is stored: no
// selection, no filter, labels kept. WriteWholeNQuads streams such an export.
func (opt Options) Whole() bool {
	return opt.Around == nil && opt.Between == [2]quad.Value{} && len(opt.Nodes) == 0 &&
		opt.Document == "" && len(opt.Predicates) == 0 && len(opt.Types) == 0 && !opt.NoLabels
}

// WriteWholeNQuads writes every quad of qs to w as W3C N-Quads (made valid
// as WriteNQuads makes them) and returns how many it wrote. It streams: the
// quads go from the store's iterator, a batch at a time, straight to
// Cayley's buffered N-Quads writer, so memory does not grow with the store.
// The quads come in the store's own order, not sorted: on bolt that is the
// order of their ids, the same for the same store; on PostgreSQL it is the
// order the database returns them in. The store holds each quad once, so no
// line repeats unless two stored values clean to the same text.
func WriteWholeNQuads(ctx context.Context, w io.Writer, qs cgraph.QuadStore) (int, error) {
	if sc, ok := qs.(quadScanner); ok {
		return writeScanned(ctx, w, sc)
	}
	s := &streamer{qs: qs, enc: nquads.NewWriter(w), values: map[any]quad.Value{}}
	it := graph.Interruptible(qs.QuadsAllIterator().Iterate())
	defer it.Close()
	batch := make([]cgraph.Ref, 0, streamBatch)
	for it.Next(ctx) {
		if batch = append(batch, it.Result()); len(batch) == streamBatch {
			if err := s.write(ctx, batch); err != nil {
				return 0, err
			}
			batch = batch[:0]
		}
	}
	if err := it.Err(); err != nil {
		return 0, fmt.Errorf("read quads: %w", err)
	}
	if err := s.write(ctx, batch); err != nil {
		return 0, err
	}
	if err := s.enc.Close(); err != nil { // flushes its buffer
		return 0, fmt.Errorf("write n-quads: %w", err)
	}
	return s.n, nil
}

// quadScanner is a store that reads all its quads faster than through its
// iterator (graph.Store.ScanQuadStore on bolt).
type quadScanner interface {
	ScanQuads(ctx context.Context, fn func(quad.Quad) error) error
}

// writeScanned is WriteWholeNQuads over a quadScanner.
func writeScanned(ctx context.Context, w io.Writer, sc quadScanner) (int, error) {
	enc, n := nquads.NewWriter(w), 0
	err := sc.ScanQuads(ctx, func(q quad.Quad) error {
		n++
		return writeValidQuad(enc, q)
	})
	if err != nil {
		return 0, err
	}
	if err := enc.Close(); err != nil { // flushes its buffer
		return 0, fmt.Errorf("write n-quads: %w", err)
	}
	return n, nil
}

const (
	// streamBatch is how many quads WriteWholeNQuads names at once: their
	// values are read from the store in one call, not four calls a quad.
	streamBatch = 512
	// maxCachedValues bounds the values a stream keeps (predicates, types
	// and labels repeat): past it the cache starts again, so memory stays flat.
	maxCachedValues = 1 << 15
)

// streamer writes batches of quad references as N-Quads.
type streamer struct {
	qs     cgraph.QuadStore
	enc    *nquads.Writer
	values map[any]quad.Value // by the value's reference key
	n      int
}

// write reads the values of the quads in batch that it does not hold yet,
// in one call to the store, and writes the quads.
func (s *streamer) write(ctx context.Context, batch []cgraph.Ref) error {
	if len(s.values) > maxCachedValues {
		clear(s.values)
	}
	ends := make([][4]cgraph.Ref, len(batch))
	var missing []cgraph.Ref
	queued := map[any]bool{}
	for i, ref := range batch {
		for j, d := range quad.Directions {
			v, err := s.qs.QuadDirection(ref, d)
			if err != nil {
				return fmt.Errorf("read quad: %w", err)
			}
			if v == nil {
				continue
			}
			ends[i][j] = v
			if _, ok := s.values[v.Key()]; !ok && !queued[v.Key()] {
				queued[v.Key()] = true
				missing = append(missing, v)
			}
		}
	}
	if len(missing) > 0 {
		vals, err := cgraph.ValuesOf(ctx, s.qs, missing) // batched where the store can
		if err != nil {
			return fmt.Errorf("read values: %w", err)
		}
		for i, v := range vals {
			s.values[missing[i].Key()] = v
		}
	}
	for _, e := range ends {
		var q quad.Quad
		for j, d := range quad.Directions {
			if e[j] != nil {
				q.Set(d, s.values[e[j].Key()])
			}
		}
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			return fmt.Errorf("read quad: the store has a quad with a missing value: %v", q)
		}
		if err := writeValidQuad(s.enc, q); err != nil {
			return err
		}
		s.n++
	}
	return nil
}
