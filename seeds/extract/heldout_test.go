package extract

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds"
)

// Articles written for these tests, about the events of the seed article
// and what followed, each with a gold file of what a careful analyst
// marks in it. testdata/dev holds the articles rules may be tuned on;
// testdata/test is frozen (TestTestSetFrozen).

// goldCase is one article and its gold file.
type goldCase struct {
	file string // the article, testdata/SET/NAME.txt
	date string
	// names lists the named people, groups, places and events; each entry
	// lists the ways the article writes one entity, canonical form first.
	names [][]string
	// extra lists names that are real but that an analyst need not mark
	// (a new entity named so is not noise).
	extra []string
	// links are connections the article states, between canonical forms.
	links [][2]string
	// rels are the statements a typed predicate should make, "A pred B".
	rels []string
	// events are the real events the article tells of: day first, then
	// the ways the article writes it (heldout_events_test.go).
	events [][]string
	// claims are sentences that name their source: a fragment of the
	// sentence and the canonical name of who said it.
	claims [][2]string
}

// readGold reads NAME.gold: "date: D", "name: Form | Form", "extra: Name",
// "link: Name ~ Name", "rel: Name predicate Name", comments after #.
func readGold(path string) (goldCase, error) {
	c := goldCase{file: strings.TrimSuffix(path, ".gold") + ".txt"}
	f, err := os.Open(path)
	if err != nil {
		return c, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		val = strings.TrimSpace(val)
		switch key {
		case "date":
			c.date = val
		case "name":
			c.names = append(c.names, splitForms(val))
		case "extra":
			c.extra = append(c.extra, val)
		case "rel":
			c.rels = append(c.rels, val)
		case "event":
			c.events = append(c.events, splitForms(val))
		case "claim":
			frag, who, found := strings.Cut(val, "~")
			if !found {
				return c, fmt.Errorf("%s:%d: claim wants sentence fragment ~ Source", path, n)
			}
			c.claims = append(c.claims, [2]string{strings.TrimSpace(frag), strings.TrimSpace(who)})
		case "link":
			a, b, found := strings.Cut(val, "~")
			if !found {
				return c, fmt.Errorf("%s:%d: link wants A ~ B", path, n)
			}
			c.links = append(c.links, [2]string{strings.TrimSpace(a), strings.TrimSpace(b)})
		default:
			if !ok || key != "" {
				return c, fmt.Errorf("%s:%d: unknown line %q", path, n, line)
			}
		}
	}
	return c, sc.Err()
}

// splitForms splits "A | B | C".
func splitForms(val string) []string {
	var forms []string
	for _, f := range strings.Split(val, "|") {
		forms = append(forms, strings.TrimSpace(f))
	}
	return forms
}

// goldSet reads the gold files of a set, in date order: each article is
// read against what the ones before it added.
func goldSet(t testing.TB, set string) []goldCase {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("testdata", set, "*.gold"))
	var out []goldCase
	for _, p := range paths {
		c, err := readGold(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].date < out[j].date })
	return out
}

// heldOutScore is how extraction did on one article.
type heldOutScore struct {
	found, names         int // (a) names found as entities
	real, added          int // (b) new entities that are real names
	consistent, spelled  int // (c) names written several ways that stay one entity
	distinct, collisions int // (c) names that share an entity with another name
	linked, links        int // (d) stated links within two hops
	missed, noise        []string
	split, unlinked      []string
	// Typed statements against the gold's rel lines: found of wanted,
	// right of judged (both ends gold names), and the stated links that
	// carry a typed statement.
	typedFound, typedWanted int
	typedRight, typedJudged int
	typedLinks, typedOf     int // links with a typed statement or open relation, of links in articles with typed gold
	wrongTyped, missedTyped []string
}

func (a *heldOutScore) addUp(b heldOutScore) {
	a.found, a.names, a.real, a.added = a.found+b.found, a.names+b.names, a.real+b.real, a.added+b.added
	a.consistent, a.spelled, a.collisions = a.consistent+b.consistent, a.spelled+b.spelled, a.collisions+b.collisions
	a.linked, a.links = a.linked+b.linked, a.links+b.links
	a.typedFound, a.typedWanted = a.typedFound+b.typedFound, a.typedWanted+b.typedWanted
	a.typedRight, a.typedJudged = a.typedRight+b.typedRight, a.typedJudged+b.typedJudged
	a.typedLinks, a.typedOf = a.typedLinks+b.typedLinks, a.typedOf+b.typedOf
}

// seedKnown is what the store holds after kg build.
func seedKnown(t testing.TB) []schema.Entity {
	t.Helper()
	set, err := seeds.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := SeedDocuments(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	var known []schema.Entity
	for _, d := range docs {
		known = append(known, d.Entities...)
	}
	return MergeKnown(known, set.Entities())
}

// scoreSet extracts a set's articles in order, each against what the store
// would hold after kg build and the ingests before it.
func scoreSet(t testing.TB, cases []goldCase) map[string]heldOutScore {
	t.Helper()
	out := map[string]heldOutScore{}
	extractSet(t, cases, func(c goldCase, res Result, known []schema.Entity) {
		out[c.file] = scoreCase(c, res, known)
	})
	return out
}

// extractSet extracts a set's articles in order, each against what the
// store would hold after kg build and the ingests before it, and hands
// each result to score with what was known before it.
func extractSet(t testing.TB, cases []goldCase, score func(c goldCase, res Result, known []schema.Entity)) {
	t.Helper()
	known := seedKnown(t)
	for _, c := range cases {
		raw, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		x := New(known, Options{})
		res, err := x.Extract(context.Background(), Input{ID: filepath.Base(c.file), Raw: string(raw), Date: c.date})
		if err != nil {
			t.Fatal(err)
		}
		score(c, res, known)
		known = addKnown(known, res.Document.Entities)
	}
}

// addKnown adds what an ingest defines to the known entities.
func addKnown(known, defined []schema.Entity) []schema.Entity {
	byID := map[string]int{}
	for i, e := range known {
		byID[e.ID] = i
	}
	for _, e := range defined {
		if i, ok := byID[e.ID]; ok {
			known[i].Aliases = append(known[i].Aliases, e.Aliases...)
			continue
		}
		known = append(known, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
	return known
}

func scoreCase(c goldCase, res Result, known []schema.Entity) heldOutScore {
	var sc heldOutScore
	idOf := scoreNames(&sc, c, res, known)
	scoreNoise(&sc, c, res, known)
	scoreTyped(&sc, c, res, idOf)
	adj := adjacency(res.Document.Statements)
	for _, l := range c.links {
		sc.links++
		a, b := idOf[l[0]], idOf[l[1]]
		if a != "" && b != "" && (adj[a][b] || twoHops(adj, a, b)) {
			sc.linked++
		} else {
			sc.unlinked = append(sc.unlinked, l[0]+" ~ "+l[1])
		}
	}
	return sc
}

// scoreTyped scores the typed statements against the gold's rel lines.
func scoreTyped(sc *heldOutScore, c goldCase, res Result, idOf map[string]string) {
	if len(c.rels) == 0 {
		return // no typed gold: nothing to judge
	}
	goldName := map[string]string{} // entity id -> canonical form
	for form, id := range idOf {
		goldName[id] = form
	}
	want := map[string]bool{}
	for _, r := range c.rels {
		want[r] = true
	}
	got := map[string]bool{}
	typedPair := map[[2]string]bool{}
	for _, st := range res.Document.Statements {
		if st.Predicate.IsAttribute() || st.Predicate.Name == MentionedWith.Name {
			continue
		}
		typedPair[[2]string{st.Subject, st.Object}] = true
		typedPair[[2]string{st.Object, st.Subject}] = true
		if st.Predicate.IsOpen() {
			continue // an open relation says how, but not in the schema's words
		}
		a, okA := goldName[st.Subject]
		b, okB := goldName[st.Object]
		k := a + " " + st.Predicate.Name + " " + b
		if !okA || !okB || got[k] {
			continue
		}
		got[k] = true
		sc.typedJudged++
		if want[k] {
			sc.typedRight++
		} else {
			sc.wrongTyped = append(sc.wrongTyped, k)
		}
	}
	for _, r := range c.rels {
		sc.typedWanted++
		if got[r] {
			sc.typedFound++
		} else {
			sc.missedTyped = append(sc.missedTyped, r)
		}
	}
	for _, l := range c.links {
		sc.typedOf++
		if typedPair[[2]string{idOf[l[0]], idOf[l[1]]}] {
			sc.typedLinks++
		}
	}
}

// scoreNames finds where each gold name resolves, by the mentions' text
// and the names of the entities mentioned ("President Trump" is a mention
// of Donald Trump), compared with the eval's own normaliser (evalKey). It
// returns the entity of each canonical form.
func scoreNames(sc *heldOutScore, c goldCase, res Result, known []schema.Entity) map[string]string {
	byKey := map[string]map[string]bool{} // name key -> entity ids
	note := func(name, id string) {
		k := evalKey(name)
		if byKey[k] == nil {
			byKey[k] = map[string]bool{}
		}
		byKey[k][id] = true
	}
	names := map[string][]string{}
	for _, e := range append(append([]schema.Entity(nil), known...), res.Document.Entities...) {
		names[e.ID] = append(names[e.ID], e.Name)
	}
	for _, m := range res.Mentions {
		note(m.Text, m.Entity)
		for _, n := range names[m.Entity] {
			note(n, m.Entity)
		}
	}
	idOf := map[string]string{}
	owner := map[string]string{}
	for _, forms := range c.names {
		sc.names++
		var list []string
		seen := map[string]bool{}
		for _, f := range forms {
			for id := range byKey[evalKey(f)] {
				if !seen[id] {
					seen[id] = true
					list = append(list, id)
				}
			}
		}
		if len(list) == 0 {
			sc.missed = append(sc.missed, forms[0])
			continue
		}
		sc.found++
		sort.Strings(list)
		idOf[forms[0]] = list[0]
		if len(forms) > 1 {
			sc.spelled++
			if len(list) == 1 {
				sc.consistent++
			} else {
				sc.split = append(sc.split, forms[0]+": "+strings.Join(list, ","))
			}
		}
		sc.distinct++
		if o, ok := owner[list[0]]; ok {
			sc.collisions++
			sc.split = append(sc.split, forms[0]+" = "+o+" ("+list[0]+")")
		}
		owner[list[0]] = forms[0]
	}
	return idOf
}

// scoreNoise counts the new entities that are real names.
func scoreNoise(sc *heldOutScore, c goldCase, res Result, known []schema.Entity) {
	wanted := map[string]bool{}
	for _, forms := range c.names {
		for _, f := range forms {
			wanted[evalKey(f)] = true
		}
	}
	for _, f := range c.extra {
		wanted[evalKey(f)] = true
	}
	isKnown := map[string]bool{}
	for _, e := range known {
		isKnown[e.ID] = true
	}
	for _, e := range res.Document.Entities {
		if isKnown[e.ID] {
			continue
		}
		sc.added++
		ok := false
		for _, n := range e.Names() {
			ok = ok || wanted[evalKey(n)]
		}
		if ok {
			sc.real++
		} else {
			sc.noise = append(sc.noise, e.Name+":"+e.Type)
		}
	}
}

// TestHeldOutArticles holds extraction to the acceptance targets on the
// articles written for these tests: names found (a), new entities real
// (b), spellings resolved (c), stated links within two hops (d). The dev
// articles, which rules were tuned on, must meet the targets one by one.
// The frozen test articles are reported per article and must, as a set,
// not fall below what they scored when they were frozen (frozenFloor):
// they measure, they are not tuned for.
func TestHeldOutArticles(t *testing.T) {
	for _, set := range []string{"dev", "test"} {
		cases := goldSet(t, set)
		if len(cases) == 0 {
			t.Fatalf("no gold files in testdata/%s", set)
		}
		scores := scoreSet(t, cases)
		var all heldOutScore
		for _, c := range cases {
			sc := scores[c.file]
			all.addUp(sc)
			t.Run(c.file, func(t *testing.T) {
				if failed := logHeldOut(t, sc, true, target); failed != "" && set == "dev" {
					t.Error(failed)
				}
			})
		}
		floor := target
		if set == "test" {
			floor = frozenFloor
		}
		t.Run(set, func(t *testing.T) {
			if failed := logHeldOut(t, all, false, floor); failed != "" {
				t.Error(failed)
			}
		})
	}
}

// heldOutBar is what a held-out score must reach: (a), (b), (d), and,
// where the gold has rel lines, typed-pair recall and precision.
type heldOutBar struct{ found, real, linked, typedRecall, typedPrecision float64 }

var (
	// target is the acceptance target on unseen text.
	target = heldOutBar{found: 0.9, real: 0.8, linked: 0.8, typedRecall: 0.5, typedPrecision: 0.9}
	// frozenFloor is what the test set scored when it was last frozen,
	// grown to six articles before issue 11's tuning (132 names, 66 new
	// entities, 103 links, 85 typed pairs): below the targets for links
	// and typed recall, typed precision just above its target.
	frozenFloor = heldOutBar{found: 120.0 / 132, real: 60.0 / 66, linked: 81.0 / 103, typedRecall: 29.0 / 85, typedPrecision: 29.0 / 32}
)

// logHeldOut logs a score and says how it falls short of bar, or "".
func logHeldOut(t *testing.T, sc heldOutScore, detail bool, bar heldOutBar) string {
	a := float64(sc.found) / float64(sc.names)
	b := 1.0
	if sc.added > 0 {
		b = float64(sc.real) / float64(sc.added)
	}
	d := float64(sc.linked) / float64(sc.links)
	t.Logf("(a) found %d/%d %.2f  (b) real %d/%d %.2f  (c) one entity %d/%d, collisions %d  (d) linked %d/%d %.2f",
		sc.found, sc.names, a, sc.real, sc.added, b, sc.consistent, sc.spelled, sc.collisions, sc.linked, sc.links, d)
	if sc.typedWanted > 0 {
		t.Logf("typed pairs: recall %d/%d %.2f  precision %d/%d %.2f  links with a typed or open relation %d/%d",
			sc.typedFound, sc.typedWanted, ratio(sc.typedFound, sc.typedWanted).Value,
			sc.typedRight, sc.typedJudged, ratio(sc.typedRight, sc.typedJudged).Value, sc.typedLinks, sc.typedOf)
	}
	if detail {
		for _, l := range []struct {
			name string
			v    []string
		}{{"missed", sc.missed}, {"noise", sc.noise}, {"split", sc.split}, {"unlinked", sc.unlinked}, {"wrong typed", sc.wrongTyped}, {"missed typed", sc.missedTyped}} {
			if len(l.v) > 0 {
				t.Logf("%s: %s", l.name, strings.Join(l.v, "; "))
			}
		}
	}
	const eps = 1e-9
	if sc.typedWanted > 0 && (ratio(sc.typedFound, sc.typedWanted).Value+eps < bar.typedRecall || sc.typedJudged > 0 && ratio(sc.typedRight, sc.typedJudged).Value+eps < bar.typedPrecision) {
		return fmt.Sprintf("typed pairs below %.2f recall, %.2f precision: %d/%d, %d/%d", bar.typedRecall, bar.typedPrecision, sc.typedFound, sc.typedWanted, sc.typedRight, sc.typedJudged)
	}
	if a+eps < bar.found || b+eps < bar.real || d+eps < bar.linked || sc.consistent < sc.spelled || sc.collisions > 0 {
		return fmt.Sprintf("below %.2f/%.2f/%.2f: (a) %.2f (b) %.2f (c) %d/%d, %d collisions (d) %.2f",
			bar.found, bar.real, bar.linked, a, b, sc.consistent, sc.spelled, sc.collisions, d)
	}
	return ""
}
