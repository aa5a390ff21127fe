package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-analyst/kg/schema"
)

// Gazetteer finds known entities in text by name and alias, longest match
// first, tolerant of case, punctuation and transliteration variants
// (Qasem/Qassem, Kataib/Kata'ib). Build one with NewGazetteer; it is for
// one goroutine at a time (Lookup counts its calls).
type Gazetteer struct {
	entities []schema.Entity
	byKey    map[string]int  // name key -> index in entities
	needCap  map[string]bool // keys written with a capital must match a capitalised word ("US", not "us")
	byID     map[string]int
	// spelled keeps, by its folded spelling, a name whose key another
	// entity took first, or a place's name that keys as a person's
	// transliteration variant: "Sulaimani", the city, keys as Soleimani.
	// A span written so means the entity that writes it so (exact
	// spelling beats a variant), and a place's name matches only as
	// written; shadowed marks the keys that have such names.
	spelled  map[string]int
	shadowed map[string]bool
	// surnames keeps, by its folded spelling, the last word of a
	// person's full name as a text wrote it ("Qassem Sulaimani"): the
	// word alone later is that person, not the place spelled so, unless
	// "in", "to" or "from" puts it on the map.
	surnames map[string]int
	maxWords int
	// lengths[first] has bit w set when some name key of w words starts
	// with first (w capped at maxKeyWords): a span whose first word (or
	// the word after an al-) starts no key names nothing, and a span is
	// joined into a key only when some name has its shape.
	lengths map[string]uint64
	// lookups counts the calls of Lookup: nearly every pass over a
	// document's mentions or statements looks their entities up, so the
	// count per sentence shows work that grows faster than the text
	// (TestLinearWork).
	lookups int
}

// maxKeyWords is the longest key lengths tells apart; longer ones share
// its bit.
const maxKeyWords = 63

// GazetteerOptions tune which names NewGazetteer indexes.
type GazetteerOptions struct {
	// Descriptive keeps aliases that are descriptions rather than names
	// ("the embassy", "Iranian-backed militias"). They are right inside the
	// article they were written for and wrong elsewhere, so ingesting a new
	// article leaves them out.
	Descriptive bool
}

// NewGazetteer indexes entities. Where two entities share a name key the
// first one keeps it: a folded name belongs to one entity.
func NewGazetteer(entities []schema.Entity, opt GazetteerOptions) *Gazetteer {
	g := &Gazetteer{lengths: map[string]uint64{}, byKey: map[string]int{}, byID: map[string]int{}, needCap: map[string]bool{},
		spelled: map[string]int{}, shadowed: map[string]bool{}, surnames: map[string]int{}}
	for _, e := range entities {
		g.add(e, opt.Descriptive)
	}
	return g
}

// Entities returns the known entities, in the order they were added.
func (g *Gazetteer) Entities() []schema.Entity { return append([]schema.Entity(nil), g.entities...) }

// Lookup finds an entity by id.
func (g *Gazetteer) Lookup(id string) (schema.Entity, bool) {
	g.lookups++
	i, ok := g.byID[id]
	if !ok {
		return schema.Entity{}, false
	}
	return g.entities[i], true
}

// Match finds the entity a name means, if any.
func (g *Gazetteer) Match(name string) (schema.Entity, bool) {
	k := nameKey(name)
	i, ok := g.byKey[k]
	if g.shadowed[k] {
		i, ok = g.bySpelling(name, i, ok)
	}
	if !ok {
		return schema.Entity{}, false
	}
	return g.entities[i], true
}

// flight finds the known flight an airline's code and number name, by any
// name it goes by, unless its own names give it another code or number.
func (g *Gazetteer) flight(airline, number string) (int, bool) {
	for _, name := range flightNames(airline, number) {
		i, ok := g.byKey[nameKey(name)]
		if ok && g.entities[i].Type == "Vehicle" && g.isFlight(i, airline, number) {
			return i, true
		}
	}
	return 0, false
}

// isFlight reports whether every flight name of entity i agrees with an
// airline's code and number.
func (g *Gazetteer) isFlight(i int, airline, number string) bool {
	e := g.entities[i]
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		if a, num, ok := flightOf(name, e.Type); ok && !sameFlight(a, num, airline, number) {
			return false
		}
	}
	return true
}

// Add indexes one more entity (or more names of a known one, by id).
func (g *Gazetteer) Add(e schema.Entity) { g.add(e, true) }

func (g *Gazetteer) add(e schema.Entity, descriptive bool) {
	i, ok := g.byID[e.ID]
	if !ok {
		i = len(g.entities)
		g.byID[e.ID] = i
		g.entities = append(g.entities, e)
	}
	for j, n := range append([]string{e.Name}, e.Aliases...) {
		if j > 0 && !descriptive && isDescriptive(n) {
			continue
		}
		k := nameKey(n)
		if k == "" || isStopKey(k) {
			continue
		}
		owner, taken := g.byKey[k]
		if spelledOnly := isAny(e.Type, placeTypes) && variantKeyed(n); taken || spelledOnly {
			if f := schema.FoldName(n); owner != i || !taken {
				if _, ok := g.spelled[f]; !ok && !(taken && writes(g.entities[owner], n)) {
					g.spelled[f], g.shadowed[k] = i, true
				}
			}
			if taken {
				continue
			}
		} else {
			g.byKey[k] = i
		}
		first, _, _ := strings.Cut(k, " ")
		g.lengths[first] |= 1 << min(strings.Count(k, " ")+1, maxKeyWords)
		// One capitalised word must be written with its capital ("US",
		// not "us"); longer names match in any case.
		g.needCap[k] = hasCapitalWord(n) && !strings.Contains(k, " ")
		// Spans are tried up to the longest name in words as written:
		// "Moqtada al-Sadr" is three words, its key ("moqtada sadr") two.
		if w := len(tokenize(n)); w > g.maxWords {
			g.maxWords = w
		}
	}
}

// isStopKey reports names too vague to match on their own.
func isStopKey(k string) bool {
	return stopwords[k] || titleWords[k]
}

// isDescriptive reports whether a name is a description ("the embassy",
// "Iranian-backed militias", "about 100 marines") rather than a proper
// name: some content word in it is written in lower case.
func isDescriptive(name string) bool {
	toks := tokenize(name)
	for i, t := range toks {
		if t.Cap {
			continue
		}
		if i > 0 && connectors[t.Key] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsDigit(r) {
			continue
		}
		return true
	}
	return false
}

// mention is a span of a sentence that names an entity.
type mention struct {
	Entity   string // entity id
	From, To int    // token range [From, To)
	Start    int    // byte offsets in the sentence
	End      int
	Text     string
	// Verb marks an event named by its verb ("threatened"): it takes no
	// part in reading the verbs and rules around it.
	Verb bool
	// Seat marks a capital read as its state, whose entity it now names
	// ("Washington blamed": the United States): no demonym, though its
	// text is not the state's name.
	Seat bool
}

// match finds known entities in the tokens of one sentence, longest match
// first, left to right. A match does not run across punctuation other than
// hyphens.
func (g *Gazetteer) match(s string, toks []token) []mention {
	return g.matchWhere(s, toks, nil)
}

// matchWhere is match with only the entities skip does not reject.
func (g *Gazetteer) matchWhere(s string, toks []token, skip func(schema.Entity) bool) []mention {
	var out []mention
	var key []byte // a run's key, made in place: looked up, never kept
	for i := 0; i < len(toks); {
		// A run that starts with a particle (al-) may be keyed by the
		// word after it (mayName); any other by its first word, whose
		// key lengths are read once here.
		shapes, particle := g.lengths[toks[i].Key], schema.IsParticle(toks[i].Key)
		if shapes == 0 && !particle {
			i++ // no name starts with this word
			continue
		}
		n := min(g.maxWords, unbroken(toks[i:]))
		for ; n >= 1; n-- {
			run := toks[i : i+n]
			if particle && !g.mayName(run) || !particle && shapes&wordsBit(run) == 0 {
				continue
			}
			key = appendJoinKeys(key[:0], run)
			idx, ok := g.byKey[string(key)]
			if g.shadowed[string(key)] {
				idx, ok = g.bySpelling(s[toks[i].Start:toks[i+n-1].End], idx, ok)
				idx, ok = g.namedBefore(toks, i, s[toks[i].Start:toks[i+n-1].End], idx, ok)
			}
			if !ok || (g.needCap[string(key)] && !anyCap(run)) || skip != nil && skip(g.entities[idx]) || ownedPhrase(s, toks, i, n) || g.tailOfName(toks, i, n, idx) || g.placedElsewhere(toks, i, n, idx) ||
				g.entities[idx].Type == "Person" && headOfLongerName(toks, i, n) || g.entities[idx].Type != "Person" && familyNameAt(toks, i) {
				continue
			}
			out = append(out, mention{Entity: g.entities[idx].ID, From: i, To: i + n,
				Start: toks[i].Start, End: toks[i+n-1].End, Text: s[toks[i].Start:toks[i+n-1].End]})
			if n > 1 && g.entities[idx].Type == "Person" {
				g.surnames[schema.FoldName(toks[i+n-1].Text)] = idx
			}
			break
		}
		i += max(n, 1)
	}
	return out
}

// familyNameAt reports whether a run at i that opens with a particle
// ("al-Houthi") ends a person's name, a given name written just before it:
// "Abdul-Malik al-Houthi" and "Mohammed Ali al-Houthi" are men, not the
// Houthis, where "the Houthis" and "Iran's al-Quds Force" stay groups.
func familyNameAt(toks []token, i int) bool {
	if i > 0 && toks[i].Hyph && schema.IsParticle(toks[i-1].Key) {
		i-- // the run starts after the particle: "Houthi" of "al-Houthi"
	}
	if !schema.IsParticle(toks[i].Key) || i == 0 || toks[i].Break {
		return false
	}
	p := toks[i-1]
	return p.Cap && !p.Poss && !stopwords[p.Key] && !titleWords[p.Key] && !adjectiveShape(p.Key) && !isAcronym(p.Text)
}

// headOfLongerName reports whether the run of n words at i, a person's
// name, opens a longer name: it ends in a particle, or a particle or a
// hyphen joins a capitalised word to it ("Sheikh Abdul-Mahdi
// al-Karbalaei" is not Adel Abdul-Mahdi).
func headOfLongerName(toks []token, i, n int) bool {
	if schema.IsParticle(toks[i+n-1].Key) {
		return true
	}
	k := i + n
	if k >= len(toks) || toks[k].Break {
		return false
	}
	return toks[k].Hyph && toks[k].Cap || surnameParticles[toks[k].Key] && k+1 < len(toks) && toks[k+1].Cap && !toks[k+1].Break
}

// writes reports whether e has a name spelled as name is.
func writes(e schema.Entity, name string) bool {
	f := schema.FoldName(name)
	return slices.ContainsFunc(e.Names(), func(n string) bool { return schema.FoldName(n) == f })
}

// bySpelling is the entity a span written as text names when its key is
// shadowed: the key's owner idx (if owned) where it writes the span so,
// else the one whose name is spelled so, else the owner.
func (g *Gazetteer) bySpelling(text string, idx int, owned bool) (int, bool) {
	if owned && writes(g.entities[idx], text) {
		return idx, true
	}
	if j, ok := g.spelled[schema.FoldName(text)]; ok {
		return j, true
	}
	return idx, owned
}

// tailOfName reports whether the run of n words at i, another name of
// entity idx than its own made only of generic and head words ("Security
// Council"), ends a longer name: a capitalised word runs into it that is
// no article and no country's ("Kurdistan Region Security Council" is
// the region's council, "Iranian Revolutionary Guards" still the Guards).
func (g *Gazetteer) tailOfName(toks []token, i, n, idx int) bool {
	if i == 0 || toks[i].Break || toks[i-1].Poss || !toks[i-1].Cap || stopwords[toks[i-1].Key] {
		return false
	}
	for _, t := range toks[i : i+n] {
		if !genericWords[t.Key] && capHeads[t.Key] == "" {
			return false
		}
	}
	if nameKey(g.entities[idx].Name) == string(appendJoinKeys(nil, toks[i:i+n])) { // last: it tokenizes
		return false
	}
	prev, known := g.byKey[string(appendJoinKeys(nil, toks[i-1:i]))]
	return !known || g.entities[prev].Type != "Country"
}

// placedElsewhere reports whether the run of n words at i, a shorter name
// of entity idx whose own name says where it is ("U.S. Embassy in
// Baghdad"), is followed by "in" and another place: "the U.S. Embassy in
// Beirut" is another embassy, never the one known.
func (g *Gazetteer) placedElsewhere(toks []token, i, n, idx int) bool {
	k := i + n
	if k+1 >= len(toks) || toks[k].Key != "in" || toks[k].Break || toks[k+1].Break || !toks[k+1].Cap {
		return false
	}
	name := g.entities[idx].Name
	at := strings.LastIndex(name, " in ")
	if at < 0 {
		return false
	}
	where := strings.Fields(name[at+len(" in "):])
	if len(where) == 0 || schema.WordKey(where[0]) == toks[k+1].Key {
		return false
	}
	// "the U.S. Embassy in Iraq's capital": a country holds the place.
	other, known := g.byKey[toks[k+1].Key]
	return !known || g.entities[other].Type != "Country"
}

// placePrepositions put the name after them on the map: "in Sulaimani".
var placePrepositions = set("in", "to", "from")

// namedBefore is the entity a shadowed span written as text names at
// token i when it was read as idx, a place: the person whose full name
// ended in it earlier in the text (a person named before wins his bare
// surname over a place spelled the same), unless a preposition of place
// comes before it; else idx.
func (g *Gazetteer) namedBefore(toks []token, i int, text string, idx int, owned bool) (int, bool) {
	p, ok := g.surnames[schema.FoldName(text)]
	if !ok || !owned || !isAny(g.entities[idx].Type, placeTypes) || i > 0 && placePrepositions[toks[i-1].Key] {
		return idx, owned
	}
	return p, true
}

// variantKeyed reports whether a word of name keys as another spelling
// (a transliteration variant: "Sulaimani" as Soleimani).
func variantKeyed(name string) bool {
	for _, w := range strings.Fields(name) {
		if schema.WordKey(w) != strings.ReplaceAll(schema.FoldName(w), " ", "") {
			return true
		}
	}
	return false
}

// ownedPhrase reports whether the run of n words at i of sentence s is
// written in lower case right after an acronym that owns it: "the KRG
// security council" is the Kurdistan Regional Government's council, not
// the UN Security Council a lower-case "security council" would
// otherwise match.
func ownedPhrase(s string, toks []token, i, n int) bool {
	if i == 0 || toks[i-1].Poss || !isAcronym(toks[i-1].Text) {
		return false
	}
	// "the Kurdistan Regional Government (KRG) security council": the
	// acronym in brackets owns it too.
	if toks[i].Break && strings.TrimSpace(s[toks[i-1].End:toks[i].Start]) != ")" {
		return false
	}
	for _, t := range toks[i : i+n] {
		if t.Cap {
			return false
		}
	}
	return true
}

// unbroken is how many of ts from the first run on without crossing
// punctuation or a possessive: no name does.
func unbroken(ts []token) int {
	for j := 1; j < len(ts); j++ {
		if ts[j].Break || ts[j-1].Poss {
			return j
		}
	}
	return len(ts)
}

// wordsBit is the bit of lengths for the key of a run that does not
// start with a particle: its first word and every later one but the
// particles.
func wordsBit(run []token) uint64 {
	words := 1
	for _, t := range run[1:] {
		if !schema.IsParticle(t.Key) {
			words++
		}
	}
	return 1 << min(words, maxKeyWords)
}

// mayName reports whether some name key has the first word and the
// number of words that joinKeys would give the run of words ts: every
// word but the particles al and el, unless all are particles. It reads
// the keys without joining them.
func (g *Gazetteer) mayName(ts []token) bool {
	first, words := "", 0
	for _, t := range ts {
		if len(ts) > 1 && schema.IsParticle(t.Key) {
			continue
		}
		if words == 0 {
			first = t.Key
		}
		words++
	}
	if words == 0 { // only particles: all are kept
		first, words = ts[0].Key, len(ts)
	}
	return g.lengths[first]&(1<<min(words, maxKeyWords)) != 0
}

// hasCapitalWord reports whether a name has a capitalised word other than
// a leading article: "the Prime Minister" does, "The protestors" does not.
func hasCapitalWord(name string) bool {
	for i, t := range tokenize(name) {
		if t.Cap && !(i == 0 && stopwords[t.Key]) {
			return true
		}
	}
	return false
}

func anyCap(ts []token) bool {
	for _, t := range ts {
		if t.Cap {
			return true
		}
	}
	return false
}

// joinKeys is the key of a run of words (schema.JoinKeys).
func joinKeys(ts []token) string {
	var buf [12]string // most spans are short: no allocation for them
	return schema.JoinKeys(tokenKeys(buf[:0], ts))
}

// appendJoinKeys appends the key of a run of words to dst
// (schema.AppendJoinKeys).
func appendJoinKeys(dst []byte, ts []token) []byte {
	var buf [12]string
	return schema.AppendJoinKeys(dst, tokenKeys(buf[:0], ts))
}

// tokenKeys appends the words' keys to keys.
func tokenKeys(keys []string, ts []token) []string {
	for _, t := range ts {
		keys = append(keys, t.Key)
	}
	return keys
}

// world is the built-in list of well-known places and groups: enough to type
// and name what news about the region mentions without a store. The
// states come first (rules/countries.states); their demonyms are aliases,
// so "Iranian-backed" mentions Iran.
var world = append(states, []schema.Entity{
	{ID: "european-union", Type: "Organization", Name: "European Union", Aliases: []string{"EU", "E.U."}},
	// Washington is the city, also where it stands for the U.S.
	// government ("Washington said"): one rule, one entity.
	{ID: "washington", Type: "City", Name: "Washington", Aliases: []string{"Washington, D.C.", "Washington D.C.", "Washington DC"}},
	{ID: "baghdad", Type: "City", Name: "Baghdad"},
	{ID: "tehran", Type: "City", Name: "Tehran"},
	{ID: "basra", Type: "City", Name: "Basra"},
	{ID: "mosul", Type: "City", Name: "Mosul"},
	{ID: "kirkuk", Type: "City", Name: "Kirkuk"},
	{ID: "erbil", Type: "City", Name: "Erbil", Aliases: []string{"Irbil", "Arbil"}},
	{ID: "karbala", Type: "City", Name: "Karbala"},
	{ID: "najaf", Type: "City", Name: "Najaf"},
	{ID: "fallujah", Type: "City", Name: "Fallujah", Aliases: []string{"Falluja"}},
	{ID: "ramadi", Type: "City", Name: "Ramadi"},
	{ID: "beirut", Type: "City", Name: "Beirut"},
	{ID: "sanaa", Type: "City", Name: "Sanaa", Aliases: []string{"Sana'a"}},
	{ID: "damascus", Type: "City", Name: "Damascus"},
	{ID: "benghazi", Type: "City", Name: "Benghazi"},
	{ID: "tripoli", Type: "City", Name: "Tripoli"},
	{ID: "kerman", Type: "City", Name: "Kerman"},
	{ID: "qom", Type: "City", Name: "Qom"},
	{ID: "mashhad", Type: "City", Name: "Mashhad"},
	{ID: "riyadh", Type: "City", Name: "Riyadh"},
	{ID: "doha", Type: "City", Name: "Doha"},
	{ID: "ahvaz", Type: "City", Name: "Ahvaz", Aliases: []string{"Ahwaz"}},
	{ID: "isfahan", Type: "City", Name: "Isfahan"},
	{ID: "tabriz", Type: "City", Name: "Tabriz"},
	{ID: "shiraz", Type: "City", Name: "Shiraz"},
	{ID: "kyiv", Type: "City", Name: "Kyiv", Aliases: []string{"Kiev"}},
	{ID: "toronto", Type: "City", Name: "Toronto"},
	{ID: "ottawa", Type: "City", Name: "Ottawa"},
	{ID: "london", Type: "City", Name: "London"},
	{ID: "paris", Type: "City", Name: "Paris"},
	{ID: "moscow", Type: "City", Name: "Moscow"},
	{ID: "beijing", Type: "City", Name: "Beijing"},
	{ID: "brussels", Type: "City", Name: "Brussels"},
	{ID: "geneva", Type: "City", Name: "Geneva"},
	{ID: "new-york", Type: "City", Name: "New York"},
	{ID: "istanbul", Type: "City", Name: "Istanbul"},
	{ID: "ankara", Type: "City", Name: "Ankara"},
	{ID: "dubai", Type: "City", Name: "Dubai"},
	{ID: "abu-dhabi", Type: "City", Name: "Abu Dhabi"},
	{ID: "amman", Type: "City", Name: "Amman"},
	{ID: "cairo", Type: "City", Name: "Cairo"},
	{ID: "kabul", Type: "City", Name: "Kabul"},
	{ID: "berlin", Type: "City", Name: "Berlin"},
	{ID: "rome", Type: "City", Name: "Rome"},
	{ID: "madrid", Type: "City", Name: "Madrid"},
	{ID: "stockholm", Type: "City", Name: "Stockholm"},
	{ID: "copenhagen", Type: "City", Name: "Copenhagen"},
	{ID: "oslo", Type: "City", Name: "Oslo"},
	{ID: "canberra", Type: "City", Name: "Canberra"},
	{ID: "new-delhi", Type: "City", Name: "New Delhi"},
	{ID: "tokyo", Type: "City", Name: "Tokyo"},
	{ID: "muscat", Type: "City", Name: "Muscat"},
	{ID: "bern", Type: "City", Name: "Bern"},
	{ID: "islamabad", Type: "City", Name: "Islamabad"},
	{ID: "manama", Type: "City", Name: "Manama"},
	{ID: "jerusalem", Type: "City", Name: "Jerusalem"},
	{ID: "tel-aviv", Type: "City", Name: "Tel Aviv"},
	{ID: "sulaymaniyah", Type: "City", Name: "Sulaymaniyah", Aliases: []string{"Sulaimaniya", "Sulaimaniyah", "Sulaimani", "Slemani", "Suleimaniyah"}},
	{ID: "nasiriyah", Type: "City", Name: "Nasiriyah"},
	{ID: "samarra", Type: "City", Name: "Samarra"},
	{ID: "tikrit", Type: "City", Name: "Tikrit"},
	// Towns near bases and border crossings this news names.
	{ID: "al-qaim", Type: "City", Name: "al-Qaim", Aliases: []string{"Al Qaim", "Qaim", "Al-Qa'im"}},
	{ID: "abu-kamal", Type: "City", Name: "Abu Kamal", Aliases: []string{"Albu Kamal", "Al-Bukamal", "Boukamal"}},
	{ID: "deir-ez-zor", Type: "City", Name: "Deir ez-Zor", Aliases: []string{"Deir al-Zour", "Deir Ezzor"}},
	{ID: "baqubah", Type: "City", Name: "Baqubah", Aliases: []string{"Baquba"}},
	{ID: "hillah", Type: "City", Name: "Hillah", Aliases: []string{"Hilla"}},
	{ID: "kut", Type: "City", Name: "Kut"},
	{ID: "kermanshah", Type: "City", Name: "Kermanshah"},
	{ID: "tahrir-square", Type: "Place", Name: "Tahrir Square"},
	{ID: "strait-of-hormuz", Type: "Region", Name: "Strait of Hormuz", Aliases: []string{"Hormuz"}},
	// Seas, whose names a people's adjective opens: "the Indian Ocean" is
	// no India.
	{ID: "indian-ocean", Type: "Region", Name: "Indian Ocean"},
	{ID: "arabian-sea", Type: "Region", Name: "Arabian Sea"},
	{ID: "red-sea", Type: "Region", Name: "Red Sea"},
	{ID: "gulf-of-oman", Type: "Region", Name: "Gulf of Oman"},
	{ID: "mediterranean-sea", Type: "Region", Name: "Mediterranean Sea", Aliases: []string{"Mediterranean"}},
	{ID: "caspian-sea", Type: "Region", Name: "Caspian Sea"},
	{ID: "middle-east", Type: "Region", Name: "Middle East"},
	{ID: "persian-gulf", Type: "Region", Name: "Persian Gulf", Aliases: []string{"Gulf"}},
	{ID: "green-zone", Type: "Region", Name: "Green Zone"},
	{ID: "ain-al-asad-air-base", Type: "Facility", Name: "Ain al-Asad Air Base", Aliases: []string{"Ain al-Asad", "Al Asad Air Base", "Al-Asad Air Base", "Ain al-Assad Air Base", "Al Asad Airbase"}},
	{ID: "baghdad-international-airport", Type: "Facility", Name: "Baghdad International Airport", Aliases: []string{"Baghdad Airport"}},
	{ID: "anbar", Type: "Region", Name: "Anbar", Aliases: []string{"Anbar Province"}},
	// Iraq's provinces named alone ("in Nineveh") and Iran's southwest,
	// which a new name after "in" would make a town.
	{ID: "nineveh", Type: "Region", Name: "Nineveh", Aliases: []string{"Nineveh Province", "Ninawa"}},
	{ID: "diyala", Type: "Region", Name: "Diyala", Aliases: []string{"Diyala Province"}},
	{ID: "salahuddin", Type: "Region", Name: "Salahuddin", Aliases: []string{"Salah al-Din", "Saladin", "Salahuddin Province"}},
	{ID: "dhi-qar", Type: "Region", Name: "Dhi Qar", Aliases: []string{"Dhi Qar Province", "Thi Qar"}},
	{ID: "babil", Type: "Region", Name: "Babil"},
	{ID: "wasit", Type: "Region", Name: "Wasit"},
	{ID: "maysan", Type: "Region", Name: "Maysan", Aliases: []string{"Missan"}},
	{ID: "muthanna", Type: "Region", Name: "Muthanna"},
	{ID: "qadisiyah", Type: "Region", Name: "Qadisiyah"},
	{ID: "khuzestan", Type: "Region", Name: "Khuzestan"},
	{ID: "kurdistan", Type: "Region", Name: "Kurdistan", Aliases: []string{"Kurdistan Region", "Iraqi Kurdistan", "Kurdistan Region of Iraq"}},
	{ID: "north-carolina", Type: "Region", Name: "North Carolina"},
	{ID: "florida", Type: "Region", Name: "Florida"},
	{ID: "mar-a-lago", Type: "Facility", Name: "Mar-a-Lago"},
	// Bases that host U.S. and coalition troops in the region, and where
	// their wounded are treated. "Balad" alone is the base in this news
	// ("rockets hit Balad"), not the town beside it.
	{ID: "k-1-air-base", Type: "Facility", Name: "K-1 Air Base", Aliases: []string{"K-1", "K1", "K-1 base", "K-1 military base"}},
	{ID: "balad-air-base", Type: "Facility", Name: "Balad Air Base", Aliases: []string{"Balad air base", "Balad airbase", "Joint Base Balad", "Balad"}},
	{ID: "camp-taji", Type: "Facility", Name: "Camp Taji", Aliases: []string{"Taji", "Taji base", "Taji military base"}},
	{ID: "union-iii", Type: "Facility", Name: "Union III", Aliases: []string{"Union 3"}},
	{ID: "harir-air-base", Type: "Facility", Name: "Harir Air Base", Aliases: []string{"Harir base"}},
	{ID: "erbil-air-base", Type: "Facility", Name: "Erbil Air Base"},
	{ID: "erbil-international-airport", Type: "Facility", Name: "Erbil International Airport", Aliases: []string{"Erbil airport"}},
	{ID: "al-tanf", Type: "Facility", Name: "al-Tanf", Aliases: []string{"Al Tanf", "At Tanf"}},
	{ID: "camp-arifjan", Type: "Facility", Name: "Camp Arifjan"},
	{ID: "camp-buehring", Type: "Facility", Name: "Camp Buehring"},
	{ID: "ali-al-salem-air-base", Type: "Facility", Name: "Ali Al Salem Air Base"},
	{ID: "al-udeid-air-base", Type: "Facility", Name: "Al Udeid Air Base", Aliases: []string{"Al Udeid"}},
	{ID: "incirlik-air-base", Type: "Facility", Name: "Incirlik Air Base", Aliases: []string{"Incirlik"}},
	{ID: "diego-garcia", Type: "Region", Name: "Diego Garcia"},
	{ID: "fort-bragg", Type: "Facility", Name: "Fort Bragg"},
	{ID: "landstuhl-regional-medical-center", Type: "Facility", Name: "Landstuhl Regional Medical Center"},
	{ID: "walter-reed", Type: "Facility", Name: "Walter Reed National Military Medical Center", Aliases: []string{"Walter Reed"}},
	{ID: "imam-khomeini-international-airport", Type: "Facility", Name: "Imam Khomeini International Airport", Aliases: []string{"Imam Khomeini airport"}},
	{ID: "isis", Type: "ArmedGroup", Name: "Islamic State", Aliases: []string{"ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"}},
	{ID: "hezbollah", Type: "ArmedGroup", Name: "Hezbollah", Aliases: []string{"Lebanese Hezbollah"}},
	{ID: "hamas", Type: "ArmedGroup", Name: "Hamas"},
	{ID: "houthis", Type: "ArmedGroup", Name: "Houthis", Aliases: []string{"Houthi", "Ansar Allah"}},
	{ID: "al-qaeda", Type: "ArmedGroup", Name: "al-Qaeda", Aliases: []string{"Al Qaeda", "al-Qaida"}},
	{ID: "popular-mobilization-forces", Type: "ArmedGroup", Name: "Popular Mobilization Forces", Aliases: []string{"PMF", "Popular Mobilisation Forces", "Popular Mobilization Units", "PMU", "Hashd al-Shaabi", "al-Hashd al-Shaabi", "Hashd"}},
	{ID: "asaib-ahl-al-haq", Type: "ArmedGroup", Name: "Asaib Ahl al-Haq", Aliases: []string{"Asa'ib Ahl al-Haq", "League of the Righteous"}},
	{ID: "harakat-al-nujaba", Type: "ArmedGroup", Name: "Harakat al-Nujaba", Aliases: []string{"Harakat Hezbollah al-Nujaba", "al-Nujaba", "Nujaba"}},
	{ID: "kataib-sayyid-al-shuhada", Type: "ArmedGroup", Name: "Kataib Sayyid al-Shuhada", Aliases: []string{"Kata'ib Sayyid al-Shuhada"}},
	{ID: "badr-organization", Type: "ArmedGroup", Name: "Badr Organization", Aliases: []string{"Badr Organisation", "Badr Corps", "Badr Brigades"}},
	{ID: "revolutionary-guards", Type: "MilitaryUnit", Name: "Islamic Revolutionary Guard Corps", Aliases: []string{"Islamic Revolutionary Guards Corps", "Revolutionary Guards", "Revolutionary Guard", "IRGC", "Sepah", "Pasdaran"}},
	{ID: "peshmerga", Type: "MilitaryUnit", Name: "Peshmerga", Aliases: []string{"Peshmerga forces", "Kurdish Peshmerga"}},
	{ID: "quds-force", Type: "MilitaryUnit", Name: "Quds Force", Aliases: []string{"Qods Force", "IRGC Quds Force", "IRGC-QF"}},
	{ID: "kataib-hezbollah", Type: "ArmedGroup", Name: "Kataib Hezbollah", Aliases: []string{"Kata'ib Hezbollah", "Hezbollah Brigades"}},
	{ID: "us-central-command", Type: "MilitaryUnit", Name: "U.S. Central Command", Aliases: []string{"CENTCOM", "Central Command", "United States Central Command"}},
	{ID: "pentagon", Type: "GovernmentBody", Name: "Pentagon", Aliases: []string{"Department of Defense", "Defense Department", "U.S. Department of Defense"}},
	{ID: "state-department", Type: "GovernmentBody", Name: "State Department", Aliases: []string{"Department of State", "U.S. State Department"}},
	{ID: "white-house", Type: "GovernmentBody", Name: "White House"},
	{ID: "us-senate", Type: "GovernmentBody", Name: "U.S. Senate", Aliases: []string{"United States Senate", "Senate"}},
	{ID: "us-house", Type: "GovernmentBody", Name: "U.S. House of Representatives", Aliases: []string{"House of Representatives", "United States House of Representatives", "U.S. House", "House"}},
	{ID: "us-congress", Type: "GovernmentBody", Name: "U.S. Congress", Aliases: []string{"Congress", "United States Congress"}},
	{ID: "cia", Type: "GovernmentBody", Name: "CIA", Aliases: []string{"C.I.A.", "Central Intelligence Agency"}},
	{ID: "treasury-department", Type: "GovernmentBody", Name: "Treasury Department", Aliases: []string{"U.S. Treasury Department", "Department of the Treasury", "U.S. Treasury", "Treasury"}},
	{ID: "parliament-of-iraq", Type: "GovernmentBody", Name: "Parliament of Iraq", Aliases: []string{"Council of Representatives", "Iraqi Council of Representatives", "Council of Representatives of Iraq", "Iraqi parliament"}},
	{ID: "kurdistan-regional-government", Type: "GovernmentBody", Name: "Kurdistan Regional Government", Aliases: []string{"KRG", "Kurdistan Region Government"}},
	{ID: "un-security-council", Type: "Organization", Name: "UN Security Council", Aliases: []string{"U.N. Security Council", "United Nations Security Council", "Security Council"}},
	{ID: "united-nations", Type: "Organization", Name: "United Nations", Aliases: []string{"UN", "U.N."}},
	{ID: "nato", Type: "Organization", Name: "NATO"},
	{ID: "twitter", Type: "MediaOutlet", Name: "Twitter"},
	{ID: "reuters", Type: "MediaOutlet", Name: "Reuters"},
	{ID: "telegram", Type: "MediaOutlet", Name: "Telegram"},
	{ID: "facebook", Type: "MediaOutlet", Name: "Facebook"},
	{ID: "instagram", Type: "MediaOutlet", Name: "Instagram"},
	{ID: "youtube", Type: "MediaOutlet", Name: "YouTube"},
	{ID: "irna", Type: "MediaOutlet", Name: "Islamic Republic News Agency", Aliases: []string{"IRNA"}},
	{ID: "fars-news-agency", Type: "MediaOutlet", Name: "Fars News Agency", Aliases: []string{"Fars news agency"}},
	{ID: "tasnim-news-agency", Type: "MediaOutlet", Name: "Tasnim News Agency", Aliases: []string{"Tasnim"}},
	{ID: "press-tv", Type: "MediaOutlet", Name: "Press TV"},
	{ID: "al-arabiya", Type: "MediaOutlet", Name: "Al Arabiya", Aliases: []string{"Al-Arabiya"}},
	{ID: "al-mayadeen", Type: "MediaOutlet", Name: "Al Mayadeen", Aliases: []string{"Al-Mayadeen"}},
	{ID: "rudaw", Type: "MediaOutlet", Name: "Rudaw"},
	{ID: "kurdistan-24", Type: "MediaOutlet", Name: "Kurdistan 24", Aliases: []string{"K24"}},
	{ID: "france-24", Type: "MediaOutlet", Name: "France 24"},
	{ID: "alhurra", Type: "MediaOutlet", Name: "Alhurra", Aliases: []string{"Al Hurra", "Al-Hurra"}},
	{ID: "al-sumaria", Type: "MediaOutlet", Name: "Al Sumaria", Aliases: []string{"Alsumaria", "Al-Sumaria"}},
	{ID: "shafaq-news", Type: "MediaOutlet", Name: "Shafaq News"},
	{ID: "new-york-times", Type: "MediaOutlet", Name: "The New York Times", Aliases: []string{"New York Times"}},
	{ID: "washington-post", Type: "MediaOutlet", Name: "The Washington Post", Aliases: []string{"Washington Post"}},
	{ID: "afp", Type: "MediaOutlet", Name: "Agence France-Presse", Aliases: []string{"AFP"}},
	{ID: "associated-press", Type: "MediaOutlet", Name: "Associated Press", Aliases: []string{"AP"}},
	{ID: "cnn", Type: "MediaOutlet", Name: "CNN"},
	{ID: "bbc", Type: "MediaOutlet", Name: "BBC"},
	{ID: "al-jazeera", Type: "MediaOutlet", Name: "Al Jazeera", Aliases: []string{"Al-Jazeera"}},
}...)

// World returns the built-in list of well-known places and groups.
func World() []schema.Entity {
	out := make([]schema.Entity, len(world))
	for i, e := range world {
		out[i] = schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: append([]string(nil), e.Aliases...)}
	}
	return out
}

// MergeKnown adds to known the entities of extra whose names none of known
// has, and the extra aliases (demonyms) of those it has under the same name.
// Known entities keep their ids and types.
func MergeKnown(known, extra []schema.Entity) []schema.Entity {
	out := make([]schema.Entity, 0, len(known)+len(extra))
	keys := map[string]int{}
	for _, e := range known {
		e.Aliases = append([]string(nil), e.Aliases...)
		out = append(out, e)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if _, ok := keys[nameKey(n)]; !ok {
				keys[nameKey(n)] = len(out) - 1
			}
		}
	}
	for _, x := range extra {
		if i, ok := keys[nameKey(x.Name)]; ok {
			for _, a := range x.Aliases {
				if _, taken := keys[nameKey(a)]; !taken {
					out[i].Aliases = append(out[i].Aliases, a)
					keys[nameKey(a)] = i
				}
			}
			continue
		}
		e := schema.Entity{ID: x.ID, Type: x.Type, Name: x.Name}
		for _, a := range x.Aliases {
			// A name another entity's variant takes is kept when no
			// one writes it so: "Sulaimani", the city, beside Soleimani
			// (Gazetteer.bySpelling).
			if i, taken := keys[nameKey(a)]; !taken || !writes(out[i], a) {
				e.Aliases = append(e.Aliases, a)
			}
		}
		out = append(out, e)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			keys[nameKey(n)] = len(out) - 1
		}
	}
	return out
}

// Word lists. Keys are folded words.
var (
	stopwords = set("a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
		"in", "on", "at", "of", "for", "to", "from", "by", "with", "after", "before", "during", "while", "as", "but", "and", "or", "if", "when", "where",
		"there", "here", "then", "so", "also", "however", "meanwhile", "moving", "unlike", "although", "though", "because", "since", "despite", "still",
		"unless", "once", "until", "whether", "whereas", "amid", "upon", "nor", "yet", "besides",
		"thousands", "hundreds", "dozens", "some", "many", "several", "all", "both", "each", "every", "no", "not", "more", "most", "few", "about",
		"who", "what", "which", "why", "how", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"new", "year", "years", "eve", "day", "week", "month", "in order", "according", "earlier", "later", "last", "next", "first", "second",
		"said", "says", "told", "added", "reported", "officials", "official", "sources", "source", "people", "protesters", "militias", "militia",
		"attack", "strike", "strikes", "airstrike", "airstrikes", "siege", "killing", "death", "deaths", "funeral", "breaking", "update", "live", "read", "photo", "video",
		// a web page's labels and a timestamp's: "FILE PHOTO:", "Related Coverage", "7:12 AM"
		"file", "photos", "related", "coverage", "factbox", "explainer", "exclusive", "am", "pm", "gmt", "utc",
		// a medium, not an outlet: "state TV said"
		"tv",
		// members of a parliament, no body of their own: "Sunni MPs"
		"mp", "mps")
	// titleWords come before a person's name and are not part of it.
	titleWords = set("president", "vice", "congressman", "congresswoman", "mr", "mrs", "ms", "dr", "gen", "general", "lt", "col", "colonel", "maj", "major", "brig", "brigadier", "adm", "admiral",
		"supreme", "leader", "ayatollah", "grand", "prime", "minister", "foreign", "defense", "defence", "secretary", "state", "commander", "chief",
		"sen", "senator", "rep", "representative", "speaker", "sheikh", "sheik", "sayyed", "sayyid", "seyed", "seyyed", "sardar", "pvt", "pte", "cmdr", "cdr", "cleric", "king", "prince", "crown", "emir",
		"spokesman", "spokeswoman", "ambassador", "deputy", "head", "lieutenant", "sgt", "sergeant", "capt", "captain", "specialist", "spc", "cpl", "corporal", "pfc", "gov", "governor", "mayor",
		"pope", "imam", "hojatoleslam", "martyr", "hajj", "haji", "mullah", "former", "late", "acting", "interim", "caretaker", "top", "senior", "u", "s", "chancellor", "premier", "adviser", "advisor", "envoy", "special", "rapporteur", "counsel")
	// connectors may sit inside a name in lower case.
	connectors = set("of", "the", "al", "el", "bin", "ibn", "abu", "de", "la", "van", "von", "and", "ahl", "for", "on", "in")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// sortedIDs returns the keys of m, sorted.
func sortedIDs[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
