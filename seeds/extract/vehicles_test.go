package extract

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/schema"
)

// flightGroups extracts articles in order, each reading with the
// entities the ones before it made as a store would, and returns the
// Vehicle mentions grouped by the entity they resolve to: one group per
// craft, each the sorted texts that name it.
func flightGroups(t *testing.T, articles ...string) [][]string {
	t.Helper()
	ctx := context.Background()
	stored := append([]schema.Entity(nil), known...)
	vehicle := map[string]bool{}
	texts := map[string]map[string]bool{}
	for i, raw := range articles {
		res, err := New(stored, Options{}).Extract(ctx, Input{ID: "a" + string(rune('0'+i)), Raw: raw, Date: "2020-01-11"})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Document.Entities {
			vehicle[e.ID] = vehicle[e.ID] || e.Type == "Vehicle"
		}
		for _, m := range res.Mentions {
			if vehicle[m.Entity] {
				if texts[m.Entity] == nil {
					texts[m.Entity] = map[string]bool{}
				}
				texts[m.Entity][m.Text] = true
			}
		}
		stored = MergeKnown(stored, res.Document.Entities)
	}
	var groups [][]string
	for _, id := range sortedIDs(texts) {
		groups = append(groups, sortedIDs(texts[id]))
	}
	sort.Slice(groups, func(i, j int) bool { return strings.Join(groups[i], "|") < strings.Join(groups[j], "|") })
	return groups
}

func TestFlightNames(t *testing.T) {
	tests := []struct {
		name     string
		articles []string
		want     [][]string // mentions that name one craft, one group per craft
	}{
		{"full name, number, lower-case code and bare code in one article",
			[]string{"Ukraine International Airlines Flight PS752 crashed near Tehran. Flight 752 had 176 people on board. Investigators studied flight PS752 and the wreckage of PS752."},
			[][]string{{"Flight 752", "PS752", "Ukraine International Airlines Flight PS752", "flight PS752"}}},
		{"the number first, the code later",
			[]string{"Flight 752 crashed near Tehran. Iran admitted shooting down PS752 on Saturday."},
			[][]string{{"Flight 752", "PS752"}}},
		{"the airline's full name without the code, the code later",
			[]string{"Ukraine International Airlines Flight 752 crashed. Flight PS752 carried 176 people."},
			[][]string{{"Flight PS752", "Ukraine International Airlines Flight 752"}}},
		{"two numbers of one airline stay apart",
			[]string{"Flight PS752 crashed. Flight PS751 landed safely."},
			[][]string{{"Flight PS751"}, {"Flight PS752"}}},
		{"two numbers without codes stay apart",
			[]string{"Flight 752 crashed. Flight 655 was shot down in 1988."},
			[][]string{{"Flight 655"}, {"Flight 752"}}},
		{"across articles: the code in the first, the number alone in the second",
			[]string{"Flight PS752 crashed near Tehran.", "Canada demanded answers about Flight 752."},
			[][]string{{"Flight 752", "Flight PS752"}}},
		{"across articles: the number first, the airline's full name and code later",
			[]string{"Flight 752 crashed near Tehran.", "Ukraine International Airlines Flight PS752 was shot down."},
			[][]string{{"Flight 752", "Ukraine International Airlines Flight PS752"}}},
		{"across articles: one number under two airlines' codes stays apart",
			[]string{"Flight PS752 crashed near Tehran.", "Flight AA752 landed in Dallas."},
			[][]string{{"Flight AA752"}, {"Flight PS752"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, flightGroups(t, tt.articles...)); diff != "" {
				t.Errorf("flights (-want +got):\n%s", diff)
			}
		})
	}
}
