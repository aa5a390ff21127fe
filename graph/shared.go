package graph

import (
	"context"
	"fmt"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// Shared lends one bolt store, opened read-only, to the uses of a
// long-running reader such as kg serve: the store is open (under bolt's
// shared lock) only while some use holds it, so another process can write
// between uses, waiting at most for the uses in flight. Every use sees the
// store as the last write left it: an in-memory snapshot (see QueryStore)
// is kept while the store's last transaction stays the same, and taken
// again after a write.
//
// Shared is safe for concurrent use.
type Shared struct {
	cfg   Config
	limit int64 // the snapshot limit passed to QueryStore

	mu    sync.Mutex
	st    *Store // open while users > 0
	users int
	// view is what queries run over for the store at version: a snapshot
	// that outlives the open store, or the store itself (direct).
	view    cgraph.QuadStore
	direct  bool
	version uint64
}

// NewShared returns a Shared for the bolt store cfg names; it opens
// nothing yet. snapshotLimit is QueryStore's limit.
func NewShared(cfg Config, snapshotLimit int64) *Shared {
	cfg = cfg.withDefaults()
	cfg.ReadOnly = true
	return &Shared{cfg: cfg, limit: snapshotLimit}
}

// Acquire returns what a query should run over, opening the store when no
// other use holds it, and a release function to call, once, when the
// query is done. It fails with ErrLocked when a writer holds the store
// past the lock timeout.
func (sh *Shared) Acquire(ctx context.Context) (cgraph.QuadStore, func(), error) {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.st == nil {
		st, err := Open(ctx, sh.cfg)
		if err != nil {
			return nil, nil, err
		}
		version, err := st.version()
		if err != nil {
			st.Close()
			return nil, nil, err
		}
		if sh.view == nil || version != sh.version {
			view, err := st.QueryStore(ctx, sh.limit)
			if err != nil {
				st.Close()
				return nil, nil, err
			}
			sh.view, sh.direct, sh.version = view, view == st.QuadStore(), version
		}
		sh.st = st
	}
	sh.users++
	view := sh.view
	if sh.direct {
		view = sh.st.QuadStore()
	}
	var once sync.Once
	return view, func() { once.Do(sh.release) }, nil
}

// release ends one use, closing the store after the last.
func (sh *Shared) release() {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	sh.users--
	if sh.users == 0 {
		sh.st.Close()
		sh.st = nil
	}
}

// Describe names the store for messages.
func (sh *Shared) Describe() string { return sh.cfg.Backend + " " + sh.cfg.Path }

// version is the ID of the store's last committed transaction: bolt
// numbers every write transaction, so the same ID means the same data.
func (s *Store) version() (uint64, error) {
	if s.bolt == nil {
		return 0, fmt.Errorf("store %s has no transaction IDs", s.Describe())
	}
	tx, err := s.bolt.DB().Begin(false)
	if err != nil {
		return 0, fmt.Errorf("read store version: %w", err)
	}
	defer tx.Rollback()
	return uint64(tx.ID()), nil
}
