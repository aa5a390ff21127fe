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
}

// defaultKinds are the embedded kinds, checked when the package starts;
// eventNouns are the nouns that name events, each to the word used in
// the event's name ("airstrikes" gives "Airstrikes").
var defaultKinds, eventNouns = mustKinds(embeddedKinds)

func mustKinds(src string) ([]eventKind, map[string]string) {
	ks, nouns, err := parseKinds("rules/events.kinds", src)
	if err != nil {
		panic("extract: " + err.Error())
	}
	return ks, nouns
}

// parseKinds reads "kind: phrase | phrase" lines, "kind covers: kind |
// kind" lines after them and "noun Name: word word" lines; # starts a
// comment.
func parseKinds(file, src string) ([]eventKind, map[string]string, error) {
	var out []eventKind
	seen := map[string]bool{}
	nouns := map[string]string{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, rest, ok := strings.Cut(line, ":")
		kind = strings.TrimSpace(kind)
		if !ok || kind == "" || strings.TrimSpace(rest) == "" {
			return nil, nil, fmt.Errorf("%s:%d: want kind: phrase | phrase ..., got %q", file, n+1, line)
		}
		// kind+" ": a line "noun : word" is a noun line without a name.
		if name, ok := strings.CutPrefix(kind+" ", "noun "); ok {
			if err := addNouns(nouns, strings.TrimSpace(name), rest); err != nil {
				return nil, nil, fmt.Errorf("%s:%d: %w", file, n+1, err)
			}
			continue
		}
		if general, ok := strings.CutSuffix(kind, " covers"); ok {
			if err := addCovers(out, strings.TrimSpace(general), rest); err != nil {
				return nil, nil, fmt.Errorf("%s:%d: %w", file, n+1, err)
			}
			continue
		}
		if seen[kind] {
			return nil, nil, fmt.Errorf("%s:%d: kind %q is already defined", file, n+1, kind)
		}
		seen[kind] = true
		k := eventKind{Kind: kind}
		for _, p := range strings.Split(rest, "|") {
			words := lowerWords(p)
			if len(words) == 0 {
				return nil, nil, fmt.Errorf("%s:%d: kind %q has an empty phrase", file, n+1, kind)
			}
			k.Phrases = append(k.Phrases, words)
		}
		out = append(out, k)
	}
	return out, nouns, nil
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

// generalHeads are, for a kind a general kind covers, the heads of the
// general kind and of every kind it covers: after "the Taji attack", "the
// strike" is that rocket attack, whatever strike came before.
func generalHeads(kinds []eventKind, kind string) []string {
	var out []string
	for _, k := range kinds {
		if k.Kind == kind || !slices.Contains(k.Covers, kind) {
			continue
		}
		out = append(out, kindHead(k.Kind))
		for _, c := range k.Covers {
			out = append(out, kindHead(c))
		}
	}
	return out
}

// generalWords are the words that may stand for an event of kind when it
// is a general kind or one covers it: the heads of the general kind and of all it
// covers ("attack", "strike"), plural for a plural mention.
func generalWords(kinds []eventKind, kind string, plural bool) []string {
	var out []string
	for _, k := range kinds {
		if len(k.Covers) == 0 || k.Kind != kind && !slices.Contains(k.Covers, kind) {
			continue
		}
		for _, c := range append([]string{k.Kind}, k.Covers...) {
			w := kindHead(c)
			if plural {
				w += "s"
			}
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
