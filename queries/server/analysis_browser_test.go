package server

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserAnalysis drives the analysis beside the picture: the ranked
// list fills on opening, a click on an entity draws it, clusters colour the
// picture, and the date slider shows the graph as known on the first day.
func TestBrowserAnalysis(t *testing.T) {
	ctx := newBrowser(t)
	base := startServer(t, Config{Store: servedSeedStore(t).QuadStore()})
	run := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	eval := func(js string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return s
	}
	run("open the page and see the ranking",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#ranking li a")))
	if first := eval(`document.querySelector("#ranking li a").textContent`); first != "United States" {
		t.Errorf("first by PageRank: %q, want United States", first)
	}
	run("rank people by betweenness",
		chromedp.SetValue(chromedp.CSS("#rank-by"), "betweenness"),
		chromedp.SetValue(chromedp.CSS("#rank-type"), "Person"),
		chromedp.Click(chromedp.CSS("#rank-form button")),
		chromedp.WaitVisible(chromedp.CSS(`#ranking li a[data-iri="https://kg.example.org/id/abu-mahdi-al-muhandis"]`)))
	run("click the first person and see them in the picture",
		chromedp.Click(chromedp.CSS("#ranking li a")),
		chromedp.WaitVisible(chromedp.CSS(`#graph g.node.center`)))
	run("open an edge's evidence and see how well it is sourced",
		chromedp.Click(chromedp.CSS(`#layer-labels g.label`)),
		chromedp.WaitVisible(chromedp.CSS(`#details p.sources`)))
	if s := eval(`document.querySelector("#details p.sources").textContent`); !strings.Contains(s, "document") || !strings.Contains(s, "sentence") {
		t.Errorf("sources line %q", s)
	}
	run("colour clusters",
		chromedp.Click(chromedp.CSS("#rank-clusters")),
		chromedp.WaitVisible(chromedp.CSS(`#cluster-summary`)))
	coloured := `[...document.querySelectorAll("#graph g.node circle")].filter(c => CLUSTER_COLOURS.includes(c.getAttribute("fill"))).length`
	waitFor(t, ctx, coloured+" > 0")
	dates := eval(`analysis.dates.join(" ")`)
	if dates != "2019-12-31 2020-01-03 2020-01-08" {
		t.Fatalf("slider dates %q, want the three documents' dates", dates)
	}
	run("slide to the first day",
		chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("#as-of"); s.value = 0; s.dispatchEvent(new Event("change")); })()`))
	waitFor(t, ctx, `document.querySelector("#as-of-label").textContent === "as of 2019-12-31"`)
	// Muhandis is first named in the January articles: gone as of 31 December.
	waitFor(t, ctx, `!document.querySelector('#ranking li a[data-iri="https://kg.example.org/id/abu-mahdi-al-muhandis"]') && document.querySelectorAll("#ranking li").length > 0`)
	if s := eval(`document.querySelector("#rank-summary").textContent`); !strings.Contains(s, "betweenness over") {
		t.Errorf("summary %q", s)
	}
}

// waitFor polls a JavaScript condition until it holds, for up to 30 s.
func waitFor(t *testing.T, ctx context.Context, cond string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
		if err == nil && ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", cond)
}
