package extract

import "testing"

// Bare plurals on both sides of an attack on a described target are a
// class of acts, no event; a count or a determiner on either side tells
// of acts. Sentences written for these tests, none from the dev or test
// sets.
var genericAimCases = []eventCase{
	{"a convoy near a city", "2020-03-03",
		"A drone strike on a convoy near Kirkuk wounded four soldiers on Monday.",
		[]string{"air-strike-2020-03-02 | Air strike in Kirkuk, 2020-03-02 | 2020-03-02"}},
	{"counted attacks on bases are acts", "2020-03-03",
		"Two attacks on bases near Kirkuk killed four soldiers on Monday.",
		[]string{"attack-2020-03-02 | Attack in Kirkuk, 2020-03-02 | 2020-03-02"}},
	{"attacks on two bases are acts", "2020-03-03",
		"Attacks on two bases near Kirkuk killed four soldiers on Monday.",
		[]string{"attack-2020-03-02 | Attack in Kirkuk, 2020-03-02 | 2020-03-02"}},
	{"what was fired is one volley", "2020-03-03",
		"Rockets hit bases near Kirkuk on Monday.",
		[]string{"rocket-attack-2020-03-02 | Rocket attack in Kirkuk, 2020-03-02 | 2020-03-02"}},
	{"generic attacks on bases are none", "2020-03-03",
		"Attacks on bases near Kirkuk have become common.",
		nil},
	{"generic rocket attacks on convoys are none", "2020-03-03",
		"Rocket attacks on convoys in Iraq have become more frequent this year.",
		nil},
}

func TestGenericAimIsNoEvent(t *testing.T) {
	runEventCases(t, New(known, IngestOptions()), genericAimCases)
}

// An event noun's mention reaches over what it was aimed at, and its
// modifiers over "and": "the drone and missile attack on a convoy near
// Kirkuk".
func TestNounMentionSpans(t *testing.T) {
	got := eventMentionsOf(t, New(known, IngestOptions()), "2020-03-03",
		"The drone and missile attack on a convoy near Kirkuk on Monday killed four soldiers.")
	want := []string{"1: drone and missile attack on a convoy near Kirkuk -> missile-strike-2020-03-02"}
	if len(got) != 1 || got[0] != want[0] {
		t.Errorf("event mentions %q, want %q", got, want)
	}
}
