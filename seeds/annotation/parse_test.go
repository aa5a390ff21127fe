package annotation

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kg-analyst/kg/schema"
)

// ignoreLines compares parsed files without their line numbers.
var ignoreLines = cmp.Options{
	cmpopts.IgnoreFields(DocumentBlock{}, "Line"),
	cmpopts.IgnoreFields(EntityBlock{}, "Line"),
	cmpopts.IgnoreFields(Fact{}, "Line", "EvidenceLine"),
}

func TestParse(t *testing.T) {
	src := strings.Join([]string{
		"# a comment",                           // 1
		"entity iran Country",                   // 2
		"  name: Iran",                          // 3
		"",                                      // 4
		"document doc-1",                        // 5
		"  file: doc1.txt",                      // 6
		"  title: A Title",                      // 7
		"  date: 2019-12-31",                    // 8
		"  source: the seed article",            // 9
		"",                                      // 10
		"entity qasem-soleimani Person",         // 11
		"  name: Qasem Soleimani",               // 12
		"  # a comment inside a block",          // 13
		"  alias: Soleimani",                    // 14
		"\talias: Qassem Soleimani",             // 15
		"  description: leader: Quds Force",     // 16
		"",                                      // 17
		"fact qasem-soleimani leads quds-force", // 18
		"  evidence: Qasem Soleimani, the leader of Iran's elite Quds Force", // 19
		"fact\tstorming\tparticipants\t  thousands of people  ",              // 20
		`  evidence: "  Thousands of people "`,                               // 21
		`fact iran description "quoted"`,                                     // 22
		`  evidence: Iran called the strike a "terror attack,"`,              // 23
		"document doc-2\r",   // 24
		"  file: doc2.txt\r", // 25
		"fact a b c",         // 26
		"  evidence: quote",  // 27
	}, "\n")
	want := &File{
		Name: "test.kg",
		Documents: []DocumentBlock{
			{ID: "doc-1", File: "doc1.txt", Title: "A Title", Date: "2019-12-31", Source: "the seed article", Line: 5},
			{ID: "doc-2", File: "doc2.txt", Line: 24},
		},
		Entities: []EntityBlock{
			{Entity: schema.Entity{ID: "iran", Type: "Country", Name: "Iran"}, Line: 2},
			{Entity: schema.Entity{ID: "qasem-soleimani", Type: "Person", Name: "Qasem Soleimani", Aliases: []string{"Soleimani", "Qassem Soleimani"}, Description: "leader: Quds Force"}, Line: 11},
		},
		Facts: []Fact{
			{Subject: "qasem-soleimani", Predicate: "leads", Object: "quds-force", Evidence: "Qasem Soleimani, the leader of Iran's elite Quds Force", Document: "doc-1", Line: 18, EvidenceLine: 19},
			{Subject: "storming", Predicate: "participants", Object: "thousands of people", Evidence: "  Thousands of people ", Document: "doc-1", Line: 20, EvidenceLine: 21},
			{Subject: "iran", Predicate: "description", Object: "quoted", Evidence: `Iran called the strike a "terror attack,"`, Document: "doc-1", Line: 22, EvidenceLine: 23},
			{Subject: "a", Predicate: "b", Object: "c", Evidence: "quote", Document: "doc-2", Line: 26, EvidenceLine: 27},
		},
	}
	got, err := Parse("test.kg", []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse mismatch (-want +got):\n%s", diff)
	}
}

// lineErr is what the error tables expect: a line and a piece of the message.
type lineErr struct {
	Line int
	Msg  string
}

// matchErrors checks err is an Errors naming file, with one error per want in
// order, each at the wanted line and containing the wanted text, and that
// every error matches kind.
func matchErrors(t *testing.T, err error, file string, kind error, want []lineErr) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %v", want)
	}
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("error %T %v is not an Errors", err, err)
	}
	if !errors.Is(err, kind) {
		t.Errorf("errors.Is(err, %v) = false", kind)
	}
	var got []lineErr
	for _, e := range es {
		if e.File != file {
			t.Errorf("error %q names file %q, want %q", e, e.File, file)
		}
		if !strings.HasPrefix(e.Error(), fmt.Sprintf("%s:%d: ", e.File, e.Line)) {
			t.Errorf("error %q does not start with file:line", e)
		}
		got = append(got, lineErr{e.Line, e.Msg})
	}
	contains := cmp.Comparer(func(a, b lineErr) bool {
		if a.Line != b.Line {
			return false
		}
		return strings.Contains(a.Msg, b.Msg) || strings.Contains(b.Msg, a.Msg)
	})
	if diff := cmp.Diff(want, got, contains); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s\nfull error:\n%v", diff, err)
	}
}

func TestParseErrors(t *testing.T) {
	doc := "document d\n  file: d.txt\n"
	tests := []struct {
		name string
		src  string
		want []lineErr
	}{
		{"unknown block", doc + "entty x Person\n  name: X\n", []lineErr{{3, `unknown block "entty"`}}},
		{"document without id", "document\n  file: d.txt\n", []lineErr{{1, `want "document ID"`}}},
		{"document id with capitals", "document Doc\n  file: d.txt\n", []lineErr{{1, `want "document ID"`}}},
		{"document without file", "document d\n  date: 2019-12-31\n", []lineErr{{1, "document d has no file: field"}}},
		{"second file field", doc + "  file: e.txt\n", []lineErr{{3, "document d has a second file: field"}}},
		{"unknown document field", doc + "  author: me\n", []lineErr{{3, `unknown document field "author"`}}},
		{"entity without type", "entity x\n  name: X\n", []lineErr{{1, `want "entity ID TYPE"`}}},
		{"entity id with space", "entity x y Person\n  name: X\n", []lineErr{{1, `want "entity ID TYPE"`}}},
		{"entity id with underscore", "entity x_y Person\n  name: X\n", []lineErr{{1, `want "entity ID TYPE"`}}},
		{"entity without name", "entity x Person\n  alias: X\n", []lineErr{{1, "entity x has no name: field"}}},
		{"entity with two names", "entity x Person\n  name: X\n  name: Y\n", []lineErr{{3, "second name"}}},
		{"entity with two descriptions", "entity x Person\n  name: X\n  description: a\n  description: b\n", []lineErr{{4, "second description"}}},
		{"unknown entity field", "entity x Person\n  name: X\n  nick: Y\n", []lineErr{{3, `unknown entity field "nick"`}}},
		{"field without value", "entity x Person\n  name: X\n  alias:\n", []lineErr{{3, `field "alias" has no value`}}},
		{"field without colon", "entity x Person\n  name X\n", []lineErr{{1, "no name"}, {2, `want an indented "key: value" field`}}},
		{"field outside any block", "  name: X\n", []lineErr{{1, `indented field "name" outside any block`}}},
		{"fact before document", "fact a leads b\n  evidence: x\n", []lineErr{{1, "fact before any document block"}}},
		{"fact with two words", doc + "fact a leads\n  evidence: x\n", []lineErr{{3, `want "fact SUBJECT PREDICATE OBJECT"`}}},
		{"fact without evidence", doc + "fact a leads b\n\nfact c leads d\n  evidence: x\n", []lineErr{{3, "fact a leads b has no evidence"}}},
		{"fact without evidence at end", doc + "fact a leads b", []lineErr{{3, "has no evidence"}}},
		{"fact with two evidence lines", doc + "fact a leads b\n  evidence: x\n  evidence: y\n", []lineErr{{5, "second evidence"}}},
		{"unknown fact field", doc + "fact a leads b\n  evidence: x\n  source: y\n", []lineErr{{5, `unknown fact field "source"`}}},
		{"invalid UTF-8", "entity x Person\n  name: \xff\n", []lineErr{{1, "not valid UTF-8"}}},
		{"one mistake, one error", "entity X Person\n  name: X\n  alias: Y\n  bogus: z\n", []lineErr{{1, `want "entity ID TYPE"`}}},
		{"every error, in line order", "bogus\n" + doc + "entity x Person\n\nfact a b\n", []lineErr{
			{1, `unknown block "bogus"`}, {4, "entity x has no name"}, {6, `want "fact SUBJECT PREDICATE OBJECT"`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse("bad.kg", []byte(tt.src))
			if f != nil {
				t.Errorf("Parse returned a file with errors")
			}
			matchErrors(t, err, "bad.kg", ErrSyntax, tt.want)
		})
	}
}

func TestFormatRoundTrip(t *testing.T) {
	sources := map[string]string{
		"quoting": "entity x Person\n  name: \"X\"\n  alias: Y\n\ndocument d\n  file: d.txt\n" +
			"fact x description \"  padded  \"\n  evidence: \"\"quoted\"\"\n" +
			"fact x description \"\"\n  evidence: \" lead\"\n",
		"documents interleaved": "document a\n  file: a.txt\nfact x p y\n  evidence: 1\n" +
			"document b\n  file: b.txt\nfact x p y\n  evidence: 2\n" +
			"document a\n  file: a2.txt\nfact x p z\n  evidence: 3\n" +
			"entity late Thing\n  name: Late\n",
	}
	if seed, err := os.ReadFile("../us-embassy-baghdad-2019.kg"); err == nil {
		sources["seed"] = string(seed)
	} else {
		t.Errorf("read seed annotation: %v", err)
	}
	for name, src := range sources {
		t.Run(name, func(t *testing.T) {
			f, err := Parse("in.kg", []byte(src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			out, err := Format(f)
			if err != nil {
				t.Fatalf("Format: %v", err)
			}
			g, err := Parse("in.kg", out)
			if err != nil {
				t.Fatalf("Parse(Format()): %v\n%s", err, out)
			}
			if diff := cmp.Diff(f, g, ignoreLines); diff != "" {
				t.Errorf("round trip mismatch (-parsed +reparsed):\n%s\nformatted:\n%s", diff, out)
			}
			again, err := Format(g)
			if err != nil || string(again) != string(out) {
				t.Errorf("Format is not stable: %v\n%s\n---\n%s", err, out, again)
			}
		})
	}
}

func TestFormatRejectsFactsOutOfOrder(t *testing.T) {
	f := &File{
		Name:      "x.kg",
		Documents: []DocumentBlock{{ID: "a", File: "a.txt"}},
		Facts:     []Fact{{Subject: "s", Predicate: "p", Object: "o", Evidence: "e", Document: "b"}},
	}
	if _, err := Format(f); err == nil {
		t.Errorf("Format accepted a fact citing a document it cannot place")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"",
		"document d\n  file: d.txt\n  date: 2019-12-31\n\nentity x Person\n  name: X\n  alias: Y\n\nfact x leads y\n  evidence: X leads Y\n",
		"fact x y z\n",
		"entity X\n  bogus\n\tname:\n",
		"document d\n  file: d.txt\nfact a b \"\"\n  evidence: \"\"q\"\"\n",
		"document d\r\n  file: d\r\n\r\nfact\ta\tb\t c \n  evidence: \" e \"\n",
		"  x: y\n#c\n\xff",
	} {
		f.Add([]byte(s))
	}
	// A slice of the seed annotation: whole, it makes each run and the
	// minimisation of every new input slow.
	if raw, err := os.ReadFile("../us-embassy-baghdad-2019.kg"); err == nil {
		seed := string(raw)
		if i := strings.Index(seed, "entity kataib-hezbollah"); i > 0 {
			f.Add([]byte(seed[:i]))
		}
		if i := strings.Index(seed, "fact united-states inTensionWith"); i > 0 {
			f.Add([]byte("document d\n  file: d.txt\n" + seed[i:]))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := Parse("fuzz.kg", src)
		if err != nil {
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error %T %v is not a non-empty Errors", err, err)
			}
			lines := strings.Count(string(src), "\n") + 1
			for _, e := range es {
				if e.Line < 1 || e.Line > lines {
					t.Fatalf("error at line %d of a %d-line input: %v", e.Line, lines, e)
				}
				if !errors.Is(e, ErrSyntax) {
					t.Fatalf("error %v does not match ErrSyntax", e)
				}
			}
			if file != nil {
				t.Fatalf("Parse returned a file with errors")
			}
			return
		}
		out, err := Format(file)
		if err != nil {
			t.Fatalf("Format: %v", err)
		}
		again, err := Parse("fuzz.kg", out)
		if err != nil {
			t.Fatalf("Parse(Format()): %v\n%q", err, out)
		}
		if !reflect.DeepEqual(withoutLines(file), withoutLines(again)) {
			t.Fatalf("round trip mismatch (-parsed +reparsed):\n%s", cmp.Diff(file, again, ignoreLines))
		}
	})
}

// withoutLines returns a copy of f with every line number zero, for a quick
// comparison (cmp.Diff is slow enough to stall fuzzing).
func withoutLines(f *File) File {
	c := File{Name: f.Name}
	for _, d := range f.Documents {
		d.Line = 0
		c.Documents = append(c.Documents, d)
	}
	for _, e := range f.Entities {
		e.Line = 0
		c.Entities = append(c.Entities, e)
	}
	for _, fa := range f.Facts {
		fa.Line, fa.EvidenceLine = 0, 0
		c.Facts = append(c.Facts, fa)
	}
	return c
}
