package nquads

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
)

// ErrClosed is returned by [Reader.ReadQuad] after [Reader.Close].
var ErrClosed = errors.New("nquads: reader closed")

// SyntaxError describes one statement that does not follow the dialect.
type SyntaxError struct {
	// File is the name given to NewReader or Check; it may be empty.
	File string
	// Line is the 1-based line number; lines end at LF.
	Line int
	// Col is the 1-based byte column within the line where the problem
	// starts (for a bad term, usually the term's first byte).
	Col int
	// Msg says what is wrong, in plain English.
	Msg string
}

// Error formats e as FILE:LINE:COL: message, or LINE:COL: message when File
// is empty.
func (e *SyntaxError) Error() string {
	if e.File == "" {
		return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// Unwrap returns [quad.ErrInvalid], so that callers can tell syntax errors
// from I/O errors with errors.Is(err, quad.ErrInvalid).
func (e *SyntaxError) Unwrap() error { return quad.ErrInvalid }

// ErrorList is the error [Check] returns when it skipped invalid statements:
// every syntax error found, in input order. It is never empty.
type ErrorList []*SyntaxError

// Error returns the first error's text and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	b.WriteString(l[0].Error())
	fmt.Fprintf(&b, " (and %d more errors)", len(l)-1)
	return b.String()
}

// Unwrap returns the errors in l, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
