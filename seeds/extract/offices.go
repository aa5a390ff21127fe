package extract

import (
	_ "embed"
	"fmt"
	"strings"
	"time"
)

// Office holders (rules/offices.holders): who held which office of which
// state or body in the weeks the news covers. Wire copy writes a title
// beside a name ("President Barham Salih", "Adel Abdul Mahdi, the prime
// minister,", "Iran's supreme leader, Ayatollah Ali Khamenei") and names
// the state elsewhere in the sentence, or not at all; the title does not
// say whose president he is, the list does. A holding is stated only when
//   - the sentence writes one of the holder's titles beside his name, or
//     "the <title>" the document gave him before (titlerefs.go), with no
//     "former" or "deputy" before it;
//   - the document's date falls inside the holder's term;
//   - the document names the state or body, in that sentence or any
//     other: the title says the holding, the list says whose office the
//     title is ("President Hassan Rouhani said ..." in an article about
//     Iran). The seed and the hand-marked sets mark it so.
//
// The name alone never says it: "Salih said" states nothing.

//go:embed rules/offices.holders
var embeddedHolders string

// holders are the office holders of rules/offices.holders, by the keys
// of their names.
var holders = mustHolders(embeddedHolders)

// officeHolder is one holding: a person, the wordings of his title, the
// names of the state or body, what he is to it, and his term.
type officeHolder struct {
	line     int        // where the block opens
	names    []string   // the person's names, the first his own
	titles   [][]string // each wording's word keys: "prime minister"
	of       []string   // the names of the state or body
	pred     string     // headOf (the default), leads or memberOf
	from, to time.Time  // to is zero while he holds it
	died     bool       // he died in office: his last title still names it after
	examples []string   // sentences that must state the holding
}

// holds reports whether the holding covers the date.
func (h *officeHolder) holds(d time.Time) bool {
	return !d.IsZero() && !d.Before(h.from) && (h.to.IsZero() || h.died || !d.After(h.to))
}

// holderIndex maps a name key to the holdings of the persons it names.
type holderIndex map[string][]*officeHolder

func mustHolders(src string) holderIndex {
	hs, err := parseHolders("rules/offices.holders", src)
	if err != nil {
		panic("extract: " + err.Error())
	}
	idx := holderIndex{}
	for _, h := range hs {
		for _, n := range h.names {
			idx[nameKey(n)] = append(idx[nameKey(n)], h)
		}
	}
	return idx
}

// parseHolders reads blocks that open with "holder NAME | NAME ..." and
// go on with indented fields: title:, of:, as:, from:, to:, example:.
// Errors name the file and the line.
func parseHolders(file, src string) ([]*officeHolder, error) {
	var out []*officeHolder
	var cur *officeHolder
	for n, raw := range strings.Split(src, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		indented := strings.HasPrefix(raw, " ") || strings.HasPrefix(raw, "\t")
		if rest, ok := strings.CutPrefix(line, "holder "); ok && !indented {
			if err := checkHolder(file, cur); err != nil {
				return nil, err
			}
			names, err := holderAlternatives(rest)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: holder: %w", file, n+1, err)
			}
			cur = &officeHolder{line: n + 1, names: names, pred: "headOf"}
			out = append(out, cur)
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok || cur == nil || !indented {
			return nil, fmt.Errorf("%s:%d: want \"holder NAME\" or an indented \"field: value\", got %q", file, n+1, line)
		}
		if err := cur.field(strings.TrimSpace(key), strings.TrimSpace(val)); err != nil {
			return nil, fmt.Errorf("%s:%d: %s: %w", file, n+1, key, err)
		}
	}
	if err := checkHolder(file, cur); err != nil {
		return nil, err
	}
	return out, nil
}

// officePreds are what a holder may be to the state or body.
var officePreds = set("headOf", "leads", "memberOf")

// field reads one field of a holder's block.
func (h *officeHolder) field(key, val string) error {
	var err error
	switch key {
	case "title":
		var alts []string
		if alts, err = holderAlternatives(val); err == nil {
			for _, a := range alts {
				h.titles = append(h.titles, keysOf(a))
			}
		}
	case "of":
		var alts []string
		alts, err = holderAlternatives(val)
		h.of = append(h.of, alts...)
	case "as":
		if !officePreds[val] {
			return fmt.Errorf("want headOf, leads or memberOf, got %q", val)
		}
		h.pred = val
	case "from":
		h.from, err = time.Parse(time.DateOnly, val)
	case "to":
		h.to, err = time.Parse(time.DateOnly, val)
	case "died":
		if val != "yes" {
			return fmt.Errorf("want yes, got %q", val)
		}
		h.died = true
	case "example":
		if val == "" {
			return fmt.Errorf("empty example")
		}
		h.examples = append(h.examples, val)
	default:
		return fmt.Errorf("unknown field (want title, of, as, from, to, died or example)")
	}
	return err
}

// holderAlternatives splits "A | B" into names that each have a word.
func holderAlternatives(val string) ([]string, error) {
	var out []string
	for _, a := range strings.Split(val, "|") {
		a = strings.TrimSpace(a)
		if nameKey(a) == "" {
			return nil, fmt.Errorf("want NAME | NAME ..., got %q", val)
		}
		out = append(out, a)
	}
	return out, nil
}

// keysOf is the word keys of a title as written.
func keysOf(title string) []string {
	var ks []string
	for _, t := range tokenize(title) {
		ks = append(ks, t.Key)
	}
	return ks
}

// checkHolder says what a holder's block lacks.
func checkHolder(file string, h *officeHolder) error {
	switch {
	case h == nil:
		return nil
	case len(h.titles) == 0:
		return fmt.Errorf("%s:%d: holder %s has no title line", file, h.line, h.names[0])
	case len(h.of) == 0:
		return fmt.Errorf("%s:%d: holder %s has no of line", file, h.line, h.names[0])
	case h.from.IsZero():
		return fmt.Errorf("%s:%d: holder %s has no from line", file, h.line, h.names[0])
	case !h.to.IsZero() && h.to.Before(h.from):
		return fmt.Errorf("%s:%d: holder %s leaves office before he takes it", file, h.line, h.names[0])
	case h.died && h.to.IsZero():
		return fmt.Errorf("%s:%d: holder %s died in office: give the day (to:)", file, h.line, h.names[0])
	case len(h.examples) == 0:
		return fmt.Errorf("%s:%d: holder %s has no example", file, h.line, h.names[0])
	}
	return nil
}

// statesOffices states the holdings a sentence writes beside its
// persons' names, on the document's date, of the states and bodies the
// sentence names, or leaves them pending for the document's end
// (stateOffice). refs are its "the prime minister" references, each
// titled as the document named its person before.
func (r *relations) statesOffices(s sentence, ms, refs []mention) {
	named := map[string]bool{}
	for _, m := range append(ms[:len(ms):len(ms)], refs...) {
		named[m.Entity] = true
	}
	for _, m := range ms {
		if r.typeOf(m.Entity) != "Person" {
			continue
		}
		for _, h := range r.holdingsOf(m.Entity) {
			if titledBeside(s, m, h.titles) {
				r.stateOffice(h, m.Entity, named, s.art.Index)
			}
		}
	}
	for _, m := range refs {
		for _, h := range r.holdingsOf(m.Entity) {
			if refTitled(s, m, h.titles) {
				r.stateOffice(h, m.Entity, named, s.art.Index)
			}
		}
	}
}

// holdingsOf are the holdings of the person on the document's date, by
// his name or one of his aliases.
func (r *relations) holdingsOf(id string) []*officeHolder {
	e, _ := r.g.Lookup(id)
	var out []*officeHolder
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		for _, h := range holders[nameKey(n)] {
			if h.holds(r.docDate) && !containsHolder(out, h) {
				out = append(out, h)
			}
		}
	}
	return out
}

func containsHolder(hs []*officeHolder, h *officeHolder) bool {
	for _, o := range hs {
		if o == h {
			return true
		}
	}
	return false
}

// stateOffice states that the person holds h's office, of the state or
// body the sentence names (the first of h's names it names). Where the
// sentence names none, the holding waits for the end of the document
// (statePendingOffices): the title says the holding and the list says
// whose office the title is, so "President Hassan Rouhani said ..."
// states that Rouhani heads Iran in an article that names Iran, as the
// seed's "U.S. President Trump" does, wherever it names it.
func (r *relations) stateOffice(h *officeHolder, person string, named map[string]bool, sent int) {
	for _, n := range h.of {
		if e, ok := r.g.Match(n); ok && named[e.ID] {
			if r.add(person, h.pred, e.ID, sent, 0.7) {
				r.byRule("office-holder")
			}
			return
		}
	}
	r.pendingOffices = append(r.pendingOffices, pendingOffice{h, person, sent})
}

// pendingOffice is a holding written beside its holder's name in a
// sentence that does not name the state or body.
type pendingOffice struct {
	h      *officeHolder
	person string
	sent   int
}

// statePendingOffices states the pending holdings whose state or body
// the document mentions somewhere, once each: a sentence that names the
// state has stated it already, and a title alone never brings in a
// state or body the article does not name.
func (r *relations) statePendingOffices(mentioned map[string]bool) {
	if len(r.pendingOffices) == 0 {
		return
	}
	stated := map[[3]string]bool{}
	for _, st := range r.out {
		stated[[3]string{st.Subject, st.Predicate.Name, st.Object}] = true
	}
	for _, p := range r.pendingOffices {
		for _, n := range p.h.of {
			e, ok := r.g.Match(n)
			if !ok || !mentioned[e.ID] {
				continue
			}
			if k := [3]string{p.person, p.h.pred, e.ID}; !stated[k] && r.add(p.person, p.h.pred, e.ID, p.sent, 0.7) {
				stated[k] = true
				r.byRule("office-holder")
			}
			break
		}
	}
	r.pendingOffices = nil
}

// notThisOffice before a title make it another office or a past one:
// the words that make a title rule say nothing ("former President",
// "then-Secretary"), and those of a lesser or a coming office ("Deputy
// Prime Minister").
var notThisOffice = func() map[string]bool {
	m := set("deputy", "vice", "assistant", "under", "previous", "future")
	for w := range formerWords {
		m[w] = true
	}
	return m
}()

// officeMods may stand between "the" or a state and a title: "the
// caretaker prime minister", "Iraq's outgoing premier".
var officeMods = defaultRules.mustList("officeMods")

// titledBeside reports whether a title of titles is written just before
// the mention (past ranks: "Supreme Leader Ayatollah Ali Khamenei", and
// a comma after a determiner or a state: "Iraq's president, Barham
// Salih"), opens it ("President Trump" found as one name), or is set off
// after it (", the prime minister,", ", Iraq's president,").
func titledBeside(s sentence, m mention, titles [][]string) bool {
	toks := s.toks
	for _, t := range titles {
		if m.From+len(t) < m.To && keysAt(toks, m.From, t) && !pastOffice(toks, m.From) {
			return true
		}
	}
	k := m.From
	for k > 0 && titleRanks[toks[k-1].Key] && gapIs(s, k, "", ".") {
		k--
	}
	comma := gapIs(s, k, ",")
	for _, t := range titles {
		start := k - len(t)
		if start < 0 || !wordsAt(s, start, t) || toks[k-1].Poss || !(gapIs(s, k, "", ".") || comma && setOffTitle(s, start)) {
			continue
		}
		if !pastOffice(toks, start) {
			return true
		}
	}
	return titleAfter(s, m, titles)
}

// titleAfter reads ", the TITLE" or ", STATE's TITLE" set off after m,
// ending the phrase or going on with "of": the title may open right after
// the determiner or the possessive, or one word later ("the Iraqi prime
// minister"), past modifiers ("the caretaker prime minister").
func titleAfter(s sentence, m mention, titles [][]string) bool {
	toks := s.toks
	j := m.To
	if j+1 >= len(toks) || !gapIs(s, j, ",") || !(toks[j].Key == "the" || toks[j].Poss && toks[j].Cap) {
		return false
	}
	for _, at := range []int{j + 1, j + 2} {
		if at > j+1 && (toks[j].Poss || !toks[j+1].Cap || toks[j+1].Break) {
			break // "the Iraqi ...", not "Iraq's X ..."
		}
		for at < len(toks) && officeMods[toks[at].Key] && !toks[at].Break {
			at++
		}
		for _, t := range titles {
			end := at + len(t)
			if end <= len(toks) && !toks[at].Break && wordsAt(s, at, t) && !toks[end-1].Poss && (end == len(toks) || toks[end].Break || toks[end].Key == "of") {
				return true
			}
		}
	}
	return false
}

// refTitled reports whether a "the prime minister" reference reads one of
// titles: its last words are the title.
func refTitled(s sentence, m mention, titles [][]string) bool {
	for _, t := range titles {
		start := m.To - len(t)
		if start > m.From && wordsAt(s, start, t) {
			return true
		}
	}
	return false
}

// wordsAt reports whether the tokens from i read the keys with no
// punctuation inside.
func wordsAt(s sentence, i int, keys []string) bool {
	if i+len(keys) > len(s.toks) {
		return false
	}
	for j, k := range keys {
		if t := s.toks[i+j]; t.Key != k || j > 0 && t.Break && !t.Hyph {
			return false
		}
	}
	return true
}

// bodyPossessives stand for the body whose title follows: "the ministry
// said its spokesman, Abbas Mousavi, ...".
var bodyPossessives = defaultRules.mustList("bodyPossessives")

// setOffTitle reports whether the title that opens at start may be set off
// from the name after it by a comma: after "the", a state's possessive or
// its people's adjective, "its", not after a verb ("met the president,
// Salih").
func setOffTitle(s sentence, start int) bool {
	k := start
	for k > 0 && officeMods[s.toks[k-1].Key] {
		k--
	}
	if k == 0 {
		return false
	}
	p := s.toks[k-1]
	return p.Poss || bodyPossessives[p.Key] || p.Cap && (k == 1 || s.toks[k-2].Key == "the" || s.toks[k-2].Break)
}

// pastOffice reports whether a word like "former" or "deputy" stands
// before the title at start, past a state and modifiers: "the former
// Iraqi prime minister", "ex-President".
func pastOffice(toks []token, start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if notThisOffice[toks[k].Key] {
			return true
		}
		if toks[k+1].Break && !toks[k+1].Hyph || !(toks[k].Cap || officeMods[toks[k].Key]) {
			return false
		}
	}
	return false
}

// gapIs reports whether the text between token k-1 and token k, spaces
// trimmed, is one of seps.
func gapIs(s sentence, k int, seps ...string) bool {
	if k <= 0 || k >= len(s.toks) {
		return false
	}
	gap := strings.TrimSpace(s.art.Text[s.toks[k-1].End:s.toks[k].Start])
	if s.toks[k-1].Poss {
		gap = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(gap), "'’ʼ‘s"))
	}
	for _, sep := range seps {
		if gap == sep {
			return true
		}
	}
	return false
}
