package main

import (
	"context"
	"flag"
	"os"
	"testing"

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
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *updateScripts,
		Setup: func(env *testscript.Env) error {
			env.Setenv("KG_DB", "")
			env.Setenv("KG_BACKEND", "")
			return nil
		},
	})
}
