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
// as WriteNQuads makes them) and returns how many it wrote. It streams: each
// quad goes from the store's iterator straight to Cayley's buffered N-Quads writer, so
// memory does not grow with the store. The quads come in the store's own
// order, not sorted: on bolt that is the order of the store's quad index,
// the same for the same store; on PostgreSQL it is the order the database
// returns them in. The store holds each quad once, so no line repeats
// unless two stored values clean to the same text.
func WriteWholeNQuads(ctx context.Context, w io.Writer, qs cgraph.QuadStore) (int, error) {
	enc := nquads.NewWriter(w) // buffered: Close flushes
	n := 0
	err := graph.EachQuad(ctx, qs, quad.Any, nil, func(q quad.Quad) error {
		n++
		return writeValidQuad(enc, q)
	})
	if err != nil {
		return 0, err
	}
	if err := enc.Close(); err != nil {
		return 0, fmt.Errorf("write n-quads: %w", err)
	}
	return n, nil
}
