package gizmo

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"
)

// The graph in testdata/kg.nq, one document d1 with sentences s1..s3 that
// label the facts:
//
//	united-states --attacked(s3)--> qasem-soleimani --presentAt(s3)--> baghdad
//	      ^                              |
//	      |                         leads(s1)
//	threatened(s3)                       v
//	      |          kataib-hezbollah --backedBy(s2)--> quds-force --partOf(s1)--> irgc
//	  mahdi-army            ^
//	                   leads(s2)
//	                        |
//	               abu-mahdi-al-muhandis
//
// Names: "Qasem Soleimani" (also "Qassem Suleimani", "Hajj Qasem"), "Quds
// Force" ("al-Quds Force"), "Islamic Revolutionary Guard Corps" ("IRGC"),
// "Kata'ib Hezbollah", "Hezbollah", "Abu Mahdi al-Muhandis", "Mahdi Army",
// "United States" ("U.S."), "Baghdad".
func kgStore(t testing.TB) *memstore.QuadStore {
	t.Helper()
	f, err := os.Open("testdata/kg.nq")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	quads, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		t.Fatalf("testdata/kg.nq: %v", err)
	}
	return memstore.New(quads...)
}

const (
	soleimani = "<https://kg.example.org/id/qasem-soleimani>"
	qudsForce = "<https://kg.example.org/id/quds-force>"
	irgc      = "<https://kg.example.org/id/irgc>"
)

func TestRunRows(t *testing.T) {
	qs := kgStore(t)
	tests := []struct {
		name, query string
		want        []any
	}{
		{"prefixed IRIs", `g.V("<id:qasem-soleimani>").out("<kg:leads>").all()`,
			[]any{map[string]any{"id": qudsForce}}},
		{"full IRIs", `g.V("<https://kg.example.org/id/quds-force>").out("<https://kg.example.org/ns#partOf>").all()`,
			[]any{map[string]any{"id": irgc}}},
		{"single quotes and template", "g.V('<id:qasem-soleimani>').out(`<kg:leads>`).all()",
			[]any{map[string]any{"id": qudsForce}}},
		{"g.IRI with a prefix", `g.V(g.IRI("id:" + "qasem-soleimani")).out(g.IRI("kg:leads")).all()`,
			[]any{map[string]any{"id": qudsForce}}},
		{"kg.entity", `g.V(kg.entity("Soleimani")).out("<kg:leads>").all()`,
			[]any{map[string]any{"id": qudsForce}}},
		{"tags and strings", `g.V("<id:quds-force>").tag("group").out("<schema:name>").all()`,
			[]any{map[string]any{"id": "Quds Force", "group": qudsForce}}},
		{"typed literal", `g.V("<doc:d1#s2>").out("<kg:index>").all()`,
			[]any{map[string]any{"id": int64(2)}}},
		{"facts of one sentence", `g.V().labelContext("<doc:d1#s1>").out("<kg:leads>").all()`,
			[]any{map[string]any{"id": qudsForce}}},
		{"emit", `g.emit({n: 1, iri: g.IRI("id:x"), list: ["a", 2.5]}); g.emit("s")`,
			[]any{map[string]any{"n": int64(1), "iri": "<https://kg.example.org/id/x>", "list": []any{"a", 2.5}}, "s"}},
		{"final value", `g.V().has("<rdf:type>", "<kg:ArmedGroup>").count()`, []any{int64(5)}},
		{"no final value for undefined", `var x = 1`, nil},
		{"unknown prefix left alone", `g.emit("<nope:x>")`, []any{"<nope:x>"}},
		{"prefix in a comment or computed string left alone", `// g.emit("<id:x>")
g.emit("<id" + ":x>", "x <id:x>")`, []any{"<id:x>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Run(context.Background(), qs, tt.query, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, res.Rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEndsOnPath(t *testing.T) {
	qs := kgStore(t)
	for _, q := range []string{`g.V("<id:irgc>")`, `g.M().out("<kg:leads>")`, `g`, `var p = g.V(); p`} {
		res, err := Run(context.Background(), qs, q, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !res.EndsOnPath || len(res.Rows) != 0 {
			t.Errorf("%s: EndsOnPath %v, rows %v; want true and none", q, res.EndsOnPath, res.Rows)
		}
	}
	res, err := Run(context.Background(), qs, `g.V("<id:irgc>").all()`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.EndsOnPath {
		t.Error(".all(): EndsOnPath set")
	}
}

func TestAsked(t *testing.T) {
	s := NewSession(kgStore(t), nil)
	tests := []struct {
		query string
		asked bool
	}{
		{`var x = 1`, false},
		{`function f() { return g.V() }`, false},
		{`var n = g.V().count()`, false},
		{`g.V("<id:nobody>").all()`, true},
		{`g.V("<id:nobody>").getLimit(3)`, true},
		{`g.V("<id:nobody>").forEach(function (d) { g.emit(d) })`, false},
		{`g.emit(null)`, true},
		{`x`, true},
		{`var y = 2`, false},
	}
	for _, tt := range tests {
		res, err := s.Run(context.Background(), tt.query, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		if res.Asked != tt.asked {
			t.Errorf("%s: Asked = %v, want %v", tt.query, res.Asked, tt.asked)
		}
	}
}

func TestLimit(t *testing.T) {
	var quads []quad.Quad
	for i := range 150 {
		quads = append(quads, quad.MakeIRI("s", "p", fmt.Sprintf("o%03d", i), ""))
	}
	qs := memstore.New(quads...)
	tests := []struct {
		name, query  string
		limit        int
		want         int
		limitReached bool
	}{
		{"default 100", `g.V("<s>").out("<p>").all()`, 0, 100, true},
		{"two", `g.V("<s>").out("<p>").all()`, 2, 2, true},
		{"none", `g.V("<s>").out("<p>").all()`, -1, 150, false},
		{"above the count", `g.V("<s>").out("<p>").all()`, 200, 150, false},
		{"getLimit overrides", `g.V("<s>").out("<p>").getLimit(5)`, 2, 5, false},
		{"exactly the limit", `g.V("<s>").out("<p>").all()`, 150, 150, true},
		{"emits count", `for (var i = 0; i < 10; i++) g.emit(i)`, 3, 3, true},
		{"toArray is not limited", `g.V("<s>").out("<p>").toArray().length`, 2, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Run(context.Background(), qs, tt.query, Options{Limit: tt.limit})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Rows) != tt.want || res.LimitReached != tt.limitReached {
				t.Errorf("got %d rows (limit reached %v), want %d (%v)", len(res.Rows), res.LimitReached, tt.want, tt.limitReached)
			}
		})
	}
}

// A script that never ends must stop at its timeout with a StoppedError.
func TestTimeout(t *testing.T) {
	qs := kgStore(t)
	done := make(chan struct{})
	var err error
	go func() {
		defer close(done)
		_, err = Run(context.Background(), qs, `while(true){}`, Options{Timeout: 50 * time.Millisecond})
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("while(true){} was not stopped")
	}
	var se *StoppedError
	if !errors.As(err, &se) {
		t.Fatalf("got %v (%T), want a *StoppedError", err, err)
	}
	if se.Timeout != 50*time.Millisecond || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("got %+v", se)
	}
	if got, want := err.Error(), "query stopped after 50ms timeout"; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}

// Cancelling ctx (Ctrl-C in a console) stops a running script.
func TestCancel(t *testing.T) {
	qs := kgStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		_, err := Run(ctx, qs, `var n = 0; while(true){ n++ }`, Options{Timeout: -1})
		done <- err
	}()
	time.Sleep(10 * time.Millisecond) // let it start; the test holds either way
	cancel()
	var err error
	select {
	case err = <-done:
	case <-time.After(time.Minute):
		t.Fatal("cancel did not stop the query")
	}
	var se *StoppedError
	if !errors.As(err, &se) || se.Timeout != 0 || !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v (%T), want a cancelled *StoppedError", err, err)
	}
	if got, want := err.Error(), "query cancelled"; got != want {
		t.Errorf("message %q, want %q", got, want)
	}

	_, err = Run(ctx, qs, `1`, Options{})
	if !errors.As(err, &se) {
		t.Errorf("already cancelled: got %v, want a *StoppedError", err)
	}
}

// One session runs any number of queries in a row, including after errors
// and stopped queries. (Cayley's own console fails the second query with
// "iterator closed".)
func TestSessionQueriesInARow(t *testing.T) {
	s := NewSession(kgStore(t), nil)
	ctx := context.Background()
	steps := []struct {
		query   string
		timeout time.Duration
		want    []any
		err     string
	}{
		{query: `var leader = g.M().in("<kg:leads>")`},
		{query: `g.V("<id:quds-force>").follow(leader).all()`, want: []any{map[string]any{"id": soleimani}}},
		{query: `g.V("<id:quds-force>").follow(leader).all()`, want: []any{map[string]any{"id": soleimani}}},
		{query: `g.V("<id:quds-force>").out("<kg:partOf>").all()`, want: []any{map[string]any{"id": irgc}}},
		{query: `nope()`, err: "ReferenceError: nope is not defined"},
		{query: `g.V("<id:quds-force>").follow(leader).count()`, want: []any{int64(1)}},
		{query: `g.V(`, err: "SyntaxError"},
		{query: `var n = 41`},
		{query: `while(true){}`, timeout: 20 * time.Millisecond, err: "query stopped after 20ms timeout"},
		{query: `n + 1`, want: []any{int64(42)}},
		{query: `g.V("<id:quds-force>").follow(leader).all()`, want: []any{map[string]any{"id": soleimani}}},
	}
	for i, st := range steps {
		res, err := s.Run(ctx, st.query, Options{Timeout: st.timeout})
		if st.err != "" {
			if err == nil || !strings.Contains(err.Error(), st.err) {
				t.Errorf("step %d %q: error %v, want one containing %q", i, st.query, err, st.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("step %d %q: %v", i, st.query, err)
		}
		if diff := cmp.Diff(st.want, res.Rows); diff != "" {
			t.Errorf("step %d %q (-want +got):\n%s", i, st.query, diff)
		}
	}
}

func TestScriptErrors(t *testing.T) {
	qs := kgStore(t)
	tests := []struct {
		name, query  string
		line, column int
		message      string
	}{
		{"syntax", "g.V(\n", 2, 1, "SyntaxError: Unexpected end of input"},
		{"reference", "var a = 1;\n  b.out()", 2, 3, "ReferenceError: b is not defined"},
		{"thrown", `throw new Error("stop")`, 1, 7, "stop"},
		{"in a helper: the analyst's line", "\n\ng.V(kg.entity('Nobody')).all()", 3, 14, `kg.entity: no entity named "Nobody"`},
		{"bad tag would crash Gizmo", `g.V().out("<kg:leads>", null)`, 1, 10, "TypeError: out: tag names must be strings, got null"},
		{"bad predicate would crash Gizmo", `g.V().in(regex("x"))`, 1, 9, `TypeError: in: expected a predicate such as "<kg:leads>", a path or a list of them, got an object`},
		{"bad iri would crash Gizmo", `g.V(iri(5))`, 1, 8, "TypeError: iri: expected a string, got number"},
		{"Gizmo's own error", `g.V({})`, 0, 0, "not a quad.Value: map[string]interface {}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Run(context.Background(), qs, tt.query, Options{})
			var se *ScriptError
			if !errors.As(err, &se) {
				t.Fatalf("got %v (%T), want a *ScriptError", err, err)
			}
			got := fmt.Sprintf("%d:%d %s", se.Line, se.Column, se.Message)
			want := fmt.Sprintf("%d:%d %s", tt.line, tt.column, tt.message)
			if got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
			if se.Err == nil || errors.Unwrap(err) == nil {
				t.Errorf("Unwrap: %v", errors.Unwrap(err))
			}
		})
	}
}

// Arguments that make Cayley's Gizmo panic must come back as errors; a
// panic here kills the test binary.
func TestGuardedArguments(t *testing.T) {
	qs := kgStore(t)
	for _, q := range []string{
		`g.V().out("<p>", null)`, `g.V().out("<p>", {})`, `g.V().In("<p>", [1, {}])`,
		`g.V().both(regex("x"))`, `g.V().out(function(){})`, `g.V().out([null])`, `g.V().out({})`,
		`g.V().followRecursive("<p>", "t", 5)`, `g.V().followRecursive("<p>", 2, null)`,
		`g.V().labelContext("<p>", 5)`, `g.V().LabelContext({})`,
		`iri(5)`, `iri(null)`, `bnode({})`, `raw(1)`, `str(null)`, `lang("x", 5)`, `typed(1, 2)`,
		`g.V().out.call({}, "<p>")`, `var f = g.V().out; f("<p>")`,
	} {
		t.Run(q, func(t *testing.T) {
			if _, err := Run(context.Background(), qs, q, Options{}); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestEntity(t *testing.T) {
	s := NewSession(kgStore(t), nil)
	tests := []struct {
		name string
		want any    // kg.entity's IRI, or kg.entities' list
		err  string // part of the error
	}{
		{name: "Qasem Soleimani", want: soleimani},
		{name: "qasem soleimani", want: soleimani},
		{name: "  QASEM—SOLEIMANI! ", want: soleimani},
		{name: "Qassem Suleimani", want: soleimani},
		{name: "Soleimani", want: soleimani},
		{name: "hajj", want: soleimani},
		{name: "AlQuds Force", want: qudsForce},
		{name: "irgc", want: irgc},
		{name: "I.R.G.C.", want: irgc},
		{name: "US", want: "<https://kg.example.org/id/united-states>"},
		{name: "Kataib Hezbollah", want: "<https://kg.example.org/id/kataib-hezbollah>"},
		{name: "Hezbollah", want: "<https://kg.example.org/id/hezbollah>"},
		{name: "Mahdi", err: `kg.entity: no entity named "Mahdi"; did you mean "Mahdi Army" (ArmedGroup), "Abu Mahdi al-Muhandis" (Person)?`},
		{name: "Soleiman", err: `kg.entity: no entity named "Soleiman"`},
		{name: "...", err: `kg.entity: no entity named "..."`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Run(context.Background(), fmt.Sprintf("kg.entity(%q)", tt.name), Options{})
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]any{tt.want}, res.Rows); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}

	res, err := s.Run(context.Background(), `g.emit(kg.entities("mahdi")); g.emit(kg.entities("nobody"));
		g.V(...kg.entities("Mahdi")).out().all()`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []any{
		[]any{"<https://kg.example.org/id/abu-mahdi-al-muhandis>", "<https://kg.example.org/id/mahdi-army>"},
		[]any{},
	}
	if diff := cmp.Diff(want, res.Rows[:2]); diff != "" {
		t.Errorf("kg.entities (-want +got):\n%s", diff)
	}
	if len(res.Rows) < 4 {
		t.Errorf("g.V(...kg.entities()): %v", res.Rows[2:])
	}

	if _, err := s.Run(context.Background(), `kg.entity(5)`, Options{}); err == nil || !strings.Contains(err.Error(), "TypeError: kg.entity: expected a name in quotes, got number") {
		t.Errorf("kg.entity(5): %v", err)
	}
}

func TestCustomPrefixes(t *testing.T) {
	qs := memstore.New(quad.MakeIRI("http://ex.org/a", "http://ex.org/p", "http://ex.org/b", ""))
	s := NewSession(qs, map[string]string{"ex:": "http://ex.org/"})
	res, err := s.Run(context.Background(), `g.V("<ex:a>").out(g.IRI("ex:p")).all(); g.emit("<id:a>")`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []any{map[string]any{"id": "<http://ex.org/b>"}, "<id:a>"}
	if diff := cmp.Diff(want, res.Rows); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
