package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

//go:embed rules/events.kinds
var embeddedKinds string

// eventKind is one line of rules/events.kinds: a kind of event and the
// phrases of an event's name that give it.
type eventKind struct {
	Kind    string
	Phrases [][]string // each phrase as lower-case words
	// Covers lists the kinds this more general kind takes in: an undated
	// "attack" in an article may be the rocket attack it dates.
	Covers []string
	// Anaphors are words beside its own that, after "the", stand for the
	// last event of the kind (or of a kind it covers) just named: "the
	// operation" after Iran's missiles is the missile strike.
	Anaphors []string
	// Has holds the properties property lines give the kind (kindProps).
	Has map[string]bool
}

// kindProps are the properties a "property: kind | kind" line gives kinds:
//   - alone: its noun names an event by itself after a determiner ("the
//     vote", "his resignation", "a stampede");
//   - held: an agent before a launch verb holds it ("parliament held a
//     vote", "the United States carried out air strikes");
//   - placed: "<noun> in <place>" places it ("the stampede in Kerman");
//   - of: its name reads "<noun> of X" ("Killing of X"), not "<noun> on X"
//     ("Attack on X", "Vote on X");
//   - about: its verb's object is whom it concerns, not its target
//     ("Salih nominated Allawi").
var kindProps = defaultRules.mustList("kindProps")

// eventVerb is a verb phrase that states an event of its own, "Name by"
// its subject ("parliament voted": a vote by parliament) or "Name of" it
// ("the flight crashed": the crash of the flight).
type eventVerb struct {
	Words []string // the phrase, lower-case
	Name  string   // the event's name word
	Of    bool     // the subject is what the event concerns, not its agent
	// Crowd is set for a verb that states an event only with a crowd
	// as its subject ("verb Name crowd:"): "protesters gathered in
	// Tahrir Square" is a rally there, "officials gathered" none.
	Crowd bool
}

// kindRules is what rules/events.kinds says: the kinds, the nouns that
// name events, each to the word used in the event's name ("airstrikes"
// gives "Airstrikes"), and the verbs that state events.
type kindRules struct {
	Kinds []eventKind
	Nouns map[string]string
	Verbs []eventVerb
	// Bodies maps the words that, as a verb's subject, name a country's
	// body to its body noun ("lawmakers" -> "parliament").
	Bodies map[string]string
	// Impacts are the verb phrases, lower-case words, by which what was
	// fired strikes its target: "rockets hit the embassy".
	Impacts [][]string
	// Crowds are the words that, just before a verb, name an unnamed
	// crowd as its subject ("protesters", "students", "thousands").
	Crowds map[string]bool
	// Craft are the words that name an unnamed aircraft as the subject
	// of a verb that concerns it ("the plane crashed").
	Craft map[string]bool
}

// defaultKinds are the embedded kinds, checked when the package starts;
// eventNouns are their nouns, verbsByFirst their verbs by first word.
var (
	kindFile                 = mustKinds(embeddedKinds)
	defaultKinds, eventNouns = kindFile.Kinds, kindFile.Nouns
	verbsByFirst             = verbsByFirstWord(kindFile.Verbs)
	impactVerbs              = kindFile.Impacts
	bodyWords                = kindFile.Bodies
	crowdWords               = kindFile.Crowds
	craftWords               = kindFile.Craft
)

// verbsByFirstWord groups verbs by the first word of their phrase, in
// their order, so a token is matched only against the verbs it can start.
func verbsByFirstWord(verbs []eventVerb) map[string][]eventVerb {
	out := map[string][]eventVerb{}
	for _, v := range verbs {
		out[v.Words[0]] = append(out[v.Words[0]], v)
	}
	return out
}

func mustKinds(src string) kindRules {
	r, err := parseKinds("rules/events.kinds", src)
	if err != nil {
		panic("extract: " + err.Error())
	}
	return r
}

// parseKinds reads "kind: phrase | phrase" lines, "kind covers: kind |
// kind", "anaphor kind: word | word" and "property: kind | kind" lines
// after them (kindProps), "noun Name: word word",
// "verb Name by|of|crowd: phrase | phrase", "body noun: word | word",
// "crowd: word | word", "craft: word | word" and "impact: phrase |
// phrase" lines; # starts a comment.
func parseKinds(file, src string) (kindRules, error) {
	r := kindRules{Nouns: map[string]string{}, Bodies: map[string]string{}, Crowds: map[string]bool{}, Craft: map[string]bool{}}
	seen := map[string]bool{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, rest, ok := strings.Cut(line, ":")
		kind = strings.TrimSpace(kind)
		if !ok || kind == "" || strings.TrimSpace(rest) == "" {
			return kindRules{}, fmt.Errorf("%s:%d: want kind: phrase | phrase ..., got %q", file, n+1, line)
		}
		if err := r.addLine(kind, rest, seen); err != nil {
			return kindRules{}, fmt.Errorf("%s:%d: %w", file, n+1, err)
		}
	}
	return r, nil
}

// addLine adds one line, its head (before the colon) and rest.
func (r *kindRules) addLine(head, rest string, seen map[string]bool) error {
	// head+" ": a line "noun : word" is a noun line without a name.
	if head == "impact" {
		for _, p := range strings.Split(rest, "|") {
			words := lowerWords(p)
			if len(words) == 0 {
				return fmt.Errorf("impact has an empty phrase")
			}
			r.Impacts = append(r.Impacts, words)
		}
		return nil
	}
	if head == "crowd" {
		return addWords(r.Crowds, head, rest)
	}
	if head == "craft" {
		return addWords(r.Craft, head, rest)
	}
	if name, ok := strings.CutPrefix(head+" ", "noun "); ok {
		return addNouns(r.Nouns, strings.TrimSpace(name), rest)
	}
	if name, ok := strings.CutPrefix(head+" ", "verb "); ok {
		return r.addVerbs(strings.TrimSpace(name), rest)
	}
	if noun, ok := strings.CutPrefix(head+" ", "body "); ok {
		return r.addBodyWords(strings.TrimSpace(noun), rest)
	}
	if kind, ok := strings.CutPrefix(head+" ", "anaphor "); ok {
		return addAnaphors(r.Kinds, strings.TrimSpace(kind), rest)
	}
	if general, ok := strings.CutSuffix(head, " covers"); ok {
		return addCovers(r.Kinds, strings.TrimSpace(general), rest)
	}
	if kindProps[head] {
		return r.addProperty(head, rest)
	}
	if seen[head] {
		return fmt.Errorf("kind %q is already defined", head)
	}
	seen[head] = true
	k := eventKind{Kind: head}
	for _, p := range strings.Split(rest, "|") {
		words := lowerWords(p)
		if len(words) == 0 {
			return fmt.Errorf("kind %q has an empty phrase", head)
		}
		k.Phrases = append(k.Phrases, words)
	}
	r.Kinds = append(r.Kinds, k)
	return nil
}

// addProperty gives the kinds of a "property: kind | kind" line the
// property (kindProps).
func (r *kindRules) addProperty(prop, list string) error {
	for _, c := range strings.Split(list, "|") {
		c = strings.TrimSpace(c)
		i := slices.IndexFunc(r.Kinds, func(k eventKind) bool { return k.Kind == c })
		if i < 0 {
			return fmt.Errorf("%s: %q is not a kind defined above", prop, c)
		}
		if r.Kinds[i].Has == nil {
			r.Kinds[i].Has = map[string]bool{}
		}
		r.Kinds[i].Has[prop] = true
	}
	return nil
}

// addBodyWords notes the words of a "body noun: word | word" line: a
// verb's subject that names the country's body of that noun ("lawmakers
// voted": its parliament).
func (r *kindRules) addBodyWords(noun, list string) error {
	if noun == "" || strings.Contains(noun, " ") {
		return fmt.Errorf("want body noun: word | word ..., got %q", "body "+noun)
	}
	for _, w := range strings.Split(list, "|") {
		words := lowerWords(w)
		if len(words) != 1 {
			return fmt.Errorf("body %q: %q is not one word", noun, strings.TrimSpace(w))
		}
		r.Bodies[words[0]] = noun
	}
	return nil
}

// addWords notes the words of a "head: word | word" line (crowd, craft).
func addWords(to map[string]bool, head, list string) error {
	for _, w := range strings.Split(list, "|") {
		words := lowerWords(w)
		if len(words) != 1 {
			return fmt.Errorf("%s: %q is not one word", head, strings.TrimSpace(w))
		}
		to[words[0]] = true
	}
	return nil
}

// addVerbs notes the phrases of a "verb Name by|of|crowd: phrase |
// phrase" line.
func (r *kindRules) addVerbs(head, list string) error {
	name, role, ok := strings.Cut(head, " ")
	if !ok || role != "by" && role != "of" && role != "crowd" || name == "" {
		return fmt.Errorf("want verb Name by|of|crowd: phrase | phrase ..., got %q", "verb "+head)
	}
	for _, p := range strings.Split(list, "|") {
		words := lowerWords(p)
		if len(words) == 0 {
			return fmt.Errorf("verb %q has an empty phrase", name)
		}
		r.Verbs = append(r.Verbs, eventVerb{Words: words, Name: name, Of: role == "of", Crowd: role == "crowd"})
	}
	return nil
}

// addNouns notes the words of a "noun Name: word word" line, each a
// single lower-case word that names no other event noun.
func addNouns(nouns map[string]string, name, list string) error {
	if name == "" {
		return fmt.Errorf("want noun Name: word word ..., got no name")
	}
	for _, w := range strings.Fields(list) {
		if words := lowerWords(w); len(words) != 1 || words[0] != w {
			return fmt.Errorf("noun %q: %q is not one lower-case word", name, w)
		}
		if had, dup := nouns[w]; dup {
			return fmt.Errorf("noun %q: %q is already a noun of %q", name, w, had)
		}
		nouns[w] = name
	}
	return nil
}

// addCovers notes the kinds a general kind covers, all defined before.
func addCovers(kinds []eventKind, general, list string) error {
	at := -1
	for i, k := range kinds {
		if k.Kind == general {
			at = i
		}
	}
	if at < 0 {
		return fmt.Errorf("kind %q covers kinds but is not defined above", general)
	}
	for _, c := range strings.Split(list, "|") {
		c = strings.TrimSpace(c)
		if !slices.ContainsFunc(kinds, func(k eventKind) bool { return k.Kind == c }) {
			return fmt.Errorf("kind %q covers %q, which is not defined above", general, c)
		}
		kinds[at].Covers = append(kinds[at].Covers, c)
	}
	return nil
}

// addAnaphors notes the words of an "anaphor kind: word | word" line,
// each one lower-case word, of a kind defined above.
func addAnaphors(kinds []eventKind, kind, list string) error {
	at := slices.IndexFunc(kinds, func(k eventKind) bool { return k.Kind == kind })
	if at < 0 {
		return fmt.Errorf("anaphor: %q is not a kind defined above", kind)
	}
	for _, w := range strings.Split(list, "|") {
		words := lowerWords(w)
		if len(words) != 1 || words[0] != strings.TrimSpace(w) {
			return fmt.Errorf("anaphor %q: %q is not one lower-case word", kind, strings.TrimSpace(w))
		}
		kinds[at].Anaphors = append(kinds[at].Anaphors, words[0])
	}
	return nil
}

// covers reports whether an event of kind general may be one of kind
// specific: the same kind, or one general's line covers.
func covers(kinds []eventKind, general, specific string) bool {
	if general == specific {
		return true
	}
	for _, k := range kinds {
		if k.Kind == general {
			return slices.Contains(k.Covers, specific)
		}
	}
	return false
}

// kindWords are the one-word phrases of a kind: the nouns ("the raids",
// "the downing") that may stand for an event of that kind. A general
// kind's words ("the attack", "the assault") are not: they may be any.
func kindWords(kinds []eventKind, kind string) []string {
	var out []string
	for _, k := range kinds {
		if kind == "" || k.Kind != kind {
			continue
		}
		for _, p := range k.Phrases {
			if len(p) == 1 {
				out = append(out, p[0])
			}
		}
	}
	return out
}

// generalWords are the words that may stand for an event of kind when it
// is a general kind or one covers it: for the general kind, its head and
// the heads of all it covers ("the Taji attack", then "the strike"); for
// a kind it covers, the general head and its own ("a rocket attack" is
// "the attack", never "the strike"); plural for a plural mention, and
// the general kind's anaphors ("operation") in either number.
func generalWords(kinds []eventKind, kind string, plural bool) []string {
	var out []string
	for _, k := range kinds {
		if len(k.Covers) == 0 || k.Kind != kind && !slices.Contains(k.Covers, kind) {
			continue
		}
		heads := append([]string{k.Kind}, k.Covers...)
		if kind != k.Kind {
			heads = []string{k.Kind, kind}
		}
		for i, c := range heads {
			heads[i] = kindHead(c)
		}
		for i, w := range heads {
			if plural {
				heads[i] = w + "s"
			}
		}
		// "The operation" may be "ballistic missiles": one operation,
		// whatever the number of what it fired.
		for _, w := range k.Anaphors {
			heads = append(heads, w, w+"s")
		}
		for _, w := range heads {
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// pluralEvent reports whether an event mention's noun is plural: "U.S.
// strikes", "ballistic missiles".
func pluralEvent(toks []token) bool {
	for _, t := range toks {
		if _, ok := eventNouns[t.Key]; ok {
			return strings.HasSuffix(t.Key, "s")
		}
	}
	return false
}

// eventNumbers are the numbers, plural or not, in which general words may
// stand for an event mention: its noun's, or both for what was fired
// ("rockets hit the base": the attack, the strikes).
func eventNumbers(toks []token) []bool {
	for _, t := range toks {
		if firedNouns[eventNouns[t.Key]] {
			return []bool{false, true}
		}
	}
	return []bool{pluralEvent(toks)}
}

// kindHas reports whether a kind has a property (kindProps).
func kindHas(kind, prop string) bool {
	i := slices.IndexFunc(defaultKinds, func(k eventKind) bool { return k.Kind == kind })
	return i >= 0 && defaultKinds[i].Has[prop]
}

// nounHas reports whether the kind of an event noun ("Vote", "Storming")
// has a property.
func nounHas(noun, prop string) bool { return kindHas(kindOf(defaultKinds, noun), prop) }

// kindHead is the last word of a kind's name: a missile strike is a
// strike.
func kindHead(kind string) string {
	words := lowerWords(kind)
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// kindOf returns the kind of event a name says, or "".
func kindOf(kinds []eventKind, name string) string {
	words := lowerWords(name)
	for _, k := range kinds {
		for _, p := range k.Phrases {
			if hasRun(words, p) {
				return k.Kind
			}
		}
	}
	return ""
}

// lowerWords splits text as the tokenizer does ("sit-in" is two words).
func lowerWords(text string) []string {
	var words []string
	for _, t := range tokenize(text) {
		words = append(words, strings.ToLower(t.Text))
	}
	return words
}

// hasRun reports whether words holds the run p.
func hasRun(words, p []string) bool {
	for i := 0; i+len(p) <= len(words); i++ {
		ok := true
		for j, w := range p {
			if words[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
