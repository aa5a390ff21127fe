package extract

import (
	"unicode"
	"unicode/utf8"
)

// sentenceItems lays a sentence out as patterns read it: its words, with
// the punctuation between them, hyphens, and a possessive 's after a word
// as items of their own. at[k] is the item of token k.
func sentenceItems(text string, toks []token) (items []item, at []int) {
	at = make([]int, len(toks))
	items = make([]item, 0, len(toks)+len(toks)/4) // a word an item, and some marks
	prevEnd := 0
	for k, t := range toks {
		if k > 0 && t.Break && prevEnd <= t.Start {
			for _, r := range text[prevEnd:t.Start] {
				if !unicode.IsSpace(r) {
					items = append(items, item{kind: punctItem, key: punctKey(r)})
				}
			}
		}
		if t.Hyph {
			items = append(items, item{kind: punctItem, key: "-"})
		}
		at[k] = len(items)
		items = append(items, item{kind: wordItem, key: t.Key, cap: t.Cap, num: isNumber(t), neg: negations[t.Key]})
		prevEnd = t.End
		if t.Poss {
			items = append(items, item{kind: possItem, key: "'s"})
			prevEnd = possessiveEnd(text, t.End)
		}
	}
	return items, at
}

// punctKey is the item key of a punctuation mark: quotes are one mark,
// dashes are hyphens.
func punctKey(r rune) string {
	switch r {
	case '"', '“', '”', '«', '»':
		return "\""
	case '-', '‐', '‑', '–', '—':
		return "-"
	}
	return string(r)
}

// possessiveEnd is the end of the 's or ' written at i.
func possessiveEnd(text string, i int) int {
	r, n := utf8.DecodeRuneInString(text[i:])
	if !isApostrophe(r) {
		return i
	}
	i += n
	if i < len(text) && (text[i] == 's' || text[i] == 'S') {
		i++
	}
	return i
}
