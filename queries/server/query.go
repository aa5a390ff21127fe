package server

import (
	"bytes"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/kg-analyst/kg/queries/gizmo"
)

// Queries do not go through Cayley's APIv2.ServeQuery: it runs Cayley's
// bare Gizmo, without kg's prefixes and kg.entity, and its stopped queries
// can leave a pending interrupt in the JavaScript VM. kg's gizmo package
// runs each request in a session of its own, so one runaway script stops at
// its timeout while the others are answered, and it writes the same
// {"result": [...]} as Cayley.

// serveQueryV2 answers Cayley's API v2 query:
//
//	POST /api/v2/query?lang=gizmo   (the query is the body)
//	GET  /api/v2/query?lang=gizmo&qu=QUERY
//
// with ?limit=N to ask for at most N results (never more than the server's
// limit) and ?as_of=YYYY-MM-DD to query the graph as known on that day.
func (s *Server) serveQueryV2(w http.ResponseWriter, r *http.Request) {
	s.serveQuery(w, r, r.URL.Query().Get("lang"))
}

// serveQueryV1 answers Cayley's API v1 query: POST /api/v1/query/gizmo.
func (s *Server) serveQueryV1(w http.ResponseWriter, r *http.Request) {
	s.serveQuery(w, r, r.PathValue("lang"))
}

func (s *Server) serveQuery(w http.ResponseWriter, r *http.Request, lang string) {
	switch lang {
	case "gizmo":
	case "":
		writeError(w, http.StatusBadRequest, errorf("query language not specified: add ?lang=gizmo"))
		return
	default:
		writeError(w, http.StatusBadRequest, errorf("unknown query language %q: kg speaks gizmo", lang))
		return
	}
	var src string
	if r.Method == http.MethodGet {
		src = r.URL.Query().Get("qu")
	} else {
		data, err := io.ReadAll(r.Body) // bounded by limitBody
		if err != nil {
			fail(w, err)
			return
		}
		src = string(data)
	}
	if strings.TrimSpace(src) == "" {
		writeError(w, http.StatusBadRequest, errorf("query is empty"))
		return
	}
	limit, err := s.limitParam(r)
	if err != nil {
		fail(w, err)
		return
	}
	copyCtx, cancel := s.queryContext(r) // the copy as_of asks for
	defer cancel()
	qs, err := s.knownStore(copyCtx, r)
	if err != nil {
		fail(w, err)
		return
	}
	res, err := gizmo.Run(r.Context(), qs, src, gizmo.Options{Limit: limit, Timeout: s.cfg.Timeout, Bounds: s.cfg.Bounds})
	if err != nil {
		fail(w, err)
		return
	}
	if len(res.Rows) > s.cfg.Limit { // .getLimit(n) in the script asked for more
		res.Rows = res.Rows[:s.cfg.Limit]
		res.LimitReached = true
	}
	var buf bytes.Buffer
	if err := res.WriteJSON(&buf); err != nil {
		fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if res.LimitReached {
		w.Header().Set("X-Kg-Limit-Reached", strconv.Itoa(res.Limit))
	}
	w.Write(buf.Bytes())
}

// limitParam reads ?limit=N, at most the server's limit; the server's limit
// when absent.
func (s *Server) limitParam(r *http.Request) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return s.cfg.Limit, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, errorf("limit=%q: want a number of results", v)
	}
	if n == 0 || n > s.cfg.Limit {
		return s.cfg.Limit, nil
	}
	return n, nil
}

// intParam reads the integer parameter name, def when absent, and checks
// it lies in [lo, hi].
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, errorf("%s=%q: want a number from %d to %d", name, v, lo, hi)
	}
	return n, nil
}
