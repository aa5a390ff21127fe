package main

import (
	"context"
	"flag"
	"io"
	"net"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

var updateScripts = flag.Bool("update-scripts", false, "rewrite testdata/script golden output (cmp) from what kg printed")

// TestMain lets testscript run kg as a command inside scripts.
func TestMain(m *testing.M) {
	os.Exit(testscript.RunMain(m, map[string]func() int{
		"kg": func() int { return Run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr) },
	}))
}

// TestScripts runs every user session under testdata/script. Each starts in
// a fresh $WORK with no store, so the first read command builds it.
func TestScripts(t *testing.T) {
	// Every kg in every script shares one cache of Graphviz compiled to
	// native code (see queries/export/wasmcache): testscript's HOME has
	// none, and compiling it takes seconds at each start.
	cache := t.TempDir()
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *updateScripts,
		Setup: func(env *testscript.Env) error {
			env.Setenv("KG_DB", "")
			env.Setenv("KG_BACKEND", "")
			env.Setenv("XDG_CACHE_HOME", cache)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"freeaddr": cmdFreeAddr,
			"httpget":  cmdHTTPGet,
		},
	})
}

// cmdFreeAddr sets the variable args[0] to a loopback address no one
// listens on, for a kg serve in the background.
func cmdFreeAddr(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: freeaddr VAR")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	ts.Setenv(args[0], ln.Addr().String())
	ts.Check(ln.Close())
}

// cmdHTTPGet fetches the URL args[0] and prints the body on stdout; it
// retries for a while until the server (started in the background) listens,
// and fails on a status other than 200.
func cmdHTTPGet(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: httpget URL")
	}
	var resp *http.Response
	var err error
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if resp, err = http.Get(args[0]); err == nil || time.Now().After(deadline) {
			break
		}
	}
	ts.Check(err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	ts.Check(err)
	ts.Stdout().Write(body)
	if resp.StatusCode != http.StatusOK {
		ts.Fatalf("GET %s: %s: %s", args[0], resp.Status, body)
	}
}
