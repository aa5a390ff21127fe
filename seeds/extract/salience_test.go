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

// TestReferencesSetInAPlace reads "the base at Erbil", "the embassy in
// Beirut": a reference noun set in a place stands for the one named
// before only where the text set that one in the same place or one
// holding it, never for a base or an embassy it set elsewhere.
func TestReferencesSetInAPlace(t *testing.T) { runWireCases(t, placedReferenceCases) }

var placedReferenceCases = []wireCase{
	{"a second base in a tally", "The Revolutionary Guards fired missiles at the Ain al-Asad air base in Anbar province. According to the Pentagon, eleven struck Ain al-Asad and one hit the base at Erbil.",
		[]string{"ain-al-asad-air-base locatedIn anbar"}, []string{"ain-al-asad-air-base locatedIn erbil"}},
	{"another city's embassy", "The U.S. Embassy in Baghdad was quiet on Friday. Hours later, crowds gathered outside the embassy in Beirut.",
		nil, []string{"us-embassy locatedIn beirut"}},
	{"a second drone, another base", "Turkish jets struck the Harir air base near Erbil. Days later a second drone hit the base near Sulaimaniyah.",
		nil, []string{"harir-air-base locatedIn sulaimaniyah"}},
	{"the same embassy in the same city", "Protesters stormed the U.S. Embassy in Baghdad on Tuesday. Kataib Hezbollah fighters attacked the embassy in Baghdad again on Wednesday.",
		[]string{"kataib-hezbollah attacked us-embassy"}, nil},
	{"the same base near the same city", "Rockets struck the K-1 air base near Kirkuk on Friday. On Saturday, Kataib Hezbollah shelled the base near Kirkuk again.",
		[]string{"kataib-hezbollah attacked k-1-air-base"}, nil},
	{"the same base by its province's short name", "Iranian missiles struck the Ain al-Asad air base in Anbar province on Wednesday. U.S. troops at the base in Anbar had been warned, officials said.",
		[]string{"united-states says/troops-at ain-al-asad-air-base"}, nil},
}
