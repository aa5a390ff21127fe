package extract

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// Part-of-speech tags come from prose's averaged-perceptron tagger: pure
// Go, offline, with an English model built in, so a verb the lexicon has
// never seen ("bankrolled", "courts") is still known for a verb by its
// place in the sentence. The model is loaded once, when a sentence first
// needs tags, never at start-up: most sentences never do.

var (
	tagModelOnce sync.Once
	tagModel     *prose.Model
)

// posModel returns prose's default English model, loaded on first use.
func posModel() *prose.Model {
	tagModelOnce.Do(func() { tagModel = prose.ModelFromData("kg") })
	return tagModel
}

// posTags returns the Penn Treebank tag of each of s's tokens from
// token from to token to, "" for the others and where prose's tokens and
// kg's do not meet. Only those words are tagged: the tagger's work grows
// with them. prose tokenizes the words its own way; a kg token takes the
// tag of the prose token its first letter falls in, found by text left
// to right. The tagger sums a tag's weights over a Go map and takes the
// best by ranging over another, so only an exact tie between two tags
// could fall either way from run to run; TestTagsStable holds the tags
// of every dev article to one reading when read again.
func posTags(s sentence, from, to int) []string {
	tags := make([]string, len(s.toks))
	if from >= to {
		return tags
	}
	base := s.toks[from].Start
	doc, err := prose.NewDocument(s.art.Text[base:s.toks[to-1].End], prose.UsingModel(posModel()), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return tags // no tags: the clause reader reads nothing
	}
	text, at, k := s.art.Text, base, from
	for _, t := range doc.Tokens() {
		i := strings.Index(text[at:], t.Text)
		if t.Text == "" || i < 0 {
			continue
		}
		start, end := at+i, at+i+len(t.Text)
		at = end
		for k < to && s.toks[k].Start < start {
			k++
		}
		for k < to && s.toks[k].Start < end {
			tags[k] = t.Tag
			k++
		}
	}
	return tags
}
