package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"syscall"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/nquads"
)

// The tests of this package re-execute their own binary to load in a child
// process: the benchmarks measure each loader's peak memory that way, and the
// crash test kills the child. The child's job comes in these variables.
const (
	envChild     = "KG_GRAPH_TEST_CHILD"      // "kg" or "stock": which loader
	envChildFile = "KG_GRAPH_TEST_FILE"       // the N-Quads file to load
	envChildDB   = "KG_GRAPH_TEST_DB"         // the bolt directory
	envChildOpt  = "KG_GRAPH_TEST_BATCH"      // kg's batch size; default when empty
	envChildProf = "KG_GRAPH_TEST_CPUPROFILE" // a file for a CPU profile of the child
	envChildBack = "KG_GRAPH_TEST_BACKEND"    // kg's backend, with envChildDB its path; bolt when empty
)

func TestMain(m *testing.M) {
	if mode := os.Getenv(envChild); mode != "" {
		if err := runChild(context.Background(), mode); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// childResult is what a child reports on its stdout.
type childResult struct {
	Stats graph.LoadStats `json:"stats"`
	Size  int64           `json:"size"`
}

// runChild loads one file into one store with the loader mode names and
// prints a childResult.
func runChild(ctx context.Context, mode string) error {
	if p := os.Getenv(envChildProf); p != "" {
		f, err := os.Create(p)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	name, dir := os.Getenv(envChildFile), os.Getenv(envChildDB)
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := nquads.Decompress(f, name)
	if err != nil {
		return err
	}
	defer r.Close()
	var res childResult
	switch mode {
	case "kg":
		batch := 0
		if s := os.Getenv(envChildOpt); s != "" {
			fmt.Sscan(s, &batch)
		}
		st, err := graph.Open(ctx, graph.Config{Backend: os.Getenv(envChildBack), Path: dir})
		if err != nil {
			return err
		}
		res.Stats, err = st.Load(ctx, nquads.NewReader(r, name, nquads.Options{}), graph.LoadOptions{BatchSize: batch})
		if err != nil {
			st.Close()
			return err
		}
		n, err := st.QuadStore().Stats(ctx, false)
		if err != nil {
			st.Close()
			return err
		}
		res.Size = n.Quads.Value
		if err := st.Close(); err != nil {
			return err
		}
	case "stock":
		res.Size, err = stockLoad(ctx, dir, cnquads.NewReader(r, false))
		if err != nil {
			return err
		}
	default:
		return fmt.Errorf("unknown child mode %q", mode)
	}
	return json.NewEncoder(os.Stdout).Encode(res)
}

// stockLoad is Cayley's own way to load a file into bolt, as `cayley load`
// does it: graph.NewWriter over writer.NewSingle and quad.CopyBatch.
func stockLoad(ctx context.Context, dir string, r quad.Reader) (int64, error) {
	if err := cgraph.InitQuadStore("bolt", dir, nil); err != nil && err != cgraph.ErrDatabaseExists {
		return 0, err
	}
	qs, err := cgraph.NewQuadStore("bolt", dir, nil)
	if err != nil {
		return 0, err
	}
	defer qs.Close()
	qw, err := writer.NewSingle(qs, cgraph.IgnoreOpts{IgnoreDup: true})
	if err != nil {
		return 0, err
	}
	w := cgraph.NewWriter(qw)
	if _, err := quad.CopyBatch(w, r, quad.DefaultBatch); err != nil {
		return 0, err
	}
	if err := w.Close(); err != nil {
		return 0, err
	}
	st, err := qs.Stats(ctx, false)
	if err != nil {
		return 0, err
	}
	return st.Quads.Value, nil
}

// child is a loading child process being prepared.
type child struct {
	cmd    *exec.Cmd
	stdout bytes.Buffer
	stderr bytes.Buffer
}

// newChild prepares a child that loads file into dir with mode's loader.
func newChild(tb testing.TB, mode, file, dir string, env ...string) *child {
	tb.Helper()
	exe, err := os.Executable()
	if err != nil {
		tb.Fatal(err)
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		tb.Fatal(err)
	}
	c := &child{cmd: exec.Command(exe, "-test.run=^$")}
	c.cmd.Env = append(os.Environ(), envChild+"="+mode, envChildFile+"="+abs, envChildDB+"="+dir)
	c.cmd.Env = append(c.cmd.Env, env...)
	c.cmd.Stdout, c.cmd.Stderr = &c.stdout, &c.stderr
	return c
}

// usage is what a child process used.
type usage struct {
	peakRSS int64         // bytes
	cpu     time.Duration // user and system
}

// result waits for the child and decodes what it reported, with what it
// used.
func (c *child) result() (childResult, usage, error) {
	var res childResult
	if err := c.cmd.Wait(); err != nil {
		return res, usage{}, fmt.Errorf("child: %w: %s", err, c.stderr.Bytes())
	}
	var u usage
	if ru, ok := c.cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		u.peakRSS = int64(ru.Maxrss) * 1024 // kilobytes on Linux
	}
	u.cpu = c.cmd.ProcessState.UserTime() + c.cmd.ProcessState.SystemTime()
	if err := json.Unmarshal(c.stdout.Bytes(), &res); err != nil {
		return res, u, fmt.Errorf("child said %q: %w", c.stdout.Bytes(), err)
	}
	return res, u, nil
}
