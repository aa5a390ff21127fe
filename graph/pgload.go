package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// The PostgreSQL bulk path writes Cayley's SQL tables (graph/sql in Cayley)
// exactly as its writer would, so stock Cayley reads the result:
//
//	nodes(hash, refs, value, value_string, datatype, language, iri, bnode,
//	      value_int, value_bool, value_float, value_time)
//	      one row per value, hash its SHA-1 (refs.HashOf), the value in the
//	      columns csql.NodeValues picks, refs the quad directions naming it
//	quads(horizon, subject_hash, predicate_hash, object_hash, label_hash, ts)
//
// Cayley's writer sends one INSERT per node and per quad. Here a load is
// read whole first, in memory: its distinct quads, ordered by predicate,
// object and subject (see comparePgQuads), and its values by hash, each
// with the reference count Cayley keeps. Into an empty store (the first
// load of a corpus), it is built beside Cayley's tables and swapped in
// (pgStage). Else, or when the swap is refused, it is one transaction, in
// one of two ways. Into an empty store, the
// tables are locked, the quads table's indexes and foreign keys dropped
// (while the input is still read), the quads and values go straight in by
// COPY, and the indexes and keys are made again as they were: PostgreSQL builds an index by sorting far
// faster than it grows one row by row. Into a store with data, the quads
// and values go by COPY into temporary tables, and a few statements merge
// them into nodes and quads, skipping what is already stored and counting
// the references of the quads actually added. Nothing is visible before
// the commit (or the swap), so a bad input or a killed load leaves
// Cayley's tables as they were.

// pgNodeList is the value columns of Cayley's nodes table.
const pgNodeList = "value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time"

// pgNodeColumns are the columns of pgNodeList.
var pgNodeColumns = strings.Split(pgNodeList, ", ")

// pgLoadSetup makes the temporary tables of one load.
const pgLoadSetup = `
CREATE TEMPORARY TABLE kg_load_quads (subject_hash BYTEA, predicate_hash BYTEA, object_hash BYTEA, label_hash BYTEA) ON COMMIT DROP;
CREATE TEMPORARY TABLE kg_load_nodes (hash BYTEA, value BYTEA, value_string TEXT, datatype TEXT, language TEXT,
	iri BOOLEAN, bnode BOOLEAN, value_int BIGINT, value_bool BOOLEAN, value_float DOUBLE PRECISION,
	value_time TIMESTAMP WITH TIME ZONE) ON COMMIT DROP;
CREATE TEMPORARY TABLE kg_load_added (subject_hash BYTEA, predicate_hash BYTEA, object_hash BYTEA, label_hash BYTEA) ON COMMIT DROP;
CREATE TEMPORARY TABLE kg_load_refs (hash BYTEA, n BIGINT) ON COMMIT DROP;`

// The statements that merge the temporary tables into Cayley's. Adding to
// a table with data, new nodes come first (the quads' foreign keys need
// them) in hash order, so concurrent loads take row locks in one order;
// then the new quads, remembered in kg_load_added; then the reference
// counts of their nodes.
const (
	pgInsertNodes = `INSERT INTO nodes (hash, refs, ` + pgNodeList + `)
	SELECT hash, 0, ` + pgNodeList + ` FROM kg_load_nodes ORDER BY hash
	ON CONFLICT (hash) DO NOTHING`
	pgInsertQuads = `WITH added AS (
		INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT DISTINCT subject_hash, predicate_hash, object_hash, label_hash, now() FROM kg_load_quads
		ON CONFLICT DO NOTHING
		RETURNING subject_hash, predicate_hash, object_hash, label_hash)
	INSERT INTO kg_load_added SELECT * FROM added`
	pgCountRefs = `INSERT INTO kg_load_refs SELECT hash, count(*) FROM (
		SELECT subject_hash AS hash FROM kg_load_added
		UNION ALL SELECT predicate_hash FROM kg_load_added
		UNION ALL SELECT object_hash FROM kg_load_added
		UNION ALL SELECT label_hash FROM kg_load_added WHERE label_hash IS NOT NULL) AS dirs
	GROUP BY hash`
	pgAddRefs = `WITH locked AS (SELECT hash FROM nodes JOIN kg_load_refs USING (hash) ORDER BY hash FOR UPDATE OF nodes)
	UPDATE nodes SET refs = nodes.refs + kg_load_refs.n FROM kg_load_refs, locked
	WHERE nodes.hash = kg_load_refs.hash AND locked.hash = kg_load_refs.hash`

	// Loading more quads than the table holds, its indexes and foreign
	// keys are dropped and made again after the rows are in: PostgreSQL
	// builds an index by sorting much faster than it grows one row by row,
	// and checks a foreign key with one join instead of a lookup per row.
	// The table is locked meanwhile; all of it is one transaction.
	pgAppendQuads = `WITH added AS (
		INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT subject_hash, predicate_hash, object_hash, label_hash, now() FROM (
			SELECT subject_hash, predicate_hash, object_hash, label_hash FROM kg_load_quads
			EXCEPT SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads) AS fresh
		ORDER BY subject_hash, predicate_hash, object_hash
		RETURNING subject_hash, predicate_hash, object_hash, label_hash)
	INSERT INTO kg_load_added SELECT * FROM added`
	pgUpsertNodes = `INSERT INTO nodes (hash, refs, ` + pgNodeList + `)
	SELECT hash, kg_load_refs.n, ` + pgNodeList + ` FROM kg_load_nodes JOIN kg_load_refs USING (hash) ORDER BY hash
	ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`
	pgQuadIndexes = `SELECT 'DROP INDEX ' || quote_ident(i.indexname), i.indexdef FROM pg_indexes i
	WHERE i.schemaname = current_schema() AND i.tablename = 'quads' AND i.indexname NOT IN (
		SELECT conname FROM pg_constraint WHERE conrelid = 'quads'::regclass AND contype = 'p')`
	pgQuadForeignKeys = `SELECT 'ALTER TABLE quads DROP CONSTRAINT ' || quote_ident(conname),
		'ALTER TABLE quads ADD CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid)
	FROM pg_constraint WHERE conrelid = 'quads'::regclass AND contype = 'f'`
	// Loading into empty tables, their primary keys go too: PostgreSQL
	// builds each from the rows in one sort (both come in key order)
	// faster than COPY grows it a row at a time (on the film graph 0.25 s
	// of server CPU against 0.9).
	pgPrimaryKeys = `SELECT 'ALTER TABLE ' || conrelid::regclass || ' DROP CONSTRAINT ' || quote_ident(conname),
		'ALTER TABLE ' || conrelid::regclass || ' ADD CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid)
	FROM pg_constraint WHERE conrelid IN ('quads'::regclass, 'nodes'::regclass) AND contype = 'p'`
	// PostgreSQL gives an index build parallel workers only while each has
	// 32 MB of maintenance_work_mem: the default 64 MB gives the leader one
	// helper, 256 MB two. Raised for the transaction only, never lowered.
	// The server's CPU is the same (log_statement_stats); on the busy
	// 2-core machine the builds of the film graph finished about a tenth
	// sooner.
	// $1: for the transaction only (or the session).
	pgIndexMemory = `SELECT set_config('maintenance_work_mem', '256MB', $1) FROM pg_settings
	WHERE name = 'maintenance_work_mem' AND setting::bigint < 256 * 1024`
)

// pgLoad is Load on PostgreSQL: the whole input in one transaction. The
// server is made ready for it (pgPrepare) while the input is read, so an
// empty store's tables are locked from the start of the read, not only
// from its end.
func (s *Store) pgLoad(ctx context.Context, r quad.Reader, opt LoadOptions) (LoadStats, error) {
	var st LoadStats
	prepCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	ready := make(chan *pgPrepared, 1)
	go func() { ready <- pgPrepare(prepCtx, s.cfg.Path) }()
	set, err := pgReadQuads(ctx, r, &st, opt.Progress)
	if err != nil {
		cancel() // a bad input is reported without waiting for the server
	}
	p := <-ready
	defer p.close(context.WithoutCancel(ctx))
	if err != nil {
		return st, err
	}
	if p.err != nil {
		return st, fmt.Errorf("load: %w", p.err)
	}
	if st.Added, err = p.write(ctx, set); err != nil {
		return st, err
	}
	st.Present = st.Read - st.Added
	return st, nil
}

// write writes set as p was prepared for, and returns how many quads were
// new: through staging tables (pgStage) into an empty store, or else, or
// when the staged load is refused, in one transaction.
func (p *pgPrepared) write(ctx context.Context, set pgLoadSet) (int, error) {
	if p.stage != nil {
		added, err := p.stage.load(ctx, set)
		if !errors.Is(err, errPgStageRefused) {
			return added, err
		}
		p.stage.close(ctx)
		p.stage = nil
		if err := p.begin(ctx); err != nil {
			return 0, fmt.Errorf("load: %w", err)
		}
	}
	var added int
	var err error
	if p.empty {
		added, err = pgLoadEmpty(ctx, p, set)
	} else {
		added, err = pgLoadMerging(ctx, p.tx, set)
	}
	if err != nil {
		return 0, err
	}
	if err := p.tx.Commit(ctx); err != nil {
		return 0, fmt.Errorf("load: commit: %w", err)
	}
	return added, nil
}

// pgPrepared is a load's connection and transaction, ready for its rows.
type pgPrepared struct {
	conn *pgx.Conn
	tx   pgx.Tx
	// Set when the store was empty: its tables are locked and stripped
	// of the quads table's indexes and both tables' keys, which remake
	// makes again.
	empty  bool
	remake []string
	frozen bool     // the tables were emptied again in tx: COPY may FREEZE
	stage  *pgStage // set for a staged load, instead of tx
	err    error
}

// pgPrepare connects to the database at url through pgx, whose COPY sends
// rows in PostgreSQL's binary format (the server copies a hash as it
// comes rather than parsing it from hex text), and readies a staged load
// into an empty store (pgPrepareStage) or else begins the load's one
// transaction.
func pgPrepare(ctx context.Context, url string) *pgPrepared {
	p := &pgPrepared{}
	if p.conn, p.err = pgx.Connect(ctx, url); p.err != nil {
		p.err = fmt.Errorf("connect: %w", p.err)
		return p
	}
	if p.stage, p.err = pgPrepareStage(ctx, p.conn, url); p.err != nil || p.stage != nil {
		return p
	}
	p.err = p.begin(ctx)
	return p
}

// begin begins the load's one transaction. When the store is empty, it
// locks the tables, empties them again (pgTruncate) and drops the indexes
// and keys, all of which only the commit makes visible.
func (p *pgPrepared) begin(ctx context.Context) (err error) {
	if p.tx, err = p.conn.Begin(ctx); err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if p.empty, err = pgLockIfEmpty(ctx, p.tx); err != nil || !p.empty {
		return err
	}
	if p.frozen, err = pgTruncate(ctx, p.tx); err != nil {
		return err
	}
	p.remake, err = pgDropQuadIndexes(ctx, p.tx, pgPrimaryKeys)
	return err
}

// close rolls back what was not committed and closes the connections.
func (p *pgPrepared) close(ctx context.Context) {
	if p.tx != nil {
		p.tx.Rollback(ctx)
	}
	if p.stage != nil {
		p.stage.close(ctx)
	}
	if p.conn != nil {
		p.conn.Close(ctx)
	}
}

// pgIsEmpty is true when the store holds nothing.
const pgIsEmpty = "SELECT NOT EXISTS (SELECT 1 FROM quads) AND NOT EXISTS (SELECT 1 FROM nodes)"

// pgLockIfEmpty reports whether the store is empty, and then locks its
// tables for the load, which then writes them directly.
func pgLockIfEmpty(ctx context.Context, tx pgx.Tx) (bool, error) {
	var ok bool
	if err := tx.QueryRow(ctx, pgIsEmpty).Scan(&ok); err != nil || !ok {
		return false, err
	}
	if _, err := tx.Exec(ctx, "LOCK TABLE quads, nodes IN ACCESS EXCLUSIVE MODE"); err != nil {
		return false, err
	}
	err := tx.QueryRow(ctx, pgIsEmpty).Scan(&ok) // another load may have been first
	return ok, err
}

// pgTruncate empties the store's empty tables again with TRUNCATE, which
// gives them new files in the load's transaction: then COPY may write the
// rows FREEZE, frozen and their pages marked all-visible, so that checking
// a foreign key reads only the new indexes, the quads table's one led by
// the key's column merged with nodes_pkey, rather than hashing all of
// nodes for each of the four keys (on the film graph 0.75 s of server CPU
// for the four checks against 0.45, measured on a copy of its quads). The
// planner prefers the hash join still, so hash joins are turned off for
// the rest of the transaction, whose only later queries are those checks.
// TRUNCATE needs its own privilege: without it, the load goes on without
// FREEZE and the hash joins (false).
func pgTruncate(ctx context.Context, tx pgx.Tx) (bool, error) {
	sp, err := tx.Begin(ctx) // a savepoint
	if err != nil {
		return false, err
	}
	if _, err := sp.Exec(ctx, "TRUNCATE quads, nodes"); err != nil {
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) {
			return false, err
		}
		return false, sp.Rollback(ctx)
	}
	if err := sp.Commit(ctx); err != nil {
		return false, err
	}
	_, err = tx.Exec(ctx, "SET LOCAL enable_hashjoin = off")
	return err == nil, err
}

// pgLoadEmpty loads into the empty store p prepared: the distinct quads
// of r, and their values with their reference counts, go straight into
// Cayley's tables by COPY, and the indexes and keys are made again.
func pgLoadEmpty(ctx context.Context, p *pgPrepared, set pgLoadSet) (added int, err error) {
	stamp, err := pgStamp(ctx, p.tx, len(set.quads))
	if err != nil {
		return 0, fmt.Errorf("load: %w", err)
	}
	if err := pgCopyQuads(ctx, p.tx, "quads", p.frozen, &set, &stamp); err != nil {
		return 0, err
	}
	if err := pgCopyNodes(ctx, p.tx, "nodes", p.frozen, true, &set); err != nil {
		return 0, err
	}
	if err := pgRemake(ctx, p.tx, p.remake); err != nil {
		return 0, fmt.Errorf("load: %w", err)
	}
	return len(set.quads), nil
}

// pgReserveHorizons takes $1 values of the quads table's horizon sequence
// at once, as $1 calls of nextval would, and returns the first; no row
// when horizon has no sequence of its own that counts by one.
const pgReserveHorizons = `SELECT setval(seq, nextval(seq) + $1 - 1) - $1 + 1
	FROM (SELECT pg_get_serial_sequence('quads', 'horizon')::regclass AS seq) AS s
	JOIN pg_sequence ON seqrelid = seq WHERE seqincrement = 1`

// pgStamp returns the stamp of n quads copied into Cayley's table. Cayley's
// writer stores now() in a timestamp column: the transaction's time in
// the session's time zone, as this is. The rows' horizons are taken from
// the sequence at once, rather than by the column's default, a call of
// nextval per row: on the film graph, COPY takes 0.3-0.4 s of server CPU
// instead of 0.6 s.
func pgStamp(ctx context.Context, tx pgx.Tx, n int) (pgQuadStamp, error) {
	var st pgQuadStamp
	if err := tx.QueryRow(ctx, "SELECT now()::timestamp").Scan(&st.ts); err != nil || n == 0 {
		return st, err
	}
	err := tx.QueryRow(ctx, pgReserveHorizons, n).Scan(&st.horizon)
	if errors.Is(err, pgx.ErrNoRows) {
		return st, nil
	}
	return st, err
}

// pgLoadMerging loads into a store that holds quads: through temporary
// tables, merged into Cayley's.
func pgLoadMerging(ctx context.Context, tx pgx.Tx, set pgLoadSet) (added int, err error) {
	if _, err := tx.Exec(ctx, pgLoadSetup); err != nil {
		return 0, fmt.Errorf("load: %w", err)
	}
	if err := pgCopyQuads(ctx, tx, "kg_load_quads", false, &set, nil); err != nil {
		return 0, err
	}
	if err := pgCopyNodes(ctx, tx, "kg_load_nodes", false, false, &set); err != nil {
		return 0, err
	}
	var stored int64
	if err := tx.QueryRow(ctx, "SELECT count(*) FROM quads").Scan(&stored); err != nil {
		return 0, fmt.Errorf("load: %w", err)
	}
	merge := pgMergeInto
	if stored < int64(len(set.quads)) {
		merge = pgMergeRebuilding
	}
	if added, err = merge(ctx, tx); err != nil {
		return 0, fmt.Errorf("load: merge: %w", err)
	}
	return added, nil
}

// pgMergeInto merges a load into tables that hold more than it, through
// their indexes; it returns how many quads were new.
func pgMergeInto(ctx context.Context, tx pgx.Tx) (int, error) {
	if _, err := tx.Exec(ctx, pgInsertNodes); err != nil {
		return 0, err
	}
	added, err := pgExecCount(ctx, tx, pgInsertQuads)
	if err != nil {
		return 0, err
	}
	for _, stmt := range []string{pgCountRefs, pgAddRefs} {
		if _, err := tx.Exec(ctx, stmt); err != nil {
			return 0, err
		}
	}
	return added, nil
}

// pgMergeRebuilding merges a load larger than what the tables hold: the
// quads table's indexes and foreign keys go, the rows go in, the indexes
// and keys come back as they were.
func pgMergeRebuilding(ctx context.Context, tx pgx.Tx) (int, error) {
	if _, err := tx.Exec(ctx, "LOCK TABLE quads IN ACCESS EXCLUSIVE MODE"); err != nil {
		return 0, err
	}
	remake, err := pgDropQuadIndexes(ctx, tx, "")
	if err != nil {
		return 0, err
	}
	added, err := pgExecCount(ctx, tx, pgAppendQuads)
	if err != nil {
		return 0, err
	}
	for _, stmt := range []string{pgCountRefs, pgUpsertNodes} {
		if _, err := tx.Exec(ctx, stmt); err != nil {
			return 0, err
		}
	}
	return added, pgRemake(ctx, tx, remake)
}

// pgDropQuadIndexes drops the quads table's indexes (but its primary key)
// and foreign keys, and the constraints keys names (pgPrimaryKeys, or none
// when ""), and returns the statements that make them again as they were.
// The caller holds the tables locked.
func pgDropQuadIndexes(ctx context.Context, tx pgx.Tx, keys string) (remake []string, err error) {
	var drop []string
	for _, q := range []string{pgQuadForeignKeys, pgQuadIndexes, keys} {
		if q == "" {
			continue
		}
		d, c, err := pgStatementPairs(ctx, tx, q)
		if err != nil {
			return nil, err
		}
		// Dropped in this order, made again in the reverse: the foreign
		// keys need the primary key of nodes.
		drop, remake = append(drop, d...), append(c, remake...)
	}
	for _, stmt := range drop {
		if _, err := tx.Exec(ctx, stmt); err != nil {
			return nil, err
		}
	}
	return remake, nil
}

// pgRemake runs the statements pgDropQuadIndexes returned.
func pgRemake(ctx context.Context, tx pgx.Tx, remake []string) error {
	if _, err := tx.Exec(ctx, pgIndexMemory, true); err != nil {
		return err
	}
	for _, stmt := range remake {
		if _, err := tx.Exec(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}

// pgStatementPairs reads the two statements of each row query returns.
func pgStatementPairs(ctx context.Context, tx pgx.Tx, query string) (first, second []string, err error) {
	rows, err := tx.Query(ctx, query)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var a, b string
		if err := rows.Scan(&a, &b); err != nil {
			return nil, nil, err
		}
		first, second = append(first, a), append(second, b)
	}
	return first, second, rows.Err()
}

// pgExecCount runs stmt and returns how many rows it wrote.
func pgExecCount(ctx context.Context, tx pgx.Tx, stmt string) (int, error) {
	tag, err := tx.Exec(ctx, stmt)
	return int(tag.RowsAffected()), err
}
