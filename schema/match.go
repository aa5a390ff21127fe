package schema

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/xrash/smetrics"
)

// ErrEntityNotFound is matched (errors.Is) by every NotFoundError.
var ErrEntityNotFound = errors.New("entity not found")

// NotFoundError says a name matched no entity, and which names come nearest.
type NotFoundError struct {
	Query   string
	Nearest []string
	// Candidates[i] is the entity named Nearest[i]; its type, when known,
	// is shown, so that people can tell a person from a group.
	Candidates []Entity
}

func (e *NotFoundError) Error() string {
	if len(e.Nearest) == 0 {
		return fmt.Sprintf("no entity named %q", e.Query)
	}
	names := make([]string, len(e.Nearest))
	for i, n := range e.Nearest {
		names[i] = fmt.Sprintf("%q", n)
		if i < len(e.Candidates) && e.Candidates[i].Type != "" {
			names[i] += " (" + e.Candidates[i].Type + ")"
		}
	}
	return fmt.Sprintf("no entity named %q; did you mean %s?", e.Query, strings.Join(names, ", "))
}

// Is makes errors.Is(err, ErrEntityNotFound) true.
func (e *NotFoundError) Is(target error) bool { return target == ErrEntityNotFound }

// AmbiguousError says a name matched several entities.
type AmbiguousError struct {
	Query      string
	Candidates []Entity
}

func (e *AmbiguousError) Error() string {
	var names []string
	for _, c := range e.Candidates {
		names = append(names, fmt.Sprintf("%s (%s, %s)", c.Name, c.Type, c.IRI))
	}
	return fmt.Sprintf("%q names %d entities: %s; give the IRI or a fuller name", e.Query, len(e.Candidates), strings.Join(names, "; "))
}

// How a name was matched, in the order Resolve tries them.
const (
	ByName     = "name"     // a name exactly as written
	ByAlias    = "alias"    // an alias exactly as written
	ByFolded   = "folded"   // ignoring case and punctuation (FoldName)
	ByTitle    = "title"    // without titles (StripTitles): "Mr. Trump"
	ByArticle  = "article"  // without a leading article: "embassy" for "the embassy"
	BySpelling = "spelling" // by spelling key (NameKey): "Qassem Suleimani"
	ByNearest  = "nearest"  // a typo away, or by whole words, when one entity fits
)

// Match is the entity a name was taken to mean, and how.
type Match struct {
	Entity Entity
	Index  int    // position of Entity in what the Names was built from
	How    string // ByName, ByAlias, ...
}

// Names is kg's one name matcher: the index of a set of entities by every
// form of their names kg compares. The CLI, Gizmo's kg.entity, the
// server's suggestions, ingest and the extractor's gazetteer all match
// names through it or its keys (FoldName, StripTitles, NameKey), so a name
// means the same entity everywhere.
type Names struct {
	entities []Entity
	written  [2]map[string][]int // [0] names, [1] aliases, as written
	folded   map[string][]int    // FoldName of every name and alias
	bare     map[string][]int    // the same without a leading article
	keyed    map[string][]int    // NameKey of every name and alias
}

// NewNames indexes entities by name and alias. Entities are told apart by
// position: two entries are two entities even if they share an IRI.
func NewNames(entities []Entity) *Names {
	n := &Names{
		entities: entities,
		written:  [2]map[string][]int{{}, {}},
		folded:   map[string][]int{},
		bare:     map[string][]int{},
		keyed:    map[string][]int{},
	}
	for i, e := range entities {
		for j, name := range e.Names() {
			if j == 0 && name == "" {
				continue
			}
			kind := min(j, 1)
			n.written[kind][name] = append(n.written[kind][name], i)
			if f := FoldName(name); f != "" {
				n.folded[f] = append(n.folded[f], i)
				n.bare[withoutArticle(f)] = append(n.bare[withoutArticle(f)], i)
			}
			if k := NameKey(name); k != "" {
				n.keyed[k] = append(n.keyed[k], i)
			}
		}
	}
	return n
}

// Len is the number of entities indexed.
func (n *Names) Len() int { return len(n.entities) }

// Resolve finds the entity a name means: a name or alias exactly as
// written, the same ignoring case and punctuation ("kata'ib hezbollah"),
// the same without titles ("Mr. Trump") or a leading article, the same
// spelling key ("Qassem
// Suleimani"), or failing those the one entity whose name is a typo away
// or holds all the query's words when no other does. Otherwise it returns
// a *NotFoundError with the nearest names, or an *AmbiguousError when a
// stage finds several entities.
func (n *Names) Resolve(query string) (Match, error) {
	q := strings.TrimSpace(query)
	if q == "" {
		return Match{}, &NotFoundError{Query: query}
	}
	folded := FoldName(q)
	bare := StripTitles(folded)
	stages := []struct {
		hits []int
		how  string
	}{
		{n.written[0][q], ByName},
		{n.written[1][q], ByAlias},
		{n.folded[folded], ByFolded},
		{n.folded[bare], ByTitle},
		{n.bare[withoutArticle(folded)], ByArticle},
		{n.keyed[NameKey(folded)], BySpelling},
		{n.keyed[NameKey(bare)], BySpelling},
	}
	for _, s := range stages {
		if m, err, ok := n.pick(query, s.hits, s.how); ok {
			return m, err
		}
	}
	return n.nearest(query, folded)
}

// Candidates returns the entities a name could mean: the one Resolve
// takes, the several it finds ambiguous, or else those with a name holding
// all the query's words; nil when none.
func (n *Names) Candidates(query string) []Entity {
	m, err := n.Resolve(query)
	if err == nil {
		return []Entity{m.Entity}
	}
	var amb *AmbiguousError
	if errors.As(err, &amb) {
		return amb.Candidates
	}
	folded := FoldName(query)
	var out []Entity
	for _, i := range unique(n.worded(folded)) {
		out = append(out, n.entities[i])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	return out
}

// pick returns the single entity of hits, or an ambiguity error; ok is
// false when hits is empty.
func (n *Names) pick(query string, hits []int, how string) (Match, error, bool) {
	hits = unique(hits)
	switch len(hits) {
	case 0:
		return Match{}, nil, false
	case 1:
		return Match{Entity: n.entities[hits[0]], Index: hits[0], How: how}, nil, true
	}
	amb := &AmbiguousError{Query: query}
	for _, i := range hits {
		amb.Candidates = append(amb.Candidates, n.entities[i])
	}
	sort.SliceStable(amb.Candidates, func(i, j int) bool { return amb.Candidates[i].IRI < amb.Candidates[j].IRI })
	return Match{}, amb, true
}

// nearest ranks every known name against the query. A single clear winner
// (a typo away, or the only entity whose name contains all the query's
// words) is taken; otherwise the best few are suggested.
func (n *Names) nearest(query, folded string) (Match, error) {
	type cand struct {
		name  string
		dist  int
		words bool
	}
	cands := make([]cand, 0, len(n.folded))
	for name := range n.folded {
		d := smetrics.WagnerFischer(folded, name, 1, 1, 1)
		cands = append(cands, cand{name: name, dist: d, words: containsWords(name, folded)})
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].dist != cands[j].dist {
			return cands[i].dist < cands[j].dist
		}
		return cands[i].name < cands[j].name
	})
	// A typo: the nearest names are within the allowance and mean one entity.
	allowed := 1
	if len([]rune(folded)) >= 8 {
		allowed = 2
	}
	var typo []int
	for _, c := range cands {
		if c.dist <= allowed && sameWords(folded, c.name) {
			typo = append(typo, n.folded[c.name]...)
		}
	}
	// Whole words: "Bragg" for Fort Bragg, when only one entity fits.
	for _, hits := range [][]int{typo, n.worded(folded)} {
		if len(unique(hits)) == 1 {
			m, _, _ := n.pick(query, hits, ByNearest)
			return m, nil
		}
	}
	nf := &NotFoundError{Query: query}
	seen := map[string]bool{}
	for _, c := range cands {
		if c.words || c.dist <= len(folded)/2+1 {
			for _, i := range n.folded[c.name] {
				if name := n.entities[i].Name; !seen[name] {
					seen[name] = true
					nf.Nearest = append(nf.Nearest, name)
					nf.Candidates = append(nf.Candidates, n.entities[i])
				}
			}
		}
		if len(nf.Nearest) >= 5 {
			break
		}
	}
	return Match{}, nf
}

// worded returns the entities with a name holding every word of the folded
// query, for queries of four letters or more.
func (n *Names) worded(folded string) []int {
	if len(folded) < 4 {
		return nil
	}
	names := make([]string, 0, len(n.folded))
	for name := range n.folded {
		if containsWords(name, folded) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	var out []int
	for _, name := range names {
		out = append(out, n.folded[name]...)
	}
	return out
}

// Suggestion is an entity whose name or alias matches a prefix.
type Suggestion struct {
	Entity
	// Match is the name or alias that matched.
	Match string `json:"match"`
}

// Suggest returns at most limit entities with a name or alias (or a word
// of one) starting with prefix, ignoring case and punctuation: names
// before aliases, whole names before words, then in index order. An empty
// prefix matches every entity.
func (n *Names) Suggest(prefix string, limit int) []Suggestion {
	p := FoldName(prefix)
	type ranked struct {
		Suggestion
		rank int
	}
	var hits []ranked
	for _, e := range n.entities {
		best, match := -1, ""
		for i, name := range e.Names() {
			rank := prefixRank(FoldName(name), p)
			if rank < 0 {
				continue
			}
			if i > 0 {
				rank++ // an alias after the name
			}
			if best < 0 || rank < best {
				best, match = rank, name
			}
		}
		if best >= 0 {
			hits = append(hits, ranked{Suggestion{e, match}, best})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].rank < hits[j].rank })
	out := make([]Suggestion, 0, min(limit, len(hits)))
	for _, h := range hits {
		if len(out) == limit {
			break
		}
		out = append(out, h.Suggestion)
	}
	return out
}

// prefixRank is 0 when name starts with p, 2 when one of its words does,
// -1 otherwise. An empty p matches everything.
func prefixRank(name, p string) int {
	switch {
	case strings.HasPrefix(name, p):
		return 0
	case strings.Contains(name, " "+p):
		return 2
	}
	return -1
}

// containsWords reports whether every word of query is a word of name.
func containsWords(name, query string) bool {
	words := strings.Fields(name)
	for _, w := range strings.Fields(query) {
		found := false
		for _, nw := range words {
			if nw == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return query != ""
}

// withoutArticle drops a leading article from a folded name.
func withoutArticle(folded string) string {
	for _, a := range []string{"the ", "a ", "an "} {
		if rest, ok := strings.CutPrefix(folded, a); ok && rest != "" {
			return rest
		}
	}
	return folded
}

// sameWords reports whether a name near the query is the same name
// mistyped rather than another one: word for word, a short word differs by
// at most one letter and none by more than a quarter of its letters.
// "Abu Mahdi" is two letters from "Abdul Mahdi", but abu is not abdul.
func sameWords(query, name string) bool {
	qw, nw := strings.Fields(query), strings.Fields(name)
	if len(qw) != len(nw) {
		return smetrics.WagnerFischer(query, name, 1, 1, 1) <= 1
	}
	for i := range qw {
		d := smetrics.WagnerFischer(qw[i], nw[i], 1, 1, 1)
		if d > 0 && d > max(1, len([]rune(nw[i]))/4) {
			return false
		}
	}
	return true
}

func unique(xs []int) []int {
	seen := map[int]bool{}
	var out []int
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
