package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestAnalysisEndpoints checks /api/kg/rank, brokers, clusters and diff on
// the seed graph, and that they refuse bad parameters with 400.
func TestAnalysisEndpoints(t *testing.T) {
	base := startServer(t, Config{Store: seedStore(t).QuadStore()})
	tests := []struct {
		path string
		want []string // fragments of the JSON answer
	}{
		{"/api/kg/rank?by=betweenness&type=Person&limit=2", []string{`"by":"betweenness"`, `"name":"Donald Trump"`, `"evidence":[`}},
		{"/api/kg/rank?tier=typed&as_of=2019-12-31", []string{`"by":"pagerank"`, `"name":"United States"`}},
		{"/api/kg/brokers?from=Kataib+Hezbollah&to=United+States", []string{`"name":"Iranian-backed militias in Iraq"`, `"paths":[`}},
		{"/api/kg/brokers?from=type:ArmedGroup&to=United+States,Trump&limit=1", []string{`"brokers":[{`}},
		{"/api/kg/clusters?min_size=3", []string{`"modularity":`, `"bridges":[`, `"https://kg.example.org/id/united-states":`}},
		{"/api/kg/diff?from=2019-01-01&to=2019-12-31", []string{`"name":"Quds Force"`}},
		{"/api/kg/diff?from=2019-12-31&to=2020-12-31", []string{`"entities":[]`, `"links":[]`}},
		{"/api/kg/links?entity=Soleimani&as_of=2019-12-30", []string{`"links":[]`}},
		{"/api/kg/links?entity=Soleimani&min_sources=1", []string{`"sources":{"curated":true,"documents":1,"sentences":1}`}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			code, body := do(t, "GET", base+tt.path, "", nil)
			if code != http.StatusOK {
				t.Fatalf("status %d: %s", code, body)
			}
			var v any
			if err := json.Unmarshal(body, &v); err != nil {
				t.Fatal(err)
			}
			compact, _ := json.Marshal(v)
			for _, w := range tt.want {
				if !strings.Contains(string(compact), w) {
					t.Errorf("answer lacks %s:\n%.2000s", w, compact)
				}
			}
		})
	}
	for _, path := range []string{
		"/api/kg/rank?by=closeness", "/api/kg/rank?tier=some", "/api/kg/rank?limit=100000",
		"/api/kg/rank?as_of=yesterday", "/api/kg/brokers?from=Iran", "/api/kg/brokers?from=Iran&to=Nobody+Known+Here",
		"/api/kg/clusters?resolution=-1", "/api/kg/diff?from=2020-01-01", "/api/kg/links?entity=Iran&min_sources=-1",
	} {
		if code, body := do(t, "GET", base+path, "", nil); code != http.StatusBadRequest && code != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 400 or 404: %s", path, code, body)
		}
	}
}

// TestAsOfStore checks as_of on Gizmo queries and the entity list: the seed
// article is dated 31 December 2019, so the day before nothing of it is
// known, and that day all of it.
func TestAsOfStore(t *testing.T) {
	base := startServer(t, Config{Store: seedStore(t).QuadStore()})
	query := "/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(`g.V("<id:qasem-soleimani>").out("<kg:leads>").all()`)
	tests := []struct {
		path, want, notWant string
	}{
		{query + "&as_of=2019-12-31", `/id/quds-force>"`, ""},
		{query + "&as_of=2019-12-30", `"result":`, "quds-force"},
		{"/api/kg/entities?prefix=Soleimani&as_of=2019-12-31", `"name":"Qasem Soleimani"`, ""},
		{"/api/kg/entities?prefix=Soleimani&as_of=2019-12-30", `"entities":[]`, `"name"`},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			code, body := do(t, "GET", base+tt.path, "", nil)
			if code != http.StatusOK {
				t.Fatalf("status %d: %s", code, body)
			}
			if !strings.Contains(string(body), tt.want) {
				t.Errorf("answer lacks %s: %.2000s", tt.want, body)
			}
			if tt.notWant != "" && strings.Contains(string(body), tt.notWant) {
				t.Errorf("answer has %s: %.2000s", tt.notWant, body)
			}
		})
	}
	if code, body := do(t, "GET", base+query+"&as_of=2019-12-32", "", nil); code != http.StatusBadRequest {
		t.Errorf("as_of=2019-12-32: status %d, want 400: %s", code, body)
	}
}
