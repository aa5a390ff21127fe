package server

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/kg-analyst/kg/graph"
	"github.com/kg-analyst/kg/graph/ingest"
	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/seeds"
	"github.com/kg-analyst/kg/seeds/extract"
)

// chromiumPath is where Debian's chromium package puts the browser.
const chromiumPath = "/usr/bin/chromium"

// newBrowser starts a headless Chromium with a fresh profile and returns a
// context for driving one tab, or skips the test when no Chromium is
// installed.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath
	if _, err := os.Stat(path); err != nil {
		p, lerr := exec.LookPath("chromium")
		if lerr != nil {
			t.Skipf("no Chromium at %s or on PATH (%v): install Debian's chromium package (apt-get install chromium; .ci/run does) to run the browser test", chromiumPath, err)
		}
		path = p
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithErrorf(t.Logf))
	t.Cleanup(func() { cancelTab(); cancelAlloc() })
	// The first Run starts the browser; its context must have no timeout.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	return ctx
}

// servedSeedStore is a bolt store holding the seed graph as kg serve
// shows it, the curated annotation on top of what the extractor finds,
// with two more articles ingested as an analyst would, with their dates:
// Soleimani has a crowd of co-mentions around him.
func servedSeedStore(t *testing.T) *graph.Store {
	t.Helper()
	set, err := seeds.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := extract.SeedDocuments(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	st := newStore(t)
	if _, err := write.Write(context.Background(), st, docs); err != nil {
		t.Fatal(err)
	}
	var articles []ingest.File
	for _, a := range []struct{ name, date string }{{"soleimani-killed-2020.txt", "2020-01-03"}, {"ain-al-asad-2020.txt", "2020-01-08"}} {
		f, err := ingest.ReadFile(filepath.Join("..", "..", "seeds", "extract", "testdata", "dev", a.name), ingest.MaxArticleBytes)
		if err != nil {
			t.Fatal(err)
		}
		f.Date = a.date
		articles = append(articles, f)
	}
	known, err := queries.Entities(context.Background(), st.QuadStore())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Run(context.Background(), st, known, articles, false); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestBrowser drives the page in a real headless Chromium as an analyst
// would: search "Soleimani" with suggestions, see the Quds Force in the
// picture with no two labels overlapping, open the leads edge's evidence,
// show and hide co-mentions, zoom and filter the two-hop picture, draw a
// path left to right, and run a Gizmo query whose answer names entities.
// Screenshots of each step go to testoutput/browser.
func TestBrowser(t *testing.T) {
	ctx := newBrowser(t)
	base := startServer(t, Config{Store: servedSeedStore(t).QuadStore()})

	// Uncaught exceptions in the page fail the test; other console
	// messages go to the test log.
	var mu sync.Mutex
	var jsErrors []string
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			mu.Lock()
			if m.Type == chromedp.ConsoleException {
				jsErrors = append(jsErrors, m.Text)
			}
			mu.Unlock()
			t.Logf("console %s: %s", m.Type, m.Text)
		}
	}()

	// Each step gets a generous bound of its own.
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			status, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#status")))
			t.Fatalf("%s: %v (status line: %q)", name, err, status)
		}
	}
	text := func(sel string) string {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		s, err := chromedp.Run(sctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}

	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", sel)))
		if err != nil {
			t.Fatalf("count %s: %v", sel, err)
		}
		return n
	}
	// overlappingLabels counts the pairs of shown labels (names and edge
	// labels) whose boxes on screen overlap.
	overlappingLabels := func() int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(() => {
			const boxes = [...document.querySelectorAll("#layer-labels > g")]
				.filter((g) => g.getAttribute("display") !== "none").map((g) => g.getBoundingClientRect());
			let n = 0;
			for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i], b = boxes[j];
				if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) n++;
			}
			return n;
		})()`))
		if err != nil {
			t.Fatalf("overlapping labels: %v", err)
		}
		return n
	}
	viewWidth := func() float64 {
		t.Helper()
		w, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.querySelector("#graph").viewBox.baseVal.width`))
		if err != nil {
			t.Fatalf("view width: %v", err)
		}
		return w
	}
	// Screenshots go to testoutput/browser for a person to look at.
	outDir := filepath.Join("testoutput", "browser")
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	shot := func(name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Errorf("screenshot %s: %v", name, err)
			return
		}
		if err := os.WriteFile(filepath.Join(outDir, name+".png"), buf, 0o644); err != nil {
			t.Error(err)
		}
	}

	step("open the page",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#search")))
	step("type Soleimani and see suggestions",
		chromedp.SendKeys(chromedp.CSS("#search"), "Soleimani"),
		chromedp.WaitVisible(chromedp.CSS("#suggestions li")))
	suggestions := text("#suggestions")
	step("pick the first suggestion and see the Quds Force in the picture",
		chromedp.Click(chromedp.CSS("#suggestions li")),
		chromedp.WaitVisible(chromedp.CSS(`#graph g.node[data-name="Quds Force"]`)))
	nodes, err := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll("#graph g.node")].map(n => n.dataset.name).join("\n")`))
	if err != nil {
		t.Fatal(err)
	}
	shot("01-soleimani-one-hop")
	if n := overlappingLabels(); n != 0 {
		t.Errorf("Soleimani's one-hop picture has %d pairs of overlapping labels", n)
	}
	// Co-mentions are hidden until asked for, then dashed.
	if n := count(`#layer-edges g.edge[data-predicate="mentionedWith"]`); n != 0 {
		t.Errorf("%d co-mentions drawn before asking for them", n)
	}
	step("show co-mentions", chromedp.Click(chromedp.CSS("#show-comentions")),
		chromedp.WaitVisible(chromedp.CSS(`#layer-edges g.edge[data-predicate="mentionedWith"]`)))
	dash, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('#layer-edges g.edge[data-predicate="mentionedWith"] line')).strokeDasharray`))
	if err != nil || dash == "none" || dash == "" {
		t.Errorf("a co-mention is drawn with stroke-dasharray %q (%v), want dashed", dash, err)
	}
	// Shown, they include those a better statement covers: the page asks
	// for all=1. (A sentence that joins two names some other way writes no
	// co-mention of them, so Soleimani and the Quds Force, whom "the leader
	// of Iran's elite Quds Force" joins, have none; another sentence's
	// open relation covers his with the United States.)
	if n := count(`#layer-edges g.edge[data-predicate="mentionedWith"][data-from="Qasem Soleimani"][data-to="United States"], #layer-edges g.edge[data-predicate="mentionedWith"][data-from="United States"][data-to="Qasem Soleimani"]`); n != 1 {
		t.Errorf("%d co-mentions of Soleimani and the United States drawn, want the 1 an open relation covers", n)
	}
	if n := count(`#layer-edges g.edge[data-predicate="mentionedWith"][data-from="Qasem Soleimani"][data-to="Quds Force"], #layer-edges g.edge[data-predicate="mentionedWith"][data-from="Quds Force"][data-to="Qasem Soleimani"]`); n != 0 {
		t.Errorf("%d co-mentions of Soleimani and the Quds Force drawn, want none: the sentence says he leads it", n)
	}
	shot("02-soleimani-co-mentions")
	if n := overlappingLabels(); n != 0 {
		t.Errorf("with co-mentions, %d pairs of labels overlap", n)
	}
	step("hide co-mentions again", chromedp.Click(chromedp.CSS("#show-comentions")))
	// The same answer is drawn the same way every time.
	positions := func() string {
		t.Helper()
		p, err := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll("#graph g.node, #layer-labels > g")].map(g => (g.dataset.name || g.dataset.key) + "@" + g.getAttribute("transform").replace(/-?[0-9.e+-]+/g, (n) => Math.round(+n))).sort().join("\n")`))
		if err != nil {
			t.Fatalf("positions: %v", err)
		}
		return p
	}
	first := positions()
	step("draw Soleimani again",
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#layer-nodes").replaceChildren()`),
		chromedp.Click(chromedp.CSS(`#search-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#graph g.node[data-name="Quds Force"]`)))
	if again := positions(); again != first {
		t.Errorf("drawn again, the picture moved:\n%s\nthen\n%s", first, again)
	}
	step("click the leads edge to the Quds Force and see its evidence",
		chromedp.Click(chromedp.CSS(`#layer-labels g.label[data-label="leads"][data-to="Quds Force"]`)),
		chromedp.WaitVisible(chromedp.CSS("#details blockquote.evidence")))
	details, evidence := text("#details"), text("#details blockquote.evidence")
	if title := text("#evidence-title"); title != "Qasem Soleimani leads Quds Force" {
		t.Errorf("clicking the leads label opened %q", title)
	}
	step("Escape in the search box closes suggestions but keeps the text",
		chromedp.Click(chromedp.CSS("#search")),
		chromedp.KeyEvent(kb.Escape))
	if v, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#search"))); err != nil || v == "" {
		t.Errorf("after Escape the search box holds %q (%v)", v, err)
	}
	// (A key event from script: DevTools' own types the character after
	// the page has moved the focus, which no keyboard does.)
	step("'/' outside a field goes to the search box",
		chromedp.Click(chromedp.CSS("#details")),
		chromedp.Evaluate[chromedp.Void](`document.body.dispatchEvent(new KeyboardEvent("keydown", {key: "/", bubbles: true, cancelable: true}))`))
	if id, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id`)); err != nil || id != "search" {
		t.Errorf("after '/' the focus is on %q (%v), want the search box", id, err)
	}
	step("click the Quds Force to expand it",
		chromedp.Click(chromedp.CSS(`#graph g.node[data-name="Quds Force"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#graph g.node.expanded[data-name="Quds Force"]`)))
	expanded, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#graph g.node").length`))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Split(nodes, "\n")); expanded <= n {
		t.Errorf("expanding the Quds Force drew %d nodes, no more than the %d before", expanded, n)
	}
	step("draw Soleimani's two-hop neighbourhood",
		chromedp.SetValue(chromedp.CSS("#depth"), "2"),
		chromedp.Click(chromedp.CSS(`#search-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#timeline button.event`)))
	shot("03-soleimani-two-hops")
	before := viewWidth()
	step("zoom in", chromedp.Click(chromedp.CSS("#zoom-in")))
	if after := viewWidth(); !(after < before) {
		t.Errorf("zooming in left the view %v wide, was %v", after, before)
	}
	shot("04-two-hops-zoomed")
	if text("#timeline") == "" || !strings.Contains(text("#timeline"), "2019-12-31") {
		t.Errorf("the timeline strip lacks the storming's date: %q", text("#timeline"))
	}
	events := count(`#graph g.node[data-type="Event"]`)
	step("hide events", chromedp.Click(chromedp.CSS(`#legend button[data-type="Event"]`)))
	if n := count(`#graph g.node[data-type="Event"]`); events == 0 || n != 0 {
		t.Errorf("hiding events left %d of %d drawn", n, events)
	}
	step("only leads", chromedp.SetValue(chromedp.CSS("#filter-predicate"), "leads"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#filter-predicate").dispatchEvent(new Event("change"))`))
	if all, leads := count("#layer-edges g.edge"), count(`#layer-edges g.edge[data-predicate="leads"]`); all == 0 || all != leads {
		t.Errorf("filtered to leads, %d of %d edges drawn are leads", leads, all)
	}
	shot("05-two-hops-filtered")
	step("find the paths from Soleimani to Kataib Hezbollah and draw one",
		chromedp.SendKeys(chromedp.CSS("#path-from"), "Soleimani"),
		chromedp.SendKeys(chromedp.CSS("#path-to"), "Kataib Hezbollah"),
		chromedp.Click(chromedp.CSS(`#path-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#paths li button")),
		chromedp.Click(chromedp.CSS("#paths li button")),
		chromedp.WaitVisible(chromedp.CSS(`#graph g.node[data-name="Kataib Hezbollah"]`)))
	paths := text("#paths")
	shot("06-path")
	xs, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll("#graph g.node")].map(g => g.transform.baseVal.consolidate().matrix.e)`))
	if err != nil || len(xs) < 2 || !sort.Float64sAreSorted(xs) {
		t.Errorf("the path's nodes are not laid out left to right: %v (%v)", xs, err)
	}
	if href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#export-svg").href`)); err != nil || !strings.Contains(href, "from=") {
		t.Errorf("after drawing a path the export link is %q (%v)", href, err)
	}
	if d := text("#details"); !strings.Contains(d, "Kataib Hezbollah") || !strings.Contains(d, "hops") {
		t.Errorf("after drawing a path the side panel says %q", d)
	}
	step("run a Gizmo query",
		chromedp.SetValue(chromedp.CSS("#gizmo-query"), `g.V(kg.entity("Quds Force")).tag("entity").out("<schema:name>").all()`),
		chromedp.Click(chromedp.CSS("#gizmo-run")),
		chromedp.WaitVisible(chromedp.CSS("#gizmo-results tbody tr")))
	results := text("#gizmo-results")
	if n := count(`#gizmo-results button.entity[data-iri$="/id/quds-force"]`); n != 1 {
		t.Errorf("the Gizmo answer shows the Quds Force as %d clickable names, want 1", n)
	}
	step("the Gizmo answer names entities; a click draws one",
		chromedp.SetValue(chromedp.CSS("#gizmo-query"), `g.V(kg.entity("Quds Force")).in("<kg:leads>").all()`),
		chromedp.Click(chromedp.CSS("#gizmo-run")),
		chromedp.WaitVisible(chromedp.CSS(`#gizmo-results button.entity`)))
	if name := text("#gizmo-results button.entity"); name != "Qasem Soleimani" {
		t.Errorf("the Gizmo answer shows %q, want the name Qasem Soleimani", name)
	}
	shot("07-gizmo")

	checks := []struct {
		what, got, want string
	}{
		{"suggestions", suggestions, "Qasem Soleimani"},
		{"nodes drawn", nodes, "Quds Force"},
		{"evidence title", details, "Quds Force"},
		{"paths", paths, "Kataib Hezbollah"},
		{"Gizmo results", results, "Quds Force"},
	}
	for _, c := range checks {
		if !strings.Contains(c.got, c.want) {
			t.Errorf("%s do not mention %q:\n%s", c.what, c.want, c.got)
		}
	}
	if len(strings.Fields(evidence)) < 4 {
		t.Errorf("the evidence is not a sentence: %q", evidence)
	}
	t.Logf("evidence shown: %s", evidence)
	mu.Lock()
	defer mu.Unlock()
	if len(jsErrors) > 0 {
		t.Errorf("the page threw: %s", strings.Join(jsErrors, "; "))
	}
}
