package graph

import (
	"context"
	"errors"
	"slices"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// batchRefs is what a batch of deltas does to its values' references:
// each value's net change by its hash, as Cayley's kv writer computes it
// (graph/log.SplitDeltas), and the hashes of the values the added quads
// hold. Each value is hashed once here, for makeNodeBuckets and
// cayleyBatches.
type batchRefs struct {
	net   map[refs.ValueHash]int
	added []refs.ValueHash
}

// refsOf returns the batchRefs of deltas.
func refsOf(deltas []cgraph.Delta) batchRefs {
	r := batchRefs{net: map[refs.ValueHash]int{}}
	for _, d := range deltas {
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				h := refs.HashOf(v)
				r.net[h] += int(d.Action)
				if d.Action == cgraph.Add {
					r.added = append(r.added, h)
				}
			}
		}
	}
	return r
}

// makeNodeBuckets creates, in key order and in a bolt transaction of its
// own, the node buckets that the values of a batch (its batchRefs) need
// and the store lacks: Cayley's kv layout keeps a value's reference count
// and ID in root buckets named 'n' or 'v' and the first two bytes of the
// value's hash. Cayley's writer creates a missing bucket when it meets it,
// in hash order, which is to say at random, and bolt keeps the root's
// buckets in one sorted node until the commit, shifting it for every
// insert: a write that brings tens of thousands of new buckets costs their
// square (the first ingest of a 10,000-sentence article spent 32 of its
// 44 s there). Created in key order, each costs only the shift past the
// buckets the store already had. An empty bucket reads as a missing one to
// Cayley, so a write that fails after this leaves nothing wrong behind.
func makeNodeBuckets(db *boltdb.DB, r batchRefs) error {
	var need [1 << 16]bool
	for h := range r.net {
		need[int(h[0])<<8|int(h[1])] = true
	}
	var missing [][]byte
	err := db.View(func(tx *boltdb.Tx) error {
		for _, kind := range []byte{'n', 'v'} {
			for p, ok := range need {
				if name := []byte{kind, byte(p >> 8), byte(p)}; ok && tx.Bucket(name) == nil {
					missing = append(missing, name)
				}
			}
		}
		return nil
	})
	if err != nil || len(missing) == 0 {
		return err
	}
	return db.Update(func(tx *boltdb.Tx) error {
		for _, name := range missing { // 'n' before 'v', each by prefix: key order
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	})
}

// bulkAdd writes quads, which only add to the store, in one bolt
// transaction through the bulk loader: the layout Cayley's writer makes, at
// the loader's cost (BenchmarkLoad), for a first ingest of a long article.
// It reports false, having written nothing, when the store's layout is not
// one the bulk loader writes.
func (s *Store) bulkAdd(ctx context.Context, quads []quad.Quad) (bool, error) {
	bl, err := newBulkLoader(s.bolt.DB())
	if errors.Is(err, errNotBulk) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	tx, err := bl.begin()
	if err != nil {
		return false, err
	}
	defer tx.rollback() // a no-op after the commit
	if err := tx.add(ctx, quads); err != nil {
		return false, err
	}
	_, err = tx.commit(false)
	return true, err
}

// addedQuads returns the quads of deltas when every delta adds one, or
// false.
func addedQuads(deltas []cgraph.Delta) ([]quad.Quad, bool) {
	out := make([]quad.Quad, 0, len(deltas))
	for _, d := range deltas {
		if d.Action != cgraph.Add {
			return nil, false
		}
		out = append(out, d.Quad)
	}
	return out, true
}

// cayleyBatches returns deltas as the batches to give Cayley's kv
// ApplyDeltas: one, or the adds and then the deletes when one batch would
// meet a fault of Cayley's kv writer. It nets each value's reference
// changes over the batch (r, the batchRefs of deltas), and a quad added
// with a value whose references the batch lowers overall is stored without
// that value (its object read back as nil). A document rewritten so that a
// value loses some quads and gains others is that case. Split, the adds
// land first: until the deletes land, readers see the document's old and
// new quads together, and a crash between the two leaves that union, which
// replacing the document again repairs.
func cayleyBatches(deltas []cgraph.Delta, r batchRefs) [][]cgraph.Delta {
	if !slices.ContainsFunc(r.added, func(h refs.ValueHash) bool { return r.net[h] < 0 }) {
		return [][]cgraph.Delta{deltas}
	}
	var adds, dels []cgraph.Delta
	for _, d := range deltas {
		if d.Action == cgraph.Add {
			adds = append(adds, d)
		} else {
			dels = append(dels, d)
		}
	}
	return [][]cgraph.Delta{adds, dels}
}
