package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-analyst/kg/seeds/article"
)

// TestSpawnDispatch starts threads before every item of the dev articles
// and wants, in order, exactly the rules' first instructions that the item
// can pass: what starting every rule and dropping those the item fails
// left before the start index.
func TestSpawnDispatch(t *testing.T) {
	a := DefaultRules().auto
	checked := 0
	for _, p := range devArticles(t) {
		for _, s := range article.Parse("p", p).Sentences {
			items, _ := sentenceItems(s.Text, tokenize(s.Text))
			for _, it := range items {
				var want []thread
				for _, pc := range a.closure[a.start] {
					if in := a.prog[pc]; in.op != opItem || in.test.matches(it) {
						want = append(want, thread{pc: pc, from: 3})
					}
				}
				got := newThreadSet(len(a.prog))
				got.spawn(&a, thread{from: 3}, it)
				if diff := cmp.Diff(want, got.list, cmp.AllowUnexported(thread{})); diff != "" {
					t.Fatalf("threads started before %+v (-all rules filtered +dispatched):\n%s", it, diff)
				}
				checked += len(want)
			}
		}
	}
	if checked == 0 {
		t.Error("no item of the dev articles starts any rule")
	}
}

// devArticles returns the texts of the dev articles.
func devArticles(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob("testdata/dev/*.txt")
	if len(paths) == 0 {
		t.Fatal("no dev articles under testdata/dev")
	}
	var out []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(raw))
	}
	return out
}

// TestThreadSetDedup adds threads that differ in one field each, and the
// same ones again after a reset.
func TestThreadSetDedup(t *testing.T) {
	a := DefaultRules().auto
	s := newThreadSet(len(a.prog))
	ts := []thread{{pc: 5}, {pc: 5, from: 1}, {pc: 5, passed: 1}, {pc: 5, appos: true}, {pc: 6}}
	for round := 0; round < 2; round++ {
		s.reset()
		for _, th := range append(ts, ts...) {
			if !s.has(th) {
				s.push(th)
			}
		}
		if diff := cmp.Diff(ts, s.list, cmp.AllowUnexported(thread{})); diff != "" {
			t.Errorf("round %d: threads kept (-want +got):\n%s", round, diff)
		}
	}
}
