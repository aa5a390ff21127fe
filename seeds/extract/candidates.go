package extract

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-analyst/kg/schema"
)

// candidate is a name the gazetteer does not know, with a type guess.
type candidate struct {
	Name       string
	Type       string
	Aliases    []string
	title      string // the person title written before the name ("president"), if any
	known      string // set when the name is another name of this known entity
	confidence int    // how sure the type guess is: 0 default, 1 pattern, 2 head word or title
	backed     string // for "X-backed militias", the group's backedPhrase key
}

// candidates finds new names in one sentence: capitalised spans outside
// known mentions (titles and function words stripped), a known mention
// extended by a head word ("Trump Administration", "Baghdad airport"),
// and "X-backed militias".
func candidates(s string, toks []token, ms []mention, g *Gazetteer, midCaps map[string]int, alone map[string]bool) []candidate {
	sc := &nameScan{s: s, toks: toks, ms: ms, g: g, midCaps: midCaps, alone: alone, covered: make([]int, len(toks)), blocked: make([]bool, len(toks))}
	for i, m := range ms {
		for j := m.From; j < m.To; j++ {
			sc.covered[j] = i + 1
		}
	}
	if strings.ContainsAny(s, `"“`) {
		sc.slogans()
	}
	sc.headWords()
	sc.events()
	sc.backed()
	sc.bodies()
	sc.led()
	sc.vehicles()
	sc.spans()
	return sc.out
}

// nameScan finds the new names of one sentence.
type nameScan struct {
	s       string
	toks    []token
	ms      []mention
	g       *Gazetteer
	midCaps map[string]int
	alone   map[string]bool // words the document writes as a name of their own
	covered []int           // mention index + 1, by token
	blocked []bool          // words a name found here already takes
	places  map[int]bool    // words of the runs found here to name places
	out     []candidate
}

// slogans blocks the words of a quotation in title case, a banner's or a
// chant's ("Iran Out, Out", "Yes Yes Iraq, No No Tehran Militias"): its
// capitals name no one, though the known names in it stay. A quotation
// that names what the text calls so ("an operation it called \"Noble
// Revenge\"") is a name.
func (sc *nameScan) slogans() {
	s, toks := sc.s, sc.toks
	for k := 0; k < len(toks); {
		open := strings.LastIndexAny(s[:toks[k].Start], `"“”`)
		if open < 0 || s[open] == 0xe2 && s[open:open+3] == "”" || strings.Count(s[:open], `"`)%2 == 1 {
			k++
			continue
		}
		closing := strings.IndexAny(s[toks[k].Start:], `"”`)
		if closing < 0 {
			return
		}
		closing += toks[k].Start
		end := k
		for end < len(toks) && toks[end].Start < closing {
			end++
		}
		if allCapitalised(toks[k:end], 2) && !reNamedAs.MatchString(strings.TrimRight(s[:open], " ")) {
			for ; k < end; k++ {
				sc.blocked[k] = true
			}
		}
		k = max(end, k+1)
	}
}

// headWords finds a known mention extended by a head word: "Trump Administration", "Baghdad airport".
func (sc *nameScan) headWords() {
	s := sc.s
	toks := sc.toks
	ms := sc.ms
	g := sc.g
	covered := sc.covered
	blocked := sc.blocked
	for _, m := range ms {
		if blocked[m.From] {
			continue // a known name inside a slogan takes no head word: "No No Tehran Militias"
		}
		e, _ := g.Lookup(m.Entity)
		j := m.To
		if c, ok := countrysBody(s, toks, m, e, func(k int) bool { return covered[k] != 0 }); ok {
			sc.out = append(sc.out, c)
			blocked[j], blocked[j+1] = true, true
			continue
		}
		if j >= len(toks) || covered[j] != 0 || toks[j].Break || toks[m.To-1].Poss {
			continue
		}
		k := toks[j].Key
		if toks[j].Cap && (capHeads[k] == "" || headAfter(toks, j, covered) || namedOnAfter(toks, j, covered)) {
			sc.capitalRun(m, e, j)
			continue
		}
		if toks[j].Cap {
			if t, ok := capHeads[k]; ok && !titleWords[k] {
				if c, ok := sc.servedName(m, j, j, t); ok {
					sc.out = append(sc.out, c)
					continue
				}
				end := j + 1
				name := s[m.Start:toks[j].End]
				if t == "Facility" && end < len(toks) && toks[end].Key == "base" && !toks[end].Break {
					name = s[m.Start:toks[end].End]
				}
				if k == "flight" && end < len(toks) && flightNumber(toks[end]) && !toks[end].Break {
					name = s[m.Start:toks[end].End] // Ukraine International Airlines Flight 752
					blocked[j], blocked[end] = true, true
				}
				if city, ok := sc.cityAfterIn(end); ok && placedHeads[k] && sc.knownElsewhere(name) {
					name = s[m.Start:city.End] // "the U.S. Embassy in Beirut": not the known one in Baghdad
				}
				sc.out = append(sc.out, candidate{Name: name, Type: t, confidence: 2})
			}
			continue
		}
		if k == "flight" && j+1 < len(toks) && flightNumber(toks[j+1]) && !toks[j+1].Break && e.Type != "Country" && e.Type != "Person" {
			sc.out = append(sc.out, candidate{Name: s[m.Start:toks[j+1].End], Type: "Vehicle", confidence: 2})
			continue
		}
		// "Anbar province", "Baghdad airport"; "Iraq militia" is any
		// Iraqi militia, as headlines write it.
		if t, ok := lowerHeads[k]; ok && (e.Type == "City" || e.Type == "Region" || (e.Type == "Country" && nameKey(m.Text) == nameKey(e.Name) && !schema.IsA(t, "Organization"))) {
			name := s[m.Start:toks[j].End]
			if k == "air" && j+1 < len(toks) && toks[j+1].Key == "base" {
				name = s[m.Start:toks[j+1].End]
			} else if k == "air" {
				continue
			}
			if t == "Region" && e.Type == "Region" {
				continue // "Duhok province" after Duhok, a province: the same region
			}
			c := candidate{Name: name, Type: t, confidence: 2}
			if t == "Region" {
				c.Name = e.Name + " Province"
				c.Aliases = []string{name}
			}
			sc.out = append(sc.out, c)
		}
	}
}

// countryNamedHeads are the head words of armed groups named for the
// country they fight in (rules/words.rules).
var countryNamedHeads = defaultRules.mustList("countryNamedHeads")

// placedHeads are the head words of buildings a state keeps in another's
// cities, named by the city (rules/words.rules).
var placedHeads = defaultRules.mustList("placedHeads")

// cityAfterIn is the mention of a known city or region after an "in" at
// k: "in Beirut".
func (sc *nameScan) cityAfterIn(k int) (mention, bool) {
	toks := sc.toks
	if k+1 >= len(toks) || toks[k].Key != "in" || toks[k].Break || toks[k+1].Break || sc.covered[k+1] == 0 {
		return mention{}, false
	}
	m := sc.ms[sc.covered[k+1]-1]
	e, _ := sc.g.Lookup(m.Entity)
	return m, m.From == k+1 && (e.Type == "City" || e.Type == "Region")
}

// knownElsewhere reports whether name is another name of a known
// building whose own name places it in a city ("U.S. Embassy" of "U.S.
// Embassy in Baghdad"), which the gazetteer left unmatched before another
// city (placedElsewhere).
func (sc *nameScan) knownElsewhere(name string) bool {
	e, ok := sc.g.Match(name)
	return ok && strings.Contains(e.Name, " in ")
}

// countrysBody reads "Iran's Foreign Ministry", a country's possessive
// before an office word and a body's head word, as the body its demonym
// names, "Iranian Foreign Ministry", as "the Iraqi Foreign Ministry" is
// written: "Foreign Ministry" alone is every country's. A ministry in
// lower case is read so after the possessive or the demonym ("Iraq's
// foreign ministry", "the Iraqi defence ministry"), where its portfolio
// says which ("the Iraqi ministry" says none).
func countrysBody(s string, toks []token, m mention, e schema.Entity, taken func(k int) bool) (candidate, bool) {
	j := m.To
	if e.Type != "Country" || j+1 >= len(toks) || taken(j) || taken(j+1) || toks[j+1].Break {
		return candidate{}, false
	}
	demonym := demonymOf(e)
	poss := toks[j-1].Poss
	switch {
	case demonym == "":
		return candidate{}, false
	case !toks[j].Cap && !toks[j+1].Cap && portfolios[toks[j].Key] && toks[j+1].Key == "ministry" &&
		(poss || nameKey(m.Text) == nameKey(demonym)):
		portfolio := s[toks[j].Start:toks[j].End]
		name := demonym + " " + strings.ToUpper(portfolio[:1]) + portfolio[1:] + " Ministry"
		var aliases []string
		if poss {
			aliases = []string{s[m.Start:toks[j+1].End]}
		}
		return candidate{Name: name, Type: "GovernmentBody", Aliases: aliases, confidence: 2}, true
	case !poss || !toks[j].Cap || !titleWords[toks[j].Key] || personTitles[toks[j].Key] || capHeads[toks[j+1].Key] != "GovernmentBody" ||
		j+2 < len(toks) && toks[j+2].Cap && !toks[j+2].Break:
		return candidate{}, false
	}
	body := s[toks[j].Start:toks[j+1].End]
	return candidate{Name: demonym + " " + body, Type: "GovernmentBody", Aliases: []string{s[m.Start:toks[j+1].End]}, confidence: 2}, true
}

// portfolios are what a ministry is of: "the foreign ministry".
var portfolios = defaultRules.mustList("portfolios")

// demonymOf is a country's adjective among its aliases ("Iranian",
// "Iraqi", "Ukrainian"), or "".
func demonymOf(e schema.Entity) string {
	for _, a := range e.Aliases {
		if k := nameKey(a); !strings.Contains(k, " ") && (adjectiveShape(k) || strings.HasSuffix(k, "i")) {
			return a
		}
	}
	return ""
}

// bodyAliases are the other names of a country's body: as the text wrote
// it ("Iraq's parliament"), if it did, and by the country's demonym ("Iraqi
// parliament"), as it is most often written.
func bodyAliases(noun string, country schema.Entity, written string) []string {
	var out []string
	if written != "" {
		out = append(out, written)
	}
	if d := demonymOf(country); d != "" && nameKey(d+" "+noun) != nameKey(written) {
		out = append(out, d+" "+noun)
	}
	return out
}

// namedOnAfter reports whether the head word at j goes on into a name by
// "of", "for" or "on" and a capitalised word that is no date: "Iraqi
// Council of Representatives", not "Iraqi Council on Sunday".
func namedOnAfter(toks []token, j int, covered []int) bool {
	k := j + 2
	return k < len(toks) && (toks[j+1].Key == "of" || toks[j+1].Key == "for" || toks[j+1].Key == "on") && !toks[j].Poss &&
		!toks[j+1].Break && toks[k].Cap && !toks[k].Break && covered[k] == 0 && !stopwords[toks[k].Key]
}

// headAfter reports whether the word after j is a capitalised head word
// that goes on the name: "Press" in "Saudi Press Agency". A craft's head
// ("Airlines Flight 752") starts a name of its own.
func headAfter(toks []token, j int, covered []int) bool {
	k := j + 1
	if k >= len(toks) || !toks[k].Cap || toks[k].Break || toks[j].Poss || covered[k] != 0 || titleWords[toks[k].Key] {
		return false
	}
	t := capHeads[toks[k].Key]
	return t != "" && t != "Vehicle"
}

// capitalRun reads a capitalised run after mention m of e, from token j, that ends in a head word: "Baghdad International Airport".
func (sc *nameScan) capitalRun(m mention, e schema.Entity, j int) {
	s := sc.s
	toks := sc.toks
	covered := sc.covered
	blocked := sc.blocked
	// Baghdad International Airport: a capitalised run ending in a head word.
	end := j
	for end < len(toks) && end < j+3 && covered[end] == 0 && toks[end].Cap && !toks[end].Break && !toks[end-1].Poss {
		if t, ok := capHeads[toks[end].Key]; ok && !titleWords[toks[end].Key] {
			// Saudi Press Agency: head words in a row end it at the
			// last; the type is the last's, a medium's if it says one.
			for headAfter(toks, end, covered) {
				end++
				if t != "MediaOutlet" || toks[end].Key == "office" { // Prime Minister Press Office
					t = capHeads[toks[end].Key]
				}
			}
			// Iraqi High Commission for Human Rights: "of", "for",
			// "on" and capitalised words after the head word.
			for end+2 < len(toks) && (toks[end+1].Key == "for" || toks[end+1].Key == "of" || toks[end+1].Key == "on") &&
				!toks[end+1].Break && toks[end+2].Cap && !toks[end+2].Break && covered[end+2] == 0 && !toks[end].Poss &&
				!stopwords[toks[end+2].Key] { // not "... Council of Representatives on Sunday"
				end += 2
				for end+1 < len(toks) && toks[end+1].Cap && !toks[end+1].Break && covered[end+1] == 0 && !toks[end].Poss {
					end++
				}
			}
			if c, ok := sc.servedName(m, j, end, t); ok {
				sc.out = append(sc.out, c)
				break
			}
			for k := j; k <= end; k++ {
				blocked[k] = true
			}
			// Ukraine International Airlines Flight 752, Flight PS752
			if end+2 < len(toks) && toks[end+1].Key == "flight" && flightNumber(toks[end+2]) && !toks[end+1].Break && !toks[end+2].Break {
				sc.out = append(sc.out, candidate{Name: s[m.Start:toks[end+2].End], Type: "Vehicle", confidence: 2})
				blocked[end+1], blocked[end+2] = true, true
			}
			// Iran Air Flight 655: the flight is the run and its number.
			if toks[end].Key == "flight" && end+1 < len(toks) && flightNumber(toks[end+1]) && !toks[end+1].Break {
				blocked[end+1] = true
				sc.out = append(sc.out, candidate{Name: s[m.Start:toks[end+1].End], Type: "Vehicle", confidence: 2})
				break
			}
			c := candidate{Name: s[m.Start:toks[end].End], Type: t, confidence: 2}
			switch {
			case t == "Organization" && stateBoard(toks[m.From:end+1]):
				c.Type = "GovernmentBody" // Senate Armed Services Committee
			case t == "GovernmentBody" && worldBody(toks[m.From:end+1]):
				c.Type = "Organization" // UN General Assembly
			}
			// "Saudi Press Agency" is no "Saudi Agency", nor any
			// "Press Agency": a run of head words has no short forms.
			rowOfHeads := capHeads[toks[j].Key] != ""
			if end == j+1 && !rowOfHeads {
				c.Aliases = []string{s[m.Start:m.End] + " " + toks[end].Text}
			}
			// IRGC Aerospace Force: "the Aerospace Force" later;
			// U.S. Central Command: "Central Command" (but not
			// the Iraqi Air Force's "Air Force").
			if end > j && !rowOfHeads && (e.Type != "Country" || !genericWords[toks[j].Key]) {
				c.Aliases = append(c.Aliases, s[toks[j].Start:toks[end].End])
			}
			sc.out = append(sc.out, c)
			break
		}
		end++
	}
}

// events finds events: "the killing of X", "attack on X", "American airstrikes".
func (sc *nameScan) events() {
	s := sc.s
	toks := sc.toks
	ms := sc.ms
	g := sc.g
	eventAt := make([]bool, len(toks))
	for _, m := range ms {
		if e, _ := g.Lookup(m.Entity); e.Type == "Event" {
			for k := m.From; k < m.To; k++ {
				eventAt[k] = true
			}
		}
	}
	for _, p := range eventPhrases(s, toks, g, nil) {
		if eventAt[p.Noun] {
			continue
		}
		sc.out = append(sc.out, candidate{Name: p.Name, Type: "Event", confidence: 2})
	}
}

// backed finds "X-backed militias".
func (sc *nameScan) backed() {
	for _, p := range backedPhrases(sc.g, sc.toks, sc.ms) {
		name := sc.s[sc.toks[p.From].Start:sc.toks[p.To-1].End]
		sc.out = append(sc.out, candidate{Name: name, Type: "ArmedGroup", confidence: 2, backed: p.key()})
	}
}

// bodies finds government bodies: Iraq's parliament, the Iraqi cabinet, the government of Iraq.
func (sc *nameScan) bodies() {
	s := sc.s
	toks := sc.toks
	ms := sc.ms
	g := sc.g
	blocked := sc.blocked
	for _, b := range bodyRefs(toks, ms, g) {
		for k := b.From; k < b.To; k++ {
			blocked[k] = true
		}
		if b.Country == "" {
			continue
		}
		e, _ := g.Lookup(b.Country)
		sc.out = append(sc.out, candidate{Name: bodyName(b.Noun, e.Name), Type: "GovernmentBody", Aliases: bodyAliases(b.Noun, e, s[toks[b.From].Start:toks[b.To-1].End]), confidence: 2})
	}
}

// led finds "the U.S.-led coalition", "Saudi-led forces".
func (sc *nameScan) led() {
	s := sc.s
	toks := sc.toks
	ms := sc.ms
	g := sc.g
	blocked := sc.blocked
	for _, m := range ms {
		j := m.To
		if j+1 >= len(toks) || toks[j].Key != "led" || !toks[j].Hyph || toks[j+1].Break {
			continue
		}
		if e, _ := g.Lookup(m.Entity); e.Type != "Country" && !schemaIsA(e.Type, "Organization") {
			continue
		}
		if t, ok := ledHeads[toks[j+1].Key]; ok {
			sc.out = append(sc.out, candidate{Name: s[m.Start:toks[j+1].End], Type: t, confidence: 2})
			blocked[j+1] = true
		}
	}
}

// spans finds capitalised spans outside known mentions.
func (sc *nameScan) spans() {
	s := sc.s
	toks := sc.toks
	ms := sc.ms
	g := sc.g
	midCaps := sc.midCaps
	covered := sc.covered
	blocked := sc.blocked
	for i := 0; i < len(toks); {
		if covered[i] != 0 || blocked[i] || !startsName(toks, i, covered) || sc.addPlaceAsGivenName(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && covered[j] == 0 && !blocked[j] && !toks[j].Break && !toks[j-1].Poss &&
			(toks[j].Cap || hyphenJoined(toks, j) || codeJoined(toks, j) || andJoinsHead(toks, i, j, covered) || (connectors[toks[j].Key] && j+1 < len(toks) && toks[j+1].Cap && covered[j+1] == 0 && !toks[j+1].Break &&
				// "Abdul-Mahdi and Falih al-Fayyadh", "the Safety Board and
				// Boeing": "and" joins two names unless an "of" before it
				// makes it one ("Islamic State of Iraq and Syria");
				// "in", "on", "for" follow a head word ("Embassy in
				// Baghdad", "Council on Foreign Relations").
				!(toks[j].Key == "and" && (!hasOf(toks[i:j]) || titledAfter(toks, j+1))) &&
				!((toks[j].Key == "in" || toks[j].Key == "on" || toks[j].Key == "for") && capHeads[toks[j-1].Key] == "")) ||
				headOfThe(toks, j, covered) || causeOfBody(toks, j, covered)) {
			j++
		}
		if end, ok := sc.addKnownInName(i, j); ok {
			i = end
			continue
		}
		// Mohammad Javad Zarif, when Javad Zarif is known: another name
		// of the person. Laith al-Khazali, when (al-)Khazali is Qais
		// al-Khazali's surname: another person.
		if pj := j; pj < len(toks) && !toks[pj].Break && !toks[pj-1].Poss {
			if covered[pj] == 0 && surnameParticles[toks[pj].Key] && pj+1 < len(toks) && !toks[pj+1].Break {
				pj++
			}
			if covered[pj] != 0 {
				m := ms[covered[pj]-1]
				if e, _ := g.Lookup(m.Entity); m.From == pj && e.Type == "Person" {
					// "Slain Qasem Soleimani" opening a sentence: not a name.
					if c, ok := spanCandidate(s, toks, i, m.To, midCaps); ok && givenNames(c.Name, s[toks[j].Start:m.End]) &&
						(i > 0 || midCaps[toks[i].Key] > 0 || !strings.HasPrefix(s[toks[0].Start:], c.Name)) {
						if pj == j && (nameKey(m.Text) == nameKey(e.Name) || strings.Count(nameKey(m.Text), " ") >= 2) {
							c.known = e.ID
						}
						c.Type = "Person"
						sc.out = append(sc.out, c)
					}
					i = m.To
					continue
				}
			}
		}
		// "Like Hezbollah, ...": a sentence's first word, written with
		// a capital nowhere else, is no word of the known name after it.
		if j < len(toks) && covered[j] != 0 && !toks[j].Break && !toks[j-1].Poss && !(i == 0 && j == 1 && midCaps[toks[0].Key] == 0) {
			m := ms[covered[j]-1]
			if e, _ := g.Lookup(m.Entity); m.From == j && (armedWords[toks[m.To-1].Key] || capHeads[toks[m.To-1].Key] != "") && e.Type != "Person" {
				if c, ok := spanCandidate(s, toks, i, m.To, midCaps); ok {
					sc.out = append(sc.out, c)
				}
				i = m.To
				continue
			}
		}
		if k, t := bodyThenPerson(toks, i, j); k > 0 {
			if c, ok := spanCandidate(s, toks, i, k, midCaps); ok {
				c.Type = t // the body, typed by its head word, and the person it names
				sc.out = append(sc.out, c)
			}
			i = k
		}
		if !sc.homeOfTitled(i) {
			sc.addSpan(i, j)
		}
		i = j
	}
}

// addPlaceAsGivenName adds, and reports whether it found, a known place
// of one word and the new capitalised word right after it read as one
// person's given name and surname
// ("Defense Minister Israel Katz", "Jordan Bardella, the party leader,")
// where the text says it is a person: a title before it, a role set off
// after it, or the surname written elsewhere as a name of its own ("Katz
// said"); never after a preposition, which makes it the place ("in Israel
// Netanyahu said"). The surname is at i.
func (sc *nameScan) addPlaceAsGivenName(i int) bool {
	toks := sc.toks
	if i == 0 || sc.covered[i-1] == 0 || toks[i].Break || toks[i].Hyph || toks[i-1].Poss || !toks[i].Cap {
		return false
	}
	m := sc.ms[sc.covered[i-1]-1]
	if e, _ := sc.g.Lookup(m.Entity); m.From != i-1 || m.To != i || !isAny(e.Type, []string{"Country", "City", "Region"}) {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Cap && !toks[i+1].Break && !toks[i].Poss {
		return false // "Iraq Body Count": more than a surname
	}
	w := toks[i]
	if stopwords[w.Key] || titleWords[w.Key] || adjectiveShape(w.Key) || isAcronym(w.Text) || !personShape(toks[i-1:i+1]) {
		return false
	}
	prev := ""
	if i >= 2 && !toks[i-1].Break {
		prev = toks[i-2].Key
	}
	if namePrepositions[prev] || buildingPrepositions[prev] {
		return false
	}
	if !personTitles[prev] && !titleWords[prev] && !reLeaderOf.MatchString(sc.s[w.End:]) && !sc.alone[w.Key] {
		return false
	}
	sc.out = append(sc.out, candidate{Name: sc.s[toks[i-1].Start:w.End], Type: "Person", confidence: 1})
	return true
}

// placeInName returns where a name ends that the capitalised run
// toks[i:j] opens, a known place after it and a run of capitalised words
// ending in a head word close: "Carnegie Middle East Center", "Wilson
// Iran Institute" (addKnownInName adds it); j if the run opens no such
// name.
func (sc *nameScan) placeInName(i, j int) int {
	toks, covered := sc.toks, sc.covered
	if j >= len(toks) || covered[j] == 0 || toks[j].Break || toks[j-1].Poss {
		return j
	}
	m := sc.ms[covered[j]-1]
	if e, _ := sc.g.Lookup(m.Entity); m.From != j || !isAny(e.Type, placeTypes) {
		return j
	}
	end := m.To
	for end < len(toks) && toks[end].Cap && covered[end] == 0 && !toks[end].Break && !toks[end-1].Poss {
		end++
	}
	if end == m.To || capHeads[toks[end-1].Key] == "" {
		return j
	}
	return end
}

// bodyThenPerson returns where a person's name starts in a capitalised
// run that names a body and then, with no title between, one of its
// people: "Head of the Emergency Medical Services Pir-Hossein Kolivand",
// "the IRGC Aerospace Force Amir Ali Hajizadeh"; 0 if the run is no such
// pair, with the body's type. The body's last word is a head word (or
// its plural: "Services"), the person's name two or three words that have
// the shape of one.
func bodyThenPerson(toks []token, i, j int) (int, string) {
	if isOrdinal(toks[i].Text) {
		return 0, "" // "1st Brigade Combat Team": a numbered unit's name goes on
	}
	for k := j - 2; k >= j-3 && k >= i+2; k-- {
		head := toks[k-1].Key
		t := capHeads[head]
		if t == "" {
			t = capHeads[schema.Singular(head)]
		}
		if t == "" || t == "Vehicle" || t == "Event" || titleWords[head] {
			continue
		}
		if personShape(toks[k:j]) && !slices.ContainsFunc(toks[k:j], func(t token) bool {
			return titleWords[t.Key] || personTitles[t.Key] || stopwords[t.Key] || connectors[t.Key] && !surnameParticles[t.Key]
		}) {
			return k, t
		}
	}
	return 0, ""
}

// headOfThe reports whether the word at j is "of" or "for", or the "the"
// after it, in a body's name that goes on past them: a head word before
// "of the", a new capitalised word after ("General Staff of the Armed
// Forces", "Office of the President", "Institute for the Study of War";
// not "the head of the Badr Organization", nor "Ministry of the Interior
// on Sunday").
func headOfThe(toks []token, j int, covered []int) bool {
	if j+1 < len(toks) && (toks[j].Key == "of" || toks[j].Key == "for") {
		j++ // at "of": the same test from "the"
	} else if j < 2 || toks[j-1].Key != "of" && toks[j-1].Key != "for" {
		return false
	}
	return toks[j].Key == "the" && capHeads[toks[j-2].Key] != "" && !toks[j-1].Break && !toks[j].Break &&
		j+1 < len(toks) && toks[j+1].Cap && !toks[j+1].Break && covered[j+1] == 0 && !stopwords[toks[j+1].Key]
}

// causeOfBody reports whether the "to" at j goes on an organisation's
// name into the cause it works for, a verb and its object capitalised
// and new ("Committee to Protect Journalists"), or the "for" at j a
// plural's ("Physicians for Human Rights"). A known name after them is
// where the body goes or whom it opposes ("the Global Coalition to
// Defeat ISIS" keeps ISIS), so the run must end in no mention.
func causeOfBody(toks []token, j int, covered []int) bool {
	if j == 0 || toks[j].Break {
		return false
	}
	// "Physicians for Human Rights", "Veterans for Peace": people named
	// by their calling, for their cause, are a body.
	peopleFor := toks[j].Key == "for" && toks[j-1].Cap && !toks[j-1].Poss && strings.HasSuffix(toks[j-1].Key, "s") && !isAcronym(toks[j-1].Text)
	if !peopleFor && (toks[j].Key != "to" || capHeads[toks[j-1].Key] != "Organization") {
		return false
	}
	k := j + 1
	for k < len(toks) && toks[k].Cap && covered[k] == 0 && !toks[k].Break && !toks[k-1].Poss {
		k++
	}
	words := k - j - 1
	return (words >= 2 || peopleFor && words == 1) && !stopwords[toks[j+1].Key] && (k == len(toks) || covered[k] == 0)
}

// addKnownInName adds the candidate knownInName reads at toks[i:j], typed
// (a board of a state's words is a government body), with the name
// without its place as another name ("the Civil Aviation Organization"
// after "the Civil Aviation Organization of Iran"), or else the name
// placeInName reads, typed by its words, and returns where it ends;
// false if the run opens no such name.
func (sc *nameScan) addKnownInName(i, j int) (int, bool) {
	s, toks := sc.s, sc.toks
	end, t := sc.knownInName(i, j)
	if t == "" {
		if end = sc.placeInName(i, j); end > j {
			if c, ok := spanCandidate(s, toks, i, end, sc.midCaps); ok {
				sc.out = append(sc.out, c)
			}
		}
		return end, end > j
	}
	c, ok := spanCandidate(s, toks, i, end, sc.midCaps)
	if !ok {
		return end, true
	}
	c.Type = t
	if t == "Organization" && stateBoard(toks[i:j]) {
		c.Type = "GovernmentBody"
	}
	if tail := s[toks[j-1].End:toks[end-1].End]; toks[j].Key == "of" && strings.HasSuffix(c.Name, tail) {
		if short := strings.TrimSuffix(c.Name, tail); strings.Contains(short, " ") {
			c.Aliases = append(c.Aliases, short)
		}
	}
	sc.out = append(sc.out, c)
	return end, true
}

// knownInName reads a known name at the end of the name the capitalised
// run toks[i:j] opens: an operation named after someone, "Operation
// Martyr Soleimani"; a unit named after where it serves, "Task Force
// Iraq"; a facility's or an organization's head word before "of" and a
// place, "University of Tehran", "Central Bank of Iraq", an organization's
// before "for" and a place, "Assistance Mission for Iraq" (a state's body,
// "Parliament of Iraq", is its own reading). It returns where the name
// ends and its type, or "" if the run opens no such name.
func (sc *nameScan) knownInName(i, j int) (int, string) {
	toks, covered := sc.toks, sc.covered
	at, t, anyKnown, countryOnly := j, "", false, false
	switch {
	case firstHeads[toks[i].Key] == "Event":
		t, anyKnown = "Event", true
	case servesWhere(toks, i, j) && (j == len(toks) || toks[j].Key != "for"):
		t = "MilitaryUnit"
		if toks[j-1].Key == "mission" {
			t = "Organization"
		}
	case j+1 < len(toks) && toks[j].Key == "of" && !toks[j].Break && !toks[j-1].Poss &&
		(capHeads[toks[j-1].Key] == "Facility" || capHeads[toks[j-1].Key] == "Organization") && !bodyNouns[toks[j-1].Key],
		// "United Nations Assistance Mission for Iraq": a body for a place.
		j+1 < len(toks) && toks[j].Key == "for" && !toks[j].Break && !toks[j-1].Poss && capHeads[toks[j-1].Key] == "Organization":
		at, t = j+1, capHeads[toks[j-1].Key]
	case j+1 < len(toks) && toks[j].Key == "in" && !toks[j].Break && !toks[j-1].Poss && countryNamedHeads[toks[j-1].Key]:
		// "the Islamic Resistance in Iraq": an armed group named for the
		// country it fights in (where "the Nujaba Brigades in Syria" is
		// where they fought).
		at, t, countryOnly = j+1, "ArmedGroup", true
	case j+1 < len(toks) && toks[j].Key == "of" && !toks[j].Break && !toks[j-1].Poss && toks[j-1].Key == "ministry":
		// "Ministry of Peshmerga Affairs": a known force or people
		// before the portfolio's words.
		at, t, anyKnown = j+1, "GovernmentBody", true
	default:
		return j, ""
	}
	if at >= len(toks) || covered[at] == 0 || toks[at].Break || toks[at-1].Poss {
		return j, ""
	}
	m := sc.ms[covered[at]-1]
	e, _ := sc.g.Lookup(m.Entity)
	if m.From != at || !anyKnown && !isAny(e.Type, placeTypes) || countryOnly && e.Type != "Country" || m.To < len(toks) && toks[m.To].Poss {
		return j, ""
	}
	end := m.To
	for (t == "Event" || t == "GovernmentBody") && end < len(toks) && toks[end].Cap && covered[end] == 0 && !toks[end].Break && !toks[end-1].Poss {
		end++ // Operation Iraqi Freedom; Ministry of Peshmerga Affairs
	}
	// "the Ministry of Kurdistan" names no portfolio; "the Ministry of
	// Peshmerga" is the force's, its portfolio.
	if t == "GovernmentBody" && (end == m.To && isAny(e.Type, placeTypes) || end > m.To && !officePortfolios[toks[end-1].Key]) {
		return j, ""
	}
	return end, t
}

// servesWhere reports whether the capitalised run toks[i:j] ends in the
// head word of a unit or mission named after where it serves: "Task
// Force Iraq", "NATO Mission Iraq".
func servesWhere(toks []token, i, j int) bool {
	return j-i >= 2 && toks[j-2].Key == "task" && toks[j-1].Key == "force" || j-i >= 1 && toks[j-1].Key == "mission"
}

// servedName reads, after mention m, a run toks[from:end+1] ending in
// the head word of a mission named after where it serves and that place:
// "NATO Mission Iraq", not "NATO Mission" and the country. "NATO
// Mission" alone is then the same mission.
func (sc *nameScan) servedName(m mention, from, end int, t string) (candidate, bool) {
	served, _ := sc.knownInName(from, end+1)
	if !servesWhere(sc.toks, from, end+1) || served <= end+1 {
		return candidate{}, false
	}
	for k := from; k < served; k++ {
		sc.blocked[k] = true
	}
	return candidate{Name: sc.s[m.Start:sc.toks[served-1].End], Type: t, Aliases: []string{sc.s[m.Start:sc.toks[end].End]}, confidence: 2}, true
}

// reNamedAs ends the words before a quoted name: the operation "which it
// called", "dubbed", "code-named", "Operation".
var reNamedAs = regexp.MustCompile(`(?i)(?:called|dubbed|named|operation)\s*$`)

// quotedSlogan reports whether toks[i:j] is all a quotation holds, as
// crowds chant and banners read ("Death to America", "Hard Revenge"),
// not a name the quote gives ("an operation it called "Martyr
// Soleimani"").
func quotedSlogan(s string, toks []token, i, j int) bool {
	quoted, named := quotation(s, toks, i, j)
	return quoted && !named
}

// quotation reports whether toks[i:j] is all a quotation holds, and if so
// whether the words before it say the quote is a name ("called"). The
// pattern reads all the text before, so it runs only for a quotation.
func quotation(s string, toks []token, i, j int) (quoted, named bool) {
	before := s[:toks[i].Start]
	after := strings.TrimLeft(s[toks[j-1].End:], ".,!?")
	opens := strings.HasSuffix(before, `"`) || strings.HasSuffix(before, "“")
	closes := strings.HasPrefix(after, `"`) || strings.HasPrefix(after, "”")
	if !opens || !closes {
		return false, false
	}
	return true, reNamedAs.MatchString(strings.TrimRight(before, `"“ `))
}

// reOperationNamed is an operation given a name: "an operation it called".
var reOperationNamed = regexp.MustCompile(`(?i)\boperation\b[^.]{0,30}$`)

// addSpan adds the candidate the capitalised run toks[i:j] gives, if any:
// not a chanted slogan; the facility a titled namesake's head word names;
// an operation a quote names; a place in a list of places.
func (sc *nameScan) addSpan(i, j int) {
	s, toks, ms, g, covered, blocked, midCaps := sc.s, sc.toks, sc.ms, sc.g, sc.covered, sc.blocked, sc.midCaps
	if quotedSlogan(s, toks, i, j) || sc.acronymOfName(i, j) {
		return
	}
	if c, ok := ofFacility(s, toks, i, j); ok {
		sc.out = append(sc.out, c)
		return
	}
	if c, ok := spanCandidate(s, toks, i, j, midCaps); ok {
		end, named := withFacilityTail(s, toks, j, &c)
		if !named {
			return
		}
		for k := j; k < end; k++ {
			blocked[k] = true
		}
		if f, ok := namesake(s, toks, i, j, c); ok {
			c = f
			blocked[j] = true
		}
		if quoted, named := quotation(s, toks, i, j); quoted && named && reOperationNamed.MatchString(s[:toks[i].Start]) {
			c.Type, c.confidence = "Event", 2 // the operation it called "Martyr Soleimani"
		}
		// "Qaim, Qayyarah and Kirkuk": a list with a place in it.
		if c.Type == "Thing" && listsPlace(toks, i, j, covered, ms, g, sc.places) {
			c.Type, c.confidence = "Place", 1
		}
		if isAny(c.Type, placeTypes) {
			if sc.places == nil {
				sc.places = map[int]bool{}
			}
			for k := i; k < j; k++ {
				sc.places[k] = true
			}
		}
		// "Iran's Guardian Council": a board a state owns is the state's.
		if c.Type == "Organization" && boardHeads[schema.WordKey(lastWord(c.Name))] && sc.statesOwn(i) {
			c.Type = "GovernmentBody"
		}
		// Islamic Republic News Agency (IRNA)
		if j < len(toks) && isAcronym(toks[j].Text) && strings.HasPrefix(s[toks[j-1].End:], " ("+toks[j].Text+")") && len(strings.Fields(c.Name)) > 1 {
			c.Aliases = append(c.Aliases, toks[j].Text)
		}
		// the International Atomic Energy Agency, or IAEA,
		if m := reOrAcronym.FindStringSubmatch(s[toks[j-1].End:]); m != nil && isAcronym(m[1]) && len(strings.Fields(c.Name)) > 1 {
			c.Aliases = append(c.Aliases, m[1])
		}
		sc.out = append(sc.out, c)
	}
}

// statesOwn reports whether the run at i follows a country's
// possessive: "Iran's Guardian Council".
func (sc *nameScan) statesOwn(i int) bool {
	if i == 0 || !sc.toks[i-1].Poss || sc.covered[i-1] == 0 {
		return false
	}
	e, _ := sc.g.Lookup(sc.ms[sc.covered[i-1]-1].Entity)
	return e.Type == "Country"
}

// lastWord is the last word of a name.
func lastWord(name string) string { return name[strings.LastIndexByte(name, ' ')+1:] }

// reOrAcronym is an acronym set off after a name by "or": ", or IAEA,".
var reOrAcronym = regexp.MustCompile(`^,\s+or\s+([A-Z][A-Za-z0-9&-]{1,9})\b`)

// acronymOfName reads an acronym in brackets right after a name, "Ukraine
// International Airlines (UIA)", as another name of it, whether the name
// is known or new; it reports whether toks[i:j] is one.
func (sc *nameScan) acronymOfName(i, j int) bool {
	s, toks := sc.s, sc.toks
	if j != i+1 || i == 0 || !isAcronym(toks[i].Text) || !strings.HasPrefix(s[toks[i].End:], ")") {
		return false
	}
	before := strings.TrimRight(s[:toks[i].Start], " ")
	if !strings.HasSuffix(before, "(") {
		return false
	}
	before = strings.TrimRight(strings.TrimSuffix(before, "("), " ")
	// A known name that ends a new one ("Patriotic Union of Kurdistan
	// (PUK)") leaves the acronym to the new one, the whole name.
	known := ""
	if sc.covered[i-1] != 0 {
		if m := sc.ms[sc.covered[i-1]-1]; m.End == len(before) {
			known = m.Entity
		}
	}
	for k := range sc.out {
		if c := &sc.out[k]; c.known == "" && strings.HasSuffix(before, c.Name) && (known == "" || strings.Contains(c.Name, " ")) {
			if !slices.Contains(c.Aliases, toks[i].Text) {
				c.Aliases = append(c.Aliases, toks[i].Text)
			}
			return true
		}
	}
	if known != "" {
		sc.out = append(sc.out, candidate{Name: toks[i].Text, known: known})
		return true
	}
	return false
}

// homeOfTitled reports whether the run at i follows a known titled
// person and "of" ("Senator Tim Kaine of Virginia"): the person's state,
// which spanCandidate leaves out of a titled name it reads whole, and so
// leaves out when the person is known, as when they were new.
func (sc *nameScan) homeOfTitled(i int) bool {
	toks := sc.toks
	if i < 2 || toks[i-1].Key != "of" || sc.covered[i-2] == 0 {
		return false
	}
	m := sc.ms[sc.covered[i-2]-1]
	e, _ := sc.g.Lookup(m.Entity)
	return e.Type == "Person" && m.From > 0 && personTitles[toks[m.From-1].Key]
}

// namesake reads a titled name before a facility's lower-case head word
// as the facility named after the person: "Imam Khomeini airport" is an
// airport, not Khomeini. c is the candidate the run toks[i:j] gave.
func namesake(s string, toks []token, i, j int, c candidate) (candidate, bool) {
	if c.Type != "Person" || c.title == "" || j >= len(toks) || toks[j].Break || toks[j].Key == "air" || lowerHeads[toks[j].Key] != "Facility" {
		return candidate{}, false
	}
	for i < j && stopwords[toks[i].Key] {
		i++
	}
	return candidate{Name: s[toks[i].Start:toks[j].End], Type: "Facility", confidence: 2}, true
}

// hyphenJoined reports whether the lower-case word at j sits inside a
// hyphenated name, joined to capitalised words on both sides:
// "Mar-a-Lago".
func hyphenJoined(toks []token, j int) bool {
	return toks[j].Hyph && !toks[j].Cap && j+1 < len(toks) && toks[j+1].Hyph && toks[j+1].Cap
}

// codeJoined reports whether the word at j is a number a hyphen joins to
// the capitalised word before it, as in the codes that name bases and
// craft: "K-1", "T-4", "F-15", "MQ-9".
func codeJoined(toks []token, j int) bool {
	return j > 0 && toks[j].Hyph && toks[j-1].Cap && modelNumber(toks[j].Text) // K-1, MQ-9, Tor-M1
}

// hasCode reports whether a name holds a code ("MQ-9 Reaper").
func hasCode(ts []token) bool {
	for k := range ts {
		if codeJoined(ts, k) {
			return true
		}
	}
	return false
}

// titledAfter reports whether a titled person's name starts at k: title
// words ending in a person's title, then a capitalised word, as in "and
// Defense Secretary Mark Esper" or "and Gen. Mark Milley". Such an "and"
// lists two people, even after an "of" ("Secretary of State Mike Pompeo
// and Defense Secretary Mark Esper"), where "Islamic State of Iraq and
// Syria" is one name.
func titledAfter(toks []token, k int) bool {
	title := false
	for ; k < len(toks) && toks[k].Cap && (!toks[k].Break || title); k++ {
		switch {
		case personTitles[toks[k].Key]:
			title = true
		case title:
			return true
		case !titleWords[toks[k].Key] && !titleModifiers[toks[k].Key]:
			return false
		}
	}
	return false
}

// andJoinsHead reports whether the "and" at j joins two halves of one
// name: no head word before it, a capitalised run after it that ends in
// one ("National Security and Defence Council"), where "the Safety Board
// and Boeing" or "Britain and France" are two names.
func andJoinsHead(toks []token, i, j int, covered []int) bool {
	if toks[j].Key != "and" || capHeads[toks[j-1].Key] != "" || hasOf(toks[i:j]) {
		return false
	}
	k := j + 1
	for k < len(toks) && toks[k].Cap && !toks[k].Break && covered[k] == 0 && k <= j+3 {
		if capHeads[toks[k].Key] != "" && (k+1 == len(toks) || !toks[k+1].Cap || toks[k+1].Break) {
			return true
		}
		// "Information and Communications Technology Minister X": one
		// office's title before a name.
		if toks[k].Key == "minister" && k+1 < len(toks) && toks[k+1].Cap && !toks[k+1].Break {
			return true
		}
		k++
	}
	return false
}

func startsName(toks []token, i int, covered []int) bool {
	if timeZones[toks[i].Key] {
		return false // a live page's "09:55 GMT - Zarif: ...": a clock, no name
	}
	if toks[i].Cap {
		return true
	}
	// 82nd Airborne Division
	if isOrdinal(toks[i].Text) && i+1 < len(toks) && toks[i+1].Cap && covered[i+1] == 0 && !toks[i+1].Break {
		return true
	}
	// al-Muhandis, bin Laden
	return (toks[i].Key == "al" || toks[i].Key == "bin" || toks[i].Key == "abu") && i+1 < len(toks) && toks[i+1].Cap && covered[i+1] == 0
}

var (
	reLeaderOf      = regexp.MustCompile(`^\s*,\s+(?:the|a|an|its|their|his)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:leader|commander|chief|head|founder|spokesman|spokeswoman|deputy|secretary-general|secretary|president|minister|general|cleric|ambassador|envoy|official)\b`)
	reSaid          = regexp.MustCompile(`^\s+(?:said|says|told|added|wrote|tweeted|warned|vowed|insisted|claimed|stated)\b`)
	reTitleBefore   = regexp.MustCompile(`\b(?:leader|commander|chief|spokesman|spokeswoman|spokesperson|minister|secretary|adviser|advisor|envoy|ambassador|general|official|cleric|president|founder|head)\s+$`)
	reStrongPlaceIn = regexp.MustCompile(`(?:\bin|\bat|\bnear|\bacross|\bthroughout|\boutside)\s+$`)
	rePlaceIn       = regexp.MustCompile(`(?:\bin|\bat|\bnear|\bfrom|\bto|\bacross|\bthroughout)\s+(?:the\s+)?$`)
)

// labelledClause reports whether toks[i] opens its sentence or the clause
// after a colon ("Caption: Supporters of Sadr wave flags"), where any word
// is capitalised.
func labelledClause(s string, toks []token, i int) bool {
	return i == 0 || strings.Contains(s[toks[i-1].End:toks[i].Start], ":")
}

// spanCandidate turns toks[i:j] into a candidate name, or rejects it.
func spanCandidate(s string, toks []token, i, j int, midCaps map[string]int) (candidate, bool) {
	title := false
	// Sentence-initial common words: "Protesters gathered", "Moving forward";
	// but a role set off after the word makes it a name: "Austin, the
	// defense secretary, said".
	if i == 0 && j-i == 1 && midCaps[toks[i].Key] == 0 && !reLeaderOf.MatchString(s[toks[i].End:]) {
		return candidate{}, false
	}
	if wordsOfNoName(toks, i, j) {
		return candidate{}, false
	}
	// "Please Note:", "Editor's Note:" opening a sentence: a label.
	if labelledClause(s, toks, i) && midCaps[toks[i].Key] == 0 && strings.HasPrefix(s[toks[j-1].End:], ":") {
		return candidate{}, false
	}
	// "Fighters of Nujaba" opening a sentence: the common word goes
	// ("Physicians for Human Rights" is one name: causeOfBody).
	if labelledClause(s, toks, i) && j-i > 2 && midCaps[toks[i].Key] == 0 && connectors[toks[i+1].Key] && toks[i+1].Key != "for" && !surnameParticles[toks[i+1].Key] && capHeads[toks[i].Key] == "" && firstHeads[toks[i].Key] == "" {
		i += 2
	}
	titleKey := ""
	opened := i
	// "Airport on Wednesday": trailing function words and dates go first,
	// so the head word is the last word.
	for j > i+1 && (stopwords[toks[j-1].Key] || connectors[toks[j-1].Key]) {
		j--
	}
	// "Democratic Sen. Tim Kaine": what comes before a title goes with it.
	if capHeads[toks[j-1].Key] == "" {
		for k := i; k < j-1 && k < i+6; k++ {
			if personTitles[toks[k].Key] && k+1 < j && !titleInName(toks, k, j) {
				i = k
			}
		}
	}
	// A name that ends in a head word keeps its titles: "Imam Khomeini
	// International Airport".
	keepTitles := false
	if t, ok := capHeads[toks[j-1].Key]; ok && t != "" && j-i > 1 {
		for i < j && stopwords[toks[i].Key] {
			i++
		}
		keepTitles = j-i > 1 && titleWords[toks[i].Key] && !(j-i == 2)
	}
	// "Minister of State for Foreign Affairs Adel al-Jubeir": an office's
	// portfolio closes the title; the name is what follows it.
	if k, key := portfolioEnd(toks, i, j); k > i && !keepTitles {
		i, title, titleKey = k, title || key != "", cmp.Or(key, titleKey)
	}
	if !keepTitles {
		var key string
		i, key = nameAfterTitles(toks, i, j)
		title, titleKey = title || key != "", cmp.Or(key, titleKey)
	}
	// Sen. Lindsey Graham of South Carolina: a titled person's name ends
	// before "of".
	if title {
		for k := i + 1; k < j; k++ {
			if toks[k].Key == "of" {
				j = k
				break
			}
		}
	}
	for j > i && (stopwords[toks[j-1].Key] || connectors[toks[j-1].Key]) {
		j--
	}
	// "Breaking News": a head word left alone by the word before it is no
	// name ("the Guards" is a name's short form).
	if i >= j || i > opened && j-i == 1 && capHeads[toks[i].Key] != "" && !determiners[toks[i-1].Key] {
		return candidate{}, false
	}
	name := s[toks[i].Start:toks[j-1].End]
	if !nameShaped(name, toks, i, j) || onlyTitles(toks[i:j]) {
		return candidate{}, false
	}
	return typedCandidate(s, toks, i, j, title, titleKey)
}

// nameAfterTitles is where the name begins in toks[i:j] past the titles
// and function words before it, and the key of the last person's title
// passed ("minister"), if any.
func nameAfterTitles(toks []token, i, j int) (int, string) {
	key := ""
	for i < j && !(i+1 < j && toks[i+1].Hyph) && !loneHead(toks, i, j) && (stopwords[toks[i].Key] || titleWords[toks[i].Key] || connectors[toks[i].Key] && toks[i].Key != "al" && toks[i].Key != "abu") {
		if titleWords[toks[i].Key] && personTitles[toks[i].Key] {
			key = toks[i].Key
		}
		i++
	}
	// "Activist Ali al-Mousawi told": a noun that says what the person
	// does, capitalised where it opens a sentence, is no word of the name.
	if j-i > 2 && describingNouns[toks[i].Key] && personShape(toks[i+1:j]) {
		i++
	}
	return i, key
}

// wordsOfNoName reports whether the run toks[i:j] is capitalised words
// that name nothing where they stand.
func wordsOfNoName(toks []token, i, j int) bool {
	// "Seely III" after a known "Seely": a generation suffix alone.
	if j-i == 1 && generationSuffixes[toks[i].Key] {
		return true
	}
	// "Sen. Tim Kaine, D-Va.,": a lawmaker's party and state.
	if j-i == 2 && toks[i+1].Hyph && len(toks[i].Text) == 1 && strings.Contains("DRI", toks[i].Text) {
		return true
	}
	// "the Global Coalition to Defeat ISIS": a verb inside a name before a
	// known name (the run would go on over a new one), no place it goes to.
	if j-i == 1 && i > 1 && toks[i-1].Key == "to" && toks[i-2].Cap && j < len(toks) && toks[j].Cap && !toks[j].Break && !toks[j-1].Poss && !stopwords[toks[j].Key] {
		return true
	}
	// "3 Germans and 3 Britons", "10 Swedes": people counted by their
	// nationality, no name.
	if j-i == 1 && i > 0 && isNumber(toks[i-1]) && strings.HasSuffix(toks[i].Key, "s") && !isAcronym(toks[i].Text) {
		return true
	}
	return false
}

// portfolioEnd is where the name begins in a run toks[i:j] that opens with
// an office and its portfolio ("Minister of Interior Yassin al-Yasiri"):
// just after the last portfolio word, when only title words, function
// words and portfolio words come before it, a name of two words or more
// (or of one after a title) follows, and the run ends in no head word
// ("the Defense Intelligence Agency" is a body), nor one before its "of"
// ("the International Committee of the Red Cross"); else i. Its key is
// the last person's title of the office ("minister"), if any.
func portfolioEnd(toks []token, i, j int) (end int, key string) {
	if headOfName(toks, i, j) != "" {
		return i, ""
	}
	end, titled := i, false
office:
	for k := i; k < j-1; k++ {
		t := toks[k]
		switch {
		case officePortfolios[t.Key]:
			end = k + 1
		case titleWords[t.Key] || personTitles[t.Key]:
			titled = true
			if titleWords[t.Key] && personTitles[t.Key] {
				key = t.Key
			}
		case !stopwords[t.Key] && !connectors[t.Key]:
			break office // a word of the name: nothing after it is the office's
		}
	}
	if end > i && (j-end >= 2 || titled) && toks[end].Cap && !connectors[toks[end].Key] {
		return end, key
	}
	return i, ""
}

// onlyTitles reports whether a run is an office and nothing else, a title
// with no name after it: "Secretary-General", "Commander-in-Chief",
// "Chief of Staff", "Interior Minister".
func onlyTitles(ts []token) bool {
	for _, t := range ts {
		if !titleWords[t.Key] && !personTitles[t.Key] && !roleWords[t.Key] && !connectors[t.Key] && !officePortfolios[t.Key] {
			return false
		}
	}
	return true
}

// typedCandidate is the candidate name toks[i:j] makes, typed; title says
// a person's title (titleKey) came before it.
func typedCandidate(s string, toks []token, i, j int, title bool, titleKey string) (candidate, bool) {
	c := candidate{Name: s[toks[i].Start:toks[j-1].End]}
	c.Type, c.confidence = guessType(s, toks, i, j, title)
	// A code names a base or a craft its words or the word after say it
	// is ("K-1 Air Base", "the K-1 base", "an MQ-9 Reaper drone"); "S-300"
	// or "G-7" alone may be anything.
	if hasCode(toks[i:j]) && c.Type != "Facility" && c.Type != "Vehicle" || titleHead(toks, i, j) {
		return candidate{}, false
	}
	switch {
	case c.Type == "Organization" && stateBoard(toks[i:j]):
		c.Type = "GovernmentBody" // National Security Council, Civil Aviation Organization
	case c.Type == "GovernmentBody" && worldBody(toks[i:j]):
		c.Type = "Organization" // UN General Assembly, International Criminal Court
	case j-i == 1 && aircraftMakers[toks[i].Key]:
		c.Type, c.confidence = "Organization", 2 // Boeing alone is the company
	case c.Type == "Facility" && isCenter(toks[j-1]) && reScholarAt.MatchString(s[:toks[i].Start]):
		c.Type = "Organization" // "a senior fellow at the Carnegie Middle East Center"
	case c.Type == "Facility" && centerFor(toks, i, j), c.Type == "Facility" && isCenter(toks[j-1]) && reSaid.MatchString(s[toks[j-1].End:]):
		c.Type = "Organization" // "the Center for Strategic Studies", "the Soufan Center said": a body, not a building
	}
	if c.Type == "Person" {
		c.title = titleKey
	}
	return c, true
}

// centerFor reports whether the name toks[i:j] is a center's "for" what
// it works on, a body's name ("Center for the Study of Armed Groups"),
// where a "Medical Center" or a "Trade Center" is a building.
func centerFor(toks []token, i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if toks[k].Key == "for" {
			return isCenter(toks[k-1])
		}
	}
	return false
}

// isCenter reports whether t is "center" or "centre", a head word of
// buildings and of bodies alike: one that speaks is a body.
func isCenter(t token) bool { return t.Key == "center" || t.Key == "centre" }

// titleHead reports whether toks[i:j] is a head word that ends a title,
// alone after it or with it: "Staff" in "Chief of Staff Mick Mulvaney",
// "Chief of Staff" opening a sentence, name no body.
func titleHead(toks []token, i, j int) bool {
	if j-i == 3 && roleWords[toks[i].Key] && toks[i+1].Key == "of" {
		return capHeads[toks[i+2].Key] != ""
	}
	return j-i == 1 && i >= 2 && capHeads[toks[i].Key] != "" && toks[i-1].Key == "of" && roleWords[toks[i-2].Key]
}

// loneHead reports whether stripping the word at i would leave only a
// head word of a body or a place: "Foreign Ministry" keeps "Foreign",
// where "President Trump" loses "President".
func loneHead(toks []token, i, j int) bool {
	t := capHeads[toks[j-1].Key]
	return i == j-2 && t != "" && t != "Vehicle" && !stopwords[toks[i].Key] && !personTitles[toks[i].Key]
}

// worldBody reports whether a name has a word that makes it the world's
// body rather than a state's: "UN General Assembly".
func worldBody(ts []token) bool {
	return slices.ContainsFunc(ts, func(t token) bool { return worldWords[t.Key] })
}

// headOfName is the type the head word of the name toks[i:j] gives: the
// word's before the preposition that opens its postmodifier where that is
// a head word ("KRG Ministry of Interior", "Patriotic Union of Kurdistan",
// "Institute for the Study of War", "Council on Foreign Relations": what
// follows says what the body is of or for), else its last word's.
func headOfName(toks []token, i, j int) string {
	for k := i + 1; k < j-1; k++ {
		if namePrepositions[toks[k].Key] {
			if t := capHeads[toks[k-1].Key]; t != "" {
				return t
			}
			break
		}
	}
	return capHeads[toks[j-1].Key]
}

// stateBoard reports whether a council, board, committee or the like is
// a state's by its words: "National Security Council", "Senate Armed
// Services Committee", "Civil Aviation Organization", "Council of
// Representatives" (not "International Atomic Energy Agency"). The head
// is the last word or the word before the first "of", as headOfName
// reads it.
func stateBoard(ts []token) bool {
	head := len(ts) - 1
	if of := slices.IndexFunc(ts, func(t token) bool { return t.Key == "of" }); of > 0 && !boardHeads[ts[head].Key] {
		head = of - 1
	}
	if len(ts) < 2 || !boardHeads[ts[head].Key] {
		return false
	}
	for k, t := range ts {
		if k != head && stateWords[t.Key] {
			return true
		}
	}
	return false
}

// nameShaped reports whether toks[i:j], written name, may be a name: not
// single letters, numbers or shouting of one letter, every word
// capitalised but for the words that join a name ("Committee to Protect
// Journalists"), and not only religious, ethnic or political adjectives
// ("Shiite, Kurdish and Sunni").
func nameShaped(name string, toks []token, i, j int) bool {
	if utf8.RuneCountInString(name) < 2 || j-i > 7 {
		return false
	}
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 && !hasCode(toks[i:j]) {
		return false
	}
	adjectives := 0
	for k := i; k < j; k++ {
		if !toks[k].Cap && !connectors[toks[k].Key] && !namePrepositions[toks[k].Key] && !(k == i && isOrdinal(toks[k].Text)) && !hyphenJoined(toks, k) && !codeJoined(toks, k) {
			return false
		}
		if adjectiveWords[toks[k].Key] {
			adjectives++
		}
	}
	return adjectives < j-i
}

// guessType guesses the type of the name toks[i:j] from its words and its
// context. Titles make people; head words make groups, units and places;
// "X, the leader of" makes a person.
func guessType(s string, toks []token, i, j int, title bool) (string, int) {
	first, last := toks[i].Key, toks[j-1].Key
	after := s[toks[j-1].End:]
	if toks[j-1].Poss {
		after = ""
	}
	before := s[:toks[i].Start]
	switch {
	case title && capHeads[last] == "":
		return "Person", 2
	case firstHeads[first] != "" && j-i > 1:
		return firstHeads[first], 2
	case headOfName(toks, i, j) != "" && j-i > 1:
		t := headOfName(toks, i, j)
		for k := i; k < j; k++ {
			if armedWords[toks[k].Key] && (t == "MilitaryUnit" || t == "Organization") {
				t = "ArmedGroup"
			}
		}
		// "1st Battalion", "2nd Brigade": a numbered unit is an army's,
		// where "Hezbollah Brigades" is a militia.
		if t == "ArmedGroup" && isOrdinal(toks[i].Text) {
			t = "MilitaryUnit"
		}
		return t, 2
	case armedWords[last]:
		return "ArmedGroup", 2
	case isOrdinal(toks[i].Text) && j-i > 1:
		return "MilitaryUnit", 1 // 1st Brigade Combat Team
	case reLeaderOf.MatchString(after):
		return "Person", 1
	}
	// "Sairoon, the movement led by", "Fatah, an alliance of parties"
	if m := reGroupAfter.FindStringSubmatch(after); m != nil {
		return groupNouns[strings.ToLower(m[1])], 1
	}
	if vesselNamed(before, after) {
		return "Vehicle", 1 // "the tanker Stena Impero", "the Galaxy Leader, a cargo ship,"
	}
	if t := craftNamed(toks[i:j], after); t != "" {
		return t, 1
	}
	if t := typeByNeighbours(s, toks, i, j, after); t != "" {
		return t, 1
	}
	if reTitleBefore.MatchString(before) && personShape(toks[i:j]) {
		return "Person", 1 // Pentagon spokesman Jonathan Hoffman
	}
	// "Another militia, Usbat al-Thaireen, said": the noun before says.
	if m := reGroupBefore.FindStringSubmatch(before); m != nil {
		return groupNouns[strings.ToLower(m[1])], 1
	}
	if reSaid.MatchString(after) {
		if j-i <= 4 && (personNamed(toks[i:j], before) || j-i == 1 && !isAcronym(toks[i].Text)) {
			return "Person", 1
		}
		return "Organization", 0
	}
	// A place news names with no head word is mostly a town: "near
	// al-Qaim", "at Landstuhl, Germany", "in Palm Beach, Florida".
	if t, conf := channelOrDestination(before, after, j-i); t != "" {
		return t, conf
	}
	if reStrongPlaceIn.MatchString(before) && j-i <= 3 {
		return "City", 0
	}
	if personNamed(toks[i:j], before) {
		return "Person", 0
	}
	if rePlaceIn.MatchString(before) && j-i <= 2 {
		return "City", 0
	}
	if j-i == 1 {
		if isAcronym(toks[i].Text) {
			return "Organization", 0
		}
		return "Thing", 0
	}
	return "Organization", 0
}

// kinNouns name kin, districtWords a city's parts (rules/words.rules).
var (
	kinNouns      = defaultRules.mustList("kinNouns")
	districtWords = defaultRules.mustList("districtWords")
)

// typeByNeighbours types the name toks[i:j] by the lower-case word after
// it ("Anbar province", "the Jadriya district") or the kin noun it is
// set off after ("Soleimani's daughter, Zeinab,"); "" if neither says.
func typeByNeighbours(s string, toks []token, i, j int, after string) string {
	if t := lowerHeadAfter(after); t != "" {
		return t
	}
	if w, _ := spacedWord(after); districtWords[w] && j-i <= 2 {
		return "Place" // a part of a city, no town of its own
	}
	if kinApposed(s, toks, i, j) {
		return "Person"
	}
	return ""
}

// kinApposed reports whether the name toks[i:j] is set off by commas
// after a kin noun that has an owner ("Soleimani's daughter, Zeinab,",
// "his widow, Maria,"): a person's name, though one given name alone.
func kinApposed(s string, toks []token, i, j int) bool {
	if i < 2 || j-i > 4 || !toks[i].Break || !kinNouns[toks[i-1].Key] || !strings.HasPrefix(strings.TrimSpace(s[toks[j-1].End:]), ",") {
		return false
	}
	owner := toks[i-2]
	return owner.Poss || owner.Key == "his" || owner.Key == "her" || owner.Key == "their"
}

// channelOrDestination types a name of n words by the words around it:
// a channel before "TV" (confidence 1), a town set off before where it
// lies from somewhere (confidence 1), a town what is moved is moved to;
// "" if none.
func channelOrDestination(before, after string, n int) (string, int) {
	switch {
	case reTV.MatchString(after):
		return "MediaOutlet", 1 // Al-Manar TV
	case reBearingOf.MatchString(after) && n <= 3:
		return "City", 1 // "Jurf al-Sakhar, south of Baghdad"
	case reMovedTo.MatchString(before) && n <= 3:
		return "City", 0 // moved to Diego Garcia
	case reDatelineCredit.MatchString(before) && reCreditClose.MatchString(after):
		return "MediaOutlet", 1 // "BAGHDAD, Jan. 9 (Xinhua) --"
	}
	return "", 0
}

var (
	// reTV: a channel's name before "TV" or "Television" ("on Al-Manar
	// TV"; the word is no part of the name kept, as in "state TV").
	reTV = regexp.MustCompile(`^\s+(?:TV|Television)\b`)
	// reMovedTo: what troops, craft or people are moved to is a place,
	// however its name looks ("bombers were moved to Diego Garcia").
	// reBearingOf: a name set off before where it lies from somewhere
	// ("X, 60 km south of Baghdad", "X, northwest of") is a place.
	reBearingOf = regexp.MustCompile(`^\s*,\s+(?:about\s+|some\s+)?(?:[\d,.]+\s*(?:km|kilometers|kilometres|miles)\s+(?:\([^)]*\)\s+)?)?(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\b`)
	// reScholarAt: where a scholar works is an institution, not a
	// building ("a fellow at the Wilson Center").
	reScholarAt = regexp.MustCompile(`\b(?:fellow|researcher|analyst|scholar|expert|economist|professor|director)\s+at\s+(?:the\s+)?$`)
	// reDatelineCredit and reCreditClose: the wire a dateline credits in
	// brackets after its place in capitals and its date ("TEHRAN, Jan.
	// 08 (MNA) –") is an outlet, however its name looks.
	reDatelineCredit = regexp.MustCompile(`^\s*[A-Z][A-Z .,/'-]*[A-Z](?:,? [^(—–]{0,30}?)?\s*\($`)
	reCreditClose    = regexp.MustCompile(`^\)\s*(?:—|–|-{1,2})`)
	reMovedTo        = regexp.MustCompile(`\b(?:moved|flown|sent|deployed|dispatched|redeployed|evacuated|transferred|relocated|diverted|rushed)\s+(?:back\s+)?to\s+$`)
)

// reTheBefore finds the definite article just before a name.
var reTheBefore = regexp.MustCompile(`(?i)\bthe\s+$`)

// personNamed reports whether a name reads as a person's: a person's shape and no article
// before it ("the Red Cross", "the Galaxy Leader" are no people's names).
func personNamed(ts []token, before string) bool {
	return personShape(ts) && !reTheBefore.MatchString(before)
}

// reGroupBefore finds a group noun just before a name: "the militia
// Usbat al-Thaireen", "another group, Saraya Awliya al-Dam,".
var reGroupBefore = regexp.MustCompile(`(?i)\b(militia|group|faction|organization|organisation|party|movement|bloc|alliance)\s*,?\s+(?:the\s+)?$`)

// reGroupAfter finds an apposition that says a name is a group.
var reGroupAfter = regexp.MustCompile(`^\s*,\s+(?:the|an?)\s+(?:[\p{L}-]+\s+)?(militia|group|faction|organization|organisation|party|movement|bloc|alliance)\b`)

var groupNouns = defaultRules.mustHeads("groupNouns")

// lowerHeadAfter is the type a lower-case head word of lowerHeads right
// after a name gives it, maybe past "military" ("Anbar province", "the
// Sairoon bloc", "Balad air base": "air" only before "base", "the ISNA
// news agency": "news" only before "agency"), or "".
func lowerHeadAfter(after string) string {
	w, rest := spacedWord(after)
	if w == "military" {
		w, rest = spacedWord(rest)
	}
	next, _ := spacedWord(rest)
	if w == "air" && next != "base" || w == "news" && next != "agency" {
		return ""
	}
	return lowerHeads[w]
}

// spacedWord returns the run of letters after the spaces s opens with, and
// what follows it; "" when s opens with no space or the spaces with no
// letter.
func spacedWord(s string) (string, string) {
	rest := strings.TrimLeftFunc(s, unicode.IsSpace)
	if len(rest) == len(s) {
		return "", s
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return rest[:end], rest[end:]
}

// vesselNouns name ships (rules/vehicles.rules); reVesselBefore finds one
// just before a name ("the tanker Stena Impero"), reVesselAfter one that
// closes an apposition after it ("the Galaxy Leader, a cargo ship,"), not
// a noun's modifier ("X, a ship captain,").
var (
	vesselNouns    = defaultRules.mustList("vesselNouns")
	reVesselBefore = regexp.MustCompile(`(?i)\b(?:` + alternation(vesselNouns) + `)\s+$`)
	reVesselAfter  = regexp.MustCompile(`^\s*,\s+(?:the|an?)\s+(?:[\p{L}-]+\s+){0,2}(?:` + alternation(vesselNouns) +
		`)(?:\s*[,.;:)]|\s+(?:that|which|owned|operated|flagged|registered|carrying|bound|sailing|heading|managed)\b)`)
)

// vesselNamed reports whether the words before or after a name say it is
// a ship's.
func vesselNamed(before, after string) bool {
	return reVesselBefore.MatchString(before) || reVesselAfter.MatchString(after)
}

// alternation joins a word list into a regular expression's alternatives,
// longest first so that no word stops short inside a longer one.
func alternation(words map[string]bool) string {
	ws := make([]string, 0, len(words))
	for w := range words {
		ws = append(ws, regexp.QuoteMeta(w))
	}
	slices.SortFunc(ws, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return strings.Join(ws, "|")
}

// craftAfter finds the word after a name, and the one after that, that
// may say it is a craft: "MQ-9 Reaper drone", "C-130 transport plane".
var craftAfter = regexp.MustCompile(`^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?`)

// craftNamed is the type a craft's noun after a name gives it, right
// after or past one modifier ("the Global Hawk surveillance drone"): a
// noun that also names people ("Qassam fighters") only after a name with
// a code ("F-15 fighters"); "" if none.
func craftNamed(ts []token, after string) string {
	m := craftAfter.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	for _, w := range m[1:] {
		if t := craftHeads[w]; t != "" && (hasCode(ts) || !crewNouns[w]) {
			return t
		}
	}
	return ""
}

// personShape: two to four capitalised words with none of the words that
// make groups or places, or an Arabic name with al-, Abu, bin.
func personShape(ts []token) bool {
	// "Kurdish Peshmerga": a nationality or faith opens no person's name.
	if len(ts) < 2 || len(ts) > 4 || adjectiveShape(ts[0].Key) {
		return false
	}
	for _, t := range ts {
		if stateWords[t.Key] {
			return false // "Security Media Cell": a state's words name no person
		}
	}
	for _, t := range ts {
		if _, ok := capHeads[t.Key]; ok {
			return false
		}
		// "Mar-a-Lago": a lower-case word inside a hyphenated name is
		// a place's, not a person's.
		// "Doctors Without Borders", "Médecins Sans Frontières": a
		// preposition inside a name makes it a body's or a cause's.
		if t.Key == "of" || t.Key == "and" || t.Key == "the" || namePrepositions[t.Key] || isAcronym(t.Text) || t.Hyph && !t.Cap && !connectors[t.Key] {
			return false
		}
	}
	return true
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// Head words. Keys are folded words.
var (
	capHeads   = defaultRules.mustHeads("capHeads")
	firstHeads = defaultRules.mustHeads("firstHeads")
	lowerHeads = defaultRules.mustHeads("lowerHeads")
	craftHeads = defaultRules.mustHeads("craftHeads")
	crewNouns  = defaultRules.mustList("crewNouns")
	armedWords = defaultRules.mustList("armedWords")
	// backedHeads end an "X-backed" phrase that names a group.
	backedHeads = defaultRules.mustList("backedHeads")
	// personTitles stripped from a span make it a person's name.
	personTitles = defaultRules.mustList("personTitles")
	// describingNouns say what a person does before the name, and are
	// no title: "activist Ali al-Mousawi".
	describingNouns = defaultRules.mustList("describingNouns")
	// officePortfolios close an office written before a name.
	officePortfolios = defaultRules.mustList("officePortfolios")
	boardHeads       = defaultRules.mustList("boardHeads")
	worldWords       = defaultRules.mustList("worldWords")
	timeZones        = defaultRules.mustList("timeZones")
	stateWords       = defaultRules.mustList("stateWords")
)

// newEntities gathers the candidates of a document into entities: one per
// name key, a person's surname an alias of the full name, ids that collide
// with nothing known.
type newEntities struct {
	g       *Gazetteer
	midCaps map[string]int // how often each word is capitalised in mid-sentence
	byKey   map[string]*candidate
	order   []string
	ids     map[string]bool
	// remade holds the known entities this document names as it would
	// name new ones ("Iraq's parliament" is the Parliament of Iraq), with
	// the other names it gives them ("Iraqi parliament"): a second ingest
	// of the article that made them reads them as the first did.
	remade map[string][]string
}

func (n *newEntities) add(c candidate) {
	k := nameKey(c.Name)
	if k == "" {
		return
	}
	airline, number, flight := flightOf(c.Name, c.Type)
	if flight {
		c.Aliases = append(slices.Clone(c.Aliases), flightNames(airline, number)...)
	}
	i, known := n.g.byKey[k]
	if !known && flight {
		if i, known = n.g.flight(airline, number); known {
			c.Aliases = append(c.Aliases, c.Name) // "Flight PS752" after a stored "Flight 752"
		}
	}
	if plain := plainPersonName(c.Name); c.Type == "Person" && plain != c.Name {
		// "William H. Seely III" is the "William Seely" known or named.
		c.Aliases = append(slices.Clone(c.Aliases), plain)
		if !known {
			if i, known = n.g.byKey[nameKey(plain)]; known {
				c.Aliases = append(c.Aliases, c.Name)
			}
		}
	}
	if known {
		if n.remade == nil {
			n.remade = map[string][]string{}
		}
		id := n.g.entities[i].ID
		n.remade[id] = append(n.remade[id], c.Aliases...)
		return
	}
	if have, ok := n.byKey[k]; ok {
		if c.confidence > have.confidence {
			have.Type, have.confidence = c.Type, c.confidence
		}
		return
	}
	cc := c
	n.byKey[k] = &cc
	n.order = append(n.order, k)
}

// entities returns the new entities with ids, people first so that a
// surname met alone joins the full name.
func (n *newEntities) entities() []schema.Entity {
	if n.ids == nil {
		n.ids = map[string]bool{}
	}
	keys := append([]string(nil), n.order...)
	// Longer names first: "Abu Mahdi al-Muhandis" claims "Muhandis".
	sort.SliceStable(keys, func(i, j int) bool { return strings.Count(keys[i], " ") > strings.Count(keys[j], " ") })
	// A name another candidate gives as an alias is that candidate.
	aliasOf := map[string]string{}
	for _, k := range keys {
		for _, a := range n.byKey[k].Aliases {
			if ak := nameKey(a); ak != k {
				if _, ok := aliasOf[ak]; !ok {
					aliasOf[ak] = k
				}
			}
		}
	}
	n.joinFlights(keys, aliasOf)
	claimed := map[string]string{} // single-word key -> key of the full name
	for _, k := range keys {
		c := n.byKey[k]
		words := strings.Fields(k)
		if c.Type == "Person" && len(words) >= 2 {
			for _, sur := range surnames(c.Name) {
				if _, ok := claimed[sur]; !ok && sur != k {
					claimed[sur] = k
				}
			}
		}
	}
	n.claimCores(keys, claimed)
	var out []schema.Entity
	for _, k := range keys {
		c := n.byKey[k]
		if full, ok := claimed[k]; ok && full != k {
			continue // a surname: an alias of the full name
		}
		if _, ok := aliasOf[k]; ok {
			continue
		}
		if c.Type == "Thing" && !strings.Contains(k, " ") && (n.midCaps[k] < 2 || adjectiveShape(k)) {
			// A lone capitalised word with no clue to what it is, written
			// so once: more often a word capitalised for emphasis than a
			// name. Twice in mid-sentence, it is a name.
			continue
		}
		e := schema.Entity{Name: c.Name, Type: c.Type, Aliases: append([]string(nil), c.Aliases...)}
		for short, full := range claimed {
			if full == k && short != k && c.Type == "Person" {
				if _, known := n.g.byKey[short]; !known {
					e.Aliases = append(e.Aliases, surnameAlias(c.Name, short))
				}
			}
		}
		e.Aliases = otherNames(c.Name, e.Aliases)
		e.ID = n.freeID(Slug(c.Name))
		if e.ID == "" {
			continue
		}
		n.ids[e.ID] = true
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// joinFlights makes the names one document gives a flight one entity,
// the longest name first: "Ukraine International Airlines Flight 752"
// takes "Flight PS752" and "PS752", a number matching with or without its
// airline's code; two numbers, or two codes, are two flights.
func (n *newEntities) joinFlights(keys []string, aliasOf map[string]string) {
	type flight struct{ key, airline, number string }
	var heads []*flight
	for _, k := range keys {
		c := n.byKey[k]
		airline, number, ok := flightOf(c.Name, c.Type)
		if !ok {
			continue
		}
		i := slices.IndexFunc(heads, func(h *flight) bool { return sameFlight(h.airline, h.number, airline, number) })
		if i < 0 {
			if o, ok := aliasOf[k]; ok && n.namesFlight(o) {
				delete(aliasOf, k) // "Flight 752", the other name "PS752" gave, is the flight's head
			}
			heads = append(heads, &flight{k, airline, number})
			continue
		}
		h, head := heads[i], n.byKey[heads[i].key]
		if h.airline == "" && airline != "" {
			h.airline = airline // later names of "Flight 752" may give the code too
		}
		head.Aliases = append(append(head.Aliases, c.Name), c.Aliases...)
		aliasOf[k] = h.key
	}
}

// namesFlight reports whether candidate k names a flight.
func (n *newEntities) namesFlight(k string) bool {
	_, _, ok := flightOf(n.byKey[k].Name, n.byKey[k].Type)
	return ok
}

// otherNames sorts an entity's aliases, each once and none its name.
func otherNames(name string, aliases []string) []string {
	seen := map[string]bool{nameKey(name): true}
	var out []string
	for _, a := range aliases {
		if k := nameKey(a); !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}

// claimCores lets a place or group name whose one word is not a head word
// claim that word met alone, when nothing says what the word is: "Camp
// Taji" claims "Taji".
func (n *newEntities) claimCores(keys []string, claimed map[string]string) {
	for _, k := range keys {
		c := n.byKey[k]
		words := strings.Fields(k)
		if c.Type == "Person" || len(words) < 2 {
			continue
		}
		core := ""
		for _, w := range words {
			if capHeads[w] != "" || firstHeads[w] != "" || connectors[w] || capHeads[w+"s"] != "" {
				continue
			}
			if core != "" {
				core = ""
				break
			}
			core = w
		}
		if short, ok := n.byKey[core]; ok && core != "" && short.confidence < 2 && short.Type != "Person" {
			if _, taken := claimed[core]; !taken {
				claimed[core] = k
				c.Aliases = append(c.Aliases, short.Name)
			}
		}
	}
}

// surnameAlias writes the short key as the name writes it.
func surnameAlias(name, short string) string {
	toks := tokenize(name)
	n := strings.Count(short, " ") + 1
	if n > len(toks) {
		return short
	}
	ts := toks[len(toks)-n:]
	return name[ts[0].Start:ts[len(ts)-1].End]
}

func (n *newEntities) freeID(base string) string {
	if base == "" {
		return ""
	}
	id := base
	for i := 2; ; i++ {
		if _, taken := n.g.byID[id]; !taken && !n.ids[id] {
			return id
		}
		id = base + "-" + itoa(i)
	}
}

func itoa(i int) string {
	var b [20]byte
	p := len(b)
	for i > 0 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	return string(b[p:])
}

// surnameParticles begin a family name: what follows them belongs to it.
var (
	surnameParticles = defaultRules.mustList("surnameParticles")
	namePrepositions = defaultRules.mustList("namePrepositions")
)

// surnames returns the keys a person's name is shortened to: the last word
// with the words hyphenated to it ("Abdul-Mahdi", "al-Muhandis") or the
// particles before it, hyphenated or not ("Abdul Mahdi", "al Sadr", "van
// Gogh"), and without an al- or el- prefix ("Muhandis").
func surnames(name string) []string {
	toks := tokenize(plainPersonName(name))
	if len(toks) < 2 {
		return nil
	}
	i := len(toks) - 1
	for i > 1 && (toks[i].Hyph || surnameParticles[toks[i-1].Key]) {
		i--
	}
	if i == 0 {
		return nil
	}
	out := []string{joinKeys(toks[i:])}
	if (toks[i].Key == "al" || toks[i].Key == "el") && i+1 < len(toks) {
		if k := joinKeys(toks[i+1:]); k != out[0] {
			out = append(out, k)
		}
	}
	return out
}

// titleInName reports whether the title word at k inside the run
// toks[:j] is part of a person's name, not a title before one: a family
// name a particle joins ("Faiq al-Sheikh Ali") or a surname only a
// generation suffix follows ("Martin Luther King Jr.").
func titleInName(toks []token, k, j int) bool {
	if toks[k].Hyph && surnameParticles[toks[k-1].Key] {
		return true
	}
	for _, t := range toks[k+1 : j] {
		if !generationSuffixes[t.Key] {
			return false
		}
	}
	return k > 0
}

// generationSuffixes follow a person's surname: "William H. Seely III",
// "Robert F. Kennedy Jr.".
var generationSuffixes = defaultRules.mustList("generationSuffixes")

// plainPersonName is a person's name without its middle initials and
// generation suffix, as other articles write it: "William Seely" for
// "William H. Seely III"; name itself when it has neither.
func plainPersonName(name string) string {
	words := strings.Fields(name)
	if len(words) > 2 && generationSuffixes[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] {
		words = words[:len(words)-1]
	}
	out := words[:0:0]
	for k, w := range words {
		if initial := strings.TrimSuffix(w, "."); k > 0 && k < len(words)-1 && utf8.RuneCountInString(initial) == 1 && unicode.IsUpper([]rune(initial)[0]) {
			continue
		}
		out = append(out, w)
	}
	if len(out) == len(strings.Fields(name)) {
		return name
	}
	return strings.Join(out, " ")
}

// adjectiveWords are religious, ethnic, national and political adjectives
// and the plural nouns made of them: capitalised, never names of entities.
var adjectiveWords = defaultRules.mustList("adjectiveWords")

// adjectiveShape reports whether a lone word looks like an adjective of
// nationality or faith ("Omani", "Bahraini", "Wahhabi" aside, "-ian",
// "-ish", "-ese", "-ite" words): with no other clue, not a name.
func adjectiveShape(k string) bool {
	if adjectiveWords[k] {
		return true
	}
	for _, suf := range []string{"ian", "ians", "ish", "ese", "ite", "ites"} {
		if strings.HasSuffix(k, suf) && len(k) > len(suf)+2 {
			return true
		}
	}
	return false
}

// ledHeads end an "X-led" phrase that names a group or an operation.
var ledHeads = defaultRules.mustHeads("ledHeads")

// bodyNouns are the government bodies a country has one of: "Iraq's
// parliament" and "the Iraqi parliament" are the Parliament of Iraq.
var bodyNouns = defaultRules.mustList("bodyNouns")

// bodyRef is a mention of a country's government body: "Iraq's
// parliament", "the Iraqi cabinet", "the government of Iraq", or, with no
// country (Country ""), a bare "parliament".
type bodyRef struct {
	From, To int // token range
	Noun     string
	Country  string // entity id
}

// bodyName names a country's body: "Parliament of Iraq".
func bodyName(noun, country string) string {
	return strings.ToUpper(noun[:1]) + noun[1:] + " of " + country
}

// bodyRefs finds the government bodies one sentence names by a country
// and a body noun.
func bodyRefs(toks []token, ms []mention, g *Gazetteer) []bodyRef {
	endAt := map[int]mention{}
	startAt := map[int]mention{}
	covered := make([]bool, len(toks))
	for _, m := range ms {
		endAt[m.To] = m
		startAt[m.From] = m
		for k := m.From; k < m.To; k++ {
			covered[k] = true
		}
	}
	isCountry := func(m mention) bool {
		e, ok := g.Lookup(m.Entity)
		return ok && e.Type == "Country"
	}
	var out []bodyRef
	for i, t := range toks {
		if !bodyNouns[t.Key] || covered[i] || t.Hyph {
			continue
		}
		if m, ok := endAt[i]; i+1 < len(toks) && toks[i+1].Cap && !toks[i+1].Break && !(titleWords[toks[i+1].Key] && ok && isCountry(m)) {
			continue // Government House, Parliament Speaker X; but "Iraqi Parliament Speaker X" is Iraq's parliament's
		}
		// Iraq's parliament, the Iraqi parliament
		if m, ok := endAt[i]; ok && isCountry(m) && (!t.Break || toks[i-1].Poss) {
			out = append(out, bodyRef{From: m.From, To: i + 1, Noun: t.Key, Country: m.Entity})
			continue
		}
		// the government of Iraq
		if j := i + 2; j < len(toks) && toks[i+1].Key == "of" && !toks[i+1].Break {
			if toks[j].Key == "the" && j+1 < len(toks) {
				j++
			}
			if m, ok := startAt[j]; ok && isCountry(m) && nameKey(m.Text) == nameKey(mustName(g, m.Entity)) {
				out = append(out, bodyRef{From: i, To: m.To, Noun: t.Key, Country: m.Entity})
				continue
			}
		}
		// A bare body: no capitalised word before it makes it part of a
		// name ("Kurdistan Regional Government").
		if i > 0 && toks[i-1].Cap && !toks[i].Break {
			continue
		}
		if t.Key == "government" {
			continue // "the government" of a sentence may be anyone's
		}
		out = append(out, bodyRef{From: i, To: i + 1, Noun: t.Key})
	}
	return out
}

func mustName(g *Gazetteer, id string) string {
	e, _ := g.Lookup(id)
	return e.Name
}

// givenNames reports whether name is a person's known name with one or
// two given names before it: "Mohammad Javad Zarif" for "Javad Zarif".
func givenNames(name, known string) bool {
	if !strings.HasSuffix(name, known) || len(name) == len(known) {
		return false
	}
	given := tokenize(strings.TrimSuffix(name, known))
	if len(given) == 0 || len(given) > 2 {
		return false
	}
	for _, t := range given {
		if !t.Cap || capHeads[t.Key] != "" || isAcronym(t.Text) || adjectiveWords[t.Key] || titleWords[t.Key] {
			return false
		}
	}
	return true
}

// isOrdinal reports whether w is a number written as an ordinal: 82nd,
// 1st, 101st.
func isOrdinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	switch strings.ToLower(w[n:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

func hasOf(ts []token) bool {
	for _, t := range ts {
		if t.Key == "of" {
			return true
		}
	}
	return false
}

// genericWords open names many countries have: the Air Force, the
// Foreign Ministry, the National Security Council.
var genericWords = defaultRules.mustList("genericWords")

// listsPlace reports whether the words toks[i:j] stand in a list ("A, B
// and C") that names a known place, or one found in this sentence
// (found, by word: "Bethesda, Maryland" when Bethesda is new too).
func listsPlace(toks []token, i, j int, covered []int, ms []mention, g *Gazetteer, found map[int]bool) bool {
	isPlace := func(k int) bool {
		if found[k] {
			return true
		}
		if k < 0 || k >= len(toks) || covered[k] == 0 {
			return false
		}
		e, _ := g.Lookup(ms[covered[k]-1].Entity)
		switch e.Type {
		case "City", "Region", "Place", "Country", "Facility":
			return true
		}
		return false
	}
	// Forward: ", B", " and B", ", and B", over other capitalised words.
	for k, steps := j, 0; steps < 8 && k < len(toks); steps, k = steps+1, k+1 {
		t := toks[k]
		if t.Key == "and" || t.Key == "or" {
			continue
		}
		if isPlace(k) && (t.Break || toks[k-1].Key == "and" || toks[k-1].Key == "or") {
			return true
		}
		if !t.Cap {
			return false
		}
	}
	// Backward: "A, B" or "A and B" with A a place.
	if i > 0 && (toks[i].Break || toks[i-1].Key == "and") {
		p := i - 1
		if toks[p].Key == "and" {
			p--
		}
		return isPlace(p)
	}
	return false
}
