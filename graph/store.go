// Package graph owns kg's quad store: it opens a Cayley backend (a
// persistent bolt file by default), writes batches of quads atomically and
// idempotently, and reports what the store holds. It is the only package
// that knows Cayley's backends; everything else sees a *Store or Cayley's
// QuadStore interface.
//
// Errors: opening a store that another process holds fails within the lock
// timeout with ErrLocked; every error is wrapped with the operation and path.
package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"github.com/lib/pq"
)

// Defaults for Config.
const (
	DefaultBackend = "bolt"
	DefaultPath    = "kg.db"
	// DefaultLockTimeout is long enough for the reads in flight of a
	// kg serve (or of other commands) to end before a writer gives up.
	DefaultLockTimeout = 5 * time.Second
)

// boltFile is the file Cayley's bolt backend keeps inside its directory, so a
// kg store can also be opened by Cayley's own tools.
const boltFile = "indexes.bolt"

// boltMmapSize is how much of the bolt file is mapped from the start.
const boltMmapSize = 1 << 30

// ErrLocked is returned when another process holds the store.
var ErrLocked = errors.New("store is locked by another process")

// Config says which store to open.
type Config struct {
	Backend     string        // a Cayley backend name; DefaultBackend when empty
	Path        string        // directory, file or database URL; DefaultPath when empty for bolt
	LockTimeout time.Duration // how long to wait for another process's lock; DefaultLockTimeout when 0
	// ReadOnly opens a bolt store for reading only, under a shared lock:
	// any number of readers hold it at once, and a writer waits until they
	// have all closed the store. A store that does not exist yet is not
	// created: Open fails with an error matching fs.ErrNotExist.
	ReadOnly bool
	Options  cgraph.Options
}

func (c Config) withDefaults() Config {
	if c.Backend == "" {
		c.Backend = DefaultBackend
	}
	if c.Path == "" && (c.Backend == "bolt") {
		c.Path = DefaultPath
	}
	if !cgraph.IsPersistent(c.Backend) {
		c.Path = "" // an in-memory store has nowhere to be
	}
	if c.LockTimeout == 0 {
		c.LockTimeout = DefaultLockTimeout
	}
	return c
}

// Store is an open quad store.
type Store struct {
	qs      cgraph.QuadStore
	cfg     Config
	created bool
	bolt    *hbolt.DB // the bolt file, for the bulk loader; nil for other backends
	pg      *sql.DB   // PostgreSQL: kg's own connections, for counts and the label index
}

// Open opens the store cfg names, creating it when it does not exist yet.
// Created reports whether it did.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg = cfg.withDefaults()
	if !cgraph.IsRegistered(cfg.Backend) {
		return nil, fmt.Errorf("open store: unknown backend %q (known: %v)", cfg.Backend, Backends)
	}
	if cfg.Backend == "bolt" {
		return openBolt(cfg)
	}
	if cfg.Backend == "postgres" {
		return openPostgres(ctx, cfg)
	}
	// An in-memory store is new at every open; a persistent one is new when
	// initialising it succeeds.
	created := true
	if cgraph.IsPersistent(cfg.Backend) {
		err := cgraph.InitQuadStore(cfg.Backend, cfg.Path, cfg.Options)
		if errors.Is(err, cgraph.ErrDatabaseExists) {
			created = false
		} else if err != nil {
			return nil, fmt.Errorf("open store %s %q: %w", cfg.Backend, cfg.Path, err)
		}
	}
	qs, err := cgraph.NewQuadStore(cfg.Backend, cfg.Path, cfg.Options)
	if err != nil {
		return nil, fmt.Errorf("open store %s %q: %w", cfg.Backend, cfg.Path, err)
	}
	return &Store{qs: qs, cfg: cfg, created: created}, nil
}

// openBolt opens Cayley's bolt layout with a lock timeout: bolt itself waits
// forever for another process's file lock.
func openBolt(cfg Config) (*Store, error) {
	file := filepath.Join(cfg.Path, boltFile)
	if cfg.ReadOnly {
		// bolt cannot set up an empty file opened read-only.
		if fi, err := os.Stat(file); err != nil {
			return nil, fmt.Errorf("open store %q: %w", cfg.Path, err)
		} else if fi.Size() == 0 {
			return nil, fmt.Errorf("open store %q: %w", cfg.Path, fs.ErrNotExist)
		}
	} else if err := os.MkdirAll(cfg.Path, 0o755); err != nil {
		return nil, fmt.Errorf("open store %q: %w", cfg.Path, err)
	}
	// A large initial map (address space, not memory) spares bolt from
	// remapping, and copying every page a transaction changed, each time a
	// load grows the file, and lets readers run while it grows.
	db, err := hbolt.Open(file, &boltdb.Options{Timeout: cfg.LockTimeout, InitialMmapSize: boltMmapSize, ReadOnly: cfg.ReadOnly})
	if errors.Is(err, boltdb.ErrTimeout) {
		return nil, fmt.Errorf("open store %q: %w (waited %s; close the other kg or use --db)", cfg.Path, ErrLocked, cfg.LockTimeout)
	} else if err != nil {
		return nil, fmt.Errorf("open store %q: %w", cfg.Path, err)
	}
	// Without Cayley's in-memory bloom filters: opening needs no scan of
	// the whole log, and the bulk loader may write behind the quad store's
	// back without leaving it a stale filter (see bulk.go).
	opts := cgraph.Options{}
	for k, v := range cfg.Options {
		opts[k] = v
	}
	opts[kv.OptNoBloom] = true
	created := false
	if !cfg.ReadOnly {
		if created, err = initBolt(db, opts); err != nil {
			db.Close()
			return nil, fmt.Errorf("initialise store %q: %w", cfg.Path, err)
		}
	}
	qs, err := kv.New(db, opts)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %q: %w", cfg.Path, err)
	}
	return &Store{qs: qs, cfg: cfg, created: created, bolt: db}, nil
}

// initBolt sets up a new bolt store, or brings an existing one up to what
// kg needs; it reports whether the store is new.
func initBolt(db *hbolt.DB, opts cgraph.Options) (bool, error) {
	created := true
	if err := kv.Init(db, opts); errors.Is(err, cgraph.ErrDatabaseExists) {
		created = false
	} else if err != nil {
		return false, err
	}
	return created, ensureLabelIndex(db.DB())
}

// Created reports whether Open made a new, empty store.
func (s *Store) Created() bool { return s.created }

// Describe names the store for messages: "bolt kg.db".
func (s *Store) Describe() string {
	if s.cfg.Path == "" {
		return s.cfg.Backend
	}
	return s.cfg.Backend + " " + s.cfg.Path
}

// Backend is the name of the store's Cayley backend.
func (s *Store) Backend() string { return s.cfg.Backend }

// ReadOnly reports whether the store was opened for reading only.
func (s *Store) ReadOnly() bool { return s.cfg.ReadOnly }

// QuadStore is the Cayley store, for queries.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Close releases the store and its lock.
func (s *Store) Close() error {
	return s.qs.Close()
}

// Size is the number of quads in the store, from the store's own counter
// where it keeps one (bolt), so it costs the same at any size; the SQL
// stores count in the database.
func (s *Store) Size(ctx context.Context) (int64, error) {
	if s.cfg.Backend == "postgres" {
		return s.pgSize(ctx)
	}
	st, err := s.qs.Stats(ctx, false)
	if err == nil && !st.Quads.Exact {
		st, err = s.qs.Stats(ctx, true)
	}
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, nil // a new kv store makes its buckets on the first write
	} else if err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	return st.Quads.Value, nil
}

// Change is what a write did.
type Change struct {
	Added, Removed, Unchanged int
}

// Replace makes the quads carrying any of labels exactly want, in one
// transaction: quads of want not yet stored are added, stored quads with one
// of labels that are not in want are removed, and the rest is left alone. A
// second Replace with the same arguments changes nothing. Every quad of want
// must carry one of labels.
//
// On a SQL store shared by several writers, a transaction PostgreSQL
// aborts as a deadlock or a serialisation failure is run again, a few
// times, after a short wait: other writers' documents are not the caller's
// error.
func (s *Store) Replace(ctx context.Context, labels []quad.Value, want []quad.Quad) (Change, error) {
	chs, err := s.ReplaceAll(ctx, []Replacement{{Labels: labels, Want: want}})
	if err != nil {
		return Change{}, err
	}
	return chs[0], nil
}

// Replacement is one part of ReplaceAll: the labels whose quads it replaces
// and the quads they carry afterwards, as for Replace.
type Replacement struct {
	Labels []quad.Value
	Want   []quad.Quad
}

// ReplaceAll does what Replace does for every replacement, all in one
// transaction: all of them land or none does, and many documents cost one
// commit rather than one each (on bolt, a replacement that moves a value's
// quads is written in two, adds first: see cayleyBatches). No label may be
// in two replacements. It returns the Change of each replacement, in order.
func (s *Store) ReplaceAll(ctx context.Context, reps []Replacement) ([]Change, error) {
	if err := disjointLabels(reps); err != nil {
		return nil, err
	}
	for attempt := 1; ; attempt++ {
		chs, err := s.replaceOnce(ctx, reps)
		if err == nil || !retryable(err) || attempt == maxAttempts {
			return chs, err
		}
		select {
		case <-ctx.Done():
			return chs, err
		case <-time.After(time.Duration(attempt*attempt) * 20 * time.Millisecond):
		}
	}
}

// maxAttempts bounds how often Replace tries one transaction.
const maxAttempts = 5

// retryable reports whether err is PostgreSQL aborting a transaction that
// may succeed when run again: a serialisation failure or a deadlock.
func retryable(err error) bool {
	var pe *pq.Error
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

// disjointLabels checks that no label is in two replacements.
func disjointLabels(reps []Replacement) error {
	if len(reps) < 2 {
		return nil
	}
	owner := map[quad.Value]int{}
	for i, r := range reps {
		for _, l := range r.Labels {
			if j, ok := owner[l]; ok && j != i {
				return fmt.Errorf("replace: label %v is in replacements %d and %d", l, j, i)
			}
			owner[l] = i
		}
	}
	return nil
}

// replaceOnce is one attempt of ReplaceAll.
func (s *Store) replaceOnce(ctx context.Context, reps []Replacement) ([]Change, error) {
	chs := make([]Change, len(reps))
	var deltas []cgraph.Delta
	for i, r := range reps {
		var err error
		if deltas, chs[i], err = s.replaceDeltas(ctx, deltas, r.Labels, r.Want); err != nil {
			return nil, err
		}
	}
	if len(deltas) == 0 {
		return chs, nil
	}
	batches := [][]cgraph.Delta{deltas}
	if s.bolt != nil && !s.cfg.ReadOnly {
		if quads, ok := addedQuads(deltas); ok && len(quads) <= DefaultLoadBatch {
			if done, err := s.bulkAdd(ctx, quads); err != nil {
				return nil, fmt.Errorf("write %d changes: %w", len(deltas), err)
			} else if done {
				return chs, nil
			}
		}
		r := refsOf(deltas)
		if err := makeNodeBuckets(s.bolt.DB(), r); err != nil {
			return nil, fmt.Errorf("make room for %d changes: %w", len(deltas), err)
		}
		batches = cayleyBatches(deltas, r) // kv only: the SQL store keys quads by hash
	}
	for _, batch := range batches {
		if err := s.qs.ApplyDeltas(batch, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			return nil, fmt.Errorf("write %d changes: %w", len(batch), err)
		}
	}
	return chs, nil
}

// replaceDeltas appends to deltas the changes that make the quads carrying
// any of labels exactly want, and counts them.
func (s *Store) replaceDeltas(ctx context.Context, deltas []cgraph.Delta, labels []quad.Value, want []quad.Quad) ([]cgraph.Delta, Change, error) {
	have, err := s.QuadsLabelled(ctx, labels)
	if err != nil {
		return deltas, Change{}, err
	}
	// One set of the wanted quads serves to skip repeats and, afterwards,
	// to find what the store has that is no longer wanted: hashing a
	// long document's quads is a large part of rewriting it.
	var ch Change
	wanted := make(map[quad.Quad]struct{}, len(want))
	// At least this many adds: room for them at once, for growing a slice
	// of a long document's quads a quarter at a time copies it again and
	// again.
	deltas = slices.Grow(deltas, max(len(want)-len(have), 0))
	for _, q := range want {
		if _, dup := wanted[q]; dup {
			continue
		}
		wanted[q] = struct{}{}
		if _, ok := have[q]; ok {
			ch.Unchanged++
			continue
		}
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		ch.Added++
	}
	for q := range have {
		if _, keep := wanted[q]; !keep {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			ch.Removed++
		}
	}
	return deltas, ch, nil
}

// QuadsLabelled returns the stored quads whose label is one of labels. On
// bolt it reads kg's label index and Cayley's log directly (see
// boltLabelled), so it costs in proportion to the quads it returns, not to
// the store.
func (s *Store) QuadsLabelled(ctx context.Context, labels []quad.Value) (map[quad.Quad]struct{}, error) {
	out := map[quad.Quad]struct{}{}
	if s.bolt != nil {
		if ok, err := boltLabelled(s.bolt.DB(), labels, out); ok || err != nil {
			return out, err
		}
	}
	for _, l := range labels {
		err := EachQuad(ctx, s.qs, quad.Label, l, func(q quad.Quad) error {
			out[q] = struct{}{}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
