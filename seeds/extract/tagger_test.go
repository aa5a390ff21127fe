package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds/article"
)

// TestTagsStable tags every sentence of the dev articles twice: kg's
// output must not depend on the order prose ranges over its maps in.
func TestTagsStable(t *testing.T) {
	files, err := filepath.Glob("testdata/dev/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no dev articles: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, sp := range article.Split(string(b)) {
			s := sentence{art: schema.Sentence{Text: sp.Text}, toks: tokenize(sp.Text)}
			if first, again := posTags(s, 0, len(s.toks)), posTags(s, 0, len(s.toks)); !slices.Equal(first, again) {
				t.Fatalf("%q tagged %q, then %q", sp.Text, first, again)
			}
		}
	}
}

// TestPosTagsAlign checks that kg's tokens get the tags of prose's,
// across possessives, hyphens and abbreviations.
func TestPosTagsAlign(t *testing.T) {
	text := "Iran's U.S.-backed rival quietly courts Hamas."
	s := sentence{art: schema.Sentence{Text: text}, toks: tokenize(text)}
	tags := posTags(s, 0, len(s.toks))
	if len(tags) != len(s.toks) {
		t.Fatalf("%d tags for %d tokens", len(tags), len(s.toks))
	}
	for k, tag := range tags {
		if tag == "" {
			t.Errorf("%q has no tag", s.toks[k].Text)
		}
	}
	if k := slices.IndexFunc(s.toks, func(t token) bool { return t.Key == "courts" }); k < 0 || tags[k] != "VBZ" {
		t.Errorf("courts: tags %q", tags)
	}
}
