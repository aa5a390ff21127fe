package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParseSeats: a capital and its state must be a city and a country of
// the built-in list; a bad line names its file and line.
func TestParseSeats(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      map[string]string // by name key
		err       string
	}{
		{"two seats", "# seats\nWashington: United States\n\nTehran: Iran\n", map[string]string{nameKey("Washington"): "United States", nameKey("Tehran"): "Iran"}, ""},
		{"no colon", "Washington United States", nil, "seats:1: want Capital: State"},
		{"a country as the capital", "Iran: Iraq", nil, `seats:1: "Iran" is no city`},
		{"a city as the state", "Washington: Baghdad", nil, `seats:1: "Baghdad" is no country`},
		{"twice", "Tehran: Iran\nTehran: Iraq", nil, `seats:2: "Tehran" already has a state`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseSeats("seats", tt.src, World())
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("seats (-want +got):\n%s", diff)
			}
		})
	}
}

// capitalCase is a sentence written for this test in the manner of wire
// copy (none from the dev or test articles), the statements it must give,
// those it must not, and the states it must not name: there the capital
// is a place.
type capitalCase struct {
	name, text string
	want, not  []string
	notStates  []string
}

// TestCapitalsAsStates: a capital that acts (the subject of a verb of
// agency or a claim, the agent of a by-phrase) or is addressed as a state
// (the object of "warned", "accused", "urged", of "sanctions on") is its
// state's government; anywhere else it stays the place it is. No path
// makes the city an actor.
func TestCapitalsAsStates(t *testing.T) {
	x := wireExtractor(t)
	capitals := capitalIDs()
	for _, tt := range []capitalCase{
		// The capital is the state.
		{"subject of a charge", "Washington blamed Kataib Hezbollah for the rocket attack on Camp Taji.", []string{"united-states accused kataib-hezbollah"}, nil, nil},
		{"agent of a passive", "Kataib Hezbollah has long been blamed by Washington for attacks on U.S. bases.", []string{"united-states accused kataib-hezbollah"}, nil, nil},
		{"a vow of revenge", "Tehran vowed revenge against the United States.", []string{"iran threatened united-states"}, nil, nil},
		{"the one warned", "President Donald Trump warned Tehran against any attack on American forces.", []string{"donald-trump threatened iran"}, nil, nil},
		{"both ends", "Moscow warned Washington against further escalation.", []string{"russia threatened united-states"}, nil, nil},
		{"two capitals joined by and", "Riyadh and Abu Dhabi urged Tehran to show restraint.", []string{"saudi-arabia calledOn iran", "united-arab-emirates calledOn iran"}, nil, nil},
		{"an accusation", "Ottawa accused Tehran of shooting down the airliner.", []string{"canada accused iran"}, nil, nil},
		{"a condemnation", "Beirut and Damascus condemned Israel.", []string{"lebanon opposed israel", "syria opposed israel"}, nil, nil},
		{"backed by", "Kataib Hezbollah has long been backed by Tehran.", []string{"kataib-hezbollah backedBy iran"}, nil, nil},
		{"retaliation", "Tehran retaliated against the United States within days.", []string{"iran attacked united-states"}, nil, nil},
		{"sanctions on a capital", "Washington imposed new sanctions on Tehran.", []string{"united-states says/imposed-new-sanctions-on iran"}, nil, nil},
		{"a charge between two capitals", "Baghdad accused Washington of violating its sovereignty.", []string{"iraq accused united-states"}, nil, nil},
		{"a relative clause after the capital", "Washington, which blamed Kataib Hezbollah for the attack, struck five of its sites.", []string{"united-states accused kataib-hezbollah"}, nil, nil},
		{"a denial", "Tehran has denied any role in the attack on Camp Taji.", []string{"iran deniedInvolvementIn attack-on-camp-taji"}, nil, nil},
		{"backed by the capital, as one word", "Tehran-backed militias stormed the U.S. Embassy.", []string{"iraqi-militias backedBy iran"}, []string{"iraqi-militias backedBy tehran"}, nil},
		{"a party to talks", "Mohammad Javad Zarif held talks with Washington.", []string{"mohammad-javad-zarif says/held-talks-with united-states"}, nil, nil},
		{"negotiated with", "Iraq negotiated with Washington for weeks.", []string{"iraq negotiatedWith united-states"}, nil, nil},
		{"a summons", "London summoned Iran's ambassador.", []string{"united-kingdom says/summoned-ambassador-of iran"}, nil, nil},
		{"a European capital", "Berlin urged Tehran to show restraint.", []string{"germany calledOn iran"}, nil, nil},
		{"Asian capitals", "Tokyo and New Delhi urged Tehran to show restraint.", []string{"japan calledOn iran", "india calledOn iran"}, nil, nil},

		// The capital is a place.
		{"a list of places", "Officials in Baghdad and Washington said the talks would resume.", nil, nil, []string{"iraq"}},
		{"a place before the clause", "In Baghdad, Washington blamed Kataib Hezbollah.", []string{"united-states accused kataib-hezbollah"}, nil, []string{"iraq"}},
		{"travelled from, a place", "Qassem Soleimani travelled from Damascus to Baghdad.", nil, nil, []string{"syria", "iraq"}},
		{"marched through", "Protesters marched through central Baghdad on Friday.", nil, nil, []string{"iraq"}},
		{"flew to", "Iraqi Prime Minister Adel Abdul Mahdi flew to Tehran on Sunday.", []string{"adel-abdul-mahdi presentAt tehran"}, nil, []string{"iran"}},
		{"a capital's district", "A rocket landed in Baghdad's Green Zone.", []string{"green-zone locatedIn baghdad"}, nil, []string{"iraq"}},
		{"struck, a place", "Rockets struck Baghdad overnight.", nil, nil, []string{"iraq"}},
		{"near the airport", "The drone strike near Baghdad airport killed Qassem Soleimani.", nil, nil, []string{"iraq"}},
		{"met in", "Mark Esper met Iraqi officials in Washington.", []string{"mark-esper presentAt washington"}, nil, []string{"united-states"}},
		{"a European capital, a place", "German troops flew from Berlin to Erbil.", nil, nil, []string{"germany"}},
		{"a passive attack", "Baghdad was hit by three rockets on Sunday.", nil, nil, []string{"iraq"}},
		{"a funeral in the capital", "Soleimani was buried in Kerman after a funeral in Tehran.", []string{"funeral-in-tehran locatedIn tehran"}, nil, []string{"iran"}},
		{"a warning before the strikes is notice", "Foreign Minister Mohammad Javad Zarif said Tehran had warned Baghdad before the strikes.", nil, []string{"iran threatened iraq"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) { checkCapitalCase(t, relationsOf(t, x, tt.text), tt, capitals) })
	}
}

// checkCapitalCase checks what a capitalCase's sentence gave: what it
// must, nothing it must not, no place read as its state, no city acting.
func checkCapitalCase(t *testing.T, got []string, tt capitalCase, capitals map[string]bool) {
	t.Helper()
	for _, w := range tt.want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: no %q; got %q", tt.text, w, got)
		}
	}
	for _, st := range got {
		if slices.Contains(tt.not, st) {
			t.Errorf("%q: %q, which the sentence does not say", tt.text, st)
		}
		f := strings.Fields(st)
		if slices.ContainsFunc(tt.notStates, func(id string) bool { return f[0] == id || f[2] == id }) {
			t.Errorf("%q: %q reads a place as its state", tt.text, st)
		}
		if capitals[f[0]] && f[1] != "locatedIn" || strings.HasSuffix(f[1], "-by") && capitals[f[2]] || f[1] == "threatened" && capitals[f[2]] {
			t.Errorf("%q: %q makes the city an actor", tt.text, st)
		}
	}
}

// calledOnCapitalCases: a capital after "called on" or "appealed to", and
// the capitals listed after it, are the states asked to act; written for
// this test in several outlets' manners.
var calledOnCapitalCases = []capitalCase{
	{"called on a capital", "British Prime Minister Boris Johnson called on Tehran to pursue urgent de-escalation.", []string{"boris-johnson calledOn iran"}, nil, []string{"tehran"}},
	{"calls on, present tense", "The European Union calls on Washington and Tehran to exercise maximum restraint.", []string{"european-union calledOn united-states", "european-union calledOn iran"}, nil, nil},
	{"a list of three capitals", "The Kurdistan Regional Government called on Baghdad, Washington and Tehran to keep the region out of the conflict.", []string{"kurdistan-regional-government calledOn iraq", "kurdistan-regional-government calledOn united-states", "kurdistan-regional-government calledOn iran"}, nil, nil},
	{"a list with a serial comma", "Saudi Arabia called on Tehran, Baghdad, and Damascus to rein in the militias.", []string{"saudi-arabia calledOn iran", "saudi-arabia calledOn iraq", "saudi-arabia calledOn syria"}, nil, nil},
	{"appealed to", "The United Nations appealed to Washington and Tehran to avoid a wider war.", []string{"united-nations says/appealed-to united-states", "united-nations says/appealed-to iran"}, nil, []string{"washington", "tehran"}},
	{"a place after called at", "The delegation called at Baghdad and Tehran on its tour of the region.", nil, nil, []string{"iraq", "iran"}},
	{"a city after the list", "Iraq called on Washington to withdraw its troops from Baghdad.", []string{"iraq calledOn united-states"}, nil, []string{"iraq calledOn iraq"}},
}

// capitalIDs are the ids of the built-in list's capitals.
func capitalIDs() map[string]bool {
	capitals := map[string]bool{}
	for _, e := range World() {
		if seatsOfGovernment[nameKey(e.Name)] != "" {
			capitals[e.ID] = true
		}
	}
	return capitals
}

// TestCapitalsCalledOn: see calledOnCapitalCases.
func TestCapitalsCalledOn(t *testing.T) {
	x := wireExtractor(t)
	capitals := capitalIDs()
	for _, tt := range calledOnCapitalCases {
		t.Run(tt.name, func(t *testing.T) { checkCapitalCase(t, relationsOf(t, x, tt.text), tt, capitals) })
	}
}

// TestSeatsListed: the result lists the capitals read as their states, the
// state as their entity, while its mentions keep the city; a capital read
// as a place is no seat.
func TestSeatsListed(t *testing.T) {
	x := wireExtractor(t)
	res, err := x.Extract(t.Context(), Input{ID: "t", Raw: "Title\n\nRockets hit Baghdad. Washington blamed Kataib Hezbollah.", Date: "2020-01-03"})
	if err != nil {
		t.Fatal(err)
	}
	var seats, cities []string
	for _, m := range res.Seats {
		seats = append(seats, m.Text+" "+m.Entity)
	}
	for _, m := range res.Mentions {
		if m.Text == "Washington" || m.Text == "Baghdad" {
			cities = append(cities, m.Text+" "+m.Entity)
		}
	}
	if diff := cmp.Diff([]string{"Washington united-states"}, seats); diff != "" {
		t.Errorf("seats (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Baghdad baghdad", "Washington washington"}, cities); diff != "" {
		t.Errorf("mentions of the capitals (-want +got):\n%s", diff)
	}
}
