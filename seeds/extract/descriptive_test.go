package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/schema"
)

// TestRelatingDescriptions: read as kg ingest reads, a description that
// states a relation of a name inside it is an entity with that relation;
// other descriptions are not.
func TestRelatingDescriptions(t *testing.T) {
	x := New(known, IngestOptions())
	tests := []readCase{
		{"troops from a base", "Donald Trump ordered 650 troops from Fort Bragg to deploy.",
			[]string{"650 troops from Fort Bragg:MilitaryUnit", "Fort Bragg:Facility"},
			[]string{"650-troops-from-fort-bragg deployedFrom fort-bragg", "donald-trump ordered 650-troops-from-fort-bragg"}},
		{"troops alone", "Donald Trump ordered 650 troops to deploy.", nil, nil},
		{"their deployment", "Donald Trump ordered 650 troops from Fort Bragg to deploy to the Middle East.",
			[]string{"650 troops from Fort Bragg:MilitaryUnit", "Deployment of 650 troops from Fort Bragg to the Middle East:Event", "Fort Bragg:Facility", "Middle East:Region"},
			[]string{"650-troops-from-fort-bragg deployedFrom fort-bragg", "650-troops-from-fort-bragg deployedTo middle-east",
				"650-troops-from-fort-bragg participatedIn deployment-of-650-troops-from-fort-bragg-to-the-middle-east",
				"deployment-of-650-troops-from-fort-bragg-to-the-middle-east deployedFrom fort-bragg",
				"deployment-of-650-troops-from-fort-bragg-to-the-middle-east deployedTo middle-east",
				"donald-trump ordered 650-troops-from-fort-bragg", "donald-trump ordered deployment-of-650-troops-from-fort-bragg-to-the-middle-east"}},
		{"a unit's deployment", "The Pentagon ordered the 82nd Airborne Division to deploy to Kuwait.",
			[]string{"82nd Airborne Division:MilitaryUnit", "Deployment of 82nd Airborne Division to Kuwait:Event", "Kuwait:Country", "Pentagon:GovernmentBody"},
			[]string{"82nd-airborne-division deployedTo kuwait", "82nd-airborne-division participatedIn deployment-of-82nd-airborne-division-to-kuwait",
				"deployment-of-82nd-airborne-division-to-kuwait deployedTo kuwait", "pentagon ordered 82nd-airborne-division",
				"pentagon ordered deployment-of-82nd-airborne-division-to-kuwait"}},
		{"no deployment without a place", "Donald Trump ordered the 82nd Airborne Division to deploy at once.",
			[]string{"82nd Airborne Division:MilitaryUnit"}, []string{"donald-trump ordered 82nd-airborne-division"}},
		{"troops from a unit", "About 750 soldiers from the 82nd Airborne Division flew to Kuwait.",
			[]string{"82nd Airborne Division:MilitaryUnit", "Kuwait:Country"}, []string{"82nd-airborne-division deployedTo kuwait"}},
		{"a country's security forces", "The crowd was repelled by American and Iraqi security forces.",
			[]string{"American security forces:MilitaryUnit", "Iraq:Country", "Iraqi security forces:MilitaryUnit", "United States:Country"},
			[]string{"american-security-forces partOf united-states", "iraqi-security-forces partOf iraq"}},
		{"other forces", "The crowd was repelled by Iraqi forces.", []string{"Iraq:Country"}, nil},
	}
	runReadCases(t, x, tests)
}

// TestNameFactsInIngest: read as kg ingest reads, a name the text writes
// says what it holds ("the Trump Administration" is led by Trump), a
// known entity's name written elsewhere says nothing here, and names
// opening with a country are not read as operated by it.
func TestNameFactsInIngest(t *testing.T) {
	militias := schema.Entity{ID: "iraqi-militias", Type: "ArmedGroup", Name: "Iranian-backed militias in Iraq", Aliases: []string{"Iranian-backed militias"}}
	x := New(append(slices.Clone(known), militias), IngestOptions())
	tests := []struct {
		name, text string
		typed      []string
	}{
		{"led by the name's person", "The Trump Administration was keen to act.", []string{"donald-trump leads trump-administration"}},
		{"in the place the text writes", "Crowds reached the U.S. Embassy in Baghdad.", []string{"us-embassy-baghdad locatedIn baghdad"}},
		{"a known name written elsewhere", "Iranian-backed militias marched.", []string{"iraqi-militias backedBy iran", "iraqi-militias conducted march-by-iranian-backed-militias-in-iraq-reported-2020-01-03"}},
		{"a country's interests", "Iraq matters to American interests in the Middle East.", []string{"united-states hasInterestsIn middle-east"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.typed, typedOf(t, x, tt.text)); diff != "" {
				t.Errorf("typed statements of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestCompoundAfterReference: "the compound" is the facility last
// referred to, by name or by "the embassy", not one described before it.
func TestCompoundAfterReference(t *testing.T) {
	x := New(known, IngestOptions())
	text := "Title\n\nCrowds reached the U.S. Embassy in Baghdad. Marines arrived from a base in Kuwait. Graffiti on the walls of the embassy said Soleimani had passed through the compound."
	want := []string{"U.S. Embassy in Baghdad=us-embassy-baghdad", "Kuwait=kuwait", "the embassy=us-embassy-baghdad", "Soleimani=qasem-soleimani", "the compound=us-embassy-baghdad"}
	if diff := cmp.Diff(want, mentionsOf(t, x, text)); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

// TestCrowdsEvent: read as kg ingest reads, an event verb whose subject is
// an unnamed crowd states the event at the place it names; a named
// subject keeps the event its own, and a crowd that does nothing to a
// place states none.
func TestCrowdsEvent(t *testing.T) {
	x := New(nil, IngestOptions())
	tests := []readCase{
		{"a crowd storms a facility", "Thousands of people stormed the U.S. Embassy in Baghdad on Tuesday.",
			[]string{"Baghdad:City", "Siege at U.S. Embassy, 2019-12-31:Event", "U.S. Embassy:Facility"},
			[]string{`siege-2019-12-31 startDate "2019-12-31"^^<http://www.w3.org/2001/XMLSchema#date>`, "siege-2019-12-31 targeted us-embassy", "us-embassy locatedIn baghdad"}},
		{"protesters storm it", "Angry protesters stormed the Kuwaiti consulate in Basra on Tuesday.",
			[]string{"Basra:City", "Kuwait:Country"}, nil},
		{"a named group storms it", "Supporters of Kataib Hezbollah stormed the U.S. Embassy on Tuesday.",
			[]string{"Kataib Hezbollah:ArmedGroup", "Siege by Kataib Hezbollah at U.S. Embassy, 2019-12-31:Event", "U.S. Embassy:Facility"},
			[]string{"kataib-hezbollah attacked us-embassy", "kataib-hezbollah conducted siege-2019-12-31",
				`siege-2019-12-31 startDate "2019-12-31"^^<http://www.w3.org/2001/XMLSchema#date>`, "siege-2019-12-31 targeted us-embassy"}},
		{"a crowd storms no place", "Thousands of people stormed out on Tuesday.", nil, nil},
	}
	runReadCases(t, x, tests)
}

// readCase is a sentence and what reading it gives: its entities (new
// ones, and World entries it names) and typed statements.
type readCase struct {
	name     string
	text     string
	entities []string
	typed    []string
}

// runReadCases reads each case's text with x and compares.
func runReadCases(t *testing.T, x *Extractor, tests []readCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.entities, newOf(t, x, tt.text)); diff != "" {
				t.Errorf("new entities of %q (-want +got):\n%s", tt.text, diff)
			}
			if diff := cmp.Diff(tt.typed, typedOf(t, x, tt.text)); diff != "" {
				t.Errorf("typed statements of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestOfficesAlone: read as kg ingest reads, a state's title alone with
// nobody named to it is the office of the one country its sentence
// names; with a holder named before, the holder; with no country or two,
// nothing.
func TestOfficesAlone(t *testing.T) {
	runReadCases(t, New(nil, IngestOptions()), []readCase{
		{"the office of the country named", "The militias sit in Iraqi politics and report directly to the Prime Minister.",
			[]string{"Iraq:Country", "Prime Minister of Iraq:GovernmentBody"}, nil},
		{"a country named with the", "At the direction of the President, the U.S. military acted.",
			[]string{"President of the United States:GovernmentBody", "United States:Country"}, nil},
		{"the holder named before", "Prime Minister Adel Abdul Mahdi spoke in Iraq. The Prime Minister said no.",
			[]string{"Adel Abdul Mahdi:Person", "Iraq:Country"}, []string{"adel-abdul-mahdi headOf iraq", "adel-abdul-mahdi presentAt iraq"}},
		{"no country", "The Prime Minister met the envoy.", nil, nil},
		{"two countries", "Iran and Iraq both answer to the Prime Minister.", []string{"Iran:Country", "Iraq:Country"}, nil},
		{"no state's office", "Iraq said the General was away.", []string{"Iraq:Country"}, nil},
	})
}

// TestArrivals: read as kg ingest reads, troops a number counts who
// arrived from a place are a unit, and their arrival an event; from a
// base in a country, the country is where the arrival is from, not the
// place they were deployed from.
func TestArrivals(t *testing.T) {
	runReadCases(t, New(nil, IngestOptions()), []readCase{
		{"from a base in a country", "About 200 marines who arrived from a base in Kuwait guarded the compound.",
			[]string{"About 200 marines:MilitaryUnit", "Arrival of About 200 marines from Kuwait:Event", "Kuwait:Country"},
			[]string{"about-200-marines participatedIn arrival-of-about-200-marines-from-kuwait"}},
		{"from a place", "Some 300 soldiers who flew from Kuwait landed in Baghdad.",
			[]string{"Arrival of Some 300 soldiers from Kuwait:Event", "Baghdad:City", "Kuwait:Country", "Some 300 soldiers:MilitaryUnit"},
			[]string{"arrival-of-some-300-soldiers-from-kuwait deployedFrom kuwait", "some-300-soldiers deployedFrom kuwait",
				"some-300-soldiers participatedIn arrival-of-some-300-soldiers-from-kuwait"}},
		{"counted alone", "About 200 marines guarded the compound.", nil, nil},
	})
}
