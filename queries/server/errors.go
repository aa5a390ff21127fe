package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/export"
	"github.com/kg-analyst/kg/queries/gizmo"
	"github.com/kg-analyst/kg/schema"
)

// errReadOnly answers writes when they are not allowed.
var errReadOnly = errors.New("the store is read-only: start kg serve with --allow-writes to write")

// requestError is an error in the request itself: a missing or bad
// parameter.
type requestError struct{ err error }

func (e requestError) Error() string { return e.err.Error() }
func (e requestError) Unwrap() error { return e.err }

// errorf returns a requestError.
func errorf(format string, args ...any) error { return requestError{fmt.Errorf(format, args...)} }

// statusOf maps an error to its HTTP status, in one place. Query errors
// are 400, as in Cayley's API, including a query stopped by its timeout or
// at one of its bounds.
func statusOf(err error) int {
	var (
		nf   *schema.NotFoundError
		amb  *schema.AmbiguousError
		se   *gizmo.ScriptError
		st   *gizmo.StoppedError
		le   *gizmo.LimitError
		re   requestError
		tl   *http.MaxBytesError
		upe  *queries.UnknownPredicateError
		ute  *queries.UnknownTypeError
		code int
	)
	switch {
	case errors.As(err, &tl):
		code = http.StatusRequestEntityTooLarge
	case errors.As(err, &nf):
		code = http.StatusNotFound
	case errors.As(err, &amb):
		code = http.StatusConflict
	case errors.Is(err, errReadOnly):
		code = http.StatusForbidden
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		code = http.StatusBadRequest // a kg query past the timeout, as a Gizmo one
	case errors.As(err, &se), errors.As(err, &st), errors.As(err, &le), errors.As(err, &re),
		errors.As(err, &upe), errors.As(err, &ute), errors.Is(err, export.ErrUnknownFormat):
		code = http.StatusBadRequest
	default:
		code = http.StatusInternalServerError
	}
	return code
}

// fail answers err with its status.
func fail(w http.ResponseWriter, err error) {
	writeError(w, statusOf(err), err)
}

// writeError answers {"error": "..."} with code.
func writeError(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, map[string]string{"error": err.Error()})
}

// writeJSON answers v as JSON with code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v) // the client is gone if this fails
}
