package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
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
// Cayley's writer sends one INSERT per node and per quad. Here a load is one
// transaction, in one of two ways. Into an empty store (the first load of a
// corpus), the tables are locked, the quads table's indexes and foreign
// keys dropped, the quads (made distinct here) and their values (with the
// reference counts Cayley keeps) go straight in by COPY, and the indexes
// and keys are made again as they were: PostgreSQL builds an index by
// sorting far faster than it grows one row by row. Into a store with data,
// the quads stream through COPY into a temporary table, the distinct
// values (kept in memory meanwhile, as COPY holds the connection) through a
// second, and a few statements merge them into nodes and quads, skipping
// what is already stored and counting the references of the quads
// actually added. Nothing is visible before the commit, so a bad input or
// a killed load leaves the database as it was.

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
)

// pgLoad is Load on PostgreSQL: the whole input in one transaction.
func (s *Store) pgLoad(ctx context.Context, r quad.Reader, opt LoadOptions) (LoadStats, error) {
	var st LoadStats
	tx, err := s.pg.BeginTx(ctx, nil)
	if err != nil {
		return st, fmt.Errorf("load: begin: %w", err)
	}
	defer tx.Rollback()
	empty, err := pgLockIfEmpty(ctx, tx)
	if err != nil {
		return st, fmt.Errorf("load: %w", err)
	}
	load := pgLoadMerging
	if empty {
		load = pgLoadEmpty
	}
	if err := load(ctx, tx, r, &st, opt.Progress); err != nil {
		return st, err
	}
	if err := tx.Commit(); err != nil {
		return st, fmt.Errorf("load: commit: %w", err)
	}
	st.Present = st.Read - st.Added
	return st, nil
}

// pgLockIfEmpty reports whether the store is empty, and then locks its
// tables for the load, which then writes them directly.
func pgLockIfEmpty(ctx context.Context, tx *sql.Tx) (bool, error) {
	const empty = "SELECT NOT EXISTS (SELECT 1 FROM quads) AND NOT EXISTS (SELECT 1 FROM nodes)"
	var ok bool
	if err := tx.QueryRowContext(ctx, empty).Scan(&ok); err != nil || !ok {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, "LOCK TABLE quads, nodes IN ACCESS EXCLUSIVE MODE"); err != nil {
		return false, err
	}
	err := tx.QueryRowContext(ctx, empty).Scan(&ok) // another load may have been first
	return ok, err
}

// pgLoadEmpty loads into an empty store, locked: the quads, made distinct
// here, and their values with their reference counts go straight into
// Cayley's tables by COPY, without the quads table's indexes and keys.
func pgLoadEmpty(ctx context.Context, tx *sql.Tx, r quad.Reader, st *LoadStats, progress func(int)) error {
	return pgWithoutQuadIndexes(ctx, tx, func() error {
		var now time.Time
		if err := tx.QueryRowContext(ctx, "SELECT now()").Scan(&now); err != nil {
			return fmt.Errorf("load: %w", err)
		}
		nodes, err := pgCopyQuads(ctx, tx, r, st, progress, &now)
		if err != nil {
			return err
		}
		st.Added = st.Read - st.Present
		return pgCopyNodes(ctx, tx, "nodes", nodes)
	})
}

// pgLoadMerging loads into a store that holds quads: through temporary
// tables, merged into Cayley's.
func pgLoadMerging(ctx context.Context, tx *sql.Tx, r quad.Reader, st *LoadStats, progress func(int)) error {
	if _, err := tx.ExecContext(ctx, pgLoadSetup); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	nodes, err := pgCopyQuads(ctx, tx, r, st, progress, nil)
	if err != nil {
		return err
	}
	if err := pgCopyNodes(ctx, tx, "kg_load_nodes", nodes); err != nil {
		return err
	}
	var stored int64
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM quads").Scan(&stored); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	merge := pgMergeInto
	if stored < int64(st.Read) {
		merge = pgMergeRebuilding
	}
	if st.Added, err = merge(ctx, tx); err != nil {
		return fmt.Errorf("load: merge: %w", err)
	}
	return nil
}

// pgMergeInto merges a load into tables that hold more than it, through
// their indexes; it returns how many quads were new.
func pgMergeInto(ctx context.Context, tx *sql.Tx) (int, error) {
	if _, err := tx.ExecContext(ctx, pgInsertNodes); err != nil {
		return 0, err
	}
	added, err := pgExecCount(ctx, tx, pgInsertQuads)
	if err != nil {
		return 0, err
	}
	for _, stmt := range []string{pgCountRefs, pgAddRefs} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return 0, err
		}
	}
	return added, nil
}

// pgMergeRebuilding merges a load larger than what the tables hold: the
// quads table's indexes and foreign keys go, the rows go in, the indexes
// and keys come back as they were.
func pgMergeRebuilding(ctx context.Context, tx *sql.Tx) (int, error) {
	if _, err := tx.ExecContext(ctx, "LOCK TABLE quads IN ACCESS EXCLUSIVE MODE"); err != nil {
		return 0, err
	}
	var added int
	err := pgWithoutQuadIndexes(ctx, tx, func() error {
		var err error
		if added, err = pgExecCount(ctx, tx, pgAppendQuads); err != nil {
			return err
		}
		for _, stmt := range []string{pgCountRefs, pgUpsertNodes} {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return err
			}
		}
		return nil
	})
	return added, err
}

// pgWithoutQuadIndexes runs write with the quads table's indexes (but its
// primary key) and foreign keys dropped, and makes them again after it, as
// they were. The caller holds the table locked.
func pgWithoutQuadIndexes(ctx context.Context, tx *sql.Tx, write func() error) error {
	var drop, create []string
	for _, q := range []string{pgQuadForeignKeys, pgQuadIndexes} {
		d, c, err := pgStatementPairs(ctx, tx, q)
		if err != nil {
			return err
		}
		drop, create = append(drop, d...), append(c, create...) // indexes before the keys
	}
	for _, stmt := range drop {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	if err := write(); err != nil {
		return err
	}
	for _, stmt := range create {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}

// pgStatementPairs reads the two statements of each row query returns.
func pgStatementPairs(ctx context.Context, tx *sql.Tx, query string) (first, second []string, err error) {
	rows, err := tx.QueryContext(ctx, query)
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
func pgExecCount(ctx context.Context, tx *sql.Tx, stmt string) (int, error) {
	res, err := tx.ExecContext(ctx, stmt)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// pgNode is a value of a load and the quad directions naming it.
type pgNode struct {
	val  quad.Value
	refs int64
}

// pgCopyQuads streams the quads of r by COPY and returns the distinct
// values they name, by hash. Without now, the quads go to kg_load_quads as
// they come, for a merge. With now, they go straight into Cayley's quads
// table stamped now, each once, and the values count their references.
func pgCopyQuads(ctx context.Context, tx *sql.Tx, r quad.Reader, st *LoadStats, progress func(int), now *time.Time) (map[refs.ValueHash]*pgNode, error) {
	cols := []string{"subject_hash", "predicate_hash", "object_hash", "label_hash"}
	table := "kg_load_quads"
	if now != nil {
		table, cols = "quads", append(cols, "ts")
	}
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, cols...))
	if err != nil {
		return nil, fmt.Errorf("load: copy quads: %w", err)
	}
	defer stmt.Close()
	nodes := map[refs.ValueHash]*pgNode{}
	seen := map[[4]refs.ValueHash]struct{}{}
	buf := make([]quad.Quad, readChunk)
	row := make([]any, len(cols))
	if now != nil {
		row[4] = *now
	}
	for {
		n, rerr := readBatch(r, buf)
		for _, q := range buf[:n] {
			st.Read++
			var key [4]refs.ValueHash
			var named [4]*pgNode
			for i, dir := range quad.Directions {
				row[i] = nil
				v := q.Get(dir)
				if v == nil {
					continue
				}
				key[i] = refs.HashOf(v)
				if named[i] = nodes[key[i]]; named[i] == nil {
					named[i] = &pgNode{val: v}
					nodes[key[i]] = named[i]
				}
				row[i] = key[i][:]
			}
			if now != nil {
				if _, dup := seen[key]; dup {
					st.Present++
					continue
				}
				seen[key] = struct{}{}
				for _, n := range named {
					if n != nil {
						n.refs++
					}
				}
			}
			if _, err := stmt.ExecContext(ctx, row...); err != nil {
				return nil, fmt.Errorf("load: copy quad %d: %w", st.Read, err)
			}
		}
		if n > 0 && progress != nil {
			progress(st.Read)
		}
		if errors.Is(rerr, io.EOF) {
			break
		} else if rerr != nil {
			return nil, rerr
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("load: %w", err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return nil, fmt.Errorf("load: copy quads: %w", err)
	}
	return nodes, nil
}

// pgCopyNodes writes nodes into table (Cayley's nodes, with their
// reference counts, or kg_load_nodes), each value in the columns Cayley's
// writer would use.
func pgCopyNodes(ctx context.Context, tx *sql.Tx, table string, nodes map[refs.ValueHash]*pgNode) error {
	cols := append([]string{"hash"}, pgNodeColumns...)
	if table == "nodes" {
		cols = append(cols, "refs")
	}
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, cols...))
	if err != nil {
		return fmt.Errorf("load: copy nodes: %w", err)
	}
	defer stmt.Close()
	row := make([]any, len(cols))
	for h, n := range nodes {
		typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, n.val)
		if err != nil {
			return fmt.Errorf("load: value %v: %w", n.val, err)
		}
		clear(row)
		row[0] = vals[0]
		for i, col := range typ.Columns() {
			row[1+slices.Index(pgNodeColumns, col)] = vals[1+i]
		}
		if table == "nodes" {
			row[len(row)-1] = n.refs
		}
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			return fmt.Errorf("load: copy value %v: %w", n.val, err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return fmt.Errorf("load: copy nodes: %w", err)
	}
	return nil
}
