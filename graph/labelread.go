package graph

import (
	"bytes"
	"encoding/binary"
	"fmt"

	boltdb "github.com/boltdb/bolt"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/proto"
)

// boltLabelled adds to out the live quads of a bolt store whose label is
// one of labels, read in one transaction straight from the label index and
// the log, each node's value decoded once. Cayley's iterator opens a
// transaction and looks up four values for every quad it returns, which
// made reading a long document's 320,000 quads back cost more than
// extracting it again. It reports false, having read nothing, when the
// store has no label index.
func boltLabelled(db *boltdb.DB, labels []quad.Value, out map[quad.Quad]struct{}) (bool, error) {
	found := false
	err := db.View(func(tx *boltdb.Tx) error {
		index, log := tx.Bucket(indexBucket(labelIndex)), tx.Bucket(bucketLog)
		if index == nil || log == nil {
			return nil
		}
		found = true
		r := logReader{log: log, values: map[uint64]quad.Value{}}
		for _, l := range labels {
			if err := r.labelled(index, lookupNode(tx, refs.HashOf(l)), out); err != nil {
				return fmt.Errorf("read quads labelled %v: %w", l, err)
			}
		}
		return nil
	})
	return found, err
}

// logReader reads quads from a bolt store's log, remembering node values.
type logReader struct {
	log    *boltdb.Bucket
	values map[uint64]quad.Value
	p      cproto.Primitive
}

// labelled adds to out the live quads the label index lists under the node
// label (0: none).
func (r *logReader) labelled(index *boltdb.Bucket, label uint64, out map[quad.Quad]struct{}) error {
	if label == 0 {
		return nil
	}
	prefix := binary.BigEndian.AppendUint64(nil, label)
	c := index.Cursor()
	for k, list := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, list = c.Next() {
		for len(list) > 0 {
			id, n := binary.Uvarint(list)
			if n <= 0 {
				return fmt.Errorf("corrupt label index entry %x", k)
			}
			list = list[n:]
			q, live, err := r.quad(id)
			if err != nil {
				return err
			}
			if live {
				out[q] = struct{}{}
			}
		}
	}
	return nil
}

// quad reads the quad logged under id, and whether it is live.
func (r *logReader) quad(id uint64) (quad.Quad, bool, error) {
	if err := r.entry(id); err != nil {
		return quad.Quad{}, false, err
	}
	if r.p.Deleted || r.p.Subject == 0 {
		return quad.Quad{}, false, nil
	}
	q, err := r.quadOf()
	return q, err == nil, err
}

// quadOf is the quad whose log entry r.p holds, its values read from the
// log (which reuses r.p).
func (r *logReader) quadOf() (quad.Quad, error) {
	nodes := [4]uint64{r.p.Subject, r.p.Predicate, r.p.Object, r.p.Label}
	var q quad.Quad
	for i, d := range quad.Directions {
		if nodes[i] == 0 {
			continue
		}
		v, err := r.value(nodes[i])
		if err != nil {
			return quad.Quad{}, err
		}
		q.Set(d, v)
	}
	return q, nil
}

// value is the value of the node logged under id.
func (r *logReader) value(id uint64) (quad.Value, error) {
	if v, ok := r.values[id]; ok {
		return v, nil
	}
	if err := r.entry(id); err != nil {
		return nil, err
	}
	v, err := pquads.UnmarshalValue(r.p.Value)
	if err != nil {
		return nil, fmt.Errorf("read node %d: %w", id, err)
	}
	r.values[id] = v
	return v, nil
}

// entry reads the log entry of id into r.p.
func (r *logReader) entry(id uint64) error {
	data := r.log.Get(binary.BigEndian.AppendUint64(nil, id))
	if data == nil {
		return fmt.Errorf("log entry %d missing", id)
	}
	r.p.Reset()
	if err := proto.Unmarshal(data, &r.p); err != nil {
		return fmt.Errorf("read log entry %d: %w", id, err)
	}
	return nil
}
