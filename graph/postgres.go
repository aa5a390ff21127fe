package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// openPostgres opens Cayley's SQL store on PostgreSQL, making its tables
// when the database has none, with a connection pool of kg's own beside it
// (for the label index and exact counts; the bulk loader opens its own).
func openPostgres(ctx context.Context, cfg Config) (*Store, error) {
	fail := func(err error) (*Store, error) {
		return nil, fmt.Errorf("open store %s %q: %w", cfg.Backend, cfg.Path, err)
	}
	db, err := sql.Open("postgres", cfg.Path)
	if err != nil {
		return fail(err)
	}
	// Cayley logs an error when asked to make tables that exist: ask only
	// when they do not.
	var exists bool
	if err := db.QueryRowContext(ctx, "SELECT to_regclass('quads') IS NOT NULL").Scan(&exists); err != nil {
		db.Close()
		return fail(err)
	}
	created := false
	if !exists {
		err := cgraph.InitQuadStore(cfg.Backend, cfg.Path, cfg.Options)
		if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return fail(err)
		}
		created = err == nil
	}
	if err := pgLabelIndex(ctx, db); err != nil {
		db.Close()
		return fail(err)
	}
	qs, err := cgraph.NewQuadStore(cfg.Backend, cfg.Path, cfg.Options)
	if err != nil {
		db.Close()
		return fail(err)
	}
	return &Store{qs: qs, cfg: cfg, created: created, pg: db}, nil
}

// pgLabelIndex adds to Cayley's quads table an index by label, which
// Cayley does not make: without it, finding the quads of a document's
// labels (Replace) reads the whole table. Stock Cayley ignores it. Two
// processes opening a new store at once may both try to make it; the one
// that loses finds it made.
func pgLabelIndex(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, "CREATE INDEX IF NOT EXISTS kg_label_index ON quads (label_hash)")
	if err == nil {
		return nil
	}
	var made bool
	if qerr := db.QueryRowContext(ctx, "SELECT to_regclass('kg_label_index') IS NOT NULL").Scan(&made); qerr == nil && made {
		return nil
	}
	return fmt.Errorf("index quads by label: %w", err)
}

// pgSize counts the quads in the database. Cayley's SQL store counts only
// once and then adds what it wrote itself, which misses what the bulk path
// and other processes write.
func (s *Store) pgSize(ctx context.Context) (int64, error) {
	var n int64
	if err := s.pg.QueryRowContext(ctx, "SELECT count(*) FROM quads").Scan(&n); err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	return n, nil
}
