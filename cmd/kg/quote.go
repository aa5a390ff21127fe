package main

import (
	"strings"
	"unicode"
)

// quoteContext is how many words a short quote keeps on each side of the
// names it shows, and quoteGap the widest gap between two names it keeps
// whole; a wider gap is cut in the middle.
const (
	quoteContext = 3
	quoteGap     = 16
)

// shortQuote cuts a sentence down to the words around the two names it
// links ("…Qasem Soleimani, the leader of Iran's elite Quds Force was
// spotted…"), so a table row stays readable; --full prints the sentence.
// A name is found by its words, so "Soleimani" finds Qasem Soleimani. With
// neither name in the sentence, its first words are kept.
func shortQuote(text string, a, b string) string {
	words := strings.Fields(text)
	ia, ib := nameWords(words, a), nameWords(words, b)
	if len(ia) == 0 && len(ib) == 0 {
		if len(words) <= 2*quoteContext+quoteGap {
			return text
		}
		return strings.Join(words[:quoteGap], " ") + " …"
	}
	if len(ia) == 0 {
		ia = ib
	} else if len(ib) == 0 {
		ib = ia
	}
	lo, hi := closest(ia, ib)
	if hi-lo <= quoteGap {
		return window(words, lo, hi)
	}
	return window(words, lo, lo) + " " + window(words, hi, hi)
}

// window writes words[lo..hi] with quoteContext words either side, marking
// what was cut with "…".
func window(words []string, lo, hi int) string {
	from, to := max(lo-quoteContext, 0), min(hi+quoteContext+1, len(words))
	s := strings.Join(words[from:to], " ")
	if from > 0 {
		s = "…" + s
	}
	if to < len(words) {
		s += "…"
	}
	return s
}

// nameWords returns the positions of the words of text that belong to
// name: its words of three letters or more, "'s" and punctuation ignored.
func nameWords(words []string, name string) []int {
	want := map[string]bool{}
	for _, w := range strings.Fields(name) {
		if w = bareWord(w); len([]rune(w)) >= 3 && w != "the" {
			want[w] = true
		}
	}
	var at []int
	for i, w := range words {
		if want[bareWord(w)] {
			at = append(at, i)
		}
	}
	return at
}

func bareWord(w string) string {
	w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return w
}

// closest returns the nearest pair of positions, one from each list, in
// order.
func closest(as, bs []int) (lo, hi int) {
	best := -1
	for _, a := range as {
		for _, b := range bs {
			d := max(a-b, b-a)
			if best < 0 || d < best {
				best, lo, hi = d, min(a, b), max(a, b)
			}
		}
	}
	return lo, hi
}
