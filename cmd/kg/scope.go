package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/analysis"
	"github.com/kg-analyst/kg/schema"
)

// scopeFlags are on every read command that shows statements: the graph as
// known on a day, and only statements with enough independent sources.
func scopeFlags() []cli.Flag {
	return []cli.Flag{
		asOfFlag,
		&cli.IntFlag{Name: "min-sources", Usage: "only statements stated by at least `N` independent documents"},
	}
}

// asOfFlag is on every read command: the graph as known on a day.
var asOfFlag = &cli.StringFlag{Name: "as-of", Usage: "the graph as known on `DATE` (YYYY-MM-DD): leave out evidence from documents published later"}

// knownOn returns the graph qs as known on --as-of (see queries.KnownOn),
// or qs itself without the flag.
func knownOn(c *cli.Context, qs queries.Reader) (queries.Reader, error) {
	scope, err := scopeOf(c)
	if err != nil {
		return nil, err
	}
	return queries.KnownOn(c.Context, qs, scope, 0)
}

// openKnownStore opens the store read-only and returns it with the graph as
// known on --as-of (the store itself without the flag). The caller closes
// the store.
func openKnownStore(c *cli.Context) (*graph.Store, queries.Reader, error) {
	st, err := openReadStore(c)
	if err != nil {
		return nil, nil, err
	}
	qs, err := knownOn(c, st.QuadStore())
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, qs, nil
}

// queryStore returns what Gizmo runs over in kg query and kg console: the
// graph as known on --as-of, or else the store's QueryStore.
func queryStore(c *cli.Context, st *graph.Store) (queries.Reader, error) {
	if c.String("as-of") != "" {
		return knownOn(c, st.QuadStore())
	}
	return st.QueryStore(c.Context, 0)
}

// scopeOf reads the scope flags.
func scopeOf(c *cli.Context) (queries.Scope, error) {
	s := queries.Scope{AsOf: c.String("as-of"), MinSources: c.Int("min-sources")}
	if s.AsOf != "" {
		if err := queries.CheckDate(s.AsOf); err != nil {
			return s, usagef("--as-of: %w", err)
		}
	}
	if s.MinSources < 0 {
		return s, usagef("--min-sources must not be negative")
	}
	return s, nil
}

// viewFlags choose the graph the analysis commands run over.
func viewFlags() []cli.Flag {
	return append(scopeFlags(),
		&cli.StringFlag{Name: "tier", Value: "all", Usage: "statements to use, `TIER`: typed (kg's predicates), open (any predicate) or all (co-mentions too, weighted lowest)"},
		&cli.StringSliceFlag{Name: "predicate", Aliases: []string{"p"}, Usage: "only statements of `PREDICATE` (repeatable): " + strings.Join(schema.PredicateNames(), ", ")},
	)
}

// buildView opens the store and reads the view the flags choose. The view
// reads evidence from the store as it describes answers: close the store
// when done with the view.
func buildView(c *cli.Context) (*analysis.View, *graph.Store, error) {
	tier, err := analysis.ParseTier(c.String("tier"))
	if err != nil {
		return nil, nil, usagef("--tier: %w", err)
	}
	scope, err := scopeOf(c)
	if err != nil {
		return nil, nil, err
	}
	st, err := openReadStore(c)
	if err != nil {
		return nil, nil, err
	}
	v, err := analysis.Build(c.Context, st.QuadStore(), analysis.Options{Tier: tier, Predicates: c.StringSlice("predicate"), Scope: scope})
	if err != nil {
		st.Close()
		return nil, nil, fmt.Errorf("read graph: %w", err)
	}
	return v, st, nil
}
