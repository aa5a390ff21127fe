package extract

import (
	"slices"
	"strings"
)

// News writes a body's initials in parentheses after its name the first
// time it names it: "The Patriotic Union of Kurdistan (PUK) attended a
// mourning ceremony in Sulaimani", "The Islamic Revolutionary Guard Corps
// (IRGC) threatened Israel". The parenthesis stands between the subject
// and its verb, so no rule, verb or phrase read from the subject reached
// the verb, and the sentence said nothing of how its names are linked.
// The relations of such a sentence are read as if the initials were not
// written; the initials stay a mention of the name where the mentions are
// recorded.

// withoutInitials returns the sentence without the initials in
// parentheses that follow a name of the same entity (" (PUK)"), and its
// mentions moved to their places in it, the initials' mention left out.
// It returns s and ms as they are when there are none, or when the
// sentence's words do not line up after the cut.
func withoutInitials(s sentence, ms []mention) (sentence, []mention) {
	text := s.art.Text
	var cuts [][2]int // byte ranges to cut: " (PUK)"
	for _, m := range ms {
		if p, ok := initialsOf(text, ms, m); ok {
			cuts = append(cuts, [2]int{p.End, closingParen(text, m.End)})
		}
	}
	if len(cuts) == 0 {
		return s, ms
	}
	slices.SortFunc(cuts, func(a, b [2]int) int { return a[0] - b[0] })
	var b strings.Builder
	at := 0
	for _, c := range cuts {
		b.WriteString(text[at:c[0]])
		at = c[1]
	}
	b.WriteString(text[at:])
	out := make([]mention, 0, len(ms))
	cs := sentence{art: s.art, toks: nil}
	cs.art.Text = b.String()
	cs.toks = tokenize(cs.art.Text)
	for _, m := range ms {
		start, ok := shiftedOffset(cuts, m.Start)
		if !ok {
			continue // the initials themselves
		}
		from := tokenAt(cs.toks, start)
		if from < 0 || from+(m.To-m.From) > len(cs.toks) {
			return s, ms // the words do not line up after the cut
		}
		m.End = start + (m.End - m.Start)
		m.Start = start
		m.From, m.To = from, from+(m.To-m.From)
		out = append(out, m)
	}
	return cs, out
}

// initialsOf returns the mention whose initials m is, when m is written
// in parentheses right after a mention of the same entity, in capitals.
func initialsOf(text string, ms []mention, m mention) (mention, bool) {
	if m.Text != strings.ToUpper(m.Text) || len(m.Text) < 2 || closingParen(text, m.End) < 0 {
		return mention{}, false
	}
	for _, p := range ms {
		if p.Entity == m.Entity && p.End < m.Start && strings.TrimSpace(text[p.End:m.Start]) == "(" {
			return p, true
		}
	}
	return mention{}, false
}

// closingParen returns the offset just past the ")" that follows at
// offset end (spaces aside), or -1.
func closingParen(text string, end int) int {
	rest := text[end:]
	trimmed := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(trimmed, ")") {
		return -1
	}
	return end + len(rest) - len(trimmed) + 1
}

// shiftedOffset returns where offset at lands once the ranges cuts are
// cut from the text, or false when a cut holds it.
func shiftedOffset(cuts [][2]int, at int) (int, bool) {
	shift := 0
	for _, c := range cuts {
		switch {
		case at >= c[1]:
			shift += c[1] - c[0]
		case at >= c[0]:
			return 0, false
		}
	}
	return at - shift, true
}

// tokenAt returns the index of the token that starts at byte start, or
// -1.
func tokenAt(toks []token, start int) int {
	for k, t := range toks {
		if t.Start == start {
			return k
		}
	}
	return -1
}
