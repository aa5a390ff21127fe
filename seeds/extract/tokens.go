package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-analyst/kg/schema"
)

// token is one word of a sentence with its byte offsets in the sentence.
// Hyphens split words ("al-Muhandis" is "al" and "Muhandis", as FoldName
// splits them); a trailing possessive ('s) is cut off and remembered.
type token struct {
	Text  string // as written, without the possessive
	Start int
	End   int    // just past Text (the possessive, if any, follows)
	Key   string // folded and with transliteration variants unified
	Cap   bool   // starts with an upper-case letter
	Poss  bool   // followed by 's
	Break bool   // punctuation other than a hyphen or space, or a line's end, separates it from the previous token
	Hyph  bool   // a hyphen joins it to the previous token
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// tokenize splits s into words. It never fails: runes that are neither
// letters, digits nor in-word punctuation only separate words.
func tokenize(s string) []token {
	out := make([]token, 0, strings.Count(s, " ")+1) // about a word a space
	brk, hyph := true, false
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			switch {
			case r == '-' || r == '‐' || r == '‑':
				hyph = true
			case r == '\n' || r == '\r':
				brk = true // a page's lines pasted into one paragraph: no name runs across a line's end
			case unicode.IsSpace(r):
			case r == '.' && len(out) > 0 && abbreviations[out[len(out)-1].Key] && out[len(out)-1].End == i:
				// Gen. Soleimani: the dot of a title does not part it from the name
			case r == '.' && middleInitial(s, out, i):
				// Mark A. Milley: nor does a middle initial's
			default:
				brk = true
			}
			i += n
			continue
		}
		start := i
		end := i
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if isWordRune(r) {
				end += n
				continue
			}
			// Thousands inside a number: 1,800 troops.
			if r == ',' && thousandsGroup(s, start, end) {
				end += n
				continue
			}
			// Apostrophes and dots inside a word: Kata'ib, U.S.
			if isApostrophe(r) || r == '.' {
				next, _ := utf8.DecodeRuneInString(s[end+n:])
				if end+n < len(s) && unicode.IsLetter(next) && !(isApostrophe(r) && (next == 's' || next == 'S') && !followedByLetter(s, end+n+1)) {
					end += n
					continue
				}
				if r == '.' && isInitialism(s[start:end]) {
					end += n // the final dot of U.S.
				}
			}
			break
		}
		t := token{Text: s[start:end], Start: start, End: end, Break: brk && len(out) > 0, Hyph: hyph && !brk}
		first, _ := utf8.DecodeRuneInString(t.Text)
		t.Cap = unicode.IsUpper(first)
		// possessive 's
		if end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if isApostrophe(r) && end+n < len(s) && (s[end+n] == 's' || s[end+n] == 'S') && !followedByLetter(s, end+n+1) {
				t.Poss = true
				end += n + 1
			} else if isApostrophe(r) && strings.HasSuffix(t.Text, "s") && !followedByLetter(s, end+n) {
				t.Poss = true // plural possessive: the militias'
				end += n
			}
		}
		t.Key = wordKey(t.Text)
		out = append(out, t)
		i = end
		brk, hyph = false, false
		if t.Poss {
			brk = true // nothing runs across a possessive: Iran's | Quds Force
		}
	}
	return out
}

// thousandsGroup reports whether the comma at s[end] parts groups of
// one number: digits before it since start, three digits after it and
// no digit or letter after those ("1,800", "12,000,000"; not "3, 2020"
// nor "1,2").
func thousandsGroup(s string, start, end int) bool {
	for i := start; i < end; i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != ',' {
			return false
		}
	}
	if end+4 > len(s) {
		return false
	}
	for i := end + 1; i < end+4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	if end+4 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[end+4:])
	return !isWordRune(r)
}

func followedByLetter(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isInitialism reports whether w looks like U.S or U.N (single letters
// between dots).
func isInitialism(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

// wordKey is a word's matching form (schema.WordKey).
func wordKey(w string) string { return schema.WordKey(w) }

// nameKey is the matching form of a whole name: its words' keys, joined by
// schema.JoinKeys. Names written differently but read alike share a key.
func nameKey(name string) string {
	return joinKeys(tokenize(name))
}

// middleInitial reports whether the dot at i closes a middle initial: a
// lone capital letter just before it, after a capitalised word, and a
// capitalised word after one space ("George W. Bush", "William H. Seely").
func middleInitial(s string, out []token, i int) bool {
	if len(out) < 2 {
		return false
	}
	last, prev := out[len(out)-1], out[len(out)-2]
	if last.End != i || len(last.Text) != 1 || !last.Cap || !prev.Cap || last.Break {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[min(i+2, len(s)):])
	return i+2 < len(s) && s[i+1] == ' ' && unicode.IsUpper(next)
}

// abbreviations are titles written with a dot.
var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true, "lt": true, "col": true,
	"maj": true, "brig": true, "adm": true, "gov": true, "sgt": true, "spc": true, "cpl": true, "pfc": true, "capt": true, "st": true, "prof": true, "pres": true}
