package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// pgNode is a value of a load and the quad directions naming it.
type pgNode struct {
	hash refs.ValueHash
	val  quad.Value
	refs int64
}

// pgQuad is a quad of a load as the places of its values in
// pgLoadSet.nodes, in quad.Directions order; noPgNode for no label.
type pgQuad [4]int32

// noPgNode is the place of a quad's missing label.
const noPgNode = -1

// comparePgQuads orders quads by predicate, object, subject and label: the
// order of pos_index, the costliest of the quads table's indexes to build
// (few predicates, so most comparisons go past the first column). Rows
// copied in that order let PostgreSQL build it from presorted input. With
// the nodes in hash order, comparing places is comparing hashes.
func comparePgQuads(a, b pgQuad) int {
	for _, d := range [...]int{1, 2, 0, 3} {
		if a[d] != b[d] {
			if a[d] < b[d] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// pgLoadSet is a load read whole: the values it names in hash order (so
// the nodes table's primary key grows at its right edge), each counting
// the directions of the distinct quads that name it, and its distinct
// quads in comparePgQuads order. A quad takes 16 bytes.
type pgLoadSet struct {
	nodes []pgNode
	quads []pgQuad
}

// pgReader builds a pgLoadSet. A value met again is found by its own
// content, which hashes several times faster than the SHA-1 Cayley keys it
// by, so SHA-1 runs once per distinct value, and in a goroutine of its
// own (pgHasher) while the next quads are read. Values of one hash but
// unlike content (quad.Int(5) and "5"^^xsd:integer) are one node in
// Cayley's table: sort merges them.
type pgReader struct {
	set    pgLoadSet
	places *valueMap[int32]
	fresh  []quad.Value // the values first met since the last handOff
	hasher *pgHasher
}

// place returns the place of v in r.set.nodes, adding it when new, and
// counts one more direction naming it.
func (r *pgReader) place(v quad.Value) int32 {
	p, ok := r.places.get(v)
	if !ok {
		p = int32(len(r.set.nodes))
		r.set.nodes = append(r.set.nodes, pgNode{val: v})
		r.places.put(v, p)
		r.fresh = append(r.fresh, v)
	}
	r.set.nodes[p].refs++
	return p
}

// handOff gives the values first met since the last call to the hasher.
func (r *pgReader) handOff() {
	if len(r.fresh) > 0 {
		r.hasher.in <- r.fresh
		r.fresh = make([]quad.Value, 0, cap(r.fresh))
	}
}

// pgHasher computes the SHA-1 of the values sent to in, in the order sent,
// into hashes, which is whole once wait returns.
type pgHasher struct {
	in     chan []quad.Value
	done   chan struct{}
	close  sync.Once
	hashes []refs.ValueHash
}

func newPgHasher() *pgHasher {
	h := &pgHasher{in: make(chan []quad.Value, 4), done: make(chan struct{})}
	go func() {
		defer close(h.done)
		for vals := range h.in {
			for _, v := range vals {
				h.hashes = append(h.hashes, refs.HashOf(v))
			}
		}
	}()
	return h
}

// wait closes in and returns the hashes of every value sent. It may be
// called again.
func (h *pgHasher) wait() []refs.ValueHash {
	h.close.Do(func() { close(h.in) })
	<-h.done
	return h.hashes
}

// pgReadQuads reads r whole into a pgLoadSet, counting in st the quads
// read. Parsing runs a chunk ahead, in its own goroutine.
func pgReadQuads(ctx context.Context, r quad.Reader, st *LoadStats, progress func(int)) (pgLoadSet, error) {
	gc := relaxGC()
	defer gc.restore()
	rd := pgReader{places: newValueMap[int32](), hasher: newPgHasher()}
	defer rd.hasher.wait()
	chunks, stop := readAhead(r, readChunk)
	defer stop()
	for c := range chunks {
		gc.fit()
		for _, q := range c.quads {
			key := pgQuad{noPgNode, noPgNode, noPgNode, noPgNode}
			for i, dir := range quad.Directions {
				if v := q.Get(dir); v != nil {
					key[i] = rd.place(v)
				}
			}
			rd.set.quads = append(rd.set.quads, key)
		}
		rd.handOff()
		st.Read += len(c.quads)
		c.done()
		if len(c.quads) > 0 && progress != nil {
			progress(st.Read)
		}
		if errors.Is(c.err, io.EOF) {
			break
		} else if c.err != nil {
			return pgLoadSet{}, c.err
		}
		if err := ctx.Err(); err != nil {
			return pgLoadSet{}, fmt.Errorf("load: %w", err)
		}
	}
	for i, h := range rd.hasher.wait() {
		rd.set.nodes[i].hash = h
	}
	rd.set.sort()
	return rd.set, nil
}

// sort puts the nodes in hash order, merging the nodes of one hash, and
// the quads in comparePgQuads order, and drops repeated quads, with the
// references they counted. Both sorts run in two halves at once
// (sortHalves): the server waits for them, with a core to spare.
func (set *pgLoadSet) sort() {
	// The places in hash order, sorted by the hashes' first 8 bytes, which
	// nearly always differ, kept beside them; of one hash, the value met
	// first comes first and stands for the others.
	type keyed struct {
		prefix uint64
		place  int32
	}
	order := make([]keyed, len(set.nodes))
	for i := range order {
		order[i] = keyed{binary.BigEndian.Uint64(set.nodes[i].hash[:8]), int32(i)}
	}
	order = sortHalves(order, func(a, b keyed) int {
		if c := cmp.Compare(a.prefix, b.prefix); c != 0 {
			return c
		}
		if c := bytes.Compare(set.nodes[a.place].hash[:], set.nodes[b.place].hash[:]); c != 0 {
			return c
		}
		return cmp.Compare(a.place, b.place)
	})
	rank := make([]int32, len(set.nodes)) // a place's rank in hash order
	sorted := make([]pgNode, 0, len(set.nodes))
	for _, k := range order {
		n := set.nodes[k.place]
		if last := len(sorted) - 1; last >= 0 && sorted[last].hash == n.hash {
			sorted[last].refs += n.refs
		} else {
			sorted = append(sorted, n)
		}
		rank[k.place] = int32(len(sorted) - 1)
	}
	set.nodes = sorted
	for i := range set.quads {
		for d, p := range set.quads[i] {
			if p != noPgNode {
				set.quads[i][d] = rank[p]
			}
		}
	}
	set.quads = sortHalves(set.quads, comparePgQuads)
	set.quads = slices.CompactFunc(set.quads, func(a, b pgQuad) bool {
		if a != b {
			return false
		}
		for _, p := range b { // b, the repeat, is dropped
			if p != noPgNode {
				set.nodes[p].refs--
			}
		}
		return true
	})
}

// sortHalves sorts s by cmp, stably across its two halves: each half in a
// goroutine of its own, then merged into a new slice, which it returns.
func sortHalves[T any](s []T, cmp func(a, b T) int) []T {
	const small = 1 << 14 // not worth a goroutine and a copy
	if len(s) < small {
		slices.SortFunc(s, cmp)
		return s
	}
	a, b := s[:len(s)/2], s[len(s)/2:]
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		slices.SortFunc(a, cmp)
	}()
	slices.SortFunc(b, cmp)
	wg.Wait()
	out := make([]T, 0, len(s))
	for len(a) > 0 && len(b) > 0 {
		if cmp(b[0], a[0]) < 0 {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}
