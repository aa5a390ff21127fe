package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// A co-mention (kg:mentionedWith) says only that two names share a
// sentence. It is the fallback for what the sentence leaves unjoined, not
// a link for every pair of its names: a sentence of six names would write
// fifteen, and an analyst reading kg links would meet mostly "mentioned
// with". Once a document is read, its events resolved, the co-mentions
// that say nothing the graph does not already say are dropped
// (fallbackCoMentions):
//   - two names the sentence's own statements (typed, open, through an
//     event it states) join directly or through one other name or event
//     ("Soleimani was killed in a U.S. drone strike at Baghdad airport":
//     Soleimani and the United States meet at the strike), so the pair
//     stays within two steps, as kg path and the eval's linked pairs read;
//   - two items of one list of three or more ("Britain, France and
//     Germany urged Iran"): each is still co-mentioned with the rest of
//     the sentence, so the items stay two steps apart through it;
//   - the wire credited in a dateline ("KERMAN, Iran (AP) —"), which
//     filed the story and is in none of it.

// coMentionReach is how many statements of a sentence may join two names
// for it to write no co-mention of them.
const coMentionReach = 2

// fallbackCoMentions returns the document's statements without the
// co-mentions its sentences join otherwise. ms are the document's
// mentions.
func fallbackCoMentions(doc schema.Document, ms []schema.Mention) []schema.Statement {
	joined := sentenceGraphs(doc.Statements)
	listed := listPairs(doc, ms)
	credited := creditedWires(doc, ms)
	return slices.DeleteFunc(doc.Statements, func(st schema.Statement) bool {
		if st.Predicate.Name != MentionedWith.Name {
			return false
		}
		a, b := st.Subject, st.Object
		if b < a {
			a, b = b, a
		}
		return listed[sentencePair{st.Sentence, a, b}] || credited[sentenceEntity{st.Sentence, a}] ||
			credited[sentenceEntity{st.Sentence, b}] || joined[st.Sentence].within(a, b, coMentionReach)
	})
}

// sentencePair is a pair of entities (the smaller id first) in a sentence.
type sentencePair struct {
	sentence int
	a, b     string
}

// sentenceEntity is an entity named in a sentence.
type sentenceEntity struct {
	sentence int
	id       string
}

// neighbours are the entities a sentence's statements join, both ways.
type neighbours map[string][]string

// sentenceGraphs gives each sentence the graph of its statements between
// two entities, co-mentions and attributes left out.
func sentenceGraphs(sts []schema.Statement) map[int]neighbours {
	out := map[int]neighbours{}
	for _, st := range sts {
		if st.Predicate.IsAttribute() || st.Predicate.Name == MentionedWith.Name || st.Subject == st.Object {
			continue
		}
		g := out[st.Sentence]
		if g == nil {
			g = neighbours{}
			out[st.Sentence] = g
		}
		g[st.Subject] = append(g[st.Subject], st.Object)
		g[st.Object] = append(g[st.Object], st.Subject)
	}
	return out
}

// within reports whether b is at most steps statements from a.
func (g neighbours) within(a, b string, steps int) bool {
	if g[a] == nil || g[b] == nil {
		return false
	}
	seen := map[string]bool{a: true}
	frontier := []string{a}
	for ; steps > 0 && len(frontier) > 0; steps-- {
		var next []string
		for _, x := range frontier {
			for _, y := range g[x] {
				if y == b {
					return true
				}
				if !seen[y] {
					seen[y] = true
					next = append(next, y)
				}
			}
		}
		frontier = next
	}
	return false
}

// listPairs are the pairs of items of one list of three names or more in
// a sentence, names separated by nothing but a comma, "and" or "or":
// "Britain, France and Germany". A name inside another ("U.S." in "U.S.
// Embassy") is no item.
func listPairs(doc schema.Document, ms []schema.Mention) map[sentencePair]bool {
	ms = slices.Clone(ms)
	sort.SliceStable(ms, func(i, j int) bool {
		return ms[i].Sentence < ms[j].Sentence || ms[i].Sentence == ms[j].Sentence && ms[i].Start < ms[j].Start
	})
	out := map[sentencePair]bool{}
	var run []schema.Mention
	flush := func() {
		for i := 0; len(run) >= 3 && i < len(run); i++ {
			for _, o := range run[i+1:] {
				a, b := run[i].Entity, o.Entity
				if b < a {
					a, b = b, a
				}
				out[sentencePair{o.Sentence, a, b}] = true
			}
		}
		run = run[:0]
	}
	for i, m := range ms {
		if i > 0 && m.Sentence == ms[i-1].Sentence && m.Start < run[len(run)-1].End {
			continue // inside the item before
		}
		if len(run) > 0 && !listGap(doc, run[len(run)-1], m) {
			flush()
		}
		run = append(run, m)
	}
	flush()
	return out
}

// listGap reports whether mentions a and b of a sentence are separated by
// a list's comma or conjunction alone.
func listGap(doc schema.Document, a, b schema.Mention) bool {
	s, ok := doc.Sentence(a.Sentence)
	if !ok || b.Sentence != a.Sentence || a.End < s.Start || b.Start > s.End || a.End > b.Start {
		return false
	}
	switch strings.TrimSpace(s.Text[a.End-s.Start : b.Start-s.Start]) {
	case ",", "and", ", and", "or", ", or":
		return a.Entity != b.Entity
	}
	return false
}

// creditedWires are the entities a sentence names only as the wire its
// dateline credits, in parentheses: "(Reuters)" in "KYIV/TEHRAN (Reuters)
// -".
func creditedWires(doc schema.Document, ms []schema.Mention) map[sentenceEntity]bool {
	credited, elsewhere := map[sentenceEntity]bool{}, map[sentenceEntity]bool{}
	ends := map[int]int{} // sentence -> where its dateline ends, 0 for none
	for _, m := range ms {
		k := sentenceEntity{m.Sentence, m.Entity}
		s, ok := doc.Sentence(m.Sentence)
		if !ok || m.Start <= s.Start || m.Start > s.End {
			elsewhere[k] = true
			continue
		}
		end, seen := ends[m.Sentence]
		if !seen {
			end = datelineEnd(s.Text)
			ends[m.Sentence] = end
		}
		if at := m.Start - s.Start; at < end && s.Text[at-1] == '(' {
			credited[k] = true
		} else {
			elsewhere[k] = true
		}
	}
	for k := range elsewhere {
		delete(credited, k)
	}
	return credited
}
