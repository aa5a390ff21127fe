package queries_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/export"
	"github.com/kg-analyst/kg/queries/gizmo"
)

// Entities of the movie graph: two actors of The Three Stooges' shorts,
// four hops apart (actor, performance, film, performance, actor).
const (
	larryFine       = "/en/larry_fine_1902"
	symonaBoniface  = "/en/symona_boniface"
	gizmoLinksDepth = `g.V("<` + larryFine + `>").Tag("n0").Both(null, "p1").Tag("n1").Both(null, "p2").Tag("n2").All()`
	gizmoPaths4     = `g.V("<` + larryFine + `>").Both().Both().Both().Both().Is("<` + symonaBoniface + `>").All()`
)

// BenchmarkMovie runs kg's queries on the movie graph, each beside the
// nearest thing Cayley offers: Links at depth 2 beside a Gizmo chain of two
// tagged both() steps (the statements two hops out; followRecursive over
// both() finds nothing here), Paths of up to 4 hops (10 paths) beside a
// chain of four both() steps ending on the other entity, limited to 10
// results, and the export of the whole graph (streamed, as `kg export`
// does) beside Cayley's dump loop. Compare with benchstat:
//
//	go test ./queries -run '^$' -bench Movie -count 6 | tee movie.txt
//	benchstat -col /impl movie.txt
func BenchmarkMovie(b *testing.B) {
	st := storetest.OpenMovie(b)
	ctx := context.Background()
	qs := st.QuadStore()
	gz := func(src string, limit int) func(b *testing.B) { return gizmoBench(ctx, qs, src, limit) }
	b.Run("query=links-depth2/impl=kg", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			links, err := queries.Links(ctx, qs, quad.IRI(larryFine), queries.LinkOptions{Depth: 2})
			if err != nil || len(links) == 0 {
				b.Fatalf("links: %d, %v", len(links), err)
			}
		}
	})
	b.Run("query=links-depth2/impl=gizmo", gz(gizmoLinksDepth, -1))
	b.Run("query=paths-4/impl=kg", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			paths, err := queries.Paths(ctx, qs, quad.IRI(larryFine), quad.IRI(symonaBoniface), queries.PathOptions{MaxHops: 4})
			if err != nil || len(paths) == 0 {
				b.Fatalf("paths: %d, %v", len(paths), err)
			}
		}
	})
	b.Run("query=paths-4/impl=gizmo", gz(gizmoPaths4, 10)) // kg's default limit
	b.Run("query=export/impl=kg", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			n, err := export.WriteWholeNQuads(ctx, io.Discard, st.ScanQuadStore())
			if err != nil || n != storetest.MovieQuads {
				b.Fatalf("exported %d quads, want %d: %v", n, storetest.MovieQuads, err)
			}
		}
	})
	b.Run("query=export/impl=stock", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if n, err := stockDump(ctx, qs, io.Discard); err != nil || n != storetest.MovieQuads {
				b.Fatalf("dumped %d quads (%v), want %d", n, err, storetest.MovieQuads)
			}
		}
	})
}

// gizmoBench runs the Gizmo query src, limited to limit rows, as a
// benchmark that fails when it finds nothing.
func gizmoBench(ctx context.Context, qs cgraph.QuadStore, src string, limit int) func(b *testing.B) {
	return func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			res, err := gizmo.Run(ctx, qs, src, gizmo.Options{Limit: limit, Timeout: -1})
			if err != nil || len(res.Rows) == 0 {
				b.Fatalf("gizmo: %v rows, %v", res, err)
			}
		}
	}
}

// stockDump is cayley dump: every quad of the store through Cayley's
// N-Quads writer to out. It returns how many quads it wrote.
func stockDump(ctx context.Context, qs cgraph.QuadStore, out io.Writer) (int, error) {
	w := cnquads.NewWriter(out) // buffered
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return n, err
		}
		if err := w.WriteQuad(q); err != nil {
			return n, err
		}
		n++
	}
	if err := it.Err(); err != nil {
		return n, err
	}
	return n, w.Close()
}

// BenchmarkColdStart runs `kg links ENTITY` on the seed graph as a new
// process each time, beside a process that opens the same store the way
// Cayley does and asks Gizmo for the entity's statements one hop out.
func BenchmarkColdStart(b *testing.B) {
	ctx := context.Background()
	kg := buildKG(b)
	db := filepath.Join(b.TempDir(), "kg.db")
	if out, err := exec.Command(kg, "build", "--db", db).CombinedOutput(); err != nil {
		b.Fatalf("kg build: %v\n%s", err, out)
	}
	st, err := graph.Open(ctx, graph.Config{Path: db})
	if err != nil {
		b.Fatal(err)
	}
	ents, err := queries.Entities(ctx, st.QuadStore())
	st.Close()
	if err != nil || len(ents) == 0 {
		b.Fatalf("entities: %d, %v", len(ents), err)
	}
	ent := ents[0]
	b.Run("impl=kg", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if out, err := exec.Command(kg, "links", "--db", db, ent.IRI).CombinedOutput(); err != nil {
				b.Fatalf("kg links: %v\n%s", err, out)
			}
		}
	})
	b.Run("impl=gizmo", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if rows, err := gizmoChild(ent.IRI, db); err != nil || rows == 0 {
				b.Fatalf("gizmo child: %d rows, %v", rows, err)
			}
		}
	})
}

// buildKG builds the kg command into a temporary directory and returns its
// path.
func buildKG(b *testing.B) string {
	b.Helper()
	kg := filepath.Join(b.TempDir(), "kg")
	if out, err := exec.Command("go", "build", "-o", kg, "../cmd/kg").CombinedOutput(); err != nil {
		b.Fatalf("build kg: %v\n%s", err, out)
	}
	return kg
}

// envGizmoChild, set to "IRI DIR", makes the test binary the stock
// counterpart of `kg links` starting cold (see runGizmoChild).
const envGizmoChild = "KG_QUERIES_TEST_GIZMO_CHILD"

func TestMain(m *testing.M) {
	if job := os.Getenv(envGizmoChild); job != "" {
		iri, dir, _ := strings.Cut(job, " ")
		if err := runGizmoChild(context.Background(), iri, dir); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// gizmoChild runs runGizmoChild in a new process and returns how many rows
// it found.
func gizmoChild(iri, dir string) (int, error) {
	exe, err := os.Executable()
	if err != nil {
		return 0, err
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), envGizmoChild+"="+iri+" "+dir)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return 0, fmt.Errorf("%w: %s", err, stderr.String())
	}
	var rows int
	_, err = fmt.Sscan(string(out), &rows)
	return rows, err
}

// runGizmoChild opens the bolt store in dir as Cayley does and asks Gizmo
// about the entity with IRI iri: its statements one hop out. It prints how
// many rows Gizmo found.
func runGizmoChild(ctx context.Context, iri, dir string) error {
	qs, err := cgraph.NewQuadStore("bolt", dir, nil)
	if err != nil {
		return err
	}
	defer qs.Close()
	src := fmt.Sprintf(`g.V("<%s>").Tag("n0").Both(null, "p1").Tag("n1").All()`, iri)
	r, err := gizmo.Run(ctx, qs, src, gizmo.Options{})
	if err != nil {
		return err
	}
	_, err = fmt.Println(len(r.Rows))
	return err
}
