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
// by, so SHA-1 runs once per distinct value.
type pgReader struct {
	set    pgLoadSet
	places *valueMap[int32]
	byHash map[refs.ValueHash]int32 // values of one hash but unlike content (quad.Int(5) and "5"^^xsd:integer)
}

// place returns the place of v in r.set.nodes, adding it when new, and
// counts one more direction naming it.
func (r *pgReader) place(v quad.Value) int32 {
	p, ok := r.places.get(v)
	if !ok {
		h := refs.HashOf(v)
		if p, ok = r.byHash[h]; !ok {
			p = int32(len(r.set.nodes))
			r.set.nodes = append(r.set.nodes, pgNode{hash: h, val: v})
			r.byHash[h] = p
		}
		r.places.put(v, p)
	}
	r.set.nodes[p].refs++
	return p
}

// pgReadQuads reads r whole into a pgLoadSet, counting in st the quads
// read. Parsing runs a chunk ahead, in its own goroutine.
func pgReadQuads(ctx context.Context, r quad.Reader, st *LoadStats, progress func(int)) (pgLoadSet, error) {
	gc := relaxGC()
	defer gc.restore()
	rd := pgReader{places: newValueMap[int32](), byHash: map[refs.ValueHash]int32{}}
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
	rd.set.sort()
	return rd.set, nil
}

// sort puts the nodes in hash order and the quads in comparePgQuads order,
// and drops repeated quads, with the references they counted.
func (set *pgLoadSet) sort() {
	// The places in hash order, sorted by the hashes' first 8 bytes, which
	// nearly always differ, kept beside them.
	type keyed struct {
		prefix uint64
		place  int32
	}
	order := make([]keyed, len(set.nodes))
	for i := range order {
		order[i] = keyed{binary.BigEndian.Uint64(set.nodes[i].hash[:8]), int32(i)}
	}
	slices.SortFunc(order, func(a, b keyed) int {
		if c := cmp.Compare(a.prefix, b.prefix); c != 0 {
			return c
		}
		return bytes.Compare(set.nodes[a.place].hash[:], set.nodes[b.place].hash[:])
	})
	rank := make([]int32, len(set.nodes)) // a place's rank in hash order
	sorted := make([]pgNode, len(set.nodes))
	for i, k := range order {
		rank[k.place] = int32(i)
		sorted[i] = set.nodes[k.place]
	}
	set.nodes = sorted
	for i := range set.quads {
		for d, p := range set.quads[i] {
			if p != noPgNode {
				set.quads[i][d] = rank[p]
			}
		}
	}
	slices.SortFunc(set.quads, comparePgQuads)
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
