package queries

import (
	"context"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/schema"
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
	var kept []labelRef
	for _, l := range e.labels {
		if w.scope.Known(w.evidenceDate(ctx, l)) {
			kept = append(kept, l)
		}
	}
	if len(kept) == 0 {
		return rawEdge{}, false
	}
	if w.documentsOf(ctx, kept) < w.scope.MinSources {
		return rawEdge{}, false
	}
	e.labels = kept
	return e, true
}

// MaxAsOfQuads bounds the store KnownOn copies when its caller gives no
// bound: the copy is held in memory.
const MaxAsOfQuads = 1_000_000

// KnownOn returns the graph as it was known on s.AsOf, for questions that
// read the store directly (entities, stats, timeline, Gizmo): an in-memory
// copy of the quads whose label was known on that day, in the order they
// were written. Quads without a label are kept, as narrow keeps them. With
// no AsOf it returns qs itself. A store of more than maxQuads quads
// (MaxAsOfQuads when 0) is refused.
func KnownOn(ctx context.Context, qs Reader, s Scope, maxQuads int64) (Reader, error) {
	if s.AsOf == "" {
		return qs, nil
	}
	n, err := countQuads(ctx, qs)
	if err != nil {
		return nil, err
	}
	if maxQuads == 0 {
		maxQuads = MaxAsOfQuads
	}
	if n > maxQuads {
		return nil, fmt.Errorf("as of %s: the store holds %d quads, more than the %d an as-of view copies into memory", s.AsOf, n, maxQuads)
	}
	sess := newSession(qs)
	known := map[quad.Value]bool{}
	var quads []quad.Quad
	err = graph.EachQuad(ctx, qs, quad.Any, nil, func(q quad.Quad) error {
		if q.Label != nil {
			k, ok := known[q.Label]
			if !ok {
				k = s.Known(sess.labelDate(ctx, q.Label))
				known[q.Label] = k
			}
			if !k {
				return nil
			}
		}
		quads = append(quads, q)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the graph as of %s: %w", s.AsOf, err)
	}
	return memstore.New(quads...), nil
}

// labelDate is the date of the document behind a label: the label's own
// when it is a document (the quads that name entities and sentences), else
// its evidence's.
func (s *session) labelDate(ctx context.Context, label quad.Value) string {
	if d := s.firstOut(ctx, label, schema.DatePublished); d != nil {
		return ValueText(d)
	}
	return s.evidenceDate(ctx, labelRef{value: label})
}
