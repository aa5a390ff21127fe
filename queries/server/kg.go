package server

import (
	"bytes"
	"context"
	"net/http"
	"strings"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/export"
	"github.com/kg-analyst/kg/schema"
)

// Bounds of kg's endpoints.
const (
	maxDepth       = 4  // hops for links and export
	maxHops        = 6  // path length
	maxSuggestions = 50 // entities per suggestion answer
)

// serveEntities answers GET /api/kg/entities?prefix=P&type=T&limit=N: the
// entities with a name or alias (or a word of one) starting with P,
// ignoring case and punctuation; names before aliases, whole names before
// words, then by name. Without a prefix, every entity up to the limit.
func (s *Server) serveEntities(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.queryContext(r)
	defer cancel()
	limit, err := intParam(r, "limit", 20, 1, max(s.cfg.Limit, maxSuggestions))
	if err != nil {
		fail(w, err)
		return
	}
	qs, err := s.knownStore(ctx, r)
	if err != nil {
		fail(w, err)
		return
	}
	q := r.URL.Query()
	all, err := queries.Entities(ctx, qs, q["type"]...)
	if err != nil {
		fail(w, err)
		return
	}
	out := schema.NewNames(all).Suggest(q.Get("prefix"), limit)
	writeJSON(w, http.StatusOK, map[string]any{"prefix": q.Get("prefix"), "entities": out})
}

// resolve finds the entity the parameter name means.
func (s *Server) resolve(ctx context.Context, r *http.Request, name string) (queries.Resolution, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if v == "" {
		return queries.Resolution{}, errorf("missing parameter %s", name)
	}
	return queries.Resolve(ctx, s.store(ctx), v)
}

// serveLinks answers GET /api/kg/links?entity=E&depth=N: what E is linked
// to within N hops, each link with its evidence, as kg links --format json
// writes it; &all=1 keeps the co-mentions a better statement covers, as
// --all-links does.
func (s *Server) serveLinks(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.queryContext(r)
	defer cancel()
	depth, err := intParam(r, "depth", 1, 1, maxDepth)
	if err != nil {
		fail(w, err)
		return
	}
	res, err := s.resolve(ctx, r, "entity")
	if err != nil {
		fail(w, err)
		return
	}
	scope, err := scopeParams(r)
	if err != nil {
		fail(w, err)
		return
	}
	q := r.URL.Query()
	links, err := queries.Links(ctx, s.store(ctx), res.Value(), queries.LinkOptions{
		Depth: depth, Predicates: q["predicate"], Types: q["type"], Document: q.Get("doc"), Limit: s.cfg.Limit, Scope: scope,
		AllLinks: flagParam(r, "all"),
	})
	if err != nil {
		fail(w, err)
		return
	}
	if links == nil {
		links = []queries.Link{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"entity": res, "links": links, "limit_reached": len(links) >= s.cfg.Limit})
}

// servePath answers GET /api/kg/path?from=A&to=B&max_hops=N: the paths
// between A and B of at most N statements, shortest first.
func (s *Server) servePath(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.queryContext(r)
	defer cancel()
	hops, err := intParam(r, "max_hops", 4, 1, maxHops)
	if err != nil {
		fail(w, err)
		return
	}
	limit, err := intParam(r, "limit", 10, 1, s.cfg.Limit)
	if err != nil {
		fail(w, err)
		return
	}
	from, err := s.resolve(ctx, r, "from")
	if err != nil {
		fail(w, err)
		return
	}
	to, err := s.resolve(ctx, r, "to")
	if err != nil {
		fail(w, err)
		return
	}
	scope, err := scopeParams(r)
	if err != nil {
		fail(w, err)
		return
	}
	paths, err := queries.Paths(ctx, s.store(ctx), from.Value(), to.Value(), queries.PathOptions{MaxHops: hops, Limit: limit, Scope: scope})
	if err != nil {
		fail(w, err)
		return
	}
	if paths == nil {
		paths = []queries.Path{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"from": from, "to": to, "paths": paths})
}

// exportTypes are the Content-Types of export formats.
var exportTypes = map[export.Format]string{
	export.NQuads: "application/n-quads",
	export.DOT:    "text/vnd.graphviz; charset=utf-8",
	export.SVG:    "image/svg+xml",
	export.PNG:    "image/png",
	export.JSONLD: "application/ld+json",
}

// serveExport answers GET /api/kg/export?around=E&depth=N&format=F: the
// statements around E (with from=A&to=B&max_hops=N instead, those on the
// paths between A and B; the whole graph without either), with
// &evidence=1 their sentences too, as N-Quads (the default), DOT, SVG, PNG
// or JSON-LD, as kg export writes them.
func (s *Server) serveExport(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.queryContext(r)
	defer cancel()
	q := r.URL.Query()
	format := export.NQuads
	if f := q.Get("format"); f != "" {
		var err error
		if format, err = export.ParseFormat(f); err != nil {
			fail(w, err)
			return
		}
	}
	depth, err := intParam(r, "depth", 1, 1, maxDepth)
	if err != nil {
		fail(w, err)
		return
	}
	opt := export.Options{
		Depth: depth, Document: q.Get("doc"), Predicates: q["predicate"], Types: q["type"],
		WithEvidence: flagParam(r, "evidence"),
	}
	// The statements on the paths between from and to, as the page draws
	// a path.
	if q.Get("from") != "" || q.Get("to") != "" {
		if opt.MaxHops, err = intParam(r, "max_hops", 4, 1, maxHops); err != nil {
			fail(w, err)
			return
		}
		for i, name := range []string{"from", "to"} {
			res, err := s.resolve(ctx, r, name)
			if err != nil {
				fail(w, err)
				return
			}
			opt.Between[i] = res.Value()
		}
	}
	if q.Get("around") != "" {
		res, err := s.resolve(ctx, r, "around")
		if err != nil {
			fail(w, err)
			return
		}
		opt.Around = res.Value()
	}
	quads, err := export.Select(ctx, s.store(ctx), opt)
	if err != nil {
		fail(w, err)
		return
	}
	var buf bytes.Buffer
	if err := export.Write(ctx, &buf, format, quads); err != nil {
		fail(w, err)
		return
	}
	w.Header().Set("Content-Type", exportTypes[format])
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if format == export.SVG {
		// An SVG is a document that can run scripts; keep it inert.
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	}
	w.Write(buf.Bytes())
}

// flagParam reports whether a yes/no parameter is set: present and not
// "0" or "false".
func flagParam(r *http.Request, name string) bool {
	v := r.URL.Query().Get(name)
	return v != "" && v != "0" && v != "false"
}
