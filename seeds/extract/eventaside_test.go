package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/schema"
)

// A description set off after a place ("Camp Taji, a base north of
// Baghdad that hosts coalition troops, on Tuesday") parts no day from the
// event before it; a date of its own, or a clause that is no description,
// still does.
func TestDateAfterPlaceDescription(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		{"a base and a relative clause", "2020-01-14",
			"Several rockets struck Camp Taji, a base north of Baghdad that hosts troops of the US-led coalition, on Tuesday, causing no casualties.",
			[]string{"rocket-attack-2020-01-14 | Rocket attack at Camp Taji, 2020-01-14 | 2020-01-14"}},
		{"an airport", "2020-01-06",
			"A U.S. drone strike hit Baghdad International Airport, an airfield west of the capital, on Friday.",
			[]string{"air-strike-2020-01-03 | Air strike by United States at Baghdad International Airport, 2020-01-03 | 2020-01-03"}},
		{"a description holding its own date dates nothing", "2020-01-14",
			"Several rockets struck Camp Taji, a base the coalition reopened on Dec. 1, 2019, causing no casualties.",
			[]string{"rocket-attack-on-camp-taji | Rocket attack on Camp Taji | "}},
		{"a definite description is no aside", "2020-01-14",
			"Several rockets struck Camp Taji, the militia said on Tuesday.",
			[]string{"rocket-attack-on-camp-taji | Rocket attack on Camp Taji | "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, eventsOf(t, x, tt.date, tt.text)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// A text cannot report an event after its own date: an article of 14
// January that names rockets at Camp Taji, dated or not, never gets the
// stored March attack there, which an article of 14 March does get.
func TestMentionNeverLaterThanItsDocument(t *testing.T) {
	stored := schema.Entity{ID: "rocket-attack-2020-03-11", Type: "Event", Name: "Rocket attack at Camp Taji, 2020-03-11",
		Aliases: []string{"Rocket attack on Camp Taji"}}
	x := New(append(append([]schema.Entity{}, known...), stored), IngestOptions())
	tests := []eventCase{
		{"named as the stored one, before it", "2020-01-14", "A rocket attack on Camp Taji caused no casualties.",
			[]string{"rocket-attack-on-camp-taji | Rocket attack on Camp Taji | "}},
		{"undated rockets, before it", "2020-01-14", "Rockets hit Camp Taji, the Iraqi military said.",
			[]string{"rocket-attack-on-camp-taji | Rocket attack on Camp Taji | "}},
		{"dated rockets, before it", "2020-01-14", "Rockets hit Camp Taji on Tuesday.",
			[]string{"rocket-attack-2020-01-14 | Rocket attack at Camp Taji, 2020-01-14 | 2020-01-14"}},
		{"named as the stored one, after it", "2020-03-14", "A rocket attack on Camp Taji caused no casualties.",
			[]string{"rocket-attack-2020-03-11 | Rocket attack at Camp Taji, 2020-03-11 | "}},
		{"undated rockets, after it", "2020-03-14", "Rockets hit Camp Taji, the Iraqi military said.",
			[]string{"rocket-attack-2020-03-11 | Rocket attack at Camp Taji, 2020-03-11 | "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, eventsOf(t, x, tt.date, tt.text)); diff != "" {
				t.Errorf("%s on %s (-want +got):\n%s", tt.text, tt.date, diff)
			}
		})
	}
}
