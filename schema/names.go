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

// titles are words of rank, office and address that come before a name
// ("U.S. President Trump", "Supreme Leader Ayatollah Ali Khamenei", "Mr.
// Trump") without being part of it, in folded form.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "madam": true,
	"president": true, "vice": true, "prime": true, "minister": true, "secretary": true, "foreign": true,
	"defense": true, "defence": true, "state": true, "chief": true, "supreme": true, "leader": true,
	"ayatollah": true, "grand": true, "sheikh": true, "sheik": true, "sayyed": true, "sayyid": true, "imam": true, "cleric": true,
	"gen": true, "general": true, "lt": true, "col": true, "colonel": true, "maj": true, "major": true, "brig": true,
	"brigadier": true, "adm": true, "admiral": true, "commander": true, "capt": true, "captain": true,
	"sen": true, "senator": true, "rep": true, "representative": true, "speaker": true, "king": true, "queen": true,
	"prince": true, "emir": true, "sultan": true, "us": true, "iranian": true, "iraqi": true, "american": true,
	"former": true, "late": true, "the": true,
}

// StripTitles removes leading titles from a folded name: "us president
// trump" becomes "trump". It keeps the last word, so a name that is all
// titles ("the president") comes back as its last word.
func StripTitles(folded string) string {
	words := strings.Fields(folded)
	i := 0
	for i < len(words)-1 && titles[words[i]] {
		i++
	}
	return strings.Join(words[i:], " ")
}
