package extract

import "testing"

// Events whose agent is not named, or is a crowd: a detention is the
// detention of whom it held, identified by that person even where the
// article gives no day; a march is the march where the crowd went. A
// resolution passed is a vote. Sentences written for these tests in the
// manner of wire copy, a newspaper and a broadcaster's site, none from the
// dev or test sets.
var unnamedAgentCases = []eventCase{
	{"police detained a person named after his title", "2020-01-12",
		"Police in Tehran detained the British ambassador, Rob Macaire, on Saturday.",
		[]string{"detention-2020-01-11 | Detention of Rob Macaire, 2020-01-11 | 2020-01-11"}},
	{"a passive detention", "2020-01-12",
		"Rob Macaire was briefly detained on Saturday near a university in Tehran.",
		[]string{"detention-2020-01-11 | Detention of Rob Macaire, 2020-01-11 | 2020-01-11"}},
	{"undated, the person identifies the detention, and the arrest is it", "2020-01-12",
		"Security agents arrested Rob Macaire outside Amir Kabir University. London called the arrest a violation of international law.",
		[]string{"detention-of-rob-macaire-at-amir-kabir-university | Detention of Rob Macaire at Amir Kabir University | "}},
	{"a threatened detention is none", "2020-01-12",
		"Hardliners said police would detain Rob Macaire if he returned.",
		nil},
	{"a crowd marched through a city", "2020-01-25",
		"Hundreds of thousands of Iraqis marched through Baghdad on Friday. The march ended peacefully.",
		[]string{"march-2020-01-24 | March in Baghdad, 2020-01-24 | 2020-01-24"}},
	{"supporters rallied: the rally is the march", "2020-01-25",
		"Thousands of supporters marched in Basra on Friday, and the rally ended at noon.",
		[]string{"march-2020-01-24 | March in Basra, 2020-01-24 | 2020-01-24"}},
	{"marched on a place is an assault, no march", "2020-01-01",
		"Thousands of supporters marched on the U.S. Embassy in Baghdad on Tuesday.",
		nil},
	{"a rally in a city on a day", "2020-01-25",
		"Khamenei spoke at a rally in Basra on Friday.",
		[]string{"rally-2020-01-24 | Rally in Basra, 2020-01-24 | 2020-01-24"}},
	{"a headline's crowds march is a verb with no day", "2020-01-25",
		"Crowds march in Baghdad\n\nThe protesters waved flags.",
		nil},
	{"March the month opens a sentence", "2020-04-02",
		"March in Baghdad was quiet.",
		nil},
	{"a chamber passed a resolution", "2020-01-10",
		"The House of Representatives passed a resolution on Thursday to limit the president's war powers.",
		[]string{"vote-2020-01-09 | Vote by U.S. House of Representatives, 2020-01-09 | 2020-01-09"}},
}

func TestUnnamedAgentEvents(t *testing.T) {
	runEventCases(t, New(known, IngestOptions()), unnamedAgentCases)
}

// The kinds a dispatch names by a definite noun alone and dates by its
// dateline: a sermon, an arrest, a rally.
var aloneKindCases = []eventCase{
	{"a dispatch's sermon", "2020-01-04",
		"KARBALA, Iraq (AP) — Grand Ayatollah Ali al-Sistani condemned the strike on Friday. The sermon, read by his representative, urged restraint.",
		[]string{"sermon-2020-01-03 | Sermon, 2020-01-03 | 2020-01-03"}},
	{"a dispatch's rally", "2020-01-04",
		"BASRA, Iraq (Reuters) - Thousands of men waved flags on Friday. The rally ended at noon.",
		[]string{"rally-2020-01-03 | Rally, 2020-01-03 | 2020-01-03"}},
	{"a sermon to come is none", "2020-01-04",
		"KARBALA, Iraq (AP) — The cleric will speak on Friday. The sermon is expected to urge restraint.",
		nil},
}

func TestAloneKindEvents(t *testing.T) {
	runEventCases(t, New(known, IngestOptions()), aloneKindCases)
}
