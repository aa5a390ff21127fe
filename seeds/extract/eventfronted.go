package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// A news sentence often opens with the day of what its main clause tells:
// "On Wednesday, Iran launched a missile attack on Ain al-Asad", "In the
// early hours of Wednesday, 8 January, the Guards launched a barrage of
// missiles", "On Friday, Sadr brought his followers on to the streets
// for a march". The date stands far from the event's noun, past a comma,
// so dateBeside's nearness does not reach it; frontedScene does.

// sceneOpeners open a phrase that dates the main clause after it. "After"
// and "before" are left out: "After the strike on Friday, Iran fired
// missiles" dates the strike, not the missiles.
var sceneOpeners = defaultRules.mustList("sceneOpeners")

// frontedStops are words that, between the opening phrase and an event's
// mention, put the event at another time than the clause's or make it
// something the clause answers: "On Sunday, Iraqis mourned those killed
// in the strike days earlier", "On Tuesday, Iran vowed revenge for the
// strike" (rules/words.rules).
var frontedStops = defaultRules.mustList("frontedStops")

// maxFrontedClause is how many words the main clause may have before the
// event's mention: its subject and verb, with their modifiers.
const maxFrontedClause = 24

// frontedScene reports whether the date at byte at of text ends the
// phrase that opens the sentence, and the mention at byte start belongs
// to the main clause that phrase dates (mainClause), or to one ", and"
// joins to it.
func frontedScene(text string, at, start int) bool {
	first, _, _ := strings.Cut(text, " ")
	if at >= start || !sceneOpeners[strings.ToLower(first)] || partedBy(text[:at]) {
		return false
	}
	comma := closingComma(text, at)
	if comma < 0 || comma >= start || len(strings.Fields(text[at:comma])) > 4 {
		return false
	}
	between := text[comma+1 : start]
	if mainClause(between) {
		return true
	}
	// "On Saturday, the Guards admitted that they shot the plane down, and
	// students gathered outside the university": the opening phrase dates
	// every main clause ", and" joins to the first, unless the joined
	// clause states a time of its own ("and on Sunday", "and then").
	c := strings.LastIndex(between, ", and ")
	if c < 0 {
		return false
	}
	joined := between[c+len(", and "):]
	first, _, _ = strings.Cut(strings.TrimSpace(joined), " ")
	return !joinedTimes[strings.ToLower(first)] && !namesWeekday(joined) && !statesMonthDay(joined) && !countsDays(joined) && mainClause(joined)
}

// joinedTimes open a clause joined by "and" that moves the story to a
// time of its own, or that continues a reported clause rather than
// joining the main one: "and then students gathered", "and that".
var joinedTimes = set("then", "later", "that", "on", "in", "at", "after", "before", "by", "early", "late")

// mainClause reports whether the words between a fronted date's comma
// and an event's mention are one clause's that the date dates: no comma,
// dash or semicolon, no reported clause ("said that"), no verb of speech
// or reaction ("condemned"), and no word of frontedStops, of negation or
// of modality ("to" aside: "brought his followers on to the streets").
func mainClause(between string) bool {
	words := strings.Fields(strings.ToLower(between))
	if w := whatCalled(words); w >= 0 {
		between, words = strings.Join(words[:w], " "), words[:w] // "for what he called a million-man march"
	}
	if len(words) == 0 || len(words) > maxFrontedClause || partedBy(between) || reportsAfter(between) || answered(between) {
		return false
	}
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if frontedStops[w] || unrealised[w] || negations[w] || modals[w] && w != "to" {
			return false
		}
	}
	return true
}

// closingComma is the comma that closes the phrase holding the date at
// byte at: the first after it, past the comma a weekday writes before
// its date ("Wednesday, 8 January,", "Friday, Jan. 24,"); -1 if none.
func closingComma(text string, at int) int {
	from := at
	for {
		c := strings.IndexByte(text[from:], ',')
		if c < 0 {
			return -1
		}
		c += from
		rest := strings.TrimLeft(text[c+1:], " ")
		if rest == "" || !startsDate(rest) {
			return c
		}
		from = c + 1
	}
}

// startsDate reports whether text opens with a day's number or a month's
// name: the date a weekday and a comma come before.
func startsDate(text string) bool {
	return text[0] >= '0' && text[0] <= '9' || len(text) >= 3 && monthStarts[text[:3]]
}

// adjacentStored returns the day and id of the one stored event of the
// key's kind (or another name of it) dated a day before or after the
// key's, at a place narrower than a country that the document's event
// names too, or with a participant in common: a strike late on Tuesday
// in Washington is one early on Wednesday in Baghdad, so "On Tuesday,
// Iran fired missiles at Ain al-Asad air base" tells of the stored
// Wednesday strike on the base. A second candidate, or none, leaves the
// key as it is.
func (d *docRun) adjacentStored(ix *eventIndex, event string, k eventKey) (string, string, bool) {
	t, err := time.Parse("2006-01-02", k.Date)
	if err != nil {
		return "", "", false
	}
	before, after := t.AddDate(0, 0, -1).Format("2006-01-02"), t.AddDate(0, 0, 1).Format("2006-01-02")
	found, id := "", ""
	for _, e := range d.x.known {
		day := knownDay(e)
		if e.Type != "Event" || !d.x.caller[e.ID] || day != before && day != after || !oneEvent(kindOf(defaultKinds, e.Name), k.Kind) ||
			d.knownApart(event, e.ID) || !d.sharesPlace(ix, event, e.ID) && !d.sharesParty(event, e.ID) {
			continue
		}
		if id != "" && id != e.ID {
			return "", "", false
		}
		found, id = day, e.ID
	}
	return found, id, id != ""
}

// sequelWords, between an event and a date after it, give the date to
// what came next: "the funeral was followed on Tuesday by the burial"
// (rules/words.rules).
var sequelWords = defaultRules.mustList("sequelWords")

// sequelBetween reports whether the text between an event's mention and a
// date after it holds one of sequelWords.
func sequelBetween(between string) bool {
	return slices.ContainsFunc(strings.Fields(strings.ToLower(between)), func(w string) bool { return sequelWords[w] })
}

// namingVerbs name what follows them in "what X called": "for what he
// called a million-man march" (rules/words.rules).
var namingVerbs = defaultRules.mustList("namingVerbs")

// whatCalled is the index of the "what" that opens a naming clause
// ending the words ("what he called a", "what organisers dubbed the"),
// or -1: the clause names the event after it, and its verb reports no
// one's words.
func whatCalled(words []string) int {
	n := len(words)
	if n > 0 && (indefinite[words[n-1]] || words[n-1] == "the") {
		n--
	}
	if n < 3 || !namingVerbs[words[n-1]] {
		return -1
	}
	for w := n - 2; w >= max(0, n-5); w-- {
		if words[w] == "what" {
			return w
		}
	}
	return -1
}
