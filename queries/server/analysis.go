package server

import (
	"context"
	"net/http"
	"strconv"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/analysis"
)

// Bounds of the analysis endpoints.
const (
	maxRanked   = 200 // entities per ranking, brokers per answer
	maxClusters = 200 // members per cluster, bridges per answer
)

// scopeParams reads as_of=YYYY-MM-DD and min_sources=N, which every read
// of statements takes.
func scopeParams(r *http.Request) (queries.Scope, error) {
	s, err := asOfParam(r)
	if err != nil {
		return s, err
	}
	n, err := intParam(r, "min_sources", 0, 0, 1000)
	s.MinSources = n
	return s, err
}

// asOfParam reads as_of=YYYY-MM-DD.
func asOfParam(r *http.Request) (queries.Scope, error) {
	s := queries.Scope{AsOf: r.URL.Query().Get("as_of")}
	if s.AsOf != "" {
		if err := queries.CheckDate(s.AsOf); err != nil {
			return s, errorf("as_of: %v", err)
		}
	}
	return s, nil
}

// maxAsOfQuads bounds the store a request with as_of copies for Gizmo or
// the entity list (see queries.KnownOn): each such request holds its copy
// in memory.
const maxAsOfQuads = 250_000

// knownStore is the store a Gizmo query or the entity list reads: as known
// on as_of, or the request's store.
func (s *Server) knownStore(ctx context.Context, r *http.Request) (cgraph.QuadStore, error) {
	scope, err := asOfParam(r)
	if err != nil {
		return nil, err
	}
	return queries.KnownOn(ctx, s.store(ctx), scope, maxAsOfQuads)
}

// view reads the graph an analysis request asks for: tier=typed|open|all,
// predicate=P (repeatable), as_of and min_sources.
func (s *Server) view(ctx context.Context, r *http.Request) (*analysis.View, error) {
	scope, err := scopeParams(r)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	tier, err := analysis.ParseTier(q.Get("tier"))
	if err != nil {
		return nil, errorf("%v", err)
	}
	return analysis.Build(ctx, s.store(ctx), analysis.Options{Tier: tier, Predicates: q["predicate"], Scope: scope})
}

// answer builds the view the request asks for and answers with what run
// makes of it, within one query timeout.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, run func(context.Context, *analysis.View) (any, error)) {
	ctx, cancel := s.queryContext(r)
	defer cancel()
	v, err := s.view(ctx, r)
	var out any
	if err == nil {
		out, err = run(ctx, v)
	}
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// serveRank answers GET /api/kg/rank?by=degree|betweenness|pagerank&type=T&limit=N
// (and the view's parameters), as kg rank --format json writes it.
func (s *Server) serveRank(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 10, 1, maxRanked)
	if err != nil {
		fail(w, err)
		return
	}
	by := r.URL.Query().Get("by")
	if by != "" && by != analysis.ByDegree && by != analysis.ByBetweenness && by != analysis.ByPageRank {
		fail(w, errorf("by=%q: want degree, betweenness or pagerank", by))
		return
	}
	s.answer(w, r, func(ctx context.Context, v *analysis.View) (any, error) {
		return analysis.Rank(ctx, v, analysis.RankOptions{By: by, Types: r.URL.Query()["type"], Limit: limit})
	})
}

// serveBrokers answers GET /api/kg/brokers?from=A&to=B&max_hops=N&type=T&limit=N:
// each side an entity, names separated by commas, or type:TYPE.
func (s *Server) serveBrokers(w http.ResponseWriter, r *http.Request) {
	opt := analysis.BrokerOptions{Types: r.URL.Query()["type"]}
	var err error
	if opt.MaxHops, err = intParam(r, "max_hops", 4, 2, maxHops); err == nil {
		opt.Limit, err = intParam(r, "limit", 10, 1, maxRanked)
	}
	if err != nil {
		fail(w, err)
		return
	}
	s.answer(w, r, func(ctx context.Context, v *analysis.View) (any, error) {
		var sides [2]analysis.Side
		for i, name := range []string{"from", "to"} {
			arg := r.URL.Query().Get(name)
			if arg == "" {
				return nil, errorf("missing parameter %s", name)
			}
			if sides[i], _, err = analysis.ParseSide(ctx, s.store(ctx), arg); err != nil {
				return nil, err
			}
		}
		out, err := analysis.Brokers(ctx, v, sides[0], sides[1], opt)
		if err != nil {
			return nil, errorf("%v", err)
		}
		return out, nil
	})
}

// serveClusters answers GET /api/kg/clusters?min_size=N&resolution=R&members=N&bridges=N.
func (s *Server) serveClusters(w http.ResponseWriter, r *http.Request) {
	var opt analysis.ClusterOptions
	for _, p := range []struct {
		name string
		into *int
		def  int
	}{{"min_size", &opt.MinSize, 2}, {"members", &opt.Members, 10}, {"bridges", &opt.Bridges, 10}} {
		n, err := intParam(r, p.name, p.def, 1, maxClusters)
		if err != nil {
			fail(w, err)
			return
		}
		*p.into = n
	}
	if res := r.URL.Query().Get("resolution"); res != "" {
		f, err := strconv.ParseFloat(res, 64)
		if err != nil || f <= 0 || f > 100 {
			fail(w, errorf("resolution=%q: want a number above 0, at most 100", res))
			return
		}
		opt.Resolution = f
	}
	s.answer(w, r, func(ctx context.Context, v *analysis.View) (any, error) {
		return analysis.Clusters(ctx, v, opt), nil
	})
}

// serveDiff answers GET /api/kg/diff?from=D1&to=D2: the entities and links
// first stated after D1 and up to D2.
func (s *Server) serveDiff(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	for _, p := range []string{"from", "to"} {
		if err := queries.CheckDate(q.Get(p)); err != nil {
			fail(w, errorf("%s: %v", p, err))
			return
		}
	}
	s.answer(w, r, func(ctx context.Context, v *analysis.View) (any, error) {
		return analysis.Diff(ctx, v, q.Get("from"), q.Get("to")), nil
	})
}
