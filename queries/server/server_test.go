package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/nquads"
	"github.com/kg-analyst/kg/graph/write/writetest"
	"github.com/kg-analyst/kg/queries/gizmo/gizmotest"
)

// loadedStore opens a store and loads the N-Quads file path
// into it as kg load does (Cayley's dialect), or skips when it is absent.
func loadedStore(t *testing.T, path string) *graph.Store {
	t.Helper()
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s is not here: check out shared/ beside the repository to run this test", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st := newStore(t)
	if _, err := st.Load(context.Background(), nquads.NewReader(f, path, nquads.Options{}), graph.LoadOptions{}); err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
	return st
}

// newStore opens an empty store of kg's default backend, bolt, in a
// temporary directory. (Cayley's memstore has no locks: concurrent
// requests over it are data races.)
func newStore(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), graph.Config{Path: filepath.Join(t.TempDir(), "kg.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// seedStore is a bolt store holding the curated seed graph.
func seedStore(t *testing.T) *graph.Store {
	t.Helper()
	st := newStore(t)
	writetest.Seed(t, st)
	return st
}

// startServer serves cfg on 127.0.0.1:0 until the test ends and returns
// its base URL. The server's log goes to the test log.
func startServer(t testing.TB, cfg Config) string {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(testWriter{t}, nil))
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Serve: %v", err)
			}
		case <-time.After(ShutdownGrace + 10*time.Second):
			t.Errorf("Serve did not return after its context ended")
		}
	})
	return "http://" + ln.Addr().String()
}

// testWriter sends log lines to t.Log while the test runs.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

// do sends a request and returns the status and body.
func do(t testing.TB, method, url, contentType string, body io.Reader) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", method, url, err)
	}
	return resp.StatusCode, data
}

// errorOf decodes {"error": "..."}, failing when the body is anything
// else.
func errorOf(t testing.TB, body []byte) string {
	t.Helper()
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal(body, &e); err != nil || e.Error == "" {
		t.Fatalf("body is not {\"error\": ...}: %s", body)
	}
	return e.Error
}

// TestCayleyCases runs Cayley's own Gizmo test table over HTTP, as
// Cayley's clients send it: POST /api/v2/query?lang=gizmo with the query as
// body, after loading testdata.nq as kg load does.
func TestCayleyCases(t *testing.T) {
	cases := gizmotest.Load(t)
	st := loadedStore(t, gizmotest.DataFile)
	base := startServer(t, Config{Store: st.QuadStore()})
	for i, c := range cases {
		t.Run(c.Name(i), func(t *testing.T) {
			url := base + "/api/v2/query?lang=gizmo"
			if c.Limit > 0 {
				url += fmt.Sprintf("&limit=%d", c.Limit)
			}
			code, body := do(t, http.MethodPost, url, "text/plain", strings.NewReader(c.Query))
			if code != http.StatusOK {
				t.Fatalf("query %q: status %d: %s", c.Query, code, body)
			}
			c.Check(t, body)
		})
	}
}

// TestQueryPaths checks the other ways Cayley's clients send a query: GET
// with qu=, and the v1 path.
func TestQueryPaths(t *testing.T) {
	st := newStore(t)
	ctx := context.Background()
	if _, err := st.Load(ctx, nquads.NewReader(strings.NewReader("<alice> <follows> <bob> .\n<bob> <follows> <fred> .\n"), "x.nq", nquads.Options{}), graph.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	base := startServer(t, Config{Store: st.QuadStore()})
	query := `g.V("<alice>").out("<follows>").all()`
	tests := []struct {
		name, method, path string
		body               string
	}{
		{"v2 POST", http.MethodPost, "/api/v2/query?lang=gizmo", query},
		{"v2 GET", http.MethodGet, "/api/v2/query?lang=gizmo&qu=" + urlEscape(query), ""},
		{"v1 POST", http.MethodPost, "/api/v1/query/gizmo", query},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := do(t, tt.method, base+tt.path, "", strings.NewReader(tt.body))
			if code != http.StatusOK {
				t.Fatalf("status %d: %s", code, body)
			}
			if diff := cmp.Diff([]string{"<bob>"}, gizmotest.TagValues(t, body, "id")); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func urlEscape(s string) string {
	return strings.NewReplacer("%", "%25", "&", "%26", "+", "%2B", " ", "%20", "#", "%23", "\"", "%22", "<", "%3C", ">", "%3E").Replace(s)
}

// TestErrors checks that refused requests are answered {"error": ...} with
// the right 4xx status.
func TestErrors(t *testing.T) {
	base := startServer(t, Config{Store: seedStore(t).QuadStore()})
	tests := []struct {
		name, method, path, body string
		code                     int
		contains                 string
	}{
		{"no language", "POST", "/api/v2/query", "g.V().all()", 400, "language"},
		{"unknown language", "POST", "/api/v2/query?lang=sparql", "SELECT", 400, "sparql"},
		{"empty query", "POST", "/api/v2/query?lang=gizmo", " ", 400, "empty"},
		{"syntax error", "POST", "/api/v2/query?lang=gizmo", "g.V(", 400, "SyntaxError"},
		{"thrown", "POST", "/api/v2/query?lang=gizmo", "throw new Error('boom')", 400, "boom"},
		{"bad limit", "POST", "/api/v2/query?lang=gizmo&limit=x", "g.V().all()", 400, "limit"},
		{"v1 unknown language", "POST", "/api/v1/query/mql", "{}", 400, "mql"},
		{"wrong method", "DELETE", "/api/v2/query?lang=gizmo", "", 405, "not allowed"},
		{"unknown endpoint", "GET", "/api/v3/anything", "", 404, "no API endpoint"},
		{"unknown entity", "GET", "/api/kg/links?entity=Nobody+Atall", "", 404, "no entity"},
		{"missing entity", "GET", "/api/kg/links", "", 400, "entity"},
		{"depth too deep", "GET", "/api/kg/links?entity=Soleimani&depth=99", "", 400, "depth"},
		{"path without to", "GET", "/api/kg/path?from=Soleimani", "", 400, "to"},
		{"bad export format", "GET", "/api/kg/export?format=gif", "", 400, "gif"},
		{"write read-only", "POST", "/api/v2/write", "<a> <b> <c> .", 403, "read-only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := do(t, tt.method, base+tt.path, "", strings.NewReader(tt.body))
			if code != tt.code {
				t.Errorf("status %d, want %d: %s", code, tt.code, body)
			}
			if msg := errorOf(t, body); !strings.Contains(msg, tt.contains) {
				t.Errorf("error %q does not mention %q", msg, tt.contains)
			}
		})
	}
}

// TestRunawayQueryStops runs while(true){} at a short timeout and checks
// that other queries are answered while it runs and that it is stopped.
func TestRunawayQueryStops(t *testing.T) {
	base := startServer(t, Config{Store: seedStore(t).QuadStore(), Timeout: 2 * time.Second})
	type answer struct {
		code int
		body []byte
	}
	runaway := make(chan answer, 1)
	start := time.Now()
	go func() {
		code, body := do(t, "POST", base+"/api/v2/query?lang=gizmo", "", strings.NewReader("while(true){}"))
		runaway <- answer{code, body}
	}()
	// While the runaway spins, other queries are answered.
	for i := 0; i < 3; i++ {
		code, body := do(t, "POST", base+"/api/v2/query?lang=gizmo", "", strings.NewReader(`g.V(kg.entity("Soleimani")).all()`))
		if code != http.StatusOK {
			t.Fatalf("query beside the runaway: status %d: %s", code, body)
		}
		select {
		case a := <-runaway:
			t.Fatalf("the runaway query returned before the others were answered: %d %s", a.code, a.body)
		default:
		}
	}
	select {
	case a := <-runaway:
		if a.code != http.StatusBadRequest {
			t.Errorf("runaway: status %d, want 400: %s", a.code, a.body)
		}
		if msg := errorOf(t, a.body); !strings.Contains(msg, "stopped") {
			t.Errorf("runaway: error %q does not say it was stopped", msg)
		}
		t.Logf("while(true){} stopped after %v", time.Since(start).Round(time.Millisecond))
	case <-time.After(30 * time.Second):
		t.Fatal("while(true){} was not stopped")
	}
}

// TestConcurrentQueries sends 200 queries at once on loopback; all must
// succeed with the right answer.
func TestConcurrentQueries(t *testing.T) {
	base := startServer(t, Config{Store: seedStore(t).QuadStore(), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	const n = 200
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: n}}
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var req *http.Request
			if i%2 == 0 {
				req, _ = http.NewRequest("POST", base+"/api/v2/query?lang=gizmo", strings.NewReader(`g.V(kg.entity("Quds Force")).all()`))
			} else {
				req, _ = http.NewRequest("GET", base+"/api/kg/links?entity=Soleimani", nil)
			}
			resp, err := client.Do(req)
			if err != nil {
				errs <- fmt.Errorf("request %d: %w", i, err)
				return
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK {
				errs <- fmt.Errorf("request %d: status %d: %s", i, resp.StatusCode, body)
				return
			}
			if !bytes.Contains(body, []byte("quds-force")) {
				errs <- fmt.Errorf("request %d: answer does not mention quds-force: %.200s", i, body)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	failed := 0
	for err := range errs {
		failed++
		if failed <= 5 {
			t.Error(err)
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d concurrent requests failed", failed, n)
	}
}

// TestBodyTooLarge sends 2 MiB, with and without a Content-Length; both
// are refused with 413.
func TestBodyTooLarge(t *testing.T) {
	base := startServer(t, Config{Store: newStore(t).QuadStore(), AllowWrites: true})
	big := bytes.Repeat([]byte("/* padding */\n"), 2<<20/14+1)
	tests := []struct {
		name, path string
		body       func() io.Reader
	}{
		{"query with length", "/api/v2/query?lang=gizmo", func() io.Reader { return bytes.NewReader(big) }},
		{"query chunked", "/api/v2/query?lang=gizmo", func() io.Reader { return io.MultiReader(bytes.NewReader(big)) }},
		{"write chunked", "/api/v2/write", func() io.Reader { return io.MultiReader(bytes.NewReader(big)) }},
		{"v1 query", "/api/v1/query/gizmo", func() io.Reader { return bytes.NewReader(big) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := do(t, "POST", base+tt.path, "", tt.body())
			if code != http.StatusRequestEntityTooLarge {
				t.Fatalf("status %d, want 413: %.200s", code, body)
			}
			errorOf(t, body)
		})
	}
	// A client that sends its whole body before it reads (as Python's
	// urllib does) gets the 413 too, not a connection reset.
	t.Run("whole body first", func(t *testing.T) {
		conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(30 * time.Second))
		fmt.Fprintf(conn, "POST /api/v2/query?lang=gizmo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: %d\r\n\r\n", len(big))
		if _, err := conn.Write(big); err != nil {
			t.Fatalf("writing the body: %v", err)
		}
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("reading the answer: %v", err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", resp.StatusCode)
		}
	})
	// Just under the limit is fine.
	q := append(bytes.Repeat([]byte(" "), DefaultMaxBody-20), "g.V().count()"...)
	if code, body := do(t, "POST", base+"/api/v2/query?lang=gizmo", "", bytes.NewReader(q)); code != http.StatusOK {
		t.Errorf("a query just under 1 MiB: status %d: %s", code, body)
	}
}

// TestWrites checks that writes and deletes are refused without
// AllowWrites and done with it.
func TestWrites(t *testing.T) {
	const nq = "<alice> <follows> <bob> .\n"
	follows := func(t *testing.T, base string) string {
		code, body := do(t, "POST", base+"/api/v2/query?lang=gizmo", "", strings.NewReader(`g.V("<alice>").out("<follows>").all()`))
		if code != http.StatusOK {
			t.Fatalf("query: %d %s", code, body)
		}
		return strings.TrimSpace(string(body))
	}
	for _, allow := range []bool{false, true} {
		t.Run(fmt.Sprintf("allow=%v", allow), func(t *testing.T) {
			base := startServer(t, Config{Store: newStore(t).QuadStore(), AllowWrites: allow})
			steps := []struct {
				path, body string
				want       string // count after the step
			}{
				{"/api/v2/write", nq, `{"result":[{"id":"<bob>"}]}`},
				{"/api/v2/delete", nq, `{"result":[]}`},
				{"/api/v2/node/delete", "<alice>", `{"result":[]}`},
				{"/api/v1/write", `[{"subject": "<alice>", "predicate": "<follows>", "object": "<bob>"}]`, `{"result":[{"id":"<bob>"}]}`},
				{"/api/v1/delete", `[{"subject": "<alice>", "predicate": "<follows>", "object": "<bob>"}]`, `{"result":[]}`},
			}
			for _, s := range steps {
				code, body := do(t, "POST", base+s.path, "application/n-quads", strings.NewReader(s.body))
				if !allow {
					if code != http.StatusForbidden {
						t.Errorf("%s: status %d, want 403: %s", s.path, code, body)
					}
					errorOf(t, body)
					if got := follows(t, base); got != `{"result":[]}` {
						t.Errorf("after a refused %s the store holds %s", s.path, got)
					}
					continue
				}
				if s.path == "/api/v2/node/delete" {
					continue // nothing left to delete
				}
				if code != http.StatusOK {
					t.Errorf("%s: status %d: %s", s.path, code, body)
				}
				if got := follows(t, base); got != s.want {
					t.Errorf("after %s: alice follows %s, want %s", s.path, got, s.want)
				}
			}
		})
	}
}

// TestRead checks that /api/v2/read writes the whole store as N-Quads that
// parse back to the same quads, with and without an Accept header.
func TestRead(t *testing.T) {
	st := seedStore(t)
	base := startServer(t, Config{Store: st.QuadStore()})
	want, err := quad.ReadAll(cgraph.NewQuadStoreReader(st.QuadStore()))
	if err != nil {
		t.Fatal(err)
	}
	for _, accept := range []string{"", "application/n-quads", "*/*"} {
		t.Run("accept="+accept, func(t *testing.T) {
			req, _ := http.NewRequest("GET", base+"/api/v2/read", nil)
			if accept != "" {
				req.Header.Set("Accept", accept)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			data, err := io.ReadAll(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(data, []byte("<xsd:")) {
				t.Errorf("read writes a datatype as a short IRI: %s", data[bytes.Index(data, []byte("<xsd:")):][:20])
			}
			got, err := quad.ReadAll(nquads.NewReader(bytes.NewReader(data), "read", nquads.Options{Dialect: nquads.Strict}))
			if err != nil {
				t.Fatalf("the output does not parse as W3C N-Quads: %v", err)
			}
			if diff := cmp.Diff(sortedStrings(want), sortedStrings(got)); diff != "" {
				t.Errorf("read differs from the store (-store +read):\n%s", diff)
			}
		})
	}
}

// sortedStrings writes quads as N-Quads lines, sorted, with datatypes in
// full: "1"^^<xsd:integer> and the full IRI are the same literal to kg.
func sortedStrings(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		for _, d := range quad.Directions {
			q.Set(d, writtenValue(q.Get(d), quad.IRIFull))
		}
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}

// TestResultCap checks that no query returns more than the server's limit,
// whatever it asks for.
func TestResultCap(t *testing.T) {
	base := startServer(t, Config{Store: seedStore(t).QuadStore(), Limit: 3})
	tests := []struct {
		path, query string
		want        int
	}{
		{"/api/v2/query?lang=gizmo", "g.V().all()", 3},
		{"/api/v2/query?lang=gizmo", "g.V().getLimit(50)", 3},
		{"/api/v2/query?lang=gizmo&limit=2", "g.V().all()", 2},
		{"/api/v2/query?lang=gizmo&limit=1000", "g.V().all()", 3},
		{"/api/v2/query?lang=gizmo", "for (var i = 0; i < 10; i++) g.emit(i)", 3},
		{"/api/v1/query/gizmo", "g.V().all()", 3},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.query, func(t *testing.T) {
			code, body := do(t, "POST", base+tt.path, "", strings.NewReader(tt.query))
			if code != http.StatusOK {
				t.Fatalf("status %d: %s", code, body)
			}
			var res struct{ Result []any }
			if err := json.Unmarshal(body, &res); err != nil {
				t.Fatal(err)
			}
			if len(res.Result) != tt.want {
				t.Errorf("%d results, want %d: %s", len(res.Result), tt.want, body)
			}
		})
	}
}

// syncBuffer is a log destination safe for the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestRequestLog checks that each request is logged once, with its status.
func TestRequestLog(t *testing.T) {
	var logs syncBuffer
	base := startServer(t, Config{Store: seedStore(t).QuadStore(), Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	do(t, "GET", base+"/health", "", nil)
	do(t, "POST", base+"/api/v2/query?lang=gizmo", "", strings.NewReader("g.V("))
	var lines []string
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, "msg=request") {
			lines = append(lines, l)
		}
	}
	if len(lines) != 2 {
		t.Fatalf("%d request lines for 2 requests:\n%s", len(lines), logs.String())
	}
	for i, want := range []string{"path=/health status=200", "path=/api/v2/query status=400"} {
		if !strings.Contains(lines[i], want) {
			t.Errorf("log line %q lacks %q", lines[i], want)
		}
	}
}

// TestBrowserGuards checks what a page on another site could make an
// analyst's browser send: cross-origin writes and queries (CSRF) and
// requests under a foreign host name (DNS rebinding) are refused; scripts,
// Cayley's tools and kg's own page pass.
func TestBrowserGuards(t *testing.T) {
	base := startServer(t, Config{Store: newStore(t).QuadStore(), AllowWrites: true})
	own := strings.TrimPrefix(base, "http://")
	tests := []struct {
		name, method, path string
		header             map[string]string
		code               int
	}{
		{"script query", "POST", "/api/v2/query?lang=gizmo", nil, 200},
		{"script write", "POST", "/api/v2/write", nil, 200},
		{"own page query", "POST", "/api/v2/query?lang=gizmo", map[string]string{"Origin": base, "Sec-Fetch-Site": "same-origin"}, 200},
		{"cross-site write", "POST", "/api/v2/write", map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}, 403},
		{"cross-site write, Origin only", "POST", "/api/v2/write", map[string]string{"Origin": "https://evil.example"}, 403},
		{"cross-site query", "POST", "/api/v2/query?lang=gizmo", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"cross-site GET query", "GET", "/api/v2/query?lang=gizmo&qu=g.V().count()", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"same-site GET query (another port)", "GET", "/api/v2/query?lang=gizmo&qu=g.V().count()", map[string]string{"Sec-Fetch-Site": "same-site"}, 403},
		{"GET query, foreign Origin", "GET", "/api/v2/query?lang=gizmo&qu=g.V().count()", map[string]string{"Origin": "https://evil.example"}, 403},
		{"GET entities, foreign Referer", "GET", "/api/kg/entities?prefix=Sol", map[string]string{"Referer": "https://evil.example/page"}, 403},
		{"cross-site health", "GET", "/health", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"cross-site read", "GET", "/api/v2/read", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"null Origin", "GET", "/api/kg/links?entity=x", map[string]string{"Origin": "null"}, 403},
		{"link to the page from elsewhere", "GET", "/", map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}, 200},
		{"typed URL", "GET", "/api/v2/query?lang=gizmo&qu=g.V().count()", map[string]string{"Sec-Fetch-Site": "none"}, 200},
		{"own page GET, Origin", "GET", "/api/v2/query?lang=gizmo&qu=g.V().count()", map[string]string{"Origin": base}, 200},
		{"own page GET, Referer", "GET", "/api/kg/entities?prefix=x", map[string]string{"Referer": base + "/"}, 200},
		{"rebound host", "GET", "/api/v2/read", map[string]string{"Host": "evil.example:64210"}, 403},
		{"localhost", "GET", "/health", map[string]string{"Host": "localhost:" + own[strings.LastIndex(own, ":")+1:]}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := "<x> <y> <z> ."
			if strings.Contains(tt.path, "query") {
				body = "g.V().count()"
			}
			req, _ := http.NewRequest(tt.method, base+tt.path, strings.NewReader(body))
			for k, v := range tt.header {
				if k == "Host" {
					req.Host = v
				} else {
					req.Header.Set(k, v)
				}
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			data, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.code {
				t.Errorf("status %d, want %d: %s", resp.StatusCode, tt.code, data)
			}
			if tt.code == 403 {
				errorOf(t, data)
			}
		})
	}
}

// Hostile queries, sent as a page's GET or a script's POST, stop at their
// bounds with a 400 naming the bound, and the server goes on answering. The
// timeout is long so that each query meets its own bound first, even on a
// machine busy with other tests.
func TestHostileQueriesBounded(t *testing.T) {
	base := startServer(t, Config{Store: seedStore(t).QuadStore(), Timeout: 60 * time.Second})
	for _, tc := range []struct{ src, bound string }{
		{`var a = []; while (true) a.push(new Array(1e6))`, "memory ceiling"},
		{`var s = "x".repeat(1e8); for (var i = 0; i < 100; i++) g.emit(s)`, "output budget"},
		{`function f(n) { return f(n + 1) + 1 } f(0)`, "call stack limit"},
	} {
		code, body := do(t, "GET", base+"/api/v2/query?lang=gizmo&qu="+url.QueryEscape(tc.src), "", nil)
		if code != http.StatusBadRequest || !strings.Contains(errorOf(t, body), tc.bound) {
			t.Errorf("%s: status %d %s, want 400 naming the %s", tc.src, code, body, tc.bound)
		}
		code, body = do(t, "POST", base+"/api/v2/query?lang=gizmo", "", strings.NewReader(`g.V("<id:quds-force>").count()`))
		if code != http.StatusOK {
			t.Fatalf("after %s: status %d %s", tc.src, code, body)
		}
	}
}

// A page on another site learns nothing from how long a refused request
// takes: the refusal comes before the query runs, so a query that would
// run for seconds is refused as fast as one that would not.
func TestCrossSiteRefusedBeforeQuery(t *testing.T) {
	base := startServer(t, Config{Store: seedStore(t).QuadStore(), Timeout: 5 * time.Second})
	for _, src := range []string{`g.V(kg.entity("Soleimani")).all()`, `var t = Date.now(); while (Date.now() - t < 3000) {} 1`} {
		req, _ := http.NewRequest("GET", base+"/api/v2/query?lang=gizmo&qu="+url.QueryEscape(src), nil)
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		start := time.Now()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if took := time.Since(start); resp.StatusCode != http.StatusForbidden || took > time.Second {
			t.Errorf("%s: status %d after %v, want 403 at once", src, resp.StatusCode, took)
		}
	}
}

func TestToken(t *testing.T) {
	base := startServer(t, Config{Store: seedStore(t).QuadStore(), Token: "s3cret"})
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, tc := range []struct {
		name, path string
		header     map[string]string
		code       int
	}{
		{"none", "/health", nil, 401},
		{"wrong", "/health", map[string]string{"Authorization": "Bearer nope"}, 401},
		{"bearer", "/health", map[string]string{"Authorization": "Bearer s3cret"}, 200},
		{"query parameter", "/api/v2/query?lang=gizmo&qu=g.V().count()&token=s3cret", nil, 200},
		{"page without", "/", nil, 401},
		{"page with, sets the cookie", "/?token=s3cret", nil, 303},
		{"cookie", "/api/kg/entities?prefix=Sol", map[string]string{"Cookie": "kg_token=s3cret"}, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", base+tc.path, nil)
			for k, v := range tc.header {
				req.Header.Set(k, v)
			}
			resp, err := noRedirect.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.code {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.code, data)
			}
			if tc.code == 303 && !strings.Contains(resp.Header.Get("Set-Cookie"), "kg_token=s3cret; Path=/; HttpOnly; SameSite=Strict") {
				t.Errorf("Set-Cookie %q", resp.Header.Get("Set-Cookie"))
			}
		})
	}
}

// With writes allowed, a slow read and a write waiting behind it do not
// stop other reads, and /health answers at once.
func TestWriteWaitsWithoutStarvingReads(t *testing.T) {
	base := startServer(t, Config{Store: seedStore(t).QuadStore(), AllowWrites: true, Timeout: 3 * time.Second})
	slow := make(chan int, 1)
	go func() {
		code, _ := do(t, "POST", base+"/api/v2/query?lang=gizmo", "", strings.NewReader("while(true){}"))
		slow <- code
	}()
	time.Sleep(200 * time.Millisecond)
	wrote := make(chan int, 1)
	go func() {
		code, _ := do(t, "POST", base+"/api/v2/write", "application/n-quads", strings.NewReader("<http://x> <http://y> <http://z> .\n"))
		wrote <- code
	}()
	time.Sleep(200 * time.Millisecond)
	for _, path := range []string{"/health", "/api/kg/entities?prefix=Sol"} {
		start := time.Now()
		code, body := do(t, "GET", base+path, "", nil)
		if code != http.StatusOK || time.Since(start) > time.Second {
			t.Errorf("%s beside a slow read and a waiting write: %d after %v: %s", path, code, time.Since(start), body)
		}
	}
	select {
	case code := <-wrote:
		t.Errorf("the write did not wait for the read in flight (status %d)", code)
	default:
	}
	if code := <-slow; code != http.StatusBadRequest {
		t.Errorf("slow query: status %d", code)
	}
	if code := <-wrote; code != http.StatusOK {
		t.Errorf("write after the slow read: status %d", code)
	}
}

// A client's mistakes in a write or delete are 4xx and change nothing.
func TestWriteClientErrors(t *testing.T) {
	base := startServer(t, Config{Store: newStore(t).QuadStore(), AllowWrites: true})
	const good = "<http://a> <http://p> <http://b> .\n"
	for _, tc := range []struct {
		name, path, ctype, body string
		code                    int
	}{
		{"bad line after a good one", "/api/v2/write", "application/n-quads", good + "<http://a> <http://p> .\n", 400},
		{"unknown format", "/api/v2/write", "text/x-nonsense", good, 400},
		{"delete what is not there", "/api/v2/delete", "application/n-quads", good, 404},
		{"write", "/api/v2/write", "application/n-quads", good, 200},
		{"write it again", "/api/v2/write", "application/n-quads", good, 200},
		{"v1 bad JSON", "/api/v1/write", "application/json", "[{", 400},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := do(t, "POST", base+tc.path, tc.ctype, strings.NewReader(tc.body))
			if code != tc.code {
				t.Errorf("status %d, want %d: %s", code, tc.code, body)
			}
		})
	}
	code, body := do(t, "POST", base+"/api/v2/query?lang=gizmo", "", strings.NewReader(`g.V("<http://a>").out().count()`))
	if code != http.StatusOK || strings.TrimSpace(string(body)) != `{"result":[1]}` {
		t.Errorf("the store holds %s (%d), want the one quad written", body, code)
	}
}
