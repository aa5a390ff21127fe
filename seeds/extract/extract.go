// Package extract reads a news article and finds what kg needs from it: the
// entities it names (known ones by name, alias and spelling variant; new ones
// from capitalised spans, typed from context and patterns), typed relations
// from patterns over each sentence, a co-mention link between every pair of
// entities named in one sentence, and dates of events. It returns a
// schema.Document of extracted statements, so extracted and curated facts
// take one path into the store.
//
// Extraction is offline and deterministic: the same text and the same known
// entities give the same document. It never fails on text: empty, binary or
// odd input yields a document with fewer facts, and Extract only returns an
// error when the context is cancelled.
//
// No statistical tagger is used. github.com/jdkato/prose/v2 was measured on
// the seed article: its NER found the same capitalised spans the
// gazetteer and the capitalisation rules find, typed Kataib Hezbollah and
// Twitter PERSON and the Trump Administration FACILITY, and took about 300
// ms per article (120 ms for tagging alone) against under 5 ms for this
// package, so spans and types come from the gazetteer, head words, context
// and patterns.
package extract

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds/article"
)

// Options tune an Extractor.
type Options struct {
	// Descriptive lets descriptive aliases of known entities ("the
	// embassy") match; right for the article the aliases were written
	// for.
	Descriptive bool
	// Describe makes entities of descriptions ("Iranian-backed militias",
	// "five sites", "the siege") and of events stated by verbs ("Trump's
	// threat against Iran"), as curated annotations do. Without a curated
	// annotation to align them with, they are left out: a new article's
	// descriptions are not names.
	Describe bool
	// NoWorld leaves out the built-in list of well-known places and groups.
	NoWorld bool
	// Rules are the relation rules and verbs to apply; nil means the
	// built-in ones (DefaultRules).
	Rules *Rules
}

// Extractor finds entities and relations in articles. It holds no state
// between calls; one Extractor may serve many articles, one at a time or
// concurrently.
type Extractor struct {
	known  []schema.Entity // the caller's entities and the World list
	caller map[string]bool // ids of the caller's entities
	opt    Options
	rules  *Rules
	trace  map[int][]string // for tests: the rules behind each statement
}

// New returns an Extractor that knows the given entities (from the store or
// a curated annotation) and, unless opt.NoWorld, the built-in World list.
func New(known []schema.Entity, opt Options) *Extractor {
	k := known
	if !opt.NoWorld {
		k = MergeKnown(known, World())
	}
	caller := map[string]bool{}
	for _, e := range known {
		caller[e.ID] = true
	}
	rules := opt.Rules
	if rules == nil {
		rules = DefaultRules()
	}
	return &Extractor{known: k, caller: caller, opt: opt, rules: rules}
}

// Result is what Extract found.
type Result struct {
	// Document holds the sentences, the statements (Origin Extracted) and
	// the definitions of entities that were not known before: new names,
	// and entries of the World list the caller did not know.
	Document schema.Document
	Mentions []schema.Mention
	// Known lists the ids of known entities the document mentions.
	Known []string
}

// Input is one article to read.
type Input struct {
	ID    string // document id
	Raw   string // the article's text
	Title string // overrides the title the text gives, if set
	Date  string // publication date, YYYY-MM-DD; dates without a year and weekdays are read against it
}

// Extract reads an article and returns what it states.
func (x *Extractor) Extract(ctx context.Context, in Input) (Result, error) {
	doc := article.Parse(in.ID, in.Raw)
	if in.Title != "" {
		doc.Title = in.Title
	}
	return x.ExtractDocument(ctx, doc, in.Date)
}

// sentence is one sentence ready for matching.
type sentence struct {
	art  schema.Sentence
	toks []token
}

// ExtractDocument extracts from an already split article published on date
// (YYYY-MM-DD, or "").
func (x *Extractor) ExtractDocument(ctx context.Context, doc schema.Document, date string) (Result, error) {
	res := Result{Document: schema.Document{ID: doc.ID, Title: doc.Title, Date: date, Sentences: doc.Sentences}}
	ref, _ := time.Parse("2006-01-02", date)
	known := map[string]bool{}
	for _, e := range x.known {
		known[e.ID] = true
	}
	g := NewGazetteer(x.known, GazetteerOptions{Descriptive: x.opt.Descriptive})
	// Which entities the caller knows (the World list is ours).
	callerKnows := x.caller

	var sents []sentence
	for _, s := range doc.Sentences {
		if s.Text == "" {
			continue
		}
		sents = append(sents, sentence{art: s, toks: tokenize(s.Text)})
	}
	midCaps := midSentenceCaps(sents)

	// Pass 1: find names the gazetteer does not know and make entities of
	// them.
	newEnts := newEntities{g: g, byKey: map[string]*candidate{}, midCaps: midCaps}
	countries := map[string]int{}       // country id -> mentions
	otherNames := map[string][]string{} // known id -> names the document gives it
	tails := shortNames(sents, g)
	for k, id := range firstLast(g) {
		if _, ok := tails[k]; !ok {
			tails[k] = id
		}
	}
	bodies := map[string]string{} // body noun -> the country whose body the document names first
	coref := corefState{heads: map[string]string{}, titles: map[string]string{}}
	knownAliases := map[string][]string{}
	virtual := map[int][]description{} // by sentence index
	for _, s := range sents {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("extract %s: %w", doc.ID, err)
		}
		ms := g.match(s.art.Text, s.toks)
		for _, m := range ms {
			if e, _ := g.Lookup(m.Entity); e.Type == "Country" {
				countries[m.Entity]++
			}
		}
		for _, b := range bodyRefs(s.toks, ms, g) {
			if _, ok := bodies[b.Noun]; !ok || bodies[b.Noun] == "" {
				bodies[b.Noun] = b.Country
			}
		}
		if s.art.Index == 0 && titleCase(s.toks) {
			continue // a headline's capitals say nothing about names
		}
		for _, c := range candidates(s.art.Text, s.toks, ms, g, midCaps, x.opt.Describe) {
			if c.known == "" {
				c.known = tails[nameKey(c.Name)]
			}
			if c.known != "" {
				otherNames[c.known] = append(otherNames[c.known], c.Name)
				continue
			}
			newEnts.add(c)
		}
	}
	for _, id := range sortedIDs(otherNames) {
		g.Add(schema.Entity{ID: id, Aliases: otherNames[id]})
	}
	// A bare "parliament" is the one the document names, or that of the
	// country it is about.
	for _, noun := range sortedIDs(bodies) {
		if bodies[noun] == "" && noun == "parliament" {
			// The United States has a Congress, not a parliament.
			delete(countries, "united-states")
			bodies[noun] = mainCountry(countries)
		}
		if bodies[noun] != "" {
			newEnts.add(candidate{Name: bodyName(noun, mustName(g, bodies[noun])), Type: "GovernmentBody", confidence: 2})
		}
	}
	for _, e := range newEnts.entities() {
		g.Add(e)
		res.Document.Entities = append(res.Document.Entities, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}

	// Pass 1b: descriptions, now that names are known.
	if x.opt.Describe {
		descs := newEntities{g: g, byKey: map[string]*candidate{}, ids: newEnts.ids}
		for _, s := range sents {
			ms := g.match(s.art.Text, s.toks)
			for _, d := range describe(s.art.Text, s.toks, ms, g, &coref) {
				if d.virtual {
					virtual[s.art.Index] = append(virtual[s.art.Index], d)
				}
				switch {
				case d.ref == "":
					descs.add(d.candidate)
				case strings.HasPrefix(d.ref, "id:"):
					id := strings.TrimPrefix(d.ref, "id:")
					knownAliases[id] = append(knownAliases[id], d.Name)
				default:
					if c, ok := descs.byKey[strings.TrimPrefix(d.ref, "key:")]; ok {
						c.Aliases = append(c.Aliases, d.Name)
					}
				}
			}
			noteMentions(&coref, s, ms, g)
		}
		for _, id := range sortedIDs(knownAliases) {
			g.Add(schema.Entity{ID: id, Aliases: knownAliases[id]})
			for i, e := range res.Document.Entities {
				if e.ID == id {
					res.Document.Entities[i].Aliases = append(e.Aliases, knownAliases[id]...)
				}
			}
		}
		for _, e := range descs.entities() {
			g.Add(e)
			newEnts.ids[e.ID] = true
			res.Document.Entities = append(res.Document.Entities, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
		}
	}

	// Without descriptions of its own, the extractor still reads "the
	// strike", "the embassy", "the President" as the entity last named
	// with that head or title, without making them names of it.
	refers := map[int][]description{} // by sentence index
	if !x.opt.Describe {
		for _, s := range sents {
			ms := g.match(s.art.Text, s.toks)
			for _, d := range describe(s.art.Text, s.toks, ms, g, &coref) {
				if strings.HasPrefix(d.ref, "id:") && d.To > d.From {
					refers[s.art.Index] = append(refers[s.art.Index], d)
				}
			}
			noteMentions(&coref, s, ms, g)
		}
	}

	// Pass 1c: events stated by verbs.
	reified := map[int][]reification{} // by sentence index
	if x.opt.Describe {
		for _, s := range sents {
			ms := g.match(s.art.Text, s.toks)
			ms = append(ms, nested(s, ms, g)...)
			sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
			for _, r := range reify(s, ms, g) {
				if _, known := g.Match(r.Name); !known {
					id := newEnts.freeID(Slug(r.Name))
					if id == "" {
						continue
					}
					newEnts.ids[id] = true
					e := schema.Entity{ID: id, Type: "Event", Name: r.Name}
					g.Add(e)
					res.Document.Entities = append(res.Document.Entities, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name})
				}
				reified[s.art.Index] = append(reified[s.art.Index], r)
			}
		}
	}

	// Pass 2: every mention, then relations sentence by sentence.
	mentioned := map[string]bool{}
	rel := relations{g: g, seen: map[string]int{}, docDate: ref, rules: x.rules, trace: x.trace}
	lastPerson, sentenceHasPerson := "", false
	var recent []string // entities the sentence before named, in order
	for _, s := range sents {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("extract %s: %w", doc.ID, err)
		}
		ms := g.match(s.art.Text, s.toks)
		var evs []phrase
		eventAt := make([]string, len(s.toks)) // token -> the known event a mention of it covers
		inSentence := map[string]bool{}
		for _, m := range ms {
			inSentence[m.Entity] = true
			if e, _ := g.Lookup(m.Entity); e.Type == "Event" {
				for k := m.From; k < m.To; k++ {
					eventAt[k] = m.Entity
				}
			}
		}
		for _, p := range eventPhrases(s.art.Text, s.toks, g) {
			e, ok := g.Match(p.Name)
			if !ok || e.Type != "Event" || eventAt[p.Noun] != "" && eventAt[p.Noun] != e.ID {
				continue
			}
			if !inSentence[e.ID] {
				inSentence[e.ID] = true
				ms = append(ms, mention{Entity: e.ID, From: p.From, To: p.To, Start: s.toks[p.From].Start, End: s.toks[p.To-1].End, Text: s.art.Text[s.toks[p.From].Start:s.toks[p.To-1].End]})
			}
			p.Name = e.ID
			evs = append(evs, p)
		}
		ms = append(ms, nested(s, ms, g)...)
		taken := make([]bool, len(s.toks))
		for _, m := range ms {
			for k := m.From; k < m.To; k++ {
				taken[k] = true
			}
		}
		for _, b := range bodyRefs(s.toks, ms, g) {
			c := b.Country
			if c == "" {
				c = bodies[b.Noun]
			}
			e, ok := g.Match(bodyName(b.Noun, mustName(g, c)))
			if c == "" || !ok || taken[b.To-1] {
				continue
			}
			taken[b.To-1] = true
			ms = append(ms, mention{Entity: e.ID, From: b.From, To: b.To, Start: s.toks[b.From].Start, End: s.toks[b.To-1].End, Text: s.art.Text[s.toks[b.From].Start:s.toks[b.To-1].End]})
		}
		for _, d := range refers[s.art.Index] {
			if taken[d.From] || taken[d.To-1] {
				continue
			}
			ms = append(ms, mention{Entity: strings.TrimPrefix(d.ref, "id:"), From: d.From, To: d.To, Start: s.toks[d.From].Start, End: s.toks[d.To-1].End, Text: s.art.Text[s.toks[d.From].Start:s.toks[d.To-1].End]})
		}
		var groupOf [][2]string // leaders, group
		for _, d := range virtual[s.art.Index] {
			if e, ok := g.Match(d.Name); ok {
				ms = append(ms, mention{Entity: e.ID, From: d.From, To: d.To, Start: s.toks[d.From].Start, End: s.toks[d.To-1].End, Text: s.art.Text[s.toks[d.From].Start:s.toks[d.To-1].End]})
				if d.group != "" {
					groupOf = append(groupOf, [2]string{e.ID, d.group})
				}
			}
		}
		for _, r := range reified[s.art.Index] {
			if e, ok := g.Match(r.Name); ok {
				t := s.toks[r.Verb]
				ms = append(ms, mention{Entity: e.ID, From: r.Verb, To: r.Verb + 1, Start: t.Start, End: t.End, Text: t.Text})
			}
		}
		// "He", "She" opening a sentence: the person the last sentence
		// naming one named first.
		if len(s.toks) > 0 && s.art.Index > 0 && lastPerson != "" && (s.toks[0].Key == "he" || s.toks[0].Key == "she") && s.toks[0].Cap {
			t := s.toks[0]
			ms = append(ms, mention{Entity: lastPerson, From: 0, To: 1, Start: t.Start, End: t.End, Text: t.Text})
		}
		// A new article's "his", "the alliance": the last person, the
		// last group of the kind, named in this or the sentence before.
		// They link by co-mention only.
		var weak []mention
		if !x.opt.Describe {
			weak = references(s, ms, g, recent, lastPerson)
		}
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		for _, m := range ms {
			if e, _ := g.Lookup(m.Entity); e.Type == "Person" {
				if !sentenceHasPerson {
					lastPerson = m.Entity
				}
				sentenceHasPerson = true
			}
		}
		sentenceHasPerson = false
		recent = recent[:0]
		for _, m := range ms {
			res.Mentions = append(res.Mentions, schema.Mention{Sentence: s.art.Index, Start: s.art.Start + m.Start, End: s.art.Start + m.End, Text: m.Text, Entity: m.Entity})
			mentioned[m.Entity] = true
			recent = append(recent, m.Entity)
		}
		for _, w := range weak {
			res.Mentions = append(res.Mentions, schema.Mention{Sentence: s.art.Index, Start: s.art.Start + w.Start, End: s.art.Start + w.End, Text: w.Text, Entity: w.Entity})
			mentioned[w.Entity] = true
			for _, m := range ms {
				a, b := w.Entity, m.Entity
				if b < a {
					a, b = b, a
				}
				rel.add(a, "mentionedWith", b, s.art.Index, 0.5)
			}
		}
		rel.sentence(s, ms, doc)
		for _, p := range groupOf {
			rel.add(p[1], "reportsTo", p[0], s.art.Index, 0.6)
		}
		for _, r := range reified[s.art.Index] {
			e, ok := g.Match(r.Name)
			if !ok {
				continue
			}
			for _, t := range r.Rels {
				subj, obj := t[0], t[2]
				if subj == "" {
					subj = e.ID
				}
				if obj == "" {
					obj = e.ID
				}
				rel.add(subj, t[1], obj, s.art.Index, 0.6)
			}
		}
		for _, p := range evs {
			switch p.Pred {
			case "targeted":
				rel.add(p.Name, "targeted", p.Anchor, s.art.Index, 0.75)
				rel.add(p.Anchor, "killedIn", p.Name, s.art.Index, 0.75)
			case "conducted":
				rel.add(p.Anchor, "conducted", p.Name, s.art.Index, 0.7)
				if p.Target != "" {
					rel.add(p.Name, "targeted", p.Target, s.art.Index, 0.7)
				}
			}
		}
	}
	res.Document.Statements = rel.out

	// World entities the caller did not know are new to it: define them.
	for _, id := range sortedIDs(mentioned) {
		if callerKnows[id] {
			res.Known = append(res.Known, id)
			continue
		}
		if _, isNew := newEnts.ids[id]; isNew {
			continue
		}
		e, _ := g.Lookup(id)
		res.Document.Entities = append(res.Document.Entities, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
	// Entities nobody mentions in pass 2 (a candidate swallowed by a longer
	// match) are not defined.
	kept := res.Document.Entities[:0]
	for _, e := range res.Document.Entities {
		if mentioned[e.ID] {
			kept = append(kept, e)
		}
	}
	res.Document.Entities = kept
	sort.Slice(res.Document.Entities, func(i, j int) bool { return res.Document.Entities[i].ID < res.Document.Entities[j].ID })
	return res, nil
}

// midSentenceCaps collects the keys of words written with a capital
// somewhere other than at the start of a sentence: evidence that a
// sentence-initial word is a name.
func midSentenceCaps(sents []sentence) map[string]int {
	out := map[string]int{}
	for _, s := range sents {
		if s.art.Index == 0 {
			continue // headlines capitalise everything
		}
		for i, t := range s.toks {
			if i > 0 && t.Cap && !s.toks[i].Break {
				out[t.Key]++
			}
		}
	}
	return out
}

// Slug turns a name into an entity id: lower case ASCII letters and digits
// joined by hyphens.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range schema.FoldName(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r > 127:
			if r2, ok := asciiFold[r]; ok {
				if dash && b.Len() > 0 {
					b.WriteByte('-')
				}
				dash = false
				b.WriteString(r2)
			} else {
				dash = true
			}
		default:
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	return b.String()
}

var asciiFold = map[rune]string{'ā': "a", 'ī': "i", 'ū': "u", 'ē': "e", 'ō': "o", 'ã': "a", 'õ': "o", 'å': "a", 'ø': "o", 'ı': "i", 'ş': "s", 'ğ': "g", 'ž': "z", 'š': "s", 'č': "c", 'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'í': "i", 'ï': "i", 'î': "i", 'ó': "o", 'ö': "o", 'ô': "o", 'ú': "u", 'ü': "u", 'û': "u", 'ç': "c", 'ñ': "n", 'ß': "ss"}

// titleCase reports whether most words of a sentence are capitalised, as in
// headlines.
func titleCase(toks []token) bool {
	caps, words := 0, 0
	for _, t := range toks {
		if len(t.Key) < 4 {
			continue // short function words are lower case in headlines
		}
		words++
		if t.Cap {
			caps++
		}
	}
	return words >= 1 && caps*10 >= words*7
}

// nested finds the entities named inside the name of a known event: "the
// rocket attack on K-1 Air Base" mentions the base too.
func nested(s sentence, ms []mention, g *Gazetteer) []mention {
	var out []mention
	for _, m := range ms {
		if e, _ := g.Lookup(m.Entity); m.To-m.From < 3 || e.Type != "Event" && !isDescriptive(m.Text) {
			continue
		}
		id := m.Entity
		for _, n := range g.matchWhere(s.art.Text, s.toks[m.From:m.To], func(e schema.Entity) bool { return e.Type == "Event" || e.ID == id }) {
			n.From += m.From
			n.To += m.From
			out = append(out, n)
		}
	}
	return out
}

func schemaIsA(t, want string) bool { return schema.IsA(t, want) }

// noteMentions records the heads and titles of a sentence's mentions for
// the descriptions of later sentences.
func noteMentions(coref *corefState, s sentence, ms []mention, g *Gazetteer) {
	for _, m := range ms {
		e, _ := g.Lookup(m.Entity)
		coref.note(nameHead(e.Name), "id:"+e.ID)
		if e.Type == "Person" {
			for k := max(m.From-1, 0); k < m.To; k++ {
				if personTitles[s.toks[k].Key] {
					coref.titles[s.toks[k].Key] = "id:" + e.ID
				}
			}
		}
	}
}

// mainCountry is the country a document names most, the first in id order
// on a tie; "" if it names none.
func mainCountry(counts map[string]int) string {
	best := ""
	for _, id := range sortedIDs(counts) {
		if best == "" || counts[id] > counts[best] {
			best = id
		}
	}
	return best
}

// shortNames maps the short forms of the known people and groups a
// document names in full to them: a surname ("Esper" for Mark Esper), or
// the head of a group's name ("the Guards" for the Revolutionary Guards).
// A short form two of them share is left out.
func shortNames(sents []sentence, g *Gazetteer) map[string]string {
	out := map[string]string{}
	seen := map[string]bool{}
	for _, s := range sents {
		for _, m := range g.match(s.art.Text, s.toks) {
			if seen[m.Entity] {
				continue
			}
			seen[m.Entity] = true
			e, _ := g.Lookup(m.Entity)
			var short []string
			switch {
			case e.Type == "Person":
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					if !isDescriptive(n) {
						short = append(short, surnames(n)...)
					}
				}
			case e.Type != "Country" && schemaIsA(e.Type, "Organization") || e.Type == "MilitaryUnit":
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					toks := tokenize(n)
					if len(toks) >= 2 && capHeads[toks[len(toks)-1].Key] != "" && !isDescriptive(n) {
						last := toks[len(toks)-1].Key
						short = append(short, last, schema.Singular(last))
					}
				}
			}
			for _, k := range short {
				if _, known := g.byKey[k]; known || k == "" {
					continue
				}
				if id, ok := out[k]; ok && id != e.ID {
					out[k] = ""
					continue
				}
				out[k] = e.ID
			}
		}
	}
	for k, id := range out {
		if id == "" {
			delete(out, k)
		}
	}
	return out
}

// refNouns are the heads of definite descriptions that, in a new article,
// stand for a group named just before, with the types they may stand for.
var refNouns = map[string][]string{
	"alliance": {"Organization"}, "coalition": {"Organization"}, "bloc": {"Organization"}, "organization": {"Organization"},
	"organisation": {"Organization"}, "movement": {"Organization"}, "party": {"Organization"}, "agency": {"Organization"},
	"group": {"ArmedGroup", "Organization"}, "militia": {"ArmedGroup"},
	"force": {"MilitaryUnit"}, "guards": {"MilitaryUnit"}, "corps": {"MilitaryUnit"},
	"ministry": {"GovernmentBody"}, "department": {"GovernmentBody"},
}

// references finds, in a sentence of a new article, "the alliance" (the
// last entity of a fitting type named in this sentence or the one before,
// recent) and "his", "her", "he", "she" in a sentence that names no person
// (the last person named, lastPerson).
func references(s sentence, ms []mention, g *Gazetteer, recent []string, lastPerson string) []mention {
	toks := s.toks
	taken := make([]bool, len(toks))
	hasPerson := false
	for _, m := range ms {
		for k := m.From; k < m.To && k < len(toks); k++ {
			taken[k] = true
		}
		if e, _ := g.Lookup(m.Entity); e.Type == "Person" {
			hasPerson = true
		}
	}
	var out []mention
	mk := func(id string, from, to int) mention {
		return mention{Entity: id, From: from, To: to, Start: toks[from].Start, End: toks[to-1].End, Text: s.art.Text[toks[from].Start:toks[to-1].End]}
	}
	pronoun := false
	for i, t := range toks {
		switch t.Key {
		case "his", "her", "he", "she", "him":
			if !hasPerson && !pronoun && lastPerson != "" && !taken[i] && !(i == 0 && (t.Key == "he" || t.Key == "she")) {
				out = append(out, mk(lastPerson, i, i+1))
				pronoun = true
			}
			continue
		}
		types, ok := refNouns[t.Key]
		if !ok || i == 0 || toks[i-1].Key != "the" || taken[i] || t.Cap || t.Break {
			continue
		}
		if i+1 < len(toks) && !toks[i+1].Break && (toks[i+1].Cap || toks[i+1].Key == "of" || toks[i+1].Hyph) {
			continue // the group of ..., a name
		}
		// This sentence's mentions before it, then the last sentence's.
		var cands []string
		for _, m := range ms {
			if m.To <= i-1 {
				cands = append(cands, m.Entity)
			}
		}
		cands = append(recent[:len(recent):len(recent)], cands...)
		for k := len(cands) - 1; k >= 0; k-- {
			e, _ := g.Lookup(cands[k])
			if e.Type != "Country" && isAny(e.Type, types) {
				out = append(out, mk(e.ID, i-1, i+1))
				break
			}
		}
	}
	return out
}

// firstLast maps the first and last names of the known people with three
// names or more to them: "Mohammed Allawi" is Mohammed Tawfiq Allawi. A
// pair two of them share is left out.
func firstLast(g *Gazetteer) map[string]string {
	out := map[string]string{}
	for _, e := range g.entities {
		if e.Type != "Person" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			toks := tokenize(n)
			if len(toks) < 3 || isDescriptive(n) || titleWords[toks[0].Key] {
				continue
			}
			k := joinKeys([]token{toks[0], toks[len(toks)-1]})
			if strings.Count(k, " ") != 1 {
				continue
			}
			if _, known := g.byKey[k]; known {
				continue
			}
			if id, ok := out[k]; ok && id != e.ID {
				out[k] = ""
				continue
			}
			out[k] = e.ID
		}
	}
	for k, id := range out {
		if id == "" {
			delete(out, k)
		}
	}
	return out
}
