package nquads

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// w3cDir is the W3C RDF 1.1 N-Quads syntax suite, under shared/.
const w3cDir = "testdata/w3c-nquads"

// Manifest vocabulary (prefixed names as manifest.ttl writes them).
const (
	mfEntries    = "mf:entries"
	mfAction     = "mf:action"
	rdfType      = "a"
	typePositive = "rdft:TestNQuadsPositiveSyntax"
	typeNegative = "rdft:TestNQuadsNegativeSyntax"
)

// w3cTest is one entry of the suite's manifest.
type w3cTest struct {
	Name     string // the test IRI without "#"
	File     string // the input file, relative to the manifest
	Positive bool
}

func TestW3CSuite(t *testing.T) {
	dir := sharedPath(t, w3cDir)
	tests := readManifest(t, filepath.Join(dir, "manifest.ttl"))
	var pos, neg int
	for _, tc := range tests {
		if tc.Positive {
			pos++
		} else {
			neg++
		}
	}
	// The suite's README states these counts.
	if pos != 53 || neg != 34 {
		t.Fatalf("manifest has %d positive and %d negative tests, want 53 and 34", pos, neg)
	}

	var golden strings.Builder
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join(dir, tc.File))
			if err != nil {
				t.Fatal(err)
			}
			qs, errs, _ := readAll(t, in, tc.File, Strict)
			fmt.Fprintf(&golden, "== %s (%s)\n", tc.Name, tc.File)
			for _, q := range qs {
				fmt.Fprintln(&golden, dumpQuad(q))
			}
			for _, e := range errs {
				fmt.Fprintf(&golden, "error %s\n", e)
			}
			_, checkErr := Check(t.Context(), strings.NewReader(string(in)), tc.File, Options{Dialect: Strict})
			if tc.Positive {
				if len(errs) > 0 || checkErr != nil {
					t.Fatalf("strict rejected a positive test: %v (Check: %v)", errs, checkErr)
				}
				// Cross-check with an independent parser: Cayley's writer
				// and reader must round-trip what we read.
				back, nerr := readCayley(writeCayley(t, qs))
				if nerr > 0 {
					t.Fatalf("Cayley could not reread our quads: %d errors", nerr)
				}
				if diff := cmp.Diff(dumpQuads(qs), dumpQuads(back)); diff != "" {
					t.Errorf("quads changed through Cayley's writer and reader (-ours +reread):\n%s", diff)
				}
				return
			}
			var se *SyntaxError
			if !errors.As(checkErr, &se) {
				t.Fatalf("Check(strict) = %v, want a *SyntaxError", checkErr)
			}
			if se.Line < 1 || se.Col < 1 || se.File != tc.File || se.Msg == "" {
				t.Errorf("syntax error %#v lacks a file, line, column or message", se)
			}
			if len(errs) == 0 {
				t.Errorf("reader with SkipInvalid reported no error")
			}
		})
	}
	compareGolden(t, filepath.Join("testdata", "w3c-strict.golden"), golden.String())
}

// compareGolden compares got with the golden file at path, or rewrites the
// file under -update.
func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("output differs from %s (-want +got); review and run go test -update if intended:\n%s", path, diff)
	}
}

// readManifest reads the suite's Turtle manifest: the entries list of the
// manifest node, and for each entry its type and its action file.
func readManifest(t *testing.T, path string) []w3cTest {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	triples, err := parseTurtle(string(src))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	props := map[string]map[string][]turtleTerm{}
	for _, tr := range triples {
		if props[tr.s] == nil {
			props[tr.s] = map[string][]turtleTerm{}
		}
		props[tr.s][tr.p] = append(props[tr.s][tr.p], tr.o)
	}
	entries := props["<>"][mfEntries]
	if len(entries) != 1 || entries[0].list == nil {
		t.Fatalf("%s: want one mf:entries list on <>, got %v", path, entries)
	}
	var tests []w3cTest
	for _, e := range entries[0].list {
		p := props[e.text]
		types, actions := p[rdfType], p[mfAction]
		if len(types) != 1 || len(actions) != 1 {
			t.Fatalf("%s: entry %s has types %v and actions %v, want one of each", path, e.text, types, actions)
		}
		tc := w3cTest{
			Name: strings.TrimSuffix(strings.TrimPrefix(e.text, "<#"), ">"),
			File: strings.TrimSuffix(strings.TrimPrefix(actions[0].text, "<"), ">"),
		}
		switch types[0].text {
		case typePositive:
			tc.Positive = true
		case typeNegative:
		default:
			t.Fatalf("%s: entry %s has unknown type %s", path, e.text, types[0].text)
		}
		tests = append(tests, tc)
	}
	return tests
}

// turtleTerm is an object in the manifest: a token (IRI in <>, prefixed
// name, or string with its quotes) or a collection.
type turtleTerm struct {
	text string
	list []turtleTerm
}

// turtleTriple is one statement of the manifest, terms as written.
type turtleTriple struct {
	s, p string
	o    turtleTerm
}

// parseTurtle reads the small subset of Turtle that the suite's manifests
// use: @prefix lines (ignored: names stay prefixed), statements with ';'
// and ',' lists, collections in (), IRIs, prefixed names, 'a', and
// single-line strings in double or single quotes.
func parseTurtle(src string) ([]turtleTriple, error) {
	toks, err := turtleTokens(src)
	if err != nil {
		return nil, err
	}
	var out []turtleTriple
	i := 0
	next := func() (string, error) {
		if i == len(toks) {
			return "", errors.New("unexpected end of manifest")
		}
		i++
		return toks[i-1], nil
	}
	var object func() (turtleTerm, error)
	object = func() (turtleTerm, error) {
		tok, err := next()
		if err != nil {
			return turtleTerm{}, err
		}
		if tok != "(" {
			return turtleTerm{text: tok}, nil
		}
		list := []turtleTerm{}
		for i < len(toks) && toks[i] != ")" {
			o, err := object()
			if err != nil {
				return turtleTerm{}, err
			}
			list = append(list, o)
		}
		if _, err := next(); err != nil {
			return turtleTerm{}, err
		}
		return turtleTerm{list: list}, nil
	}
	for i < len(toks) {
		s, _ := next()
		if s == "@prefix" {
			for i < len(toks) && toks[i] != "." {
				i++
			}
			i++
			continue
		}
	stmt:
		for {
			p, err := next()
			if err != nil {
				return nil, err
			}
			if p == "." { // trailing ';' before '.'
				break
			}
			for {
				o, err := object()
				if err != nil {
					return nil, err
				}
				out = append(out, turtleTriple{s: s, p: p, o: o})
				sep, err := next()
				if err != nil {
					return nil, err
				}
				if sep == "," {
					continue
				}
				if sep == ";" {
					break
				}
				if sep == "." {
					break stmt
				}
				return nil, fmt.Errorf("unexpected %q after object of %s %s", sep, s, p)
			}
		}
	}
	return out, nil
}

// turtleTokens splits src into tokens, dropping comments.
func turtleTokens(src string) ([]string, error) {
	var toks []string
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '<':
			j := strings.IndexByte(src[i:], '>')
			if j < 0 {
				return nil, fmt.Errorf("unterminated IRI at byte %d", i)
			}
			toks = append(toks, src[i:i+j+1])
			i += j + 1
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(src) && src[j] != c {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(src) {
				return nil, fmt.Errorf("unterminated string at byte %d", i)
			}
			toks = append(toks, src[i:j+1])
			i = j + 1
		case strings.IndexByte(";,.()", c) >= 0:
			toks = append(toks, string(c))
			i++
		default:
			j := i
			for j < len(src) && strings.IndexByte(" \t\r\n;,()<\"'", src[j]) < 0 &&
				!(src[j] == '.' && (j+1 == len(src) || strings.IndexByte(" \t\r\n", src[j+1]) >= 0)) {
				j++
			}
			toks = append(toks, src[i:j])
			i = j
		}
	}
	return toks, nil
}
