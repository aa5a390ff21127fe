package gizmo

import (
	"context"

	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"

	"github.com/kg-analyst/kg/queries"
)

// setResolver gives prelude.js's kg.entity and kg.entities their way into
// Go, so that Gizmo resolves names with the same matcher as the CLI and the
// server (queries.Resolve) rather than one of its own.
func (s *Session) setResolver(rt *goja.Runtime) {
	rt.Set("__kg_resolve", func(name string) map[string]string {
		res, err := queries.Resolve(s.queryContext(), s.qs, name)
		if err != nil {
			return map[string]string{"error": err.Error()}
		}
		return map[string]string{"iri": quad.StringOf(quad.IRI(res.IRI))}
	})
	rt.Set("__kg_candidates", func(name string) ([]string, error) {
		names, err := queries.LoadNames(s.queryContext(), s.qs)
		if err != nil {
			return nil, err
		}
		out := []string{}
		for _, v := range names.Candidates(name) {
			out = append(out, quad.StringOf(v))
		}
		return out, nil
	})
}

// queryContext is the running query's context: its look-ups stop with it.
func (s *Session) queryContext() context.Context {
	if s.ctx == nil {
		return context.Background()
	}
	return s.ctx
}
