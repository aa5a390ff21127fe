package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"time"

	boltdb "github.com/boltdb/bolt"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/proto"
)

// The bulk loader writes batches of quads straight into the bolt file, in
// exactly the layout Cayley's kv quad store reads and writes (graph/kv in
// Cayley), so that the store stays a plain Cayley store:
//
//	meta/version, meta/indexes   written by kv.Init; read here
//	meta/horizon                 the last ID given to a node or a quad (uint64, little endian)
//	meta/size                    the number of live quads (int64, little endian)
//	log/ID                       a proto Primitive per node (Value) and per quad (its node IDs)
//	v<h0><h1>/hash               a node's ID (uvarint), by the SHA-1 of its value
//	n<h0><h1>/hash               how many quad directions refer to the node (uvarint)
//	<dirs>/IDs                   per quad index (sp, ops): the quad IDs (uvarints, ascending)
//	                             under the 8-byte big-endian node IDs of its directions
//
// Cayley's own writer gets there one key at a time: it looks up every node
// and quad in bolt, sets each key where it falls and commits many small
// transactions, each synced to disk. Here every batch is one bolt
// transaction whose writes are grouped by bucket and sorted by key, node IDs
// are remembered across batches, a quad is looked up only when all its nodes
// are older than the batch (a quad with a new node is new), and the batches
// are not synced one by one: the load syncs once at the end.
//
// Safety: every batch is one transaction, so a killed process leaves the
// store at the end of its last committed batch; bolt writes a transaction's
// pages before the meta page that makes it visible, and the page cache keeps
// both when a process dies. Only a power loss or a kernel crash during a load
// can lose or tear unsynced batches, which is why Load syncs before it
// returns.

var (
	bucketMeta = []byte("meta")
	bucketLog  = []byte("log")
	keyHorizon = []byte("horizon")
	keySize    = []byte("size")
	keyIndexes = []byte("indexes")
)

// maxRemembered bounds how many node IDs a load keeps in memory between
// batches; past it, the memory starts again empty.
const maxRemembered = 1 << 20

// bulkLoader loads batches into one bolt file. It is used by one load at a
// time and assumes no other write to the store happens meanwhile.
type bulkLoader struct {
	db      *boltdb.DB
	indexes []ckv.QuadIndex
	probe   ckv.QuadIndex            // the index used to look a quad up
	known   map[quad.Value]uint64    // node IDs learnt in earlier batches
	now     func() int64             // timestamps for the log
	hashes  map[quad.Value]*bulkNode // per batch: every node of the batch
}

// bulkQuad is a quad of the batch being written.
type bulkQuad struct {
	id    uint64
	nodes [4]uint64 // node IDs in the order of quad.Directions; 0 for none
}

// bulkNode is a node of the batch being written.
type bulkNode struct {
	val  quad.Value
	hash refs.ValueHash
	id   uint64
	refs uint64 // quad directions added by this batch that refer to it
	new  bool   // created by this batch
}

// errNotBulk says the store's layout is not one the bulk loader writes.
var errNotBulk = errors.New("store layout not supported by the bulk loader")

// newBulkLoader prepares a bulk load into db, which kv.Init has set up.
func newBulkLoader(db *boltdb.DB) (*bulkLoader, error) {
	l := &bulkLoader{db: db, known: map[quad.Value]uint64{}, now: func() int64 { return time.Now().UnixNano() }}
	err := db.View(func(tx *boltdb.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil || tx.Bucket(bucketLog) == nil {
			return errNotBulk
		}
		data := meta.Get(keyIndexes)
		if len(data) == 0 {
			return errNotBulk // a store from before Cayley 0.7.6
		}
		if err := json.Unmarshal(data, &l.indexes); err != nil {
			return fmt.Errorf("read quad indexes: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(l.indexes) == 0 {
		return nil, errNotBulk
	}
	for _, ind := range l.indexes {
		if len(ind.Dirs) > len(l.probe.Dirs) {
			l.probe = ind
		}
	}
	return l, nil
}

// write adds the quads of batch that the store does not hold yet, in one
// transaction, and returns how many it added.
func (l *bulkLoader) write(ctx context.Context, batch []quad.Quad) (int, error) {
	if len(l.known) > maxRemembered {
		clear(l.known)
	}
	tx, err := l.db.Begin(true)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0, errNotBulk
	}
	horizon := metaInt(meta, keyHorizon)
	size := metaInt(meta, keySize)
	first := uint64(horizon) + 1 // IDs from here on are new in this batch

	// Resolve every node of the batch to its ID, creating the missing ones.
	if l.hashes == nil {
		l.hashes = make(map[quad.Value]*bulkNode, 2*len(batch))
	}
	clear(l.hashes)
	nodes := make([]*bulkNode, 0, 2*len(batch))
	next := first
	node := func(v quad.Value) *bulkNode {
		if n, ok := l.hashes[v]; ok {
			return n
		}
		n := &bulkNode{val: v, hash: refs.HashOf(v)}
		if id, ok := l.known[v]; ok {
			n.id = id
		} else if id := lookupNode(tx, n.hash); id != 0 {
			n.id = id
			l.known[v] = id
		} else {
			n.id, n.new = next, true
			next++
		}
		l.hashes[v] = n
		nodes = append(nodes, n)
		return n
	}
	quads := make([]bulkQuad, 0, len(batch))
	seen := make(map[[4]uint64]struct{}, len(batch))
	var batchNodes [4]*bulkNode
	for _, q := range batch {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		var key [4]uint64
		fresh := false
		for i, dir := range quad.Directions {
			batchNodes[i] = nil
			v := q.Get(dir)
			if v == nil {
				continue
			}
			n := node(v)
			batchNodes[i] = n
			key[i] = n.id
			fresh = fresh || n.new
		}
		if _, dup := seen[key]; dup {
			continue
		}
		seen[key] = struct{}{}
		if !fresh {
			found, err := l.hasQuad(tx, key)
			if err != nil {
				return 0, err
			} else if found {
				continue
			}
		}
		for _, n := range batchNodes {
			if n != nil {
				n.refs++
			}
		}
		quads = append(quads, bulkQuad{nodes: key})
	}
	// Nodes get their IDs first, then quads, as Cayley numbers them.
	for i := range quads {
		quads[i].id = next
		next++
	}
	if len(quads) == 0 {
		return 0, nil // a batch that adds no quad adds no node either
	}
	ts := l.now()

	// log: new nodes, then new quads, all at the end of the bucket.
	log := tx.Bucket(bucketLog)
	log.FillPercent = 1 // IDs only grow: pack the pages full
	for _, n := range nodes {
		if !n.new {
			continue
		}
		if n.refs == 0 {
			// Every new node is referred to by a quad of the batch (a
			// quad with a new node is new).
			return 0, fmt.Errorf("bulk load: node %v has no quad", n.val)
		}
		val, err := pquads.MarshalValue(n.val)
		if err != nil {
			return 0, fmt.Errorf("encode %v: %w", n.val, err)
		}
		if err := putPrimitive(log, &cproto.Primitive{ID: n.id, Value: val, Timestamp: ts}); err != nil {
			return 0, err
		}
	}
	for _, q := range quads {
		p := cproto.Primitive{ID: q.id, Subject: q.nodes[0], Predicate: q.nodes[1], Object: q.nodes[2], Label: q.nodes[3], Timestamp: ts}
		if err := putPrimitive(log, &p); err != nil {
			return 0, err
		}
	}

	// v and n buckets, in hash order: one bucket lookup per bucket.
	sort.Slice(nodes, func(i, j int) bool { return bytes.Compare(nodes[i].hash[:], nodes[j].hash[:]) < 0 })
	if err := writeNodes(tx, nodes); err != nil {
		return 0, err
	}

	// Quad indexes, each in key order.
	for _, ind := range l.indexes {
		if err := writeIndex(tx, ind, quads, first); err != nil {
			return 0, err
		}
	}

	if err := putMetaInt(meta, keyHorizon, int64(next-1)); err != nil {
		return 0, err
	}
	if err := putMetaInt(meta, keySize, size+int64(len(quads))); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	for _, n := range nodes {
		if n.new {
			l.known[n.val] = n.id
		}
	}
	return len(quads), nil
}

// size returns the number of quads the store holds.
func (l *bulkLoader) size(ctx context.Context) (int64, error) {
	var n int64
	err := l.db.View(func(tx *boltdb.Tx) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			n = metaInt(meta, keySize)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	return n, nil
}

// lookupNode returns the ID of the node whose value hashes to h, or 0.
func lookupNode(tx *boltdb.Tx, h refs.ValueHash) uint64 {
	b := tx.Bucket([]byte{'v', h[0], h[1]})
	if b == nil {
		return 0
	}
	v := b.Get(h[:])
	if v == nil {
		return 0
	}
	id, _ := binary.Uvarint(v)
	return id
}

// hasQuad reports whether the store holds a live quad with these node IDs.
func (l *bulkLoader) hasQuad(tx *boltdb.Tx, nodes [4]uint64) (bool, error) {
	b := tx.Bucket(indexBucket(l.probe))
	if b == nil {
		return false, nil
	}
	p := &cproto.Primitive{Subject: nodes[0], Predicate: nodes[1], Object: nodes[2], Label: nodes[3]}
	list := b.Get(indexKey(l.probe, nodes))
	log := tx.Bucket(bucketLog)
	for len(list) > 0 {
		id, n := binary.Uvarint(list)
		if n <= 0 {
			return false, fmt.Errorf("bulk load: corrupt index entry")
		}
		list = list[n:]
		data := log.Get(binary.BigEndian.AppendUint64(nil, id))
		if data == nil {
			continue
		}
		var have cproto.Primitive
		if err := proto.Unmarshal(data, &have); err != nil {
			return false, fmt.Errorf("bulk load: read quad %d: %w", id, err)
		}
		if !have.Deleted && have.IsSameLink(p) {
			return true, nil
		}
	}
	return false, nil
}

// writeNodes writes the v entries of new nodes and the reference counts of
// all nodes, which are sorted by hash. The n buckets go first, then the v
// buckets: bolt keeps the root's buckets in one sorted node until the
// commit, so creating them in key order appends rather than shifts.
func writeNodes(tx *boltdb.Tx, nodes []*bulkNode) error {
	var b *boltdb.Bucket
	var prefix [2]byte
	for i, n := range nodes {
		h := n.hash
		if n.refs == 0 {
			continue
		}
		if b == nil || i == 0 || prefix != [2]byte{h[0], h[1]} {
			prefix = [2]byte{h[0], h[1]}
			var err error
			if b, err = tx.CreateBucketIfNotExists([]byte{'n', h[0], h[1]}); err != nil {
				return err
			}
		}
		cnt := n.refs
		if !n.new {
			if old := b.Get(h[:]); old != nil {
				c, _ := binary.Uvarint(old)
				cnt += c
			}
		}
		if err := b.Put(slices.Clone(h[:]), binary.AppendUvarint(nil, cnt)); err != nil {
			return err
		}
	}
	b = nil
	for _, n := range nodes {
		h := n.hash
		if !n.new {
			continue
		}
		if b == nil || prefix != [2]byte{h[0], h[1]} {
			prefix = [2]byte{h[0], h[1]}
			var err error
			if b, err = tx.CreateBucketIfNotExists([]byte{'v', h[0], h[1]}); err != nil {
				return err
			}
		}
		if err := b.Put(slices.Clone(h[:]), binary.AppendUvarint(nil, n.id)); err != nil {
			return err
		}
	}
	return nil
}

// writeIndex appends the IDs of quads to their entries of ind. Node IDs from
// first on are new in this batch: an entry with one of them is new too.
func writeIndex(tx *boltdb.Tx, ind ckv.QuadIndex, quads []bulkQuad, first uint64) error {
	b, err := tx.CreateBucketIfNotExists(indexBucket(ind))
	if err != nil {
		return err
	}
	type entry struct {
		key   []byte
		ids   []uint64
		fresh bool
	}
	byKey := make(map[string]*entry, len(quads))
	list := make([]*entry, 0, len(quads))
	for _, q := range quads {
		k := indexKey(ind, q.nodes)
		e, ok := byKey[string(k)]
		if !ok {
			e = &entry{key: k}
			for _, d := range ind.Dirs {
				e.fresh = e.fresh || q.nodes[dirIndex(d)] >= first
			}
			byKey[string(k)] = e
			list = append(list, e)
		}
		e.ids = append(e.ids, q.id)
	}
	sort.Slice(list, func(i, j int) bool { return bytes.Compare(list[i].key, list[j].key) < 0 })
	for _, e := range list {
		var old []byte
		if !e.fresh {
			old = b.Get(e.key)
		}
		val := make([]byte, len(old), len(old)+binary.MaxVarintLen64*len(e.ids))
		copy(val, old)
		for _, id := range e.ids {
			val = binary.AppendUvarint(val, id)
		}
		if err := b.Put(e.key, val); err != nil {
			return err
		}
	}
	return nil
}

// indexBucket is the name of ind's bucket: its directions' prefixes.
func indexBucket(ind ckv.QuadIndex) []byte {
	name := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		name[i] = d.Prefix()
	}
	return name
}

// indexKey is a quad's key in ind: its node IDs in ind's order.
func indexKey(ind ckv.QuadIndex, nodes [4]uint64) []byte {
	key := make([]byte, 0, 8*len(ind.Dirs))
	for _, d := range ind.Dirs {
		key = binary.BigEndian.AppendUint64(key, nodes[dirIndex(d)])
	}
	return key
}

// dirIndex is d's place in quad.Directions.
func dirIndex(d quad.Direction) int { return int(d - quad.Subject) }

// putPrimitive writes p to the log under its ID.
func putPrimitive(log *boltdb.Bucket, p *cproto.Primitive) error {
	data, err := proto.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode primitive %d: %w", p.ID, err)
	}
	return log.Put(binary.BigEndian.AppendUint64(nil, p.ID), data)
}

// metaInt reads a counter of the meta bucket; a missing one is 0.
func metaInt(meta *boltdb.Bucket, key []byte) int64 {
	v := meta.Get(key)
	if len(v) != 8 {
		return 0
	}
	return int64(binary.LittleEndian.Uint64(v))
}

// putMetaInt sets a counter of the meta bucket.
func putMetaInt(meta *boltdb.Bucket, key []byte, n int64) error {
	return meta.Put(key, binary.LittleEndian.AppendUint64(nil, uint64(n)))
}
