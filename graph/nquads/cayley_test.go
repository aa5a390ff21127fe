package nquads

import (
	"bytes"
	"errors"
	"io"
	"os"
	"testing"

	cnquads "github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"
)

// TestCayleyTestdata loads Cayley's own test graph (data/testdata.nq, as
// copied under shared/) and expects exactly the quads Cayley's reader gives.
func TestCayleyTestdata(t *testing.T) {
	in, err := os.ReadFile(sharedPath(t, "testdata/cayley-gizmo/testdata.nq"))
	if err != nil {
		t.Fatal(err)
	}
	want, nerr := readCayley(in)
	if nerr != 0 || len(want) == 0 {
		t.Fatalf("Cayley's reader: %d quads, %d errors; want quads and no errors", len(want), nerr)
	}
	got, errs, _ := readAll(t, in, "testdata.nq", Cayley)
	if len(errs) > 0 {
		t.Fatalf("syntax errors: %v", errs)
	}
	if diff := cmp.Diff(dumpQuads(want), dumpQuads(got)); diff != "" {
		t.Errorf("quads differ from Cayley's reader (-cayley +ours):\n%s", diff)
	}

	// The file uses relative IRIs throughout, so Strict rejects every
	// statement.
	st, err := Check(t.Context(), bytes.NewReader(in), "testdata.nq", Options{Dialect: Strict, SkipInvalid: true})
	var list ErrorList
	if !errors.As(err, &list) || st.Quads != 0 || st.Invalid != len(want) {
		t.Errorf("strict Check = %+v, %v; want every statement rejected", st, err)
	}
}

// TestCayleyMovies reads the 30k-movie data set with our Cayley dialect and
// with Cayley's reader side by side and expects the same quads.
func TestCayleyMovies(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 471,705 quads twice; skipped with -short")
	}
	in := movieData(t)
	ours := NewReader(bytes.NewReader(in), "30kmoviedata.nq", Options{})
	theirs := cnquads.NewReader(bytes.NewReader(in), false)
	n := 0
	for {
		want, werr := theirs.ReadQuad()
		got, gerr := ours.ReadQuad()
		if errors.Is(werr, io.EOF) && errors.Is(gerr, io.EOF) {
			break
		}
		if werr != nil || gerr != nil {
			t.Fatalf("quad %d: Cayley error %v, our error %v", n+1, werr, gerr)
		}
		if want != got && dumpQuad(want) != dumpQuad(got) {
			t.Fatalf("quad %d (line %d):\n cayley %s\n ours   %s", n+1, ours.Line(), dumpQuad(want), dumpQuad(got))
		}
		n++
	}
	if want := (Stats{Lines: n, Quads: n}); ours.Stats() != want || n != 471705 {
		t.Errorf("read %d quads, Stats %+v; want 471705 quads on as many lines", n, ours.Stats())
	}
}

// movieData returns the decompressed 30k-movie data set from shared/,
// skipping when it is absent.
func movieData(tb testing.TB) []byte {
	tb.Helper()
	path := sharedPath(tb, "data/30kmoviedata.nq.gz")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rc, err := Decompress(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	defer rc.Close()
	in, err := io.ReadAll(rc)
	if err != nil {
		tb.Fatal(err)
	}
	return in
}

// TestStrictMovies reads the 30k-movie data set, its IRIs made absolute,
// with both dialects and expects the same quads: on text both accept they
// build the same values.
func TestStrictMovies(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 471,705 quads twice; skipped with -short")
	}
	in := bytes.ReplaceAll(movieData(t), []byte("<"), []byte("<http://x/"))
	strict := NewReader(bytes.NewReader(in), "abs.nq", Options{Dialect: Strict})
	cayley := NewReader(bytes.NewReader(in), "abs.nq", Options{Dialect: Cayley})
	for n := 1; ; n++ {
		want, werr := cayley.ReadQuad()
		got, gerr := strict.ReadQuad()
		if errors.Is(werr, io.EOF) && errors.Is(gerr, io.EOF) {
			break
		}
		if werr != nil || gerr != nil {
			t.Fatalf("quad %d: Cayley dialect error %v, strict error %v", n, werr, gerr)
		}
		if want != got && dumpQuad(want) != dumpQuad(got) {
			t.Fatalf("quad %d (line %d):\n cayley %s\n strict %s", n, strict.Line(), dumpQuad(want), dumpQuad(got))
		}
	}
	if st := strict.Stats(); st.Quads != 471705 || st.Invalid != 0 {
		t.Errorf("strict Stats = %+v, want 471705 quads", st)
	}
}
