package graph

import (
	"context"
	"crypto/sha1"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"runtime"
	"slices"
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

// bigBatch is the size from which a batch collects garbage before its
// commit.
const bigBatch = 50_000

// bulkLoader loads batches into one bolt file. It is used by one load at a
// time and assumes no other write to the store happens meanwhile.
type bulkLoader struct {
	db      *boltdb.DB
	indexes []ckv.QuadIndex
	probe   ckv.QuadIndex     // the index used to look a quad up
	known   *valueMap[uint64] // node IDs learnt in earlier batches
	now     func() int64      // timestamps for the log
}

// valueMap maps quad values to V. IRIs and blank nodes, nearly every node
// of most inputs, live in maps keyed by their strings, which hash several
// times faster than interface keys.
type valueMap[V any] struct {
	iris   map[quad.IRI]V
	bnodes map[quad.BNode]V
	others map[quad.Value]V
}

func newValueMap[V any]() *valueMap[V] {
	return &valueMap[V]{iris: map[quad.IRI]V{}, bnodes: map[quad.BNode]V{}, others: map[quad.Value]V{}}
}

func (m *valueMap[V]) get(v quad.Value) (V, bool) {
	var out V
	var ok bool
	switch v := v.(type) {
	case quad.IRI:
		out, ok = m.iris[v]
	case quad.BNode:
		out, ok = m.bnodes[v]
	default:
		out, ok = m.others[v]
	}
	return out, ok
}

func (m *valueMap[V]) put(v quad.Value, x V) {
	switch v := v.(type) {
	case quad.IRI:
		m.iris[v] = x
	case quad.BNode:
		m.bnodes[v] = x
	default:
		m.others[v] = x
	}
}

func (m *valueMap[V]) len() int { return len(m.iris) + len(m.bnodes) + len(m.others) }

// bulkQuad is a quad of the batch being written.
type bulkQuad struct {
	nodes  [4]uint64 // node IDs in the order of quad.Directions; 0 for none
	places [4]int32  // the nodes' places in bulkTx.nodes; -1 for none
}

// bulkNode is a node of the batch being written.
type bulkNode struct {
	val  quad.Value
	hash refs.ValueHash
	id   uint64
	refs uint64 // quad directions added by this batch that refer to it (set at commit)
	new  bool   // created by this batch
}

// errNotBulk says the store's layout is not one the bulk loader writes.
var errNotBulk = errors.New("store layout not supported by the bulk loader")

// newBulkLoader prepares a bulk load into db, which kv.Init has set up.
func newBulkLoader(db *boltdb.DB) (*bulkLoader, error) {
	l := &bulkLoader{db: db, known: newValueMap[uint64](), now: func() int64 { return time.Now().UnixNano() }}
	err := db.View(func(tx *boltdb.Tx) error {
		if tx.Bucket(bucketLog) == nil {
			return errNotBulk
		}
		var err error
		l.indexes, err = quadIndexes(tx)
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(l.indexes) == 0 {
		return nil, errNotBulk // not a kv store, or one from before Cayley 0.7.6
	}
	for _, ind := range l.indexes {
		if len(ind.Dirs) > len(l.probe.Dirs) {
			l.probe = ind
		}
	}
	return l, nil
}

// bulkTx is one batch being written: one bolt transaction that grows as
// quads are added and becomes visible, whole, at commit.
type bulkTx struct {
	l        *bulkLoader
	tx       *boltdb.Tx
	meta     *boltdb.Bucket
	size     int64            // quads stored before the batch
	first    uint64           // IDs from here on are new in this batch
	next     uint64           // the next free ID
	quadBase uint64           // the ID of the batch's first quad, once numbered
	byValue  *valueMap[int32] // places in nodes
	nodes    []bulkNode
	quads    []bulkQuad
	slab     []byte   // bolt keeps values until the commit: carve them from here
	key      [32]byte // a key being written: bolt copies keys
	scratch  []byte   // a log entry being encoded
	value    []byte   // a node's value being encoded
	form     []byte   // a node's N-Quads form being hashed
}

// begin starts a batch.
func (l *bulkLoader) begin() (*bulkTx, error) {
	if l.known.len() > maxRemembered {
		l.known = newValueMap[uint64]()
	}
	tx, err := l.db.Begin(true)
	if err != nil {
		return nil, err
	}
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		tx.Rollback()
		return nil, errNotBulk
	}
	b := &bulkTx{l: l, tx: tx, meta: meta, size: metaInt(meta, keySize),
		byValue: newValueMap[int32]()}
	b.first = uint64(metaInt(meta, keyHorizon)) + 1
	b.next = b.first
	return b, nil
}

// rollback abandons the batch.
func (b *bulkTx) rollback() { b.tx.Rollback() }

// hashOf returns refs.HashOf(v), the SHA-1 of v's N-Quads form. For IRIs
// and blank nodes, nearly every node, the form is built in a buffer kept
// for the next call instead of a new string and a copy of it per value.
func (b *bulkTx) hashOf(v quad.Value) refs.ValueHash {
	switch v := v.(type) {
	case quad.IRI:
		b.form = append(append(append(b.form[:0], '<'), v...), '>') // IRI.String
	case quad.BNode:
		b.form = append(append(b.form[:0], "_:"...), v...) // BNode.String
	default:
		return refs.HashOf(v)
	}
	return sha1.Sum(b.form)
}

// alloc returns n bytes that live as long as the transaction.
func (b *bulkTx) alloc(n int) []byte {
	if len(b.slab) < n {
		b.slab = make([]byte, max(n, 1<<20))
	}
	out := b.slab[:n:n]
	b.slab = b.slab[n:]
	return out
}

// node resolves v to its node, creating a new one when the store has none,
// and returns its place in b.nodes.
func (b *bulkTx) node(v quad.Value) int32 {
	if i, ok := b.byValue.get(v); ok {
		return i
	}
	n := bulkNode{val: v, hash: b.hashOf(v)}
	if id, ok := b.l.known.get(v); ok {
		n.id = id
	} else if id := lookupNode(b.tx, n.hash); id != 0 {
		n.id = id
		b.l.known.put(v, id)
	} else {
		n.id, n.new = b.next, true
		b.next++
	}
	i := int32(len(b.nodes))
	b.byValue.put(v, i)
	b.nodes = append(roomFor(b.nodes, 1), n)
	return i
}

// roomFor returns s with room for n more elements, doubling its capacity
// when it has to grow: append grows a long slice by a quarter, and the
// batch's slices, tens of megabytes, were then copied a dozen times.
func roomFor[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	return slices.Grow(s, max(n, len(s)))
}

// add adds the quads the store does not hold yet. Copies within the batch
// go at commit (dropDuplicates).
func (b *bulkTx) add(ctx context.Context, batch []quad.Quad) error {
	last := [4]int32{-1, -1, -1, -1} // places in b.nodes
	b.quads = roomFor(b.quads, len(batch))
	for _, q := range batch {
		var key [4]uint64
		qnodes := [4]int32{-1, -1, -1, -1}
		fresh := false
		for i, dir := range quad.Directions {
			v := q.Get(dir)
			if v == nil {
				continue
			}
			// Sorted input repeats a subject over many lines and most
			// lines share a label: comparing with the last quad's node
			// skips most map look-ups.
			n := last[i]
			if n < 0 || b.nodes[n].val != v {
				n = b.node(v)
				last[i] = n
			}
			qnodes[i] = n
			key[i] = b.nodes[n].id
			fresh = fresh || b.nodes[n].new // a quad with a new node is new
		}
		if !fresh {
			found, err := b.l.hasQuad(b.tx, key)
			if err != nil {
				return err
			} else if found {
				continue
			}
		}
		b.quads = append(b.quads, bulkQuad{nodes: key, places: qnodes})
	}
	return ctx.Err()
}

// commit writes the batch and makes it visible; it returns how many quads
// the batch added. With remember, the loader keeps the IDs of the batch's
// new nodes for the batches after it; the last batch has none after it.
func (b *bulkTx) commit(remember bool) (int, error) {
	defer b.tx.Rollback() // a no-op after a commit
	if len(b.quads) == 0 {
		return 0, nil // a batch that adds no quad adds no node either
	}
	entries := make([]indexEntry, len(b.quads)) // scratch space for sorting
	tmp := make([]indexEntry, len(b.quads))
	b.dropDuplicates(entries, tmp)
	for i := range b.quads {
		for _, p := range b.quads[i].places {
			if p >= 0 {
				b.nodes[p].refs++
			}
		}
	}
	// Nodes get their IDs first, then quads, in batch order, as Cayley
	// numbers them.
	b.quadBase = b.next
	next := b.next + uint64(len(b.quads))
	ts := b.l.now()

	// log: new nodes, then new quads, all at the end of the bucket.
	log := b.tx.Bucket(bucketLog)
	log.FillPercent = 1 // IDs only grow: pack the pages full
	out := &appender{bk: log, keys: len(b.quads)}
	for i := range b.nodes {
		if b.nodes[i].new {
			out.keys++
		}
	}
	for i := range b.nodes {
		n := &b.nodes[i]
		if !n.new {
			continue
		}
		var err error
		if b.value, err = appendValue(b.value[:0], n.val); err != nil {
			return 0, fmt.Errorf("encode %v: %w", n.val, err)
		}
		if err := b.putPrimitive(out, n.id, [4]uint64{}, ts, b.value); err != nil {
			return 0, err
		}
	}
	for i, q := range b.quads {
		if err := b.putPrimitive(out, b.quadBase+uint64(i), q.nodes, ts, nil); err != nil {
			return 0, err
		}
	}

	// v and n buckets, one after the other: one bucket lookup per bucket.
	b.nodes = byBucket(b.nodes)
	if err := b.writeNodes(); err != nil {
		return 0, err
	}

	// Quad indexes, each in key order.
	for _, ind := range b.l.indexes {
		if err := b.writeIndex(ind, entries, tmp); err != nil {
			return 0, err
		}
	}

	// What the commit no longer needs may go while bolt lays out pages.
	added := len(b.quads)
	b.byValue, b.quads, b.slab = nil, nil, nil
	if added >= bigBatch {
		// Collect the garbage of reading now, before the commit allocates
		// a buffer for every page it writes: peak memory drops by a
		// sixth on the movie file (see BenchmarkLoad).
		runtime.GC()
	}
	if err := putMetaInt(b.meta, keyHorizon, int64(next-1)); err != nil {
		return 0, err
	}
	if err := putMetaInt(b.meta, keySize, b.size+int64(added)); err != nil {
		return 0, err
	}
	if err := b.tx.Commit(); err != nil {
		return 0, err
	}
	for i := range b.nodes {
		if n := &b.nodes[i]; n.new && remember {
			b.l.known.put(n.val, n.id)
		}
	}
	return added, nil
}

// dropDuplicates removes the quads the batch holds more than once, keeping
// the first of each: sorted by all their node IDs, the copies of a quad are
// neighbours. entries and tmp are scratch space of len(b.quads) entries.
func (b *bulkTx) dropDuplicates(entries, tmp []indexEntry) {
	for i := range b.quads {
		entries[i] = indexEntry{key: b.quads[i].nodes, q: int32(i)}
	}
	sortEntries(entries, tmp, len(entries[0].key), b.next)
	var dup []bool
	for i := 1; i < len(entries); i++ {
		if entries[i].key == entries[i-1].key {
			if dup == nil {
				dup = make([]bool, len(b.quads))
			}
			dup[entries[i].q] = true // the sort keeps batch order among equals
		}
	}
	if dup == nil {
		return
	}
	kept := b.quads[:0]
	for i, q := range b.quads {
		if !dup[i] {
			kept = append(kept, q)
		}
	}
	b.quads = kept
}

// putPrimitive writes the log entry of a node (its value) or of a quad (its
// node IDs) under its ID. The entry is encoded in a scratch buffer first so
// that the transaction keeps only its exact bytes.
func (b *bulkTx) putPrimitive(log *appender, id uint64, nodes [4]uint64, ts int64, value []byte) error {
	b.scratch = appendPrimitive(b.scratch[:0], id, nodes, ts, value)
	val := b.alloc(len(b.scratch))
	copy(val, b.scratch)
	return log.put(binary.BigEndian.AppendUint64(b.key[:0], id), val)
}

// appender puts a known number of keys into a bucket and makes room for
// them all after the first (see reserveKeys).
type appender struct {
	bk   *boltdb.Bucket
	keys int // the keys still to put; 0 once room is made
}

// put puts one key.
func (a *appender) put(key, val []byte) error {
	if err := a.bk.Put(key, val); err != nil {
		return err
	}
	if a.keys > 0 {
		reserveKeys(a.bk, a.keys-1)
		a.keys = 0
	}
	return nil
}

// appendPrimitive appends the proto Primitive of a log entry to dst. It
// encodes by hand, fields in number order and zero fields left out as
// proto3 does: the same bytes as proto.Marshal (TestAppendPrimitive), without
// the reflection that cost a tenth of a load's CPU.
func appendPrimitive(dst []byte, id uint64, nodes [4]uint64, ts int64, value []byte) []byte {
	field := func(num byte, x uint64) {
		if x != 0 {
			dst = binary.AppendUvarint(append(dst, num<<3), x) // wire type 0: varint
		}
	}
	field(1, id) // ID
	for i, n := range nodes {
		field(byte(2+i), n) // Subject, Predicate, Object, Label
	}
	field(7, uint64(ts)) // Timestamp
	if len(value) > 0 {  // Value, wire type 2: length-delimited
		dst = binary.AppendUvarint(append(dst, 8<<3|2), uint64(len(value)))
		dst = append(dst, value...)
	}
	return dst
}

// appendValue appends the proto Value (Cayley's pquads) of v to dst. IRIs,
// blank nodes and strings, nearly every node, are encoded by hand: one
// field of the oneof, written even when empty, the same bytes as
// pquads.MarshalValue (TestAppendValue) without a message to build.
func appendValue(dst []byte, v quad.Value) ([]byte, error) {
	field := func(num byte, s string) []byte {
		dst = binary.AppendUvarint(append(dst, num<<3|2), uint64(len(s))) // wire type 2
		return append(dst, s...)
	}
	switch v := v.(type) {
	case quad.String:
		return field(2, string(v)), nil
	case quad.IRI:
		return field(3, string(v)), nil
	case quad.BNode:
		return field(4, string(v)), nil
	}
	data, err := pquads.MarshalValue(v)
	return append(dst, data...), err
}

// uvarint returns x as a uvarint that lives as long as the transaction.
func (b *bulkTx) uvarint(x uint64) []byte {
	return binary.AppendUvarint(b.alloc(uvarintLen(x))[:0], x)
}

// uvarintLen is the length of x as a uvarint.
func uvarintLen(x uint64) int { return (bits.Len64(x|1) + 6) / 7 }

// byBucket returns nodes in the order of the first two bytes of their
// hashes, which name their v and n buckets, keeping the order of the nodes
// of a bucket: a counting sort, two passes over the nodes. Within a
// bucket, a few keys on most stores, bolt orders the keys itself.
func byBucket(nodes []bulkNode) []bulkNode {
	bucket := func(n *bulkNode) int { return int(n.hash[0])<<8 | int(n.hash[1]) }
	start := make([]int, 1<<16+1)
	for i := range nodes {
		start[bucket(&nodes[i])+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	out := make([]bulkNode, len(nodes))
	for i := range nodes {
		k := bucket(&nodes[i])
		out[start[k]] = nodes[i]
		start[k]++
	}
	return out
}

// writeNodes writes the v entries of new nodes and the reference counts of
// all nodes, which byBucket has grouped. The n buckets go first, then the v
// buckets: bolt keeps the root's buckets in one sorted node until the
// commit, so creating them in key order appends rather than shifts.
func (b *bulkTx) writeNodes() error {
	kinds := []byte{'n', 'v'}
	root := b.tx.Cursor().Bucket()
	buckets := 0 // the buckets still to open, which a new store creates
	for _, kind := range kinds {
		var prefix [2]byte
		seen := false
		for i := range b.nodes {
			if h := b.nodes[i].hash; b.nodes[i].wants(kind) && (!seen || prefix != [2]byte{h[0], h[1]}) {
				prefix, seen = [2]byte{h[0], h[1]}, true
				buckets++
			}
		}
	}
	for _, kind := range kinds {
		var bk *boltdb.Bucket
		var prefix [2]byte
		for i := range b.nodes {
			n := &b.nodes[i]
			h := n.hash
			if !n.wants(kind) {
				continue
			}
			if bk == nil || prefix != [2]byte{h[0], h[1]} {
				prefix = [2]byte{h[0], h[1]}
				var err error
				if bk, err = b.tx.CreateBucketIfNotExists([]byte{kind, h[0], h[1]}); err != nil {
					return err
				}
				reserveKeys(root, buckets)
				buckets--
			}
			val := n.id
			if kind == 'n' {
				val = n.refs
				if !n.new {
					if old := bk.Get(n.hash[:]); old != nil {
						c, _ := binary.Uvarint(old)
						val += c
					}
				}
			}
			if err := bk.Put(n.hash[:], b.uvarint(val)); err != nil {
				return err
			}
		}
	}
	return nil
}

// wants reports whether n has an entry to write in its bucket of kind: a
// reference count ('n') when the batch refers to it, its ID ('v') when the
// batch created it.
func (n *bulkNode) wants(kind byte) bool {
	if kind == 'n' {
		return n.refs > 0
	}
	return n.new
}

// indexEntry is a quad of the batch under one index: its node IDs in the
// index's order, then its place in the batch, which is its ID order.
type indexEntry struct {
	key [4]uint64
	q   int32
}

// radixBits is the width of a digit of sortEntries.
const radixBits = 11

// sortEntries sorts entries by their first dirs key IDs, none above maxID,
// keeping the order of entries with equal keys: a least-significant-digit
// radix sort, a few passes over the entries without a comparison. tmp is
// scratch space as long as entries.
func sortEntries(entries, tmp []indexEntry, dirs int, maxID uint64) {
	var count [1 << radixBits]int
	src, dst := entries, tmp
	for d := dirs - 1; d >= 0; d-- {
		for shift := 0; shift < bits.Len64(maxID); shift += radixBits {
			clear(count[:])
			for i := range src {
				count[src[i].key[d]>>shift&(1<<radixBits-1)]++
			}
			if slices.Contains(count[:], len(src)) {
				continue // one digit for all, such as no labels: nothing moves
			}
			at := 0
			for i, n := range count {
				count[i] = at
				at += n
			}
			for i := range src {
				digit := src[i].key[d] >> shift & (1<<radixBits - 1)
				dst[count[digit]] = src[i]
				count[digit]++
			}
			src, dst = dst, src
		}
	}
	copy(entries, src) // a no-op after an even number of passes
}

// writeIndex appends the IDs of the batch's quads to their entries of ind.
// The entries are sorted with each key beside its quad, and by digits
// rather than comparisons. buf and tmp are scratch space of len(b.quads)
// entries.
func (b *bulkTx) writeIndex(ind ckv.QuadIndex, buf, tmp []indexEntry) error {
	bk, err := b.tx.CreateBucketIfNotExists(indexBucket(ind))
	if err != nil {
		return err
	}
	if k, _ := bk.Cursor().First(); k == nil {
		bk.FillPercent = 1 // keys come in order into an empty bucket
	}
	entries := buf[:len(b.quads)]
	for i := range b.quads {
		e := indexEntry{q: int32(i)}
		for j, d := range ind.Dirs {
			e.key[j] = b.quads[i].nodes[dirIndex(d)]
		}
		entries[i] = e
	}
	sortEntries(entries, tmp[:len(entries)], len(ind.Dirs), b.next)
	out := &appender{bk: bk, keys: 1}
	for i := 1; i < len(entries); i++ {
		if entries[i].key != entries[i-1].key {
			out.keys++
		}
	}
	dirs := len(ind.Dirs)
	for i := 0; i < len(entries); {
		e := &entries[i]
		key := b.key[:8*dirs]
		fresh := false
		for j, id := range e.key[:dirs] {
			binary.BigEndian.PutUint64(key[8*j:], id)
			fresh = fresh || id >= b.first
		}
		j := i + 1
		for j < len(entries) && entries[j].key == e.key {
			j++
		}
		var old []byte
		if !fresh {
			old = bk.Get(key)
		}
		n := len(old)
		for _, f := range entries[i:j] {
			n += uvarintLen(b.quadBase + uint64(f.q))
		}
		val := append(b.alloc(n)[:0], old...)
		for _, f := range entries[i:j] {
			val = binary.AppendUvarint(val, b.quadBase+uint64(f.q))
		}
		if err := out.put(key, val); err != nil {
			return err
		}
		i = j
	}
	return nil
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
