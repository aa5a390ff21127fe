package extract

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// TypeAccuracy: matched entities whose extracted type is the curated
	// one.
	TypeAccuracy Ratio `json:"type_accuracy"`
	// RelatedPairs: pairs of entities a curated relation links that the
	// extraction joins directly by a typed statement or an open relation.
	RelatedPairs Ratio `json:"pairs_with_relation"`
	// ExtractedRelated is the graph read the other way (ownRelated): of
	// the pairs of entities the extraction links by any statement, those
	// a typed statement or an open relation joins.
	ExtractedRelated Ratio `json:"extracted_pairs_with_relation"`
	// Misses and false positives, for people reading the report.
	MissedEntities []string `json:"missed_entities"`
	ExtraEntities  []string `json:"extra_entities"`
	WrongRelations []string `json:"wrong_relations"`
	// MissedRelations are the curated typed statements not extracted.
	MissedRelations []string `json:"missed_relations"`
	MissedPairs     []string `json:"missed_pairs"`
}

// Evaluate runs the extractor on every seed article alone, knowing no
// store (only the built-in World list, unless opt.NoWorld), and scores it
// against the curated annotation. It reads in Describe mode, making
// entities of descriptions as the annotation does.
func Evaluate(ctx context.Context, set *seeds.Set, opt EvalOptions) ([]Report, error) {
	return evaluateSeed(ctx, set, Options{Descriptive: true, Describe: true, NoWorld: opt.NoWorld})
}

// EvaluateIngest is Evaluate with the options kg ingest reads a new
// article with (IngestOptions): what an article written like the seed
// would score when ingested.
func EvaluateIngest(ctx context.Context, set *seeds.Set, opt EvalOptions) ([]Report, error) {
	xo := IngestOptions()
	xo.NoWorld = opt.NoWorld
	return evaluateSeed(ctx, set, xo)
}

// evaluateSeed scores each seed article read with xo against its curated
// annotation.
func evaluateSeed(ctx context.Context, set *seeds.Set, xo Options) ([]Report, error) {
	curated, err := set.Documents()
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	entities := map[string]schema.Entity{}
	for _, e := range set.Entities() {
		entities[e.ID] = e
	}
	given := "no store; the built-in list of well-known places and groups (World)"
	if xo.NoWorld {
		given = "nothing"
	}
	x := New(nil, xo)
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
	cur := curatedOf(cd, curatedEnts)
	ext := extractedOf(res, x)
	m := matchEntities(cur, ext)
	r.EntityRecall = ratio(m.strict, len(cur))
	r.EntityPrecision = ratio(m.strict, len(ext))
	r.LenientEntityRecall = ratio(len(m.toExt), len(cur))
	for _, cid := range sortedIDs(cur) {
		if _, ok := m.toExt[cid]; !ok {
			r.MissedEntities = append(r.MissedEntities, cur[cid].Name)
		}
	}
	for _, xid := range sortedIDs(ext) {
		if _, ok := m.toCur[xid]; !ok {
			r.ExtraEntities = append(r.ExtraEntities, ext[xid].Name)
		}
	}
	r.AliasResolution = aliasResolution(res, cur, m)
	right := 0
	for cid, xid := range m.toExt {
		if cur[cid].Type == ext[xid].Type {
			right++
		}
	}
	r.TypeAccuracy = ratio(right, len(m.toExt))
	scoreRelations(&r, cd, res, cur, ext, m)
	r.ExtractedRelated = ownRelated(res.Document.Statements)
	return r
}

// curatedOf returns the curated entities of a document: those it defines
// and those its statements use.
func curatedOf(cd schema.Document, curatedEnts map[string]schema.Entity) map[string]schema.Entity {
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
	return cur
}

// extractedOf returns every entity the extraction mentions, with names
// from the document's definitions or the extractor's knowledge.
func extractedOf(res Result, x *Extractor) map[string]schema.Entity {
	byID := map[string]schema.Entity{}
	for _, e := range x.known {
		byID[e.ID] = e
	}
	for _, e := range res.Document.Entities {
		byID[e.ID] = e
	}
	ext := map[string]schema.Entity{}
	for _, m := range res.Mentions {
		if e, ok := byID[m.Entity]; ok {
			ext[e.ID] = e
		}
	}
	return ext
}

// entityMatch pairs curated and extracted entities one to one.
type entityMatch struct {
	toExt, toCur map[string]string // curated id -> extracted id, and back
	strict       int               // pairs that share a name key
}

// matchEntities pairs entities by name, exact keys first, then one name
// containing the other as whole words.
func matchEntities(cur, ext map[string]schema.Entity) entityMatch {
	m := entityMatch{toExt: map[string]string{}, toCur: map[string]string{}}
	curIDs, extIDs := sortedIDs(cur), sortedIDs(ext)
	for _, same := range []func(a, b string) bool{
		func(a, b string) bool { return a == b },
		func(a, b string) bool { return containsWords(a, b) || containsWords(b, a) },
	} {
		for _, cid := range curIDs {
			if _, done := m.toExt[cid]; done {
				continue
			}
			for _, xid := range extIDs {
				if _, taken := m.toCur[xid]; !taken && anyPair(evalKeys(cur[cid]), evalKeys(ext[xid]), same) {
					m.toExt[cid], m.toCur[xid] = xid, cid
					break
				}
			}
		}
	}
	// Strict figures count the exact matches only; relations and pairs use
	// every match, so a lenient entity match can still carry a relation.
	for cid, xid := range m.toExt {
		if anyPair(evalKeys(cur[cid]), evalKeys(ext[xid]), func(a, b string) bool { return a == b }) {
			m.strict++
		}
	}
	return m
}

func anyPair(as, bs []string, same func(a, b string) bool) bool {
	for _, a := range as {
		for _, b := range bs {
			if same(a, b) {
				return true
			}
		}
	}
	return false
}

// evalKeys are the eval's forms of an entity's names: its own simple
// normalisation (evalKey), not the extractor's, so that the eval does not
// forgive what the extractor forgives; a leading article goes ("the
// siege" is "siege").
func evalKeys(e schema.Entity) []string {
	var ks []string
	for _, n := range e.Names() {
		k := evalKey(n)
		if k == "" {
			continue
		}
		ks = append(ks, k)
		for _, a := range []string{"the ", "a ", "an "} {
			if strings.HasPrefix(k, a) {
				ks = append(ks, k[len(a):])
			}
		}
	}
	return ks
}

// evalKey lower-cases a name, drops apostrophes and dots inside words
// ("Kata'ib", "U.S.") and separates words by single spaces: nothing more.
func evalKey(name string) string {
	var words []string
	for _, w := range evalWords(name) {
		words = append(words, w.key)
	}
	return strings.Join(words, " ")
}

// evalWord is a word of a text with its byte offsets.
type evalWord struct {
	key        string
	start, end int
}

// evalWords splits a text into lower-case words of letters and digits;
// apostrophes and dots between letters join ("kataib", "us").
func evalWords(text string) []evalWord {
	var out []evalWord
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, evalWord{key: b.String(), start: start, end: end})
		}
		b.Reset()
		start = -1
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
			b.WriteRune(unicode.ToLower(r))
		case start >= 0 && (r == '\'' || r == '’' || r == '.') && i+1 < len(text) && isLetterAt(text, i+utf8.RuneLen(r)):
			// inside a word
		default:
			flush(i)
		}
	}
	flush(len(text))
	return out
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// aliasResolution: of the places in the text where a name of a matched
// curated entity is written, the share the extractor resolves to it.
func aliasResolution(res Result, cur map[string]schema.Entity, m entityMatch) Ratio {
	hit, total := 0, 0
	for _, s := range res.Document.Sentences {
		words := evalWords(s.Text)
		for _, cid := range sortedIDs(cur) {
			xid, ok := m.toExt[cid]
			if !ok {
				continue
			}
			for _, k := range evalKeys(cur[cid]) {
				n := strings.Count(k, " ") + 1
				for i := 0; i+n <= len(words); i++ {
					if joinEvalWords(words[i:i+n]) != k {
						continue
					}
					total++
					start, end := s.Start+words[i].start, s.Start+words[i+n-1].end
					if mentionsAt(res.Mentions, xid, start, end) {
						hit++
					}
				}
			}
		}
	}
	return ratio(hit, total)
}

func joinEvalWords(ws []evalWord) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.key)
	}
	return b.String()
}

func mentionsAt(ms []schema.Mention, id string, start, end int) bool {
	for _, m := range ms {
		if m.Entity == id && m.Start < end && start < m.End {
			return true
		}
	}
	return false
}

// triple is a statement by ids.
type triple struct{ s, p, o string }

// scoreRelations scores the typed relations (subject, predicate and
// object all matching) and the curated pairs the extraction links within
// two statements of any kind.
func scoreRelations(r *Report, cd schema.Document, res Result, cur, ext map[string]schema.Entity, m entityMatch) {
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
	adj := adjacency(res.Document.Statements)
	typed, right := 0, 0
	for _, st := range res.Document.Statements {
		if st.Predicate.IsAttribute() || st.Predicate.Name == MentionedWith.Name || st.Predicate.IsOpen() {
			continue
		}
		t := triple{m.toCur[st.Subject], st.Predicate.Name, m.toCur[st.Object]}
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
		} else {
			r.MissedRelations = append(r.MissedRelations, fmt.Sprintf("%s %s %s", cur[t.s].Name, t.p, cur[t.o].Name))
		}
	}
	r.RelationPrecision = ratio(right, typed)
	r.RelationRecall = ratio(found, len(want))
	linked, related := 0, 0
	rel := relatedPairs(res.Document.Statements)
	for _, p := range pairs {
		a, b := m.toExt[p[0]], m.toExt[p[1]]
		if a != "" && b != "" && (adj[a][b] || twoHops(adj, a, b)) {
			linked++
		} else {
			r.MissedPairs = append(r.MissedPairs, cur[p[0]].Name+" ~ "+cur[p[1]].Name)
		}
		if a != "" && b != "" && rel[[2]string{a, b}] {
			related++
		}
	}
	r.LinkedPairRecall = ratio(linked, len(pairs))
	r.RelatedPairs = ratio(related, len(pairs))
	sort.Strings(r.WrongRelations)
	sort.Strings(r.MissedRelations)
	sort.Strings(r.MissedPairs)
}

// relatedPairs are the pairs a typed statement or an open relation joins,
// both ways.
func relatedPairs(sts []schema.Statement) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, st := range sts {
		if st.Predicate.IsAttribute() || st.Predicate.Name == MentionedWith.Name {
			continue
		}
		out[[2]string{st.Subject, st.Object}] = true
		out[[2]string{st.Object, st.Subject}] = true
	}
	return out
}

// ownRelated counts the pairs of entities the statements link, each pair
// once whatever the number of statements, sentences or directions, and of
// them those a typed statement or an open relation joins: the share an
// analyst reading the extracted graph sees told how, where a pair joined
// only by kg:mentionedWith says no more than that two names met in a
// sentence. Attributes link nothing.
func ownRelated(sts []schema.Statement) Ratio {
	pairs := map[[2]string]bool{} // smaller id first -> told how
	for _, st := range sts {
		if st.Predicate.IsAttribute() || st.Subject == st.Object {
			continue
		}
		k := [2]string{st.Subject, st.Object}
		if k[1] < k[0] {
			k[0], k[1] = k[1], k[0]
		}
		pairs[k] = pairs[k] || st.Predicate.Name != MentionedWith.Name
	}
	told := 0
	for _, how := range pairs {
		if how {
			told++
		}
	}
	return ratio(told, len(pairs))
}

// adjacency links the two ends of every relation, both ways.
func adjacency(sts []schema.Statement) map[string]map[string]bool {
	adj := map[string]map[string]bool{}
	for _, st := range sts {
		if st.Predicate.IsAttribute() {
			continue
		}
		for _, p := range [][2]string{{st.Subject, st.Object}, {st.Object, st.Subject}} {
			if adj[p[0]] == nil {
				adj[p[0]] = map[string]bool{}
			}
			adj[p[0]][p[1]] = true
		}
	}
	return adj
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

// containsWords reports whether key a contains key b as whole words.
func containsWords(a, b string) bool {
	if b == "" || len(b) > len(a) {
		return false
	}
	return strings.Contains(" "+a+" ", " "+b+" ")
}

// String is "0.95 (18/19)", or "-" when there is nothing to count.
func (r Ratio) String() string {
	if r.Total == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f (%d/%d)", r.Value, r.Hit, r.Total)
}
