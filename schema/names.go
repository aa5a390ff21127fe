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
	if plainWord(s) {
		return strings.ToLower(s) // the common case, without a pass rune by rune
	}
	return foldRunes(s)
}

// foldRunes is FoldName for any text.
func foldRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
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

// plainWord reports whether s is ASCII letters and digits only, which
// FoldName only lowers.
func plainWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
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

// WordKey is the form one word is matched in: folded (FoldName, without
// spaces), with transliteration variants mapped to one spelling, so
// "Qassem", "Qasim" and "Qasem" share a key, as do "Hizballah" and
// "Hezbollah".
func WordKey(word string) string {
	f := strings.ReplaceAll(FoldName(word), " ", "")
	if v, ok := variants[f]; ok {
		return v
	}
	return f
}

// JoinKeys is the key of a run of words given by their WordKeys. The last
// word of a name of several is taken in the singular, so "Revolutionary
// Guard" is "Revolutionary Guards" and "Quds Forces" the Quds Force. The
// Arabic article al- (el-) is left out of names of several words, so
// "Moqtada Sadr" is "Moqtada al-Sadr" and "Qais Khazali" "Qais al-Khazali".
func JoinKeys(keys []string) string {
	n := len(keys)
	if n > 1 {
		for _, k := range keys {
			if IsParticle(k) {
				n--
			}
		}
		if n == 0 {
			n = len(keys)
		}
	}
	skip := n < len(keys)
	if n == 1 {
		for _, k := range keys {
			if !skip || !IsParticle(k) {
				return k
			}
		}
	}
	return string(appendJoined(nil, keys, n, skip))
}

// AppendJoinKeys appends JoinKeys(keys) to dst, so that a caller looking
// keys up in a map (m[string(b)]) makes no string for each.
func AppendJoinKeys(dst []byte, keys []string) []byte {
	particles := 0
	for _, k := range keys {
		if IsParticle(k) {
			particles++
		}
	}
	if len(keys) < 2 || particles == 0 || particles == len(keys) {
		return appendJoined(dst, keys, len(keys), false)
	}
	return appendJoined(dst, keys, len(keys)-particles, true)
}

// appendJoined appends the n keys that are kept (all, or all but the
// particles if skip) joined by spaces, the last of several in the
// singular.
func appendJoined(dst []byte, keys []string, n int, skip bool) []byte {
	j := 0
	for _, k := range keys {
		if skip && IsParticle(k) {
			continue
		}
		if j > 0 {
			dst = append(dst, ' ')
		}
		if j == n-1 && n > 1 {
			dst = append(dst, Singular(k)...)
		} else {
			dst = append(dst, k...)
		}
		j++
	}
	return dst
}

// IsParticle reports whether a word key is the Arabic article al (el),
// which JoinKeys leaves out of names of several words.
func IsParticle(k string) bool { return k == "al" || k == "el" }

// NameKey is the form a whole name is matched in: the keys of its words
// (WordKey) joined by JoinKeys. Names written differently but read alike
// share a key: "Qassem Soleimani" and "Qasem Suleimani", "Moqtada Sadr" and
// "Muqtada al-Sadr".
func NameKey(name string) string {
	words := strings.Fields(FoldName(name))
	for i, w := range words {
		words[i] = WordKey(w)
	}
	return JoinKeys(words)
}

// Singular strips a plural ending from a folded word.
func Singular(k string) string {
	switch {
	case len(k) <= 3:
		return k
	case strings.HasSuffix(k, "ies"):
		return k[:len(k)-3] + "y"
	case strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !strings.HasSuffix(k, "us") && !strings.HasSuffix(k, "is"):
		return k[:len(k)-1]
	}
	return k
}

// variants maps transliteration variants to one spelling. Keys and values
// are folded words.
var variants = map[string]string{
	"qassem": "qasem", "qassim": "qasem", "qasim": "qasem", "ghasem": "qasem", "kassem": "qasem", "ghassem": "qasem",
	"suleimani": "soleimani", "sulaimani": "soleimani", "soleymani": "soleimani", "solaimani": "soleimani", "suleimany": "soleimani",
	"hizbollah": "hezbollah", "hizballah": "hezbollah", "hezballah": "hezbollah", "hizbullah": "hezbollah", "hezbullah": "hezbollah",
	"kataeb": "kataib", "katib": "kataib", "ketaib": "kataib",
	"qods": "quds", "ghods": "quds",
	"khamenei": "khamenei", "khamanei": "khamenei", "khameini": "khamenei",
	"muhandes": "muhandis", "mohandis": "muhandis", "mohandes": "muhandis",
	"mohammed": "muhammad", "mohammad": "muhammad", "muhammed": "muhammad", "mohamed": "muhammad",
	"abdel": "abdul", "abd": "abdul",
	"mehdi":  "mahdi",
	"ghaani": "qaani", "ghaani's": "qaani", "qani": "qaani",
	"adel": "adil", "mobilisation": "mobilization", "organisation": "organization", "defence": "defense",
	"usa":  "us",
	"isil": "isis", "daesh": "isis",
	"protestors": "protesters",
	"muqtada":    "moqtada", "muqtadā": "moqtada", "moktada": "moqtada",
	"esmaeil": "esmail", "ismail": "esmail", "esmaiel": "esmail", "ismael": "esmail",
	"qays": "qais", "kais": "qais", "khazaali": "khazali", "khaz'ali": "khazali",
	"rohani": "rouhani", "jawad": "javad", "nasrullah": "nasrallah",
	"saleh": "salih", "zelensky": "zelenskiy", "zelenskyy": "zelenskiy", "zelenski": "zelenskiy",
	"hajizade": "hajizadeh", "ameri": "amiri", "shabi": "shaabi", "sha'abi": "shaabi",
	"hashed": "hashd", "hachd": "hashd",
	// Iran's state media write "Islamic Revolution Guards Corps".
	"revolution": "revolutionary", "guards": "guard",
}
