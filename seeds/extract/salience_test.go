package extract

import "testing"

// TestSalientReferences reads salienceCases.
func TestSalientReferences(t *testing.T) { runWireCases(t, salienceCases) }

// salienceCases are sentences written for TestSalientReferences (none
// from the dev or test articles), in the styles of several outlets: a
// reference ("the group", "the militia", "the alliance", "its") stands
// for the subject of its own clause or of the sentence before, before
// any object nearer to it; never for an entity of another type, nor for
// a dateline's place.
var salienceCases = []wireCase{
	{"the group is the subject before, not the object nearer", "Hamas fought Fatah for a decade. The group threatened Israel on Sunday.",
		[]string{"hamas threatened israel"}, []string{"fatah threatened israel"}},
	{"the militia is the subject, not the body it belongs to nor whom that fought", "Asaib Ahl al-Haq is a member of the Popular Mobilization Forces, an umbrella of militias that fought the Islamic State. On Monday the militia threatened the United States.",
		[]string{"asaib-ahl-al-haq threatened united-states"}, []string{"isis threatened united-states", "popular-mobilization-forces threatened united-states"}},
	{"a subject of another type is passed over", "The Pentagon blamed Kataib Hezbollah for the rocket attack. The group threatened the United States.",
		[]string{"kataib-hezbollah threatened united-states"}, []string{"pentagon threatened united-states"}},
	{"the body of the subject's role", "Mohammed Mohie, a spokesman for Kataib Hezbollah, said the group threatened the United States.",
		[]string{"kataib-hezbollah threatened united-states"}, nil},
	{"the body before the subject's title", "NATO Secretary-General Jens Stoltenberg said the alliance would expand its mission in Iraq.",
		[]string{"nato says/mission-in iraq"}, nil},
	{"its is the subject's, not the object's", "Kataib Hezbollah, which fought the Islamic State, lost its founder, Abu Mahdi al-Muhandis, in the strike.",
		[]string{"abu-mahdi-al-muhandis says/founder-of kataib-hezbollah"}, []string{"abu-mahdi-al-muhandis says/founder-of isis"}},
	{"its is the subject's past a clause that fought another", "Kataib Hezbollah is part of the Popular Mobilization Forces, the umbrella of mostly Shiite militias that fought the Islamic State, and its founder, Abu Mahdi al-Muhandis, is the deputy head of the PMF.",
		[]string{"abu-mahdi-al-muhandis says/founder-of kataib-hezbollah"}, []string{"abu-mahdi-al-muhandis says/founder-of isis"}},
	{"a dateline names no subject", "BAGHDAD/TEHRAN (Reuters) - Tens of thousands of mourners marched through Baghdad and Najaf on Saturday. Adel Abdul Mahdi joined the procession in the capital.",
		[]string{"adel-abdul-mahdi presentAt baghdad"}, []string{"adel-abdul-mahdi presentAt tehran"}},
}
