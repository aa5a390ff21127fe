package graph_test

import (
	"bufio"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/nquads"
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

// openMovie loads the movie file into a new bolt store.
func openMovie(b *testing.B) *graph.Store {
	b.Helper()
	name := dataFile(b, movieFile)
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Path: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	f, err := os.Open(name)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	r, err := nquads.Decompress(f, name)
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	if _, err := st.Load(ctx, nquads.NewReader(r, name, nquads.Options{}), graph.LoadOptions{}); err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkMovie runs kg's queries on the movie graph, each beside the
// nearest thing Cayley offers: Links at depth 2 beside a Gizmo chain of two
// tagged both() steps (the statements two hops out; followRecursive over
// both() finds nothing here), Paths of up to 4 hops (10 paths) beside a
// chain of four both() steps ending on the other entity, limited to 10
// results, and the export of the whole graph beside Cayley's dump loop. Compare with benchstat:
//
//	go test ./graph -run '^$' -bench Movie -count 6 | tee movie.txt
//	benchstat -col /impl movie.txt
func BenchmarkMovie(b *testing.B) {
	st := openMovie(b)
	ctx := context.Background()
	qs := st.QuadStore()
	gz := func(src string, limit int) func(b *testing.B) {
		return func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				res, err := gizmo.Run(ctx, qs, src, gizmo.Options{Limit: limit, Timeout: -1})
				if err != nil || len(res.Rows) == 0 {
					b.Fatalf("gizmo: %v rows, %v", res, err)
				}
			}
		}
	}
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
			all, err := export.Select(ctx, qs, export.Options{})
			if err != nil {
				b.Fatal(err)
			}
			if err := export.WriteNQuads(io.Discard, all); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("query=export/impl=stock", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			// cayley dump: every quad of the store through the N-Quads writer.
			bw := bufio.NewWriter(io.Discard)
			w := cnquads.NewWriter(bw)
			it := qs.QuadsAllIterator().Iterate()
			n := 0
			for it.Next(ctx) {
				q, err := qs.Quad(it.Result())
				if err != nil {
					b.Fatal(err)
				}
				if err := w.WriteQuad(q); err != nil {
					b.Fatal(err)
				}
				n++
			}
			if err := it.Err(); err != nil {
				b.Fatal(err)
			}
			it.Close()
			bw.Flush()
			if n != wantMovieQuads {
				b.Fatalf("dumped %d quads, want %d", n, wantMovieQuads)
			}
		}
	})
}

// BenchmarkColdStart runs `kg links ENTITY` on the seed graph as a new
// process each time, beside a process that opens the same store the way
// Cayley does and asks Gizmo for the entity's statements one hop out.
func BenchmarkColdStart(b *testing.B) {
	ctx := context.Background()
	tmp := b.TempDir()
	kg := filepath.Join(tmp, "kg")
	if out, err := exec.Command("go", "build", "-o", kg, "../cmd/kg").CombinedOutput(); err != nil {
		b.Fatalf("build kg: %v\n%s", err, out)
	}
	db := filepath.Join(tmp, "kg.db")
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
			c := newChild(b, "gizmo-links", ent.IRI, db)
			c.cmd.Env = append(c.cmd.Env, envChildFile+"="+ent.IRI) // an IRI, not a file
			if err := c.cmd.Start(); err != nil {
				b.Fatal(err)
			}
			res, _, err := c.result()
			if err != nil || res.Size == 0 {
				b.Fatalf("gizmo child: %d rows, %v", res.Size, err)
			}
		}
	})
}
