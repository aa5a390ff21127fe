package queries

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed *.js
var savedFS embed.FS

// SavedQuery is a named Gizmo script from kg's library of analyst queries
// (queries/*.js). Its first line, a // comment, describes it.
type SavedQuery struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Source      string `json:"source"`
}

// Saved lists the library of analyst queries, by name.
func Saved() []SavedQuery {
	names, _ := fs.Glob(savedFS, "*.js") // the pattern is valid; embed guarantees files
	out := make([]SavedQuery, 0, len(names))
	for _, n := range names {
		src, err := savedFS.ReadFile(n)
		if err != nil {
			continue
		}
		out = append(out, parseSaved(strings.TrimSuffix(path.Base(n), ".js"), string(src)))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// LookupSaved finds a saved query by name.
func LookupSaved(name string) (SavedQuery, error) {
	var names []string
	for _, q := range Saved() {
		if q.Name == strings.TrimSuffix(name, ".js") {
			return q, nil
		}
		names = append(names, q.Name)
	}
	return SavedQuery{}, fmt.Errorf("no saved query %q (have: %s)", name, strings.Join(names, ", "))
}

func parseSaved(name, src string) SavedQuery {
	first, _, _ := strings.Cut(src, "\n")
	desc := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(first), "//"))
	return SavedQuery{Name: name, Description: desc, Source: src}
}

// WithArgs returns the script with variables set before it runs: each
// name=value becomes a JavaScript string variable, which saved queries read
// in place of their defaults ("kg query --name neighbourhood --arg
// entity=Trump").
func (q SavedQuery) WithArgs(args map[string]string) (string, error) {
	if len(args) == 0 {
		return q.Source, nil
	}
	keys := make([]string, 0, len(args))
	for k := range args {
		if !isIdentifier(k) {
			return "", fmt.Errorf("argument name %q is not a JavaScript identifier", k)
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		v, _ := json.Marshal(args[k])
		fmt.Fprintf(&b, "var %s = %s; ", k, v)
	}
	// One line, so error line numbers in the script stay as written.
	return b.String() + q.Source, nil
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return true
}
