package extract

import "testing"

// An event told as happening during another ("a stampede during the
// burial", "at Soleimani's funeral", "At his burial in Kerman on
// Tuesday, a stampede ...") happened on its day and, naming no place of
// its own, at its place: "Stampede in Kerman". Sentences written for
// this test in the manner of wire copy, a newspaper, a broadcaster and an
// analytic piece; the must-not cases keep a place the event names itself,
// date no alone event by a span after another ("less than three weeks
// after"), and take no place for a host that is no event.
var duringCases = []eventCase{
	{"wire: during a burial in a hometown", "2020-01-08",
		"A stampede during Soleimani's burial in his hometown of Kerman on Tuesday killed at least 56 people.",
		[]string{"burial-2020-01-07 | Burial of Qasem Soleimani, 2020-01-07 | 2020-01-07",
			"stampede-2020-01-07 | Stampede in Kerman, 2020-01-07 | 2020-01-07"}},
	{"newspaper: during the procession a sentence before", "2020-01-08",
		"Thousands joined the funeral procession in Kerman on Tuesday. Officials said 56 people lost their lives in a stampede during the procession.",
		[]string{"funeral-2020-01-07 | Funeral in Kerman, 2020-01-07 | 2020-01-07",
			"stampede-2020-01-07 | Stampede, 2020-01-07 | 2020-01-07"}},
	{"broadcaster: a fronted burial", "2020-01-08",
		"At his burial in his hometown of Kerman on Tuesday, a stampede killed at least 56 mourners.",
		[]string{"burial-2020-01-07 | Burial, 2020-01-07 | 2020-01-07",
			"stampede-2020-01-07 | Stampede in Kerman, 2020-01-07 | 2020-01-07"}},
	{"analytic: at a person's funeral", "2020-01-08",
		"At least 56 people died in a stampede at Soleimani's funeral in Kerman on Tuesday.",
		[]string{"funeral-2020-01-07 | Funeral in Kerman, 2020-01-07 | 2020-01-07",
			"stampede-2020-01-07 | Stampede in Kerman, 2020-01-07 | 2020-01-07"}},
	{"wire: a fronted funeral with its article", "2020-01-07",
		"During the funeral in Tehran on Monday, a stampede injured dozens.",
		[]string{"funeral-2020-01-06 | Funeral in Tehran, 2020-01-06 | 2020-01-06",
			"stampede-2020-01-06 | Stampede in Tehran, 2020-01-06 | 2020-01-06"}},
	{"must not: the event's own place stays", "2020-01-08",
		"A stampede in Tehran during the funeral in Kerman on Tuesday killed 56.",
		[]string{"funeral-2020-01-07 | Funeral in Kerman, 2020-01-07 | 2020-01-07",
			"stampede-2020-01-07 | Stampede in Tehran, 2020-01-07 | 2020-01-07"}},
	{"must not: an alone event after a span", "2020-01-27",
		"Hundreds of thousands marched through Baghdad on Friday. The march came less than three weeks after the Iraqi parliament voted to expel foreign forces.",
		[]string{"march-2020-01-24 | March in Baghdad, 2020-01-24 | 2020-01-24"}},
	{"must not: a host that is no event", "2020-01-08",
		"A stampede at Kerman's main square on Tuesday killed 56 people.",
		[]string{"stampede-2020-01-07 | Stampede, 2020-01-07 | 2020-01-07"}},
}

func TestEventsDuringOthers(t *testing.T) {
	runEventCases(t, New(known, IngestOptions()), duringCases)
}
