package extract

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds"
)

// EvalOptions tune Evaluate.
type EvalOptions struct {
	// NoWorld runs the extractor without the built-in World list, knowing
	// nothing at all.
	NoWorld bool
}

// Ratio is a count out of a total.
type Ratio struct {
	Hit   int     `json:"hit"`
	Total int     `json:"total"`
	Value float64 `json:"value"`
}

func ratio(hit, total int) Ratio {
	r := Ratio{Hit: hit, Total: total}
	if total > 0 {
		r.Value = float64(hit) / float64(total)
	}
	return r
}

// Report scores extraction from one article against its curated
// annotation.
type Report struct {
	Document string `json:"document"`
	// Given says what the extractor knew before reading.
	Given string `json:"given"`
	// Entities: an extracted entity matches a curated one when one of
	// its names and one of the curated entity's names (or aliases) read
	// alike (FoldName, transliteration variants), one to one.
	EntityPrecision Ratio `json:"entity_precision"`
	EntityRecall    Ratio `json:"entity_recall"`
	// Lenient also matches by containment ("Baghdad airport" for
	// "Baghdad International Airport"), one to one, after exact matches.
	LenientEntityRecall Ratio `json:"lenient_entity_recall"`
	// AliasResolution: of the places in the text where the annotation
	// names an entity found by the extractor, how many the extractor
	// resolves to that entity.
	AliasResolution Ratio `json:"alias_resolution"`
	// Typed relations (not co-mentions, not attributes), subject,
	// predicate and object all matching.
	RelationPrecision Ratio `json:"relation_precision"`
	RelationRecall    Ratio `json:"relation_recall"`
	// LinkedPairRecall: pairs of entities a curated relation links that
	// the extracted graph connects by a path of one or two statements of
	// any kind.
	LinkedPairRecall Ratio `json:"linked_pair_recall"`
	// Misses and false positives, for people reading the report.
	MissedEntities []string `json:"missed_entities"`
	ExtraEntities  []string `json:"extra_entities"`
	WrongRelations []string `json:"wrong_relations"`
	MissedPairs    []string `json:"missed_pairs"`
}

// Evaluate runs the extractor on every seed article alone, knowing no
// store (only the built-in World list, unless opt.NoWorld), and scores it
// against the curated annotation.
func Evaluate(ctx context.Context, set *seeds.Set, opt EvalOptions) ([]Report, error) {
	curated, err := set.Documents()
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	entities := map[string]schema.Entity{}
	for _, e := range set.Entities() {
		entities[e.ID] = e
	}
	given := "no store; the built-in list of well-known places and groups (World)"
	if opt.NoWorld {
		given = "nothing"
	}
	x := New(nil, Options{Descriptive: true, Describe: true, NoWorld: opt.NoWorld})
	var out []Report
	for _, cd := range curated {
		art, ok := set.Articles[cd.ID]
		if !ok {
			continue
		}
		res, err := x.ExtractDocument(ctx, art, cd.Date)
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		r := score(cd, res, entities, x)
		r.Given = given
		out = append(out, r)
	}
	return out, nil
}

func score(cd schema.Document, res Result, curatedEnts map[string]schema.Entity, x *Extractor) Report {
	r := Report{Document: cd.ID}
	// The curated entities of this document: those its statements use
	// (and all defined with it).
	cur := map[string]schema.Entity{}
	for _, e := range cd.Entities {
		cur[e.ID] = curatedEnts[e.ID]
	}
	for _, st := range cd.Statements {
		if e, ok := curatedEnts[st.Subject]; ok {
			cur[st.Subject] = e
		}
		if e, ok := curatedEnts[st.Object]; ok && !st.Predicate.IsAttribute() {
			cur[st.Object] = e
		}
	}
	// Extracted entities: everything mentioned, with names from the
	// document's definitions or the extractor's knowledge.
	g := NewGazetteer(x.known, GazetteerOptions{Descriptive: true})
	for _, e := range res.Document.Entities {
		g.Add(schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
	ext := map[string]schema.Entity{}
	for _, m := range res.Mentions {
		if e, ok := g.Lookup(m.Entity); ok {
			ext[e.ID] = e
		}
	}
	// Match one to one: exact keys first, then containment.
	toExt := map[string]string{} // curated id -> extracted id
	toCur := map[string]string{}
	keysOf := func(e schema.Entity) []string {
		var ks []string
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := nameKey(n); k != "" {
				ks = append(ks, k)
				// Articles are not part of names: "the siege" is "siege".
				for _, a := range []string{"the ", "a ", "an "} {
					if strings.HasPrefix(k, a) {
						ks = append(ks, k[len(a):])
					}
				}
			}
		}
		return ks
	}
	curIDs := sortedIDs(cur)
	extIDs := sortedIDs(ext)
	strict := 0
	for pass, same := range []func(a, b string) bool{
		func(a, b string) bool { return a == b },
		func(a, b string) bool { return containsWords(a, b) || containsWords(b, a) },
	} {
		for _, cid := range curIDs {
			if _, done := toExt[cid]; done {
				continue
			}
		next:
			for _, xid := range extIDs {
				if _, taken := toCur[xid]; taken {
					continue
				}
				for _, ck := range keysOf(cur[cid]) {
					for _, xk := range keysOf(ext[xid]) {
						if same(ck, xk) {
							toExt[cid], toCur[xid] = xid, cid
							break next
						}
					}
				}
			}
		}
		if pass == 0 {
			strict = len(toExt)
		}
	}
	// Strict figures use the exact matches only; relations and pairs use
	// every match, so a lenient entity match can still carry a relation.
	strictCur := map[string]bool{}
	{
		n := 0
		for _, cid := range curIDs {
			xid, ok := toExt[cid]
			if ok && sharesKey(keysOf(cur[cid]), keysOf(ext[xid])) {
				strictCur[cid] = true
				n++
			}
		}
		strict = n
	}
	r.EntityRecall = ratio(strict, len(cur))
	r.EntityPrecision = ratio(strict, len(ext))
	r.LenientEntityRecall = ratio(len(toExt), len(cur))
	for _, cid := range curIDs {
		if _, ok := toExt[cid]; !ok {
			r.MissedEntities = append(r.MissedEntities, cur[cid].Name)
		}
	}
	for _, xid := range extIDs {
		if _, ok := toCur[xid]; !ok {
			r.ExtraEntities = append(r.ExtraEntities, ext[xid].Name)
		}
	}

	// Alias resolution: every place the text names a matched curated
	// entity by one of its names.
	hit, total := 0, 0
	text := res.Document.Sentences
	for _, cid := range curIDs {
		xid, ok := toExt[cid]
		if !ok {
			continue
		}
		keys := map[string]bool{}
		for _, k := range keysOf(cur[cid]) {
			keys[k] = true
		}
		for _, s := range text {
			if s.Text == "" {
				continue
			}
			toks := tokenize(s.Text)
			for i := range toks {
				for n := 1; n <= 8 && i+n <= len(toks); n++ {
					if !keys[joinKeys(toks[i:i+n])] || crossesBreak(toks[i:i+n]) {
						continue
					}
					total++
					start, end := s.Start+toks[i].Start, s.Start+toks[i+n-1].End
					for _, m := range res.Mentions {
						if m.Entity == xid && m.Start < end && start < m.End {
							hit++
							break
						}
					}
				}
			}
		}
	}
	r.AliasResolution = ratio(hit, total)

	// Typed relations.
	type triple struct{ s, p, o string }
	want := map[triple]bool{}
	var pairs [][2]string
	seenPair := map[[2]string]bool{}
	for _, st := range cd.Statements {
		if st.Predicate.IsAttribute() {
			continue
		}
		want[triple{st.Subject, st.Predicate.Name, st.Object}] = true
		a, b := st.Subject, st.Object
		if b < a {
			a, b = b, a
		}
		if !seenPair[[2]string{a, b}] && a != b {
			seenPair[[2]string{a, b}] = true
			pairs = append(pairs, [2]string{a, b})
		}
	}
	got := map[triple]bool{}
	adj := map[string]map[string]bool{}
	link := func(a, b string) {
		if adj[a] == nil {
			adj[a] = map[string]bool{}
		}
		adj[a][b] = true
	}
	typed, right := 0, 0
	for _, st := range res.Document.Statements {
		if st.Predicate.IsAttribute() {
			continue
		}
		link(st.Subject, st.Object)
		link(st.Object, st.Subject)
		if st.Predicate.Name == MentionedWith.Name {
			continue
		}
		t := triple{toCur[st.Subject], st.Predicate.Name, toCur[st.Object]}
		if got[t] && t.s != "" && t.o != "" {
			continue // the same fact from another sentence
		}
		got[t] = true
		typed++
		if want[t] {
			right++
		} else {
			r.WrongRelations = append(r.WrongRelations, fmt.Sprintf("%s %s %s", nameOr(ext, st.Subject), st.Predicate.Name, nameOr(ext, st.Object)))
		}
	}
	found := 0
	for t := range want {
		if got[t] {
			found++
		}
	}
	r.RelationPrecision = ratio(right, typed)
	r.RelationRecall = ratio(found, len(want))

	// Linked pairs within two hops.
	linked := 0
	for _, p := range pairs {
		a, b := toExt[p[0]], toExt[p[1]]
		ok := a != "" && b != "" && (adj[a][b] || twoHops(adj, a, b))
		if ok {
			linked++
		} else {
			r.MissedPairs = append(r.MissedPairs, cur[p[0]].Name+" ~ "+cur[p[1]].Name)
		}
	}
	r.LinkedPairRecall = ratio(linked, len(pairs))
	sort.Strings(r.WrongRelations)
	sort.Strings(r.MissedPairs)
	return r
}

func twoHops(adj map[string]map[string]bool, a, b string) bool {
	for mid := range adj[a] {
		if adj[mid][b] {
			return true
		}
	}
	return false
}

func nameOr(ents map[string]schema.Entity, id string) string {
	if e, ok := ents[id]; ok {
		return e.Name
	}
	return id
}

func sharesKey(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// containsWords reports whether key a contains key b as whole words.
func containsWords(a, b string) bool {
	if b == "" || len(b) > len(a) {
		return false
	}
	return strings.Contains(" "+a+" ", " "+b+" ")
}
