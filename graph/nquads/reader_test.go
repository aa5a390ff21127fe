package nquads

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

func TestReadQuads(t *testing.T) {
	const xsd = "http://www.w3.org/2001/XMLSchema#"
	tests := []struct {
		name    string
		dialect Dialect
		in      string
		want    []string
	}{
		{"strict/triple", Strict, "<http://a/s> <http://a/p> <http://a/o> .\n",
			[]string{`IRI("http://a/s") IRI("http://a/p") IRI("http://a/o") nil`}},
		{"strict/quad with tabs", Strict, "\t<http://a/s>\t<http://a/p>\t_:o\t<http://a/g>\t.\t# c\n",
			[]string{`IRI("http://a/s") IRI("http://a/p") BNode("o") IRI("http://a/g")`}},
		{"strict/no final newline", Strict, "_:s <http://a/p> \"o\" .",
			[]string{`BNode("s") IRI("http://a/p") String("o") nil`}},
		{"strict/CRLF", Strict, "_:a <http://a/p> _:b .\r\n_:b <http://a/p> _:c .\r\n",
			[]string{`BNode("a") IRI("http://a/p") BNode("b") nil`, `BNode("b") IRI("http://a/p") BNode("c") nil`}},
		{"strict/CR alone ends a statement", Strict, "_:a <http://a/p> _:b .\r_:b <http://a/p> _:c .",
			[]string{`BNode("a") IRI("http://a/p") BNode("b") nil`, `BNode("b") IRI("http://a/p") BNode("c") nil`}},
		{"strict/blank and comment lines", Strict, "\n# x\n   \n\t# y\n",
			nil},
		{"strict/typed literals become native values as in Cayley", Strict,
			`_:s <http://a/p> "42"^^<` + xsd + `integer> .` + "\n" +
				`_:s <http://a/p> "true"^^<` + xsd + `boolean> .` + "\n" +
				`_:s <http://a/p> "x"^^<` + xsd + `integer> .` + "\n",
			[]string{
				`BNode("s") IRI("http://a/p") quad.Int(42) nil`,
				`BNode("s") IRI("http://a/p") quad.Bool(true) nil`,
				`BNode("s") IRI("http://a/p") TypedString("x", "` + xsd + `integer") nil`,
			}},
		{"strict/escapes", Strict, `<http://a/\u00E9> <http://a/p> "\t\"\\\U0001F600" .`,
			[]string{`IRI("http://a/é") IRI("http://a/p") String("\t\"\\😀") nil`}},
		{"strict/bnode label with dots and minimal whitespace", Strict, "_:a.b<http://a/p>_:c.d.",
			[]string{`BNode("a.b") IRI("http://a/p") BNode("c.d") nil`}},
		{"strict/lang tag followed by bnode graph", Strict, `<http://a/s> <http://a/p> "x"@en-GB_:g.`,
			[]string{`IRI("http://a/s") IRI("http://a/p") LangString("x", "en-GB") BNode("g")`}},
		{"cayley/relative IRIs", Cayley, "<alice> <follows> <bob> .\n<bob> <status> \"cool_person\" <g> .\n",
			[]string{`IRI("alice") IRI("follows") IRI("bob") nil`, `IRI("bob") IRI("status") String("cool_person") IRI("g")`}},
		{"cayley/bare words", Cayley, "alice follows 42 .",
			[]string{`String("alice") String("follows") String("42") nil`}},
		{"cayley/IRI escapes kept as written", Cayley, `<a\u0041> <p> <o> .`,
			[]string{`IRI("a\\u0041") IRI("p") IRI("o") nil`}},
		{"cayley/Unicode space trimmed", Cayley, "\u00a0 <a> <p> <o> . \u00a0\r\n",
			[]string{`IRI("a") IRI("p") IRI("o") nil`}},
		{"cayley/quirk kept: '.#' then a spaced comment reads as graph label", Cayley, "<a> <b> <c> .# note\n<a> <b> <c> .#note\n",
			[]string{`IRI("a") IRI("b") IRI("c") String(".#")`, `IRI("a") IRI("b") IRI("c") nil`}},
		{"cayley/typed literal", Cayley, `<a> <p> "7"^^<` + xsd + `integer> .`,
			[]string{`IRI("a") IRI("p") quad.Int(7) nil`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs, errs, _ := readAll(t, []byte(tc.in), "t.nq", tc.dialect)
			if len(errs) > 0 {
				t.Fatalf("unexpected syntax errors: %v", errs)
			}
			if diff := cmp.Diff(tc.want, dumpQuads(qs), cmpEmpty); diff != "" {
				t.Errorf("quads (-want +got):\n%s", diff)
			}
		})
	}
}

// cmpEmpty treats nil and empty slices alike.
var cmpEmpty = cmp.Transformer("nonNil", func(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
})

func TestSyntaxErrors(t *testing.T) {
	ok := "<http://a/s> <http://a/p> <http://a/o> .\n"
	tests := []struct {
		name    string
		dialect Dialect
		in      string
		want    string // the error's text, file "t.nq"
	}{
		{"strict/relative IRI", Strict, "<alice> <knows> <bob> .",
			"t.nq:1:1: relative IRI <alice> not allowed in strict mode"},
		{"strict/unterminated string", Strict, `<http://a/s> <http://a/p> "abc .`,
			`t.nq:1:27: unterminated string literal: missing closing '"'`},
		{"strict/literal graph label", Strict, `<http://a/s> <http://a/p> "o" "g" .`,
			"t.nq:1:31: a literal cannot be a graph label"},
		{"strict/literal subject", Strict, `"s" <http://a/p> <http://a/o> .`,
			"t.nq:1:1: a literal cannot be a subject"},
		{"strict/literal predicate", Strict, `<http://a/s> "p" <http://a/o> .`,
			"t.nq:1:14: a literal cannot be a predicate"},
		{"strict/blank node predicate", Strict, `<http://a/s> _:p <http://a/o> .`,
			"t.nq:1:14: a blank node cannot be a predicate"},
		{"strict/bare word", Strict, `<http://a/s> <http://a/p> true .`,
			`t.nq:1:27: unexpected "true": expected an IRI <...>, a blank node _:label or a literal "..."`},
		{"strict/missing dot", Strict, `<http://a/s> <http://a/p> <http://a/o>`,
			"t.nq:1:39: missing '.' at end of statement"},
		{"strict/missing object", Strict, `<http://a/s> <http://a/p> .`,
			"t.nq:1:27: missing object before '.'"},
		{"strict/ends early", Strict, `<http://a/s>`,
			"t.nq:1:13: missing predicate: the statement ends early"},
		{"strict/comment before dot", Strict, `<http://a/s> <http://a/p> <http://a/o> # c`,
			"t.nq:1:40: missing '.' before comment"},
		{"strict/two statements on a line", Strict, `_:a <http://a/p> _:b . _:c <http://a/p> _:d .`,
			"t.nq:1:24: unexpected '_' after '.': only one statement per line"},
		{"strict/unterminated IRI", Strict, `<http://a/s> <http://a/p .`,
			"t.nq:1:14: unterminated IRI: missing '>'"},
		{"strict/IRI escape to forbidden char", Strict, `<http://a/\u0020> <http://a/p> _:o .`,
			`t.nq:1:11: escape \u0020 stands for space, which IRIs cannot contain`},
		{"strict/surrogate escape", Strict, `_:s <http://a/p> "\uD800" .`,
			`t.nq:1:19: escape \uD800 is not a Unicode character`},
		{"strict/escape past Unicode", Strict, `_:s <http://a/p> "\U00110000" .`,
			`t.nq:1:19: escape \U00110000 is not a Unicode character`},
		{"strict/empty subtag", Strict, `_:s <http://a/p> "x"@en- .`,
			"t.nq:1:21: invalid language tag @en-: empty subtag after '-'"},
		{"strict/underscore in lang tag", Strict, `_:s <http://a/p> "x"@en_US .`,
			"t.nq:1:21: invalid language tag @en_US: subtags are separated by '-'"},
		{"strict/single caret", Strict, `_:s <http://a/p> "x"^<http://a/t> .`,
			"t.nq:1:21: expected ^^<datatype IRI> after literal"},
		{"strict/empty blank node", Strict, `_: <http://a/p> _:o .`,
			"t.nq:1:1: empty blank node label"},
		{"strict/blank node start", Strict, `_:-a <http://a/p> _:o .`,
			"t.nq:1:3: a blank node label cannot start with '-'"},
		{"strict/invalid UTF-8 in literal", Strict, "_:s <http://a/p> \"a\xffb\" .",
			"t.nq:1:20: invalid UTF-8 byte 0xFF in string literal"},
		{"strict/invalid UTF-8 in comment", Strict, "# \xfe\n",
			"t.nq:1:3: invalid UTF-8 byte 0xFE in comment"},
		{"strict/column counts bytes", Strict, "_:é <http://a/p> <o> .",
			"t.nq:1:19: relative IRI <o> not allowed in strict mode"},
		{"strict/column after CR", Strict, "_:a <http://a/p> _:b .\r_:b <p> _:c .\n",
			"t.nq:1:28: relative IRI <p> not allowed in strict mode"},
		{"strict/line 201", Strict, strings.Repeat(ok, 200) + "<http://a/s> <http://a/p> .\n" + ok,
			"t.nq:201:27: missing object before '.'"},
		{"strict/line after CRLF lines", Strict, strings.Repeat("_:a <http://a/p> _:b .\r\n", 3) + "_:a <http://a/p> \"x .\r\n",
			`t.nq:4:18: unterminated string literal: missing closing '"'`},
		{"cayley/unterminated string", Cayley, `<alice> <p> "abc .`,
			`t.nq:1:13: unterminated string literal: missing closing '"'`},
		{"cayley/too many terms", Cayley, `<a> <b> <c> <d> <e> .`,
			"t.nq:1:17: too many terms: a statement has at most four (subject, predicate, object, graph label)"},
		{"cayley/missing dot", Cayley, `<a> <b> <c>`,
			"t.nq:1:12: missing '.' at end of statement"},
		{"cayley/missing object", Cayley, `<a> <b> .`,
			"t.nq:1:9: missing object before '.'"},
		{"cayley/no spaces", Cayley, `<a><b><c>.`,
			"t.nq:1:10: missing predicate before '.' (in Cayley's dialect terms must be separated by spaces)"},
		{"cayley/column after leading space", Cayley, "  \t<a> <b> \"x\"y .",
			"t.nq:1:15: unexpected 'y' after literal: terms must be separated by spaces"},
		{"cayley/empty IRI subject", Cayley, `<> <b> <c> .`,
			"t.nq:1:1: empty IRI <> cannot be the subject"},
		{"cayley/empty IRI object", Cayley, `<a> <b> <> .`,
			"t.nq:1:9: empty IRI <> cannot be the object"},
		{"cayley/escape that makes Cayley's parser panic", Cayley, `<a> <b> "\UFFFFFFFF" .`,
			`t.nq:1:10: escape \UFFFFFFFF is not a Unicode character`},
		{"cayley/bad escape", Cayley, `<a> <b> "a\zb" .`,
			`t.nq:1:11: invalid escape \z`},
		{"cayley/space in datatype", Cayley, `<a> <b> "x"^^<a b> .`,
			"t.nq:1:16: space not allowed in datatype IRI"},
		{"cayley/quote inside word", Cayley, `<a> <b> abc" .`,
			`t.nq:1:12: unexpected '"' inside "abc\"": a string literal must start with '"'`},
		{"cayley/DEL in IRI", Cayley, "<a> <b> <x\x7f> .",
			"t.nq:1:11: control character U+007F not allowed in a term"},
		{"cayley/line 201", Cayley, strings.Repeat("<a> <b> <c> .\n", 200) + "<a> <b> \"c .\n<a> <b> <c> .\n",
			`t.nq:201:9: unterminated string literal: missing closing '"'`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Check(t.Context(), strings.NewReader(tc.in), "t.nq", Options{Dialect: tc.dialect})
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Check() error = %v, want a *SyntaxError", err)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("error:\n got %s\nwant %s", got, tc.want)
			}
			if !errors.Is(err, quad.ErrInvalid) {
				t.Errorf("errors.Is(%v, quad.ErrInvalid) = false", err)
			}
		})
	}
}

func TestSkipInvalid(t *testing.T) {
	in := strings.Join([]string{
		"<http://a/s> <http://a/p> \"1\" .",
		"<http://a/s> <http://a/p> bad .",
		"# comment",
		"<http://a/s> <http://a/p> \"2\" .",
		"<http://a/s> <http://a/p> \"3 .",
		"",
		"<rel> <http://a/p> \"4\" .",
		"<http://a/s> <http://a/p> \"5\" .",
	}, "\n")
	wantQuads := []string{
		`IRI("http://a/s") IRI("http://a/p") String("1") nil`,
		`IRI("http://a/s") IRI("http://a/p") String("2") nil`,
		`IRI("http://a/s") IRI("http://a/p") String("5") nil`,
	}
	wantErrs := []string{
		`t.nq:2:27: unexpected "bad": expected an IRI <...>, a blank node _:label or a literal "..."`,
		`t.nq:5:27: unterminated string literal: missing closing '"'`,
		`t.nq:7:1: relative IRI <rel> not allowed in strict mode`,
	}
	errText := func(errs []*SyntaxError) []string {
		var s []string
		for _, e := range errs {
			s = append(s, e.Error())
		}
		return s
	}

	t.Run("Reader", func(t *testing.T) {
		var seen []*SyntaxError
		r := NewReader(strings.NewReader(in), "t.nq", Options{
			Dialect: Strict, SkipInvalid: true,
			OnInvalid: func(e *SyntaxError) { seen = append(seen, e) },
		})
		var got []quad.Quad
		var lines []int
		for {
			q, err := r.ReadQuad()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, q)
			lines = append(lines, r.Line())
		}
		if diff := cmp.Diff(wantQuads, dumpQuads(got)); diff != "" {
			t.Errorf("quads (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(wantErrs, errText(seen)); diff != "" {
			t.Errorf("OnInvalid errors (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]int{1, 4, 8}, lines); diff != "" {
			t.Errorf("Line() after each quad (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(Stats{Lines: 8, Quads: 3, Invalid: 3}, r.Stats()); diff != "" {
			t.Errorf("Stats (-want +got):\n%s", diff)
		}
	})

	t.Run("Check", func(t *testing.T) {
		calls := 0
		st, err := Check(t.Context(), strings.NewReader(in), "t.nq", Options{
			Dialect: Strict, SkipInvalid: true,
			OnInvalid: func(*SyntaxError) { calls++ },
		})
		var list ErrorList
		if !errors.As(err, &list) {
			t.Fatalf("Check() error = %v, want an ErrorList", err)
		}
		if diff := cmp.Diff(wantErrs, errText(list)); diff != "" {
			t.Errorf("errors (-want +got):\n%s", diff)
		}
		if calls != 3 {
			t.Errorf("OnInvalid called %d times, want 3", calls)
		}
		if want := wantErrs[0] + " (and 2 more errors)"; err.Error() != want {
			t.Errorf("Error() = %q, want %q", err.Error(), want)
		}
		var se *SyntaxError
		if !errors.As(err, &se) || se.Line != 2 {
			t.Errorf("errors.As(*SyntaxError) = %v, want the line 2 error", se)
		}
		if diff := cmp.Diff(Stats{Lines: 8, Quads: 3, Invalid: 3}, st); diff != "" {
			t.Errorf("Stats (-want +got):\n%s", diff)
		}
	})

	t.Run("without SkipInvalid the caller can go on", func(t *testing.T) {
		r := NewReader(strings.NewReader(in), "t.nq", Options{Dialect: Strict})
		var got []string
		for {
			q, err := r.ReadQuad()
			if err == io.EOF {
				break
			}
			var se *SyntaxError
			switch {
			case errors.As(err, &se):
				got = append(got, se.Error())
			case err != nil:
				t.Fatal(err)
			default:
				got = append(got, dumpQuad(q))
			}
		}
		want := []string{wantQuads[0], wantErrs[0], wantQuads[1], wantErrs[1], wantErrs[2], wantQuads[2]}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("results (-want +got):\n%s", diff)
		}
	})

	t.Run("Check stops at the first error", func(t *testing.T) {
		st, err := Check(t.Context(), strings.NewReader(in), "t.nq", Options{Dialect: Strict})
		if err == nil || err.Error() != wantErrs[0] {
			t.Fatalf("Check() error = %v, want %s", err, wantErrs[0])
		}
		if diff := cmp.Diff(Stats{Lines: 2, Quads: 1, Invalid: 1}, st); diff != "" {
			t.Errorf("Stats (-want +got):\n%s", diff)
		}
	})
}

func TestReaderEdges(t *testing.T) {
	t.Run("long line", func(t *testing.T) {
		long := strings.Repeat("x", 3*bufSize)
		in := "_:a <http://a/p> \"" + long + "\" .\n_:b <http://a/p> \"" + long + "\" <bad> .\n"
		qs, errs, _ := readAll(t, []byte(in), "t.nq", Strict)
		if len(qs) != 1 || qs[0].Object != quad.String(long) {
			t.Errorf("got %d quads, want the long literal", len(qs))
		}
		if len(errs) != 1 || errs[0].Line != 2 || errs[0].Col != len(long)+21 {
			t.Errorf("errors = %v, want one at 2:%d", errs, len(long)+21)
		}
	})

	t.Run("read error is wrapped and final", func(t *testing.T) {
		boom := errors.New("boom")
		src := io.MultiReader(strings.NewReader("_:a <http://a/p> _:b .\n_:a <http"), iotest.ErrReader(boom))
		r := NewReader(src, "t.nq", Options{Dialect: Strict})
		if _, err := r.ReadQuad(); err != nil {
			t.Fatalf("first quad: %v", err)
		}
		for range 2 {
			_, err := r.ReadQuad()
			if !errors.Is(err, boom) || !strings.Contains(err.Error(), "t.nq") {
				t.Fatalf("ReadQuad() error = %v, want it to wrap %v and name the file", err, boom)
			}
		}
	})

	t.Run("ReadQuads", func(t *testing.T) {
		in := strings.Repeat("<a> <b> <c> .\n", 5)
		r := NewReader(strings.NewReader(in), "t.nq", Options{})
		buf := make([]quad.Quad, 3)
		n, err := r.ReadQuads(buf)
		if n != 3 || err != nil {
			t.Fatalf("ReadQuads = %d, %v; want 3, nil", n, err)
		}
		n, err = r.ReadQuads(buf)
		if n != 2 || err != io.EOF {
			t.Fatalf("ReadQuads = %d, %v; want 2, io.EOF", n, err)
		}
		if got := dumpQuad(buf[1]); got != `IRI("a") IRI("b") IRI("c") nil` {
			t.Errorf("buf[1] = %s", got)
		}
	})

	t.Run("Close", func(t *testing.T) {
		r := NewReader(strings.NewReader("<a> <b> <c> .\n"), "t.nq", Options{})
		if err := r.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := r.ReadQuad(); !errors.Is(err, ErrClosed) {
			t.Errorf("ReadQuad after Close = %v, want ErrClosed", err)
		}
	})

	t.Run("unknown dialect", func(t *testing.T) {
		_, err := Check(t.Context(), strings.NewReader("<a> <b> <c> .\n"), "t.nq", Options{Dialect: 9})
		if err == nil || !strings.Contains(err.Error(), "unknown dialect") {
			t.Errorf("Check() error = %v, want unknown dialect", err)
		}
	})

	t.Run("Check honours a cancelled context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		_, err := Check(ctx, strings.NewReader("<a> <b> <c> .\n"), "t.nq", Options{})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Check() error = %v, want context.Canceled", err)
		}
	})

	t.Run("error without file name", func(t *testing.T) {
		e := &SyntaxError{Line: 3, Col: 4, Msg: "bad"}
		if got := e.Error(); got != "3:4: bad" {
			t.Errorf("Error() = %q", got)
		}
	})
}

func TestParseDialect(t *testing.T) {
	tests := []struct {
		in      string
		want    Dialect
		wantErr bool
	}{
		{"cayley", Cayley, false},
		{"Strict", Strict, false},
		{"w3c", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDialect(tc.in)
			if (err != nil) != tc.wantErr || got != tc.want {
				t.Fatalf("ParseDialect(%q) = %v, %v", tc.in, got, err)
			}
			if err == nil && !strings.EqualFold(got.String(), tc.in) {
				t.Errorf("String() = %q, want %q", got.String(), tc.in)
			}
		})
	}
}

func TestDecompress(t *testing.T) {
	const text = "<a> <b> <c> .\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	fmt.Fprint(zw, text)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		in      []byte
		wantErr bool
	}{
		{"data.nq.gz", gz.Bytes(), false},
		{"DATA.NQ.GZ", gz.Bytes(), false},
		{"data.nq", []byte(text), false},
		{"broken.gz", []byte(text), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rc, err := Decompress(bytes.NewReader(tc.in), tc.name)
			if tc.wantErr {
				if err == nil || !strings.Contains(err.Error(), tc.name) {
					t.Fatalf("Decompress() error = %v, want one naming %s", err, tc.name)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			got, err := io.ReadAll(rc)
			if err != nil || string(got) != text {
				t.Errorf("read %q, %v; want %q", got, err, text)
			}
		})
	}
}

// A line over MaxLine is a syntax error on its line, found without holding
// it in memory; the next lines are read as usual.
func TestMaxLine(t *testing.T) {
	long := "<http://a> <http://b> \"" + strings.Repeat("x", 200<<10) + "\" .\n"
	in := "<http://a> <http://b> <http://c> .\n" + long + "<http://d> <http://e> <http://f> .\n"
	for _, d := range []Dialect{Cayley, Strict} {
		r := NewReader(strings.NewReader(in), "big.nq", Options{Dialect: d, MaxLine: 100 << 10})
		if _, err := r.ReadQuad(); err != nil {
			t.Fatalf("%v: line 1: %v", d, err)
		}
		_, err := r.ReadQuad()
		var se *SyntaxError
		if !errors.As(err, &se) || err.Error() != "big.nq:2:1: line longer than the limit of 102400 bytes" {
			t.Fatalf("%v: line 2: got %v", d, err)
		}
		q, err := r.ReadQuad()
		if err != nil || q.Subject.String() != "<http://d>" {
			t.Fatalf("%v: line 3: got %v, %v", d, q, err)
		}
	}
	r := NewReader(strings.NewReader(long), "big.nq", Options{MaxLine: -1})
	if _, err := r.ReadQuad(); err != nil {
		t.Errorf("no bound: %v", err)
	}
}

// The Cayley dialect refuses, unless Lenient, what Cayley's reader would
// change silently: bytes that are not UTF-8 and NUL characters.
func TestFaithfulText(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
	}{
		{"latin-1 byte", "<a> <b> \"caf\xe9\" .", "f.nq:1:13: byte 0xE9 is not UTF-8; kg load --lenient reads it as U+FFFD"},
		{"NUL byte", "<a> <b> \"x\x00y\" .", "f.nq:1:11: NUL byte; kg load --lenient accepts it"},
		{"escaped NUL", `<a> <b> "x\u0000y" .`, `f.nq:1:9: the object holds a NUL character (\u0000); kg load --lenient accepts it`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewReader(strings.NewReader(tc.line+"\n"), "f.nq", Options{}).ReadQuad()
			if err == nil || err.Error() != tc.want {
				t.Errorf("got %v, want %q", err, tc.want)
			}
			if _, err := NewReader(strings.NewReader(tc.line+"\n"), "f.nq", Options{Lenient: true}).ReadQuad(); err != nil {
				t.Errorf("lenient: %v", err)
			}
		})
	}
}

// With BlankPrefix every blank node label gets it, wherever it stands.
func TestBlankPrefix(t *testing.T) {
	in := "_:a <http://p> _:b _:g .\n<http://s> <http://p> \"_:not\" .\n"
	r := NewReader(strings.NewReader(in), "f.nq", Options{BlankPrefix: "d1_"})
	var got []string
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, strings.Join([]string{quad.StringOf(q.Subject), quad.StringOf(q.Object), quad.StringOf(q.Label)}, " "))
	}
	want := []string{`_:d1_a _:d1_b _:d1_g`, `<http://s> "_:not" `}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
