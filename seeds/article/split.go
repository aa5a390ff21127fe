package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Span is a piece of a text with its byte offsets.
type Span struct {
	Text       string
	Start, End int
}

// abbreviations end with a period that does not end a sentence when a
// capitalised word follows ("U.S. Embassy", "Mr. Trump", "Gen. Soleimani").
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "brig": true, "sgt": true, "cpl": true, "pfc": true, "spc": true, "adm": true, "cmdr": true,
	"gov": true, "sen": true, "rep": true, "pres": true, "amb": true, "rev": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "vs": true, "etc": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "dept": true, "est": true, "approx": true, "fig": true, "mt": true, "ft": true,
}

// numberAbbreviations are abbreviations only before a number ("No. 5",
// "Nos. 3 and 4"); elsewhere they are words that may end a sentence ("He
// said no.").
var numberAbbreviations = map[string]bool{"no": true, "nos": true, "art": true, "vol": true}

// sentenceStarters are words that begin a sentence but hardly ever follow an
// abbreviation inside one, so "to the U.S. The next day" and "Apple Inc. It
// said" are split while "U.S. President" and "Inc. Chief" are not.
var sentenceStarters = map[string]bool{
	"The": true, "This": true, "That": true, "These": true, "Those": true, "There": true,
	"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "But": true,
}

// Split cuts a paragraph into sentences. A sentence ends at '.', '!' or '?'
// (with any closing quotes or brackets after it) followed by white space and
// an upper-case letter (or a letter of a script without case), a digit or an
// opening quote, unless the word before the period is an abbreviation or an
// initial ("U.S.", "Mr.", "J.", "No. 5") and the next word is not one that
// starts sentences ("The", "He", "It", ...). Line breaks inside a paragraph
// do not end sentences. Every non-space byte of the input is in exactly one
// span, in order; spans are trimmed of white space.
func Split(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '.' || r == '!' || r == '?' {
			end := i + n
			for end < len(text) {
				c, cn := utf8.DecodeRuneInString(text[end:])
				if !strings.ContainsRune(".!?\"'”’)]", c) {
					break
				}
				end += cn
			}
			if boundary(text, start, i, end, r) {
				if s, e := trimRange(text, start, end); s < e {
					out = append(out, Span{Text: text[s:e], Start: s, End: e})
				}
				start = end
			}
			i = end
			continue
		}
		i += n
	}
	if s, e := trimRange(text, start, len(text)); s < e {
		out = append(out, Span{Text: text[s:e], Start: s, End: e})
	}
	return out
}

// boundary decides whether the punctuation at text[mark] (closing run ending
// at end) ends a sentence that began at start.
func boundary(text string, start, mark, end int, punct rune) bool {
	rest := text[end:]
	trimmed := strings.TrimLeftFunc(rest, unicode.IsSpace)
	if trimmed == "" || len(trimmed) == len(rest) {
		return false // end of text is handled by the caller; no space means "3.5" or "U.S."
	}
	next, _ := utf8.DecodeRuneInString(trimmed)
	// Upper or title case, or a letter of a script without case (Arabic).
	capital := unicode.IsLetter(next) && !unicode.IsLower(next)
	if !(capital || unicode.IsDigit(next) || strings.ContainsRune("\"'“‘(", next)) {
		return false
	}
	if punct != '.' {
		return true
	}
	word := lastWord(text[start:mark])
	if word == "" {
		return true
	}
	if sentenceStarters[firstWord(trimmed)] {
		return true
	}
	lw := strings.ToLower(word)
	if abbreviations[lw] || (numberAbbreviations[lw] && unicode.IsDigit(next)) {
		return false
	}
	// Initials and dotted acronyms: "J.", "U.S", "D.C".
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return false
	}
	if strings.Contains(word, ".") && len(strings.ReplaceAll(word, ".", "")) <= 4 {
		return false
	}
	return true
}

// lastWord returns the run of letters and periods just before the end of s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		i -= n
	}
	return s[i:]
}

// firstWord returns the run of letters at the start of s.
func firstWord(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return s[:i]
}
