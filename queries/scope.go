package queries

import (
	"context"
	"fmt"
	"time"

	"github.com/cayleygraph/quad"
)

// Scope narrows which evidence a question sees, the same way for links,
// paths, exports and the analysis: evidence from documents published after
// AsOf is left out (the graph as it was known on that day), and statements
// stated by fewer than MinSources independent documents are left out.
// Evidence whose document has no date is kept: nothing says it is later.
type Scope struct {
	AsOf       string // YYYY-MM-DD; empty for everything
	MinSources int    // fewest independent documents; 0 for any
}

// CheckDate returns an error unless s is a date as --as-of takes it.
func CheckDate(s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return nil
}

// Known reports whether evidence published on date was known on s.AsOf.
func (s Scope) Known(date string) bool {
	return s.AsOf == "" || date == "" || dateOnly(date) <= s.AsOf
}

// dateOnly cuts a date-time to its date, so "2020-01-03T08:00:00Z"
// compares with "2020-01-03".
func dateOnly(d string) string {
	if len(d) > len(time.DateOnly) {
		return d[:len(time.DateOnly)]
	}
	return d
}

// narrow applies the scope to a statement read from the store: it keeps the
// labels known on AsOf and reports whether the statement stays. A statement
// stored without labels stays unless sources are required.
func (w *walker) narrow(ctx context.Context, e rawEdge) (rawEdge, bool) {
	if w.scope == (Scope{}) {
		return e, true
	}
	if len(e.labels) == 0 {
		return e, w.scope.MinSources <= 0
	}
	var kept []quad.Value
	var evs []Evidence
	for _, l := range e.labels {
		ev := w.evidenceFor(ctx, l)
		if w.scope.Known(ev.Date) {
			kept = append(kept, l)
			evs = append(evs, ev)
		}
	}
	if len(kept) == 0 || Corroboration(evs).Documents < w.scope.MinSources {
		return rawEdge{}, false
	}
	e.labels = kept
	return e, true
}
