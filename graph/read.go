package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
)

// EachQuad calls fn for every quad of qs whose direction d is v, or for
// every quad when v is nil, and stops at the first error fn returns, or
// soon after ctx ends (see Interruptible). It is
// kg's one loop over a store's quads: a value the store does not hold has
// no quads, and every read error says what was being read.
func EachQuad(ctx context.Context, qs cgraph.QuadStore, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	var it iterator.Scanner
	if v == nil {
		it = qs.QuadsAllIterator().Iterate()
	} else {
		ref, err := qs.ValueOf(v)
		if err != nil {
			return fmt.Errorf("look up %v: %w", v, err)
		}
		if ref == nil {
			return nil
		}
		it = qs.QuadIterator(d, ref).Iterate()
	}
	it = Interruptible(it)
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("read quad: %w", err)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		if v == nil {
			return fmt.Errorf("read quads: %w", err)
		}
		return fmt.Errorf("read quads with %s %v: %w", d, v, err)
	}
	return nil
}
