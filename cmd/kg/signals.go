package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// errInterrupted is the cause of a context ended by SIGINT or SIGTERM.
var errInterrupted = errors.New("interrupted")

// exitSignal is the status of a kg ended at once by a second signal, as a
// shell reports a command killed by SIGINT.
const exitSignal = 130

// interruptContext returns a context that the first SIGINT or SIGTERM
// ends, with errInterrupted as its cause: long commands stop within a
// second and leave the store as it was. A second signal exits at once,
// saying so on errOut. The stop function ends the handling.
//
// A command that takes signals for itself (kg console on a terminal, where
// Ctrl-C stops only the running query) calls releaseSignals first.
func interruptContext(errOut io.Writer) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	release := func() { signal.Stop(sigs) }
	go func() {
		select {
		case <-sigs:
			cancel(errInterrupted)
		case <-done:
			return
		}
		select {
		case s := <-sigs:
			fmt.Fprintf(errOut, "kg: second %v: exiting at once\n", s)
			os.Exit(exitSignal)
		case <-done:
		}
	}()
	ctx = context.WithValue(ctx, releaseKey{}, release)
	return ctx, func() {
		release()
		close(done)
		cancel(nil)
	}
}

type releaseKey struct{}

// releaseSignals gives SIGINT and SIGTERM back to the caller: the context
// from interruptContext no longer ends on them.
func releaseSignals(ctx context.Context) {
	if release, ok := ctx.Value(releaseKey{}).(func()); ok {
		release()
	}
}
