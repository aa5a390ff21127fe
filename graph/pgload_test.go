package graph_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
)

// pgLoadInput has every kind of value Cayley's SQL store keeps in its own
// columns, values of one hash but unlike content, quads with and without a
// label, and repeats.
func pgLoadInput(n int) []quad.Quad {
	var out []quad.Quad
	when := time.Date(2020, 1, 3, 1, 2, 3, 0, time.UTC)
	for i := range n {
		s := quad.IRI(fmt.Sprint("id:e", i%97))
		var o quad.Value
		switch i % 9 {
		case 0:
			o = quad.IRI(fmt.Sprint("id:e", (i*7)%97))
		case 1:
			o = quad.BNode(fmt.Sprint("b", i%13))
		case 2:
			o = quad.String(fmt.Sprint("name ", i%31, " \u00e9"))
		case 3:
			o = quad.TypedString{Value: quad.String(fmt.Sprint(2000 + i%20)), Type: "http://www.w3.org/2001/XMLSchema#gYear"}
		case 4:
			o = quad.LangString{Value: quad.String(fmt.Sprint("nom ", i%11)), Lang: "fr"}
		case 5:
			o = quad.Int(i % 50)
			if (i/450)%2 == 1 { // the same hash as quad.Int, unlike content
				o = quad.TypedString{Value: quad.String(fmt.Sprint(i % 50)), Type: "xsd:integer"}
			}
		case 6:
			o = quad.Float(float64(i%17) / 4)
		case 7:
			o = quad.Bool(i%2 == 0)
		case 8:
			o = quad.Time(when.Add(time.Duration(i%5) * time.Hour))
		}
		var label quad.Value
		if i%3 != 0 {
			label = quad.IRI(fmt.Sprint("doc:", i%5))
		}
		out = append(out, quad.Quad{Subject: s, Predicate: quad.IRI(fmt.Sprint("kg:p", i%4)), Object: o, Label: label})
	}
	return append(out, out[:n/10]...) // repeats within the input
}

// TestPostgresBulkLoad loads the same quads through kg's COPY path and
// through stock Cayley's writer (pgBothWays), over a database that already
// holds some of them. A load that fails part way leaves nothing behind.
func TestPostgresBulkLoad(t *testing.T) {
	u := storetest.PostgresURL(t, "test the bulk path")
	ctx := context.Background()
	// Three loads: into an empty database, of more than it holds (both
	// rebuild the quads table's indexes), and of less (through them).
	input := pgLoadInput(2000)
	loads := [][]quad.Quad{input[:300], input, pgLoadInput(2400)[1900:]}
	kg, kgURL, want := pgBothWays(t, u, loads, func(i int, got graph.LoadStats) {
		if i > 0 && (got.Added == 0 || got.Present == 0) {
			t.Errorf("load %d: %+v, want some quads added and some present", i+1, got)
		}
	})

	// A load whose input fails part way writes nothing.
	before := pgRows(t, kgURL)
	bad := &failingReader{Reader: quad.NewReader(pgLoadInput(3000)), after: 2500}
	if _, err := kg.Load(ctx, bad, graph.LoadOptions{}); !errors.Is(err, errBadInput) {
		t.Fatalf("load of a failing input: err = %v, want errBadInput", err)
	}
	if d := cmp.Diff(before, pgRows(t, kgURL)); d != "" {
		t.Errorf("a failed load changed the tables (-before +after):\n%s", d)
	}
	if n, err := kg.Size(ctx); err != nil || n != int64(want) {
		t.Errorf("size = %d (%v), want %d", n, err, want)
	}

	// Nor into an empty store, whose indexes the load drops for a while.
	emptyURL := storetest.FreshDatabase(t, u)
	empty, err := graph.Open(ctx, graph.Config{Backend: "postgres", Path: emptyURL})
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	before = pgStrings(t, emptyURL, pgSchema)
	bad = &failingReader{Reader: quad.NewReader(input), after: 1000}
	if _, err := empty.Load(ctx, bad, graph.LoadOptions{}); !errors.Is(err, errBadInput) {
		t.Fatalf("load of a failing input: err = %v, want errBadInput", err)
	}
	if n, err := empty.Size(ctx); err != nil || n != 0 {
		t.Errorf("after a failed load into an empty store: size = %d (%v), want 0", n, err)
	}
	if d := cmp.Diff(before, pgStrings(t, emptyURL, pgSchema)); d != "" || len(before) < 8 {
		t.Errorf("indexes and keys after a failed load (-before +after):\n%s\n%q", d, before)
	}
}

// TestPostgresLoadNoTruncate loads into an empty store whose tables refuse
// TRUNCATE (as they do for a user without that privilege), so that the
// load cannot empty them again to COPY FREEZE and writes them as they are:
// the same rows, indexes and keys as a load into a plain store.
func TestPostgresLoadNoTruncate(t *testing.T) {
	u := storetest.PostgresURL(t, "test the bulk path")
	ctx := context.Background()
	in := pgLoadInput(500)
	load := func(u string, setup ...string) {
		st, err := graph.Open(ctx, graph.Config{Backend: "postgres", Path: u})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		pgStrings(t, u, setup...)
		if _, err := st.Load(ctx, quad.NewReader(in), graph.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	plainURL, refusingURL := storetest.FreshDatabase(t, u), storetest.FreshDatabase(t, u)
	load(plainURL)
	load(refusingURL, `CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN RAISE EXCEPTION 'no truncate'; END $$`,
		"CREATE TRIGGER refuse BEFORE TRUNCATE ON nodes EXECUTE FUNCTION refuse()")
	if d := cmp.Diff(pgRows(t, plainURL), pgRows(t, refusingURL)); d != "" {
		t.Errorf("tables differ (-plain +refusing TRUNCATE):\n%s", d)
	}
	if d := cmp.Diff(pgStrings(t, plainURL, pgSchema), pgStrings(t, refusingURL, pgSchema)); d != "" {
		t.Errorf("indexes and keys differ (-plain +refusing TRUNCATE):\n%s", d)
	}
}

// TestPostgresLoadFilm loads the first 20,000 quads of the film graph
// both ways (pgBothWays): real data, as the benchmark loads.
func TestPostgresLoadFilm(t *testing.T) {
	u := storetest.PostgresURL(t, "test the bulk path on the film graph")
	pgBothWays(t, u, [][]quad.Quad{readMovieQuads(t, 20_000)}, nil)
}

// pgBothWays loads loads, one after another (the first into an empty
// store, swapped in, and not given to check), through kg's COPY path and
// through stock Cayley's writer into two fresh databases on the server at
// u, and wants the same rows in Cayley's nodes and quads tables and the
// same indexes and keys; stock Cayley then reads kg's database and finds
// every quad. It returns kg's store, its URL and the number of distinct
// quads loaded; check, when set, is given each load's stats.
func pgBothWays(t *testing.T, u string, loads [][]quad.Quad, check func(int, graph.LoadStats)) (*graph.Store, string, int) {
	t.Helper()
	ctx := context.Background()
	kgURL, stockURL := storetest.FreshDatabase(t, u), storetest.FreshDatabase(t, u)
	kg, err := graph.Open(ctx, graph.Config{Backend: "postgres", Path: kgURL})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { kg.Close() })
	for i, in := range loads {
		if i == 0 {
			pgLoadSwapping(t, kg, kgURL, in) // built beside Cayley's tables
			continue
		}
		got, err := kg.Load(ctx, quad.NewReader(in), graph.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if check != nil {
			check(i, got)
		}
	}
	stock, err := graph.Open(ctx, graph.Config{Backend: "postgres", Path: stockURL})
	if err != nil {
		t.Fatal(err)
	}
	defer stock.Close()
	for _, in := range loads {
		if err := stockWrite(stock.QuadStore(), quad.NewReader(in)); err != nil {
			t.Fatal(err)
		}
	}
	if d := cmp.Diff(pgRows(t, stockURL), pgRows(t, kgURL)); d != "" {
		t.Errorf("tables differ (-stock Cayley +kg):\n%s", d)
	}
	if d := cmp.Diff(pgStrings(t, stockURL, pgSchema), pgStrings(t, kgURL, pgSchema)); d != "" {
		t.Errorf("indexes and keys differ (-stock Cayley +kg):\n%s", d)
	}
	if wrong := pgWrongRefs(t, kgURL); len(wrong) > 0 {
		t.Errorf("nodes whose refs are not the quad directions naming them: %q", wrong)
	}
	// kg takes the horizons of a load from the sequence at once: each
	// quad has its own, and the sequence goes on past them all, so a
	// row stock Cayley's writer adds later has a new one.
	if got := pgStrings(t, kgURL, `SELECT concat_ws('|', count(*) = count(DISTINCT horizon),
		max(horizon) <= (SELECT last_value FROM quads_horizon_seq)) FROM quads`); got[0] != "t|t" {
		t.Errorf("horizons distinct | within the sequence: %s, want t|t", got[0])
	}
	var want []string
	for _, in := range loads {
		for _, q := range in {
			want = append(want, q.String())
		}
	}
	slices.Sort(want)
	want = slices.Compact(want)
	if d := cmp.Diff(want, stockReads(t, kgURL)); d != "" {
		t.Errorf("quads stock Cayley reads (-input +stored):\n%s", d)
	}
	return kg, kgURL, len(want)
}

// stockReads returns the quads stock Cayley reads from the database at u,
// as strings, in order.
func stockReads(t *testing.T, u string) []string {
	t.Helper()
	ctx := context.Background()
	qs, err := cgraph.NewQuadStore("postgres", u, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer qs.Close()
	var got []string
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, q.String())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	return got
}

var errBadInput = errors.New("bad input")

// pgSchema lists the indexes and constraints of Cayley's tables
// (pg_get_indexdef, pg_get_constraintdef), their owners and privileges, column defaults
// and the horizon's sequence, which a load may drop or swap for a while
// but must leave as they were.
const pgSchema = `SELECT * FROM (SELECT indexdef FROM pg_indexes WHERE tablename IN ('quads', 'nodes')
	UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
	WHERE conrelid IN ('quads'::regclass, 'nodes'::regclass)
	UNION ALL SELECT concat_ws(' ', 'owner', relname, pg_get_userbyid(relowner), relacl) FROM pg_class
	WHERE oid IN ('quads'::regclass, 'nodes'::regclass)
	UNION ALL SELECT 'default ' || adrelid::regclass || '.' || attname || ' ' || pg_get_expr(adbin, adrelid)
	FROM pg_attrdef JOIN pg_attribute ON attrelid = adrelid AND attnum = adnum
	WHERE adrelid IN ('quads'::regclass, 'nodes'::regclass)
	UNION ALL SELECT 'sequence ' || pg_get_serial_sequence('quads', 'horizon')) AS defs ORDER BY 1`

// failingReader fails after a number of quads.
type failingReader struct {
	quad.Reader
	after int
}

func (r *failingReader) ReadQuad() (quad.Quad, error) {
	if r.after == 0 {
		return quad.Quad{}, errBadInput
	}
	r.after--
	return r.Reader.ReadQuad()
}

// pgRows returns the rows of Cayley's nodes and quads tables, as text, in
// order, without what differs between any two writes (horizon, ts) and
// without the nodes' reference counts: stock Cayley's writer counts the
// references of quads it was told to add even when it skips them as
// duplicates (see pgWrongRefs).
func pgRows(t *testing.T, u string) []string {
	t.Helper()
	out := pgStrings(t, u,
		`SELECT concat_ws('|', 'node', encode(hash, 'hex'), encode(value, 'hex'), value_string, datatype, language,
			iri, bnode, value_int, value_bool, value_float, value_time) FROM nodes`,
		`SELECT concat_ws('|', 'quad', encode(subject_hash, 'hex'), encode(predicate_hash, 'hex'),
			encode(object_hash, 'hex'), coalesce(encode(label_hash, 'hex'), '-'), ts IS NOT NULL) FROM quads`)
	slices.Sort(out)
	return out
}

// pgWrongRefs returns the nodes whose reference count is not the number of
// quad directions that name them.
func pgWrongRefs(t *testing.T, u string) []string {
	t.Helper()
	return pgStrings(t, u, `
		WITH dirs AS (SELECT subject_hash AS hash FROM quads UNION ALL SELECT predicate_hash FROM quads
			UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL),
		counted AS (SELECT hash, count(*) AS n FROM dirs GROUP BY hash)
		SELECT concat_ws('|', encode(nodes.hash, 'hex'), nodes.refs, counted.n)
		FROM nodes LEFT JOIN counted USING (hash) WHERE counted.n IS DISTINCT FROM nodes.refs`)
}

// pgStrings runs queries that return one string per row, in the database
// at u, and returns the rows.
func pgStrings(t *testing.T, u string, queries ...string) []string {
	t.Helper()
	db, err := sql.Open("postgres", u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out []string
	for _, q := range queries {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return out
}

// BenchmarkPostgresLoad loads the movie file (its first
// KG_BENCH_PG_QUADS quads, 50,000 by default, as stock Cayley's writer
// takes seconds per 10,000) into a fresh PostgreSQL database, with kg's COPY
// path and with Cayley's stock writer, side by side:
//
//	KG_TEST_POSTGRES=postgres://... go test ./graph -run '^$' -bench PostgresLoad -count 6 | tee pg.txt
//	benchstat -col /loader pg.txt
func BenchmarkPostgresLoad(b *testing.B) {
	u := storetest.PostgresURL(b, "benchmark the bulk path")
	n := 50_000
	if s := os.Getenv("KG_BENCH_PG_QUADS"); s != "" {
		if _, err := fmt.Sscan(s, &n); err != nil {
			b.Fatalf("KG_BENCH_PG_QUADS=%q: %v", s, err)
		}
	}
	input := readMovieQuads(b, n)
	distinct := make(map[quad.Quad]struct{}, len(input))
	for _, q := range input {
		distinct[q] = struct{}{}
	}
	want := int64(len(distinct))
	for _, mode := range []string{"kg", "stock"} {
		b.Run("loader="+mode, func(b *testing.B) {
			benchPostgresLoad(b, u, mode, func() quad.Reader { return quad.NewReader(input) }, want)
			b.ReportMetric(float64(len(input))*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

// benchPostgresLoad loads what read returns into fresh databases on the
// server at u with the loader mode names ("kg" or "stock") and checks that
// each holds want quads afterwards.
func benchPostgresLoad(b *testing.B, u, mode string, read func() quad.Reader, want int64) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := graph.Open(ctx, graph.Config{Backend: "postgres", Path: storetest.FreshDatabase(b, u)})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if mode == "kg" {
			_, err = st.Load(ctx, read(), graph.LoadOptions{})
		} else {
			err = stockWrite(st.QuadStore(), read())
		}
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		if got, err := st.Size(ctx); err != nil || got != want {
			b.Fatalf("%s stored %d quads (%v), want %d", mode, got, err, want)
		}
		st.Close()
		b.StartTimer()
	}
}

// stockWrite is Cayley's own way to write quads: quad.CopyBatch into
// graph.NewWriter over writer.NewSingle.
func stockWrite(qs cgraph.QuadStore, r quad.Reader) error {
	qw, err := writer.NewSingle(qs, cgraph.IgnoreOpts{IgnoreDup: true})
	if err != nil {
		return err
	}
	w := cgraph.NewWriter(qw)
	if _, err := quad.CopyBatch(w, r, quad.DefaultBatch); err != nil {
		return err
	}
	return w.Close()
}

// readMovieQuads reads the first n quads of the movie file.
func readMovieQuads(tb testing.TB, n int) []quad.Quad {
	tb.Helper()
	qr := storetest.ReadMovie(tb)
	var out []quad.Quad
	for len(out) < n {
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			tb.Fatal(err)
		}
		out = append(out, q)
	}
	return out
}
