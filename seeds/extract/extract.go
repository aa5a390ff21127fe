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
	"regexp"
	"strings"
	"unicode/utf8"

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
	// Facts are statements the caller holds about the known entities (its
	// store's, a curated annotation's): who conducted a known event, what
	// it targeted, where its troops went, where places are. A mention
	// whose participants differ is not that event.
	Facts []schema.Statement
}

// IngestOptions are the options kg ingest reads a new article with: the
// built-in rules and World list, no descriptive aliases, no entities of
// descriptions. kg eval scores the seed with them too (EvaluateIngest), so
// the two cannot drift apart.
func IngestOptions() Options { return Options{} }

// Extractor finds entities and relations in articles. It holds no state
// between calls; one Extractor may serve many articles, one at a time or
// concurrently.
type Extractor struct {
	known  []schema.Entity // the caller's entities and the World list
	caller map[string]bool // ids of the caller's entities
	// roles are the participants of the known events, placedIn where
	// known places are, as opt.Facts state them.
	roles    map[string]eventRoles
	placedIn map[string][]string
	opt      Options
	rules    *Rules
	trace    map[string][]string // for tests: the rules behind each statement (traceKey)
	// lookups, for tests, adds up the entity lookups of each document
	// read (Gazetteer.lookups), a measure of the work done.
	lookups *int
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
	roles, placedIn := rolesOf(opt.Facts)
	return &Extractor{known: k, caller: caller, opt: opt, rules: rules, roles: roles, placedIn: placedIn}
}

// Result is what Extract found.
type Result struct {
	// Document holds the sentences, the statements (Origin Extracted) and
	// the definitions of entities that were not known before: new names,
	// and entries of the World list the caller did not know.
	Document schema.Document
	Mentions []schema.Mention
	// Seats are the mentions of capitals read as their states, the state
	// their Entity: "Washington" in "Washington blamed X" (the United
	// States), where Mentions has the city.
	Seats []schema.Mention
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

// midSentenceCaps collects the keys of words written with a capital
// somewhere other than at the start of a sentence: evidence that a
// sentence-initial word is a name.
func midSentenceCaps(sents []sentence) map[string]int {
	out := map[string]int{}
	for _, s := range sents {
		if s.art.Index == 0 || headlineLike(s) {
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

// aloneCaps collects the keys of capitalised words written as a name of
// their own, with no capitalised word joined to them on either side
// ("Katz said", "Katz's office"): a surname the text uses alone.
func aloneCaps(sents []sentence) map[string]bool {
	out := map[string]bool{}
	for _, s := range sents {
		if s.art.Index == 0 || headlineLike(s) {
			continue
		}
		for i, t := range s.toks {
			joinedBefore := i > 0 && !t.Break && s.toks[i-1].Cap && !s.toks[i-1].Poss
			joinedAfter := i+1 < len(s.toks) && !s.toks[i+1].Break && s.toks[i+1].Cap && !t.Poss
			if t.Cap && !joinedBefore && !joinedAfter {
				out[t.Key] = true
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

// headlineLike reports whether a sentence is a headline's: the title, or
// a line the text sets apart with no sentence's end, a subhead ("The
// Kurdish Question"), a section's label before the title ("Middle
// East"), a link to another story ("Related: Trump Threatens Iraq With
// Sanctions") or a title block with its byline, in most words
// capitalised; or one whose every word but the short ones is
// capitalised, a headline pasted with a full stop ("Mourners Pack
// Streets of Tehran."). Its capitals are no evidence of names.
func headlineLike(s sentence) bool {
	text := strings.TrimSpace(s.art.Text)
	last, _ := utf8.DecodeLastRuneInString(text)
	return (s.art.Index == 0 || !strings.ContainsRune(".!\"”'’:;", last)) && titleCase(s.toks) || !strings.Contains(text, ",") && allCapitalised(s.toks, 3)
}

// allCapitalised reports whether every word of a sentence is capitalised
// but the function words headlines write in lower case (headlineSmall),
// least of them at least: a headline's words, not a sentence's, whose verb
// is lower case ("The National Security Council met."), nor a list of
// names joined by "and" (headlineLike wants no comma either).
func allCapitalised(toks []token, least int) bool {
	caps := 0
	for _, t := range toks {
		switch {
		case t.Cap:
			caps++
		case !headlineSmall[t.Key]:
			return false
		}
	}
	return caps >= least
}

// headlineSmall are the words a headline writes in lower case.
var headlineSmall = defaultRules.mustList("headlineSmall")

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
		if e, _ := g.Lookup(m.Entity); m.To-m.From < 3 || e.Type != "Event" && e.Type != "Vehicle" && !isDescriptive(m.Text) {
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
	at := mentionsByStart(ms)
	for _, m := range ms {
		e, _ := g.Lookup(m.Entity)
		if e.Type == "Event" {
			own, general := eventRefWords(s.art.Text, s.toks, m, e)
			coref.plural = pluralEvent(s.toks[m.From:m.To])
			for _, w := range own {
				coref.note(w, "id:"+e.ID)
			}
			coref.plural = false
			for _, w := range general {
				coref.noteGeneral(w, "id:"+e.ID)
			}
			coref.lastEvent = "id:" + e.ID
			continue
		}
		coref.note(nameHead(e.Name), "id:"+e.ID)
		coref.notePlace("id:"+e.ID, placeAt(s.toks, m.To, at, g))
		// "Iranian proxies" makes "its proxies" the militias too.
		if last := s.toks[m.To-1].Key; m.To-m.From > 1 && nounTypes[last] != "" && headKey(last) != headKey(nameHead(e.Name)) {
			coref.note(last, "id:"+e.ID)
		}
		if e.Type == "Person" {
			for k := max(m.From-1, 0); k < m.To; k++ {
				if personTitles[s.toks[k].Key] {
					coref.titles[s.toks[k].Key] = "id:" + e.ID
				}
			}
		}
	}
	coref.noted++
}

// mentionsByStart maps each mention's first token to it.
func mentionsByStart(ms []mention) map[int]mention {
	at := make(map[int]mention, len(ms))
	for _, m := range ms {
		at[m.From] = m
	}
	return at
}

// eventRefWords are the words that, after "the", may stand for the event
// e a mention m of sentence text names: own, the nouns of its kind and its
// head ("the raids" after "U.S. air strikes"); general, the words of the
// general kind that covers it ("the attack"), in its number, none for an
// event the sentence's own answered (answered). "The strikes" after "the
// killing of X" is not the strike X was killed in: the kind is the one
// the text gives it, or for an event a verb states ("The United States
// struck five sites"), its name's.
func eventRefWords(text string, toks []token, m mention, e schema.Entity) (own, general []string) {
	kind := kindOf(defaultKinds, m.Text)
	if first, _, _ := strings.Cut(strings.ToLower(m.Text), " "); kind == "" && isEventVerb(m.Text) || isDemonstrative(first) {
		// "that attack" says no more of the rockets it points back at
		// than their own name does.
		kind = kindOf(defaultKinds, e.Name)
	}
	own = append(kindWords(defaultKinds, kind), kindHead(kind), nameHead(m.Text))
	if answered(text[:m.Start]) {
		return own, nil
	}
	for _, plural := range eventNumbers(toks[m.From:m.To]) {
		general = append(general, generalWords(defaultKinds, kind, plural)...)
	}
	return own, general
}

// reAnswered is the text before an event named as what the sentence's
// event answered, up to the end of its clause: "Iran fired missiles at
// the base, in retaliation for the killing of X by an American drone
// strike", "its response to the killing of X had begun".
var reAnswered = regexp.MustCompile(`(?i)\b(?:in retaliation for|response to|as retaliation for|retaliation for|in revenge for|to avenge)\b[^,;:]*$`)

// answered reports whether an event named after before is what the
// sentence's event answered: "the attack" in the next sentence is the
// sentence's event, not the one it answered ("The Guards named the attack
// Operation Martyr Soleimani" is the missiles').
func answered(before string) bool { return reAnswered.MatchString(before) }

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
// the head of a group's or a region's name ("the Guards" for the
// Revolutionary Guards, "the Region" for the Kurdistan Region).
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
			// "the Region" after the Kurdistan Region: a region's head
			// word alone is the region, as a group's is the group.
			case e.Type != "Country" && schemaIsA(e.Type, "Organization") || e.Type == "MilitaryUnit" || e.Type == "Region":
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

// refModifiers may stand between "the" and a reference noun and keep it a
// reference to the one named before: "the militant group" (not "the
// other group", "the rival group"; rules/words.rules).
var refModifiers = defaultRules.mustList("refModifiers")

// refNouns are the heads of definite descriptions that, in a new article,
// stand for a group, a place or a craft named just before, with the types
// they may stand for.
var refNouns = map[string][]string{
	"alliance": {"Organization"}, "coalition": {"Organization"}, "bloc": {"Organization"}, "organization": {"Organization"},
	"organisation": {"Organization"}, "movement": {"Organization"}, "party": {"Organization"}, "agency": {"Organization"},
	"group": {"ArmedGroup", "Organization"}, "militia": {"ArmedGroup"},
	"force": {"MilitaryUnit"}, "guards": {"MilitaryUnit"}, "corps": {"MilitaryUnit"},
	"ministry": {"GovernmentBody"}, "department": {"GovernmentBody"},
	"embassy": {"Facility"}, "consulate": {"Facility"}, "airport": {"Facility"}, "base": {"Facility"},
	// "the plane" after "Flight 752 crashed": the craft, never a new one.
	"plane": {"Vehicle"}, "airliner": {"Vehicle"}, "aircraft": {"Vehicle"}, "jet": {"Vehicle"}, "flight": {"Vehicle"},
	// "the capital": the last seat of government named (references).
	"capital": {"City"},
}

// "the vessel", "the tanker" after "the Galaxy Leader, a cargo ship": the
// ship named before.
func init() {
	for w := range vesselNouns {
		refNouns[w] = []string{"Vehicle"}
	}
}

// distinctKinds are the kinds of organization a reference noun for
// another kind never crosses into: "the group" is no ministry, no army
// and no newspaper, though each is an Organization.
var distinctKinds = set("GovernmentBody", "MilitaryUnit", "MediaOutlet")

// refersTo reports whether an entity of type t may be what a reference
// noun of the given types means, never across a type boundary.
func refersTo(t string, types []string) bool {
	for _, w := range types {
		if t == w || schema.IsA(t, w) && !distinctKinds[t] {
			return true
		}
	}
	return false
}

// namedByHead are the reference nouns whose antecedent must carry the noun
// in its name: "the embassy" is the U.S. Embassy named before, never the
// airport named after it, though both are facilities.
var namedByHead = map[string]bool{"embassy": true, "consulate": true, "airport": true, "base": true}

// nameHasWord reports whether one of e's names has the word key.
func nameHasWord(e schema.Entity, key string) bool {
	for _, n := range e.Names() {
		for _, t := range tokenize(n) {
			if t.Key == key {
				return true
			}
		}
	}
	return false
}

// antecedent is an entity a reference noun may stand for, with whether
// its mention sat after a preposition ("a member of the Popular
// Mobilization Forces") rather than in the role of an actor, and whether
// it was the subject of its clause (salience).
type antecedent struct {
	ID      string
	Oblique bool
	Subject bool
}

// oblique reports whether mention m follows a preposition, past "the".
func oblique(toks []token, m mention) bool {
	k := m.From - 1
	if k >= 0 && toks[k].Key == "the" && !toks[k+1].Break {
		k--
	}
	return k >= 0 && !toks[k+1].Break && prepositions[toks[k].Key]
}

// references finds, in a sentence of a new article, "the alliance" (the
// last entity of a fitting type named in this sentence or the one before,
// recent, the most salient: a subject first, mostSalient; subjects are
// the starts of this sentence's subjects' mentions) and "his",
// "her", "he", "she" in a sentence that names no person (the last person
// named, lastPerson). coref says where the text set what it named
// (corefState.placeFits).
func references(s sentence, ms []mention, g *Gazetteer, recent []antecedent, lastPerson string, subjects map[int]bool, coref *corefState) []mention {
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
	out = append(out, possessiveOwners(s, ms, g, recent, subjects)...)
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
		the := i - 1 // "the group", or past a modifier that keeps it: "the militant group"
		if the > 0 && refModifiers[toks[the].Key] && !toks[the].Cap && !toks[the].Break {
			the--
		}
		if !ok || i == 0 || toks[the].Key != "the" || taken[i] || t.Cap || t.Break {
			continue
		}
		if i+1 < len(toks) && !toks[i+1].Break && (toks[i+1].Cap || toks[i+1].Key == "of" || toks[i+1].Hyph) {
			continue // the group of ..., a name
		}
		// "the capital" ends its phrase ("in the capital on Saturday"),
		// unlike "the capital markets".
		if t.Key == "capital" && i+1 < len(toks) && !toks[i+1].Break && !prepositions[toks[i+1].Key] {
			continue
		}
		// This sentence's mentions before it, then the last sentence's
		// (mostSalient).
		var cands []antecedent
		conjoined := ""
		for _, m := range ms {
			if m.To <= the {
				cands = append(cands, antecedent{ID: m.Entity, Oblique: oblique(toks, m), Subject: subjects[m.Start]})
			}
			if m.To == i-2 && (toks[i-2].Key == "and" || toks[i-2].Key == "or") && !toks[i-2].Break {
				conjoined = m.Entity
			}
		}
		place := ""
		if settingWords[keyAt(toks, i+1)] {
			place = placeAt(toks, i+1, mentionsByStart(ms), g) // "the base at Erbil"
		}
		fits := func(e schema.Entity) bool {
			return e.Type != "Country" && refersTo(e.Type, types) && (!namedByHead[t.Key] || nameHasWord(e, t.Key)) && (t.Key != "capital" || seatsOfGovernment[nameKey(e.Name)] != "") &&
				coref.placeFits(g, "id:"+e.ID, place)
		}
		// "Ain al-Asad and the base at Erbil": a name joined to "the
		// base" is another base than any named before.
		if e, ok := g.Lookup(conjoined); ok && fits(e) {
			continue
		}
		if id, ok := mostSalient(cands, recent, g, fits); ok {
			out = append(out, mk(id, the, i+1))
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
