package extract

import "testing"

// proxyVoiceCases are sentences written for this test: a body speaks
// through a voice the text does not name, "a spokesman for X", "an
// official at X", "a X statement", "a senior X official, speaking on
// condition of anonymity,"; a claim verb in the passive names its
// speaker after "by". A voice that a name follows, a place after the
// voice, and an act in the passive name no body.
var proxyVoiceCases = []sourceCase{
	{"a spokesman for", "A spokesman for Kataib Hezbollah said the group would respond.", []string{"kataib-hezbollah"}},
	{"a spokeswoman before her body", "A Pentagon spokeswoman said the troops were safe.", []string{"pentagon"}},
	{"an official at", "An official at the State Department said the talks had failed.", []string{"state-department"}},
	{"according to a statement of the body", "According to a Pentagon statement, the troops were safe.", []string{"pentagon"}},
	{"a statement said", "A NATO statement said the mission would grow.", []string{"nato"}},
	{"according to an official for", "Two rockets hit the base, according to an official with Kataib Hezbollah.", []string{"kataib-hezbollah"}},
	{"an aside between voice and verb", "A senior Pentagon official, speaking on condition of anonymity, said the troops would stay.", []string{"pentagon"}},
	{"announced by, passive", "The deal was announced by the Pentagon on Friday.", []string{"pentagon"}},
	{"announced by an office", "The decision was announced by Ali Khamenei's office.", []string{"ali-khamenei"}},
	{"must not: the voice's name speaks", "A spokesman for Kataib Hezbollah, Mohammed Mohi, said the group would respond.", []string{"mohammed-mohi"}},
	{"must not: a place after the voice", "An official at Baghdad airport said the runway was closed.", nil},
	{"must not: no claim verb", "The militia attacked a convoy carrying a spokesman for the Pentagon.", nil},
	{"must not: an act in the passive", "The deal was signed by the Pentagon on Friday.", nil},
	{"must not: the aside holds a claim of its own", "A Pentagon official, who said nothing, left the room.", nil},
}

func TestProxyVoices(t *testing.T) { runSourceCases(t, proxyVoiceCases) }
