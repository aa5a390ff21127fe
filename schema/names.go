package schema

import (
	"strings"
	"unicode"
)

// FoldName is the form names are compared in: lower case, letters and digits
// only, one space between words; apostrophes and dots vanish, hyphens and
// other punctuation separate words. "Kata'ib Hezbollah", "kataib
// hezbollah" and "KATAIB-HEZBOLLAH" fold alike, as do "U.S." and "US".
func FoldName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == '.' || r == '`' || r == 'ʼ':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}
