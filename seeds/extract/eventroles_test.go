package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/schema"
)

// fact is a statement between two entities, as a store hands it over.
func fact(subj, pred, obj string) schema.Statement {
	return schema.Statement{Subject: subj, Predicate: mustPredicate(pred), Object: obj}
}

// A stored event of a kind is not the one a mention of that kind names
// when a role both state (who conducted it, where its troops went) names
// someone else; with nothing said against it, it is.
func TestResolveApartByParticipants(t *testing.T) {
	british := schema.Entity{ID: "deployment-2020-01-03", Type: "Event", Name: "Deployment by United Kingdom, 2020-01-03"}
	curated := schema.Entity{ID: "troop-deployment-650", Type: "Event", Name: "Deployment of 650 troops from Fort Bragg to the Middle East",
		Description: "ordered on 31 December 2019"}
	facts := []schema.Statement{
		fact("united-kingdom", "conducted", "deployment-2020-01-03"),
		fact("deployment-2020-01-03", "deployedTo", "iraq"),
		fact("troop-deployment-650", "deployedTo", "middle-east"),
	}
	stored := append(append([]schema.Entity{}, known...), british, curated)
	x := New(stored, Options{Facts: facts})
	tests := []eventCase{
		{"another state the same day", "2020-01-05",
			"Denmark deployed 350 troops to Kuwait on Friday.",
			[]string{"deployment-denmark-2020-01-03 | Deployment by Denmark, 2020-01-03 | 2020-01-03"}},
		{"the same state the same day", "2020-01-05",
			"Britain deployed 400 troops on Friday.",
			[]string{"deployment-2020-01-03 | Deployment by United Kingdom, 2020-01-03 | 2020-01-03"}},
		{"undated, in a dispatch: its day, not the stored one of the week", "2020-01-05",
			"COPENHAGEN, Jan. 5 — Denmark deployed 350 troops to Kuwait, the defence ministry said. The deployment is part of a coalition mission.",
			[]string{"deployment-2020-01-05 | Deployment by Denmark, 2020-01-05 | 2020-01-05"}},
		{"the deployment is the one the narrative stands at", "2020-01-05",
			"Britain deployed 400 troops to Iraq on Friday. Denmark deployed 350 troops to Kuwait on Saturday. The deployment is Denmark's largest.",
			[]string{"deployment-2020-01-03 | Deployment by United Kingdom, 2020-01-03 | 2020-01-03",
				"deployment-2020-01-04 | Deployment by Denmark, 2020-01-04 | 2020-01-04"}},
	}
	runEventCases(t, x, tests)
}

// Undated mentions reach back a week for the one stored event of their
// kind only when no participant tells them apart.
func TestRecentEventApart(t *testing.T) {
	british := []schema.Entity{{ID: "deployment-2020-01-03", Type: "Event", Name: "Deployment by United Kingdom, 2020-01-03"}}
	curated := []schema.Entity{{ID: "troop-deployment-650", Type: "Event", Name: "Deployment of 650 troops from Fort Bragg to the Middle East",
		Description: "sent from 31 December 2019"}}
	facts := []schema.Statement{fact("united-kingdom", "conducted", "deployment-2020-01-03"), fact("deployment-2020-01-03", "deployedTo", "iraq"),
		fact("troop-deployment-650", "deployedTo", "middle-east"), fact("donald-trump", "ordered", "troop-deployment-650"),
		fact("donald-trump", "headOf", "united-states")}
	tests := []struct {
		name, text string
		stored     []schema.Entity
		want       []string
	}{
		// Undated and alone, it is no node of its own.
		{"another agent", "Denmark deployed 350 troops to Kuwait.", british,
			[]string{"deployment-by-denmark-reported-2020-01-06 | Deployment by Denmark, reported 2020-01-06 | "}},
		{"the same agent", "Britain deployed 400 troops to Iraq.", british,
			[]string{"deployment-2020-01-03 | Deployment by United Kingdom, 2020-01-03 | "}},
		{"another side: Trump's country", "Denmark deployed 350 troops to Kuwait.", curated,
			[]string{"deployment-by-denmark-reported-2020-01-06 | Deployment by Denmark, reported 2020-01-06 | "}},
		{"another destination", "Britain deployed 400 troops to Kuwait.", british,
			[]string{"deployment-by-united-kingdom-reported-2020-01-06 | Deployment by United Kingdom, reported 2020-01-06 | "}},
		{"a place the stored one may hold, and no side", "The 82nd Airborne Division deployed to Kuwait.", curated,
			[]string{"troop-deployment-650 | Deployment of 650 troops from Fort Bragg to the Middle East | "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventsOf(t, New(append(append([]schema.Entity{}, known...), tt.stored...), Options{Facts: facts}), "2020-01-06", tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

// A place the facts put inside another is not another destination, and
// an agent inside another not another agent: the Revolutionary Guards
// fired what their aerospace force fired, a unit of another state did not.
func TestApartPlaces(t *testing.T) {
	units := []schema.Entity{
		{ID: "revolutionary-guards", Type: "MilitaryUnit", Name: "Islamic Revolutionary Guard Corps"},
		{ID: "irgc-aerospace-force", Type: "MilitaryUnit", Name: "IRGC Aerospace Force"},
		{ID: "82nd-airborne-division", Type: "MilitaryUnit", Name: "82nd Airborne Division"},
	}
	x := New(append(append([]schema.Entity{}, known...), units...), Options{Facts: []schema.Statement{fact("camp-arifjan", "locatedIn", "kuwait"),
		fact("kuwait", "locatedIn", "middle-east"), fact("donald-trump", "headOf", "united-states"),
		fact("irgc-aerospace-force", "partOf", "revolutionary-guards"), fact("revolutionary-guards", "partOf", "iran")}})
	d := &docRun{x: x, g: NewGazetteer(x.known, GazetteerOptions{})}
	tests := []struct {
		name string
		a, b eventRoles
		want bool
	}{
		{"one destination", eventRoles{"deployedTo": {"kuwait"}}, eventRoles{"deployedTo": {"kuwait"}}, false},
		{"two countries", eventRoles{"deployedTo": {"kuwait"}}, eventRoles{"deployedTo": {"iraq"}}, true},
		{"a region that holds it, two steps up", eventRoles{"deployedTo": {"camp-arifjan"}}, eventRoles{"deployedTo": {"middle-east"}}, false},
		{"two agents", eventRoles{"conducted": {"denmark"}}, eventRoles{"conducted": {"united-kingdom"}}, true},
		{"an agent of another type, on one side", eventRoles{"conducted": {"donald-trump"}}, eventRoles{"conducted": {"united-states"}}, false},
		{"nothing said on one side", eventRoles{"conducted": {"denmark"}}, eventRoles{"deployedTo": {"iraq"}}, false},
		{"a region no fact says holds it", eventRoles{"deployedTo": {"kuwait"}}, eventRoles{"deployedTo": {"persian-gulf"}}, false},
		{"two sides", eventRoles{"conducted": {"denmark"}}, eventRoles{"ordered": {"donald-trump"}}, true},
		{"one side", eventRoles{"conducted": {"united-states"}}, eventRoles{"ordered": {"donald-trump"}}, false},
		{"a force and its branch", eventRoles{"conducted": {"revolutionary-guards"}}, eventRoles{"conducted": {"irgc-aerospace-force"}}, false},
		{"a branch and its force", eventRoles{"conducted": {"irgc-aerospace-force"}}, eventRoles{"conducted": {"revolutionary-guards"}}, false},
		{"a force and another state's unit", eventRoles{"conducted": {"revolutionary-guards"}}, eventRoles{"conducted": {"82nd-airborne-division"}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := d.apart(tt.a, tt.b); got != tt.want {
				t.Errorf("apart(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// An attack an indefinite article introduces, by no one named and at
// nothing named ("killed in an airstrike"), is a node when the text dates
// it, the document's event of its kind and day when there is one, and a
// stored event only when they share a participant.
func TestBareAttacks(t *testing.T) {
	strike := schema.Entity{ID: "air-strike-2020-01-03", Type: "Event", Name: "Air strike by United States at Baghdad International Airport, 2020-01-03"}
	facts := []schema.Statement{fact("qasem-soleimani", "killedIn", "air-strike-2020-01-03"), fact("united-states", "conducted", "air-strike-2020-01-03")}
	x := New(append(append([]schema.Entity{}, known...), strike), Options{Facts: facts})
	tests := []eventCase{
		{"dated, the stored one of its day", "2020-01-06",
			"A militia commander, Abu Karrar, was killed in an airstrike on Jan. 3.",
			[]string{"air-strike-2020-01-03 | Air strike by United States at Baghdad International Airport, 2020-01-03 | 2020-01-03"}},
		{"dated, another day", "2020-01-06",
			"A militia commander, Abu Karrar, was killed in an airstrike on Jan. 5.",
			[]string{"air-strike-2020-01-05 | Air strike, 2020-01-05 | 2020-01-05"}},
		{"two on two days", "2020-01-06",
			"Abu Karrar was killed in an airstrike on Jan. 4. Abu Zainab was killed in an airstrike on Jan. 5.",
			[]string{"air-strike-2020-01-04 | Air strike, 2020-01-04 | 2020-01-04", "air-strike-2020-01-05 | Air strike, 2020-01-05 | 2020-01-05"}},
		{"undated, no one in common with the stored one that week", "2020-01-06",
			"A militia commander, Abu Karrar, was killed in an airstrike.",
			[]string{"air-strike-reported-2020-01-06 | Air strike, reported 2020-01-06 | "}},
		{"undated, its victim the stored one's", "2020-01-06",
			"Soleimani was killed in an airstrike.",
			[]string{"air-strike-2020-01-03 | Air strike by United States at Baghdad International Airport, 2020-01-03 | "}},
		{"undated, the one its document dates", "2020-01-06",
			"A drone strike on Jan. 5 hit a convoy. Abu Karrar was killed in an airstrike, officials said.",
			[]string{"air-strike-2020-01-05 | Air strike, 2020-01-05 | 2020-01-05"}},
		{"two described alike on two days", "2020-03-15",
			"A rocket attack on Camp Taji on Wednesday killed two soldiers. A rocket attack on Camp Taji on Saturday wounded three. The attack on Saturday was not claimed.",
			[]string{"rocket-attack-2020-03-11 | Rocket attack at Camp Taji, 2020-03-11 | 2020-03-11",
				"rocket-attack-2020-03-14 | Rocket attack at Camp Taji, 2020-03-14 | 2020-03-14"}},
		{"an attack on a place is no bare attack", "2020-01-06",
			"Two soldiers were wounded in an attack on Camp Taji.",
			[]string{"attack-on-camp-taji | Attack on Camp Taji | "}},
	}
	runEventCases(t, x, tests)
}

// "The strike that killed X" is the strike the facts say X was killed in,
// whatever day stands beside it; with none known, it is its own event,
// never another strike of the week.
func TestVictimEvents(t *testing.T) {
	strike := schema.Entity{ID: "air-strike-2020-01-03", Type: "Event", Name: "Air strike by United States at Baghdad International Airport, 2020-01-03"}
	other := schema.Entity{ID: "air-strike-2020-02-05", Type: "Event", Name: "Air strike by United States, 2020-02-05"}
	facts := []schema.Statement{fact("qasem-soleimani", "killedIn", "air-strike-2020-01-03")}
	x := New(append(append([]schema.Entity{}, known...), strike, other), Options{Facts: facts})
	tests := []eventCase{
		{"undated, a month later", "2020-02-09",
			"Trump ordered the strike that killed Soleimani.",
			[]string{"air-strike-2020-01-03 | Air strike by United States at Baghdad International Airport, 2020-01-03 | "}},
		{"a day beside it is another's", "2020-02-09",
			"Trump defended the drone strike that killed Soleimani in a speech on Friday.",
			[]string{"air-strike-2020-01-03 | Air strike by United States at Baghdad International Airport, 2020-01-03 | "}},
		{"no stored strike killed him: its own, not the week's", "2020-02-09",
			"Trump ordered the strike that killed Abu Karrar.",
			[]string{"strike-that-killed-abu-karrar | Strike that killed Abu Karrar | "}},
	}
	runEventCases(t, x, tests)
	got := typedOf(t, x, "Trump ordered the strike that killed Soleimani.")
	want := []string{"donald-trump ordered air-strike-2020-01-03", "qasem-soleimani killedIn air-strike-2020-01-03"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("typed statements (-want +got):\n%s", diff)
	}
}

// "The deployment of 3,500 troops to Kuwait": the noun's phrase says where
// the troops went, which tells it from another deployment that day.
func TestNominalDeployments(t *testing.T) {
	british := schema.Entity{ID: "deployment-2020-01-03", Type: "Event", Name: "Deployment by United Kingdom, 2020-01-03"}
	facts := []schema.Statement{fact("united-kingdom", "conducted", "deployment-2020-01-03"), fact("deployment-2020-01-03", "deployedTo", "iraq")}
	x := New(append(append([]schema.Entity{}, known...), british), Options{Facts: facts})
	got := typedOf(t, New(known, Options{}), "Trump ordered the deployment of 3,500 troops to Kuwait on Friday.")
	want := []string{"deployment-2020-01-03 deployedTo kuwait", `deployment-2020-01-03 startDate "2020-01-03"^^<http://www.w3.org/2001/XMLSchema#date>`,
		"donald-trump ordered deployment-2020-01-03"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("typed statements (-want +got):\n%s", diff)
	}
	runEventCases(t, x, []eventCase{
		{"another destination that day", "2020-01-05",
			"The deployment of an additional 400 troops to Kuwait began on Friday.",
			[]string{"deployment-kuwait-2020-01-03 | Deployment to Kuwait, 2020-01-03 | 2020-01-03"}},
		{"the same destination that day", "2020-01-05",
			"The deployment of 400 British troops to Iraq began on Friday.",
			[]string{"deployment-2020-01-03 | Deployment by United Kingdom, 2020-01-03 | 2020-01-03"}},
		{"undated, named by what it moved where", "2020-01-05",
			"Lawmakers questioned the deployment of 3,500 soldiers to Kuwait.",
			[]string{"deployment-of-3-500-soldiers-to-kuwait | Deployment of 3,500 soldiers to Kuwait | "}},
	})
}

// Two attacks of one kind on one day in one article, the second
// introduced by an indefinite article and striking elsewhere, are two
// events; a district rockets landed in is where the attack was.
func TestSameDayAttacksApart(t *testing.T) {
	runEventCases(t, New(known, Options{}), []eventCase{
		{"rockets in a district, then an attack on a base", "2020-01-08",
			"Rockets landed inside the Green Zone on Saturday. Hours later, a rocket attack hit Balad Air Base north of the capital.",
			[]string{"rocket-attack-2020-01-04 | Rocket attack in Green Zone, 2020-01-04 | 2020-01-04",
				"rocket-attack-balad-air-base-2020-01-04 | Rocket attack at Balad Air Base, 2020-01-04 | 2020-01-04"}},
		{"the attack told again is the same", "2020-01-08",
			"Rockets landed inside the Green Zone on Saturday. The rocket attack on Saturday caused no casualties.",
			[]string{"rocket-attack-2020-01-04 | Rocket attack in Green Zone, 2020-01-04 | 2020-01-04"}},
	})
}
