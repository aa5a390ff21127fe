package queries_test

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/gizmo"
	"github.com/kg-analyst/kg/seeds"
	"github.com/kg-analyst/kg/seeds/extract"
)

// BenchmarkGrowth runs what should cost the same at any store size on the
// seed graph alone and on the seed graph beside the 471,705-quad movie
// graph: the store's size, kg stats, a one-node Gizmo query over what
// queries run on (QueryStore), a name look-up, and rewriting the seed
// documents (kg build over a built store). Compare the two stores with
// benchstat:
//
//	go test ./queries -run '^$' -bench Growth -count 6 | tee growth.txt
//	benchstat -col /store growth.txt
func BenchmarkGrowth(b *testing.B) {
	ctx := context.Background()
	docs, err := seeds.EmbeddedDocuments()
	if err != nil {
		b.Fatal(err)
	}
	seedOnly, err := graph.Open(ctx, graph.Config{Path: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { seedOnly.Close() })
	stores := []struct {
		name string
		st   *graph.Store
	}{{"seed", seedOnly}, {"seed+movies", storetest.OpenMovie(b)}}
	for _, s := range stores {
		if _, err := write.Write(ctx, s.st, docs); err != nil {
			b.Fatal(err)
		}
	}
	ops := []struct {
		name string
		run  func(*graph.Store) error
	}{
		{"size", func(st *graph.Store) error { _, err := st.Size(ctx); return err }},
		{"stats", func(st *graph.Store) error { _, err := queries.Summarize(ctx, st.QuadStore()); return err }},
		{"query-one-node", func(st *graph.Store) error {
			qs, err := st.QueryStore(ctx, 0)
			if err == nil {
				_, err = gizmo.Run(ctx, qs, `g.V("<id:quds-force>").All()`, gizmo.Options{})
			}
			return err
		}},
		{"resolve", func(st *graph.Store) error { _, err := queries.Resolve(ctx, st.QuadStore(), "Soleimani"); return err }},
		{"rewrite-seeds", func(st *graph.Store) error { _, err := write.Write(ctx, st, docs); return err }},
	}
	for _, op := range ops {
		for _, s := range stores {
			b.Run("op="+op.name+"/store="+s.name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if err := op.run(s.st); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkBuild runs kg build over a fresh store and over a store that
// holds the movie graph and not yet the seeds (a copy of one, made and
// synced before each run, untimed): the same quads written both times, so
// that only the store's size differs. how=kg-build times the command as a
// user runs it (a new process: seeds, extraction, store, write);
// how=write times write.Write of the same documents into the open store
// alone. Compare the two stores with benchstat:
//
//	go test ./queries -run '^$' -bench '^BenchmarkBuild$' -benchtime 5x -count 4 | tee build.txt
//	benchstat -col /store build.txt
func BenchmarkBuild(b *testing.B) {
	ctx := context.Background()
	set, err := seeds.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	docs, err := extract.SeedDocuments(ctx, set)
	if err != nil {
		b.Fatal(err)
	}
	kg := buildKG(b)
	movies := b.TempDir()
	st, err := graph.Open(ctx, graph.Config{Path: movies})
	if err != nil {
		b.Fatal(err)
	}
	_, err = st.Load(ctx, storetest.ReadMovie(b), graph.LoadOptions{})
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		b.Fatal(err)
	}
	builds := map[string]func(b *testing.B, dir string){
		"kg-build": func(b *testing.B, dir string) {
			if out, err := exec.Command(kg, "build", "--db", dir).CombinedOutput(); err != nil {
				b.Fatalf("kg build: %v\n%s", err, out)
			}
		},
		"write": func(b *testing.B, dir string) {
			b.StopTimer()
			st, err := graph.Open(ctx, graph.Config{Path: dir})
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			ch, err := write.Write(ctx, st, docs)
			b.StopTimer()
			if err != nil || ch.Added == 0 || ch.Removed != 0 {
				b.Fatalf("build: %+v, %v; want quads added and none removed", ch, err)
			}
			if err := st.Close(); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		},
	}
	for _, how := range []string{"kg-build", "write"} {
		for _, store := range []struct{ name, from string }{{"fresh", ""}, {"movies", movies}} {
			b.Run("how="+how+"/store="+store.name, func(b *testing.B) {
				for range b.N {
					b.StopTimer()
					dir := b.TempDir()
					if store.from != "" {
						copyFiles(b, store.from, dir)
					}
					b.StartTimer()
					builds[how](b, dir)
				}
			})
		}
	}
}

// copyFiles copies the regular files of directory from into directory to.
func copyFiles(tb testing.TB, from, to string) {
	tb.Helper()
	entries, err := os.ReadDir(from)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		if err := copyFile(filepath.Join(from, e.Name()), filepath.Join(to, e.Name())); err != nil {
			tb.Fatal(err)
		}
	}
}

// copyFile copies the file at from to a new file at to.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync() // or the build's own sync would write the copy out
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}
