package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/graph/nquads"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/schema"
)

// TestKGEndpoints checks kg's own JSON endpoints on the seed graph.
func TestKGEndpoints(t *testing.T) {
	base := startServer(t, Config{Store: seedStore(t).QuadStore()})
	get := func(t *testing.T, path string, v any) {
		t.Helper()
		code, body := do(t, "GET", base+path, "", nil)
		if code != http.StatusOK {
			t.Fatalf("GET %s: status %d: %s", path, code, body)
		}
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v\n%s", path, err, body)
		}
	}
	t.Run("entities", func(t *testing.T) {
		var res struct{ Entities []schema.Suggestion }
		get(t, "/api/kg/entities?prefix=Soleim", &res)
		if len(res.Entities) == 0 || res.Entities[0].ID != "qasem-soleimani" {
			t.Fatalf("suggestions for Soleim: %+v", res.Entities)
		}
		get(t, "/api/kg/entities?prefix="+urlEscape("iran's elite"), &res)
		if len(res.Entities) == 0 || res.Entities[0].ID != "quds-force" {
			t.Errorf("an alias does not suggest its entity: %+v", res.Entities)
		}
	})
	t.Run("links", func(t *testing.T) {
		var res struct {
			Entity queries.Resolution
			Links  []queries.Link
		}
		get(t, "/api/kg/links?entity=Soleimani&depth=1", &res)
		if res.Entity.ID != "qasem-soleimani" {
			t.Errorf("entity %+v", res.Entity)
		}
		found := false
		for _, l := range res.Links {
			if l.To.ID == "quds-force" || l.From.ID == "quds-force" {
				found = len(l.Evidence) > 0 && l.Evidence[0].Text != ""
			}
		}
		if !found {
			t.Errorf("no link to the Quds Force with an evidence sentence: %+v", res.Links)
		}
	})
	t.Run("path", func(t *testing.T) {
		var res struct{ Paths []queries.Path }
		get(t, "/api/kg/path?from=Soleimani&to="+urlEscape("Kataib Hezbollah")+"&max_hops=3", &res)
		if len(res.Paths) == 0 {
			t.Fatal("no path from Soleimani to Kataib Hezbollah")
		}
		p := res.Paths[0]
		if p.Nodes[0].ID != "qasem-soleimani" || p.Nodes[len(p.Nodes)-1].ID != "kataib-hezbollah" || len(p.Edges) != p.Length {
			t.Errorf("path %+v", p)
		}
	})
	exports := []struct {
		format, contentType, starts string
	}{
		{"nquads", "application/n-quads", "<"},
		{"dot", "text/vnd.graphviz; charset=utf-8", "digraph"},
		{"svg", "image/svg+xml", "<?xml"},
	}
	for _, e := range exports {
		t.Run("export "+e.format, func(t *testing.T) {
			resp, err := http.Get(base + "/api/kg/export?around=Soleimani&depth=1&format=" + e.format)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != e.contentType {
				t.Fatalf("status %d, type %q: %.300s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
			}
			if !bytes.HasPrefix(bytes.TrimSpace(body), []byte(e.starts)) || !bytes.Contains(body, []byte("Quds Force")) && e.format != "nquads" {
				t.Errorf("export does not look like %s with the Quds Force: %.300s", e.format, body)
			}
			if e.format == "nquads" {
				qs, err := quad.ReadAll(nquads.NewReader(bytes.NewReader(body), "export", nquads.Options{Dialect: nquads.Strict}))
				if err != nil || len(qs) == 0 {
					t.Errorf("export: %d quads, %v", len(qs), err)
				}
			}
		})
	}
	t.Run("health", func(t *testing.T) {
		var res struct {
			Status string
		}
		get(t, "/health", &res)
		if res.Status != "ok" {
			t.Errorf("health %+v", res)
		}
	})
	t.Run("formats", func(t *testing.T) {
		var res []struct {
			ID   string
			Mime []string
		}
		get(t, "/api/v2/formats", &res)
		ids := map[string]bool{}
		for _, f := range res {
			ids[f.ID] = true
		}
		if !ids["nquads"] || !ids["jsonld"] {
			t.Errorf("formats %+v lack nquads or jsonld", res)
		}
	})
	t.Run("page", func(t *testing.T) {
		for _, path := range []string{"/", "/app.js", "/style.css"} {
			code, body := do(t, "GET", base+path, "", nil)
			if code != http.StatusOK || len(body) == 0 {
				t.Errorf("GET %s: %d, %d bytes", path, code, len(body))
			}
			if bytes.Contains(body, []byte("https://cdn")) || bytes.Contains(body, []byte("src=\"http")) {
				t.Errorf("%s loads something from elsewhere", path)
			}
		}
	})
}

// TestShutdown cancels Serve's context while a query runs: the query is
// answered, the listener is closed, and Serve returns.
func TestShutdown(t *testing.T) {
	s, err := New(Config{Store: seedStore(t).QuadStore(), Timeout: time.Second, Logger: nil})
	if err != nil {
		t.Fatal(err)
	}
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := &signalListener{Listener: inner, read: make(chan struct{})}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()

	answered := make(chan int, 1)
	go func() {
		resp, err := http.Post(base+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader("while(true){}"))
		if err != nil {
			t.Logf("query in flight: %v", err)
			answered <- -1
			return
		}
		resp.Body.Close()
		answered <- resp.StatusCode
	}()
	<-ln.read // the server has the request
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(ShutdownGrace + 10*time.Second):
		t.Fatal("Serve did not return after its context ended")
	}
	if code := <-answered; code != http.StatusBadRequest {
		t.Errorf("the query in flight got %d, want its 400 stopped answer", code)
	}
	// The listener is closed: asking the port again would race with other
	// tests that may be given the same port once it is free.
	if !ln.closed.Load() {
		t.Error("the listener is still open after shutdown")
	}
}

// signalListener closes read when the server first reads from a
// connection.
type signalListener struct {
	net.Listener
	read   chan struct{}
	once   sync.Once
	closed atomic.Bool
}

func (l *signalListener) Close() error {
	l.closed.Store(true)
	return l.Listener.Close()
}

func (l *signalListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &signalConn{Conn: c, l: l}, nil
}

type signalConn struct {
	net.Conn
	l *signalListener
}

func (c *signalConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.l.once.Do(func() { close(c.l.read) })
	}
	return n, err
}
