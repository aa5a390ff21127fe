package graph

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"golang.org/x/sync/errgroup"
)

// A load into an empty store is built beside Cayley's tables and swapped
// in. In one transaction, as pgLoadEmpty does it, PostgreSQL builds the
// quads table's indexes and checks its keys one after another in the
// load's one session, and one of two cores idles for most of it. Here the
// rows go by COPY into staging tables of the same shape under names of
// the load's own (kg_stage_<id>_quads and _nodes), committed but read by
// no one; two sessions then build their indexes at once, PostgreSQL adds
// and checks the keys, and one short transaction locks Cayley's tables,
// checks they are still empty, drops them and renames the staging tables,
// indexes and constraints to their names, with the same owner, column
// defaults and horizon sequence. It then compares the two tables'
// description (pgStageShape) before and after, and commits only when they
// are the same: stock Cayley sees exactly its schema, with every row of
// the load, or nothing at all.
//
// The load's first session holds an advisory lock on its id from before
// its staging tables exist to after they are gone; a load finding staging
// tables whose lock it can take drops them (what a killed load left).

// pgStageLockClass is the first key of the advisory locks that keep a
// staged load's tables from other loads' clean-up ("kgst").
const pgStageLockClass = 0x6b677374

// pgCheckClient has the server check, every second of a statement, that
// the session's client is still there (PostgreSQL 14 and later): a killed
// load's index builds stop soon rather than run to their end, holding its
// lock.
const pgCheckClient = `SELECT set_config(name, '1s', false) FROM pg_settings
	WHERE name = 'client_connection_check_interval'`

// errPgStageRefused is a staged load that cannot be swapped in exactly:
// another writer came first, or the tables have something the staging
// does not rebuild. The load then goes in one transaction.
var errPgStageRefused = errors.New("staged load refused")

// pgStage is a staged load: its sessions, and the statements that build
// its tables and swap them in.
type pgStage struct {
	id      int32
	nodes   string // the staging tables' names
	quads   string
	conns   [2]*pgx.Conn // conns[0] is the load's own and holds the lock
	txs     [2]pgx.Tx    // make and fill the staging tables
	plan    pgStagePlan
	swapped bool
}

// pgStagePlan is what makes the staging tables into Cayley's.
type pgStagePlan struct {
	nodeKeys   []string // keys of nodes, once its rows are in
	quadBuilds []string // indexes of quads, any order, at once
	quadKeys   []string // then its keys, one after another
	adopt      []string // in the swap, before Cayley's tables go: owners, grants, defaults, sequences
	rename     []string // in the swap, after: names
}

// pgPrepareStage returns a staged load into the store conn reaches, its
// staging tables made in open transactions, or nil when the store is not
// empty or the server refuses the staging (no privilege to make tables):
// the load then goes in one transaction.
func pgPrepareStage(ctx context.Context, conn *pgx.Conn, url string) (*pgStage, error) {
	var empty bool
	if err := conn.QueryRow(ctx, pgIsEmpty).Scan(&empty); err != nil || !empty {
		return nil, err
	}
	if err := pgDropLeftovers(ctx, conn); err != nil {
		return nil, pgStageFallback(err)
	}
	s := &pgStage{}
	s.conns[0] = conn
	if err := s.lock(ctx); err != nil {
		return nil, err
	}
	var err error
	if s.plan, err = s.makePlan(ctx); err != nil {
		return s.fail(ctx, pgStageFallback(err))
	}
	if s.conns[1], err = pgx.Connect(ctx, url); err != nil {
		return s.fail(ctx, fmt.Errorf("connect: %w", err))
	}
	for i, table := range []string{"nodes", "quads"} {
		if err := s.create(ctx, i, table); err != nil {
			return s.fail(ctx, pgStageFallback(err))
		}
	}
	return s, nil
}

// pgStageFallback turns an error of the server (a privilege, a name
// taken) into no staged load, and leaves others as they are.
func pgStageFallback(err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) || errors.Is(err, errPgStageRefused) {
		return nil
	}
	return err
}

// fail undoes what s made and returns err.
func (s *pgStage) fail(ctx context.Context, err error) (*pgStage, error) {
	s.close(ctx)
	return nil, err
}

// lock picks the stage's id, one whose advisory lock no other session
// holds, and takes it; then it names the staging tables.
func (s *pgStage) lock(ctx context.Context) error {
	for {
		s.id = rand.Int32N(1<<31-1) + 1
		var ok bool
		err := s.conns[0].QueryRow(ctx, "SELECT pg_try_advisory_lock($1, $2)", int32(pgStageLockClass), s.id).Scan(&ok)
		if err != nil {
			return fmt.Errorf("lock staging: %w", err)
		}
		if ok {
			s.nodes, s.quads = s.name("nodes"), s.name("quads")
			return nil
		}
	}
}

// name returns the staging name of what Cayley names name.
func (s *pgStage) name(name string) string {
	return fmt.Sprintf("kg_stage_%d_%s", s.id, name)
}

// pgDropLeftovers drops the staging tables of loads that are no longer
// running: those whose advisory lock conn can take.
func pgDropLeftovers(ctx context.Context, conn *pgx.Conn) error {
	const leftovers = `SELECT DISTINCT (regexp_match(relname, '^kg_stage_([0-9]+)_(?:quads|nodes)$'))[1]::int
	FROM pg_class WHERE relkind = 'r' AND relnamespace = current_schema()::regnamespace
	AND relname ~ '^kg_stage_[0-9]+_(quads|nodes)$'`
	rows, err := conn.Query(ctx, leftovers)
	if err != nil {
		return err
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		return err
	}
	for _, id := range ids {
		var ok bool
		if err := conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1, $2)", int32(pgStageLockClass), id).Scan(&ok); err != nil || !ok {
			if err != nil {
				return err
			}
			continue // a load that is still running
		}
		old := &pgStage{id: id}
		_, err := conn.Exec(ctx, fmt.Sprintf("DROP TABLE IF EXISTS %s, %s", old.name("quads"), old.name("nodes")))
		if _, uerr := conn.Exec(ctx, "SELECT pg_advisory_unlock($1, $2)", int32(pgStageLockClass), id); err == nil {
			err = uerr
		}
		if err != nil {
			return fmt.Errorf("drop a killed load's staging tables: %w", err)
		}
	}
	return nil
}

// create begins the transaction of session i and makes in it the staging
// table of Cayley's table: the same columns, without indexes, defaults or
// keys, which come later. Made in the transaction that copies its rows,
// the rows may go FREEZE.
func (s *pgStage) create(ctx context.Context, i int, table string) error {
	if _, err := s.conns[i].Exec(ctx, pgCheckClient); err != nil {
		return err
	}
	tx, err := s.conns[i].Begin(ctx)
	if err != nil {
		return err
	}
	s.txs[i] = tx
	_, err = tx.Exec(ctx, fmt.Sprintf(`CREATE TABLE %s (LIKE %s INCLUDING ALL
		EXCLUDING INDEXES EXCLUDING DEFAULTS EXCLUDING IDENTITY)`, s.name(table), table))
	return err
}

// close ends what s left open: its transactions, its staging tables when
// they were not swapped in, its lock and its second session. The load's
// own session stays open.
func (s *pgStage) close(ctx context.Context) {
	for i, tx := range s.txs {
		if tx != nil {
			tx.Rollback(ctx)
			s.txs[i] = nil
		}
	}
	if !s.swapped && s.nodes != "" {
		s.conns[0].Exec(ctx, fmt.Sprintf("DROP TABLE IF EXISTS %s, %s", s.quads, s.nodes))
	}
	if s.nodes != "" {
		s.conns[0].Exec(ctx, "SELECT pg_advisory_unlock($1, $2)", int32(pgStageLockClass), s.id)
		s.nodes = ""
	}
	if s.conns[1] != nil {
		s.conns[1].Close(ctx)
		s.conns[1] = nil
	}
}

// load writes set through the staging tables and swaps them in; it
// returns how many quads it added, or errPgStageRefused.
func (s *pgStage) load(ctx context.Context, set pgLoadSet) (int, error) {
	if err := s.fill(ctx, set); err != nil {
		return 0, err
	}
	if err := s.finishKeys(ctx); err != nil {
		return 0, fmt.Errorf("load: keys: %w", err)
	}
	if err := s.swap(ctx); err != nil {
		return 0, err
	}
	return len(set.quads), nil
}

// fill copies the rows into the staging tables, one session each, commits
// them and builds their indexes, two at once.
func (s *pgStage) fill(ctx context.Context, set pgLoadSet) error {
	builds := make(chan string, len(s.plan.quadBuilds))
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		if err := pgCopyNodes(gctx, s.txs[0], s.nodes, true, true, &set); err != nil {
			return err
		}
		if err := s.commit(gctx, 0); err != nil {
			return err
		}
		if err := pgExecAll(gctx, s.conns[0], s.plan.nodeKeys); err != nil {
			return fmt.Errorf("load: keys of nodes: %w", err)
		}
		return s.build(gctx, 0, builds)
	})
	g.Go(func() error {
		stamp, err := pgStamp(gctx, s.txs[1], len(set.quads))
		if err != nil {
			return fmt.Errorf("load: %w", err)
		}
		if stamp.horizon == 0 && len(set.quads) > 0 {
			return errPgStageRefused // horizon without a sequence of its own
		}
		if err := pgCopyQuads(gctx, s.txs[1], s.quads, true, &set, &stamp); err != nil {
			return err
		}
		if err := s.commit(gctx, 1); err != nil {
			return err
		}
		for _, b := range s.plan.quadBuilds {
			builds <- b
		}
		close(builds)
		return s.build(gctx, 1, builds)
	})
	return g.Wait()
}

// commit commits the transaction of session i.
func (s *pgStage) commit(ctx context.Context, i int) error {
	tx := s.txs[i]
	s.txs[i] = nil
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("load: commit staging: %w", err)
	}
	return nil
}

// build runs in session i the index builds it takes from builds, each in
// its own transaction, which PostgreSQL runs beside the other session's
// (CREATE INDEX locks the table against writes only).
func (s *pgStage) build(ctx context.Context, i int, builds <-chan string) error {
	if _, err := s.conns[i].Exec(ctx, pgIndexMemory, false); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	for {
		var stmt string
		var ok bool
		select {
		case <-ctx.Done(): // the other session failed before it had builds to give
			return ctx.Err()
		case stmt, ok = <-builds:
		}
		if !ok {
			return nil
		}
		if _, err := s.conns[i].Exec(ctx, stmt); err != nil {
			return fmt.Errorf("load: index: %w", err)
		}
	}
}

// finishKeys adds the quads table's keys: its primary key over the index
// built for it, and the foreign keys, which PostgreSQL checks by merging
// the fresh index led by each key's column with that of nodes (see
// pgTruncate; the rows went FREEZE).
func (s *pgStage) finishKeys(ctx context.Context) error {
	tx, err := s.conns[0].Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SET LOCAL enable_hashjoin = off"); err != nil {
		return err
	}
	for _, stmt := range s.plan.quadKeys {
		if _, err := tx.Exec(ctx, stmt); err != nil {
			return err
		}
	}
	return tx.Commit(ctx)
}

// pgExecAll runs stmts in conn, one after another.
func pgExecAll(ctx context.Context, conn *pgx.Conn, stmts []string) error {
	for _, stmt := range stmts {
		if _, err := conn.Exec(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}

// swap makes the staging tables Cayley's in one transaction, or refuses
// (errPgStageRefused) when Cayley's tables are no longer empty, the result
// would not be their exact shape, or the server refuses a step (a lock
// given up to break a deadlock with another writer).
func (s *pgStage) swap(ctx context.Context) error {
	tx, err := s.conns[0].Begin(ctx)
	if err != nil {
		return fmt.Errorf("load: swap: %w", err)
	}
	defer tx.Rollback(ctx)
	if err := s.swapIn(ctx, tx); err != nil {
		if pgStageFallback(err) == nil {
			return errPgStageRefused
		}
		return fmt.Errorf("load: swap: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("load: commit: %w", err)
	}
	s.swapped = true
	return nil
}

// swapIn locks Cayley's empty tables in tx and puts the staging tables in
// their place; errPgStageRefused when they are not empty or the result's
// shape (pgStageShape) is not theirs.
func (s *pgStage) swapIn(ctx context.Context, tx pgx.Tx) error {
	empty, err := pgLockIfEmpty(ctx, tx)
	if err != nil {
		return err
	}
	if !empty {
		return errPgStageRefused
	}
	before, err := pgStageShapeOf(ctx, tx)
	if err != nil {
		return err
	}
	for _, stmt := range slices.Concat(s.plan.adopt, []string{"DROP TABLE quads, nodes"}, s.plan.rename) {
		if _, err := tx.Exec(ctx, stmt); err != nil {
			return err
		}
	}
	after, err := pgStageShapeOf(ctx, tx)
	if err != nil {
		return err
	}
	if !slices.Equal(before, after) {
		return errPgStageRefused
	}
	return nil
}

// quote returns name as an SQL identifier.
func quote(name string) string {
	return pgx.Identifier{name}.Sanitize()
}
