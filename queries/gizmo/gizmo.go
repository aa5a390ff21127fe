// Package gizmo runs Gizmo, Cayley's JavaScript query language, over a kg
// store and renders the results as Cayley's HTTP API v2 JSON or as a text
// table for people.
//
// On top of Cayley's Gizmo it adds, per session and without touching
// Cayley's package-level state:
//
//   - prefixed IRIs: a string literal "<id:qasem-soleimani>" or "<kg:leads>"
//     is expanded to the full IRI before the script runs, and
//     g.IRI("id:" + slug) expands computed ones (see DefaultPrefixes);
//   - kg.entity("Soleimani"), which returns the IRI of the entity whose
//     schema:name or schema:alternateName matches, ignoring case and
//     punctuation, and kg.entities(name), which returns all candidates;
//   - a timeout and cancellation that stop runaway scripts such as
//     while(true){}, and a session that can run any number of queries in a
//     row;
//   - bounds on what one query may take (see Options): a memory ceiling, an
//     output budget, a call stack limit, and a time limit on each match of
//     a backtracking regular expression (RegexpMatchTimeout), so that a
//     hostile query cannot take the process down.
//
// Errors: a script that does not compile or throws returns a *ScriptError; a
// query stopped by its timeout or by ctx returns a *StoppedError; one
// stopped at a bound returns a *LimitError. They wrap the underlying error.
package gizmo

import (
	"cmp"
	"context"
	_ "embed" // the prelude script
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	cgizmo "github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// Defaults for Options, as in Cayley's HTTP API.
const (
	DefaultLimit   = 100              // results per query
	DefaultTimeout = 30 * time.Second // running time per query
)

// Options control one query.
type Options struct {
	// Limit caps the results (rows of .all(), emitted values and the
	// script's final value) at Limit; 0 means DefaultLimit, a negative
	// number no limit. .getLimit(n) in the script overrides it.
	Limit int
	// Timeout stops the query after Timeout; 0 means DefaultTimeout, a
	// negative duration none.
	Timeout time.Duration
	Bounds
}

// Bounds limit what one query may take besides time.
type Bounds struct {
	// MaxMemory stops the query when the heap has grown by more than
	// MaxMemory bytes while it runs; built-in functions that would build a
	// larger string or array in one call throw a RangeError. 0 means
	// DefaultMaxMemory, a negative number none.
	MaxMemory int64
	// MaxOutput stops the query when its results pass MaxOutput bytes; 0
	// means DefaultMaxOutput, a negative number none.
	MaxOutput int64
	// MaxStack bounds the depth of nested JavaScript calls; 0 means
	// DefaultMaxStack, a negative number none.
	MaxStack int
}

func (o Options) limit() int {
	switch {
	case o.Limit == 0:
		return DefaultLimit
	case o.Limit < 0:
		return 0
	}
	return o.Limit
}

func (o Options) timeout() time.Duration {
	switch {
	case o.Timeout == 0:
		return DefaultTimeout
	case o.Timeout < 0:
		return 0
	}
	return o.Timeout
}

// Run runs one Gizmo query over qs in a fresh session with DefaultPrefixes.
func Run(ctx context.Context, qs cgraph.QuadStore, src string, opt Options) (*Result, error) {
	return NewSession(qs, nil).Run(ctx, src, opt)
}

// A Session runs Gizmo queries one after another over one store. Variables
// and functions a query defines stay for the next ones, except after a query
// that was stopped while it could not be interrupted cleanly: then the next
// query starts in a fresh JavaScript environment. A Session is safe for
// concurrent use; queries run one at a time.
type Session struct {
	qs      cgraph.QuadStore
	pre     *prefixes
	prelude string

	mu   sync.Mutex
	js   *cgizmo.Session // nil before the first query and after a reset
	room int64           // the running query's memory ceiling, for bounds.js
	ctx  context.Context // the running query's, for kg.entity's look-ups
}

// NewSession returns a session over qs. prefixes maps prefix names (without
// the colon) to namespaces; nil means DefaultPrefixes.
func NewSession(qs cgraph.QuadStore, prefixes map[string]string) *Session {
	if prefixes == nil {
		prefixes = DefaultPrefixes()
	}
	p := newPrefixes(prefixes)
	return &Session{qs: qs, pre: p, prelude: buildPrelude(p)}
}

//go:embed prelude.js
var preludeJS string

// buildPrelude returns the script run at the start of every JavaScript
// environment: the namespaces for g.IRI, then the kg helpers.
func buildPrelude(p *prefixes) string {
	var b strings.Builder
	for _, n := range p.byNS {
		pref, _ := json.Marshal(n.prefix)
		ns, _ := json.Marshal(n.ns)
		fmt.Fprintf(&b, "g.addNamespace(%s, %s);\n", pref, ns)
	}
	b.WriteString(preludeJS)
	return b.String()
}

// errTimedOut is the cause of a context whose query timeout passed.
var errTimedOut = errors.New("query timeout")

// drainWait bounds how long a stopped query may take to unwind before its
// JavaScript environment is given up.
const drainWait = time.Second

// Run runs the Gizmo script src. Rows come from .all() and .getLimit(n)
// (one map of tags per path), g.emit(v) and the script's final value, such
// as the number g.V().count() returns.
func (s *Session) Run(ctx context.Context, src string, opt Options) (*Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()

	if s.js == nil {
		// The prelude is not the analyst's query: it does not count
		// against the query's timeout, only against ctx.
		pctx, cancel := context.WithTimeoutCause(ctx, DefaultTimeout, errTimedOut)
		js := cgizmo.NewSession(s.qs)
		rt := runtimeOf(js)
		if rt == nil {
			cancel()
			return nil, errors.New("gizmo: start session: cannot reach Cayley's JavaScript runtime to bound it")
		}
		rt.Set("__kg_room", func() int64 { return s.room })
		s.setResolver(rt)
		_, err := s.exec(pctx, js, boundsJS+s.prelude, 0, DefaultTimeout, nil)
		cancel()
		var stop *StoppedError
		if errors.As(err, &stop) && stop.Timeout == 0 {
			return nil, err
		}
		if err != nil {
			return nil, fmt.Errorf("gizmo: start session: %w", err)
		}
		s.js = js
	}

	timeout := opt.timeout()
	var cancel context.CancelFunc
	if timeout > 0 {
		ctx, cancel = context.WithTimeoutCause(ctx, timeout, errTimedOut)
	} else {
		ctx, cancel = context.WithCancel(ctx)
	}
	defer cancel()
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	s.room = opt.maxMemory()
	s.ctx = ctx
	rt := runtimeOf(s.js)
	rt.SetMaxCallStackSize(int(cmp.Or(opt.maxStack(), math.MaxInt32)))
	endWatch := watchHeap(stop, rt, s.room)
	res, err := s.exec(ctx, s.js, s.pre.rewrite(src), opt.limit(), timeout, &box{stop: stop, outputMax: opt.maxOutput()})
	if endWatch() && err == nil && s.js != nil {
		// The script ended on its own just as the watch interrupted it:
		// the runtime is idle, and the interrupt would kill the next query.
		rt.ClearInterrupt()
	}
	if le := limitError(err, opt.maxStack()); le != nil {
		err = le
	}
	if s.js != nil {
		asked := s.took()
		if res != nil {
			res.Asked = asked || len(res.Rows) > 0
		}
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}

// took reports whether the last script asked for results (called .all(),
// .getLimit() or g.emit()), and resets the count prelude.js keeps.
func (s *Session) took() bool {
	ctx, cancel := context.WithTimeoutCause(context.Background(), DefaultTimeout, errTimedOut)
	defer cancel()
	res, err := s.exec(ctx, s.js, "__kg_took()", 0, DefaultTimeout, nil)
	if err != nil || len(res.Rows) != 1 {
		return false
	}
	n, _ := res.Rows[0].(int64)
	return n > 0
}

// exec runs src in js. After a stopped query it drops s.js unless the
// script was verifiably interrupted.
func (s *Session) exec(ctx context.Context, js *cgizmo.Session, src string, limit int, timeout time.Duration, b *box) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, stopped(ctx, timeout)
	}
	it, err := js.Execute(ctx, src, query.Options{Collation: query.Raw, Limit: limit})
	if err != nil {
		return nil, scriptError(src, err)
	}
	res := &Result{Limit: limit, pre: s.pre}
	sent := 0
	for it.Next(ctx) {
		r, ok := it.Result().(*cgizmo.Result)
		if !ok || r == nil {
			continue
		}
		sent++
		var row any
		switch {
		case r.Meta && isInternal(r.Val):
			res.EndsOnPath = true
			continue
		case r.Meta || r.Tags == nil:
			if row, ok = native(r.Val); !ok {
				continue
			}
		default:
			if row, err = s.tagRow(r.Tags); err != nil {
				return nil, fmt.Errorf("gizmo: read result: %w", err)
			}
		}
		if b.add(row) {
			res.Rows = append(res.Rows, row)
		}
	}
	if err := it.Err(); err != nil {
		if ctx.Err() != nil {
			s.settle(it)
			return nil, stopped(ctx, timeout)
		}
		return nil, scriptError(src, err)
	}
	res.LimitReached = limit > 0 && sent == limit
	return res, nil
}

// settle waits a little for a stopped script to unwind. Cayley's session
// interrupts its JavaScript VM when the query's context ends; if the VM was
// not running at that moment (the script had just finished, or was inside
// Go code) the interrupt stays pending and would kill the next query
// ("iterator closed" in Cayley's own console), so the environment is kept
// only when the script provably ended on the interrupt.
func (s *Session) settle(it query.Iterator) {
	done := make(chan error, 1)
	go func() {
		for it.Next(context.Background()) {
		}
		done <- it.Err()
	}()
	select {
	case err := <-done:
		var ie *goja.InterruptedError
		if errors.As(err, &ie) {
			return
		}
	case <-time.After(drainWait):
	}
	s.js = nil
}

// tagRow names the tagged nodes of one path, as Cayley's JSON collation
// does.
func (s *Session) tagRow(tags map[string]cgraph.Ref) (map[string]any, error) {
	row := make(map[string]any, len(tags))
	for k, ref := range tags {
		v, err := s.qs.NameOf(ref)
		if err != nil {
			return nil, err
		}
		if v != nil {
			row[k] = nativeValue(v)
		}
	}
	return row, nil
}

// rawKey is the property under which prelude.js keeps the Go object a
// path or g wraps.
const rawKey = "__kg_gizmo"

// isInternal reports whether v is one of Gizmo's own objects (a path, a
// morphism or g itself), bare or wrapped by prelude.js: a script ending in
// g.V("<x>") without .all().
func isInternal(v any) bool {
	if m, ok := v.(map[string]any); ok && len(m) == 1 {
		if raw, ok := m[rawKey]; ok {
			return isInternal(raw)
		}
	}
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer {
		return false
	}
	return t.Elem().PkgPath() == reflect.TypeOf(cgizmo.Result{}).PkgPath()
}

// StoppedError reports a query stopped before it finished, by its timeout
// or because its context ended (Ctrl-C in a console).
type StoppedError struct {
	// Timeout is the query's timeout when that is what stopped it, else 0.
	Timeout time.Duration
	// Cause is context.DeadlineExceeded or context.Canceled, or the
	// context's own cause.
	Cause error
}

// Error says what stopped the query: "query stopped after 30s timeout",
// "query cancelled".
func (e *StoppedError) Error() string {
	switch {
	case e.Timeout > 0:
		return fmt.Sprintf("query stopped after %v timeout", e.Timeout)
	case errors.Is(e.Cause, context.Canceled):
		return "query cancelled"
	}
	return fmt.Sprintf("query stopped: %v", e.Cause)
}

// Unwrap returns the cause.
func (e *StoppedError) Unwrap() error { return e.Cause }

func stopped(ctx context.Context, timeout time.Duration) error {
	cause := context.Cause(ctx)
	var le *LimitError
	if errors.As(cause, &le) {
		return le
	}
	if errors.Is(cause, errTimedOut) {
		return &StoppedError{Timeout: timeout, Cause: context.DeadlineExceeded}
	}
	return &StoppedError{Cause: cause}
}

// ScriptError is an error in a Gizmo script: a syntax error, or an
// exception the script, Gizmo or kg's helpers threw.
type ScriptError struct {
	Line, Column int    // position in the query, from 1; 0 when unknown
	Message      string // such as "ReferenceError: x is not defined"
	Err          error  // goja's or Cayley's error
}

// Error gives the position and the message: "query: line 1:5:
// ReferenceError: nope is not defined".
func (e *ScriptError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("query: line %d:%d: %s", e.Line, e.Column, e.Message)
	}
	return "query: " + e.Message
}

// Unwrap returns goja's or Cayley's error.
func (e *ScriptError) Unwrap() error { return e.Err }

func scriptError(src string, err error) error {
	se := &ScriptError{Message: err.Error(), Err: err}
	var (
		syn *goja.CompilerSyntaxError
		exc *goja.Exception
	)
	switch {
	case errors.As(err, &syn):
		se.Message = "SyntaxError: " + syn.Message
		if syn.File != nil {
			pos := syn.File.Position(syn.Offset)
			se.Line, se.Column = pos.Line, pos.Column
			break
		}
		// goja keeps the parser's position only inside the message; parse
		// again for it.
		var list parser.ErrorList
		if _, perr := parser.ParseFile(nil, "", src, 0); errors.As(perr, &list) && len(list) > 0 {
			se.Message = "SyntaxError: " + list[0].Message
			se.Line, se.Column = list[0].Position.Line, list[0].Position.Column
		}
	case errors.As(err, &exc):
		se.Message = strings.TrimPrefix(exc.Value().String(), "Error: ")
		for _, f := range exc.Stack() {
			if strings.HasPrefix(f.FuncName(), "__kg_") {
				continue
			}
			if pos := f.Position(); pos.Line > 0 {
				se.Line, se.Column = pos.Line, pos.Column
				break
			}
		}
	}
	return se
}
