package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-analyst/kg/schema"
)

// Descriptions. With Options.Describe the extractor also makes entities of
// noun phrases that describe rather than name ("Thousands of people",
// "five sites", "the Iraqi government", "a base in Kuwait", "a full
// withdrawal of American personnel"), and resolves a bare definite phrase
// ("the embassy", "the militias", "the President") to the last entity
// with the same head word or title. Curated annotations name such things;
// a new article's descriptions are left alone.

// nounTypes are the heads of descriptions, with the type they give.
var nounTypes = defaultRules.mustHeads("nounTypes")

// vagueHeads are too vague to make or resolve entities on their own.
var vagueHeads = defaultRules.mustList("vagueHeads")

var quantityWords = defaultRules.mustList("quantityWords")

var numberWords = defaultRules.mustList("numberWords")

// headKey is the form heads are compared in: singular, strikes are strikes.
func headKey(k string) string {
	switch k {
	case "airstrike", "airstrikes", "strikes":
		return "strike"
	case "protestors":
		return "protesters"
	case "proxies", "proxy", "militias":
		return "militia"
	case "siege", "storming":
		return "siege"
	}
	if strings.HasSuffix(k, "ies") && len(k) > 4 {
		return k[:len(k)-3] + "y"
	}
	if strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && len(k) > 3 {
		return k[:len(k)-1]
	}
	return k
}

// corefState remembers, across a document's sentences, the last entity
// with each head word and the person each title was last given to.
type corefState struct {
	heads  map[string]string // head key -> name key of a candidate, or "id:" + known id
	titles map[string]string // title word -> same
	events []string          // name keys of event descriptions, in order
	// lastFacility is the last facility named: "the compound" is it.
	lastFacility string
	// general maps the words that may stand for any attack ("the
	// strike", "the attacks") to the last attack named in that number,
	// and the sentence (counted by noted) that named it.
	general map[string]generalRef
	noted   int // sentences noted so far
	// lastEvent is the event the text named last, of any kind.
	lastEvent string
	// plural is set while the words of a plural event mention are noted:
	// none of them names it in the singular (headRef).
	plural bool
	// placed holds, by reference ("id:" + id), the places the text set a
	// name in as it named it ("the Ain al-Asad air base in Anbar
	// province"): "the base at Erbil" is then another base (placeFits).
	placed map[string][]string
}

// generalRef is an event a general word may stand for, and the sentence
// that named it.
type generalRef struct {
	ref      string
	sentence int
}

// noteGeneral notes the last event a general word ("the strike") may
// stand for.
func (c *corefState) noteGeneral(word, ref string) {
	if c.general == nil {
		c.general = map[string]generalRef{}
	}
	c.general[word] = generalRef{ref: ref, sentence: c.noted}
}

// generalEvent is the event a general word stands for: the last attack
// of its number named in the sentence or the one before. Further back,
// the words of its kind decide ("the strike" is the last air strike).
func (c *corefState) generalEvent(word string) (string, bool) {
	g, ok := c.general[word]
	return g.ref, ok && (c.noted-g.sentence <= 1 || g.ref == c.lastEvent && c.noted-g.sentence <= quietReach)
}

// quietReach is how many sentences back a general word ("the attack")
// reaches for the last event the text named when it named no other
// since: a dispatch tells of one strike, then of who died and who
// condemned it.
const quietReach = 2

func (c *corefState) note(head, ref string) {
	if head != "" && !vagueHeads[head] {
		key := headKey(head)
		c.heads[key] = ref
		if numberOf(head) == "/sg" && !c.plural { // the words of a plural event's kind ("strike") name it in any number only
			c.heads[key+"/sg"] = ref
		}
		if c.plural { // a plural event mention: "the strikes" prefer it
			c.heads[key+"/pl"] = ref
		}
		// A siege is an assault too, and an assault the text describes
		// ("an assault of the embassy") may be the siege it names later;
		// an attack's "assault" is no siege: "the siege" after "the
		// Kirkuk attack" is not that attack.
		if key == "siege" || key == "assault" && !strings.HasPrefix(ref, "id:") {
			c.heads["siege"], c.heads["assault"] = ref, ref
		}
		if nounTypes[head] == "Facility" && head != "area" && head != "sites" && head != "site" {
			c.lastFacility = ref
		}
	}
}

// descriptions finds descriptive entities in one sentence. Each returned
// candidate either is new or, when Alias is set, is a phrase naming the
// entity ref.
type description struct {
	candidate
	ref string // "" for a new entity; otherwise what the phrase refers to
	// virtual is set for a description the text does not spell out in one
	// piece ("American [and Iraqi] security forces"): its mention is the
	// token range From, To. A description that refers (ref) has its token
	// range too.
	virtual  bool
	From, To int
	group    string // for "their leaders", the group they lead
	// relates is set for a description that states a relation of a name
	// inside it ("650 troops from Fort Bragg": deployed from it): an entity
	// in any article, not only in Describe mode.
	relates bool
}

// numberOf is a head's number: "/pl" for a plural head ("airstrikes"),
// "/sg" else; corefState.heads keeps the singular ones apart under it.
func numberOf(head string) string {
	if headKey(head) != head && strings.HasSuffix(head, "s") {
		return "/pl"
	}
	return "/sg"
}

// headRef is what a definite head word refers to: the last entity named
// with that head in the head's number, else the last named with it.
// "The strike" after "a U.S. drone strike" and then "U.S. airstrikes on
// bases in Syria" is the drone strike; "the strike" after "U.S. strikes"
// alone is those; "the strikes" after "Iran's missile strikes" and then
// "the U.S. drone strike" are the missile strikes, and after a drone
// strike alone that strike.
func (c *corefState) headRef(head string) (string, bool) {
	if ref, ok := c.heads[headKey(head)+numberOf(head)]; ok {
		return ref, true
	}
	ref, ok := c.heads[headKey(head)]
	return ref, ok
}

// describe finds the descriptions of one sentence (s, its tokens and its
// gazetteer mentions), resolving bare definite ones against st, which it
// updates with the descriptions it makes.
func describe(s string, toks []token, ms []mention, g *Gazetteer, st *corefState) []description {
	d := &describer{s: s, toks: toks, ms: ms, g: g, st: st, mentionAt: map[int]mention{}, covered: make([]bool, len(toks))}
	for _, m := range ms {
		d.mentionAt[m.From] = m
		for j := m.From; j < m.To; j++ {
			d.covered[j] = true
		}
	}
	cases := []func(int) (int, bool){d.quantity, d.number, d.legislation, d.demonym, d.baseIn, d.eventOf, d.possessed, d.ownersCity, d.demonstrative, d.definite}
	for i := 0; i < len(toks); i++ {
		for _, read := range cases {
			if next, ok := read(i); ok {
				i = next
				break
			}
		}
	}
	d.theirLeaders()
	d.titlesAlone()
	return d.out
}

// describer reads the descriptions of one sentence.
type describer struct {
	s         string
	toks      []token
	ms        []mention
	g         *Gazetteer
	st        *corefState
	mentionAt map[int]mention // by first token
	covered   []bool          // tokens inside a mention
	out       []description
}

func (d *describer) text(i, j int) string { return d.s[d.toks[i].Start:d.toks[j-1].End] }

func isDet(k string) bool { return k == "the" || k == "a" || k == "an" || k == "its" || k == "their" }

// noun is the type a lower-case noun at i stands for, outside mentions.
func (d *describer) noun(i int) (string, bool) {
	if i >= len(d.toks) || d.covered[i] || d.toks[i].Cap && i > 0 {
		return "", false
	}
	t, ok := nounTypes[d.toks[i].Key]
	return t, ok
}

// quantity reads "thousands of people" at token i; it returns the last token read.
func (d *describer) quantity(i int) (int, bool) {
	t := d.toks[i]
	// Thousands of people
	if quantityWords[t.Key] && i+2 < len(d.toks) && d.toks[i+1].Key == "of" {
		if typ, ok := d.noun(i + 2); ok && (typ == "Group" || typ == "MilitaryUnit") {
			d.out = append(d.out, description{candidate: candidate{Name: d.text(i, i+3), Type: "Group"}})
			d.st.note(d.toks[i+2].Key, "key:"+nameKey(d.text(i, i+3)))
			d.st.note("protesters", "key:"+nameKey(d.text(i, i+3)))
			d.st.note("crowd", "key:"+nameKey(d.text(i, i+3)))
			return i + 2, true
		}
	}
	return i, false
}

// number reads "about 100 marines", "five sites", "four Americans" at token i; it returns the last token read.
func (d *describer) number(i int) (int, bool) {
	t := d.toks[i]
	// about 100 marines, five sites, four Americans
	if isNumber(t) && !d.covered[i] {
		start := i
		if i > 0 && (d.toks[i-1].Key == "about" || d.toks[i-1].Key == "some" || d.toks[i-1].Key == "nearly" || d.toks[i-1].Key == "around") {
			start = i - 1
		}
		j := i + 1
		if m, ok := d.mentionAt[j]; ok && m.To == j+1 {
			if e, _ := d.g.Lookup(m.Entity); e.Type == "Country" && strings.HasSuffix(d.toks[j].Key, "s") {
				d.out = append(d.out, description{candidate: candidate{Name: d.text(i, j+1), Type: "Group"}})
				return j, true
			}
		}
		if typ, ok := d.noun(j); ok && typ != "Event" && typ != "Legislation" && !d.toks[j].Break {
			if typ == "Person" {
				typ = "Group"
			}
			name := d.text(start, j+1)
			c := candidate{Name: name, Type: typ}
			// 650 troops from Fort Bragg
			if (typ == "MilitaryUnit" || typ == "Group") && j+2 < len(d.toks) && d.toks[j+1].Key == "from" && !d.toks[j+1].Break {
				if pm, ok := d.mentionAt[j+2]; ok {
					if pe, _ := d.g.Lookup(pm.Entity); pe.Type == "Facility" || pe.Type == "City" || pe.Type == "Country" || pe.Type == "Region" {
						c.Aliases = []string{name}
						c.Name = d.text(start, pm.To)
						j = pm.To - 1
					}
				}
			}
			relates := len(c.Aliases) > 0 || (typ == "MilitaryUnit" || typ == "Group") && d.arrivedFrom(j+1)
			d.out = append(d.out, description{candidate: c, relates: relates})
			d.st.note(d.toks[j].Key, "key:"+nameKey(c.Name))
			return j, true
		}
	}
	return i, false
}

// arrivedFrom reports whether the words from k say where a group came
// from, a place named a few words on: "(about 100 marines) who arrived
// from a base in Kuwait".
func (d *describer) arrivedFrom(k int) bool {
	if k+2 >= len(d.toks) || d.toks[k].Key != "who" || d.toks[k].Break || d.toks[k+2].Key != "from" {
		return false
	}
	if v := d.toks[k+1].Key; v != "arrived" && v != "came" && v != "flew" {
		return false
	}
	for _, m := range d.ms {
		if e, _ := d.g.Lookup(m.Entity); m.From > k+2 && m.From <= k+7 && isAny(e.Type, placeTypes) {
			return true
		}
	}
	return false
}

// legislation reads "2019 piece of legislation", "legislation that would ..." at token i; it returns the last token read.
func (d *describer) legislation(i int) (int, bool) {
	t := d.toks[i]
	// YEAR piece of legislation; legislation that would ...
	if t.Key == "piece" && i+2 < len(d.toks) && d.toks[i+1].Key == "of" && d.toks[i+2].Key == "legislation" {
		start := i
		if i > 0 && isYear(d.toks[i-1]) {
			start = i - 1
		}
		end := i + 3
		if end+1 < len(d.toks) && d.toks[end].Key == "that" && (d.toks[end+1].Key == "would" || d.toks[end+1].Key == "will") {
			// up to the end of the clause
			k := end
			for k < len(d.toks) && !d.toks[k].Break {
				k++
			}
			d.out = append(d.out, description{candidate: candidate{Name: d.text(i+2, k), Type: "Legislation"}})
			return k - 1, true
		} else if start < i {
			d.out = append(d.out, description{candidate: candidate{Name: d.text(start, end), Type: "Legislation"}})
		}
		return end - 1, true
	}
	return i, false
}

// demonym reads "the Iraqi government", "American and Iraqi security forces", "American military presence in Iraq" at token i; it returns the last token read.
func (d *describer) demonym(i int) (int, bool) {
	// the Iraqi government, American contractor, Iraqi military base,
	// American military presence in Iraq
	if m, ok := d.mentionAt[i]; ok && m.To < len(d.toks) && !d.toks[m.To].Break && !d.toks[m.To-1].Poss {
		e, _ := d.g.Lookup(m.Entity)
		if e.Type == "Country" && nameKey(m.Text) != nameKey(e.Name) { // a demonym
			j := m.To
			first := ""
			firstFrom, firstTo := 0, 0
			// American and Iraqi security forces: both.
			if j+1 < len(d.toks) && d.toks[j].Key == "and" {
				if m2, ok := d.mentionAt[j+1]; ok {
					if e2, _ := d.g.Lookup(m2.Entity); e2.Type == "Country" && nameKey(m2.Text) != nameKey(e2.Name) {
						first = m.Text
						firstFrom, firstTo = m.From, m.To
						m = m2
						j = m2.To
					}
				}
			}
			if j < len(d.toks) && (d.toks[j].Key == "military" || d.toks[j].Key == "security") && j+1 < len(d.toks) {
				if _, ok := d.noun(j + 1); ok {
					j++
				}
			}
			if typ, ok := d.noun(j); ok && d.toks[j].Key != "military" && !d.toks[j].Hyph {
				if typ == "Group" || typ == "Person" && strings.HasSuffix(d.toks[j].Key, "s") {
					typ = "Group"
				}
				end := j + 1
				// ... in Iraq
				if end+1 < len(d.toks) && d.toks[end].Key == "in" && !d.toks[end].Break {
					if pm, ok := d.mentionAt[end+1]; ok && (typ == "Event" || typ == "ArmedGroup") {
						if pe, _ := d.g.Lookup(pm.Entity); pe.Type == "Country" || pe.Type == "City" || pe.Type == "Region" {
							end = pm.To
						}
					}
				}
				name := d.text(m.From, end)
				// "Iraqi security forces": a country's forces by their
				// usual name, an entity in any article.
				named := d.toks[j-1].Key == "security" && typ == "MilitaryUnit"
				if first != "" {
					d.out = append(d.out, description{candidate: candidate{Name: first + " " + d.text(m.To, end), Type: typ}, virtual: true, From: firstFrom, To: firstTo, relates: named})
				}
				if ref, ok := d.st.heads[headKey(d.toks[j].Key)]; ok && !vagueHeads[d.toks[j].Key] && typ != "Group" {
					// the American embassy, after the U.S. Embassy
					d.out = append(d.out, description{candidate: candidate{Name: name, Type: typ}, ref: ref, From: m.From, To: end})
					return end - 1, true
				}
				if !(typ == "Event" && (d.toks[j].Key == "strike" || d.toks[j].Key == "airstrikes" || d.toks[j].Key == "attack")) { // eventPhrases has those
					d.out = append(d.out, description{candidate: candidate{Name: name, Type: typ}, relates: named})
					if typ == "Event" {
						d.st.events = append(d.st.events, nameKey(name))
					}
				}
				d.st.note(d.toks[j].Key, "key:"+nameKey(name))
				return end - 1, true
			}
		}
	}
	return i, false
}

// baseIn reads "a base in Kuwait" at token i; it returns the last token read.
func (d *describer) baseIn(i int) (int, bool) {
	t := d.toks[i]
	// a base in Kuwait
	if typ, ok := d.noun(i); ok && typ == "Facility" && i > 0 && (d.toks[i-1].Key == "a" || d.toks[i-1].Key == "the") && i+2 < len(d.toks) && d.toks[i+1].Key == "in" {
		if pm, ok := d.mentionAt[i+2]; ok {
			if pe, _ := d.g.Lookup(pm.Entity); pe.Type == "Country" || pe.Type == "City" || pe.Type == "Region" {
				name := d.text(i, pm.To)
				d.out = append(d.out, description{candidate: candidate{Name: name, Type: typ}})
				d.st.note(t.Key, "key:"+nameKey(name))
				return pm.To - 1, true
			}
		}
	}
	return i, false
}

// eventOf reads "withdrawal of American personnel", "assault of the American embassy" at token i; it returns the last token read.
func (d *describer) eventOf(i int) (int, bool) {
	isDet := isDet
	t := d.toks[i]
	// withdrawal of American personnel, assault of the American
	// embassy, fight against ISIS
	if typ, ok := d.noun(i); ok && typ == "Event" && i+2 < len(d.toks) && (d.toks[i+1].Key == "of" || d.toks[i+1].Key == "against") && !d.toks[i+1].Break && t.Key != "killing" && t.Key != "storming" {
		start := i
		if i > 0 && !d.covered[i-1] && !d.toks[i-1].Cap && !isDet(d.toks[i-1].Key) && !stopwords[d.toks[i-1].Key] && !prepositions[d.toks[i-1].Key] {
			start = i - 1 // full withdrawal
		}
		end := i + 2
		if d.toks[end].Key == "the" {
			end++
		}
		k := end
		for k < len(d.toks) && k < end+3 && !d.toks[k].Break && !prepositions[d.toks[k].Key] && !isDet(d.toks[k].Key) {
			if m, ok := d.mentionAt[k]; ok {
				k = m.To
				continue
			}
			k++
		}
		if k > end {
			// "assault of the American embassy": the embassy is the
			// facility "the compound" will mean.
			for q := end; q < k; q++ {
				if nounTypes[d.toks[q].Key] == "Facility" {
					if ref, ok := d.st.heads[headKey(d.toks[q].Key)]; ok {
						d.st.lastFacility = ref
					}
				}
			}
			d.out = append(d.out, description{candidate: candidate{Name: d.text(start, k), Type: "Event"}})
			d.st.events = append(d.st.events, nameKey(d.text(start, k)))
			d.st.note(t.Key, "key:"+nameKey(d.text(start, k)))
			return k - 1, true
		}
	}
	return i, false
}

// joinedToName reports whether the "the" at token i follows a name and
// "and" or "or": "Ain al-Asad and the base at Erbil" names another base
// than the last one named.
func (d *describer) joinedToName(i int) bool {
	return i >= 2 && (d.toks[i-1].Key == "and" || d.toks[i-1].Key == "or") && !d.toks[i-1].Break && d.covered[i-2]
}

// definite reads "the siege", "the embassy attack", "the compound": definite descriptions, a bare one resolving to the last entity with its head at token i; it returns the last token read.
func (d *describer) definite(i int) (int, bool) {
	isDet := isDet
	t := d.toks[i]
	// Definite descriptions: "the siege", "the initial attack", "the
	// embassy attack", "the consulate", "The protestors", "the main
	// reception area"; a bare one resolves to the last entity with its
	// head.
	if t.Key == "the" && !d.covered[i] {
		j := i + 1
		for j < len(d.toks) && j < i+4 && !d.covered[j] && !d.toks[j].Cap && !d.toks[j].Break && !prepositions[d.toks[j].Key] && !isDet(d.toks[j].Key) {
			if _, ok := nounTypes[d.toks[j].Key]; ok && (j+1 >= len(d.toks) || d.toks[j+1].Break || nounTypes[d.toks[j+1].Key] == "" || d.covered[j+1]) {
				break
			}
			j++
		}
		typ, ok := d.noun(j)
		if !ok || j >= len(d.toks) || d.toks[j].Break && j > i+1 {
			return i, true
		}
		if typ == "Event" && j+1 < len(d.toks) && (d.toks[j+1].Key == "of" || d.toks[j+1].Key == "against") && !d.toks[j+1].Break {
			return i, true // "the fight against ISIS": a description of its own
		}
		if j == i+1 && (d.toks[j].Key == "compound" || d.toks[j].Key == "facility" || d.toks[j].Key == "building") && d.st.lastFacility != "" {
			d.out = append(d.out, description{candidate: candidate{Name: d.text(i, j+1), Type: typ}, ref: d.st.lastFacility, From: i, To: j + 1})
			return j, true
		}
		name := d.text(i, j+1)
		// "the embassy attack": the last event described at the embassy.
		if typ == "Event" && j == i+2 {
			if _, isPlace := nounTypes[d.toks[i+1].Key]; isPlace && nounTypes[d.toks[i+1].Key] == "Facility" {
				found := false
				for k := len(d.st.events) - 1; k >= 0; k-- {
					if containsWords(d.st.events[k], d.toks[i+1].Key) {
						d.out = append(d.out, description{candidate: candidate{Name: name, Type: typ}, ref: "key:" + d.st.events[k], From: i, To: j + 1})
						found = true
						break
					}
				}
				if found {
					return j, true
				}
			}
		}
		if j == i+1 {
			if ref, ok := d.eventReferred(i, d.toks[j].Key); ok {
				d.out = append(d.out, description{candidate: candidate{Name: name, Type: typ}, ref: ref, From: i, To: j + 1})
				return j, true
			}
			if typ == "Facility" && d.joinedToName(i) {
				return i, true
			}
			if ref, ok := d.st.headRef(d.toks[j].Key); ok {
				if !d.st.placeFits(d.g, ref, d.placeAfter(j)) {
					return i, true // "one hit the base at Erbil": not the base set elsewhere
				}
				d.out = append(d.out, description{candidate: candidate{Name: name, Type: typ}, ref: ref, From: i, To: j + 1})
				if typ == "Facility" {
					d.st.lastFacility = ref // "the embassy" again: "the compound" is it
				}
				return j, true
			}
			if ref, ok := d.lastAttack(d.toks[j].Key); ok {
				d.out = append(d.out, description{candidate: candidate{Name: name, Type: typ}, ref: ref, From: i, To: j + 1})
				return j, true
			}
			if vagueHeads[d.toks[j].Key] {
				return i, true
			}
		}
		d.out = append(d.out, description{candidate: candidate{Name: name, Type: typ}})
		d.st.note(d.toks[j].Key, "key:"+nameKey(name))
		if typ == "Event" {
			d.st.events = append(d.st.events, nameKey(name))
		}
		return j, true
	}
	return i, false
}

// settingWords set what they follow in, at or near a place.
var settingWords = defaultRules.mustList("settingWords")

// placeAfter is the place the noun at token j is set in, at or near
// ("the base at Erbil"), or "".
func (d *describer) placeAfter(j int) string {
	return placeAt(d.toks, j+1, d.mentionAt, d.g)
}

// placeAt is the place a setting word at token k and "the" bring in: "at
// Erbil", "in the Kurdistan Region", or "".
func placeAt(toks []token, k int, at map[int]mention, g *Gazetteer) string {
	if k >= len(toks) || !settingWords[toks[k].Key] || toks[k].Break {
		return ""
	}
	k++
	if keyAt(toks, k) == "the" {
		k++
	}
	if m, ok := at[k]; ok {
		if e, _ := g.Lookup(m.Entity); schema.IsA(e.Type, "Place") {
			return e.ID
		}
	}
	return ""
}

// notePlace remembers the place, if any, a mention of ref is set in.
func (c *corefState) notePlace(ref, place string) {
	if place == "" {
		return
	}
	if c.placed == nil {
		c.placed = map[string][]string{}
	}
	if !slices.Contains(c.placed[ref], place) {
		c.placed[ref] = append(c.placed[ref], place)
	}
}

// placeFits reports whether ref may be what a noun set in place p stands
// for: p is "" or the text set ref in no place, or in p, in a place set in
// p or p is set in, or in a place whose name shares a first word with p's
// ("Anbar" and "Anbar Province"). In "eleven struck Ain al-Asad and one
// hit the base at Erbil", after "the Ain al-Asad air base in Anbar
// province", the base at Erbil is another base.
func (c *corefState) placeFits(g *Gazetteer, ref, p string) bool {
	in := c.placed[ref]
	if p == "" || len(in) == 0 {
		return true
	}
	pe, _ := g.Lookup(p)
	for _, w := range in {
		we, _ := g.Lookup(w)
		if w == p || slices.Contains(c.placed["id:"+p], w) || slices.Contains(c.placed["id:"+w], p) ||
			nameHasWord(we, firstKey(pe.Name)) || nameHasWord(pe, firstKey(we.Name)) {
			return true
		}
	}
	return false
}

// firstKey is the folded first word of a name.
func firstKey(name string) string {
	if toks := tokenize(name); len(toks) > 0 {
		return toks[0].Key
	}
	return ""
}

// demonstrativeNumbers are the demonstratives that point back at what the
// text just told of ("That siege came in response to", "this attack",
// "those strikes"), each with whether its noun is plural.
var demonstrativeNumbers = map[string]bool{"that": false, "this": false, "those": true, "these": true}

// isDemonstrative reports whether a word is a demonstrative.
func isDemonstrative(w string) bool {
	_, ok := demonstrativeNumbers[w]
	return ok
}

// demonstrative reads "that siege", "those strikes" at token i: an event
// noun of the demonstrative's number right after it stands for the event
// "the" and the noun would, the one its sentence or the text last named
// by such a word; nothing where none was ("that attack" names no new
// event). It returns the last token read.
func (d *describer) demonstrative(i int) (int, bool) {
	plural, ok := demonstrativeNumbers[d.toks[i].Key]
	j := i + 1
	if !ok || d.covered[i] || j >= len(d.toks) || d.toks[j].Break {
		return i, false
	}
	if typ, ok := d.noun(j); !ok || typ != "Event" || pluralEvent(d.toks[j:j+1]) != plural {
		return i, false
	}
	ref, ok := d.eventReferred(i, d.toks[j].Key)
	if !ok {
		ref, ok = d.st.headRef(d.toks[j].Key)
	}
	if !ok {
		ref, ok = d.lastAttack(d.toks[j].Key)
	}
	if !ok || !strings.HasPrefix(ref, "id:") && !strings.HasPrefix(ref, "key:") {
		return i, false
	}
	d.out = append(d.out, description{candidate: candidate{Name: d.text(i, j+1), Type: "Event"}, ref: ref, From: i, To: j + 1})
	return j, true
}

// eventReferred is the event a bare definite noun at token i+1 stands
// for by a word any attack may be referred to by: one its own sentence
// named before it, else the last the text named (generalEvent).
func (d *describer) eventReferred(i int, word string) (string, bool) {
	if ref, ok := d.sentenceEvent(i, word); ok {
		return ref, true
	}
	return d.st.generalEvent(word)
}

// sentenceEvent is the event a bare definite noun at token i+1 stands for
// when the sentence named it before, closer than any sentence before: "a
// rocket attack hit the embassy; the prime minister condemned the
// attack". The words are those the next sentence would read it by
// (eventRefWords), in the order the next sentence would try them.
func (d *describer) sentenceEvent(i int, word string) (string, bool) {
	general, own := "", ""
	for _, m := range d.ms {
		e, ok := d.g.Lookup(m.Entity)
		if !ok || e.Type != "Event" || m.To > i {
			continue
		}
		ownWords, generalWords := eventRefWords(d.s, d.toks, m, e)
		if slices.Contains(generalWords, word) {
			general = "id:" + e.ID
		}
		if slices.Contains(ownWords, word) {
			own = "id:" + e.ID
		}
	}
	// As across sentences: the last attack a general word may name, then
	// the last event of the noun's own kind.
	if general != "" {
		return general, true
	}
	return own, own != ""
}

// lastAttack resolves a bare "the attack" to the last attack, strike or
// siege described before it; head is the word after "the".
func (d *describer) lastAttack(head string) (string, bool) {
	if head != "attack" {
		return "", false
	}
	for k := len(d.st.events) - 1; k >= 0; k-- {
		if kind := kindOf(defaultKinds, d.st.events[k]); attackKinds[kind] || kind == "siege" {
			return "key:" + d.st.events[k], true
		}
	}
	return "", false
}

// possessed reads "its proxies", "their fighters" at token i: the entity
// last named with that head word ("Iranian proxies"); it returns the last
// token read.
func (d *describer) possessed(i int) (int, bool) {
	j := i + 1
	if (d.toks[i].Key != "its" && d.toks[i].Key != "their") || d.covered[i] || j >= len(d.toks) || d.covered[j] || d.toks[j].Break {
		return i, false
	}
	typ, ok := nounTypes[d.toks[j].Key]
	ref, known := d.st.heads[headKey(d.toks[j].Key)]
	if !ok || !known || vagueHeads[d.toks[j].Key] {
		return i, false
	}
	d.out = append(d.out, description{candidate: candidate{Name: d.text(i, j+1), Type: typ}, ref: ref, From: i, To: j + 1})
	return j, true
}

// cityRanks are the words that rank a country's cities: "Libya's second
// city".
var cityRanks = defaultRules.mustList("cityRanks")

// ownersCity reads "second city" in "Libya's second city" at token i: the
// city named last before it in the sentence; it returns the last token
// read.
func (d *describer) ownersCity(i int) (int, bool) {
	j := i
	if j < len(d.toks) && cityRanks[d.toks[j].Key] {
		j++
	}
	if i == 0 || !d.toks[i-1].Poss || !d.covered[i-1] || d.covered[i] || j >= len(d.toks) || d.toks[j].Key != "city" {
		return i, false
	}
	last := ""
	for _, m := range d.ms {
		if e, _ := d.g.Lookup(m.Entity); m.To < i && e.Type == "City" {
			last = e.ID
		}
	}
	if last == "" {
		return i, false
	}
	d.out = append(d.out, description{candidate: candidate{Name: d.text(i, j+1), Type: "City"}, ref: "id:" + last, From: i, To: j + 1})
	return j, true
}

// theirLeaders reads "their leaders": the leaders of the group named last before it.
func (d *describer) theirLeaders() {
	ms := d.ms
	// "their leaders": the leaders of the group named last before it.
	for i := 0; i+1 < len(d.toks); i++ {
		if d.toks[i].Key != "their" || (d.toks[i+1].Key != "leaders" && d.toks[i+1].Key != "commanders") || d.covered[i+1] {
			continue
		}
		var group *schema.Entity
		for _, m := range ms {
			if m.To > i {
				break
			}
			if e, ok := d.g.Lookup(m.Entity); ok && schemaIsA(e.Type, "Organization") {
				e := e
				group = &e
			}
		}
		// "the militias ... their leaders": a group head resolved earlier.
		for k := i - 1; k >= 0 && group == nil; k-- {
			if nounTypes[d.toks[k].Key] == "ArmedGroup" || nounTypes[d.toks[k].Key] == "Group" {
				if ref, ok := d.st.heads[headKey(d.toks[k].Key)]; ok && strings.HasPrefix(ref, "id:") {
					if e, ok := d.g.Lookup(strings.TrimPrefix(ref, "id:")); ok {
						group = &e
					}
				}
				break
			}
		}
		if group == nil {
			continue
		}
		name := group.Name
		if r := []rune(name); len(r) > 0 && !unicode.IsUpper(r[0]) || isDescriptive(name) {
			name = "the " + name
		}
		title := strings.ToUpper(d.toks[i+1].Text[:1]) + d.toks[i+1].Text[1:]
		d.out = append(d.out, description{candidate: candidate{Name: title + " of " + name, Type: "Group"}, virtual: true, From: i, To: i + 2, group: group.ID})
	}
}

// titlesAlone reads titles alone: "The President" is the last person
// given that title; "the Prime Minister", with nobody, is the office, of
// the country the sentence names if it names one.
func (d *describer) titlesAlone() {
	// Titles alone: "The President" is the last person given that title;
	// "the Prime Minister", with nobody, is the office.
	for i := 0; i+1 < len(d.toks); i++ {
		if d.toks[i].Key != "the" || !d.toks[i+1].Cap || !titleWords[d.toks[i+1].Key] || d.covered[i+1] {
			continue
		}
		j := i + 1
		for j < len(d.toks) && d.toks[j].Cap && titleWords[d.toks[j].Key] && !d.covered[j] {
			j++
		}
		if j < len(d.toks) && d.toks[j].Cap && !d.covered[j] {
			continue // a title before a name
		}
		if j < len(d.toks) && d.covered[j] {
			continue
		}
		title := joinKeys(d.toks[i+1 : j])
		name := d.text(i, j)
		if ref, ok := d.st.titles[title]; ok {
			d.out = append(d.out, description{candidate: candidate{Name: name, Type: "Person"}, ref: ref, From: i, To: j})
			continue
		}
		if c, ok := d.officeOf(title); ok {
			// in any article: the office of the one country the
			// sentence names, not a name of its own ("the Prime
			// Minister" elsewhere is another country's)
			d.out = append(d.out, description{candidate: candidate{Name: d.text(i+1, j) + " of " + withArticle(c.Name), Type: "GovernmentBody"}, virtual: true, From: i + 1, To: j, relates: true})
			continue
		}
		d.out = append(d.out, description{candidate: candidate{Name: d.text(i+1, j), Type: "GovernmentBody", Aliases: []string{name}}})
	}
}

// withArticle writes a country's name as it follows "of": "the United
// States", "Iraq".
func withArticle(country string) string {
	if strings.HasPrefix(country, "United ") {
		return "the " + country
	}
	return country
}

// stateOffices are the titles alone that name a state's office: "the
// Prime Minister", not "the General".
var stateOffices = set("prime minister", "president", "supreme leader", "foreign minister", "defense minister", "defence minister", "interior minister")

// officeOf is the country whose office a title alone names: the one
// country the sentence names ("Iraqi politics ... the Prime Minister"),
// not in a compound ("Iran-backed").
func (d *describer) officeOf(title string) (schema.Entity, bool) {
	if !stateOffices[title] {
		return schema.Entity{}, false
	}
	var found schema.Entity
	for _, m := range d.ms {
		e, _ := d.g.Lookup(m.Entity)
		if e.Type != "Country" || m.To < len(d.toks) && d.toks[m.To].Hyph || e.ID == found.ID {
			continue
		}
		if found.ID != "" {
			return schema.Entity{}, false
		}
		found = e
	}
	return found, found.ID != ""
}

func isNumber(t token) bool {
	if numberWords[t.Key] {
		return true
	}
	for _, r := range t.Text {
		if !unicode.IsDigit(r) && r != ',' {
			return false
		}
	}
	return t.Text != ""
}

func isYear(t token) bool {
	n := atoi(t.Text)
	return len(t.Text) == 4 && n >= 1900 && n <= 2100
}

// nameHead is the head word of a name, for resolving "the strike" to it:
// the last word before a preposition ("Storming of the U.S. Embassy" is a
// storming, "U.S. Embassy in Baghdad" an embassy).
func nameHead(name string) string {
	toks := tokenize(name)
	for i := 1; i < len(toks); i++ {
		if prepositions[toks[i].Key] && toks[i].Key != "and" {
			return toks[i-1].Key
		}
	}
	if len(toks) == 0 {
		return ""
	}
	return toks[len(toks)-1].Key
}
