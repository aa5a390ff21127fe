package extract

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kg-analyst/kg/seeds/article"
)

// TestLinearWork reads documents of the dev articles' paragraphs over and
// over, each copy's capitalised words spelled apart ("Baghdad",
// "Baghdadb", ...) so that a longer document names more entities and
// events, as a real long file does. The entity lookups per sentence, which
// nearly every pass over mentions and statements makes, must not grow
// with the document: a pass that reads every statement for every event
// (as dating undated events once did) makes them grow with its length.
// It counts work, not time, so a busy machine cannot fail it.
func TestLinearWork(t *testing.T) {
	var paras []string
	for _, p := range devArticles(t) {
		for _, s := range article.Parse("p", p).Sentences[1:] {
			paras = append(paras, s.Text)
		}
	}
	perSentence := func(copies int) (float64, int) {
		var sb strings.Builder
		sb.WriteString("A long file\n\n")
		for c := range copies {
			for _, p := range paras {
				sb.WriteString(spelledApart(p, c))
				sb.WriteString("\n\n")
			}
		}
		lookups := 0
		x := New(known, Options{})
		x.lookups = &lookups
		res, err := x.Extract(context.Background(), Input{ID: "long", Raw: sb.String(), Date: "2020-01-08"})
		if err != nil {
			t.Fatal(err)
		}
		return float64(lookups) / float64(copies*len(paras)), len(res.Document.Entities)
	}
	short, shortEntities := perSentence(1)
	long, longEntities := perSentence(8)
	t.Logf("entity lookups per sentence: %.0f at %d sentences (%d new entities), %.0f at %d (%d)",
		short, len(paras), shortEntities, long, 8*len(paras), longEntities)
	if longEntities < 6*shortEntities {
		t.Errorf("the long document names %d new entities, the short one %d: its copies are not told apart", longEntities, shortEntities)
	}
	if long > 1.25*short {
		t.Errorf("entity lookups per sentence grow with the document: %.0f at %d sentences, %.0f at %d", short, len(paras), long, 8*len(paras))
	}
}

// spelledApart appends to every capitalised word of four letters or more
// a suffix of lower-case letters for copy c ("" for copy 0).
func spelledApart(text string, c int) string {
	suffix := ""
	for n := c; n > 0; n /= 26 {
		suffix = string(rune('a'+n%26)) + suffix
	}
	words := strings.Fields(text)
	for i, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		last, _ := utf8.DecodeLastRuneInString(w)
		if utf8.RuneCountInString(w) > 3 && unicode.IsUpper(first) && unicode.IsLetter(last) {
			words[i] = w + suffix
		}
	}
	return strings.Join(words, " ")
}
