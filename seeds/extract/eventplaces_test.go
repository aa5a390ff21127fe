package extract

import (
	"testing"

	"github.com/kg-analyst/kg/schema"
)

// placeFacts place the stored events and the places of these tests as a
// store would: the K-1 attack at Kirkuk, the Green Zone rockets in
// Baghdad, the 29 December strikes in Iraq and Syria, the airport in
// Baghdad, in Iraq.
var placeFacts = []schema.Statement{
	fact("rocket-attack-2019-12-27", "locatedIn", "kirkuk"),
	fact("rocket-attack-2020-01-04", "locatedIn", "green-zone"),
	fact("air-strike-2019-12-29", "locatedIn", "iraq"),
	fact("air-strike-2019-12-29", "locatedIn", "syria"),
	fact("air-strike-2020-01-03", "locatedIn", "baghdad-international-airport"),
	fact("missile-strike-2020-01-08", "targeted", "ain-al-asad-air-base"),
	fact("baghdad-international-airport", "locatedIn", "baghdad"),
	fact("green-zone", "locatedIn", "baghdad"),
	fact("baghdad", "locatedIn", "iraq"),
	fact("kirkuk", "locatedIn", "iraq"),
	fact("erbil", "locatedIn", "iraq"),
	fact("ain-al-asad-air-base", "locatedIn", "iraq"),
}

// placedEvents are the stored events placeFacts place.
var placedEvents = []schema.Entity{
	{ID: "rocket-attack-2019-12-27", Type: "Event", Name: "Rocket attack on K-1 Air Base, 2019-12-27"},
	{ID: "rocket-attack-2020-01-04", Type: "Event", Name: "Rocket attack in Green Zone, 2020-01-04"},
	{ID: "air-strike-2019-12-29", Type: "Event", Name: "Air strike by United States, 2019-12-29"},
	{ID: "air-strike-2020-01-03", Type: "Event", Name: "Air strike by United States at Baghdad International Airport, 2020-01-03"},
	{ID: "missile-strike-2020-01-08", Type: "Event", Name: "Missile strike by Iran, 2020-01-08"},
}

// An undated mention joins an event of its kind only where the places
// the text puts it at agree with the event's: one holds the other, or
// they are one. A rocket attack near Kirkuk is not the week's rockets in
// the Green Zone; strikes on bases in Iraq and Syria are not the drone
// strike at Baghdad's airport, though both are in Iraq; missiles at two
// bases are the stored strike on one of them.
func TestUndatedEventsKeepTheirPlaces(t *testing.T) {
	x := New(append(append([]schema.Entity{}, known...), placedEvents...), Options{Facts: placeFacts})
	// 4 January: the K-1 attack and the Green Zone rockets are both of
	// the week before.
	runMentionCasesOn(t, x, "2020-01-04", []mentionCase{
		{"a rocket attack near the city the stored one was at",
			"Protesters recalled a rocket attack that killed an American contractor near Kirkuk.",
			"rocket attack", "rocket-attack-2019-12-27"},
		{"strikes in a country the drone strike is not in",
			"A U.S. drone strike killed Soleimani at Baghdad International Airport on Friday. The siege came in response to U.S. airstrikes on the militia's bases in Iraq and Syria.",
			"U.S. airstrikes", "air-strike-2019-12-29"},
		{"a strike in the city of the document's dated strike",
			"A U.S. drone strike killed Soleimani at Baghdad International Airport on Friday. Iraqis protested the U.S. strike in Baghdad.",
			"U.S. strike", "air-strike-2020-01-03"},
	})
	// 9 January: the Green Zone rockets are the one rocket attack of the
	// week before, the missile strike of the day before.
	runMentionCasesOn(t, x, "2020-01-09", []mentionCase{
		{"the week's rockets in the Green Zone",
			"Protesters recalled a rocket attack that wounded two guards in the Green Zone.",
			"rocket attack", "rocket-attack-2020-01-04"},
		{"another city: not the one stored attack of the week, but the day's news",
			"Officials blamed the militia for a rocket attack that wounded two guards in Erbil.",
			"rocket attack", "rocket-attack-in-erbil-reported-2020-01-09"},
		{"missiles at two bases, one of them the stored strike's",
			"Iran fired missiles at Ain al-Asad and at a base near Erbil.",
			"missiles", "missile-strike-2020-01-08"},
	})
}

// "The strike" is the last strike named in the singular, not plural
// strikes named since: "U.S. airstrikes" on other bases are another
// event; with only plural strikes named, it is those.
func TestTheStrikeKeepsItsNumber(t *testing.T) {
	x := New(append(append([]schema.Entity{}, known...), placedEvents...), Options{Facts: placeFacts})
	runMentionCasesOn(t, x, "2020-01-04", []mentionCase{
		{"a singular strike, then plural strikes elsewhere",
			"A U.S. drone strike killed Soleimani at Baghdad International Airport on Friday. The siege came in response to U.S. airstrikes on the militia's bases in Iraq and Syria. Zarif called the strike an act of terrorism.",
			"the strike", "air-strike-2020-01-03"},
		{"plural strikes alone",
			"U.S. airstrikes on the militia's bases in Iraq and Syria killed 25 fighters on Dec. 29. Zarif called the strike an act of terrorism.",
			"the strike", "air-strike-2019-12-29"},
	})
}
