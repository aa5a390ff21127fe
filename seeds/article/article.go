// Package article turns the raw text of a news article into a Document: its
// title and its numbered sentences, each with its byte offsets in the text.
// Sentence numbers are the provenance kg keeps for every fact, so splitting is
// deterministic and never drops or reorders text.
package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Sentence is one sentence of a document. Index 0 is the title; the body's
// sentences are numbered from 1.
type Sentence struct {
	Index int
	Text  string
	Start int // byte offset of Text in the document's raw text
	End   int // byte offset just past Text
}

// A Document is an article split into sentences.
type Document struct {
	ID        string
	Title     string
	Raw       string
	Sentences []Sentence // Sentences[0] is the title when the text has one
}

// Parse splits raw text into a Document. The first paragraph is the title
// (sentence 0) when it is a single line of at most 200 characters that does
// not end with sentence-final punctuation or a closing quote; otherwise
// sentence 0 has no text and the first paragraph is body. Every other
// paragraph (runs of lines between blank lines) is split into sentences,
// numbered from 1 across paragraphs.
func Parse(id, raw string) Document {
	d := Document{ID: id, Raw: raw}
	index := 0
	first := true
	for _, para := range paragraphs(raw) {
		if first {
			first = false
			if isTitle(raw[para[0]:para[1]]) {
				d.Title = strings.TrimSpace(raw[para[0]:para[1]])
				d.Sentences = append(d.Sentences, Sentence{Index: 0, Text: d.Title, Start: para[0], End: para[1]})
				continue
			}
			d.Sentences = append(d.Sentences, Sentence{Index: 0, Start: para[0], End: para[0]})
		}
		for _, s := range Split(raw[para[0]:para[1]]) {
			index++
			d.Sentences = append(d.Sentences, Sentence{Index: index, Text: s.Text, Start: para[0] + s.Start, End: para[0] + s.End})
		}
	}
	return d
}

// Sentence returns the sentence with the given index.
func (d Document) Sentence(i int) (Sentence, bool) {
	for _, s := range d.Sentences {
		if s.Index == i && s.Text != "" {
			return s, true
		}
	}
	return Sentence{}, false
}

// Find returns the sentence that contains quote verbatim (after folding runs
// of white space). A quote that spans two sentences is not found: evidence is
// one sentence.
func (d Document) Find(quote string) (Sentence, bool) {
	q := collapseSpace(quote)
	if q == "" {
		return Sentence{}, false
	}
	for _, s := range d.Sentences {
		if s.Text != "" && strings.Contains(collapseSpace(s.Text), q) {
			return s, true
		}
	}
	return Sentence{}, false
}

// paragraphs returns [start, end) byte ranges of the text's paragraphs:
// runs of lines separated by blank lines, trimmed of surrounding space.
func paragraphs(raw string) [][2]int {
	var out [][2]int
	start := -1
	lineStart := 0
	flush := func(end int) {
		if start >= 0 {
			s, e := trimRange(raw, start, end)
			if s < e {
				out = append(out, [2]int{s, e})
			}
			start = -1
		}
	}
	for lineStart <= len(raw) {
		nl := strings.IndexByte(raw[lineStart:], '\n')
		lineEnd := len(raw)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		if strings.TrimSpace(raw[lineStart:lineEnd]) == "" {
			flush(lineStart)
		} else if start < 0 {
			start = lineStart
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	flush(len(raw))
	return out
}

func isTitle(p string) bool {
	p = strings.TrimSpace(p)
	if strings.ContainsAny(p, "\n") || utf8.RuneCountInString(p) > 200 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return !strings.ContainsRune(".!?\"”", last)
}

func trimRange(s string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
