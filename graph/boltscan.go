package graph

import (
	"context"
	"encoding/binary"
	"fmt"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"google.golang.org/protobuf/proto"
)

// boltQuadStore is Cayley's store on bolt with a scan of every quad beside
// it (ScanQuads), for a whole export.
type boltQuadStore struct {
	cgraph.QuadStore
	db *boltdb.DB
}

const (
	// scanChunk is how many log entries ScanQuads reads in one transaction:
	// a long scan then neither holds one transaction open for its whole
	// length (a writer growing the file waits for readers to remap) nor
	// goes long without looking at its context.
	scanChunk = 8192
	// maxScanValues bounds the node values a scan keeps (predicates and
	// types repeat): past it the cache starts again, so memory stays flat.
	maxScanValues = 1 << 15
)

// ScanQuads calls fn for every live quad of the store in the order of
// their ids (the order they were written, as Cayley's iterator gives them)
// and stops at the first error fn returns or soon after ctx ends. It walks
// Cayley's log with one cursor, a chunk of entries per transaction, and
// reads a node's value from the log once until the cache is full: Cayley's
// iterator opens a transaction per 100 quads and its value lookups walk
// the bucket path again for every key.
func (qs boltQuadStore) ScanQuads(ctx context.Context, fn func(quad.Quad) error) error {
	r := logReader{values: map[uint64]quad.Value{}}
	from := make([]byte, 8)
	for more := true; more; {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := qs.db.View(func(tx *boltdb.Tx) error {
			if r.log = tx.Bucket(bucketLog); r.log == nil {
				return fmt.Errorf("read quads: the store has no %q bucket", bucketLog)
			}
			var err error
			from, more, err = r.scan(from, fn)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// scan calls fn for the live quads of up to scanChunk log entries from the
// key from on, and returns the key to go on from and whether there is more.
func (r *logReader) scan(from []byte, fn func(quad.Quad) error) ([]byte, bool, error) {
	c := r.log.Cursor()
	k, data := c.Seek(from)
	for n := 0; k != nil; k, data = c.Next() {
		if n++; n > scanChunk {
			return append(from[:0], k...), true, nil
		}
		if len(r.values) > maxScanValues {
			clear(r.values)
		}
		r.p.Reset()
		if err := proto.Unmarshal(data, &r.p); err != nil {
			return nil, false, fmt.Errorf("read log entry %d: %w", binary.BigEndian.Uint64(k), err)
		}
		if r.p.Deleted || len(r.p.Value) != 0 { // a node, or a deleted quad
			continue
		}
		q, err := r.quadOf()
		if err != nil {
			return nil, false, err
		}
		if err := fn(q); err != nil {
			return nil, false, err
		}
	}
	return from, false, nil
}
