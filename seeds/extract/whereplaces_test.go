package extract

import "testing"

// TestSitesInWhereClauses reads sentences written for this test (none
// from the dev or test articles), in the shapes wire copy and newspapers
// use to follow crowds and coffins from city to city: the shrine, square
// or zone a "where" clause on a city takes its people to, from or around
// is in that city; and sentences with the same words that place nothing:
// a site someone reports on, the site of an attack, a clause that only
// locates another place, a site after the clause has ended.
func TestSitesInWhereClauses(t *testing.T) { runWireCases(t, whereSiteCases) }

// whereSiteCases are the sentences TestSitesInWhereClauses reads.
var whereSiteCases = []wireCase{
	{"a shrine the clause's people packed", "Thousands of mourners converged on Najaf, where they packed the Imam Ali Shrine for evening prayers.",
		[]string{"imam-ali-shrine locatedIn najaf"}, nil},
	{"a square marched from and a zone marched toward", "Protesters returned to Baghdad, where they marched from Tahrir Square toward the Green Zone on Friday.",
		[]string{"tahrir-square locatedIn baghdad", "green-zone locatedIn baghdad"}, nil},
	{"a shrine the coffins were carried around", "The convoy reached Karbala, where pilgrims carried the coffins around the shrine of Imam Hussein.",
		[]string{"shrine-of-imam-hussein locatedIn karbala"}, nil},
	{"a square crowds filled", "The ceremony moved to Tehran, where crowds filled Azadi Square.",
		[]string{"azadi-square locatedIn tehran"}, nil},
	{"a shrine a visitor visited", "Hassan Rouhani flew to Mashhad, where he visited the shrine of Imam Reza.",
		[]string{"shrine-of-imam-reza locatedIn mashhad"}, nil},
	{"a base officials spoke of", "Mourners gathered in Tehran, where officials said the missiles had hit Ain al-Asad.",
		nil, []string{"ain-al-asad-air-base locatedIn tehran"}},
	{"a base an attack was at", "Crowds rallied in Tehran, where they chanted against the attack at Ain al-Asad.",
		nil, []string{"ain-al-asad-air-base locatedIn tehran"}},
	{"a city that only locates a camp, a base after the clause", "Smaller contingents sat at Camp Taji, north of Baghdad, where coalition trainers worked with Iraqi soldiers, and at Union III, the coalition's headquarters.",
		nil, []string{"union-iii locatedIn baghdad"}},
	{"a zone after a clause of contrast", "The cleric stayed in Qom, where he has lived since 2019, while his followers marched toward the Green Zone.",
		nil, []string{"green-zone locatedIn qom"}},
}
