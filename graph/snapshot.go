package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

// DefaultSnapshotLimit is the largest store, in quads, that QueryStore
// copies into memory.
const DefaultSnapshotLimit = 20_000

// Snapshot copies every quad of the store, in the order they were written,
// into a new in-memory store. Queries over it see one consistent state of
// the graph, and nodes come out in the order they first appeared, as in
// Cayley's reference in-memory store; a key-value store such as bolt
// returns them in hash order instead, which changes what limit and skip
// pick.
func (s *Store) Snapshot(ctx context.Context) (cgraph.QuadStore, error) {
	var quads []quad.Quad
	err := EachQuad(ctx, s.qs, quad.Any, nil, func(q quad.Quad) error {
		quads = append(quads, q)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	return memstore.New(quads...), nil
}

// QueryStore returns what Gizmo queries should run over: an in-memory
// Snapshot when the store holds at most limit quads (DefaultSnapshotLimit
// when limit is 0), so results match Cayley's reference order and repeated
// queries are fast, and the store itself when it is larger or already in
// memory.
func (s *Store) QueryStore(ctx context.Context, limit int64) (cgraph.QuadStore, error) {
	if limit == 0 {
		limit = DefaultSnapshotLimit
	}
	if !cgraph.IsPersistent(s.cfg.Backend) {
		return s.qs, nil
	}
	n, err := s.Size(ctx)
	if err != nil {
		return nil, err
	}
	if n > limit {
		return s.qs, nil
	}
	return s.Snapshot(ctx)
}
