package extract

import (
	"slices"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Speech across sentences: who says a sentence that names no source of
// its own. A quotation goes on in the sentences after the one that
// opened it (`"We will respond," Khamenei said. "They will regret
// it."`), and a quotation that opens with no speaker is said by the one
// the sentence closing it names (`"We are under sanctions. But we will
// not surrender," the president said.`). A subject that names no one,
// "the office added", "the group accused", "it said", is who spoke or
// was named just before (speakerReference).

// speakerBodies are nouns for a body that speaks, beside refNouns: "the
// charity said", "the monitor said", "the kingdom hopes".
var speakerBodies = defaultRules.mustList("speakerBodies")

// speechWindow is how many sentences back a reference to a speaker
// looks for who it means.
const speechWindow = 3

// speech is what the sentences read so far say of who speaks.
type speech struct {
	d          *docRun
	antecedent string   // the last person named: whom "he said" means
	quoted     []string // the sources of the sentence before, if it quoted them
	open       bool     // a quotation opened and did not close
	pending    []sentence
	// said and named are, for the last speechWindow sentences, newest
	// last, their sources and the entities their speakers' mentions name.
	said, named [][]string
	words       [][]token // the words each wrote
}

// attribute finds the sources of sentence s among its speakers and gives
// them to it; it returns them.
func (t *speech) attribute(s sentence, rel *relations, speakers []mention, mentioned map[string]bool) []string {
	srcs := rel.sources(s, speakers, t.antecedent)
	if len(srcs) == 0 {
		srcs = t.speakerReference(s, speakers)
	}
	srcs = t.oneSpeaker(s, srcs)
	text := strings.TrimSpace(s.art.Text)
	opens, closes, open := quoteMarks(text, t.open)
	inQuote := t.open || opens
	own := len(srcs) > 0
	switch {
	case own && closes:
		for _, p := range t.pending { // the quotation's speaker comes at its close
			t.d.attribute(p, srcs)
		}
	case !own && inQuote:
		srcs = t.quoted
		if open && (!t.open || len(srcs) == 0) {
			t.pending = append(t.pending, s) // a new quotation: its speaker may come at its close
		}
	}
	if !open {
		t.pending = nil
	}
	t.open = open
	t.quoted = nil
	if inQuote || closes {
		t.quoted = srcs
	}
	for _, id := range srcs {
		mentioned[id] = true // a capital's state speaks though only the city is named
	}
	t.remember(s, srcs, speakers)
	t.d.attribute(s, srcs)
	return srcs
}

// oneSpeaker keeps, of the persons a sentence whose subject is "he" or
// "she" says it is said by, the one who spoke last, where it is among
// them: in "X's spokesman, Y, said A. B, he added", "he" is Y, whom the
// last named and the subject of the sentence before may both not be.
func (t *speech) oneSpeaker(s sentence, srcs []string) []string {
	if len(srcs) < 2 || !slices.ContainsFunc(s.toks, func(k token) bool { return k.Key == "he" || k.Key == "she" }) {
		return srcs
	}
	person := func(id string) bool { e, _ := t.d.g.Lookup(id); return e.Type == "Person" }
	last := t.lastSaid(person)
	for _, id := range srcs {
		if !person(id) {
			return srcs
		}
	}
	if last == "" || !slices.Contains(srcs, last) {
		return srcs
	}
	return []string{last}
}

// remember keeps the sources, the named speakers and the words of the
// last speechWindow sentences.
func (t *speech) remember(s sentence, srcs []string, speakers []mention) {
	var named []string
	for _, m := range speakers {
		named = append(named, m.Entity)
	}
	t.said, t.named, t.words = append(t.said, srcs), append(t.named, named), append(t.words, s.toks)
	if len(t.said) > speechWindow {
		t.said, t.named, t.words = t.said[1:], t.named[1:], t.words[1:]
	}
}

// quoteMarks reads the quotation marks of a sentence's text, given
// whether a quotation was open before it: whether the text opens a
// quotation at its start, whether a mark in it closes one, and whether
// one is open at its end. A straight mark opens where a word follows it
// and a space or the start comes before it; a new paragraph opens its
// quotation again when one goes on.
func quoteMarks(text string, open bool) (opens, closes, after bool) {
	after = open
	for i, r := range text {
		var opening bool
		switch r {
		case '“':
			opening = true
		case '”':
		case '"':
			opening = i == 0 || strings.ContainsRune(" \t\n(—–-", rune(text[i-1]))
		default:
			continue
		}
		if opening {
			opens = opens || i == 0
			after = true
			continue
		}
		closes = closes || after
		after = false
	}
	return opens, closes, after
}

// speakerReference returns who says a sentence whose claim verb's
// subject names no one (referredSpeaker): for "it", the last body that
// spoke or opened a sentence; for a body's noun ("the group", "the
// ministry"), the last entity of its kind; for a voice's ("the office",
// "a spokesman", "the statement"), the last source; for a person's role
// ("the cleric"), the last person who spoke, or else the last named.
func (t *speech) speakerReference(s sentence, speakers []mention) []string {
	det, noun, ok := referredSpeaker(s.toks, speakers)
	if !ok {
		return nil
	}
	g := t.d.g
	typeOf := func(id string) string { e, _ := g.Lookup(id); return e.Type }
	body := func(id string) bool { return typeOf(id) != "Person" && schema.IsA(typeOf(id), "Agent") }
	if id := t.describedSpeaker(noun, typeOf); id != "" {
		return []string{id}
	}
	var id string
	switch {
	case noun == "it":
		if id = t.lastSaid(body); id == "" && len(t.named) > 0 && len(t.named[len(t.named)-1]) > 0 && body(t.named[len(t.named)-1][0]) {
			id = t.named[len(t.named)-1][0]
		}
	case refNouns[noun] != nil:
		fits := func(id string) bool { return refersTo(typeOf(id), refNouns[noun]) && typeOf(id) != "Country" }
		stateBody := slices.Contains(refNouns[noun], "GovernmentBody") || slices.Contains(refNouns[noun], "MilitaryUnit")
		// "Iran's foreign ministry said A. The ministry said B": the
		// state that spoke through an unnamed ministry says B too.
		id = recentFit(t.said, t.named, func(id string) bool { return fits(id) || stateBody && typeOf(id) == "Country" }, fits)
	case speakerBodies[noun]:
		id = recentFit(t.said, t.named, body, body)
	case (unnamedSpeakers[noun] || speakerProxies[noun]) && (det == "its" || det == "their"):
		id = recentFit(t.said, t.named, body, body) // "Its spokesman told AFP": the last body
	case unnamedSpeakers[noun] || speakerProxies[noun]:
		id = t.lastSaid(func(string) bool { return true })
	case officeHead(noun) && strings.ContainsAny(s.art.Text, `"“”`):
		// `"...," the president said.`: the person who spoke last, or
		// was named last; a role out of a quotation may be anyone's.
		if id = t.lastSaid(func(id string) bool { return typeOf(id) == "Person" }); id == "" {
			id = t.antecedent
		}
	}
	if id == "" {
		return nil
	}
	return []string{id}
}

// describedSpeaker returns who a noun means by how the text named them
// in the last sentences: the newest source or entity named whose name has
// the noun ("the fund" after the International Monetary Fund), or, for a
// noun that names no kind of body, the newest person who spoke in a
// sentence the noun describes them in ("the lawyer said" after "X's
// lawyer, Y, told reporters"); "" if none.
func (t *speech) describedSpeaker(noun string, typeOf func(string) string) string {
	if noun == "it" {
		return ""
	}
	named := func(id string) bool { e, _ := t.d.g.Lookup(id); return nameHasWord(e, noun) }
	if id := recentFit(t.said, t.named, named, named); id != "" {
		return id
	}
	if refNouns[noun] != nil || speakerBodies[noun] || unnamedSpeakers[noun] || speakerProxies[noun] {
		return ""
	}
	for k := len(t.said) - 1; k >= 0; k-- {
		if j := slices.IndexFunc(t.said[k], func(id string) bool { return typeOf(id) == "Person" }); j >= 0 && slices.ContainsFunc(t.words[k], func(w token) bool { return w.Key == noun }) {
			return t.said[k][j]
		}
	}
	return ""
}

// lastSaid is the newest source of the last sentences that fits, or
// "", the first a sentence names first.
func (t *speech) lastSaid(fits func(string) bool) string { return recentFit(t.said, nil, fits, nil) }

// recentFit walks the last sentences back from the newest and returns,
// in the first with one that fits, the first source that fitsSaid, or
// else the first entity named that fitsNamed (its subject as often as
// not); "" if none. named may be nil.
func recentFit(said, named [][]string, fitsSaid, fitsNamed func(string) bool) string {
	for k := len(said) - 1; k >= 0; k-- {
		if j := slices.IndexFunc(said[k], fitsSaid); j >= 0 {
			return said[k][j]
		}
		if named == nil {
			continue
		}
		if j := slices.IndexFunc(named[k], fitsNamed); j >= 0 {
			return named[k][j]
		}
	}
	return ""
}

// referredSpeaker returns the determiner and the head of the subject of
// a claim verb in toks that names no one: "it" ("It said"), or the noun of a phrase that
// opens with a determiner ("the office added", "In a statement, the
// group said", "..., a spokesman said."), at most three words long and
// opening the sentence or a clause. Phrases holding a mention of ms are
// the mentions' own.
func referredSpeaker(toks []token, ms []mention) (det, noun string, ok bool) {
	for j := range toks {
		if j > 0 && !toks[j].Break && toks[j-1].Key != "and" && toks[j-1].Key != "but" && !accordingBefore(toks, j) && !voiceFor(toks, j) || slices.ContainsFunc(ms, func(m mention) bool { return m.From <= j && j < m.To }) {
			continue
		}
		if toks[j].Key == "it" {
			if k := skipAdverbs(toks, j+1); k < len(toks) && !toks[k].Break && claimsAt(toks, k) {
				return "", "it", true
			}
			continue
		}
		if !determiners[toks[j].Key] {
			continue
		}
		according := accordingBefore(toks, j)
		for n := j + 1; n < len(toks) && n <= j+3 && !toks[n].Break && !toks[n].Cap && !slices.ContainsFunc(ms, func(m mention) bool { return m.From <= n && n < m.To }); n++ {
			if k := skipAdverbs(toks, n+1); according && speakerNoun(toks[n].Key) || k < len(toks) && !toks[k].Break && claimsAt(toks, k) {
				return toks[j].Key, toks[n].Key, true // "the office added", "according to the group itself"
			}
		}
	}
	return "", "", false
}

// speakerNoun reports whether a noun may name who speaks: a body's
// ("the group"), a voice's ("the spokesman") or a person's role ("the
// cleric").
func speakerNoun(k string) bool {
	return refNouns[k] != nil || speakerBodies[k] || unnamedSpeakers[k] || speakerProxies[k] || officeHead(k)
}

// voiceFor reports whether an unnamed voice and the preposition that
// joins it to its body come just before token j: "a spokesman for" in
// "a spokesman for the group said".
func voiceFor(toks []token, j int) bool {
	return j >= 2 && !toks[j].Break && !toks[j-1].Break && proxyPrepositions[toks[j-1].Key] && unnamedSpeakers[toks[j-2].Key]
}
