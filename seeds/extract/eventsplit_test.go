package extract

import "testing"

// A verb that states an event, or a count of what was fired, tells of
// it anew: dated to another day than the event's first mention, it is
// another event, since different days never share a node. A vaguer day
// ("last week", "in January") that holds the first retells it, and so
// does a report of it on a later day.
func TestDifferentDaysAreDifferentEvents(t *testing.T) {
	runEventCases(t, New(known, Options{}), []eventCase{
		{"a vote, then another vote", "2020-01-14",
			"Iraq's parliament voted on Friday to expel the troops. Iraq's parliament voted again on Monday.",
			[]string{"vote-2020-01-10 | Vote by Parliament of Iraq, 2020-01-10 | 2020-01-10",
				"vote-2020-01-13 | Vote by Parliament of Iraq, 2020-01-13 | 2020-01-13"}},
		{"a vote the next day", "2020-01-10",
			"Iraq's parliament voted on Sunday. The next day, Iraq's parliament voted again.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05",
				"vote-2020-01-06 | Vote by Parliament of Iraq, 2020-01-06 | 2020-01-06"}},
		{"rockets hit a base again two days later", "2020-01-10",
			"Rockets hit Camp Taji on Sunday. Two days later, rockets hit Camp Taji again.",
			[]string{"rocket-attack-2020-01-05 | Rocket attack at Camp Taji, 2020-01-05 | 2020-01-05",
				"rocket-attack-2020-01-07 | Rocket attack at Camp Taji, 2020-01-07 | 2020-01-07"}},
		// One event.
		{"last week retells Sunday's vote", "2020-01-08",
			"Iraq's parliament voted on Sunday to expel the troops. Iraq's parliament voted last week to expel the troops.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"a month retells it", "2020-01-08",
			"Iraq's parliament voted on Sunday to expel the troops. Iraq's parliament voted in January to expel the troops.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"a report's day is not the attack's", "2020-01-08",
			"Two rockets hit Camp Taji on Sunday. The Pentagon said on Tuesday that two rockets hit Camp Taji.",
			[]string{"rocket-attack-2020-01-05 | Rocket attack at Camp Taji, 2020-01-05 | 2020-01-05"}},
	})
}

// "Hours after", "shortly after" an event the document dates is that
// event's day; "days after" with no count says no day, and a sentence
// with no such phrase takes none from the event before it.
func TestHoursAfterIsTheSameDay(t *testing.T) {
	runEventCases(t, New(known, Options{}), []eventCase{
		{"hours after the vote", "2020-01-06",
			"Iraq's parliament voted on Sunday. Hours after the vote, rockets hit Camp Taji.",
			[]string{"rocket-attack-2020-01-05 | Rocket attack at Camp Taji, 2020-01-05 | 2020-01-05",
				"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"shortly after the vote", "2020-01-06",
			"Iraq's parliament voted on Sunday. Shortly after the vote, rockets hit Camp Taji.",
			[]string{"rocket-attack-2020-01-05 | Rocket attack at Camp Taji, 2020-01-05 | 2020-01-05",
				"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		// Must not date.
		{"days after, no count", "2020-01-06",
			"Iraq's parliament voted on Sunday. Days after the vote, rockets hit Camp Taji.",
			[]string{"rocket-attack-on-camp-taji | Rocket attack on Camp Taji | ",
				"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"no phrase at all", "2020-01-06",
			"Iraq's parliament voted on Sunday. Rockets hit Camp Taji.",
			[]string{"rocket-attack-on-camp-taji | Rocket attack on Camp Taji | ",
				"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	})
}

// "That day" and "the same day" are the day just mentioned; a training
// "paused" or "halted" is suspended as one "suspended" is. Sentences
// written for this test; an undated pause and "that day" as a thing
// recalled give no day.
func TestThatDayIsTheDayJustMentioned(t *testing.T) {
	runEventCases(t, New(known, IngestOptions()), []eventCase{
		{"paused that day", "2020-01-11",
			"Iraq's parliament voted on Sunday to expel the troops. The American-led coalition had already paused its training of Iraqi forces that day.",
			[]string{"suspension-2020-01-05 | Suspension by American-led coalition, 2020-01-05 | 2020-01-05",
				"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"halted the same day", "2020-01-11",
			"Iraq's parliament voted on Sunday to expel the troops. The American-led coalition halted its training of Iraqi forces the same day.",
			[]string{"suspension-2020-01-05 | Suspension by American-led coalition, 2020-01-05 | 2020-01-05",
				"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		// Must not date.
		{"a pause with no day", "2020-01-11",
			"Iraq's parliament voted on Sunday to expel the troops. The American-led coalition paused its training of Iraqi forces in 2019.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	})
}
