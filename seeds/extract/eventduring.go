package extract

import (
	"slices"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Events told as happening during another: "a stampede during
// Soleimani's burial in Kerman", "a stampede at the funeral procession",
// "At his burial in Kerman on Tuesday, a stampede killed 56 mourners".
// The one happened when and where the other did: an undated mention
// takes the host's day (anchoredDay), and one that names no place of its
// own the host's place (placeDuring).

// duringWords join an event to the one it happened during.
var duringWords = defaultRules.mustList("duringWords")

// hostOf reports whether the event mention host is the event the mention
// m happened during, in the sentence s: host follows m with only a
// during word between them ("a stampede during the procession"), or the
// sentence opens with a during word and host ("At his burial ...") and m
// opens the clause after the comma that closes that phrase: in "At the
// burial, officials said a stampede ...", the burial is where they spoke.
func hostOf(s schema.Sentence, m, host schema.Mention, events []schema.Mention) bool {
	if host.Entity == m.Entity || m.Start < s.Start || host.Start < s.Start || m.End-s.Start > len(s.Text) || host.End-s.Start > len(s.Text) {
		return false
	}
	if host.Start >= m.End {
		return duringLink(s.Text[m.End-s.Start : host.Start-s.Start])
	}
	if !duringLink(s.Text[:host.Start-s.Start]) || host.End > m.Start {
		return false
	}
	between := s.Text[host.End-s.Start : m.Start-s.Start]
	for _, o := range events {
		if o.Entity != m.Entity && o.Entity != host.Entity && o.Start >= host.End && o.End <= m.Start {
			return false
		}
	}
	comma := strings.LastIndex(between, ",")
	return comma >= 0 && strings.TrimSpace(between[comma+1:]) == "" && strings.Count(between, ",") == 1 && !strings.ContainsAny(between, ";:")
}

// duringLink reports whether the words between two event mentions say
// the first happened during the second: a during word, maybe with a
// determiner or a possessive of the second ("during the procession", "at
// Soleimani's funeral").
func duringLink(between string) bool {
	words := strings.Fields(strings.ToLower(between))
	if len(words) == 0 || len(words) > 2 || !duringWords[words[0]] {
		return false
	}
	return len(words) == 1 || determiners[words[1]] || strings.HasSuffix(words[1], "'s") || strings.HasSuffix(words[1], "’s")
}

// placeDuring gives each event the document names happening during
// another (hostOf) the host's place, where its mention's sentence names
// none of its own: "a stampede during Soleimani's burial in his hometown
// of Kerman" happened in Kerman.
func (d *docRun) placeDuring(ix *eventIndex) {
	doc := &d.res.Document
	sents := make([]int, 0, len(ix.mentions))
	for sent := range ix.mentions {
		sents = append(sents, sent)
	}
	slices.Sort(sents)
	for _, sent := range sents {
		events := ix.mentions[sent]
		s, ok := doc.Sentence(sent)
		if !ok {
			continue
		}
		for _, m := range events {
			if d.hasPlace(ix, m.Entity) {
				continue
			}
			for _, host := range events {
				place := d.placeOf(ix, host.Entity)
				if place == "" || !hostOf(s, m, host, events) {
					continue
				}
				st := schema.Statement{Subject: m.Entity, Predicate: mustPredicate("locatedIn"), Object: place,
					Evidence: schema.Evidence{Sentence: sent, Origin: schema.Extracted, Confidence: 0.6}}
				doc.Statements = append(doc.Statements, st)
				ix.about[m.Entity] = append(ix.about[m.Entity], st)
				delete(ix.places, m.Entity)
				break
			}
		}
	}
}

// hasPlace reports whether the document states where an event happened
// or what place it struck.
func (d *docRun) hasPlace(ix *eventIndex, event string) bool {
	return slices.ContainsFunc(ix.about[event], func(st schema.Statement) bool {
		return (st.Predicate.Name == "locatedIn" || st.Predicate.Name == "targeted") && ix.isType(d, st.Object, placeTypes)
	})
}

// placeOf is where the document says an event happened: its locatedIn
// statement, or else the one place its mentions' clauses name ("his
// burial in his hometown of Kerman"), or "".
func (d *docRun) placeOf(ix *eventIndex, event string) string {
	for _, st := range ix.about[event] {
		if st.Predicate.Name == "locatedIn" {
			return st.Object
		}
	}
	if places := d.mentionPlaces(ix, event); len(places) == 1 {
		return places[0]
	}
	return ""
}
