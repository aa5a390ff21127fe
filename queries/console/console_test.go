package console

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

// testStore: soleimani --leads--> quds-force --partOf--> irgc, with names.
func testStore() *memstore.QuadStore {
	id := func(s string) quad.IRI { return quad.IRI("https://kg.example.org/id/" + s) }
	kg := func(s string) quad.IRI { return quad.IRI("https://kg.example.org/ns#" + s) }
	name := quad.IRI("http://schema.org/name")
	s1 := quad.IRI("https://kg.example.org/doc/d1#s1")
	return memstore.New(
		quad.Make(id("qasem-soleimani"), name, quad.String("Qasem Soleimani"), nil),
		quad.Make(id("quds-force"), name, quad.String("Quds Force"), nil),
		quad.Make(id("irgc"), name, quad.String("Islamic Revolutionary Guard Corps"), nil),
		quad.Make(id("qasem-soleimani"), kg("leads"), id("quds-force"), s1),
		quad.Make(id("quds-force"), kg("partOf"), id("irgc"), s1),
	)
}

func saved(name string, args map[string]string) (string, error) {
	if who, ok := args["who"]; ok {
		return fmt.Sprintf("g.V(%q).out(\"<kg:leads>\").all()\n", who), nil
	}
	if name == "leaders" {
		return "g.V().tag(\"leader\")\n  .out(\"<kg:leads>\").all()\n", nil
	}
	return "", fmt.Errorf("no saved query %q", name)
}

// A script fed through a reader: several multi-line queries, comments, an
// error, a runaway loop stopped at its timeout, :limit, :load and :quit.
func TestScript(t *testing.T) {
	in := `// Who leads what?
g.V().tag("leader")
  .out("<kg:leads>")
  .all()

g.V(kg.entity("quds force")).out(
  "<kg:partOf>"
).all()
/* a comment
   over lines */
nope(1)
var groups = g.V().has("<schema:name>").count()
:timeout 50ms
while (true) {
}
groups + 100
:limit 2
:limit
g.V().out("<schema:name>").all()
:limit none
g.V().out("<schema:name>").all()
:load leaders
:load missing
:frobnicate
function leads(x) {
  return g.V(x).out("<kg:leads>")  // (a comment with a bracket
}
leads("<id:qasem-soleimani>").all()
:quit
g.V().all()
`
	var out bytes.Buffer
	err := Run(context.Background(), Config{In: strings.NewReader(in), Out: &out, Store: testStore(), Saved: saved})
	if err != nil {
		t.Fatal(err)
	}
	want := `id               leader
<id:quds-force>  <id:qasem-soleimani>
1 result
id
<id:irgc>
1 result
error: query: line 1:5: ReferenceError: nope is not defined
error: query stopped after 50ms timeout
103
1 result
limit: 2
id
Qasem Soleimani
Quds Force
2 results (limit of 2 reached)
id
Qasem Soleimani
Quds Force
Islamic Revolutionary Guard Corps
3 results
id               leader
<id:quds-force>  <id:qasem-soleimani>
1 result
error: :load missing: no saved query "missing"
error: unknown command :frobnicate (:help lists them)
id
<id:quds-force>
1 result
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
}

func TestErrOutAndTime(t *testing.T) {
	in := ":time\ng.V(\"<id:irgc>\").all()\nx.y\n:time\n1\n"
	var out, errOut bytes.Buffer
	err := Run(context.Background(), Config{In: strings.NewReader(in), Out: &out, ErrOut: &errOut, Store: testStore()})
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^id\n<id:irgc>\n1 result\ntime: [0-9.]+[µm]?s\ntime: [0-9.]+[µm]?s\n1\n1 result\n$`).MatchString(out.String()) {
		t.Errorf("out:\n%s", out.String())
	}
	if got, want := errOut.String(), "error: query: line 1:1: ReferenceError: x is not defined\n"; got != want {
		t.Errorf("errors %q, want %q", got, want)
	}
}

func TestUnfinishedAtEOF(t *testing.T) {
	var out bytes.Buffer
	err := Run(context.Background(), Config{In: strings.NewReader("g.V(\"<id:irgc>\")\n  .out("), Out: &out, Store: testStore()})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "error: query: line 3:1: SyntaxError: Unexpected end of input") {
		t.Errorf("got %q", out.String())
	}
}

func TestSettings(t *testing.T) {
	tests := []struct{ in, want string }{
		{":limit\n:timeout\n", "limit: 100\ntimeout: 30s\n"},
		{":limit 0\n:limit\n:timeout 0\n:timeout\n", "limit: none\ntimeout: none\n"},
		{":limit -3\n:limit\n:timeout 2m\n:timeout\n", "limit: none\ntimeout: 2m0s\n"},
		{":limit x\n:timeout soon\n:load\n", "error: :limit: \"x\" is not a number of results (or none)\n" +
			"error: :timeout: \"soon\" is not a duration such as 30s or 2m (or none)\n" +
			"error: :load: there are no saved queries\n"},
		{":load leaders\n", "error: :load: there are no saved queries\n"},
		{":help\n", help},
		{":q\n:limit\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var out bytes.Buffer
			if err := Run(context.Background(), Config{In: strings.NewReader(tt.in), Out: &out, Store: testStore()}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, out.String()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// Run ends when ctx does, even while it waits for input.
func TestContextEnds(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		done <- Run(ctx, Config{In: r, Out: io.Discard, Store: testStore()})
	}()
	fmt.Fprintln(w, `g.V().all()`)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Run did not return")
	}
}

// fakeTerminal plays lines and errors as a terminal would and records the
// prompts and history.
type fakeTerminal struct {
	inputs  []any // string or error
	prompts []string
	history []string
}

func (f *fakeTerminal) ReadLine(prompt string) (string, error) {
	f.prompts = append(f.prompts, prompt)
	if len(f.inputs) == 0 {
		return "", io.EOF
	}
	in := f.inputs[0]
	f.inputs = f.inputs[1:]
	if err, ok := in.(error); ok {
		return "", err
	}
	return in.(string), nil
}

func (f *fakeTerminal) AddHistory(line string) { f.history = append(f.history, line) }

// On a terminal: prompts, Ctrl-C at the prompt drops the unfinished query,
// Ctrl-C during a query stops only that query, and Ctrl-D quits.
func TestInteractive(t *testing.T) {
	ft := &fakeTerminal{inputs: []any{
		"g.V(",
		errAborted, // Ctrl-C: forget g.V(
		`g.V("<id:irgc>").`,
		`  in("<kg:partOf>").all()`,
		`g.V("<id:qasem-soleimani>")`, // runs, and prints nothing
		`  .out("<kg:leads>").all()`,  // goes on from it`
		"while (true) {}",             // stopped by Ctrl-C below
		":limit 1",
		`g.V().out("<schema:name>").all()`,
	}}
	var out bytes.Buffer
	// Should the interrupt not stop the loop, the timeout fails the test
	// rather than hanging it.
	c := newConsole(Config{Out: &out, Store: testStore(), Timeout: time.Minute})
	c.lines, c.interactive = ft, true
	interrupts := 0
	c.interrupts = func() (<-chan os.Signal, func()) {
		interrupts++
		ch := make(chan os.Signal, 1)
		if interrupts == 4 { // the while loop: press Ctrl-C
			ch <- os.Interrupt
		}
		return ch, func() {}
	}
	if err := c.loop(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := `id
<id:quds-force>
1 result
no results: the query ends on a path it never runs; add .all()
id
<id:quds-force>
1 result
error: query cancelled
limit: 1
id
Qasem Soleimani
1 result (limit of 1 reached)

`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
	wantPrompts := []string{Prompt, ContinuePrompt, Prompt, ContinuePrompt, Prompt, Prompt, Prompt, Prompt, Prompt, Prompt}
	if diff := cmp.Diff(wantPrompts, ft.prompts); diff != "" {
		t.Errorf("prompts (-want +got):\n%s", diff)
	}
	// A query typed over several lines is one entry, so recalling it
	// brings it back whole; so is one continued by a line starting with ".".
	wantHistory := []string{`g.V("<id:irgc>"). in("<kg:partOf>").all()`, `g.V("<id:qasem-soleimani>")`,
		`g.V("<id:qasem-soleimani>") .out("<kg:leads>").all()`, "while (true) {}", ":limit 1", `g.V().out("<schema:name>").all()`}
	if diff := cmp.Diff(wantHistory, ft.history); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
}

func TestNotATerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "in")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f, f) || isTerminal(strings.NewReader(""), io.Discard) {
		t.Error("isTerminal: true for a file or a string")
	}
}
