package extract

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed rules/events.kinds
var embeddedKinds string

// eventKind is one line of rules/events.kinds: a kind of event and the
// phrases of an event's name that give it.
type eventKind struct {
	Kind    string
	Phrases [][]string // each phrase as lower-case words
}

// defaultKinds are the embedded kinds, checked when the package starts.
var defaultKinds = mustKinds(embeddedKinds)

func mustKinds(src string) []eventKind {
	ks, err := parseKinds("rules/events.kinds", src)
	if err != nil {
		panic("extract: " + err.Error())
	}
	return ks
}

// parseKinds reads "kind: phrase | phrase" lines; # starts a comment.
func parseKinds(file, src string) ([]eventKind, error) {
	var out []eventKind
	seen := map[string]bool{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, rest, ok := strings.Cut(line, ":")
		kind = strings.TrimSpace(kind)
		if !ok || kind == "" || strings.TrimSpace(rest) == "" {
			return nil, fmt.Errorf("%s:%d: want kind: phrase | phrase ..., got %q", file, n+1, line)
		}
		if seen[kind] {
			return nil, fmt.Errorf("%s:%d: kind %q is already defined", file, n+1, kind)
		}
		seen[kind] = true
		k := eventKind{Kind: kind}
		for _, p := range strings.Split(rest, "|") {
			words := lowerWords(p)
			if len(words) == 0 {
				return nil, fmt.Errorf("%s:%d: kind %q has an empty phrase", file, n+1, kind)
			}
			k.Phrases = append(k.Phrases, words)
		}
		out = append(out, k)
	}
	return out, nil
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
