package gizmo

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	cgizmo "github.com/cayleygraph/cayley/query/gizmo"
	"github.com/google/go-cmp/cmp"
)

// hostileEnv makes the test binary a child that runs one hostile query and
// reports its error, so that the parent can read the child's peak memory.
const hostileEnv = "KG_GIZMO_HOSTILE_QUERY"

// The attacks a red team ran against kg serve, each replayed in a child
// process whose peak RSS must stay under 1 GiB.
var hostileQueries = []struct {
	name, src string
	want      string // in the error
}{
	{"allocating loop", `var a = []; while (true) a.push(new Array(1e6))`, "memory ceiling"},
	{"doubling string", `var s = "x"; while (s.length < 2e9) s = s + s; s.length`, "memory ceiling"},
	{"2 GB string in one call", `var s = "x".repeat(2e9); for (var i = 0; i < 100; i++) g.emit(s)`, "memory ceiling"},
	{"large string emitted 100 times", `var s = "x".repeat(1e8); for (var i = 0; i < 100; i++) g.emit(s)`, "output budget"},
	{"many rows", `var r = "x".repeat(1000); for (var i = 0; i < 1e8; i++) g.emit(r)`, "output budget"},
	{"unbounded recursion", `function f(n) { return f(n + 1) + 1 } f(0)`, "call stack limit"},
	{"sparse array joined", `Array(1e9).join("x")`, "memory ceiling"},
}

func TestHostileQueriesAreBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a child process per attack")
	}
	for _, tc := range hostileQueries {
		t.Run(tc.name, func(t *testing.T) {
			out, rss := runChild(t, tc.src)
			if !strings.Contains(out, tc.want) {
				t.Errorf("child said %q, want an error naming the %s", out, tc.want)
			}
			if rss >= 1<<30 {
				t.Errorf("peak RSS %d MiB, want under 1 GiB", rss>>20)
			}
			t.Logf("%s; peak RSS %d MiB", tc.want, rss>>20)
		})
	}
}

// runChild runs src in a child process and returns what it printed and its
// peak resident memory in bytes.
func runChild(t *testing.T, src string) (string, int64) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHostileChild$")
	cmd.Env = append(os.Environ(), hostileEnv+"="+src)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return string(out), ru.Maxrss << 10 // Linux reports KiB
}

// TestHostileChild is the child of TestHostileQueriesAreBounded.
func TestHostileChild(t *testing.T) {
	src := os.Getenv(hostileEnv)
	if src == "" {
		t.Skip("only run as a child of TestHostileQueriesAreBounded")
	}
	_, err := Run(context.Background(), kgStore(t), src, Options{Limit: -1, Timeout: 20 * time.Second})
	fmt.Println("error:", err)
}

func TestLimitErrors(t *testing.T) {
	qs := kgStore(t)
	for _, tc := range []struct {
		name string
		src  string
		opt  Options
		want string
	}{
		{"stack", `function f(n) { return n === 0 ? 0 : f(n - 1) + 1 } f(100)`, Options{Bounds: Bounds{MaxStack: 50}},
			"query stopped: past its call stack limit of 50 nested calls"},
		{"output", `for (var i = 0; i < 100; i++) g.emit("0123456789")`, Options{Bounds: Bounds{MaxOutput: 100}},
			"query stopped: past its output budget of 100 bytes"},
		{"repeat", `"ab".repeat(1e6)`, Options{Bounds: Bounds{MaxMemory: 1 << 20}},
			"query: line 1:12: RangeError: repeat would need about 4 MiB, past the query's memory ceiling of 1 MiB"},
		{"array buffer", `new Float64Array(1e6)`, Options{Bounds: Bounds{MaxMemory: 1 << 20}},
			"query: line 1:1: RangeError: new Float64Array would need about 8 MiB, past the query's memory ceiling of 1 MiB"},
		{"memory", `var a = []; while (true) a.push(new Array(1e5))`, Options{Bounds: Bounds{MaxMemory: 8 << 20}},
			"query stopped: past its memory ceiling of 8 MiB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Run(context.Background(), qs, tc.src, tc.opt)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
}

// Within the bounds, the same queries run; raising a bound lets more in.
func TestWithinBounds(t *testing.T) {
	qs := kgStore(t)
	src := `function f(n) { return n === 0 ? 0 : f(n - 1) + 1 } f(100)`
	res, err := Run(context.Background(), qs, src, Options{Bounds: Bounds{MaxStack: 200}})
	if err != nil || len(res.Rows) != 1 || res.Rows[0] != int64(100) {
		t.Fatalf("got %v, %v; want 100", res, err)
	}
	res, err = Run(context.Background(), qs, `"ab".repeat(1e6).length`, Options{Bounds: Bounds{MaxMemory: 8 << 20}})
	if err != nil || res.Rows[0] != int64(2e6) {
		t.Fatalf("got %v, %v; want 2000000", res, err)
	}
	// The guarded typed arrays behave as the built-in ones.
	src = `class X extends Uint8Array {}; var x = new X(4); var b = new Uint8Array(16); b[3] = 7;
		[x instanceof X, x instanceof Uint8Array, b instanceof Uint8Array, b.constructor === Uint8Array, b[3], Uint8Array.from([1, 2]).length]`
	res, err = Run(context.Background(), qs, src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]any{[]any{true, true, true, true, int64(7), int64(2)}}, res.Rows); diff != "" {
		t.Errorf("typed arrays (-want +got):\n%s", diff)
	}
}

// A session goes on after a query stopped at a bound (a console after a
// runaway query).
func TestSessionAfterLimit(t *testing.T) {
	s := NewSession(kgStore(t), nil)
	_, err := s.Run(context.Background(), `function f() { return f() } f()`, Options{})
	var le *LimitError
	if !errors.As(err, &le) {
		t.Fatalf("got %v, want a *LimitError", err)
	}
	res, err := s.Run(context.Background(), `g.V("<id:quds-force>").count()`, Options{})
	if err != nil || len(res.Rows) != 1 {
		t.Fatalf("next query: %v, %v", res, err)
	}
	// The heap watch interrupts the runtime itself; the interrupt must not
	// outlive the query it stopped.
	_, err = s.Run(context.Background(), `var a = []; while (true) a.push(new Array(1e5))`, Options{Bounds: Bounds{MaxMemory: 8 << 20}})
	if !errors.As(err, &le) || le.Bound != boundMemory {
		t.Fatalf("got %v, want the memory ceiling", err)
	}
	for i := 0; i < 3; i++ {
		res, err = s.Run(context.Background(), `g.V("<id:quds-force>").count()`, Options{})
		if err != nil || len(res.Rows) != 1 {
			t.Fatalf("query %d after the memory ceiling: %v, %v", i+1, res, err)
		}
	}
}

// A catastrophic regular expression in a loop ends at the query's timeout
// and leaves no core busy afterwards: each backtracking match is cut off
// after RegexpMatchTimeout.
func TestCatastrophicRegexpEnds(t *testing.T) {
	if testing.Short() {
		t.Skip("takes seconds")
	}
	src := `var s = "a".repeat(30) + "!"; while (true) /(a+)+(?=b)/.test(s)`
	_, err := Run(context.Background(), kgStore(t), src, Options{Timeout: 500 * time.Millisecond})
	var se *StoppedError
	if !errors.As(err, &se) {
		t.Fatalf("got %v, want the timeout", err)
	}
	before := cpuTime(t)
	time.Sleep(RegexpMatchTimeout + time.Second)
	if busy := cpuTime(t) - before; busy > RegexpMatchTimeout+200*time.Millisecond {
		t.Errorf("the process used %v of CPU in the %v after the timeout", busy, RegexpMatchTimeout+time.Second)
	}
}

func cpuTime(t *testing.T) time.Duration {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// kg reaches into Cayley's session for its JavaScript runtime; this fails
// if a new Cayley moves it.
func TestBoundsReachRuntime(t *testing.T) {
	if runtimeOf(cgizmo.NewSession(kgStore(t))) == nil {
		t.Fatal("cannot reach the goja runtime inside Cayley's gizmo.Session")
	}
}
