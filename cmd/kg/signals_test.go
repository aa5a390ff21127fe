package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-analyst/kg/graph"
)

// signalChildEnv makes the test binary a kg process whose main is
// interruptContext and Run, for the signal tests.
const signalChildEnv = "KG_SIGNAL_CHILD"

// TestSignalChild is the child: kg with the arguments after "--".
func TestSignalChild(t *testing.T) {
	if os.Getenv(signalChildEnv) == "" {
		t.Skip("only run as a child of TestSignals")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = append([]string{"kg"}, args[i+1:]...)
			break
		}
	}
	ctx, stop := interruptContext(os.Stderr)
	code := Run(ctx, args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// startKG runs kg args in a child process reading stdin, with a TMPDIR of
// its own (see waitSpooling).
func startKG(t *testing.T, stdin *os.File, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestSignalChild$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), signalChildEnv+"=1", "TMPDIR="+t.TempDir())
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &stderr
}

// waitSpooling waits until the kg load in cmd has begun spooling standard
// input to its TMPDIR, which it does only after its signal handlers are in
// place: a signal sent earlier would meet Go's default handler instead, as
// it can on a machine busy enough to slow the child's start-up.
func waitSpooling(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	var tmp string
	for _, kv := range cmd.Env {
		if v, ok := strings.CutPrefix(kv, "TMPDIR="); ok {
			tmp = v
		}
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if spools, _ := filepath.Glob(filepath.Join(tmp, "kg-stdin-*")); len(spools) > 0 {
			return
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("kg load never began spooling its standard input")
		}
	}
}

// waitFor waits at most d for cmd and returns its exit code, -1 if it still
// runs (it is killed then).
func waitFor(cmd *exec.Cmd, d time.Duration) int {
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
		return cmd.ProcessState.ExitCode()
	case <-time.After(d):
		cmd.Process.Kill()
		<-done
		return -1
	}
}

// endless writes N-Quads to w until it fails.
func endless(w io.WriteCloser) {
	defer w.Close()
	for i := 0; ; i++ {
		if _, err := fmt.Fprintf(w, "<http://x/%d> <http://p> \"%d\" .\n", i, i); err != nil {
			return
		}
	}
}

func TestSignals(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	t.Run("SIGINT stops a long load within a second, storing nothing", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "kg.db")
		pr, pw, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		go endless(pw)
		cmd, stderr := startKG(t, pr, "load", "--db", db, "-")
		pr.Close()
		waitSpooling(t, cmd)
		time.Sleep(200 * time.Millisecond)
		cmd.Process.Signal(syscall.SIGINT)
		start := time.Now()
		code := waitFor(cmd, 5*time.Second)
		if code != exitError || time.Since(start) > time.Second+500*time.Millisecond {
			t.Fatalf("exit %d after %v, want 1 within a second; stderr:\n%s", code, time.Since(start), stderr)
		}
		if !strings.Contains(stderr.String(), "kg: interrupted") {
			t.Errorf("stderr %q does not say kg was interrupted", stderr)
		}
		if _, err := os.Stat(db); err == nil {
			t.Errorf("the interrupted load left a store at %s", db)
		}
	})
	t.Run("a second signal exits at once", func(t *testing.T) {
		pr, pw, err := os.Pipe() // never written: the spooling read blocks
		if err != nil {
			t.Fatal(err)
		}
		defer pw.Close()
		cmd, stderr := startKG(t, pr, "load", "--db", filepath.Join(t.TempDir(), "kg.db"), "-")
		pr.Close()
		waitSpooling(t, cmd)
		cmd.Process.Signal(syscall.SIGTERM)
		time.Sleep(200 * time.Millisecond)
		cmd.Process.Signal(syscall.SIGINT)
		if code := waitFor(cmd, 2*time.Second); code != exitSignal {
			t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitSignal, stderr)
		}
		if !strings.Contains(stderr.String(), "kg: second interrupt: exiting at once") {
			t.Errorf("stderr %q", stderr)
		}
	})
}

// A first build killed part-way is done again by the next read, which
// finds the graph whole; never an empty store that answers "no entity".
func TestKilledFirstBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	cfg := graph.Config{Backend: graph.DefaultBackend, Path: db}
	cmd, _ := startKG(t, nil, "links", "--db", db, "Soleimani")
	// Kill it as soon as the build has started.
	for deadline := time.Now().Add(30 * time.Second); !firstBuildPending(cfg); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the first build never started")
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	if !firstBuildPending(cfg) {
		t.Skip("the build finished before the kill landed")
	}
	var out, errOut bytes.Buffer
	code := Run(t.Context(), []string{"kg", "links", "--db", db, "Quds Force"}, strings.NewReader(""), &out, &errOut)
	if code != exitOK || !strings.Contains(out.String(), "Qasem Soleimani") {
		t.Fatalf("the next read exits %d:\n%s%s", code, out.String(), errOut.String())
	}
	if !strings.Contains(errOut.String(), "its first build did not finish; building it again") {
		t.Errorf("stderr %q does not say the build is done again", errOut.String())
	}
	if firstBuildPending(cfg) {
		t.Error("the marker stayed after a whole build")
	}
}
