package graph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	boltdb "github.com/boltdb/bolt"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/storetest"
)

// A batch of crashBatch quads holds whole records of storetest.WriteRecords,
// so a reader can tell a whole batch from a torn one by looking at any one
// record.
const crashBatch = 1000 * storetest.RecordQuads

// checkPrefix checks the bolt file in dir page by page, then that the store
// holds exactly the first whole batches of all, and returns how many quads
// it holds.
func checkPrefix(t *testing.T, dir string, all []quad.Quad) int {
	t.Helper()
	// A process killed before bolt wrote its first pages leaves no file or
	// an empty one, which the next open initialises; bolt reads the rest.
	file := filepath.Join(dir, "indexes.bolt")
	if fi, err := os.Stat(file); err == nil && fi.Size() > 0 {
		db, err := boltdb.Open(file, 0o644, &boltdb.Options{Timeout: time.Second, ReadOnly: true})
		if err != nil {
			t.Fatalf("open bolt after the kill: %v", err)
		}
		err = db.View(func(tx *boltdb.Tx) error {
			for err := range tx.Check() {
				return err
			}
			return nil
		})
		db.Close()
		if err != nil {
			t.Fatalf("bolt check after the kill: %v", err)
		}
	}
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Path: dir})
	if err != nil {
		t.Fatalf("open store after the kill: %v", err)
	}
	defer st.Close()
	n, err := st.Size(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n%crashBatch != 0 && int(n) != len(all) {
		t.Fatalf("store holds %d quads: not whole batches of %d", n, crashBatch)
	}
	if got, want := storedQuads(t, st.QuadStore()), quadStrings(all[:n]); !slices.Equal(got, want) {
		t.Fatalf("store holds %d quads but not the first %d of the input", len(got), n)
	}
	return int(n)
}

// TestLoadKilled kills loading processes at random moments and checks, after
// each kill, that the store opens and passes bolt's consistency check, that
// it holds exactly the whole batches written before the kill, and that
// loading the same file again completes with exact counts. Every other round
// kills the rerun too before finishing it. A kill before the first commit or
// after the last proves little, so the test goes on with kills aimed at the
// middle of the load until at least minMidLoad kills have landed between
// commits, and fails if they do not.
func TestLoadKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 30 or more loading processes; skipped in -short mode")
	}
	path, all := storetest.WriteRecords(t, t.TempDir(), 10_000)

	// How long does a whole load take here, child start included?
	start := time.Now()
	c := newChild(t, "kg", path, t.TempDir(), fmt.Sprintf("%s=%d", envChildOpt, crashBatch))
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.result(); err != nil {
		t.Fatal(err)
	}
	whole := time.Since(start)

	seed := time.Now().UnixNano()
	rnd := rand.New(rand.NewPCG(uint64(seed), 0))
	t.Logf("a whole load takes %s; seed %d", whole, seed)
	const (
		rounds     = 20 // kills at any moment of the load
		extra      = 20 // at most this many more, aimed at its middle
		minMidLoad = 5  // kills that must land between commits
	)
	k := killer{path: path, all: all, torn: map[string]int{}}
	for round := 0; round < rounds; round++ {
		k.round(t, round, func() time.Duration { return time.Duration(rnd.Int64N(int64(whole + whole/10))) })
	}
	// The aimed kills steer by where the last one landed, so that a machine
	// whose speed changes under other work still gets kills mid-load.
	aim := window{lo: whole / 10, hi: whole * 9 / 10}
	for round := rounds; round < rounds+extra && k.torn[midLoad] < minMidLoad; round++ {
		k.round(t, round, func() time.Duration {
			aim.steer(k.last)
			return aim.lo + time.Duration(rnd.Int64N(int64(aim.hi-aim.lo)+1))
		})
	}
	t.Logf("%d kills, each left a whole store: %d between commits, %d before the first commit, %d after the last",
		k.kills, k.torn[midLoad], k.torn[beforeFirst], k.torn[afterLast])
	if k.torn[midLoad] < minMidLoad {
		t.Errorf("only %d of %d kills landed between commits, want at least %d: the test proved little about torn loads",
			k.torn[midLoad], k.kills, minMidLoad)
	}
}

// Where a kill landed in a load.
const (
	beforeFirst = "before the first commit"
	midLoad     = "between commits"
	afterLast   = "after the last commit"
)

// window is the span of delays the aimed kills draw from.
type window struct {
	lo, hi time.Duration
}

// steer narrows or moves the window after a kill that landed at where: a
// kill before the first commit came too early, one after the last too late.
func (w *window) steer(where string) {
	mid := (w.lo + w.hi) / 2
	switch where {
	case beforeFirst:
		w.lo, w.hi = mid, w.hi+(w.hi-w.lo)/2
	case afterLast:
		w.lo, w.hi = w.lo/2, mid
	}
}

// killer runs the rounds of TestLoadKilled and counts where its kills
// landed.
type killer struct {
	path  string
	all   []quad.Quad
	kills int
	torn  map[string]int
	last  string // where the last kill landed
}

// round kills one load (two in odd rounds: the load and its rerun) after a
// delay from after, checks the store after each kill, then reruns the load
// to the end and checks its counts.
func (k *killer) round(t *testing.T, round int, after func() time.Duration) {
	ctx := context.Background()
	dir := t.TempDir()
	for range round%2 + 1 {
		c := newChild(t, "kg", k.path, dir, fmt.Sprintf("%s=%d", envChildOpt, crashBatch))
		wait := after()
		if err := c.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(wait)
		c.cmd.Process.Kill() // SIGKILL
		c.cmd.Wait()
		k.kills++
		switch n := checkPrefix(t, dir, k.all); n {
		case 0:
			k.last = beforeFirst
		case len(k.all):
			k.last = afterLast
		default:
			k.last = midLoad
		}
		k.torn[k.last]++
	}
	st, err := graph.Open(ctx, graph.Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	before, _ := st.Size(ctx)
	got, err := storetest.LoadFile(ctx, st, k.path, crashBatch)
	if err != nil {
		t.Fatalf("round %d: rerun: %v", round, err)
	}
	want := graph.LoadStats{Read: len(k.all), Added: len(k.all) - int(before), Present: int(before)}
	if got != want {
		t.Errorf("round %d: rerun after the kill: %+v, want %+v", round, got, want)
	}
	if n, _ := st.Size(ctx); int(n) != len(k.all) {
		t.Errorf("round %d: %d quads after the rerun, want %d", round, n, len(k.all))
	}
}

// TestLoadWithReaders runs queries while a load writes and checks that no
// query fails and none sees part of a batch: a record is there whole or not
// at all.
func TestLoadWithReaders(t *testing.T) {
	ctx := context.Background()
	const records = 6000
	path, all := storetest.WriteRecords(t, t.TempDir(), records)
	st, err := graph.Open(ctx, graph.Config{Path: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	var done atomic.Bool
	var wg sync.WaitGroup
	var reads atomic.Int64
	errs := make(chan error, 4)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			rnd := rand.New(rand.NewPCG(uint64(w), 1))
			for !done.Load() {
				r := rnd.IntN(records)
				// A record's four links to others are all there or none is;
				// links to it from records of other batches may come and go.
				out := 0
				err := graph.EachQuad(ctx, st.QuadStore(), quad.Subject, storetest.Record(r), func(q quad.Quad) error {
					if strings.HasPrefix(q.Predicate.String(), "<http://kg.test/p") {
						out++
					}
					return nil
				})
				if err != nil {
					errs <- fmt.Errorf("links of record %d: %w", r, err)
					return
				}
				if out != 0 && out != storetest.RecordQuads-1 {
					errs <- fmt.Errorf("record %d has %d of its %d links: a torn batch", r, out, storetest.RecordQuads-1)
					return
				}
				n, err := st.Size(ctx)
				if err != nil {
					errs <- err
					return
				}
				if n%crashBatch != 0 && int(n) != len(all) {
					errs <- fmt.Errorf("size %d is not whole batches", n)
					return
				}
				reads.Add(1)
			}
		}(w)
	}
	got, err := storetest.LoadFile(ctx, st, path, crashBatch)
	done.Store(true)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if got.Added != len(all) {
		t.Errorf("added %d, want %d", got.Added, len(all))
	}
	t.Logf("%d reads while loading", reads.Load())
}
