package graph_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
)

// A load into an empty PostgreSQL store builds its tables beside Cayley's
// and swaps them in at the end. These tests hold that swap back with a
// reader's lock on the quads table, and meanwhile kill the load or write
// to the store.

// pgStagingTables lists the tables a load builds beside Cayley's.
const pgStagingTables = `SELECT relname::text FROM pg_class WHERE relkind = 'r' AND relname LIKE 'kg\_stage\_%' ORDER BY 1`

// pgSwapWaits is true while a load waits for the quads table to swap its
// own in.
const pgSwapWaits = `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE relation = 'quads'::regclass
	AND mode = 'AccessExclusiveLock' AND NOT granted)`

// pgHoldSwap begins a transaction in db that reads-locks the quads table,
// which lets a load build its tables but not swap them in until it ends.
func pgHoldSwap(t *testing.T, db *sql.DB) *sql.Tx {
	t.Helper()
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Rollback() })
	if _, err := tx.Exec("LOCK TABLE quads IN ACCESS SHARE MODE"); err != nil {
		t.Fatal(err)
	}
	return tx
}

// pgAwait waits until query, run in db, returns true; it fails the test
// when ended reports first (the load ended before it got there).
func pgAwait(t *testing.T, db *sql.DB, ended <-chan error, query string) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	for {
		var ok bool
		if err := db.QueryRow(query).Scan(&ok); err != nil {
			t.Fatal(err)
		}
		if ok {
			return
		}
		select {
		case err := <-ended:
			t.Fatalf("the load ended (%v) before %s", err, query)
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited 3 minutes for %s", query)
		}
	}
}

// TestPostgresLoadLateWriter has another writer add a quad to an empty
// store while a load into it builds its tables: the load finds the store
// no longer empty when it would swap them in, and merges into it instead.
// Nothing is lost, every count is exact, and no staging table is left.
func TestPostgresLoadLateWriter(t *testing.T) {
	ctx := context.Background()
	st, url, schema := pgEmptyStore(t)
	db := pgOpen(t, url)
	hold := pgHoldSwap(t, db)

	in := pgLoadInput(1000)
	done := make(chan error, 1)
	var stats graph.LoadStats
	go func() {
		var err error
		stats, err = st.Load(ctx, quad.NewReader(in), graph.LoadOptions{})
		done <- err
	}()
	tables := pgStrings(t, url, pgTableIDs)
	pgAwait(t, db, done, pgSwapWaits)
	if got := pgStrings(t, url, pgStagingTables); len(got) != 2 {
		t.Errorf("staging tables while the load waits to swap: %q, want two", got)
	}
	late := []quad.Quad{
		quad.Make(quad.IRI("id:late"), quad.IRI("kg:p0"), quad.String("came first"), nil),
		in[0], // also in the load
	}
	for _, q := range late {
		pgInsertQuad(t, hold, q)
	}
	if err := hold.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	want := pgQuadStrings(append(slices.Clone(in), late...))
	if stats.Added != len(want)-len(late) {
		t.Errorf("load added %d quads, want %d (all but the late writer's)", stats.Added, len(want)-len(late))
	}
	pgCheckLoaded(t, url, want, schema)
	if d := cmp.Diff(tables, pgStrings(t, url, pgTableIDs)); d != "" {
		t.Errorf("the load swapped Cayley's tables though another writer had written to them:\n%s", d)
	}
}

// TestPostgresLoadKilled kills a loading process once its staging tables
// are built and it waits to swap them in: Cayley's tables are as they
// were, and the next load removes the killed one's tables and loads the
// same file whole, into exactly Cayley's schema.
func TestPostgresLoadKilled(t *testing.T) {
	st, url, schema := pgEmptyStore(t)
	in := slices.DeleteFunc(pgLoadInput(2000), func(q quad.Quad) bool {
		_, blank := q.Object.(quad.BNode) // a file's blank nodes are its own
		return blank
	})
	file := filepath.Join(t.TempDir(), "in.nq")
	writeNQuads(t, file, in)

	db := pgOpen(t, url)
	hold := pgHoldSwap(t, db)
	c := newChild(t, "kg", file, url, envChildBack+"=postgres")
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ended := make(chan error, 1)
	go func() { ended <- c.cmd.Wait() }()
	pgAwait(t, db, ended, pgSwapWaits)
	if err := c.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-ended
	hold.Rollback()
	// The killed load's server sessions end when the server finds their
	// client gone; until then their lock keeps the tables from clean-up.
	pgAwait(t, db, nil, `SELECT NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory'
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))`)
	if left := pgStrings(t, url, pgStagingTables); len(left) != 2 {
		t.Fatalf("the killed load left %q, want its two staging tables", left)
	}
	if rows := pgRows(t, url); len(rows) > 0 {
		t.Fatalf("the killed load wrote %d rows into Cayley's tables", len(rows))
	}

	pgLoadSwapping(t, st, url, in)
	pgCheckLoaded(t, url, pgQuadStrings(in), schema)
}

// TestPostgresLoadGrants loads into an empty store whose tables have
// privileges granted to others, as a team's database may: the staging
// tables take the same grants, and the swap goes through.
func TestPostgresLoadGrants(t *testing.T) {
	st, url, _ := pgEmptyStore(t)
	pgStrings(t, url, `DO $$ BEGIN CREATE ROLE kg_test_reader NOLOGIN;
		EXCEPTION WHEN duplicate_object THEN NULL; END $$`)
	t.Cleanup(func() {
		pgStrings(t, url, "DROP OWNED BY kg_test_reader")
		pgStrings(t, url, `DO $$ BEGIN DROP ROLE kg_test_reader;
			EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END $$`) // granted in another test's database
	})
	pgStrings(t, url, "GRANT SELECT ON quads, nodes TO kg_test_reader",
		"GRANT INSERT, UPDATE ON nodes TO kg_test_reader WITH GRANT OPTION", "GRANT SELECT ON quads TO PUBLIC")
	schema := pgStrings(t, url, pgSchema)
	in := pgLoadInput(500)
	pgLoadSwapping(t, st, url, in)
	pgCheckLoaded(t, url, pgQuadStrings(in), schema)
}

// pgTableIDs lists Cayley's tables by their oids, which a swap changes.
const pgTableIDs = `SELECT concat_ws(' ', relname, oid) FROM pg_class WHERE oid IN ('quads'::regclass, 'nodes'::regclass) ORDER BY 1`

// pgLoadSwapping loads in into the empty store st, at url, and wants the
// load to have swapped Cayley's tables for its own, not refused to.
func pgLoadSwapping(t *testing.T, st *graph.Store, url string, in []quad.Quad) {
	t.Helper()
	before := pgStrings(t, url, pgTableIDs)
	if _, err := st.Load(context.Background(), quad.NewReader(in), graph.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	after := pgStrings(t, url, pgTableIDs)
	for i := range before {
		if before[i] == after[i] {
			t.Errorf("table %s is as it was: the load did not swap its own in", before[i])
		}
	}
}

// pgEmptyStore opens a store in a fresh database and returns it, the
// database's URL and its schema (pgSchema).
func pgEmptyStore(t *testing.T) (*graph.Store, string, []string) {
	t.Helper()
	url := storetest.FreshDatabase(t, storetest.PostgresURL(t, "test the staged load"))
	st, err := graph.Open(context.Background(), graph.Config{Backend: "postgres", Path: url})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, url, pgStrings(t, url, pgSchema)
}

// pgCheckLoaded wants the database at url to hold the quads want, with
// exact reference counts, in Cayley's schema as it was, and no staging
// table.
func pgCheckLoaded(t *testing.T, url string, want, schema []string) {
	t.Helper()
	if d := cmp.Diff(want, stockReads(t, url)); d != "" {
		t.Errorf("quads stock Cayley reads (-want +stored):\n%s", d)
	}
	if wrong := pgWrongRefs(t, url); len(wrong) > 0 {
		t.Errorf("nodes whose refs are not the quad directions naming them: %q", wrong)
	}
	if left := pgStrings(t, url, pgStagingTables); len(left) > 0 {
		t.Errorf("staging tables left: %q", left)
	}
	if d := cmp.Diff(schema, pgStrings(t, url, pgSchema)); d != "" {
		t.Errorf("schema (-before +after):\n%s", d)
	}
}

// pgOpen opens the database at u.
func pgOpen(t *testing.T, u string) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// pgQuadStrings returns the distinct quads of qs as strings, in order.
func pgQuadStrings(qs []quad.Quad) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.String())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// pgInsertQuad writes q into Cayley's tables in tx, as its writer does: each
// value's row, counting one more reference, then the quad's.
func pgInsertQuad(t *testing.T, tx *sql.Tx, q quad.Quad) {
	t.Helper()
	hashes := make([]any, 4)
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v == nil {
			continue
		}
		typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: refs.HashOf(v)}, v)
		if err != nil {
			t.Fatal(err)
		}
		cols := append([]string{"hash", "refs"}, typ.Columns()...)
		args := append([]any{vals[0], 1}, vals[1:]...)
		marks := make([]string, len(args))
		for j := range marks {
			marks[j] = fmt.Sprint("$", j+1)
		}
		stmt := fmt.Sprintf("INSERT INTO nodes (%s) VALUES (%s) ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + 1",
			strings.Join(cols, ", "), strings.Join(marks, ", "))
		if _, err := tx.Exec(stmt, args...); err != nil {
			t.Fatal(err)
		}
		hashes[i] = vals[0]
	}
	_, err := tx.Exec("INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ($1, $2, $3, $4, now())", hashes...)
	if err != nil {
		t.Fatal(err)
	}
}

// writeNQuads writes qs to a new N-Quads file.
func writeNQuads(t *testing.T, name string, qs []quad.Quad) {
	t.Helper()
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	w := cnquads.NewWriter(f)
	if _, err := quad.Copy(w, quad.NewReader(qs)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
