// Package article turns the raw text of a news article into a Document: its
// title and its numbered sentences, each with its byte offsets in the text.
// Sentence numbers are the provenance kg keeps for every fact, so splitting is
// deterministic and never drops or reorders text.
package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-analyst/kg/schema"
)

// Parse splits raw text into a Document. The first paragraph is the title
// (sentence 0) when it is a single line of at most 200 characters that does
// not end with sentence-final punctuation or a closing quote; otherwise
// sentence 0 has no text and the first paragraph is body. Every other
// paragraph (runs of lines between blank lines) is split into sentences,
// numbered from 1 across paragraphs. A wire service's furniture is no
// sentence of the story and is left out: a slug or keywords line
// ("IRAQ-SECURITY/"), a section header in capitals ("KEY QUOTES") opening a
// paragraph after the title, and a title's status prefix ("UPDATE 2-").
func Parse(id, raw string) schema.Document {
	d := schema.Document{ID: id, Raw: raw}
	index := 0
	first := true
	for _, para := range paragraphs(raw) {
		if first {
			first = false
			if isTitle(raw[para[0]:para[1]]) {
				para[0] += wireStatus(raw[para[0]:para[1]])
				d.Title = strings.TrimSpace(raw[para[0]:para[1]])
				d.Sentences = append(d.Sentences, schema.Sentence{Index: 0, Text: d.Title, Start: para[0], End: para[1]})
				continue
			}
			d.Sentences = append(d.Sentences, schema.Sentence{Index: 0, Start: para[0], End: para[0]})
		}
		for _, s := range Split(raw[para[0]:para[1]]) {
			index++
			d.Sentences = append(d.Sentences, schema.Sentence{Index: index, Text: s.Text, Start: para[0] + s.Start, End: para[0] + s.End})
		}
	}
	return d
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
		switch line := strings.TrimSpace(raw[lineStart:lineEnd]); {
		case line == "":
			flush(lineStart)
		case start < 0 && furniture(line, len(out) == 0):
			// a slug or a header: no paragraph of the story
		case start < 0:
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

// furniture reports whether a line that would open a paragraph is a wire
// service's furniture rather than text: a slug or keywords line, one word
// in capitals joined by hyphens or slashes ("IRAQ-SECURITY/",
// "MIDEAST-CRISIS/USA"), anywhere; after the first paragraph, which may be
// a title in capitals, a line of two or more words in capitals ("KEY
// QUOTES", "WHAT HAPPENED"); a line of one word ("U.S.", "NATO") may be a
// sentence wrapped after it.
func furniture(line string, first bool) bool {
	letters := 0
	for _, r := range line {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return false
	}
	if !strings.ContainsFunc(line, unicode.IsSpace) && strings.ContainsAny(line, "/-") {
		return true
	}
	return !first && len(strings.Fields(line)) > 1
}

// reWireStatus is a wire title's status prefix: "UPDATE 2-", "EXCLUSIVE-",
// "RPT-".
var reWireStatus = regexp.MustCompile(`^(?:(?:UPDATE|WRAPUP|CORRECTED|REFILE|RPT|EXCLUSIVE|FACTBOX|ANALYSIS|INSIGHT|EXPLAINER|FOCUS|TIMELINE|BREAKINGVIEWS|POLL)(?: \d+)?-)+\s*`)

// wireStatus is the length of the title's status prefix, 0 if none.
func wireStatus(title string) int { return len(reWireStatus.FindString(title)) }

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
