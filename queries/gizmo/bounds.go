package gizmo

import (
	"context"
	_ "embed" // the guards on native string builders
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"runtime/metrics"
	"time"
	"unsafe"

	cgizmo "github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dlclark/regexp2"
	"github.com/dop251/goja"
)

// Defaults for the bounds of Options, sized so that a query past them
// leaves a laptop (and kg serve) well under 1 GiB.
const (
	DefaultMaxMemory = 192 << 20 // bytes the heap may grow by during a query
	DefaultMaxOutput = 64 << 20  // bytes of results
	DefaultMaxStack  = 10000     // nested JavaScript calls
)

// RegexpMatchTimeout bounds one match of a regular expression that Go's
// linear-time engine cannot run (backreferences, lookaround), which goja
// hands to a backtracking engine. A match past it counts as no match: goja
// drops the engine's error. It is what lets a catastrophic pattern such as
// /(a+)+(?=b)/ end soon after the query's timeout rather than pin a core.
const RegexpMatchTimeout = time.Second

func init() {
	// regexp2 reads this when a pattern is compiled; goja offers no
	// per-pattern setting. Only goja compiles regexp2 patterns in kg.
	regexp2.DefaultMatchTimeout = RegexpMatchTimeout
}

// heapSampleEvery is how often a running query's heap growth is checked
// until it passes half the ceiling; past that it is checked without pause
// (watchHeap).
const heapSampleEvery = 5 * time.Millisecond

// LimitError reports a query stopped because it went past one of its
// bounds: memory, output or call stack.
type LimitError struct {
	// Bound names the bound: "memory ceiling", "output budget" or "call
	// stack limit".
	Bound string
	// Limit is the bound's value, in bytes or (for the call stack) calls.
	Limit int64
}

// Error names the bound and its value: "query stopped: past its memory
// ceiling of 256 MiB".
func (e *LimitError) Error() string {
	v := byteSize(e.Limit)
	if e.Bound == boundStack {
		v = fmt.Sprintf("%d nested calls", e.Limit)
	}
	return fmt.Sprintf("query stopped: past its %s of %s", e.Bound, v)
}

// The bounds a LimitError names.
const (
	boundMemory = "memory ceiling"
	boundOutput = "output budget"
	boundStack  = "call stack limit"
)

// byteSize writes n bytes for people: 256 MiB, 1.5 GiB, 512 bytes.
func byteSize(n int64) string {
	units := []string{"bytes", "KiB", "MiB", "GiB", "TiB"}
	f, i := float64(n), 0
	for f >= 1024 && i < len(units)-1 {
		f /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%.4g %s", f, units[i])
}

func (b Bounds) maxMemory() int64 { return orDefault(b.MaxMemory, DefaultMaxMemory) }
func (b Bounds) maxOutput() int64 { return orDefault(b.MaxOutput, DefaultMaxOutput) }
func (b Bounds) maxStack() int64  { return orDefault(int64(b.MaxStack), DefaultMaxStack) }

// orDefault reads a bound: 0 means def, a negative value none (0).
func orDefault(v, def int64) int64 {
	switch {
	case v == 0:
		return def
	case v < 0:
		return 0
	}
	return v
}

// box holds one running query's bounds.
type box struct {
	stop      context.CancelCauseFunc
	outputMax int64 // 0: none
	output    int64 // bytes of results so far
}

// add counts the bytes of one result row and stops the query when they
// pass the output budget. It reports whether the row fits.
func (b *box) add(row any) bool {
	if b == nil || b.outputMax == 0 {
		return true
	}
	b.output += outputSize(row)
	if b.output > b.outputMax {
		b.stop(&LimitError{Bound: boundOutput, Limit: b.outputMax})
		return false
	}
	return true
}

// outputSize estimates the bytes a result row takes once written: its
// strings, and a few bytes for every other value.
func outputSize(v any) int64 {
	const overhead = 8
	switch v := v.(type) {
	case string:
		return int64(len(v)) + overhead
	case []any:
		n := int64(overhead)
		for _, e := range v {
			n += outputSize(e)
		}
		return n
	case map[string]any:
		n := int64(overhead)
		for k, e := range v {
			n += int64(len(k)) + outputSize(e)
		}
		return n
	}
	return overhead
}

// watchHeap stops the query with a *LimitError once the process's heap has
// grown by more than limit bytes since the query started. The heap is
// shared, so queries running side by side count against each other, and
// garbage not yet collected counts too (with Go's default pacing it stays
// below the live heap, so a store whose snapshot takes less than the
// ceiling leaves room for any honest query). It does not collect garbage
// first: a collection takes long enough for a doubling string to pass 1 GB.
//
// Past the ceiling it cancels the query and interrupts rt itself, rather
// than leave the interrupt to the goroutine that waits on the query's
// context: on a busy machine that second wake-up can come after the next
// doubling. The returned function ends the watch and reports whether it
// stopped the query.
func watchHeap(stop context.CancelCauseFunc, rt *goja.Runtime, limit int64) (end func() bool) {
	if limit <= 0 {
		return func() bool { return false }
	}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heap := func() int64 {
		metrics.Read(sample)
		return int64(sample[0].Value.Uint64())
	}
	base := heap()
	done := make(chan struct{})
	fired := make(chan bool, 1)
	go func() {
		tick := time.NewTimer(heapSampleEvery)
		defer tick.Stop()
		near := false
		for {
			if near {
				// Past half the ceiling one more doubling of a string
				// passes it, and a timer's wake-up comes late on a busy
				// machine (a missed doubling took a child past 1 GiB):
				// poll, yielding, until the query ends or passes it.
				select {
				case <-done:
					fired <- false
					return
				default:
					runtime.Gosched()
				}
			} else {
				select {
				case <-done:
					fired <- false
					return
				case <-tick.C:
				}
			}
			grown := heap() - base
			if grown > limit {
				err := &LimitError{Bound: boundMemory, Limit: limit}
				stop(err)
				if rt != nil {
					rt.Interrupt(err)
				}
				fired <- true
				return
			}
			if near = grown > limit/2; !near {
				tick.Reset(heapSampleEvery)
			}
		}
	}()
	return func() bool {
		close(done)
		return <-fired
	}
}

// limitError turns goja's stack overflow into a *LimitError.
func limitError(err error, stack int64) error {
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return &LimitError{Bound: boundStack, Limit: stack}
	}
	return nil
}

// runtimeOf returns the JavaScript runtime inside Cayley's session, which
// Cayley keeps private; kg needs it to bound the call stack and to give the
// guards in bounds.js the memory ceiling. It returns nil if Cayley's
// session no longer has it (TestBoundsReachRuntime fails then).
func runtimeOf(js *cgizmo.Session) *goja.Runtime {
	f := reflect.ValueOf(js).Elem().FieldByName("vm")
	if !f.IsValid() || f.Type() != reflect.TypeFor[*goja.Runtime]() {
		return nil
	}
	return *(**goja.Runtime)(unsafe.Pointer(f.UnsafeAddr()))
}

//go:embed bounds.js
var boundsJS string
