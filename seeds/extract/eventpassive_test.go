package extract

import "testing"

// What was fired told as the by-phrase of a passive impact verb whose
// subject is the target: "Camp Taji was hit by rockets" is the rocket
// attack on the camp that "rockets hit Camp Taji" is, and a country's
// adjective in the by-phrase, or "fired from X" after it, says who fired. Sentences written for this
// test in the manner of wire copy, newspapers, broadcasters' sites and
// military statements. The must-not cases: a modal, a negation, a hedge,
// a by-phrase that names nothing fired, and "hit by" with no subject named.
var passiveImpactCases = []eventCase{
	{"wire: a camp hit by rockets", "2020-03-12",
		"Camp Taji was hit by rockets on Wednesday night, killing two American soldiers.",
		[]string{"rocket-attack-2020-03-11 | Rocket attack at Camp Taji, 2020-03-11 | 2020-03-11"}},
	{"broadcaster: a base struck by a country's missiles", "2020-01-08",
		"Ain al-Asad air base was struck by Iranian ballistic missiles early Wednesday.",
		[]string{"missile-strike-2020-01-08 | Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
	{"newspaper: a count of rockets", "2020-01-05",
		"The U.S. Embassy in Baghdad was hit by three rockets on Sunday, security sources said.",
		[]string{"rocket-attack-2020-01-05 | Rocket attack at U.S. Embassy in Baghdad, 2020-01-05 | 2020-01-05"}},
	{"military statement: pounded with rockets", "2019-12-28",
		"K-1 Air Base was pounded with rockets on Friday evening.",
		[]string{"rocket-attack-2019-12-27 | Rocket attack at K-1 Air Base, 2019-12-27 | 2019-12-27"}},
	{"analytic: had been targeted by missiles", "2020-01-10",
		"Ain al-Asad Air Base had been targeted by Iranian missiles on Jan. 8, the Pentagon said.",
		[]string{"missile-strike-2020-01-08 | Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
	{"wire: missiles fired from a state", "2020-01-09",
		"Ain al-Asad Air Base was hit by at least 11 missiles fired from Iran on Wednesday, the Pentagon said.",
		[]string{"missile-strike-2020-01-08 | Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
	{"must not: could be hit", "2020-01-07",
		"Ain al-Asad Air Base could be hit by Iranian missiles on Wednesday, officials warned.",
		nil},
	{"must not: was not hit", "2020-03-12",
		"Camp Taji was not hit by rockets on Wednesday.",
		nil},
	{"must not: reportedly hit", "2020-01-05",
		"The U.S. Embassy was reportedly hit by rockets on Sunday.",
		nil},
	{"must not: hit by sanctions", "2020-01-10",
		"Kataib Hezbollah was hit by sanctions on Friday.",
		nil},
	{"must not: no named subject", "2020-03-12",
		"A base north of the capital was hit by rockets on Wednesday.",
		nil},
}

func TestPassiveImpactEvents(t *testing.T) {
	runEventCases(t, New(known, IngestOptions()), passiveImpactCases)
}
