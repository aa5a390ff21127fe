package nquads

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"
)

// sharedDir is the project's shared/ folder, beside the repository's
// checkout, seen from this package's directory.
const sharedDir = "../../../shared"

// sharedPath returns the path of rel under shared/, skipping the test with
// a clear message if it is absent.
func sharedPath(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(sharedDir, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared test data %s not found beside the repository (%v); clone the project next to shared/ to run this test", p, err)
	}
	return p
}

// dumpValue renders v with its Go type, unambiguously and on one line.
func dumpValue(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return "nil"
	case quad.IRI:
		return fmt.Sprintf("IRI(%q)", string(v))
	case quad.BNode:
		return fmt.Sprintf("BNode(%q)", string(v))
	case quad.String:
		return fmt.Sprintf("String(%q)", string(v))
	case quad.LangString:
		return fmt.Sprintf("LangString(%q, %q)", string(v.Value), v.Lang)
	case quad.TypedString:
		return fmt.Sprintf("TypedString(%q, %q)", string(v.Value), string(v.Type))
	case quad.Time:
		// To the second, as Cayley writes and compares times.
		return fmt.Sprintf("Time(%s)", time.Time(v).UTC().Format(time.RFC3339))
	}
	return fmt.Sprintf("%T(%#v)", v, v)
}

// dumpQuad renders q as one line of dumpValue terms.
func dumpQuad(q quad.Quad) string {
	return dumpValue(q.Subject) + " " + dumpValue(q.Predicate) + " " + dumpValue(q.Object) + " " + dumpValue(q.Label)
}

// dumpQuads renders qs for comparison with cmp.Diff.
func dumpQuads(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = dumpQuad(q)
	}
	return out
}

// readAll reads in (named name) with our Reader and SkipInvalid, returning
// the quads, the syntax errors in order, and the reader's Stats. It reads
// the Cayley dialect leniently, as Cayley's own reader does, which the
// tests compare it with.
func readAll(tb testing.TB, in []byte, name string, d Dialect) ([]quad.Quad, []*SyntaxError, Stats) {
	tb.Helper()
	var errs []*SyntaxError
	r := NewReader(bytes.NewReader(in), name, Options{
		Dialect:     d,
		Lenient:     true,
		SkipInvalid: true,
		OnInvalid:   func(e *SyntaxError) { errs = append(errs, e) },
	})
	defer r.Close()
	var qs []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			tb.Fatalf("ReadQuad: unexpected error %v", err)
		}
		qs = append(qs, q)
	}
	st := r.Stats()
	if st.Quads != len(qs) || st.Invalid != len(errs) {
		tb.Fatalf("Stats() = %+v, but read %d quads and %d errors", st, len(qs), len(errs))
	}
	return qs, errs, st
}

// readCayley reads in with Cayley's own reader, going on after errors as
// it allows, and returns the quads and how many errors (or panics) it hit.
func readCayley(in []byte) (qs []quad.Quad, nerr int) {
	r := cnquads.NewReader(bytes.NewReader(in), false)
	for {
		q, err, panicked := readCayleyQuad(r)
		switch {
		case panicked:
			// Cayley's reader has consumed the line; go on as after an error.
			nerr++
			continue
		case errors.Is(err, io.EOF):
			return qs, nerr
		case err != nil:
			nerr++
			continue
		}
		qs = append(qs, q)
	}
}

// readCayleyQuad calls r.ReadQuad, recovering from its panics.
func readCayleyQuad(r *cnquads.Reader) (q quad.Quad, err error, panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	q, err = r.ReadQuad()
	return q, err, false
}

// writeCayley serialises qs with Cayley's N-Quads writer.
func writeCayley(tb testing.TB, qs []quad.Quad) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w := cnquads.NewWriter(&buf)
	if _, err := w.WriteQuads(qs); err != nil {
		tb.Fatalf("Cayley writer: %v", err)
	}
	if err := w.Close(); err != nil {
		tb.Fatalf("Cayley writer: %v", err)
	}
	return buf.Bytes()
}

// writerLossy says why Cayley's writer cannot write qs so that they read
// back the same, or returns "" if it can. Two cases are known: IRIs holding
// U+007F, which the W3C grammar allows but Cayley's parser rejects, and
// times whose UTC year is outside 0..9999, which Cayley writes in a form
// that does not parse back as a time.
func writerLossy(qs []quad.Quad) string {
	for _, q := range qs {
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			var s string
			switch v := v.(type) {
			case quad.IRI:
				s = string(v)
			case quad.TypedString:
				s = string(v.Type)
			case quad.Time:
				if y := time.Time(v).UTC().Year(); y < 0 || y > 9999 {
					return "time out of range"
				}
			}
			if strings.IndexByte(s, 0x7F) >= 0 {
				return "DEL in IRI"
			}
		}
	}
	return ""
}
