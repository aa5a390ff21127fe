package extract

import "testing"

// Events the wire tells in its own ways, in sentences written for this
// test in the manner of wire copy, newspapers, broadcasters' sites and
// analytic pieces: a country's lawmakers as the subject of a vote ("Iraqi
// lawmakers voted", "Iran's legislators"), an unnamed aircraft that
// crashed or went down, and "yesterday" from the dispatch's date. The
// must-not cases: the United States' lawmakers are no parliament, a vote
// or a crash in prospect or in a condition is none, a crash with no day
// is no node, and "said yesterday" dates the saying only.
var wireEventCases = []eventCase{
	{"wire: Iraqi lawmakers voted", "2020-01-06",
		"Iraqi lawmakers voted Sunday to expel U.S. troops from the country.",
		[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	{"wire: a country's lawmakers after a dateline", "2020-01-06",
		"BAGHDAD (Reuters) - Iraq's lawmakers voted on Sunday to end the foreign military presence.",
		[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	{"broadcaster: legislators with the day before the verb", "2020-01-08",
		"Iranian legislators on Tuesday voted to designate all U.S. forces as terrorists.",
		[]string{"vote-2020-01-07 | Vote by Parliament of Iran, 2020-01-07 | 2020-01-07"}},
	{"newspaper: MPs", "2020-01-06",
		"Iraqi MPs voted on Sunday to ask the government to expel foreign troops.",
		[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	{"analytic: legislators after a fronted phrase", "2020-01-07",
		"In a session boycotted by most Kurdish members, Iraqi legislators voted on Sunday to end the mission of the coalition.",
		[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	{"must not: U.S. lawmakers are no parliament", "2020-01-10",
		"U.S. lawmakers voted on Thursday to limit the president's war powers.",
		nil},
	{"must not: lawmakers will vote", "2020-01-04",
		"Iraqi lawmakers will vote on Sunday on the presence of foreign troops.",
		nil},
	{"wire: a passenger jet crashed", "2020-01-08",
		"A Ukrainian passenger jet crashed shortly after takeoff from Tehran on Wednesday, killing all 176 people on board.",
		[]string{"crash-2020-01-08 | Crash, 2020-01-08 | 2020-01-08"}},
	{"newspaper: the plane went down", "2020-01-09",
		"The plane went down minutes after takeoff on Wednesday.",
		[]string{"crash-2020-01-08 | Crash, 2020-01-08 | 2020-01-08"}},
	{"broadcaster: the airliner crashed early on a day", "2020-01-08",
		"The Ukrainian airliner crashed near Tehran early Wednesday.",
		[]string{"crash-2020-01-08 | Crash, 2020-01-08 | 2020-01-08"}},
	{"wire: a helicopter crashed", "2020-01-27",
		"A U.S. military helicopter crashed in western Iraq on Sunday, the coalition said.",
		[]string{"crash-2020-01-26 | Crash, 2020-01-26 | 2020-01-26"}},
	{"analytic: the jetliner crashed on a bare day", "2020-01-10",
		"The jetliner crashed Wednesday, hours after Iran fired missiles at U.S. bases.",
		[]string{"crash-2020-01-08 | Crash, 2020-01-08 | 2020-01-08"}},
	{"must not: would have crashed", "2020-01-08",
		"The plane would have crashed on Wednesday had the pilot not turned back.",
		nil},
	{"must not: a crash with no day", "2020-01-08",
		"The airliner crashed.",
		nil},
	{"wire: yesterday's rocket attack", "2020-03-12",
		"A rocket attack on Camp Taji yesterday killed two Americans and a British soldier.",
		[]string{"rocket-attack-2020-03-11 | Rocket attack at Camp Taji, 2020-03-11 | 2020-03-11"}},
	{"newspaper: lawmakers voted yesterday", "2020-01-06",
		"Iraqi lawmakers voted yesterday to expel U.S. troops.",
		[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	{"must not: said yesterday", "2020-01-06",
		"Officials said yesterday that parliament would vote next week.",
		nil},
}

func TestWireEvents(t *testing.T) {
	runEventCases(t, New(known, IngestOptions()), wireEventCases)
}

// An adverb of manner may stand between an event verb and its subject
// ("Iran mistakenly shot down", "lawmakers narrowly voted"); a hedge
// ("allegedly") asserts nothing. Sentences written for this test in
// several outlets' styles.
var adverbEventCases = []eventCase{
	{"wire: mistakenly shot down", "2020-01-11",
		"Iran mistakenly shot down the Ukrainian jetliner on Wednesday, its military said.",
		[]string{"shoot-down-2020-01-08 | Shoot-down by Iran, 2020-01-08 | 2020-01-08"}},
	{"newspaper: unintentionally shot down a named flight", "2020-01-11",
		"Iran unintentionally shot down Ukraine International Airlines Flight 752 on Wednesday.",
		[]string{"shoot-down-2020-01-08 | Shoot-down by Iran, 2020-01-08 | 2020-01-08"}},
	{"broadcaster: accidentally shot down", "2020-01-11",
		"The Revolutionary Guards accidentally shot down the plane on Wednesday.",
		[]string{"shoot-down-2020-01-08 | Shoot-down by Islamic Revolutionary Guard Corps, 2020-01-08 | 2020-01-08"}},
	{"analytic: narrowly voted", "2020-01-06",
		"Iraqi lawmakers narrowly voted on Sunday to expel U.S. troops.",
		[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	{"wire: formally voted", "2020-01-10",
		"The House formally voted on Thursday to limit the president's war powers.",
		[]string{"vote-2020-01-09 | Vote by U.S. House of Representatives, 2020-01-09 | 2020-01-09"}},
	{"must not: allegedly shot down", "2020-01-11",
		"Iran allegedly shot down the plane on Wednesday.",
		nil},
}

func TestAdverbEvents(t *testing.T) {
	runEventCases(t, New(known, IngestOptions()), adverbEventCases)
}
