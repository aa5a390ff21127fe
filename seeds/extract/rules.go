package extract

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Relation rules are data: rules/*.rules, embedded in the binary, read and
// checked when the package starts. A rule file holds word lists, verbs and
// rules, one entry a line or an indented block:
//
//	# who leads what
//	list leaderMods: top elite senior new acting former late supreme
//
//	verb attack: attack attacks attacked -> attacked targeted
//
//	rule leader-of
//	  pattern: A , (the|a|an) @leaderMods? (leader|chief|head) of the? B
//	  yield: A:Person leads B:Organization
//	  yield: A:Person headOf B:Agent
//	  confidence: 0.85
//	  options: head apposition
//	  example: [Qasem Soleimani|Person], the leader of [Quds Force|MilitaryUnit], was seen.
//	  expect: Qasem Soleimani leads Quds Force
//
// A rule's pattern reads the words between two mentions, A before B (see
// pattern.go). Its yields are tried in order: the first whose slot types
// the two entities fit, and that the schema allows, is stated, with the
// rule's confidence. A slot without types takes the predicate's domain or
// range. Options:
//   - head: slot A stands for the person an apposition before it
//     describes ("Soleimani, the leader of Iran's Quds Force, was seen":
//     Soleimani, not Iran, was seen);
//   - apposition: the pattern is also read after an apposition that
//     follows A ("Ghaani, Soleimani's deputy, was named commander of B");
//   - after-apposition: only where A closes an apposition; A is then the
//     person the apposition describes;
//   - inner: a mention nested at the end of A may fill the slot ("650
//     troops from Fort Bragg, North Carolina": the base is in the state).
//   - opening: what comes before A (before:) opens the sentence ("In
//     Beirut, Nasrallah said", not "his representative in Karbala, X").
//   - phrase: with head, A stands for what a place phrase ending at it
//     qualifies ("the U.S. Embassy in Baghdad was stormed by X").
//   - seat: a capital in slot A stands for its state ("In Baghdad,
//     Prime Minister X": Iraq's).
//   - unlisted: nothing where A and B are items of one list of places
//     ("in Anbar, Baghdad and the Kurdistan region").
//
// A rule may also say what must come just before A ("before: a spokesman
// for") or just after B ("after: 's spokesman").
//
// A heads block maps types to the head words that give them ("heads
// capHeads" then "  Facility: airport base embassy"); the extractor reads
// its head words and trigger-word lists (words.rules) from the built-in
// files.
//
// A verb line gives a verb's lemma, the forms the text may use (+word: a
// preposition its object may follow, "+to" in "deployed to Kuwait"), and the
// predicates "SUBJECT verb OBJECT" may state, the first that fits winning
// (<predicate states it the other way: "Iran funds Hezbollah" is
// Hezbollah backedBy Iran); a verb with no predicates stops the verb
// reader (it is a verb, but says nothing kg keeps). A verb that states
// something carries indented example and expect lines, as a rule does:
//
//	verb fund: funds funded -> <backedBy
//	  example: [Iran|Country] funds [Hezbollah|ArmedGroup].
//	  expect: Hezbollah backedBy Iran
//
// Each example marks its mentions as [Name|Type]; a test reads it with
// the whole extractor and wants every expect line.

//go:embed rules/*.rules
var embeddedRules embed.FS

// RuleSource is the text of one rule file.
type RuleSource struct {
	Name string // for errors: file name
	Text []byte
}

// EmbeddedRuleSources returns the built-in rule files, in name order.
func EmbeddedRuleSources() []RuleSource {
	out, err := ReadRuleSources(embeddedRules, "rules")
	if err != nil {
		panic(fmt.Sprintf("extract: embedded rules: %v", err))
	}
	return out
}

// ReadRuleSources reads every *.rules file of dir in fsys, in name order.
func ReadRuleSources(fsys fs.FS, dir string) ([]RuleSource, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.rules"))
	if err != nil {
		return nil, fmt.Errorf("rule files in %s: %w", dir, err)
	}
	sort.Strings(names)
	var out []RuleSource
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("read rule file: %w", err)
		}
		out = append(out, RuleSource{Name: n, Text: b})
	}
	return out, nil
}

// Rules is a checked set of relation rules, verbs and word lists.
type Rules struct {
	rules []*rule
	// titled are the title rules (titles.go): an office before a name
	// and the body it implies.
	titled []*rule
	// verbLines are the verb lines of the lexicon with their examples.
	verbLines []*rule
	verbs     map[string]verbEntry // by form
	// gerunds are the -ing forms of the verbs that state something, read
	// only after a verb that asserts them ("admitted shooting down X").
	gerunds map[string]verbEntry
	lists   map[string]map[string]bool
	heads   map[string]map[string]string // head words: list name -> word -> type
	auto    automaton
	// demonyms: some rule reads a nationality adjective (options: demonym).
	demonyms bool
	// demonymAuto is the program of those rules alone, for the passes
	// that read only them (matchDemonyms): a tenth of the rules, a tenth
	// of the threads.
	demonymAuto automaton
}

// rule is one relation rule.
type rule struct {
	id         string
	file       string
	line       int
	pattern    string
	yields     []yield
	confidence float64
	opts       ruleOptions
	examples   []example
	// before is what must come just before A ("a spokesman for" in "a
	// spokesman for A, B"), after what must come just after B ("'s
	// spokesman" in "A, B's spokesman"), or nil.
	before, after []node
	// isTitle marks a title block: titles (word keys of each wording)
	// before a person's name imply one of the bodies (titles.go).
	isTitle bool
	// isVerb marks a verb line of the lexicon, read only for its examples.
	isVerb bool
	titles [][]string
	bodies []string
}

type ruleOptions struct {
	head, apposition, afterApposition, inner bool
	// opening: the before-context starts the sentence ("In Beirut, X said").
	opening bool
	// demonym: a slot may be a nationality adjective ("an American
	// interpreter"), which other rules never see.
	demonym bool
	// phrase: with head, slot A stands for what a place phrase ending at
	// it qualifies ("the U.S. Embassy in Baghdad was stormed by X": the
	// embassy, not Baghdad).
	phrase bool
	// seat: a capital in slot A stands for its state (rules/capitals.seats):
	// "In Baghdad, Prime Minister X" heads Iraq.
	seat bool
	// unlisted: B may not be one of a list of places ("in Anbar, Baghdad
	// and the Kurdistan region" nests none of them in the next).
	unlisted bool
}

// yield is one statement a rule may make.
type yield struct {
	pred         schema.Predicate
	subjectIsB   bool // B is the subject, A the object
	subjectTypes []string
	objectTypes  []string
}

// example is a sentence a rule must read, with what it must state.
type example struct {
	line     int
	text     string          // the sentence without marks
	entities []schema.Entity // the marked mentions
	expect   []expectation
}

type expectation struct {
	line               int
	subject, predicate string
	object             string
}

// verbEntry is one verb of the lexicon.
type verbEntry struct {
	lemma string
	preds []string
	preps []string // prepositions the object may follow: deployed to
	file  string
	line  int
}

// defaultRules are the embedded rules, checked when the package starts: a
// broken rule file stops the program with its file and line.
var defaultRules = func() *Rules {
	r, err := LoadRules(EmbeddedRuleSources()...)
	if err != nil {
		panic(fmt.Sprintf("extract: %v", err))
	}
	return r
}()

// DefaultRules returns the built-in rules.
func DefaultRules() *Rules { return defaultRules }

// LoadRules reads and checks rule files. An error names the file and line
// and says what is wrong: an unknown predicate or type, a slot type outside
// the predicate's domain or range, a bad pattern, a duplicate id.
func LoadRules(files ...RuleSource) (*Rules, error) {
	rs := &Rules{verbs: map[string]verbEntry{}, lists: map[string]map[string]bool{}, heads: map[string]map[string]string{}}
	var pending []pendingPattern
	ids := map[string]string{}
	for _, f := range files {
		p := &ruleParser{file: f.Name, rs: rs}
		if err := p.parse(string(f.Text)); err != nil {
			return nil, err
		}
		for _, r := range append(p.rules, p.titled...) {
			if where, dup := ids[r.id]; dup {
				return nil, fmt.Errorf("%s:%d: rule %s is already defined at %s", r.file, r.line, r.id, where)
			}
			ids[r.id] = fmt.Sprintf("%s:%d", r.file, r.line)
		}
		for _, r := range p.rules {
			rs.demonyms = rs.demonyms || r.opts.demonym
		}
		rs.rules = append(rs.rules, p.rules...)
		rs.titled = append(rs.titled, p.titled...)
		rs.verbLines = append(rs.verbLines, p.verbLines...)
		pending = append(pending, p.patterns...)
	}
	seqs := make([][]node, len(rs.rules))
	for i, pp := range pending {
		seq, err := parsePattern(pp.text, rs.lists)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", rs.rules[i].file, pp.line, err)
		}
		seqs[i] = seq
	}
	rs.auto = compileAutomaton(seqs, nil)
	rs.demonymAuto = compileAutomaton(seqs, func(r int) bool { return rs.rules[r].opts.demonym })
	rs.gerunds = gerunds(rs.verbs)
	return rs, nil
}

// gerunds spells the -ing forms of the lemmas that state something:
// attack attacking, strike striking, hit hitting.
func gerunds(verbs map[string]verbEntry) map[string]verbEntry {
	out := map[string]verbEntry{}
	for _, v := range verbs {
		if len(v.preds) == 0 || strings.Contains(v.lemma, " ") {
			continue
		}
		l := v.lemma
		forms := []string{l + "ing"}
		if strings.HasSuffix(l, "e") && !strings.HasSuffix(l, "ee") {
			forms = append(forms, l[:len(l)-1]+"ing")
		}
		if n := len(l); n >= 3 && !strings.ContainsRune("aeiouwxy", rune(l[n-1])) && strings.ContainsRune("aeiou", rune(l[n-2])) && !strings.ContainsRune("aeiou", rune(l[n-3])) {
			forms = append(forms, l+l[n-1:]+"ing") // hit hitting
		}
		for _, f := range forms {
			out[f] = v
		}
	}
	return out
}

// pendingPattern is a rule's pattern, compiled once every list is known.
type pendingPattern struct {
	text string
	line int
}

// ruleParser reads one rule file.
type ruleParser struct {
	file      string
	rs        *Rules
	rules     []*rule
	titled    []*rule
	verbLines []*rule
	patterns  []pendingPattern
	cur       *rule
	curLine   int // line of the current rule's pattern
	curPat    string
	curHeads  string // the heads block being read
}

func (p *ruleParser) errorf(line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", p.file, line, fmt.Sprintf(format, args...))
}

func (p *ruleParser) parse(text string) error {
	for i, raw := range strings.Split(text, "\n") {
		line := i + 1
		trimmed := strings.TrimSpace(raw)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		var err error
		if raw[0] == ' ' || raw[0] == '\t' {
			err = p.field(line, trimmed)
		} else {
			if err = p.finish(); err == nil {
				err = p.entry(line, trimmed)
			}
		}
		if err != nil {
			return err
		}
	}
	return p.finish()
}

// entry reads a line at the left margin: list, verb or rule.
func (p *ruleParser) entry(line int, s string) error {
	word, rest, _ := strings.Cut(s, " ")
	rest = strings.TrimSpace(rest)
	switch word {
	case "rule", "title":
		if !validID(rest) {
			return p.errorf(line, "%s needs an id of letters, digits and hyphens, got %q", word, rest)
		}
		p.cur = &rule{id: rest, file: p.file, line: line, isTitle: word == "title"}
		return nil
	case "list":
		return p.list(line, rest)
	case "heads":
		if !validID(strings.ToLower(rest)) {
			return p.errorf(line, "heads needs a name, got %q", rest)
		}
		if _, dup := p.rs.heads[rest]; dup {
			return p.errorf(line, "heads %s is already defined", rest)
		}
		p.rs.heads[rest] = map[string]string{}
		p.curHeads = rest
		return nil
	case "verb":
		return p.verb(line, rest)
	}
	return p.errorf(line, "unknown entry %q: want rule, title, list, heads or verb (fields of a rule are indented)", word)
}

func validID(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

func (p *ruleParser) list(line int, s string) error {
	name, words, ok := strings.Cut(s, ":")
	name = strings.TrimSpace(name)
	if !ok || !validID(strings.ToLower(name)) || len(strings.Fields(words)) == 0 {
		return p.errorf(line, "list wants NAME: word word ..., got %q", s)
	}
	if _, dup := p.rs.lists[name]; dup {
		return p.errorf(line, "list %s is already defined", name)
	}
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		tests, err := literalTests(w)
		if err != nil || len(tests) != 1 || tests[0].kind != wordItem {
			return p.errorf(line, "list %s: %q is not one lower-case word", name, w)
		}
		set[tests[0].key] = true
		set[strings.ToLower(w)] = true // as written too, for lookups of raw words
	}
	p.rs.lists[name] = set
	return nil
}

func (p *ruleParser) verb(line int, s string) error {
	lemma, rest, ok := strings.Cut(s, ":")
	forms, preds, ok2 := strings.Cut(rest, "->")
	lemma = strings.TrimSpace(lemma)
	if !ok || !ok2 || lemma == "" || len(strings.Fields(forms)) == 0 {
		return p.errorf(line, "verb wants LEMMA: form form ... -> predicate ..., got %q", s)
	}
	e := verbEntry{lemma: lemma, file: p.file, line: line}
	// The verb's examples are read as a rule's: its yields are its
	// predicates, SUBJECT first unless written <predicate.
	p.cur = &rule{id: "verb:" + lemma, file: p.file, line: line, isVerb: true}
	for _, name := range strings.Fields(preds) {
		pr, err := p.relation(line, strings.TrimPrefix(name, "<"))
		if err != nil {
			return err
		}
		e.preds = append(e.preds, name)
		p.cur.yields = append(p.cur.yields, yield{pred: pr, subjectIsB: name[0] == '<', subjectTypes: pr.Domain, objectTypes: pr.Range})
	}
	var words []string
	for _, f := range strings.Fields(forms) {
		if prep, ok := strings.CutPrefix(f, "+"); ok {
			e.preps = append(e.preps, wordKey(prep)) // "deployed to Kuwait"
		} else {
			words = append(words, f)
		}
	}
	for _, f := range words {
		k := wordKey(f)
		if had, dup := p.rs.verbs[k]; dup {
			return p.errorf(line, "verb form %q is already a form of %s (%s:%d)", f, had.lemma, had.file, had.line)
		}
		p.rs.verbs[k] = e
	}
	return nil
}

// relation looks up a predicate that links two entities.
func (p *ruleParser) relation(line int, name string) (schema.Predicate, error) {
	if phrase, open := strings.CutPrefix(name, "says/"); open {
		// an open relation a rule names by its phrase: says/said-that
		pr, ok := schema.OpenRelation(strings.ReplaceAll(phrase, "-", " "))
		if !ok {
			return pr, p.errorf(line, "open relation %q has no phrase", name)
		}
		return pr, nil
	}
	pr, ok := schema.LookupPredicate(name)
	if !ok {
		return pr, p.errorf(line, "unknown predicate %q", name)
	}
	if pr.IsAttribute() {
		return pr, p.errorf(line, "predicate %s takes a value, not an entity", name)
	}
	return pr, nil
}

// field reads an indented line of the current rule or heads block.
func (p *ruleParser) field(line int, s string) error {
	if p.cur == nil && p.curHeads != "" {
		return p.headLine(line, s)
	}
	if p.cur == nil {
		return p.errorf(line, "indented line outside a rule")
	}
	key, val, ok := strings.Cut(s, ":")
	val = strings.TrimSpace(val)
	if !ok {
		return p.errorf(line, "want KEY: VALUE, got %q", s)
	}
	r := p.cur
	if k := strings.TrimSpace(key); r.isVerb && k != "example" && k != "expect" {
		return p.errorf(line, "a verb line takes example and expect lines only, got %q", k)
	}
	switch strings.TrimSpace(key) {
	case "pattern":
		if p.curPat != "" {
			return p.errorf(line, "rule %s has a second pattern", r.id)
		}
		r.pattern, p.curPat, p.curLine = val, val, line
		return nil
	case "yield":
		y, err := p.yield(line, val)
		r.yields = append(r.yields, y)
		return err
	case "confidence":
		c, err := strconv.ParseFloat(val, 64)
		if err != nil || c <= 0 || c > 1 {
			return p.errorf(line, "confidence wants a number in (0, 1], got %q", val)
		}
		r.confidence = c
		return nil
	case "options":
		return p.options(line, val)
	case "before":
		seq, err := parseContext(val, p.rs.lists)
		if err != nil {
			return p.errorf(line, "before: %v", err)
		}
		r.before = seq
		return nil
	case "after":
		seq, err := parseContext(val, p.rs.lists)
		if err != nil {
			return p.errorf(line, "after: %v", err)
		}
		r.after = seq
		return nil
	case "example":
		ex, err := parseExample(val)
		if err != nil {
			return p.errorf(line, "example: %v", err)
		}
		ex.line = line
		r.examples = append(r.examples, ex)
		return nil
	case "expect":
		return p.expect(line, val)
	case "title", "body":
		return p.titleField(line, strings.TrimSpace(key), val)
	}
	return p.errorf(line, "unknown field %q: want pattern, before, after, yield, confidence, options, example, expect, or title and body in a title block", key)
}

// headLine reads "Type: word word ..." of a heads block.
func (p *ruleParser) headLine(line int, s string) error {
	typ, words, ok := strings.Cut(s, ":")
	typ = strings.TrimSpace(typ)
	if !ok || len(strings.Fields(words)) == 0 {
		return p.errorf(line, "heads %s wants Type: word word ..., got %q", p.curHeads, s)
	}
	if _, known := schema.LookupType(typ); !known {
		return p.errorf(line, "heads %s: unknown type %q", p.curHeads, typ)
	}
	m := p.rs.heads[p.curHeads]
	for _, w := range strings.Fields(words) {
		tests, err := literalTests(w)
		if err != nil || len(tests) != 1 || tests[0].kind != wordItem {
			return p.errorf(line, "heads %s: %q is not one lower-case word", p.curHeads, w)
		}
		if had, dup := m[w]; dup {
			return p.errorf(line, "heads %s: %q is already a %s head", p.curHeads, w, had)
		}
		m[w] = typ
		if _, dup := m[tests[0].key]; !dup {
			m[tests[0].key] = typ
		}
	}
	return nil
}

// mustHeads returns a heads block of the built-in files.
func (rs *Rules) mustHeads(name string) map[string]string {
	m, ok := rs.heads[name]
	if !ok {
		panic("extract: the rule files define no heads " + name)
	}
	return m
}

// mustList returns a word list of the built-in files.
func (rs *Rules) mustList(name string) map[string]bool {
	m, ok := rs.lists[name]
	if !ok {
		panic("extract: the rule files define no list " + name)
	}
	return m
}

// finishVerb checks the examples of the verb line just read: a verb
// that states something shows it in an example.
func (p *ruleParser) finishVerb(r *rule) error {
	if len(r.yields) > 0 && len(r.examples) == 0 {
		return p.errorf(r.line, "verb %s states %s: add an example sentence and what it expects", strings.TrimPrefix(r.id, "verb:"), r.yields[0].pred.Name)
	}
	for _, ex := range r.examples {
		if len(ex.expect) == 0 {
			return p.errorf(ex.line, "example of %s expects nothing (add an expect line after it)", r.id)
		}
	}
	p.verbLines = append(p.verbLines, r)
	return nil
}

// finish checks the rule just read and keeps it.
func (p *ruleParser) finish() error {
	p.curHeads = ""
	r := p.cur
	if r == nil {
		return nil
	}
	p.cur = nil
	if r.isVerb {
		return p.finishVerb(r)
	}
	what := checkTitle(r)
	switch {
	case r.isTitle && p.curPat != "":
		return p.errorf(r.line, "title %s reads no pattern (a title block has title and body lines)", r.id)
	case r.isTitle && what != "":
		return p.errorf(r.line, "title %s %s", r.id, what)
	case !r.isTitle && p.curPat == "":
		return p.errorf(r.line, "rule %s has no pattern", r.id)
	case len(r.yields) == 0:
		return p.errorf(r.line, "rule %s yields nothing (add a yield line)", r.id)
	case r.confidence == 0:
		return p.errorf(r.line, "rule %s has no confidence", r.id)
	case len(r.examples) == 0:
		return p.errorf(r.line, "rule %s has no example sentence", r.id)
	}
	for _, ex := range r.examples {
		if len(ex.expect) == 0 {
			return p.errorf(ex.line, "example of rule %s expects nothing (add an expect line after it)", r.id)
		}
	}
	if r.isTitle {
		p.titled = append(p.titled, r)
		return nil
	}
	p.rules = append(p.rules, r)
	p.patterns = append(p.patterns, pendingPattern{text: p.curPat, line: p.curLine})
	p.curPat = ""
	return nil
}
