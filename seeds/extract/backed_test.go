package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/schema"
)

// TestBackedGroups: "X-backed militias" is a group backed by X in any
// article, the same group however X is written, and no group of its own
// where it describes a name.
func TestBackedGroups(t *testing.T) {
	militias := schema.Entity{ID: "iraqi-militias", Type: "ArmedGroup", Name: "Iranian-backed militias in Iraq", Aliases: []string{"Iranian-backed militias"}}
	fresh, knowing := New(known, IngestOptions()), New(append(slices.Clone(known), militias), IngestOptions())
	tests := []struct {
		name     string
		x        *Extractor
		text     string
		entities []string // new entities
		typed    []string
	}{
		{"a new group", fresh, "Iranian-backed militias stormed the embassy.",
			[]string{"Iran:Country", "Iranian-backed militias:ArmedGroup", "Siege by Iranian-backed militias, reported 2020-01-03:Event"},
			[]string{"iranian-backed-militias backedBy iran", "iranian-backed-militias conducted siege-by-iranian-backed-militias-reported-2020-01-03"}},
		{"the known group, written another way", knowing, "Iran-backed militia fighters stormed the embassy.",
			[]string{"Iran:Country"}, []string{"iraqi-militias backedBy iran"}},
		{"a name inside", fresh, "The Iran-backed Kataib Hezbollah militia denied it.",
			[]string{"Iran:Country"}, []string{"kataib-hezbollah backedBy iran"}},
		{"of a name", fresh, "He opposed the Iran-backed militias of the Popular Mobilization Forces.",
			[]string{"Iran:Country", "Popular Mobilization Forces:ArmedGroup"}, []string{"popular-mobilization-forces backedBy iran"}},
		{"of an act", fresh, "Secretary of State Mike Pompeo accused Iran-backed militias of attacking protesters.",
			[]string{"Iran-backed militias:ArmedGroup", "Iran:Country", "Mike Pompeo:Person"}, []string{"iran-backed-militias backedBy iran", "mike-pompeo accused iran-backed-militias"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.entities, newOf(t, tt.x, tt.text)); diff != "" {
				t.Errorf("new entities of %q (-want +got):\n%s", tt.text, diff)
			}
			if diff := cmp.Diff(tt.typed, typedOf(t, tt.x, tt.text)); diff != "" {
				t.Errorf("typed statements of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestAlignedIsBacked: "Iran-aligned", "-allied", "-sponsored" groups are
// backed as "Iran-backed" ones are, and so are the examples named after
// them, "the" or not; a state's aligned neighbour is no group.
func TestAlignedIsBacked(t *testing.T) { runWireCases(t, alignedCases) }

// alignedCases are the texts TestAlignedIsBacked reads.
var alignedCases = []wireCase{
	{"aligned factions and examples after the", "Iran-aligned factions, among them the Badr Organization and Asaib Ahl al-Haq, backed the march.",
		[]string{"badr-organization backedBy iran", "asaib-ahl-al-haq backedBy iran"}, nil},
	{"allied militias such as", "Tehran-allied militias such as Kataib Hezbollah vowed revenge.",
		[]string{"kataib-hezbollah backedBy iran"}, nil},
	{"a sponsored group set off after its name", "Harakat al-Nujaba, an Iran-sponsored militia, fired rockets.",
		[]string{"harakat-al-nujaba backedBy iran"}, nil},
	{"an aligned state is no group", "Iran-aligned Syria condemned the strike.",
		nil, []string{"syria backedBy iran"}},
}
