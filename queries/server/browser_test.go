package server

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
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

// TestBrowser drives the page in a real headless Chromium as an analyst
// would: search "Soleimani" with suggestions, see the Quds Force in the
// picture, open an edge's evidence, and run a Gizmo query.
func TestBrowser(t *testing.T) {
	ctx := newBrowser(t)
	base := startServer(t, Config{Store: seedStore(t).QuadStore()})

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
	step("click the edge to the Quds Force and see its evidence",
		chromedp.Click(chromedp.CSS(`#layer-labels g.label[data-to="Quds Force"], #layer-labels g.label[data-from="Quds Force"]`)),
		chromedp.WaitVisible(chromedp.CSS("#details blockquote.evidence")))
	details, evidence := text("#details"), text("#details blockquote.evidence")
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
	step("find the paths from Soleimani to Kataib Hezbollah and draw one",
		chromedp.SendKeys(chromedp.CSS("#path-from"), "Soleimani"),
		chromedp.SendKeys(chromedp.CSS("#path-to"), "Kataib Hezbollah"),
		chromedp.Click(chromedp.CSS(`#path-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#paths li button")),
		chromedp.Click(chromedp.CSS("#paths li button")),
		chromedp.WaitVisible(chromedp.CSS(`#graph g.node[data-name="Kataib Hezbollah"]`)))
	paths := text("#paths")
	step("run a Gizmo query",
		chromedp.SetValue(chromedp.CSS("#gizmo-query"), `g.V(kg.entity("Quds Force")).tag("entity").out("<schema:name>").all()`),
		chromedp.Click(chromedp.CSS("#gizmo-run")),
		chromedp.WaitVisible(chromedp.CSS("#gizmo-results tbody tr")))
	results := text("#gizmo-results")

	checks := []struct {
		what, got, want string
	}{
		{"suggestions", suggestions, "Qasem Soleimani"},
		{"nodes drawn", nodes, "Quds Force"},
		{"evidence title", details, "Quds Force"},
		{"paths", paths, "Kataib Hezbollah"},
		{"Gizmo results", results, "quds-force"},
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
