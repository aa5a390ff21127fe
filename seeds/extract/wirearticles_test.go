package extract

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var updateWire = flag.Bool("update", false, "rewrite testdata/wire/*.entities from what extraction finds")

// TestWireArticles: articles written in the shapes of the wire and
// newspaper coverage of December 2019 and January 2020 (bylines,
// datelines, credit and timestamp lines, related-story links, captions,
// ranks, units, bases, flights), each read alone as kg ingest reads it
// into a store kg build made, find the entities their .entities golden
// file lists: the new ones with their types, then the known ones they
// name. Every line of the golden files was read by hand; the few an
// analyst would not want that are left open are listed, with their
// causes, in testdata/wire/README.md. The article's date is the start of
// its file name.
func TestWireArticles(t *testing.T) {
	ctx := context.Background()
	paths, err := filepath.Glob(filepath.Join("testdata", "wire", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles under testdata/wire (%v)", err)
	}
	x := wireExtractor(t)
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			res, err := x.Extract(ctx, Input{ID: name, Raw: string(raw), Date: name[:len("2006-01-02")]})
			if err != nil {
				t.Fatal(err)
			}
			var lines []string
			for _, e := range res.Document.Entities {
				lines = append(lines, e.Name+": "+e.Type)
			}
			sort.Strings(lines)
			got := strings.Join(lines, "\n") + "\nknown: " + strings.Join(res.Known, " ") + "\n"
			golden := strings.TrimSuffix(path, ".txt") + ".entities"
			if *updateWire {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("entities of %s (-want +got):\n%s", path, diff)
			}
		})
	}
}
