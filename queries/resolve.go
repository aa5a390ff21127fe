package queries

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"
	"github.com/xrash/smetrics"

	"github.com/kg-analyst/kg/schema"
)

// ErrEntityNotFound is matched (errors.Is) by every NotFoundError.
var ErrEntityNotFound = errors.New("entity not found")

// NotFoundError says a name matched no entity, and which names come nearest.
type NotFoundError struct {
	Query   string
	Nearest []string
}

func (e *NotFoundError) Error() string {
	if len(e.Nearest) == 0 {
		return fmt.Sprintf("no entity named %q", e.Query)
	}
	return fmt.Sprintf("no entity named %q; did you mean %s?", e.Query, quoteList(e.Nearest))
}

// Is makes errors.Is(err, ErrEntityNotFound) true.
func (e *NotFoundError) Is(target error) bool { return target == ErrEntityNotFound }

// AmbiguousError says a name matched several entities.
type AmbiguousError struct {
	Query      string
	Candidates []Node
}

func (e *AmbiguousError) Error() string {
	var names []string
	for _, c := range e.Candidates {
		names = append(names, fmt.Sprintf("%s (%s, %s)", c.Name, c.Type, c.IRI))
	}
	return fmt.Sprintf("%q names %d entities: %s; give the IRI or a fuller name", e.Query, len(e.Candidates), strings.Join(names, "; "))
}

// Resolution is the entity a name was taken to mean, and how.
type Resolution struct {
	Node
	Query string `json:"query"`
	How   string `json:"how"` // "iri", "name", "alias", "folded", "title" or "nearest"
}

// Resolve finds the entity a name means: an IRI (<...>, http..., or
// prefixed as id:quds-force), an entity id, a name or alias exactly, the
// same ignoring case and punctuation ("kata'ib hezbollah"), the same
// without titles ("Mr. Trump"), or failing that
// the one entity whose name is nearest when no other comes close. Otherwise it
// returns a *NotFoundError with the nearest names or an *AmbiguousError.
func Resolve(ctx context.Context, qs Reader, name string) (Resolution, error) {
	s := newSession(qs)
	return s.resolve(ctx, name)
}

func (s *session) resolve(ctx context.Context, name string) (Resolution, error) {
	q := strings.TrimSpace(name)
	if q == "" {
		return Resolution{}, &NotFoundError{Query: name}
	}
	if iri, ok := asIRI(q); ok {
		if s.exists(ctx, iri) {
			return Resolution{Node: s.node(ctx, iri), Query: name, How: "iri"}, nil
		}
		return Resolution{}, &NotFoundError{Query: name}
	}
	if id := schema.EntityIRI(q); !strings.ContainsAny(q, " /<>") && s.exists(ctx, id) {
		return Resolution{Node: s.node(ctx, id), Query: name, How: "iri"}, nil
	}
	// Exact names, then exact aliases, straight from the index.
	for _, p := range []struct {
		pred quad.IRI
		how  string
	}{{schema.Name, "name"}, {schema.AlternateName, "alias"}} {
		vals, err := path.StartPath(s.qs, quad.String(q)).In(p.pred).Iterate(ctx).AllValues(s.qs)
		if err != nil {
			return Resolution{}, fmt.Errorf("resolve %q: %w", name, err)
		}
		if r, err, ok := s.pick(ctx, name, vals, p.how); ok {
			return r, err
		}
	}
	cat, err := s.catalog(ctx)
	if err != nil {
		return Resolution{}, fmt.Errorf("resolve %q: %w", name, err)
	}
	folded := schema.FoldName(q)
	if r, err, ok := s.pick(ctx, name, cat.byName[folded], "folded"); ok {
		return r, err
	}
	// Titles are not names: "Mr. Trump", "General Soleimani".
	if bare := schema.StripTitles(folded); bare != folded {
		if r, err, ok := s.pick(ctx, name, cat.byName[bare], "title"); ok {
			return r, err
		}
	}
	// Nor are leading articles: "the embassy" and "embassy" are one name.
	if r, err, ok := s.pick(ctx, name, cat.byBare[withoutArticle(folded)], "article"); ok {
		return r, err
	}
	return s.nearest(ctx, name, folded, cat)
}

// pick returns the single entity of vals, or an ambiguity error; ok is false
// when vals is empty.
func (s *session) pick(ctx context.Context, query string, vals []quad.Value, how string) (Resolution, error, bool) {
	vals = uniqueValues(vals)
	switch len(vals) {
	case 0:
		return Resolution{}, nil, false
	case 1:
		return Resolution{Node: s.node(ctx, vals[0]), Query: query, How: how}, nil, true
	}
	amb := &AmbiguousError{Query: query}
	for _, v := range vals {
		amb.Candidates = append(amb.Candidates, s.node(ctx, v))
	}
	sort.Slice(amb.Candidates, func(i, j int) bool { return amb.Candidates[i].IRI < amb.Candidates[j].IRI })
	return Resolution{}, amb, true
}

// nearest ranks every known name against the query. A single clear winner
// (a typo away, or the only entity whose name contains all the query's
// words) is taken; otherwise the best few are suggested.
func (s *session) nearest(ctx context.Context, query, folded string, cat *catalog) (Resolution, error) {
	type cand struct {
		name  string
		dist  int
		words bool
	}
	var cands []cand
	for n := range cat.byName {
		d := smetrics.WagnerFischer(folded, n, 1, 1, 1)
		cands = append(cands, cand{name: n, dist: d, words: containsWords(n, folded)})
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].dist != cands[j].dist {
			return cands[i].dist < cands[j].dist
		}
		return cands[i].name < cands[j].name
	})
	allowed := 1
	if len([]rune(folded)) >= 8 {
		allowed = 2
	}
	// A typo: the nearest names are within the allowance and mean one entity.
	var typo []quad.Value
	for _, c := range cands {
		if c.dist <= allowed && sameWords(folded, c.name) {
			typo = append(typo, cat.byName[c.name]...)
		}
	}
	// Whole words: "Bragg" for Fort Bragg, when only one entity fits.
	var worded []quad.Value
	if len(folded) >= 4 {
		for _, c := range cands {
			if c.words {
				worded = append(worded, cat.byName[c.name]...)
			}
		}
	}
	typo, worded = uniqueValues(typo), uniqueValues(worded)
	for _, vals := range [][]quad.Value{typo, worded} {
		if r, _, ok := s.pick(ctx, query, vals, "nearest"); ok && len(vals) == 1 {
			return r, nil
		}
	}
	nf := &NotFoundError{Query: query}
	seen := map[string]bool{}
	for _, c := range cands {
		if c.words || c.dist <= len(folded)/2+1 {
			for _, v := range cat.byName[c.name] {
				n := s.node(ctx, v).Name
				if !seen[n] {
					seen[n] = true
					nf.Nearest = append(nf.Nearest, n)
				}
			}
		}
		if len(nf.Nearest) >= 5 {
			break
		}
	}
	return Resolution{}, nf
}

// catalog is every name and alias the store knows, folded, and again
// without a leading article.
type catalog struct {
	byName map[string][]quad.Value
	byBare map[string][]quad.Value
}

func (s *session) catalog(ctx context.Context) (*catalog, error) {
	c := &catalog{byName: map[string][]quad.Value{}, byBare: map[string][]quad.Value{}}
	for _, p := range []quad.IRI{schema.Name, schema.AlternateName} {
		err := eachQuad(ctx, s.qs, quad.Predicate, p, func(q quad.Quad) {
			f := schema.FoldName(ValueText(q.Object))
			if f != "" {
				c.byName[f] = append(c.byName[f], q.Subject)
				c.byBare[withoutArticle(f)] = append(c.byBare[withoutArticle(f)], q.Subject)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

// eachQuad calls fn for every quad whose direction d is v.
func eachQuad(ctx context.Context, qs Reader, d quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	ref, err := qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	it := qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return err
		}
		fn(q)
	}
	return it.Err()
}

func (s *session) exists(ctx context.Context, v quad.Value) bool {
	ref, err := s.qs.ValueOf(v)
	return err == nil && ref != nil
}

// asIRI recognises a name written as an IRI.
func asIRI(q string) (quad.IRI, bool) {
	switch {
	case strings.HasPrefix(q, "<") && strings.HasSuffix(q, ">"):
		return quad.IRI(q[1 : len(q)-1]), true
	case strings.HasPrefix(q, "http://") || strings.HasPrefix(q, "https://"):
		return quad.IRI(q), true
	}
	if iri, ok := schema.Expand(q); ok && !strings.Contains(q, " ") {
		return iri, true
	}
	return "", false
}

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

func uniqueValues(vals []quad.Value) []quad.Value {
	seen := map[quad.Value]bool{}
	var out []quad.Value
	for _, v := range vals {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
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
