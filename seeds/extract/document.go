package extract

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kg-analyst/kg/schema"
)

// docRun is the reading of one document, stage by stage: names, then
// descriptions or references, then events stated by verbs, then mentions
// and relations sentence by sentence. Each stage needs what the one before
// added to the gazetteer.
type docRun struct {
	x        *Extractor
	id       string
	res      Result
	g        *Gazetteer
	sents    []sentence
	midCaps  map[string]int
	loneCaps map[string]bool // capitalised words written with no capitalised word beside them
	newEnts  newEntities
	bodies   map[string]string // body noun -> the country whose body the document names first
	coref    corefState
	// priors: the last date before each sentence, and stated: the dates
	// each states, for priorsRef (priorDate, datesIn).
	priors    []string
	stated    map[int]statedDates
	priorsRef time.Time
	dispatch  bool // weekdays count back from the article's date (dispatchLead)
	// By sentence index: descriptions not spelled out in one piece,
	// references to known entities, and events stated by verbs.
	virtual map[int][]description
	refers  map[int][]description
	reified map[int][]reification
	// alone maps the names of the events the document names to whether
	// only a noun or verb alone named them ("the vote"): those need a day.
	alone map[string]bool
	// described holds the entities made of descriptions outside Describe
	// mode.
	described map[string]bool
	// roles are the participants the document states of its events,
	// docPlaces where it says its places are (documentRoles).
	roles     map[string]eventRoles
	docPlaces map[string][]string
	// nounNames are the names known groups have here with a noun after
	// them ("Houthi movement"): a World entry the document introduces
	// keeps them.
	nounNames map[string][]string
	// surnames holds who each surname written alone stands for.
	surnames surnameState
}

// ExtractDocument extracts from an already split article published on date
// (YYYY-MM-DD, or "").
func (x *Extractor) ExtractDocument(ctx context.Context, doc schema.Document, date string) (Result, error) {
	d := &docRun{
		x: x, id: doc.ID,
		res:     Result{Document: schema.Document{ID: doc.ID, Title: doc.Title, Date: date, Sentences: append([]schema.Sentence(nil), doc.Sentences...)}},
		g:       NewGazetteer(x.known, GazetteerOptions{Descriptive: x.opt.Descriptive}),
		bodies:  map[string]string{},
		coref:   corefState{heads: map[string]string{}, titles: map[string]string{}},
		virtual: map[int][]description{}, refers: map[int][]description{}, reified: map[int][]reification{},
		alone: map[string]bool{}, described: map[string]bool{}, nounNames: map[string][]string{},
	}
	for _, s := range doc.Sentences {
		// A byline's reporters, a photo's credit, are no names of the
		// story, nor is the agency they credit mentioned by it.
		if text, ok := storyText(s.Text); ok {
			s.Text = text
			d.sents = append(d.sents, sentence{art: s, toks: tokenize(s.Text)})
		}
	}
	d.midCaps = midSentenceCaps(d.sents)
	d.loneCaps = aloneCaps(d.sents)
	d.newEnts = newEntities{g: d.g, byKey: map[string]*candidate{}, midCaps: d.midCaps}
	if err := d.findNames(ctx); err != nil {
		return Result{}, err
	}
	if x.opt.Describe {
		d.describeAll()
		d.reifyAll(func(reification) bool { return true })
	} else {
		d.referAll()
		// Deployments, and the arrivals of the troops the article
		// counts ("about 100 marines who arrived from"), not of a known
		// unit, whose arrival a store may hold under another name.
		d.reifyAll(func(r reification) bool { return r.Kind == "deployment" || r.Kind == "arrival" && d.described[r.Group] })
	}
	ref, _ := time.Parse("2006-01-02", date)
	ref = datelineDate(doc.Sentences, ref)
	rel := relations{g: d.g, seen: map[statementKey]int{}, said: map[[3]string]bool{}, docDate: ref, rules: x.rules, trace: x.trace}
	mentioned, err := d.relate(ctx, &rel)
	if err != nil {
		return Result{}, err
	}
	rel.statePendingOffices(mentioned)
	d.res.Document.Statements = rel.withoutYielded()
	d.define(mentioned)
	d.resolveEvents(ref)
	d.dropTargetPlaces()
	d.res.Document.Statements = fallbackCoMentions(d.res.Document, d.res.Mentions) // after events merge: their statements join names too
	d.verbMentionSpans()                                                           // after the rules read the verbs alone
	if x.lookups != nil {
		*x.lookups += d.g.lookups
	}
	return d.res, nil
}

func (d *docRun) cancelled(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("extract %s: %w", d.id, err)
	}
	return nil
}

// findNames finds the names the gazetteer does not know and makes entities
// of them; other names of known entities become their aliases.
func (d *docRun) findNames(ctx context.Context) error {
	g := d.g
	countries := map[string]int{}       // country id -> mentions
	otherNames := map[string][]string{} // known id -> names the document gives it
	tails := shortNames(d.sents, g)
	var backed map[string]string // known groups by backedPhrase key, once needed
	var buildings buildingUse
	for k, id := range firstLast(g) {
		if _, ok := tails[k]; !ok {
			tails[k] = id
		}
	}
	for _, s := range d.sents {
		if err := d.cancelled(ctx); err != nil {
			return err
		}
		ms := g.match(s.art.Text, s.toks)
		buildings.note(s.toks, ms)
		for _, m := range ms {
			// "Iran-backed groups" are not about Iran.
			if e, _ := g.Lookup(m.Entity); e.Type == "Country" && (m.To == len(s.toks) || !s.toks[m.To].Hyph) {
				countries[m.Entity]++
			}
			if name := namedWithNoun(s, m, g); name != "" && !slices.Contains(d.nounNames[m.Entity], name) {
				otherNames[m.Entity] = append(otherNames[m.Entity], name)
				d.nounNames[m.Entity] = append(d.nounNames[m.Entity], name)
			}
		}
		for _, b := range append(bodyRefs(s.toks, ms, g), wordBodies(s.toks, ms, g)...) {
			if b.Country == "" && b.Noun == "parliament" {
				b.Country = sentenceCountry(s.toks, ms, g) // "In Baghdad, the parliament voted"
			}
			if _, ok := d.bodies[b.Noun]; !ok || d.bodies[b.Noun] == "" {
				d.bodies[b.Noun] = b.Country
			}
		}
		if headlineLike(s) {
			continue // a headline's capitals are no names of the story
		}
		for _, c := range candidates(s.art.Text, s.toks, ms, g, d.midCaps, d.loneCaps) {
			if c.known == "" {
				c.known = tails[nameKey(c.Name)]
			}
			if c.known == "" && c.backed != "" {
				if backed == nil {
					backed = backedGroups(g)
				}
				c.known = backed[c.backed]
			}
			if c.known != "" {
				otherNames[c.known] = append(otherNames[c.known], c.Name)
				continue
			}
			d.newEnts.add(c)
		}
	}
	buildings.retype(g)
	for _, id := range sortedIDs(otherNames) {
		g.Add(schema.Entity{ID: id, Aliases: otherNames[id]})
	}
	d.addBodies(countries)
	for _, id := range sortedIDs(d.newEnts.remade) {
		g.Add(schema.Entity{ID: id, Aliases: d.newEnts.remade[id]})
	}
	for _, e := range d.newEnts.entities() {
		g.Add(e)
		d.res.Document.Entities = append(d.res.Document.Entities, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
	d.namedEvents()
	return nil
}

// addBodies makes the government bodies the document names: a bare
// "parliament" is the one the document names, or that of the country it
// is about.
func (d *docRun) addBodies(countries map[string]int) {
	for _, noun := range sortedIDs(d.bodies) {
		if d.bodies[noun] == "" && noun == "parliament" {
			// The United States has a Congress, not a parliament.
			delete(countries, "united-states")
			d.bodies[noun] = mainCountry(countries)
		}
		if d.bodies[noun] != "" {
			country, _ := d.g.Lookup(d.bodies[noun])
			d.newEnts.add(candidate{Name: bodyName(noun, country.Name), Type: "GovernmentBody", Aliases: bodyAliases(noun, country, ""), confidence: 2})
		}
	}
}

// wordBodies are the bodies a country and a body word of the kinds
// rules name ("body parliament: lawmakers | ..."): "Iraqi lawmakers",
// "Iran's legislators" are the country's parliament, whose vote "Iraqi
// lawmakers voted" tells. The United States has a Congress, no
// parliament.
func wordBodies(toks []token, ms []mention, g *Gazetteer) []bodyRef {
	var out []bodyRef
	for _, m := range ms {
		if m.To >= len(toks) || toks[m.To].Break && !toks[m.To-1].Poss || toks[m.To].Hyph || bodyNouns[toks[m.To].Key] {
			continue // a body noun is bodyRefs'
		}
		noun, ok := bodyWords[toks[m.To].Key]
		if e, _ := g.Lookup(m.Entity); ok && e.Type == "Country" && e.ID != "united-states" {
			out = append(out, bodyRef{From: m.From, To: m.To + 1, Noun: noun, Country: e.ID})
		}
	}
	return out
}

// sentenceCountry is the country a sentence's bare "parliament" is of:
// the one country other than the United States (which has a Congress) it
// names by name or by its capital; "" if it names none or several.
func sentenceCountry(toks []token, ms []mention, g *Gazetteer) string {
	found := ""
	for _, m := range ms {
		if m.To < len(toks) && toks[m.To].Hyph {
			continue // "Iran-backed militias" name no country of the sentence
		}
		e, _ := g.Lookup(m.Entity)
		id := ""
		switch state := seatSpeaker(g, e.ID); {
		case e.Type == "Country" && nameKey(m.Text) == nameKey(e.Name):
			id = e.ID
		case state != e.ID:
			id = state
		}
		if id == "" || id == "united-states" || id == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = id
	}
	return found
}

// describeAll makes entities of descriptions, now that names are known.
func (d *docRun) describeAll() {
	g := d.g
	descs := newEntities{g: g, byKey: map[string]*candidate{}, ids: d.newEnts.ids}
	knownAliases := map[string][]string{}
	for _, s := range d.sents {
		ms := g.match(s.art.Text, s.toks)
		for _, desc := range describe(s.art.Text, s.toks, ms, g, &d.coref) {
			if desc.virtual {
				d.virtual[s.art.Index] = append(d.virtual[s.art.Index], desc)
			}
			switch {
			case desc.ref == "":
				descs.add(desc.candidate)
			case strings.HasPrefix(desc.ref, "id:"):
				id := strings.TrimPrefix(desc.ref, "id:")
				knownAliases[id] = append(knownAliases[id], desc.Name)
			default:
				if c, ok := descs.byKey[strings.TrimPrefix(desc.ref, "key:")]; ok {
					c.Aliases = append(c.Aliases, desc.Name)
				}
			}
		}
		noteMentions(&d.coref, s, ms, g)
	}
	ents := d.res.Document.Entities
	for _, id := range sortedIDs(knownAliases) {
		g.Add(schema.Entity{ID: id, Aliases: knownAliases[id]})
		for i, e := range ents {
			if e.ID == id {
				ents[i].Aliases = append(e.Aliases, knownAliases[id]...)
			}
		}
	}
	for _, e := range descs.entities() {
		g.Add(e)
		d.newEnts.ids[e.ID] = true
		ents = append(ents, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
	d.res.Document.Entities = ents
}

// referAll reads "the strike", "the embassy", "the President" as the
// entity last named with that head or title, without making them names of
// it; of the descriptions, it makes entities only of those that state a
// relation of a name inside them ("650 troops from Fort Bragg").
func (d *docRun) referAll() {
	descs := newEntities{g: d.g, byKey: map[string]*candidate{}, ids: d.newEnts.ids}
	for _, s := range d.sents {
		ms, _ := d.eventMentions(s) // "the strikes" may be "ballistic missiles at the base" before
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		for _, desc := range describe(s.art.Text, s.toks, ms, d.g, &d.coref) {
			switch {
			case strings.HasPrefix(desc.ref, "id:") && desc.To > desc.From:
				d.refers[s.art.Index] = append(d.refers[s.art.Index], desc)
				// "The strike ... Trump ordered it. X was killed in the
				// attack": an event referred to stays the one the next
				// sentence's "the attack" means.
				if e, ok := d.g.Lookup(strings.TrimPrefix(desc.ref, "id:")); ok && e.Type == "Event" {
					ms = append(ms, spanMention(s, e.ID, desc.From, desc.To))
				}
			case desc.ref == "" && desc.relates:
				descs.add(desc.candidate)
				if desc.virtual {
					d.virtual[s.art.Index] = append(d.virtual[s.art.Index], desc)
				}
			}
		}
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		noteMentions(&d.coref, s, ms, d.g)
	}
	for _, e := range descs.entities() {
		d.g.Add(e)
		d.newEnts.ids[e.ID] = true
		d.described[e.ID] = true
		d.res.Document.Entities = append(d.res.Document.Entities, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
}

// reifyAll makes entities of the events verbs state, of those keep
// allows.
func (d *docRun) reifyAll(keep func(reification) bool) {
	g := d.g
	for _, s := range d.sents {
		ms := g.match(s.art.Text, s.toks)
		ms = append(ms, nested(s, ms, g)...)
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		for _, r := range reify(s, ms, g) {
			if !keep(r) {
				continue
			}
			if _, known := g.Match(r.Name); !known {
				id := d.newEnts.freeID(Slug(r.Name))
				if id == "" {
					continue
				}
				d.newEnts.ids[id] = true
				e := schema.Entity{ID: id, Type: "Event", Name: r.Name}
				g.Add(e)
				d.res.Document.Entities = append(d.res.Document.Entities, e)
			}
			d.reified[s.art.Index] = append(d.reified[s.art.Index], r)
		}
	}
}

// define adds the World entities the caller did not know to the document,
// lists the known ones it mentions, and leaves out the entities nobody
// mentions (a candidate swallowed by a longer match).
func (d *docRun) define(mentioned map[string]bool) {
	res := &d.res
	for _, id := range sortedIDs(mentioned) {
		if d.x.caller[id] {
			res.Known = append(res.Known, id)
			continue
		}
		if _, isNew := d.newEnts.ids[id]; isNew {
			continue
		}
		e, _ := d.g.Lookup(id)
		aliases := append(slices.Clip(e.Aliases), d.nounNames[id]...)
		res.Document.Entities = append(res.Document.Entities, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: aliases})
	}
	kept := res.Document.Entities[:0]
	for _, e := range res.Document.Entities {
		if mentioned[e.ID] {
			kept = append(kept, e)
		}
	}
	res.Document.Entities = kept
	sort.Slice(res.Document.Entities, func(i, j int) bool { return res.Document.Entities[i].ID < res.Document.Entities[j].ID })
}

// reCredits is a line that says who made the story or its pictures, or
// how to find it, not what it tells: a byline ("By Ahmed Rasheed and John
// Davison", "by Maziar Motamedi", "By Reuters staff"), a wire's credit line
// ("Reporting by X; Editing by Y", "Compiled by X", "Edited by: X",
// "Analysis by X, BBC defence correspondent"), a photo's credit
// ("REUTERS/Name", "(AP Photo/Name)"; its caption is text, "FILE PHOTO:" a
// label), a trailer ("AP writers X and Y contributed to this report",
// "... and Y in Tehran contributed."), a
// timestamp ("Published Jan. 5, 2020 Updated ... ET"), a page's labels and
// links ("Keywords: IRAN-USA/MILITARY", "Read more: ...", "Photos: ...",
// "Our Standards: The Thomson Reuters Trust Principles.", "SOURCE: Al
// Jazeera and news agencies"), a print edition's note ("A version of this
// article appears in print on ... of the New York edition"), a copyright
// line, a row of links ("Order Reprints | Today's Paper | Subscribe") and
// a page's calls to follow, sign up, get a newsletter by email, click,
// subscribe, join or share, or
// its note of where the article was first published; a staff byline
// ("Reuters Staff", "Posted by Al-Monitor Staff", "With reporting by AFP"),
// a reporter's name before a bar and the date ("Jane Roe | 06.01.2020")
// and a picture's copyright ("Image copyright Getty Images"). The trailer
// and the row of links have patterns of their own (reContributed,
// reLinkRow).
var reCredits = regexp.MustCompile(`^\(?(?:` + strings.Join([]string{
	`[Bb]y\s+[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|and|staff|in|,))*\s*$`,
	`(?:Additional\s+|With\s+(?:additional\s+)?)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Aa]nalysis|[Pp]roduced|[Tt]ranslated|[Pp]hotographs|[Pp]hotos|[Vv]ideo|[Gg]raphics?|[Pp]osted)\s+by:?\s`,
	`[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*\s+[Ss]taff\s*$`,
	`[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|van|von|de|al|bin)){1,4}\s*\|\s*\d`,
	`(?:Image|Photo)\s+(?:copyright|source|credit)\s|Share\s+this\b|\(c\)\s`,
	`(?:REUTERS|Reuters|AFP|AP(?: Photo)?|EPA|Getty Images)\s*/\s*\p{Lu}`,
	`(?:Published|Updated|Last\s+[Uu]pdated|Posted|First\s+published)(?:\s+on)?:?\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s)`,
	`(?:Our\s+Standards|Keywords|Topics|Tags|Read\s+more|READ\s+MORE|Also\s+read|See\s+also|More\s+on\s+this\s+story|Photos|Video|Watch|Gallery|Listen|SOURCE|Source)\s*:`,
	`A\s+version\s+of\s+this\s+article\s+appear`,
	`(?:Copyright|©)\s`,
	`(?:Follow\s.*\son\s+(?:Twitter|Facebook|Instagram|X)\b|Sign\s+up\s|Get\s.{0,80}\sby\s+e-?mail\b|Click\s+here\s|Subscribe\s+(?:to|for|now)\b|Join\s+(?:us|our)\s|This\s+(?:article|story)\s+(?:was|is)\s+(?:originally\s+|first\s+)?(?:published|republished|reproduced)\s)`,
}, "|") + `)`)

// reContributed is a trailer and reLinkRow a row of links (reCredits):
// apart from it, each is read only on a line with the word it needs, for
// ".*" would read every line whole.
var (
	reContributed = regexp.MustCompile(`^\(?.*\scontributed(?:\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))|\.?$)`)
	reLinkRow     = regexp.MustCompile(`^\(?[^|]{1,40}(?:\s\|\s[^|]{1,40}){2,}$`)
)

// storyText is a sentence's text with the lines that are a page's
// furniture blanked, its length kept: a web page pasted as it shows
// runs its byline, timestamp and labels into one paragraph ("By Jane Roe
// / Jan. 7, 2020 / Updated 5:34 p.m. ET", "Related Topics / Iran"), each
// on a line of its own. It is false where nothing of the story is left.
func storyText(text string) (string, bool) {
	if strings.IndexByte(text, '@') >= 0 {
		text = withoutHandles(text)
	}
	if !strings.Contains(text, "\n") {
		return text, strings.TrimSpace(text) != "" && !credits(text) && !labelLine(text)
	}
	b := []byte(text)
	story, listed := false, false
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		// A label that ends its line ("Read more:") heads the links
		// on the lines after it.
		if line := text[start:end]; listed || credits(line) || labelLine(line) {
			for i := start; i < end; i++ {
				b[i] = ' '
			}
			listed = listed || strings.HasSuffix(strings.TrimSpace(line), ":")
		} else if strings.TrimSpace(line) != "" {
			story = true
		}
		start = end + 1
	}
	return string(b), story
}

// withoutHandles is text with its social media handles blanked, their
// length kept: "@Alissanyt", "Follow us @IrnaEnglish" name no one the
// story tells of.
func withoutHandles(text string) string {
	b := []byte(text)
	for i := 0; i < len(b); i++ {
		if b[i] != '@' || i > 0 && isHandleByte(b[i-1]) || i+1 == len(b) || !isHandleByte(b[i+1]) {
			continue
		}
		for b[i] = ' '; i+1 < len(b) && isHandleByte(b[i+1]); i++ {
			b[i+1] = ' '
		}
	}
	return string(b)
}

// isHandleByte reports whether c may be part of a handle.
func isHandleByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// pageLabels are the words of a page's labels and buttons, a line of
// their own: "Related Topics", "Image caption", "Advertisement".
var pageLabels = defaultRules.mustList("pageLabels")

// maxLabel is the longest line, in bytes, read as a label.
const maxLabel = 40

// labelLine reports whether a line is a page's label: a few words, all
// pageLabels.
func labelLine(line string) bool {
	if len(line) > maxLabel {
		return false
	}
	toks := tokenize(line)
	for _, t := range toks {
		if !pageLabels[t.Key] {
			return false
		}
	}
	return len(toks) > 0
}

// credits reports whether a sentence only says who wrote the story or
// took its pictures: its names are the reporters', not the story's.
func credits(text string) bool {
	text = strings.TrimSpace(text)
	return reCredits.MatchString(text) ||
		strings.Contains(text, "contributed") && reContributed.MatchString(text) ||
		strings.Contains(text, "|") && reLinkRow.MatchString(text)
}

// nameNouns follow a group's name as part of how it is called: "the
// Houthi movement", "the Dawa party".
var nameNouns = defaultRules.mustList("nameNouns")

// namedWithNoun returns the name a known group m has with the noun after
// it ("Houthi movement" for the Houthis), or "" where none follows or its
// name has it already.
func namedWithNoun(s sentence, m mention, g *Gazetteer) string {
	if m.To >= len(s.toks) || s.toks[m.To].Break || s.toks[m.To].Cap || s.toks[m.To-1].Poss || !nameNouns[s.toks[m.To].Key] {
		return ""
	}
	e, _ := g.Lookup(m.Entity)
	if !isAny(e.Type, []string{"ArmedGroup", "Organization"}) || strings.HasSuffix(nameKey(e.Name), s.toks[m.To].Key) {
		return ""
	}
	return s.art.Text[m.Start:s.toks[m.To].End]
}
