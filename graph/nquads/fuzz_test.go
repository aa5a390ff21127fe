package nquads

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fuzzSeeds adds small inputs that reach every part of both grammars, and
// the W3C suite's files and Cayley's test graph when shared/ is present.
func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"",
		"# comment\n\n",
		"<http://a/s> <http://a/p> <http://a/o> .\n",
		"<http://a/s> <http://a/p> <http://a/o> <http://a/g> . # c\n",
		"_:s <http://a/p> \"o\"@en-GB _:g .\r\n",
		"<http://a/s><http://a/p>\"o\"^^<http://www.w3.org/2001/XMLSchema#integer>.",
		"<http://a/s> <http://a/p> \"1.5\"^^<http://www.w3.org/2001/XMLSchema#double> .\r<http://a/s> <http://a/p> \"2020-01-02T03:04:05.5+01:00\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .",
		`<http://a/\u00E9> <http://a/p> "\t\b\n\r\f\"\'\\\u0041\U0001F600" .`,
		"_:a.b <http://a/p> _:c-d\u00b7 .",
		"<alice> <follows> <bob> .\n<bob> <status> \"cool_person\" <g> .\n",
		"alice follows 42 .\n",
		"<a> <b> <c> .# x\n",
		"<> <b> <c> .\n",
		`<a> <b> "\UFFFFFFFF" .`,
		"<a> <b> \"x\x7f\" <x\x7f> .",
		"\u00a0<a> <b> <c> .\u2028\n",
		"<a> <b> \"x\xff\" .\n",
		`<a> <b> "x"^^<a\u0041> .`,
		"@prefix : <http://a/> .\n",
		// Shapes near the edges of the plain lines fastParser takes.
		"<a> <b> <c>.\n<a> <b> <c>.x .\n<a> <b> <c> . #c\n<a> <b> <c> . .\n",
		"_:o <b> _:o.\n_:a.b <b> _:c- .\n_:: <b> _:1 _:g .\n<a> _:p <c> .\n",
		"\"\" \"\" \"\" \"\" .\n<a> <b> \"x\"@en-.\n<a> <b> \"x\"@en-GB-1 .\n<a> <b> \"x\"@1 .\n",
		"<a^b> <c> <d> .\n<a>\t<b>\t\"tab\there\" <g>.\n<a> <b> \"é\" <é> .\n<a><b> <c> .\n",
	} {
		f.Add([]byte(s))
	}
	for _, dir := range []string{filepath.Join(sharedDir, w3cDir), filepath.Join(sharedDir, "testdata/cayley-gizmo")} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.nq"))
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil {
				f.Add(b)
			}
		}
	}
}

// checkPositions checks that every error points into the input and that
// the counts add up.
func checkPositions(t *testing.T, data []byte, st Stats, nquads int, errs []*SyntaxError) {
	t.Helper()
	lines := bytes.Split(data, []byte("\n"))
	if len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	if st.Lines != len(lines) || st.Quads != nquads || st.Invalid != len(errs) {
		t.Fatalf("Stats %+v; want %d lines, %d quads, %d invalid", st, len(lines), nquads, len(errs))
	}
	prev := 0
	for _, e := range errs {
		if e.Line < 1 || e.Line > len(lines) || e.Line < prev {
			t.Fatalf("%v: line out of range 1..%d or out of order", e, len(lines))
		}
		if e.Col < 1 || e.Col > len(lines[e.Line-1])+1 {
			t.Fatalf("%v: column out of range 1..%d", e, len(lines[e.Line-1])+1)
		}
		if e.Msg == "" {
			t.Fatalf("%v: no message", e)
		}
		prev = e.Line
	}
}

// FuzzStrict reads arbitrary input in the Strict dialect. It must not
// panic, errors must point into the input, and whatever Strict accepts
// must survive Cayley's writer: read back by Strict and by the Cayley
// dialect it gives the same quads (save where Cayley's writer is known to
// be lossy, see writerLossy).
func FuzzStrict(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		qs, errs, st := readAll(t, data, "f.nq", Strict)
		checkPositions(t, data, st, len(qs), errs)

		if writerLossy(qs) != "" {
			return
		}
		out := writeCayley(t, qs)
		back, backErrs, _ := readAll(t, out, "out.nq", Strict)
		if len(backErrs) > 0 {
			t.Fatalf("strict rejects Cayley's writing of its own quads: %v\n%q", backErrs[0], out)
		}
		if diff := cmp.Diff(dumpQuads(qs), dumpQuads(back)); diff != "" {
			t.Fatalf("strict quads changed through Cayley's writer (-before +after):\n%s", diff)
		}
		viaCayley, cErrs, _ := readAll(t, out, "out.nq", Cayley)
		if len(cErrs) > 0 {
			t.Fatalf("Cayley dialect rejects what strict accepted: %v\n%q", cErrs[0], out)
		}
		if diff := cmp.Diff(dumpQuads(qs), dumpQuads(viaCayley)); diff != "" {
			t.Fatalf("Cayley dialect reads strict's quads differently (-strict +cayley):\n%s", diff)
		}
	})
}

// FuzzCayley reads arbitrary input in the Cayley dialect. It must not
// panic, errors must point into the input, it must yield exactly the quads
// Cayley's own reader yields, and those quads must survive Cayley's writer
// and a second reading (save where the writer is known to be lossy).
func FuzzCayley(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		qs, errs, st := readAll(t, data, "f.nq", Cayley)
		checkPositions(t, data, st, len(qs), errs)

		// Our reading of Cayley's grammar, which words the messages, must
		// find a problem wherever Cayley's parser does.
		for _, line := range bytes.Split(data, []byte("\n")) {
			text := bytes.TrimSpace(line)
			if len(text) == 0 || text[0] == '#' {
				continue
			}
			if _, err := parseCayley(string(text)); err != nil {
				if _, _, msg := cayleyScan(text); msg == "" {
					t.Fatalf("Cayley rejects %q (%v) but cayleyScan finds nothing wrong", text, err)
				}
			}
		}

		want, nerr := readCayley(data)
		if diff := cmp.Diff(dumpQuads(want), dumpQuads(qs)); diff != "" {
			t.Fatalf("quads differ from Cayley's reader (-cayley +ours):\n%s", diff)
		}
		// We also reject the quads with an empty IRI that Cayley drops.
		if len(errs) < nerr {
			t.Fatalf("%d syntax errors, but Cayley's reader failed %d times", len(errs), nerr)
		}

		if writerLossy(qs) != "" {
			return
		}
		out := writeCayley(t, qs)
		back, backErrs, _ := readAll(t, out, "out.nq", Cayley)
		if len(backErrs) > 0 {
			t.Fatalf("Cayley dialect rejects Cayley's writing of its quads: %v\n%q", backErrs[0], out)
		}
		if diff := cmp.Diff(dumpQuads(qs), dumpQuads(back)); diff != "" {
			t.Fatalf("quads changed through Cayley's writer (-before +after):\n%s", diff)
		}
	})
}
