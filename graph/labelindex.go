package graph

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

	boltdb "github.com/boltdb/bolt"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"google.golang.org/protobuf/proto"
)

// labelIndex is the quad index kg adds to Cayley's two (subject-predicate
// and object-predicate-subject): by label, then subject. Cayley's kv store
// keeps and uses any index listed in meta/indexes, so its own writer, its
// tools and kg's bulk loader all maintain it, and QuadIterator(quad.Label,
// l) becomes a prefix scan. Replacing a document (Store.Replace) finds the
// quads under its labels through it, at a cost in proportion to the
// document rather than to the store. The subject after the label spreads
// unlabelled quads (a label ID of 0) over many keys instead of one.
var labelIndex = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label, quad.Subject}}

// ensureLabelIndex adds labelIndex to a bolt store that lacks it: a store
// just created gets an empty one, an older store has it built from its log
// once, in one transaction.
// A store that has it is only read: opening it commits nothing, so it
// changes no transaction ID (see Shared).
func ensureLabelIndex(db *boltdb.DB) error {
	var missing bool
	err := db.View(func(tx *boltdb.Tx) error {
		indexes, err := quadIndexes(tx)
		missing = len(indexes) > 0 && !slices.ContainsFunc(indexes, sameIndex(labelIndex))
		return err
	})
	if err != nil || !missing {
		return err // a legacy store (Cayley < 0.7.6) stays as it is
	}
	return db.Update(func(tx *boltdb.Tx) error {
		indexes, err := quadIndexes(tx)
		if err != nil || len(indexes) == 0 || slices.ContainsFunc(indexes, sameIndex(labelIndex)) {
			return err
		}
		if err := buildLabelIndex(tx); err != nil {
			return fmt.Errorf("build label index: %w", err)
		}
		data, err := json.Marshal(append(indexes, labelIndex))
		if err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyIndexes, data)
	})
}

// quadIndexes returns the quad indexes the store lists; none for a store
// that is not a kv store or predates the list.
func quadIndexes(tx *boltdb.Tx) ([]ckv.QuadIndex, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return nil, nil
	}
	var indexes []ckv.QuadIndex
	if data := meta.Get(keyIndexes); len(data) > 0 {
		if err := json.Unmarshal(data, &indexes); err != nil {
			return nil, fmt.Errorf("read quad indexes: %w", err)
		}
	}
	return indexes, nil
}

// sameIndex matches indexes over the same directions.
func sameIndex(want ckv.QuadIndex) func(ckv.QuadIndex) bool {
	return func(ind ckv.QuadIndex) bool { return slices.Equal(ind.Dirs, want.Dirs) }
}

// buildLabelIndex writes labelIndex's entries for every live quad of the
// log, in key order.
func buildLabelIndex(tx *boltdb.Tx) error {
	bk, err := tx.CreateBucketIfNotExists(indexBucket(labelIndex))
	if err != nil {
		return err
	}
	type entry struct {
		key [16]byte
		id  uint64
	}
	var entries []entry
	log := tx.Bucket(bucketLog)
	if log == nil {
		return nil
	}
	var p cproto.Primitive
	err = log.ForEach(func(_, data []byte) error {
		p.Reset()
		if err := proto.Unmarshal(data, &p); err != nil {
			return fmt.Errorf("read log entry: %w", err)
		}
		if p.Subject == 0 || p.Deleted { // a node, or a removed quad
			return nil
		}
		var e entry
		binary.BigEndian.PutUint64(e.key[:8], p.Label)
		binary.BigEndian.PutUint64(e.key[8:], p.Subject)
		e.id = p.ID
		entries = append(entries, e)
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(entries, func(x, y entry) int {
		if c := bytes.Compare(x.key[:], y.key[:]); c != 0 {
			return c
		}
		return cmp.Compare(x.id, y.id)
	})
	bk.FillPercent = 1 // keys come in order into an empty bucket
	for i := 0; i < len(entries); {
		j := i
		var val []byte
		for ; j < len(entries) && entries[j].key == entries[i].key; j++ {
			val = binary.AppendUvarint(val, entries[j].id)
		}
		key := entries[i].key
		if err := bk.Put(key[:], val); err != nil {
			return err
		}
		i = j
	}
	return nil
}
