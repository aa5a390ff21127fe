package queries_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/gizmo"
)

// TestSavedQueries runs every saved query on the seed graph and checks a
// fact of the article in its answer.
func TestSavedQueries(t *testing.T) {
	qs := seedStore(t)
	want := map[string]struct {
		args map[string]string
		rows []string // each must appear in one row's text rendering
	}{
		"leaders":       {nil, []string{"Qasem Soleimani  Quds Force  leads", "Ali Khamenei  Iran  head of"}},
		"backers":       {nil, []string{"Iranian-backed militias in Iraq  Iran"}},
		"attacks":       {nil, []string{"United States", "Kataib Hezbollah"}},
		"structure":     {nil, []string{"Quds Force", "Revolutionary Guard"}},
		"events":        {nil, []string{"2019-12-31  Storming of the U.S. Embassy in Baghdad  U.S. Embassy in Baghdad, Baghdad"}},
		"document":      {map[string]string{"doc": "us-embassy-baghdad-2019"}, []string{"Qasem Soleimani", "Quds Force", "<kg:leads>"}},
		"neighbourhood": {map[string]string{"entity": "Quds Force"}, []string{"Iran  <schema:Country>"}},
		"mentions":      {map[string]string{"entity": "Khamenei"}, []string{"#s19>"}},
		"presence":      {nil, []string{"Qasem Soleimani"}},
	}
	// These answer in names, labels and plain dates only; neighbourhood
	// answers nodes, for kg export --query.
	readable := map[string]bool{"leaders": true, "backers": true, "events": true}
	saved := queries.Saved()
	if len(saved) < len(want) {
		t.Errorf("%d saved queries, want at least %d", len(saved), len(want))
	}
	for _, q := range saved {
		t.Run(q.Name, func(t *testing.T) {
			if q.Description == "" {
				t.Error("no description line")
			}
			w, ok := want[q.Name]
			if !ok {
				t.Fatalf("saved query %s has no test here", q.Name)
			}
			src, err := q.WithArgs(w.args)
			if err != nil {
				t.Fatal(err)
			}
			res, err := gizmo.Run(context.Background(), qs, src, gizmo.Options{Limit: -1})
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			if err := res.WriteText(&b); err != nil {
				t.Fatal(err)
			}
			text := collapse(b.String())
			// Answers are for people: names and labels, each row once
			// (a document states some facts in several sentences).
			rows := map[string]bool{}
			for _, row := range strings.Split(b.String(), "\n") {
				if rows[row] && row != "" && q.Name != "document" {
					t.Errorf("row %q comes twice", row)
				}
				rows[row] = true
			}
			if readable[q.Name] && strings.Contains(b.String(), "<") {
				t.Errorf("answer shows raw IRIs:\n%s", b.String())
			}
			for _, r := range w.rows {
				if !strings.Contains(text, collapse(r)) {
					t.Errorf("answer lacks %q:\n%s", r, b.String())
				}
			}
		})
	}
	if _, err := queries.LookupSaved("nosuch"); err == nil {
		t.Error("LookupSaved(nosuch) found something")
	}
}

// collapse folds runs of spaces so column alignment does not matter.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
