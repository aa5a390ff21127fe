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
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true, "cpl": true, "adm": true, "cmdr": true,
	"gov": true, "sen": true, "rep": true, "pres": true, "amb": true, "rev": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "no": true, "vs": true, "etc": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "dept": true, "est": true, "approx": true, "fig": true, "mt": true, "ft": true,
}

// Split cuts a paragraph into sentences. A sentence ends at '.', '!' or '?'
// (with any closing quotes or brackets after it) followed by white space and
// an upper-case letter, a digit or an opening quote, unless the word before
// the period is an abbreviation or an initial ("U.S.", "Mr.", "J."). Line
// breaks inside a paragraph do not end sentences. Every non-space byte of the
// input is in exactly one span, in order.
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
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"'“‘(", next)) {
		return false
	}
	if punct != '.' {
		return true
	}
	word := lastWord(text[start:mark])
	if word == "" {
		return true
	}
	lw := strings.ToLower(word)
	if abbreviations[lw] {
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
