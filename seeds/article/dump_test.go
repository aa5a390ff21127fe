package article

import (
	"os"
	"testing"
)

func TestDumpSeed(t *testing.T) {
	raw, _ := os.ReadFile("../us-embassy-baghdad-2019.txt")
	d := Parse("x", string(raw))
	for _, s := range d.Sentences {
		t.Logf("%d [%d:%d] %q", s.Index, s.Start, s.End, s.Text)
	}
}
