package extract

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds"
)

// SetReport is how extraction did on a set of articles with gold files,
// read in date order as ingests would be, each against what the seed
// graph and the articles before it hold.
type SetReport struct {
	Set      string `json:"set"`
	Articles int    `json:"articles"`
	// Total adds up the articles' counts (its lists stay empty).
	Total ArticleReport `json:"total"`
	// Events: the gold's real events against the nodes the mentions of
	// them got across the set's articles.
	Events EventReport `json:"events"`
	// Claims: the gold's claim sentences whose source the extraction
	// attributes them to.
	Claims       Ratio    `json:"claim_attribution"`
	Unattributed []string `json:"unattributed,omitempty"`

	PerArticle []ArticleReport `json:"per_article,omitempty"`
	// Documents are the seed's per-article reports (set "seed" only).
	Documents []Report `json:"documents,omitempty"`
}

// Totals returns the report's totals without anything that names an
// article's content: per-article misses, the events' names, unattributed
// sentences. It is what may be shown of a frozen set.
func (r SetReport) Totals() SetReport {
	ev := r.Events
	return SetReport{Set: r.Set, Articles: r.Articles, Total: r.Total, Claims: r.Claims,
		Events: EventReport{Found: ev.Found, Nodes: ev.Nodes, NodesPerEvent: ev.NodesPerEvent, Shared: ev.Shared}}
}

// seedSet sums the seed's reports into the measures a set reports:
// entities found and real, types, typed pairs, related and linked pairs,
// the extracted pairs with a relation.
// The seed annotation marks no claims and its events are entities like
// any other, so those stay empty.
func seedSet(name string, reports []Report) SetReport {
	r := SetReport{Set: name, Articles: len(reports), Documents: reports}
	for _, d := range reports {
		r.Total.addUp(ArticleReport{NamesFound: d.EntityRecall, NewReal: d.EntityPrecision, TypeAccuracy: d.TypeAccuracy,
			Linked: d.LinkedPairRecall, TypedRecall: d.RelationRecall, TypedPrecision: d.RelationPrecision, Related: d.RelatedPairs,
			ExtractedRelated: d.ExtractedRelated})
	}
	return r
}

// EvaluateAll scores the seed articles against their curated annotation,
// read as the annotation is made (Evaluate, set "seed") and as kg ingest
// would read them (EvaluateIngest, set "seed-ingest"), then each held-out
// set under dir (HeldOutSets), unless dir is "".
func EvaluateAll(ctx context.Context, set *seeds.Set, dir string, opt EvalOptions) ([]SetReport, error) {
	reports, err := Evaluate(ctx, set, opt)
	if err != nil {
		return nil, err
	}
	ingested, err := EvaluateIngest(ctx, set, opt)
	if err != nil {
		return nil, err
	}
	out := []SetReport{seedSet("seed", reports), seedSet("seed-ingest", ingested)}
	if dir == "" {
		return out, nil
	}
	names, err := HeldOutSets(dir)
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		arts, err := ReadGoldSet(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		r, err := EvaluateSet(ctx, name, set, arts)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// EventReport counts, over a set, the real events, those that got a node,
// the nodes they got, and the nodes two real events share.
type EventReport struct {
	Found         Ratio    `json:"found"` // real events with a node, of the real events
	Nodes         int      `json:"nodes"`
	NodesPerEvent float64  `json:"nodes_per_event"` // over the events with a node
	Shared        int      `json:"shared_nodes"`
	Split         []string `json:"split,omitempty"`
	Merged        []string `json:"merged,omitempty"`
	// Resolved lists each real event with the nodes it got.
	Resolved []string `json:"resolved,omitempty"`
}

// EvaluateSet reads a set's gold articles in order, extracts each against
// what the store would hold after kg build and the ingests before it, and
// scores it.
func EvaluateSet(ctx context.Context, name string, set *seeds.Set, arts []GoldArticle) (SetReport, error) {
	r := SetReport{Set: name, Articles: len(arts)}
	known, facts, err := seedKnown(ctx, set)
	if err != nil {
		return r, fmt.Errorf("evaluate %s: %w", name, err)
	}
	nodesOf := map[string]map[string]bool{} // "day | label" -> entity ids
	claims := 0
	for _, c := range arts {
		raw, err := os.ReadFile(c.File)
		if err != nil {
			return r, fmt.Errorf("evaluate %s: %w", name, err)
		}
		opt := IngestOptions()
		opt.Facts = facts
		x := New(known, opt)
		res, err := x.Extract(ctx, Input{ID: filepath.Base(c.File), Raw: string(raw), Date: c.Date})
		if err != nil {
			return r, fmt.Errorf("evaluate %s: %s: %w", name, c.File, err)
		}
		a := scoreArticle(c, res, known)
		r.PerArticle = append(r.PerArticle, a)
		r.Total.addUp(a)
		noteEvents(nodesOf, c, res)
		claims += r.scoreClaims(c, res, known)
		known = addKnown(known, res.Document.Entities)
		facts = append(facts, res.Document.Statements...)
	}
	r.Claims = ratio(claims, r.Claims.Total)
	r.Events = countEvents(nodesOf)
	return r, nil
}

// seedKnown is what the store holds after kg build: its entities and its
// statements.
func seedKnown(ctx context.Context, set *seeds.Set) ([]schema.Entity, []schema.Statement, error) {
	docs, err := SeedDocuments(ctx, set)
	if err != nil {
		return nil, nil, err
	}
	var known []schema.Entity
	var facts []schema.Statement
	for _, d := range docs {
		known = append(known, d.Entities...)
		facts = append(facts, d.Statements...)
	}
	return MergeKnown(known, set.Entities()), facts, nil
}

// addKnown adds what an ingest defines to the known entities.
func addKnown(known, defined []schema.Entity) []schema.Entity {
	byID := map[string]int{}
	for i, e := range known {
		byID[e.ID] = i
	}
	for _, e := range defined {
		if i, ok := byID[e.ID]; ok {
			known[i].Aliases = addNames(known[i].Aliases, known[i].Name, e.Names()...)
			continue
		}
		known = append(known, schema.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
	return known
}

// noteEvents notes the entities the mentions of each of the article's
// real events resolve to. Gold lines are "event: DAY | Label | form":
// DAY and Label name one real event across the set's files; the label
// and the forms are how an article writes it. A mention that names a
// form goes to the events whose form the text from the mention on
// matches longest: "the attack" in "five days after the attack on the
// airport convoy" is the event of that form, not one whose form is "the
// attack".
func noteEvents(nodesOf map[string]map[string]bool, c GoldArticle, res Result) {
	for _, ev := range c.Events {
		if len(ev) >= 2 && nodesOf[ev[0]+" | "+ev[1]] == nil {
			nodesOf[ev[0]+" | "+ev[1]] = map[string]bool{}
		}
	}
	for _, m := range res.Mentions {
		if !slices.ContainsFunc(c.Events, func(ev []string) bool { return len(ev) >= 2 && formMatch(m.Text, ev[1:]) > 0 }) {
			continue
		}
		text := m.Text
		if s, ok := res.Document.Sentence(m.Sentence); ok && m.Start >= s.Start && m.Start-s.Start < len(s.Text) {
			text = s.Text[m.Start-s.Start:]
		}
		best, keys := 0, []string(nil)
		for _, ev := range c.Events {
			if len(ev) < 2 {
				continue
			}
			if n := formMatch(text, ev[1:]); n > 0 && n >= best {
				if n > best {
					keys = nil
				}
				best, keys = n, append(keys, ev[0]+" | "+ev[1])
			}
		}
		for _, key := range keys {
			nodesOf[key][m.Entity] = true
		}
	}
}

// countEvents counts the nodes each real event got and the nodes two
// events share.
func countEvents(nodesOf map[string]map[string]bool) EventReport {
	var r EventReport
	owners := map[string][]string{}
	for _, key := range slices.Sorted(maps.Keys(nodesOf)) {
		ids := nodesOf[key]
		r.Found.Total++
		if len(ids) > 0 {
			r.Found.Hit++
		}
		r.Nodes += len(ids)
		r.Resolved = append(r.Resolved, key+": "+strings.Join(slices.Sorted(maps.Keys(ids)), ", "))
		if len(ids) > 1 {
			r.Split = append(r.Split, key+": "+strings.Join(slices.Sorted(maps.Keys(ids)), ", "))
		}
		for id := range ids {
			owners[id] = append(owners[id], key)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(owners)) {
		if len(owners[id]) > 1 {
			r.Shared++
			r.Merged = append(r.Merged, id+": "+strings.Join(owners[id], "; "))
		}
	}
	r.Found = ratio(r.Found.Hit, r.Found.Total)
	if r.Found.Hit > 0 {
		r.NodesPerEvent = float64(r.Nodes) / float64(r.Found.Hit)
	}
	return r
}

// scoreClaims counts the article's claims and returns how many have their
// source among the sources of the sentence they name.
func (r *SetReport) scoreClaims(c GoldArticle, res Result, known []schema.Entity) int {
	var unused ArticleReport
	idOf := scoreNames(&unused, c, res, known)
	nameOf := namesOf(known, res)
	hit := 0
	for _, cl := range c.Claims {
		r.Claims.Total++
		s, ok := res.Document.Find(cl[0])
		if ok && idOf[cl[1]] != "" && slices.ContainsFunc(s.Sources, func(id string) bool { return saidBy(id, idOf[cl[1]], cl[1], nameOf) }) {
			hit++
		} else {
			r.Unattributed = append(r.Unattributed, cl[0]+" ~ "+cl[1])
		}
	}
	return hit
}

// saidBy reports whether the source id is the gold's source: its entity
// (goldID) or, where the gold names a capital as the speaker, the state
// it stands for, as the extractor reads it (rules/capitals.seats).
func saidBy(id, goldID, goldName string, nameOf map[string]string) bool {
	state, ok := seatsOfGovernment[nameKey(goldName)]
	return id == goldID || ok && nameKey(nameOf[id]) == nameKey(state)
}

// namesOf names by id the entities known before an article and those
// it defines.
func namesOf(known []schema.Entity, res Result) map[string]string {
	nameOf := map[string]string{}
	for _, e := range append(append([]schema.Entity(nil), known...), res.Document.Entities...) {
		nameOf[e.ID] = e.Name
	}
	return nameOf
}

// seatRelated adds to related (pairs of entity ids, both ways) what a
// capital is linked to where the extraction reads it as its state
// (Result.Seats): a relation of the state read in that sentence relates
// the capital the gold names ("Washington blamed X" is the United States
// accusing X, and the gold links Washington and X), as saidBy counts a
// capital that speaks.
func seatRelated(related map[[2]string]bool, res Result) {
	capitals := seatsRead(res)
	for _, st := range res.Document.Statements {
		seats := capitals[st.Evidence.Sentence]
		if seats == nil || st.Predicate.IsAttribute() || st.Predicate.Name == MentionedWith.Name {
			continue
		}
		for _, a := range append(seats[st.Subject], st.Subject) {
			for _, b := range append(seats[st.Object], st.Object) {
				related[[2]string{a, b}] = true
				related[[2]string{b, a}] = true
			}
		}
	}
}

// seatsRead are, by sentence and state, the capitals the extraction read
// as that state there (Result.Seats): "Washington" in "Abdul Mahdi asked
// Washington to send a delegation".
func seatsRead(res Result) map[int]map[string][]string {
	cityAt := map[[2]int]string{} // sentence and start -> the entity the mention names
	for _, m := range res.Mentions {
		cityAt[[2]int{m.Sentence, m.Start}] = m.Entity
	}
	capitals := map[int]map[string][]string{} // sentence -> state -> the capitals read as it
	for _, m := range res.Seats {
		if capitals[m.Sentence] == nil {
			capitals[m.Sentence] = map[string][]string{}
		}
		capitals[m.Sentence][m.Entity] = append(capitals[m.Sentence][m.Entity], cityAt[[2]int{m.Sentence, m.Start}])
	}
	return capitals
}

// formMatch is the length of the longest of the forms a mention's text
// is, or starts with ("storming of the U.S. Embassy" for "the
// storming"), by the eval's own normaliser; 0 if none.
func formMatch(text string, forms []string) int {
	keys := evalKeys(schema.Entity{Name: text})
	best := 0
	for _, f := range forms {
		for _, form := range evalKeys(schema.Entity{Name: f}) {
			for _, key := range keys {
				if (key == form || strings.HasPrefix(key, form+" ")) && len(form) > best {
					best = len(form)
				}
			}
		}
	}
	return best
}

// HeldOutSets lists the sets under dir that hold gold files (dev, test),
// sorted by name.
func HeldOutSets(dir string) ([]string, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*", "*.gold"))
	if err != nil {
		return nil, fmt.Errorf("held-out sets in %s: %w", dir, err)
	}
	var sets []string
	for _, g := range golds {
		s := filepath.Base(filepath.Dir(g))
		if !slices.Contains(sets, s) {
			sets = append(sets, s)
		}
	}
	sort.Strings(sets)
	return sets, nil
}
