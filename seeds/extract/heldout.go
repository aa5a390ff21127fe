package extract

import (
	"sort"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// ArticleReport is how extraction did on one article with a gold file.
type ArticleReport struct {
	File string `json:"file,omitempty"`
	// NamesFound: gold names the extraction resolves to an entity.
	NamesFound Ratio `json:"names_found"`
	// NewReal: new entities that are real names (gold names or extras).
	NewReal Ratio `json:"new_entities_real"`
	// TypeAccuracy: gold names with a type whose entity has that type.
	TypeAccuracy Ratio `json:"type_accuracy"`
	// Spellings: names written several ways that stay one entity.
	Spellings Ratio `json:"spellings_one_entity"`
	// Collisions: names that share an entity with another name.
	Collisions int `json:"collisions"`
	// Linked: stated links the extraction joins within two statements.
	Linked Ratio `json:"linked_within_two_hops"`
	// Typed statements against the gold's rel lines (articles with rel
	// lines only): found of wanted, right of judged (both ends gold names).
	TypedRecall    Ratio `json:"typed_recall"`
	TypedPrecision Ratio `json:"typed_precision"`
	// Related: stated links joined by a typed statement or an open
	// relation, in articles with rel lines.
	Related Ratio `json:"links_with_relation"`
	// ExtractedRelated: of the pairs of entities the extraction links by
	// any statement, those a typed statement or an open relation joins
	// (ownRelated), in every article, gold rel lines or not.
	ExtractedRelated Ratio `json:"extracted_pairs_with_relation"`

	Missed   []string `json:"missed,omitempty"`
	Noise    []string `json:"noise,omitempty"`
	Split    []string `json:"split,omitempty"`
	Unlinked []string `json:"unlinked,omitempty"`
	// Unrelated are the stated links no typed statement or open relation
	// joins (a co-mention at most): the graph says they are linked, not how.
	Unrelated   []string `json:"unrelated,omitempty"`
	WrongType   []string `json:"wrong_type,omitempty"`
	WrongTyped  []string `json:"wrong_typed,omitempty"`
	MissedTyped []string `json:"missed_typed,omitempty"`
}

// plus adds two ratios' counts.
func (r Ratio) plus(o Ratio) Ratio { return ratio(r.Hit+o.Hit, r.Total+o.Total) }

// addUp adds b's counts to a (not its lists).
func (a *ArticleReport) addUp(b ArticleReport) {
	a.NamesFound, a.NewReal = a.NamesFound.plus(b.NamesFound), a.NewReal.plus(b.NewReal)
	a.TypeAccuracy, a.Spellings = a.TypeAccuracy.plus(b.TypeAccuracy), a.Spellings.plus(b.Spellings)
	a.Collisions += b.Collisions
	a.Linked, a.Related = a.Linked.plus(b.Linked), a.Related.plus(b.Related)
	a.TypedRecall, a.TypedPrecision = a.TypedRecall.plus(b.TypedRecall), a.TypedPrecision.plus(b.TypedPrecision)
	a.ExtractedRelated = a.ExtractedRelated.plus(b.ExtractedRelated)
}

// scoreArticle scores one article's extraction, known being what the
// store held before it.
func scoreArticle(c GoldArticle, res Result, known []schema.Entity) ArticleReport {
	r := ArticleReport{File: c.File}
	idOf := scoreNames(&r, c, res, known)
	scoreNoise(&r, c, res, known)
	scoreTyped(&r, c, res, idOf)
	adj := adjacency(res.Document.Statements)
	linked := 0
	for _, l := range c.Links {
		a, b := idOf[l[0]], idOf[l[1]]
		if a != "" && b != "" && (adj[a][b] || twoHops(adj, a, b)) {
			linked++
		} else {
			r.Unlinked = append(r.Unlinked, l[0]+" ~ "+l[1])
		}
	}
	r.Linked = ratio(linked, len(c.Links))
	r.ExtractedRelated = ownRelated(res.Document.Statements)
	return r
}

// scoreTyped scores the typed statements against the gold's rel lines.
func scoreTyped(r *ArticleReport, c GoldArticle, res Result, idOf map[string]string) {
	if len(c.Rels) == 0 {
		return // no typed gold: nothing to judge
	}
	goldName := map[string]string{} // entity id -> canonical form
	for _, forms := range c.Names {
		// in the gold's order: where two gold names resolve to one
		// entity (a collision), the first keeps it on every run
		if id, ok := idOf[forms[0]]; ok && goldName[id] == "" {
			goldName[id] = forms[0]
		}
	}
	want := map[string]bool{}
	for _, rel := range c.Rels {
		want[rel] = true
	}
	got := map[string]bool{}
	right := 0
	capitals := seatsRead(res)
	for _, st := range res.Document.Statements {
		if st.Predicate.IsAttribute() || st.Predicate.Name == MentionedWith.Name || st.Predicate.IsOpen() {
			continue // an open relation says how, but not in the schema's words
		}
		a, okA := goldName[st.Subject]
		b, okB := goldName[st.Object]
		k := a + " " + st.Predicate.Name + " " + b
		if !want[k] { // the gold names the capital the extraction read as its state there
			k, okA, okB = seatStatement(st, capitals[st.Evidence.Sentence], goldName, want, k, okA, okB)
		}
		if !okA || !okB || got[k] {
			continue
		}
		got[k] = true
		if want[k] {
			right++
		} else {
			r.WrongTyped = append(r.WrongTyped, k)
		}
	}
	r.TypedPrecision = ratio(right, len(got))
	found := 0
	for _, rel := range c.Rels {
		if got[rel] {
			found++
		} else {
			r.MissedTyped = append(r.MissedTyped, rel)
		}
	}
	r.TypedRecall = ratio(found, len(c.Rels))
	related, typedPair := 0, relatedPairs(res.Document.Statements)
	seatRelated(typedPair, res)
	for _, l := range c.Links {
		if typedPair[[2]string{idOf[l[0]], idOf[l[1]]}] {
			related++
		} else {
			r.Unrelated = append(r.Unrelated, l[0]+" ~ "+l[1])
		}
	}
	r.Related = ratio(related, len(c.Links))
}

// seatStatement judges st as the gold writes it where the gold names a
// capital the extraction read as its state in st's sentence (seats,
// state -> capitals), as claims and links count it: "Abdul Mahdi asked
// Washington to send" read as calledOn the United States is the gold's
// "calledOn Washington". Otherwise it returns k, okA and okB unchanged.
func seatStatement(st schema.Statement, seats map[string][]string, goldName map[string]string, want map[string]bool, k string, okA, okB bool) (string, bool, bool) {
	for _, a := range append(seats[st.Subject], st.Subject) {
		for _, b := range append(seats[st.Object], st.Object) {
			ga, gb := goldName[a], goldName[b]
			if alt := ga + " " + st.Predicate.Name + " " + gb; ga != "" && gb != "" && want[alt] {
				return alt, true, true
			}
		}
	}
	return k, okA, okB
}

// scoreNames finds where each gold name resolves, by the mentions' text
// and the names of the entities mentioned ("President Trump" is a mention
// of Donald Trump), compared with the eval's own normaliser (evalKey), and
// checks the types the gold gives. It returns the entity of each
// canonical form: where a gold name's forms reach several entities ("the
// group" resolved once to another group), the one its canonical form
// names most often, so one stray reference does not move every relation
// of the name to the wrong node (entityOf).
func scoreNames(r *ArticleReport, c GoldArticle, res Result, known []schema.Entity) map[string]string {
	byKey := map[string]map[string]int{} // name key -> entity id -> mentions
	note := func(name, id string) {
		k := evalKey(name)
		if byKey[k] == nil {
			byKey[k] = map[string]int{}
		}
		byKey[k][id]++
	}
	names, types := map[string][]string{}, map[string]string{}
	for _, e := range append(append([]schema.Entity(nil), known...), res.Document.Entities...) {
		names[e.ID] = append(names[e.ID], e.Name)
		types[e.ID] = e.Type
	}
	for _, m := range res.Mentions {
		note(m.Text, m.Entity)
		for _, n := range names[m.Entity] {
			note(n, m.Entity)
		}
	}
	idOf := map[string]string{}
	owner := map[string]string{}
	var found, spelled, consistent, typed, typedRight int
	for _, forms := range c.Names {
		list, id := entitiesOf(byKey, forms), entityOf(byKey, forms)
		if len(list) == 0 && c.Types[forms[0]] == "Event" {
			// the gold writes "ballistic missile attack" for the mention
			// "ballistic missile attack on Ain al-Asad air base"
			longer := map[string]map[string]int{evalKey(forms[0]): eventsNamedLonger(byKey, forms, types)}
			list, id = entitiesOf(longer, forms[:1]), entityOf(longer, forms[:1])
		}
		if len(list) == 0 {
			r.Missed = append(r.Missed, forms[0])
			continue
		}
		found++
		idOf[forms[0]] = id
		if want, ok := c.Types[forms[0]]; ok {
			typed++
			if types[id] == want {
				typedRight++
			} else {
				r.WrongType = append(r.WrongType, forms[0]+": "+types[id]+", not "+want)
			}
		}
		if len(forms) > 1 {
			spelled++
			if len(list) == 1 {
				consistent++
			} else {
				r.Split = append(r.Split, forms[0]+": "+strings.Join(list, ","))
			}
		}
		if o, ok := owner[id]; ok {
			r.Collisions++
			r.Split = append(r.Split, forms[0]+" = "+o+" ("+id+")")
		}
		owner[id] = forms[0]
	}
	r.NamesFound = ratio(found, len(c.Names))
	r.Spellings = ratio(consistent, spelled)
	r.TypeAccuracy = ratio(typedRight, typed)
	return idOf
}

// wantedHead reports whether an event's name starts with a wanted form:
// the gold writes "rocket attack" for "Rocket attack on Camp Taji".
func wantedHead(wanted map[string]bool, key string) bool {
	for k := key; strings.Contains(k, " "); {
		k = k[:strings.LastIndex(k, " ")]
		if wanted[k] {
			return true
		}
	}
	return false
}

// entityOf picks a gold name's entity among those its forms reach: the one
// its canonical form (forms[0]) names most often, else the one all its
// forms name most often, ties to the first id.
func entityOf(byKey map[string]map[string]int, forms []string) string {
	best, most := "", 0
	pick := func(counts map[string]int) {
		for id, n := range counts {
			if n > most || n == most && id < best {
				best, most = id, n
			}
		}
	}
	pick(byKey[evalKey(forms[0])])
	if best != "" {
		return best
	}
	all := map[string]int{}
	for _, f := range forms {
		for id, n := range byKey[evalKey(f)] {
			all[id] += n
		}
	}
	pick(all)
	return best
}

// eventsNamedLonger counts the events named by a text that starts with
// one of a gold event's forms and goes on, as noteEvents and wantedHead
// read event mentions: its canonical form, or another of two words or
// more that opens with no determiner ("the attack" would be any attack).
func eventsNamedLonger(byKey map[string]map[string]int, forms []string, types map[string]string) map[string]int {
	out := map[string]int{}
	for k, ids := range byKey {
		for i, f := range forms {
			fk := evalKey(f)
			if i > 0 && (!strings.Contains(fk, " ") || determiners[strings.Fields(fk)[0]]) || !strings.HasPrefix(k, fk+" ") {
				continue
			}
			for id, n := range ids {
				if types[id] == "Event" {
					out[id] += n
				}
			}
			break
		}
	}
	return out
}

// entitiesOf lists, sorted, the entities any of the forms names.
func entitiesOf(byKey map[string]map[string]int, forms []string) []string {
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
	sort.Strings(list)
	return list
}

// scoreNoise counts the new entities that are real names.
func scoreNoise(r *ArticleReport, c GoldArticle, res Result, known []schema.Entity) {
	wanted := map[string]bool{}
	for _, forms := range c.Names {
		for _, f := range forms {
			wanted[evalKey(f)] = true
		}
	}
	for _, f := range c.Extra {
		wanted[evalKey(f)] = true
	}
	nodes := map[string]map[string]bool{}
	noteEvents(nodes, c, res) // the node of a real event the gold marks is no noise
	isKnown := map[string]bool{}
	for _, e := range known {
		isKnown[e.ID] = true
	}
	added, real := 0, 0
	for _, e := range res.Document.Entities {
		if isKnown[e.ID] {
			continue
		}
		for _, ids := range nodes {
			if ids[e.ID] {
				wanted[evalKey(e.Name)] = true
			}
		}
		added++
		ok := false
		for _, n := range e.Names() {
			ok = ok || wanted[evalKey(n)] || e.Type == "Event" && wantedHead(wanted, evalKey(n))
		}
		if ok {
			real++
		} else {
			r.Noise = append(r.Noise, e.Name+":"+e.Type)
		}
	}
	r.NewReal = ratio(real, added)
}
