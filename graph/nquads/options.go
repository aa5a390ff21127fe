package nquads

import (
	"cmp"
	"fmt"
	"strings"
)

// Dialect selects which N-Quads grammar a [Reader] accepts.
type Dialect int

const (
	// Cayley accepts what Cayley's own N-Quads parser accepts and builds
	// the same values it does. It is the zero value and so the default.
	Cayley Dialect = iota
	// Strict accepts exactly the W3C RDF 1.1 N-Quads grammar.
	Strict
)

// String returns the dialect's name as [ParseDialect] accepts it.
func (d Dialect) String() string {
	switch d {
	case Cayley:
		return "cayley"
	case Strict:
		return "strict"
	}
	return fmt.Sprintf("Dialect(%d)", int(d))
}

// ParseDialect returns the dialect named s ("cayley" or "strict", in any
// case), for command-line flags.
func ParseDialect(s string) (Dialect, error) {
	switch strings.ToLower(s) {
	case "cayley":
		return Cayley, nil
	case "strict":
		return Strict, nil
	}
	return 0, fmt.Errorf("nquads: unknown dialect %q (want \"cayley\" or \"strict\")", s)
}

// Options configures a [Reader] and [Check]. The zero value reads the
// Cayley dialect and stops at the first invalid statement.
type Options struct {
	// Dialect is the grammar to accept.
	Dialect Dialect
	// SkipInvalid makes the reader skip statements with syntax errors
	// instead of returning them; Check then reports all of them.
	SkipInvalid bool
	// OnInvalid, if not nil, is called with each syntax error that
	// SkipInvalid skips, in input order. It is not called for errors that
	// are returned.
	OnInvalid func(*SyntaxError)
	// MaxLine bounds the length of a line in bytes: a longer one is a
	// *SyntaxError, found without holding the line in memory. 0 means
	// DefaultMaxLine, a negative number no bound.
	MaxLine int
	// Lenient makes the Cayley dialect accept what Cayley's own reader
	// does silently: bytes that are not UTF-8 (read as U+FFFD) and NUL
	// characters in terms. Without it they are syntax errors. The strict
	// dialect follows the W3C grammar either way.
	Lenient bool
	// BlankPrefix, when not empty, is put before every blank node label:
	// RDF scopes a blank node to its document, so _:b1 in two files names
	// two nodes. A prefix per document (see BlankPrefixFor) keeps them
	// apart in one store.
	BlankPrefix string
}

// DefaultMaxLine is the default bound on a line: far above any real
// statement, far below what would exhaust memory.
const DefaultMaxLine = 16 << 20

func (o Options) maxLine() int {
	if o.MaxLine < 0 {
		return 0
	}
	return cmp.Or(o.MaxLine, DefaultMaxLine)
}

// Stats counts what a [Reader] has consumed so far.
type Stats struct {
	// Lines is the number of lines read, including blank and comment lines.
	Lines int
	// Quads is the number of quads returned.
	Quads int
	// Invalid is the number of statements rejected with a *SyntaxError,
	// whether they were returned or skipped.
	Invalid int
}
