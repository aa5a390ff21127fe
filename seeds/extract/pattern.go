package extract

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A rule pattern is a sequence of item tests between two mentions, A on the
// left and B on the right, in the manner of spaCy's Matcher: literal words
// ("leader", "second-in-command"), punctuation (",", ";", ":", "'s", "-",
// and "." after an abbreviation: "Brig. Gen."),
// word classes (WORD any word, NUM a number, CAP a capitalised word), a
// name skipped whole (NAME: another mention, neither slot, "succeeded
// NAME as commander of B"; patterns only, not contexts), word lists (@name, defined in a rule file), groups of alternatives
// ("(leader|chief of staff)"), and the quantifiers ?, *, + and {m,n}.
// Patterns compile into one automaton for all rules, so a sentence's items
// are read once whatever the number of rules.

// itemKind says what an item of a sentence is.
type itemKind byte

const (
	wordItem  itemKind = 'w'
	punctItem itemKind = 'p' // , ; : - and other punctuation
	possItem  itemKind = 's' // the possessive 's after a word
)

// item is one word or punctuation mark of a sentence as patterns see it.
type item struct {
	kind itemKind
	key  string // the word's key, or the punctuation mark
	cap  bool
	num  bool
	// neg marks a negation ("not", "never"), which no WORD reads: looked
	// up once here, not by every thread that tests the item.
	neg bool
}

// itemTest is one test a pattern element makes of an item.
type itemTest struct {
	kind  itemKind
	key   string          // the literal, if any
	set   map[string]bool // a word list, if any
	class string          // WORD, NUM or CAP, if any
}

// literal reports whether the test passes exactly the items of its kind
// and key.
func (t *itemTest) literal() bool { return t.set == nil && t.class == "" }

func (t *itemTest) matches(it item) bool {
	if it.kind != t.kind {
		return false
	}
	switch {
	case t.set != nil:
		return t.set[it.key]
	case t.class == "NUM":
		return it.num
	case t.class == "CAP":
		return it.cap
	case t.class == "WORD":
		// Any word but a negation: a rule's gap that reads "is not backed
		// by" or "never led" would state what the words deny.
		return !it.neg
	case t.class == nameClass:
		return false // a mention is skipped whole (matchSentence), never read item by item
	}
	return it.key == t.key
}

// nameClass is the class of the NAME element: a whole mention, skipped.
const nameClass = "NAME"

// node is a pattern element: a run of tests (a literal may be several
// items: "second-in-command"), or a group of alternatives, repeated
// min to max times (max -1: without bound).
type node struct {
	tests    []itemTest
	alts     [][]node
	min, max int
}

// maxRepeat bounds {m,n}: patterns read a few words, not paragraphs.
const maxRepeat = 8

// patternLexer splits a pattern into symbols: ( ) | quantifiers and atoms.
func lexPattern(src string) []string {
	var out []string
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case strings.ContainsRune("()|?*+", r):
			out = append(out, src[i:i+n])
			i += n
		case r == '{':
			j := strings.IndexByte(src[i:], '}')
			if j < 0 {
				out = append(out, src[i:])
				return out
			}
			out = append(out, src[i:i+j+1])
			i += j + 1
		default:
			j := i
			for j < len(src) {
				r, n := utf8.DecodeRuneInString(src[j:])
				if unicode.IsSpace(r) || strings.ContainsRune("()|?*+{", r) {
					break
				}
				j += n
			}
			out = append(out, src[i:j])
			i = j
		}
	}
	return out
}

// patternParser reads the symbols of one pattern.
type patternParser struct {
	syms  []string
	pos   int
	lists map[string]map[string]bool
	// context: reading a before: or after: context, which sees items, not
	// mentions, so NAME has no meaning there.
	context bool
}

// parsePattern reads a pattern of the form "A ... B" and returns the
// elements between the slots.
func parsePattern(src string, lists map[string]map[string]bool) ([]node, error) {
	syms := lexPattern(src)
	if len(syms) < 3 || syms[0] != "A" || syms[len(syms)-1] != "B" {
		return nil, fmt.Errorf("pattern %q must read A ... B: slot A first, slot B last, something between", src)
	}
	p := &patternParser{syms: syms[1 : len(syms)-1], lists: lists}
	seq, err := p.sequence()
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", src, err)
	}
	if p.pos < len(p.syms) {
		return nil, fmt.Errorf("pattern %q: unexpected %q", src, p.syms[p.pos])
	}
	if nullable(seq) {
		return nil, fmt.Errorf("pattern %q: it may match nothing between A and B", src)
	}
	if seqSize(seq) > maxPatternSize {
		return nil, fmt.Errorf("pattern %q: its repeats unfold to more than %d steps", src, maxPatternSize)
	}
	return seq, nil
}

// parseContext reads a context pattern: elements with no slots, matched
// just before slot A. Word lists it uses must be defined above it.
func parseContext(src string, lists map[string]map[string]bool) ([]node, error) {
	p := &patternParser{syms: lexPattern(src), lists: lists, context: true}
	seq, err := p.sequence()
	switch {
	case err != nil:
		return nil, fmt.Errorf("%q: %w", src, err)
	case p.pos < len(p.syms):
		return nil, fmt.Errorf("%q: unexpected %q", src, p.syms[p.pos])
	case nullable(seq):
		return nil, fmt.Errorf("%q may match nothing", src)
	case seqSize(seq) > maxPatternSize:
		return nil, fmt.Errorf("%q: its repeats unfold to more than %d steps", src, maxPatternSize)
	}
	return seq, nil
}

// startsBefore returns the positions p for which items[p:end] matches
// seq: a context read backwards from end.
func startsBefore(seq []node, items []item, end int) []int {
	at := []int{end}
	for i := len(seq) - 1; i >= 0 && len(at) > 0; i-- {
		at = nodeBefore(seq[i], items, at)
	}
	return at
}

// nodeBefore returns where n, repeated min to max times, may start when it
// ends at one of ends.
func nodeBefore(n node, items []item, ends []int) []int {
	return repeated(n, items, ends, func(e int) []int {
		if n.alts != nil {
			var out []int
			for _, alt := range n.alts {
				out = append(out, startsBefore(alt, items, e)...)
			}
			return out
		}
		p := e - len(n.tests)
		if p < 0 || !n.testsMatch(items, p) {
			return nil
		}
		return []int{p}
	})
}

// matchesAfter reports whether items[start:] begins with seq: a context
// read forwards from start.
func matchesAfter(seq []node, items []item, start int) bool {
	return len(endsAfter(seq, items, start)) > 0
}

// endsAfter returns the positions p for which items[start:p] matches seq.
func endsAfter(seq []node, items []item, start int) []int {
	at := []int{start}
	for _, n := range seq {
		if len(at) == 0 {
			break
		}
		at = nodeAfter(n, items, at)
	}
	return at
}

// nodeAfter returns where n, repeated min to max times, may end when it
// starts at one of starts.
func nodeAfter(n node, items []item, starts []int) []int {
	return repeated(n, items, starts, func(st int) []int {
		if n.alts != nil {
			var out []int
			for _, alt := range n.alts {
				out = append(out, endsAfter(alt, items, st)...)
			}
			return out
		}
		if st+len(n.tests) > len(items) || !n.testsMatch(items, st) {
			return nil
		}
		return []int{st + len(n.tests)}
	})
}

// repeated applies n's quantifier: from each of the positions from, it
// steps once, min to max times, and returns every position reached after
// at least min steps, each once, in the order first reached. step moves
// one occurrence of n from one position, backwards or forwards.
func repeated(n node, items []item, from []int, step func(int) []int) []int {
	seen := map[int]bool{}
	var out []int
	keep := func(ps []int) {
		for _, p := range ps {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	if n.min == 0 {
		keep(from)
	}
	hi := n.max
	if hi < 0 {
		hi = len(items)
	}
	cur := from
	for r := 1; r <= hi && len(cur) > 0; r++ {
		var next []int
		for _, p := range cur {
			next = append(next, step(p)...)
		}
		cur = next
		if r >= n.min {
			keep(cur)
		}
	}
	return out
}

// testsMatch reports whether n's token tests match items from p on.
func (n node) testsMatch(items []item, p int) bool {
	for k, t := range n.tests {
		if !t.matches(items[p+k]) {
			return false
		}
	}
	return true
}

func (p *patternParser) sequence() ([]node, error) {
	var seq []node
	for p.pos < len(p.syms) {
		s := p.syms[p.pos]
		if s == "|" || s == ")" {
			return seq, nil
		}
		n, err := p.atom()
		if err != nil {
			return nil, err
		}
		if n.min, n.max, err = p.quantifier(); err != nil {
			return nil, err
		}
		seq = append(seq, n)
	}
	return seq, nil
}

func (p *patternParser) atom() (node, error) {
	s := p.syms[p.pos]
	p.pos++
	switch {
	case s == "(":
		var alts [][]node
		for {
			seq, err := p.sequence()
			if err != nil {
				return node{}, err
			}
			if len(seq) == 0 {
				return node{}, fmt.Errorf("empty alternative in a group")
			}
			alts = append(alts, seq)
			if p.pos >= len(p.syms) {
				return node{}, fmt.Errorf("a group is not closed: missing )")
			}
			p.pos++
			if p.syms[p.pos-1] == ")" {
				return node{alts: alts}, nil
			}
		}
	case strings.ContainsAny(s, "?*+{") || s == ")":
		return node{}, fmt.Errorf("%q repeats nothing", s)
	case s == "A" || s == "B":
		return node{}, fmt.Errorf("slot %s may only open (A) or close (B) the pattern", s)
	case s == "WORD" || s == "NUM" || s == "CAP":
		return node{tests: []itemTest{{kind: wordItem, class: s}}}, nil
	case s == nameClass && p.context:
		return node{}, fmt.Errorf("NAME skips a mention: a context reads words only")
	case s == nameClass:
		return node{tests: []itemTest{{kind: wordItem, class: s}}}, nil
	case strings.HasPrefix(s, "@"):
		set, ok := p.lists[s[1:]]
		if !ok {
			return node{}, fmt.Errorf("unknown word list %s", s)
		}
		return node{tests: []itemTest{{kind: wordItem, set: set}}}, nil
	}
	tests, err := literalTests(s)
	return node{tests: tests}, err
}

// literalTests turns a literal into the items tokenize makes of it: a
// hyphenated word is its words with "-" between them.
func literalTests(s string) ([]itemTest, error) {
	switch s {
	case "'s", "’s":
		return []itemTest{{kind: possItem, key: "'s"}}, nil
	case ",", ";", ":", "-", "\"", ".":
		return []itemTest{{kind: punctItem, key: s}}, nil
	}
	if s != strings.ToLower(s) {
		return nil, fmt.Errorf("unknown word class %q (classes are WORD, NUM, CAP; literal words are lower case)", s)
	}
	toks := tokenize(s)
	if len(toks) == 0 || toks[0].Start != 0 || toks[len(toks)-1].End != len(s) {
		return nil, fmt.Errorf("%q is not a word", s)
	}
	var out []itemTest
	for i, t := range toks {
		if i > 0 && (!t.Hyph || t.Break) {
			return nil, fmt.Errorf("%q is not one word (write words apart)", s)
		}
		if i > 0 {
			out = append(out, itemTest{kind: punctItem, key: "-"})
		}
		out = append(out, itemTest{kind: wordItem, key: t.Key})
	}
	return out, nil
}

func (p *patternParser) quantifier() (int, int, error) {
	if p.pos >= len(p.syms) {
		return 1, 1, nil
	}
	s := p.syms[p.pos]
	switch s {
	case "?":
		p.pos++
		return 0, 1, nil
	case "*":
		p.pos++
		return 0, -1, nil
	case "+":
		p.pos++
		return 1, -1, nil
	}
	if !strings.HasPrefix(s, "{") {
		return 1, 1, nil
	}
	p.pos++
	inner := strings.TrimSuffix(strings.TrimPrefix(s, "{"), "}")
	lo, hi, found := strings.Cut(inner, ",")
	if !found {
		hi = lo
	}
	min, err1 := strconv.Atoi(strings.TrimSpace(lo))
	max, err2 := strconv.Atoi(strings.TrimSpace(hi))
	if !strings.HasSuffix(s, "}") || err1 != nil || err2 != nil || min < 0 || max < min || max == 0 || max > maxRepeat {
		return 0, 0, fmt.Errorf("bad repeat %q: want {m,n} with 0 <= m <= n, 1 <= n <= %d", s, maxRepeat)
	}
	return min, max, nil
}

// maxPatternSize bounds a pattern's compiled size: nested repeats unfold.
const maxPatternSize = 2000

// seqSize is about the number of instructions a sequence compiles to,
// capped past maxPatternSize.
func seqSize(seq []node) int {
	total := 0
	for _, n := range seq {
		one := len(n.tests)
		for _, a := range n.alts {
			one += seqSize(a) + 2
		}
		reps := max(n.max, n.min, 1) + 1
		total += one * reps
		if total > maxPatternSize {
			return maxPatternSize + 1
		}
	}
	return total
}

func nullable(seq []node) bool {
	for _, n := range seq {
		if n.min > 0 && !nodeNullable(n) {
			return false
		}
	}
	return true
}

func nodeNullable(n node) bool {
	if n.alts == nil {
		return len(n.tests) == 0
	}
	for _, a := range n.alts {
		if nullable(a) {
			return true
		}
	}
	return false
}
