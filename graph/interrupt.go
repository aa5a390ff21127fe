package graph

import (
	"context"

	"github.com/cayleygraph/cayley/graph/iterator"
)

// interruptEvery is how many results an Interruptible scanner gives between
// looks at its context: a look costs next to nothing, a bolt scan of that
// many quads a millisecond or so.
const interruptEvery = 1 << 10

// Interruptible wraps a Cayley scanner so that a long scan stops soon after
// its context ends: Cayley's key-value iterators (bolt's among them) do not
// look at the context they are given, so Ctrl-C went unheard through a scan
// of a large store. Next then returns false and Err the context's error.
func Interruptible(it iterator.Scanner) iterator.Scanner {
	return &interruptible{Scanner: it}
}

type interruptible struct {
	iterator.Scanner
	n   int
	err error
}

func (s *interruptible) Next(ctx context.Context) bool {
	if s.n++; s.n%interruptEvery == 0 {
		if err := ctx.Err(); err != nil {
			s.err = err
			return false
		}
	}
	return s.Scanner.Next(ctx)
}

func (s *interruptible) Err() error {
	if s.err != nil {
		return s.err
	}
	return s.Scanner.Err()
}
