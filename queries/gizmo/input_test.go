package gizmo

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dop251/goja"
)

func TestCheckInput(t *testing.T) {
	tests := []struct {
		src  string
		want Completeness
	}{
		{"", InputBlank},
		{"  \n\t", InputBlank},
		{"// just a comment\n", InputBlank},
		{"/* a */ // b\n", InputBlank},
		{"/* open", InputIncomplete},
		{"/* open\n still */", InputBlank},
		{`g.V("<alice>").all()`, InputComplete},
		{"g.V(\n", InputIncomplete},
		{"g.V(\n\"<alice>\")\n", InputComplete},
		{"function f(x) {\n", InputIncomplete},
		{"function f(x) {\n  return [1, {a: (2)}]\n}\n", InputComplete},
		{"[1, 2,\n", InputIncomplete},
		{`g.V(")").all()`, InputComplete},
		{`g.V("(").all()`, InputComplete},
		{`g.V('(\'').all()`, InputComplete},
		{`g.V("\"(").all()`, InputComplete},
		{"g.V(\"(\n", InputComplete}, // a line break ends the string: a syntax error
		{"g.V(\"abc\n\")", InputComplete},
		{"x = /(\n", InputComplete},
		{"(\n]", InputComplete},
		{"(\n)", InputComplete},
		{"\"continued \\\n", InputIncomplete},
		{"`template (\n", InputIncomplete},
		{"`template ${ f( `inner` ) } (`", InputComplete},
		{"`template ${ f(\n", InputIncomplete},
		{"`a ${ {b: `}`} } c`", InputComplete},
		{"x = /[(]/.test(s)", InputComplete},
		{"x = a / b / c", InputComplete},
		{"x = (a) / 2 /* ( */", InputComplete},
		{"if (x) {} /\\)/.test(s)", InputComplete},
		{"return /[/(]/", InputComplete},
		{"x = [1] / (\n", InputIncomplete},
		{"g.V()\n  .out(\"<p>\").", InputIncomplete},
		{"g.V().out(\"<p>\",", InputIncomplete},
		{"var x =", InputIncomplete},
		{"a &&", InputIncomplete},
		{"x => ", InputIncomplete},
		{"x++", InputComplete},
		{"x--;", InputComplete},
		{"1.", InputComplete},
		{"g.V() // trailing ( comment", InputComplete},
		{"g.V() // trailing comment ends the dot .", InputComplete},
		{")", InputComplete},
		{"(]", InputComplete},
		{"ünïcödé(", InputIncomplete},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			if got := CheckInput(tt.src); got != tt.want {
				t.Errorf("CheckInput(%q) = %v, want %v", tt.src, got, tt.want)
			}
		})
	}
}

func TestRewrite(t *testing.T) {
	p := newPrefixes(DefaultPrefixes())
	tests := []struct{ src, want string }{
		{`g.V("<id:a>")`, `g.V("<https://kg.example.org/id/a>")`},
		{`g.V('<kg:leads>', "<schema:name>")`, `g.V('<https://kg.example.org/ns#leads>', "<http://schema.org/name>")`},
		{"g.V(`<doc:d1#s2>`)", "g.V(`<https://kg.example.org/doc/d1#s2>`)"},
		{"g.V(`<id:${x}>`)", "g.V(`<id:${x}>`)"},
		{`g.V("<id:a b>")`, `g.V("<id:a b>")`},
		{`g.V("<id:a\"b>")`, `g.V("<id:a\"b>")`},
		{`g.V("<nope:a>", "<http://x>", "id:a", "<id:a")`, `g.V("<nope:a>", "<http://x>", "id:a", "<id:a")`},
		{`// "<id:a>"` + "\n" + `/* "<id:b>" */ x`, `// "<id:a>"` + "\n" + `/* "<id:b>" */ x`},
		{"g.V(\"<id:a>\")\n.out(\"<kg:p>\")", "g.V(\"<https://kg.example.org/id/a>\")\n.out(\"<https://kg.example.org/ns#p>\")"},
		{`"<id:>"`, `"<https://kg.example.org/id/>"`},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			if got := p.rewrite(tt.src); got != tt.want {
				t.Errorf("rewrite(%q)\n got %q\nwant %q", tt.src, got, tt.want)
			}
		})
	}
}

func TestShorten(t *testing.T) {
	p := newPrefixes(map[string]string{"a": "http://x.org/", "b": "http://x.org/b/", "bad prefix": "http://y/"})
	tests := []struct{ in, want string }{
		{"http://x.org/b/c", "b:c"},
		{"http://x.org/c", "a:c"},
		{"http://y/c", "http://y/c"},
	}
	for _, tt := range tests {
		if got := p.shorten(tt.in); got != tt.want {
			t.Errorf("shorten(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func compiles(src string) bool {
	_, err := goja.Compile("", src, false)
	return err == nil
}

var fuzzSeeds = []string{
	"", "g.V(\"<alice>\").all()", "g.V(\n", "`a ${ `b ${c}` } d`", "/* ( */ x", "// (\n)",
	"x = /[(]/g.test(s)", "\"a\\\nb\"", "function f() { return [1, {a: 2}] }", "a.\nb()",
	"g.V('<id:x>').out(\"<kg:leads>\", 'tag')", "`<kg:p>`", "x = a / b // c (", "'\\'('",
}

// FuzzCheckInput: the scanner never panics, whatever JavaScript compiles is
// never reported as incomplete (a console would wait for more input that
// cannot come), and blank input compiles.
func FuzzCheckInput(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		got := CheckInput(src)
		if !utf8.ValidString(src) {
			return // goja refuses it whatever the scanner says
		}
		if got == InputBlank && !compiles(src) {
			t.Errorf("CheckInput(%q) = blank, but it does not compile", src)
		}
		if strings.Contains(src, "/") {
			return // a slash may start a regular expression or divide: heuristics
		}
		if got == InputIncomplete && compiles(src) {
			t.Errorf("CheckInput(%q) = incomplete, but it compiles", src)
		}
	})
}

// FuzzRewrite: rewriting prefixes never panics, leaves sources without a
// prefixed IRI alone, and keeps compiling sources compiling.
func FuzzRewrite(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	p := newPrefixes(DefaultPrefixes())
	f.Fuzz(func(t *testing.T, src string) {
		got := p.rewrite(src)
		if !utf8.ValidString(src) {
			return
		}
		if !strings.Contains(src, "<") && got != src {
			t.Errorf("rewrite(%q) = %q: changed a source without IRIs", src, got)
		}
		if compiles(src) && !compiles(got) {
			t.Errorf("rewrite(%q) = %q no longer compiles", src, got)
		}
	})
}
