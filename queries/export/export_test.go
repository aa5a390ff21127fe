package export_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"flag"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/graph/write/writetest"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/export"
	"github.com/kg-analyst/kg/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// seedStore is a memstore holding the curated seed graph.
func seedStore(t *testing.T) *graph.Store { return writetest.SeedStore(t) }

// wireDoc is a second document with an extracted statement (an evidence
// node with a confidence), a number, and text that needs escaping.
const wireDoc = "wire-2020-01-03"

// extendedStore is the seed graph plus wireDoc.
func extendedStore(t *testing.T) *graph.Store {
	t.Helper()
	st := seedStore(t)
	kill, ok := schema.LookupPredicate("killedIn")
	if !ok {
		t.Fatal("no killedIn predicate")
	}
	deaths, _ := schema.LookupPredicate("deaths")
	doc := schema.Document{
		ID:    wireDoc,
		Title: "Strike \"near\" Baghdad airport",
		Date:  "2020-01-03",
		Sentences: []schema.Sentence{
			{Index: 1, Text: "Qasem Soleimani was killed in a U.S. strike near Baghdad\u2019s airport \u2014 officials said \"10 died\".\tA backslash \\ too."},
			{Index: 2, Text: "Ten people died, \u00e9mir said \U0001F4F0."},
		},
		Entities: []schema.Entity{{ID: "baghdad-airport-strike", Type: "Event", Name: "Strike at Baghdad \"airport\"", Aliases: []string{"the strike\\raid"}}},
		Statements: []schema.Statement{
			{Subject: "qasem-soleimani", Predicate: kill, Object: "baghdad-airport-strike", Evidence: schema.Evidence{Sentence: 1, Origin: schema.Extracted, Confidence: 0.87}},
			{Subject: "baghdad-airport-strike", Predicate: deaths, Value: quad.Int(10), Evidence: schema.Evidence{Sentence: 2, Origin: schema.Curated}},
		},
	}
	if _, err := write.Write(context.Background(), st, []schema.Document{doc}); err != nil {
		t.Fatal(err)
	}
	return st
}

// dialectStore is the seed graph plus quads in Cayley's dialect that W3C
// N-Quads does not allow as they are: relative IRIs, a blank node label with
// a colon, native numbers, booleans and times.
func dialectStore(t *testing.T) *graph.Store {
	t.Helper()
	st := seedStore(t)
	qs := []quad.Quad{
		{Subject: quad.IRI("alice"), Predicate: quad.IRI("knows"), Object: quad.IRI("/people/bob"), Label: quad.IRI("graph1")},
		{Subject: quad.BNode("a:b"), Predicate: quad.IRI("http://example.org/p"), Object: quad.Int(5), Label: quad.BNode("g:1")},
		{Subject: quad.BNode("ok_1"), Predicate: quad.IRI("http://example.org/p"), Object: quad.Bool(true)},
		{Subject: quad.IRI("http://example.org/s"), Predicate: quad.IRI("http://example.org/when"), Object: quad.Time(time.Date(2020, 1, 3, 0, 1, 0, 0, time.UTC))},
		{Subject: quad.IRI("http://example.org/s"), Predicate: quad.IRI("http://example.org/score"), Object: quad.Float(0.5)},
	}
	if err := st.QuadStore().ApplyDeltas(deltas(qs), ignoreDup); err != nil {
		t.Fatal(err)
	}
	return st
}

// export selects and writes one export as text.
func exportText(t *testing.T, st *graph.Store, opt export.Options, f export.Format) string {
	t.Helper()
	qs, err := export.Select(context.Background(), st.QuadStore(), opt)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.Write(context.Background(), &buf, f, qs); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

var (
	soleimani = schema.EntityIRI("qasem-soleimani")
	qudsForce = schema.EntityIRI("quds-force")
	trump     = schema.EntityIRI("donald-trump")
	kataib    = schema.EntityIRI("kataib-hezbollah")
)

const seedDoc = "us-embassy-baghdad-2019"

// selections are the exports every test below checks, by name.
var selections = []struct {
	name string
	opt  export.Options
}{
	{"whole", export.Options{}},
	{"whole-no-labels", export.Options{NoLabels: true}},
	{"around-soleimani-1", export.Options{Around: soleimani, Depth: 1}},
	{"around-soleimani-2-evidence", export.Options{Around: soleimani, Depth: 2, WithEvidence: true}},
	{"around-quds-leads", export.Options{Around: qudsForce, Depth: 2, Predicates: []string{"leads"}}},
	{"between-trump-kataib", export.Options{Between: [2]quad.Value{trump, kataib}, MaxHops: 3}},
	{"doc", export.Options{Document: seedDoc}},
	{"doc-evidence-no-labels", export.Options{Document: seedDoc, WithEvidence: true, NoLabels: true}},
	{"type-person", export.Options{Types: []string{"person"}}},
	{"predicate-attacked-evidence", export.Options{Predicates: []string{"kg:attacked"}, WithEvidence: true}},
}

func TestSelect(t *testing.T) {
	st := seedStore(t)
	whole := lines(exportText(t, st, export.Options{}, export.NQuads))
	size, err := st.Size(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(whole)) != size {
		t.Fatalf("whole export has %d lines, store has %d quads", len(whole), size)
	}
	tests := []struct {
		name    string
		opt     export.Options
		want    []string // substrings some line must contain
		notWant []string // substrings no line may contain
		smaller bool     // fewer lines than the whole graph
	}{
		{
			name:    "around Soleimani depth 1 has the Quds Force",
			opt:     export.Options{Around: soleimani, Depth: 1},
			want:    []string{"<" + string(soleimani) + "> <" + schema.Vocab + "leads> <" + string(qudsForce) + ">", `"Quds Force"`, `"Qasem Soleimani"`},
			notWant: []string{"<" + string(schema.Text) + ">"},
			smaller: true,
		},
		{
			name:    "around with evidence has the sentence text and document",
			opt:     export.Options{Around: soleimani, Depth: 1, WithEvidence: true},
			want:    []string{"<" + string(schema.Text) + "> \"There is little doubt over the extent of Iran's influence", "<" + string(schema.Title) + ">"},
			smaller: true,
		},
		{
			name:    "predicate filter keeps only that predicate",
			opt:     export.Options{Around: qudsForce, Depth: 2, Predicates: []string{"leads"}},
			want:    []string{"<" + schema.Vocab + "leads>"},
			notWant: []string{"<" + schema.Vocab + "partOf>"},
			smaller: true,
		},
		{
			name:    "between Trump and Kataib Hezbollah",
			opt:     export.Options{Between: [2]quad.Value{trump, kataib}, MaxHops: 3},
			want:    []string{`"Donald Trump"`, `"Kataib Hezbollah"`},
			smaller: true,
		},
		{
			name:    "no labels writes triples",
			opt:     export.Options{Around: soleimani, NoLabels: true},
			notWant: []string{"> <" + schema.DocumentNS},
			smaller: true,
		},
		{
			name:    "document",
			opt:     export.Options{Document: seedDoc},
			want:    []string{"#s1> .", `"Quds Force"`},
			notWant: []string{"<" + string(schema.Text) + ">"},
			smaller: true,
		},
		{
			name:    "type filter",
			opt:     export.Options{Types: []string{"Person"}, Predicates: []string{"leads"}},
			want:    []string{"<" + string(soleimani) + "> <" + schema.Vocab + "leads>"},
			smaller: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lines(exportText(t, st, tt.opt, export.NQuads))
			if len(got) == 0 {
				t.Fatal("empty export")
			}
			if tt.smaller && len(got) >= len(whole) {
				t.Errorf("export has %d lines, not fewer than the whole graph's %d", len(got), len(whole))
			}
			for _, w := range tt.want {
				if !containsLine(got, w) {
					t.Errorf("no line contains %q", w)
				}
			}
			for _, w := range tt.notWant {
				if containsLine(got, w) {
					t.Errorf("a line contains %q", w)
				}
			}
			// Every entity in a statement is named and typed.
			assertSelfDescribing(t, got)
		})
	}
}

// TestExtractedEvidence follows a label through its evidence node to the
// sentence and the document.
func TestExtractedEvidence(t *testing.T) {
	st := extendedStore(t)
	strike := "<" + string(schema.EntityIRI("baghdad-airport-strike")) + ">"
	tests := []struct {
		name    string
		opt     export.Options
		want    []string
		notWant []string
	}{
		{
			name: "around with evidence",
			opt:  export.Options{Around: soleimani, Depth: 1, WithEvidence: true},
			want: []string{
				"<" + string(soleimani) + "> <" + schema.Vocab + "killedIn> " + strike + " <" + string(schema.SentenceIRI(wireDoc, 1)) + "-x",
				"<" + string(schema.InSentence) + "> <" + string(schema.SentenceIRI(wireDoc, 1)) + ">",
				"<" + string(schema.Confidence) + "> \"8.7E-01\"^^<http://www.w3.org/2001/XMLSchema#double>",
				`officials said \"10 died\".\tA backslash \\ too."`,
				"<" + string(schema.Title) + "> \"Strike \\\"near\\\" Baghdad airport\"",
			},
		},
		{
			name:    "document",
			opt:     export.Options{Document: wireDoc},
			want:    []string{"killedIn", `"10"^^<http://www.w3.org/2001/XMLSchema#integer>`, `"Strike at Baghdad \"airport\""`},
			notWant: []string{"ns#leads"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lines(exportText(t, st, tt.opt, export.NQuads))
			for _, w := range tt.want {
				if !containsLine(got, w) {
					t.Errorf("no line contains %s", w)
				}
			}
			for _, w := range tt.notWant {
				if containsLine(got, w) {
					t.Errorf("a line contains %s", w)
				}
			}
		})
	}
}

func TestSelectErrors(t *testing.T) {
	st := seedStore(t)
	tests := []struct {
		name string
		opt  export.Options
		is   error
		as   any
	}{
		{"unknown predicate", export.Options{Predicates: []string{"befriended"}}, nil, new(*queries.UnknownPredicateError)},
		{"unknown type", export.Options{Types: []string{"Robot"}}, nil, new(*queries.UnknownTypeError)},
		{"unknown document", export.Options{Document: "no-such-doc"}, export.ErrUnknownDocument, new(*export.UnknownDocumentError)},
		{"one end of between", export.Options{Between: [2]quad.Value{trump, nil}}, export.ErrNoSelection, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := export.Select(context.Background(), st.QuadStore(), tt.opt)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
			if tt.as != nil && !errors.As(err, tt.as) {
				t.Errorf("error %v (%T) is not %T", err, err, tt.as)
			}
		})
	}
}

// TestGolden pins the N-Quads of --around Soleimani --depth 1.
func TestGolden(t *testing.T) {
	st := seedStore(t)
	tests := []struct {
		file string
		opt  export.Options
	}{
		{"around-soleimani-depth1.nq", export.Options{Around: soleimani, Depth: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := exportText(t, st, tt.opt, export.NQuads)
			path := filepath.Join("testdata", tt.file)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("export differs from %s (-want +got):\n%s", path, diff)
			}
		})
	}
}

// TestRoundTrip exports, loads the export into an empty store with Cayley's
// N-Quads reader, and exports again: the two must be the same bytes.
func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	stores := []struct {
		name string
		st   *graph.Store
	}{{"seed", seedStore(t)}, {"extended", extendedStore(t)}, {"dialect", dialectStore(t)}}
	for _, store := range stores {
		for _, sel := range selections {
			t.Run(store.name+"/"+sel.name, func(t *testing.T) {
				roundTrip(t, ctx, store.st, sel.opt)
			})
		}
	}
}

// roundTrip exports with opt, loads the N-Quads into an empty memstore with
// Cayley's reader, exports that whole, and compares.
func roundTrip(t *testing.T, ctx context.Context, st *graph.Store, opt export.Options) {
	t.Helper()
	first := exportText(t, st, opt, export.NQuads)
	empty, err := graph.Open(ctx, graph.Config{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	r := nquads.NewReader(strings.NewReader(first), false)
	var loaded []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		loaded = append(loaded, q)
	}
	if err := empty.QuadStore().ApplyDeltas(deltas(loaded), ignoreDup); err != nil {
		t.Fatal(err)
	}
	second := exportText(t, empty, export.Options{}, export.NQuads)
	if diff := cmp.Diff(first, second); diff != "" {
		t.Errorf("round trip changed the export (-first +second):\n%s", diff)
	}
}

// streamText is the whole graph of st as WriteWholeNQuads streams it.
func streamText(t *testing.T, st *graph.Store) string {
	t.Helper()
	var buf bytes.Buffer
	n, err := export.WriteWholeNQuads(context.Background(), &buf, st.ScanQuadStore()) // as kg export does
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(buf.String(), "\n"); got != n {
		t.Errorf("WriteWholeNQuads said %d quads and wrote %d lines", n, got)
	}
	return buf.String()
}

// TestWholeStream checks the streamed whole graph holds the same lines as
// the sorted export of the whole graph, and is the same bytes twice.
func TestWholeStream(t *testing.T) {
	if !(export.Options{}).Whole() || (export.Options{NoLabels: true}).Whole() || (export.Options{Types: []string{"person"}}).Whole() {
		t.Fatal("Options.Whole is wrong about the whole graph")
	}
	stores := []struct {
		name string
		st   *graph.Store
	}{{"seed", seedStore(t)}, {"extended", extendedStore(t)}, {"dialect", dialectStore(t)}}
	for _, store := range stores {
		t.Run(store.name, func(t *testing.T) {
			streamed := streamText(t, store.st)
			if again := streamText(t, store.st); again != streamed {
				t.Errorf("two streamed exports differ:\n%s", cmp.Diff(streamed, again))
			}
			got := lines(streamed)
			sort.Strings(got)
			want := lines(exportText(t, store.st, export.Options{}, export.NQuads))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("streamed lines differ from the sorted export (-sorted +streamed):\n%s", diff)
			}
		})
	}
}

// TestDeterministic checks every format gives the same bytes twice.
func TestDeterministic(t *testing.T) {
	st := seedStore(t)
	for _, f := range []export.Format{export.NQuads, export.DOT, export.JSONLD, export.SVG} {
		t.Run(string(f), func(t *testing.T) {
			opt := export.Options{Around: soleimani, Depth: 2, WithEvidence: true}
			a, b := exportText(t, st, opt, f), exportText(t, st, opt, f)
			if a != b {
				t.Errorf("two exports differ:\n%s", cmp.Diff(a, b))
			}
		})
	}
}

func TestSVG(t *testing.T) {
	st := seedStore(t)
	out := exportText(t, st, export.Options{Around: soleimani, Depth: 1}, export.SVG)
	var root struct {
		XMLName xml.Name
	}
	if err := xml.Unmarshal([]byte(out), &root); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if root.XMLName.Local != "svg" {
		t.Errorf("root element is %q, want svg", root.XMLName.Local)
	}
	for _, want := range []string{"Quds Force", "Qasem Soleimani", "leads"} {
		if !strings.Contains(out, want) {
			t.Errorf("svg does not mention %q", want)
		}
	}
}

// TestPNG decodes the drawing and checks it is mostly light: edges are
// lines, not the filled blobs go-graphviz's own PNG renderer draws.
func TestPNG(t *testing.T) {
	st := seedStore(t)
	tests := []struct {
		name string
		opt  export.Options
	}{
		{"around", export.Options{Around: soleimani, Depth: 1}},
		{"between", export.Options{Between: [2]quad.Value{trump, kataib}, MaxHops: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := exportText(t, st, tt.opt, export.PNG)
			img, err := png.Decode(strings.NewReader(out))
			if err != nil {
				t.Fatalf("not a PNG: %v", err)
			}
			b := img.Bounds()
			// Edges are #555555: count the pixels of about that grey.
			grey := 0
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					r, g, bl, _ := img.At(x, y).RGBA()
					if near(r>>8, 0x55) && near(g>>8, 0x55) && near(bl>>8, 0x55) {
						grey++
					}
				}
			}
			share := float64(grey) / float64(b.Dx()*b.Dy())
			t.Logf("%.2f%% of the %dx%d picture is edge grey", 100*share, b.Dx(), b.Dy())
			if share > 0.05 {
				t.Errorf("%.0f%% of the %dx%d picture is edge grey; edges drawn filled?", 100*share, b.Dx(), b.Dy())
			}
		})
	}
}

func near(v, want uint32) bool { return v+0x18 >= want && v <= want+0x18 }

func TestDOT(t *testing.T) {
	st := seedStore(t)
	out := exportText(t, st, export.Options{Around: soleimani, Depth: 1, WithEvidence: true}, export.DOT)
	for _, want := range []string{
		"digraph kg {",
		`"` + string(soleimani) + `" -> "` + string(qudsForce) + `" [label="leads", tooltip="There is little doubt over the extent of Iran's influence in the attack, as Qasem Soleimani, the leader of Iran's elite Quds Force was spotted during the siege."]`,
		`label="Quds Force\n(MilitaryUnit)`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dot does not contain %q:\n%s", want, out)
		}
	}
}

// TestJSONLD reads the JSON-LD back with Cayley's reader: the quads are the
// ones the N-Quads export holds.
func TestJSONLD(t *testing.T) {
	st := extendedStore(t)
	for _, sel := range selections {
		t.Run(sel.name, func(t *testing.T) {
			out := exportText(t, st, sel.opt, export.JSONLD)
			if !strings.Contains(out, `"@context"`) {
				t.Errorf("json-ld has no context:\n%s", out)
			}
			r := jsonld.NewReader(strings.NewReader(out))
			var back []quad.Quad
			for {
				q, err := r.ReadQuad()
				if err == io.EOF {
					break
				} else if err != nil {
					t.Fatal(err)
				}
				back = append(back, q)
			}
			var got bytes.Buffer
			if err := export.WriteNQuads(&got, back); err != nil {
				t.Fatal(err)
			}
			want := exportText(t, st, sel.opt, export.NQuads)
			if diff := cmp.Diff(want, got.String()); diff != "" {
				t.Errorf("json-ld read back differs from the n-quads (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want export.Format
		err  bool
	}{
		{"nquads", export.NQuads, false},
		{"SVG", export.SVG, false},
		{"jsonld", export.JSONLD, false},
		{"turtle", "", true},
	}
	for _, tt := range tests {
		got, err := export.ParseFormat(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseFormat(%q) = %q, %v", tt.in, got, err)
		}
		if err != nil && !errors.Is(err, export.ErrUnknownFormat) {
			t.Errorf("ParseFormat(%q) error %v is not ErrUnknownFormat", tt.in, err)
		}
	}
}

// TestNQuadsDialect checks what WriteNQuads makes of Cayley's dialect.
func TestNQuadsDialect(t *testing.T) {
	st := dialectStore(t)
	got := lines(exportText(t, st, export.Options{}, export.NQuads))
	for _, want := range []string{
		"<https://kg.example.org/alice> <https://kg.example.org/knows> <https://kg.example.org/people/bob> <https://kg.example.org/graph1> .",
		`_:kgx`,
		`<http://example.org/p> "5"^^<http://www.w3.org/2001/XMLSchema#integer> _:kgx`,
		`_:ok_1 <http://example.org/p> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .`,
		`<http://example.org/s> <http://example.org/when> "2020-01-03T00:01:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .`,
		`<http://example.org/s> <http://example.org/score> "5E-01"^^<http://www.w3.org/2001/XMLSchema#double> .`,
	} {
		if !containsLine(got, want) {
			t.Errorf("no line contains %s", want)
		}
	}
	if containsLine(got, "a:b") || containsLine(got, "<alice>") || containsLine(got, "<xsd:") {
		t.Errorf("dialect left in the export:\n%s", strings.Join(got, "\n"))
	}
}

func TestNQuadsRejectsLiteralLabel(t *testing.T) {
	q := quad.Quad{Subject: quad.IRI("http://a"), Predicate: quad.IRI("http://p"), Object: quad.String("x"), Label: quad.String("l")}
	if err := export.WriteNQuads(io.Discard, []quad.Quad{q}); err == nil {
		t.Error("no error for a literal graph label")
	}
}

func TestNQuadsEscapesIRIs(t *testing.T) {
	q := quad.Quad{Subject: quad.IRI(`http://a/b c|\`), Predicate: quad.IRI("http://p"), Object: quad.String("say \"hi\"\n")}
	var buf bytes.Buffer
	if err := export.WriteNQuads(&buf, []quad.Quad{q}); err != nil {
		t.Fatal(err)
	}
	want := `<http://a/b%20c%7C%5C> <http://p> "say \"hi\"\n" .` + "\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Error(diff)
	}
}

var ignoreDup = cgraph.IgnoreOpts{IgnoreDup: true}

func deltas(qs []quad.Quad) []cgraph.Delta {
	out := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		out[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	return out
}

func lines(s string) []string {
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func containsLine(ls []string, sub string) bool {
	for _, l := range ls {
		if strings.Contains(l, sub) {
			return true
		}
	}
	return false
}

// assertSelfDescribing checks every entity IRI in subject or object position
// of a statement has a schema:name line.
func assertSelfDescribing(t *testing.T, ls []string) {
	t.Helper()
	named := map[string]bool{}
	for _, l := range ls {
		if f := strings.SplitN(l, " ", 3); len(f) == 3 && f[1] == "<"+string(schema.Name)+">" {
			named[f[0]] = true
		}
	}
	for _, l := range ls {
		for _, f := range strings.Fields(l) {
			if strings.HasPrefix(f, "<"+schema.EntityNS) && !named[f] {
				t.Errorf("entity %s has no name in the export", f)
				return
			}
		}
	}
}
