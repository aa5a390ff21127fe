package extract

import (
	"context"
	"os"
	"testing"
)

func TestDebugSeed(t *testing.T) {
	raw, _ := os.ReadFile("../us-embassy-baghdad-2019.txt")
	x := New(nil, Options{})
	res, err := x.Extract(context.Background(), Input{ID: "seed", Raw: string(raw), Date: "2019-12-31"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Document.Entities {
		t.Logf("ENT %s %s %q %q", e.ID, e.Type, e.Name, e.Aliases)
	}
	for _, m := range res.Mentions {
		t.Logf("M s%d %q -> %s", m.Sentence, m.Text, m.Entity)
	}
	for _, s := range res.Document.Statements {
		if s.Predicate.Name != "mentionedWith" {
			t.Logf("S s%d %s %s %s %v %.2f", s.Sentence, s.Subject, s.Predicate.Name, s.Object, s.Value, s.Confidence)
		}
	}
}
