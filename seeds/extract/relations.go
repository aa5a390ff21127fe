package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// MentionedWith is the co-mention predicate.
var MentionedWith = mustPredicate("mentionedWith")

func mustPredicate(name string) schema.Predicate {
	p, ok := schema.LookupPredicate(name)
	if !ok {
		panic("extract: schema has no predicate " + name)
	}
	return p
}

// relations collects the statements of a document.
type relations struct {
	g    *Gazetteer
	out  []schema.Statement
	seen map[statementKey]int // -> index in out
	// docDate is the publication date, zero if unknown.
	docDate time.Time
	rules   *Rules
	// trace, when set, records by statement ("subject predicate object")
	// the rules that made it.
	trace    map[string][]string
	last     int    // index in out of the statement add made or confirmed last
	verbSaid string // the predicate the last verb read stated of its subject, or ""
	// verbKilled: the last verb read was an event's killing of its object
	// ("the strike killed X"), stated as X killedIn the event.
	verbKilled bool
	// lastEvent is the last event the sentence before named: what "it"
	// or "them" after a verb of reaction stands for (eventPronouns).
	lastEvent namedEvent
	// lastKilling is the event the text last said killed someone: where
	// "Also killed was X" adds X (addedVictims).
	lastKilling string
	// said marks the pairs of entities (either way, by sentence) a
	// statement other than a co-mention links: an open relation is read
	// only where nothing else says how they are linked.
	said map[[3]string]bool
	// pendingOffices are the holdings written beside a name in a
	// sentence that names no state or body of theirs, stated at the
	// document's end if it names one (statePendingOffices).
	pendingOffices []pendingOffice
	// yielding marks the open relations (by index in out) read from a
	// verb phrase whose object a later reading of the sentence may type:
	// "fired missiles at the base" is an attack on the base once the
	// attack's target is read. A typed statement of the same pair and
	// sentence drops them (withoutYielded).
	yielding map[int]bool
}

// statementKey tells statements apart: subject, predicate (a relation's
// IRI, an attribute's name), object or value, and sentence (-1 for none,
// whatever below 0). A struct, not a joined string, so a lookup makes
// nothing.
type statementKey struct {
	subject, predicate, object string
	sentence                   int
}

func (r *relations) typeOf(id string) string {
	e, _ := r.g.Lookup(id)
	return e.Type
}

// add records a relation if the schema allows it between the two types.
func (r *relations) add(subj, pred, obj string, sent int, conf float64) bool {
	return r.addPredicate(subj, mustPredicate(pred), obj, sent, conf)
}

// headTwins are the predicates that say the same of one pair in one
// sentence: a person who leads a body is its head.
var headTwins = map[string]string{"leads": "headOf", "headOf": "leads"}

// addPredicate records a relation if the schema allows it between the two
// types.
func (r *relations) addPredicate(subj string, p schema.Predicate, obj string, sent int, conf float64) bool {
	if subj == obj {
		return false
	}
	if p.CheckRelation(r.typeOf(subj), r.typeOf(obj)) != nil || p.IsOpen() && !saysHow(p.Label) || holdsWider(p.Name, r.typeOf(subj), r.typeOf(obj)) {
		return false
	}
	k := statementKey{subj, string(p.IRI), obj, max(sent, -1)}
	if twin, ok := headTwins[p.Name]; ok {
		tk := statementKey{subj, string(mustPredicate(twin).IRI), obj, k.sentence}
		if i, ok := r.seen[tk]; ok {
			// "House Speaker Nancy Pelosi": the title's rule says headOf, the
			// role's leads. One head of one body, said once, as headOf.
			if p.Name == "headOf" {
				delete(r.seen, tk)
				r.seen[k] = i
				r.out[i].Predicate = p
			}
			r.out[i].Evidence.Confidence = max(r.out[i].Evidence.Confidence, conf)
			r.last = i
			return true
		}
	}
	if i, ok := r.seen[k]; ok {
		if conf > r.out[i].Confidence {
			r.out[i].Confidence = conf
		}
		r.last = i
		return true
	}
	if p.Name != MentionedWith.Name {
		r.said[[3]string{subj, obj, itoa(sent)}] = true
		r.said[[3]string{obj, subj, itoa(sent)}] = true
	}
	r.seen[k] = len(r.out)
	r.last = len(r.out)
	r.push(schema.Statement{Subject: subj, Predicate: p, Object: obj, Evidence: schema.Evidence{Sentence: sent, Origin: schema.Extracted, Confidence: conf}})
	return true
}

// push appends st to out, doubling out's room when it is full: append
// grows a slice of thousands by a quarter at a time, and a long document's
// tens of thousands of statements were copied over and over.
func (r *relations) push(st schema.Statement) {
	if len(r.out) == cap(r.out) {
		r.out = slices.Grow(r.out, max(len(r.out), 64))
	}
	r.out = append(r.out, st)
}

// holdsWider says a located-in statement puts a place inside a smaller
// kind of place: no building or base holds a district, a city or a state
// ("rockets landed in the Green Zone near the U.S. Embassy" puts the zone
// near the embassy, not in it), and no city holds a state. Whatever rule
// read it, the words attached the place to the wrong one.
func holdsWider(pred, subj, obj string) bool {
	if pred != "locatedIn" {
		return false
	}
	return obj == "Facility" && isAny(subj, []string{"City", "Region", "Country"}) || obj == "City" && subj == "Country"
}

func (r *relations) addValue(subj, pred string, v quad.Value, sent int, conf float64) {
	p := mustPredicate(pred)
	if p.CheckAttribute(r.typeOf(subj)) != nil {
		return
	}
	k := statementKey{subj, pred, v.String(), max(sent, -1)}
	if _, ok := r.seen[k]; ok {
		return
	}
	r.seen[k] = len(r.out)
	r.push(schema.Statement{Subject: subj, Predicate: p, Value: v, Evidence: schema.Evidence{Sentence: sent, Origin: schema.Extracted, Confidence: conf}})
}

var auxWords = defaultRules.mustList("auxWords")

var prepositions = defaultRules.mustList("prepositions")

var negations = defaultRules.mustList("negations")

// admittingVerbs assert the act their gerund names.
var admittingVerbs = defaultRules.mustList("admittingVerbs")

// hostileVerbs after "threatened to" make a threat against their object.
var hostileVerbs = defaultRules.mustList("hostileVerbs")

// modals before a verb say it did not happen (yet): "plans to attack",
// "could strike", "would retaliate".
var modals = defaultRules.mustList("modals")

// sentence finds the relations stated in one sentence: co-mentions, then
// what the rules read between its mentions (one pass, matchSentence), the
// verbs between neighbours, "X-backed Y", "via Twitter", and dates.
func (r *relations) sentence(s sentence, ms []mention) {
	idx := s.art.Index
	defer r.noteKilling(len(r.out))
	r.coMentions(ms, idx)
	top, innerAt := outermost(r.actingSeats(s, ms)) // a capital co-mentioned, its state acting
	all := withoutVerbs(top)
	r.demonymRules(s, all, innerAt)
	top = r.withoutAdjectives(s, top)
	top = withoutVerbs(top)
	byFrom := make([][]ruleMatch, len(top))
	for _, m := range r.withinAppositions(s, top, r.rules.matchSentence(s.art.Text, s.toks, top)) {
		byFrom[m.from] = append(byFrom[m.from], m)
	}
	for i := range top {
		// In the order the rules are written, nearest mention first.
		sort.SliceStable(byFrom[i], func(x, y int) bool {
			a, b := byFrom[i][x], byFrom[i][y]
			if a.appos != b.appos {
				return !a.appos
			}
			if a.to != b.to {
				return a.to < b.to
			}
			return a.rule < b.rule
		})
		for _, m := range byFrom[i] {
			r.apply(s, top, innerAt, m)
		}
		r.verbAfter(s, top, i, idx)
		r.openAcross(s, top, i, idx)
		r.backed(s, top, i, idx)
		r.via(s, top, i, idx)
	}
	r.backedInEvents(s, ms, top, idx)
	r.clauseGaps(s, top, all, innerAt, idx)
	r.objectGaps(s, top, all, innerAt, idx)
	r.stateParts(s, ms)
	r.pronounParts(s, ms)
	r.openingPlace(s, top)
	r.trailingPresence(s, top, idx)
	r.titledHeads(s, ms, top, idx)
	r.titledPersons(s, ms, top)
	r.bodyTitles(s, top, idx)
	r.ownersParty(s, top, idx)
	r.placeInName(s, top)
	r.placesOfWhere(s, ms, idx)
	r.bearings(s, top, idx)
	r.roleOpen(s, top, idx)
	r.subjectPastDescription(s, top, idx)
	r.whomClause(s, top, idx)
	r.sharedSubject(s, top, idx)
	r.returningVerbs(s, top, all, innerAt, idx)
	r.victims(s, top, idx)
	r.addedVictims(s, top, idx)
	r.eventPronouns(s, top, idx)
	r.pronounResponses(s, top, idx)
	r.framedResponses(s, top, idx)
	r.clauseResponses(s, top, idx)
	r.noteLastEvent(s, top)
	r.dates(s, ms)
	r.compactObjects(s, top, idx) // last: where a typed reading links the pair, none
}

// withinAppositions leaves out a rule's match from a name inside a
// description set off after another name when the same rule reads past
// the description from that name: in "Kataib Hezbollah, an Iraqi militia
// backed by Iran, denied carrying out the attack", Kataib Hezbollah
// denied it, not Iran. A name set off by itself ("a spokesman for Kataib
// Hezbollah, Mohammed Mohi, told Reuters") keeps its reading.
func (r *relations) withinAppositions(s sentence, top []mention, ms []ruleMatch) []ruleMatch {
	out := ms[:0:0]
	for _, m := range ms {
		inside := false
		for _, a := range ms {
			inside = inside || a.appos && !m.appos && a.rule == m.rule && a.to == m.to && a.from < m.from &&
				r.rules.rules[a.rule].opts.apposition && describes(s, top[a.from], top[m.from]) && !endsNameList(s, top, a)
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// describes reports whether b ends a description set off after a by one
// comma, with lower-case words: ", an Iraqi militia backed by" Iran.
func describes(s sentence, a, b mention) bool {
	gap := strings.TrimSpace(s.art.Text[a.End:b.Start])
	if !strings.HasPrefix(gap, ",") || strings.ContainsAny(gap[1:], ",;") || !setOffNoun(s, a) {
		return false // ", and X,": a list; ", together with X,": a companion; "; and X,": the list's next item
	}
	if a.From == 1 && openingPrepositions[s.toks[0].Key] {
		return false // "In Iraq, rockets struck Camp Taji, which": a place the sentence opens with, then its clause
	}
	if w := strings.Fields(strings.ToLower(gap[1:])); len(w) > 0 && clauseOpeners[w[0]] && (len(w) == 1 || len(w) == 2 && determiners[w[1]]) {
		return false // "Tehran, where Haniyeh, the leader of Hamas,": the clause's subject
	}
	for _, t := range s.toks[a.To:b.From] {
		if !t.Cap && !determiners[t.Key] {
			return true
		}
	}
	return false
}

// openingPrepositions open a sentence with where its clause happens: "In
// Iraq,", "From Beirut,".
var openingPrepositions = defaultRules.mustList("openingPrepositions")

// officePredicates say what office someone holds.
var officePredicates = set("leads", "headOf", "memberOf", "governs")

// formerBetween reports whether a past holder's word ("former", "ex",
// "onetime"; not "late": who died in office held it to the end) stands
// between mentions a and b: "X, a former leader of Y" leads Y no more.
func formerBetween(toks []token, a, b mention) bool {
	for k := a.To; k < b.From && k < len(toks); k++ {
		if formerWords[toks[k].Key] && toks[k].Key != "late" && toks[k].Key != "then" {
			return true
		}
	}
	return false
}

// formerTitle reports whether a title that opens with mention a is one its
// holder no longer holds: "former" (or "ex", "then", "onetime") just
// before it, past a determiner ("the former Iraqi prime minister").
// "late" is left out: the late commander led his force until he died.
func formerTitle(toks []token, a mention) bool {
	k := a.From - 1
	if k >= 0 && toks[k].Key == "-" {
		k-- // "ex-Iraqi"
	}
	return k >= 0 && formerWords[toks[k].Key] && toks[k].Key != "late" && !toks[a.From].Break
}

// setOffNoun reports whether what is set off by a comma after a may be
// read past as an aside about it (a description, a relative clause): not
// a list (", and X"), a companion (", together with X", ", along with
// X") or the sentence's own verb phrase (", was travelling with X").
func setOffNoun(s sentence, a mention) bool {
	k := a.To
	if k < len(s.toks) && s.toks[k].Key == "," {
		k++
	}
	return k < len(s.toks) && !notAside[s.toks[k].Key]
}

// notAside are the words that open no aside after a name and a comma.
var notAside = defaultRules.mustList("notAside")

// demonymRules applies the rules that read a nationality adjective as a
// country (options: demonym): "Nawres Hamid, an Iraqi-born American
// interpreter" is an American citizen. Other rules never see the
// adjective (withoutAdjectives); these only where it fills a slot.
func (r *relations) demonymRules(s sentence, top []mention, innerAt map[int]string) {
	if !r.rules.demonyms {
		return
	}
	adjective := make([]bool, len(top))
	any := false
	for i, m := range top {
		adjective[i] = r.adjectival(s, m)
		any = any || adjective[i]
	}
	if !any {
		return
	}
	for _, m := range r.rules.matchDemonyms(s.art.Text, s.toks, top) {
		if adjective[m.from] || adjective[m.to] {
			r.apply(s, top, innerAt, m)
		}
	}
}

// coMentions links every pair of entities a sentence names, subject the
// smaller id so each pair has one statement per sentence.
func (r *relations) coMentions(ms []mention, idx int) {
	var ents []string
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.Entity] {
			seen[m.Entity] = true
			ents = append(ents, m.Entity)
		}
	}
	for i := 0; i < len(ents); i++ {
		for j := i + 1; j < len(ents); j++ {
			a, b := ents[i], ents[j]
			if b < a {
				a, b = b, a
			}
			r.add(a, "mentionedWith", b, idx, 0.5)
		}
	}
}

// outermost leaves out the mentions inside another ("U.S." in "U.S.
// drone strike"), remembering, by end offset, one that ends where its
// outer mention ends.
func outermost(ms []mention) ([]mention, map[int]string) {
	var top []mention
	innerAt := map[int]string{}
	end := 0
	for _, m := range ms {
		if m.Start < end {
			if m.End == end {
				innerAt[m.End] = m.Entity
			}
			continue
		}
		top = append(top, m)
		end = m.End
	}
	return top, innerAt
}

// withoutAdjectives leaves out the nationality adjectives that qualify a
// noun ("Iraqi and Iranian commanders", "Iranian officials"): they name no
// actor and no target, so no rule or verb may take them; they still count
// as co-mentions.
func (r *relations) withoutAdjectives(s sentence, ms []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		if !r.adjectival(s, m) {
			out = append(out, m)
		}
	}
	return out
}

// withoutVerbs leaves out the events named by their verbs: "Trump
// threatened Iran" is read as Trump, a verb, Iran.
func withoutVerbs(ms []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		if !m.Verb {
			out = append(out, m)
		}
	}
	return out
}

// adjectival reports whether m is a country's demonym ("Iranian", not
// "Iran" or "U.S.") before a lower-case word of the same phrase.
func (r *relations) adjectival(s sentence, m mention) bool {
	e, _ := r.g.Lookup(m.Entity)
	if e.Type != "Country" || m.Seat || m.To-m.From != 1 || m.To >= len(s.toks) || isAcronym(m.Text) {
		return false
	}
	next, t := s.toks[m.To], s.toks[m.From]
	if t.Poss || next.Break || next.Hyph || next.Cap || nameKey(m.Text) == nameKey(e.Name) { // nameKey last: it tokenizes
		return false
	}
	// "Iraqi caretaker Prime Minister X": the country of a title.
	for k := m.To; k < len(s.toks) && k < m.To+3 && (k == m.To || !s.toks[k].Break); k++ {
		if personTitles[s.toks[k].Key] {
			return false
		}
	}
	for _, suf := range []string{"ian", "an", "i", "ese", "ish", "ch"} {
		if strings.HasSuffix(t.Key, suf) {
			return true
		}
	}
	return false
}

// negatedBefore reports whether a negation stands in the few words
// before token k ("has not blamed", "never sent").
func negatedBefore(toks []token, k int) bool {
	for j := max(k-5, 0); j < k; j++ {
		if negations[toks[j].Key] || toks[j].Key == "didn" || toks[j].Key == "hasn" {
			return true
		}
	}
	return false
}

// stancePredicates state what one actor says of another or of an event;
// a negation after the object denies them ("said the strike was not a
// crime").
var stancePredicates = set("condemned", "accused", "threatened", "calledOn", "opposed", "demanded")

// maxNegatedAfter bounds the words after a mention in which a negation
// denies what a rule's context reads there: "was not", "would never".
const maxNegatedAfter = 3

// negatedAfter reports whether a negation stands in the few words of the
// clause from token k on ("was not a crime", "would never face").
func negatedAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+maxNegatedAfter && (j == k || !toks[j].Break); j++ {
		if negations[toks[j].Key] {
			return true
		}
	}
	return false
}

// inRelativeClause reports whether m ends a relative clause set off by
// commas: ", who succeeded Soleimani,".
func inRelativeClause(s sentence, m mention) bool {
	if !strings.HasPrefix(strings.TrimSpace(s.art.Text[m.End:]), ",") {
		return false
	}
	open := strings.LastIndex(s.art.Text[:m.Start], ",")
	if open < 0 {
		return false
	}
	w := strings.Fields(s.art.Text[open+1 : m.Start])
	return len(w) > 0 && (w[0] == "who" || w[0] == "which" || w[0] == "whom")
}

// relativeObject reports whether m is the object of a relative clause's
// verb: "the strike that killed Soleimani", "the militia which attacked
// the embassy"; what follows is the clause's head's, not m's ("graffiti
// that said Soleimani had passed through": a reported clause's subject).
func relativeObject(s sentence, m mention) bool {
	k := m.From - 1
	if k >= 0 && determiners[s.toks[k].Key] {
		k--
	}
	return k >= 1 && verbLike(s.toks[k].Key) && !reportingVerbs[s.toks[k].Key] && !s.toks[k+1].Break &&
		(s.toks[k-1].Key == "that" || s.toks[k-1].Key == "which" || s.toks[k-1].Key == "who")
}

// conditionWords open a clause that says what may be, not what is.
var conditionWords = defaultRules.mustList("conditionWords")

// conditional reports whether m opens a clause of condition or question:
// "If Iran attacks X, ...", "asked whether Kataib Hezbollah attacked X".
func conditional(s sentence, m mention) bool {
	for k := m.From - 1; k >= 0 && k >= m.From-3; k-- {
		if conditionWords[s.toks[k].Key] {
			return true
		}
		if s.toks[k+1].Break || !determiners[s.toks[k].Key] {
			return false
		}
	}
	return false
}

// prepositionObject reports whether m follows a preposition ("of the",
// "for"), so that it heads no clause.
func prepositionObject(s sentence, m mention) bool {
	k := m.From - 1
	if k >= 0 && determiners[s.toks[k].Key] {
		k--
	}
	if k < 0 {
		return false
	}
	switch key := s.toks[k].Key; key {
	case "and", "or", "but", "that", "which", "who", "than", "as":
		return false
	default:
		return prepositions[key]
	}
}

// startsWithComma reports whether a comma follows a, before b.
func startsWithComma(s sentence, a, b mention) bool {
	return strings.HasPrefix(strings.TrimSpace(s.art.Text[a.End:b.Start]), ",")
}

// demonym reports whether m names a country by its adjective ("Iranian").
func (r *relations) demonym(m mention) bool { return isDemonym(r.g, m) }

// isDemonym reports whether m names a state by one word of its people's
// adjective ("Iraqi", "Americans"), not by its name, acronym or capital.
func isDemonym(g *Gazetteer, m mention) bool {
	e, _ := g.Lookup(m.Entity)
	return e.Type == "Country" && !m.Seat && m.To-m.From == 1 && !isAcronym(m.Text) && demonymLike(m.Text) && nameKey(m.Text) != nameKey(e.Name)
}

// apply states what a rule match yields: the first yield whose slot types
// the entities fit and the schema allows.
func (r *relations) apply(s sentence, ms []mention, innerAt map[int]string, m ruleMatch) {
	ru := r.rules.rules[m.rule]
	a, b := ms[m.from], ms[m.to]
	if r.matchVoid(s, ms, m) {
		return
	}
	left, ok := r.slotA(s, ms, innerAt, m)
	if !ok {
		return
	}
	conf := ru.confidence
	if m.appos {
		conf -= 0.05
	}
	// "the leader of Iran's Quds Force", "the leader of the Iran-backed
	// Asaib Ahl al-Haq": not of Iran, unless the rule reads what follows
	// the owner ("Ghaani, Soleimani's deputy").
	ownerB := (s.toks[b.To-1].Poss || modifiesNext(s.toks, b)) && ru.after == nil
	former := formerTitle(s.toks, a)
	// "Pompeo said the strike was not a crime", "said U.S. forces would
	// never face": a stance a rule's context reads after B is denied.
	denied := ru.after != nil && negatedAfter(s.toks, b.To)
	for _, y := range ru.yields {
		if denied && stancePredicates[y.pred.Name] {
			continue
		}
		subj, obj := left, b.Entity
		if y.subjectIsB {
			subj, obj = b.Entity, left
		} else if ownerB {
			continue
		}
		if former && y.subjectIsB && officePredicates[y.pred.Name] {
			continue // "Former Iraqi Prime Minister X", "the former Quds Force commander X"
		}
		if !y.subjectIsB && y.pred.Name != "memberOf" && officePredicates[y.pred.Name] && formerBetween(s.toks, a, b) {
			continue // "X, former leader of the Badr Organization": he was
		}
		if ru.before != nil && y.subjectIsB && (y.pred.Name == "leads" || y.pred.Name == "headOf") && deputyTitleBefore(s.toks, a) {
			continue // "the deputy commander of the PMF, X": role-before-deputy's
		}
		if !isAny(r.typeOf(subj), y.subjectTypes) && ru.opts.inner && !y.subjectIsB && !m.appos {
			if inner, ok := innerAt[a.End]; ok {
				subj = inner
			}
		}
		if !isAny(r.typeOf(subj), y.subjectTypes) || !isAny(r.typeOf(obj), y.objectTypes) {
			continue
		}
		if y.pred.Name == "locatedIn" && !ru.opts.demonym && (r.demonym(b) && !y.subjectIsB || r.demonym(a) && y.subjectIsB) {
			continue // "In Kyiv, Ukrainian President X": the adjective is the title's, no place
		}
		if y.pred.Name == "conducted" && obj == b.Entity && s.toks[a.To-1].Poss && befalls(s.toks, b) {
			continue // "Soleimani's funeral": his, not his doing
		}
		if r.addPredicate(subj, y.pred, obj, s.art.Index, conf) {
			r.byRule(ru.id)
			if y.pred.Name == "conducted" && obj == b.Entity {
				r.attackedThrough(s, subj, b, innerAt, conf)
			}
			objs := []string{obj}
			if obj == b.Entity && !ownerB {
				objs = append(objs, r.shareWithObjects(s, ms, m.to, subj, y.pred)...) // "in Iraq and Syria"
			}
			// "Soleimani and al-Muhandis were killed in": both were; not
			// across an apposition ("X and Y, the leader of Z": Y only).
			// "Germany and Canada moved troops to Jordan and Kuwait": each
			// to each.
			if !y.subjectIsB && !m.appos && subj == a.Entity && !strings.HasPrefix(strings.TrimSpace(s.art.Text[a.End:b.Start]), ",") {
				for _, o := range objs {
					r.shareWithConjuncts(s, ms, m.from, y.pred, o)
				}
			}
			return
		}
	}
}

// matchVoid reports whether a rule match states nothing where it
// stands: an apposition reading the rule does not take, a context before
// A that is denied, A the object of a relative clause, two places of one
// list.
func (r *relations) matchVoid(s sentence, ms []mention, m ruleMatch) bool {
	ru := r.rules.rules[m.rule]
	a, b := ms[m.from], ms[m.to]
	if m.appos && (!ru.opts.apposition || !setOffNoun(s, a) || endsNameList(s, ms, m) || strings.Contains(s.art.Text[a.End:b.Start], ";") || r.describesNearer(s, ms, m)) {
		return true
	}
	// "Washington has not blamed X for the attack": a rule's context read
	// before A may not be denied.
	if ru.before != nil && negatedBefore(s.toks, a.From) {
		return true
	}
	// "Qaani, who succeeded Soleimani, met leaders in Baghdad": the
	// relative clause's object is no subject; the apposition reading
	// gives Qaani. Nor is it in "the strike that killed Soleimani was
	// ordered by Trump".
	if !m.appos && (ru.opts.apposition && inRelativeClause(s, a) || relativeObject(s, a) && !startsWithComma(s, a, b)) {
		return true
	}
	return ru.opts.unlisted && r.inPlaceList(s, ms, m.from, m.to)
}

// describesNearer reports whether the description a match reads after an
// aside is set off right after a name of A's type that closes the aside:
// in "Adel Abdul Mahdi walked with Hadi al-Amiri, the leader of the Badr
// Organization" the leader is al-Amiri, the name the comma follows, not
// the subject before it. A verb after that comma ("X, an ally of Y,
// condemned Z") goes back to A; a description ("the", "a", a role noun)
// stays with the nearer name.
func (r *relations) describesNearer(s sentence, ms []mention, m ruleMatch) bool {
	for k := m.to - 1; k > m.from; k-- {
		rest := strings.TrimSpace(s.art.Text[ms[k].End:ms[m.to].Start])
		if !strings.HasPrefix(rest, ",") {
			continue
		}
		j := ms[k].To // the word after the comma
		if keyAt(s.toks, j) == "," {
			j++
		}
		next := keyAt(s.toks, j)
		return r.typeOf(ms[k].Entity) == r.typeOf(ms[m.from].Entity) && (isDet(next) || roleWords[next])
	}
	return false
}

// reNameList is the text after a name that lists more names: ", Mr.
// Pompeo and Gen. Mark A. Milley" (capitalised words, commas, and/or).
var reNameList = regexp.MustCompile(`^\s*,\s*(?:(?:\p{Lu}[\p{L}.'’-]*|and|or|,)\s*)*$`)

// reJoiner finds a conjunction that makes a list.
var reJoiner = regexp.MustCompile(`\b(?:and|or)\b`)

// endsNameList reports whether what a match reads across after A is a
// list of names that A opens, the last of them set off by the comma the
// pattern goes on from: in "Esper, Pompeo and Gen. Mark Milley, the
// chairman of the Joint Chiefs", the role is Milley's, not Esper's.
func endsNameList(s sentence, ms []mention, m ruleMatch) bool {
	for k := m.from + 1; k < m.to; k++ {
		list := s.art.Text[ms[m.from].End:ms[k].Start]
		if strings.HasPrefix(strings.TrimSpace(s.art.Text[ms[k].End:]), ",") && reNameList.MatchString(list) &&
			reJoiner.MatchString(list) {
			return true
		}
	}
	return false
}

// listJoiners part the items of a list.
var listJoiners = set(",", "and", "or", ", and", ", or")

// inPlaceList reports whether mentions i and j, A and B of a rule, are
// items of one list of places: a place follows B, or comes before A,
// across only a comma or a conjunction ("in Anbar, Baghdad and the
// Kurdistan region"; "Fort Bragg, North Carolina, to Kuwait" is none).
func (r *relations) inPlaceList(s sentence, ms []mention, i, j int) bool {
	place := func(k int) bool { return isAny(r.typeOf(ms[k].Entity), []string{"Place"}) }
	gap := func(from, to int) string {
		g := strings.Join(strings.Fields(strings.ReplaceAll(s.art.Text[ms[from].End:ms[to].Start], ",", " , ")), " ")
		return strings.TrimSuffix(g, " the")
	}
	if j+1 < len(ms) && place(j+1) && listJoiners[gap(j, j+1)] {
		return true
	}
	return i > 0 && place(i-1) && gap(i-1, i) == ","
}

// slotA is the entity a rule match's slot A stands for, by the rule's
// options: the person an apposition before it describes (head), what a
// place phrase qualifies (phrase), a place nested in an event's phrase
// (inner), a capital's state (seat); false where after-apposition finds
// no apposition.
func (r *relations) slotA(s sentence, ms []mention, innerAt map[int]string, m ruleMatch) (string, bool) {
	ru := r.rules.rules[m.rule]
	a := ms[m.from]
	left := a.Entity
	if !m.appos && (ru.opts.head || ru.opts.afterApposition) {
		from := m.from
		if ru.opts.phrase {
			from = placePhraseHead(s, ms, from) // "the U.S. Embassy in Baghdad was stormed"
		}
		left = r.apposHead(s, ms, from)
		if ru.opts.afterApposition && left == a.Entity {
			return "", false
		}
	}
	// "Iran's missile attack on the Ain al-Asad air base in Iraq": the
	// place phrase qualifies the place the event phrase ends with.
	if inner, ok := innerAt[a.End]; ok && ru.opts.inner && !m.appos && r.typeOf(a.Entity) == "Event" && isAny(r.typeOf(inner), []string{"Place"}) {
		left = inner
	}
	if ru.opts.seat {
		left = seatSpeaker(r.g, left) // "In Baghdad, Prime Minister X": Iraq's
	}
	return left, true
}

// victimNouns name events that befall their owner (rules/words.rules).
var victimNouns = defaultRules.mustList("victimNouns")

// befalls reports whether event mention ev is named by a noun of what
// befalls its owner, not followed by "of": "Soleimani's funeral",
// "Soleimani's killing in a strike", not "Trump's killing of Soleimani".
func befalls(toks []token, ev mention) bool {
	for k := ev.From; k < ev.To; k++ {
		if victimNouns[toks[k].Key] && keyAt(toks, k+1) != "of" {
			return true
		}
	}
	return false
}

// attackedThrough reads who carried out an attack phrase ("Iran's
// missile attack on the base") as attacking its target, the mention the
// phrase ends with.
func (r *relations) attackedThrough(s sentence, subj string, ev mention, innerAt map[int]string, conf float64) {
	target, ok := innerAt[ev.End]
	if !ok {
		return
	}
	for k := ev.From; k < ev.To; k++ {
		if noun, ok := eventNouns[s.toks[k].Key]; ok && phrasePred(noun) == "targeted" {
			if r.add(subj, "attacked", target, s.art.Index, conf-0.05) {
				r.byRule("attack-phrase")
			}
			return
		}
	}
}

// shareWithConjuncts states subject-predicate-object again for the
// mentions joined to mention i by "and" (and commas before it: "X, Y and
// Z"), when they are of the same type as it.
func (r *relations) shareWithConjuncts(s sentence, ms []mention, i int, p schema.Predicate, obj string) {
	if pronouns[strings.ToLower(ms[i].Text)] {
		return // "X met Y, and he praised Z": the pronoun opens a clause of its own
	}
	for k := i - 1; k >= 0; k-- {
		joiner := s.art.Text[ms[k].End:ms[k+1].Start]
		// "Esper and Secretary of State Mike Pompeo flew": a title may
		// open the second.
		and := k == i-1 && joinsObjects(withoutOf(tokenize(joiner)))
		if !(and || strings.TrimSpace(joiner) == "," && k < i-1) || !r.alike(ms[k].Entity, ms[i].Entity, joiner) || s.toks[ms[k].To-1].Poss {
			return
		}
		if r.addPredicate(ms[k].Entity, p, obj, s.art.Index, 0.6) {
			r.byRule("and")
		}
	}
}

// alike reports whether two names joined by joiner may share a
// statement as conjuncts: of one type, or of one broad kind with no
// comma between them ("Iran and Hezbollah threatened"; in "against ISIS
// in Iraq, and they report to" the comma ends a clause).
func (r *relations) alike(a, b, joiner string) bool {
	ta, tb := r.typeOf(a), r.typeOf(b)
	return ta == tb || sameKind(ta, tb) && !strings.Contains(joiner, ",")
}

// byRule notes which rule made the statement just added or confirmed.
func (r *relations) byRule(id string) {
	if r.trace != nil {
		k := traceKey(r.out[r.last])
		r.trace[k] = append(r.trace[k], id)
	}
}

// traceKey names a statement in a trace: later steps may drop statements
// before it, so its index does not.
func traceKey(st schema.Statement) string {
	return st.Subject + " " + st.Predicate.Name + " " + st.Object
}

// word is a word of the apposition pattern below.
const word = `[\p{L}\p{N}'’.-]+`

// reApposTail is the end of an apposition: ", the leader of Iran's", ",
// the foreign minister of", ", the commander-in-chief of the"; its role
// nouns are the rules' (roleNouns) and a few more.
var reApposTail = regexp.MustCompile(`(?i),\s+(?:the|a|an)\s+(?:` + word + `\s+){0,2}?(?:` + word + `-)?(?:` + apposRoles() + `)\s+(?:` + word + `\s+)?of\s+(?:the\s+)?(?:` + word + `\s+){0,2}?$`)

// apposRoles are the role nouns of reApposTail, as alternatives.
func apposRoles() string {
	roles := []string{"head", "founder", "deputy", "member", "spokesperson"}
	for k := range roleWords {
		roles = append(roles, regexp.QuoteMeta(k))
	}
	sort.Strings(roles)
	return strings.Join(roles, "|")
}

// reAppositive is a description with no name set off right after a
// name: ", a veterans group,".
var reAppositive = regexp.MustCompile(`^\s*,\s+(?:a|an|the)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,4}\p{Ll}[\p{L}'’-]*\s*,\s*`)

// withoutAppositive leaves out of the words after a name the description
// set off after it, so that its verb follows it: "The Veterans of Foreign
// Wars, a veterans group, demanded".
func withoutAppositive(between string) string {
	if loc := reAppositive.FindStringIndex(between); loc != nil {
		return " " + between[loc[1]:]
	}
	return between
}

// reDescTail is the end of a description set off after a name, up to a
// name of its own: ", one of the strongest armed groups in", ", an
// offshoot of the".
var reDescTail = regexp.MustCompile(`^,\s+(?:the|a|an|one|two|three|some)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,6}?(?:of|in|for|from|at)\s+(?:the\s+)?$`)

// apposHead returns the entity ms[i] stands for as a subject: itself, or,
// when it closes an apposition ("Soleimani, the leader of Iran's Quds
// Force was spotted"), the person the apposition describes; or the actor
// a description ending at ms[i] is set off after ("Hezbollah, one of the
// strongest armed groups in Lebanon, has been backed by").
func (r *relations) apposHead(s sentence, ms []mention, i int) string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ms[k].End > ms[i].Start {
			continue
		}
		gap := s.art.Text[ms[k].End:ms[i].Start]
		if r.typeOf(ms[k].Entity) == "Person" && reApposTail.MatchString(gap) {
			return ms[k].Entity
		}
		if k == i-1 && strings.HasPrefix(gap, ",") && reDescTail.MatchString(gap) && strings.HasPrefix(strings.TrimSpace(s.art.Text[ms[i].End:]), ",") && schema.IsA(r.typeOf(ms[k].Entity), "Agent") && !r.demonym(ms[k]) && !strings.Contains(gap, " who ") {
			return ms[k].Entity
		}
		if k == i-1 && (r.titledOf(s, ms[k], ms[i], gap) || r.personOfBody(ms[k], ms[i], gap)) {
			return ms[k].Entity // "President Hassan Rouhani of Iran said", "Ali Vaez of the Crisis Group said": the person said
		}
	}
	return ms[i].Entity
}

// titledOf reports whether place p qualifies the titled person before it
// by "of": "President Hassan Rouhani of Iran", "Senator Tim Kaine of
// Virginia".
// personOfBody reports whether a person is named with the body he
// belongs to, by "of" or "at" ("Ali Vaez of the International Crisis
// Group", "Suzanne Maloney at the Brookings Institution"): what follows
// the body is the person's act.
func (r *relations) personOfBody(person, body mention, gap string) bool {
	g := strings.TrimSpace(gap)
	return (g == "of" || g == "of the" || g == "at" || g == "at the") && r.typeOf(person.Entity) == "Person" && schema.IsA(r.typeOf(body.Entity), "Organization") && r.typeOf(body.Entity) != "MediaOutlet"
}

func (r *relations) titledOf(s sentence, person, p mention, gap string) bool {
	if strings.TrimSpace(gap) != "of" || r.typeOf(person.Entity) != "Person" || !isAny(r.typeOf(p.Entity), []string{"Place", "Country"}) || person.From == 0 {
		return false
	}
	t := s.toks[person.From-1].Key
	return personTitles[t] || roleWords[t]
}

// verb reads "A <verb> B": the first verb of the table between two
// mentions, with at most a few words around it; a second verb joined by
// "and" shares the object ("Iran funds and arms Hezbollah").
func (r *relations) verb(a, b mention, between string, idx int) {
	r.verbSaid, r.verbKilled = "", false
	between = withoutAside(between)
	toks := tokenize(between)
	if j := r.laterVerb(toks); j > 0 && verbLike(toks[0].Key) && !auxWords[toks[0].Key] && !strings.Contains(between, ",") {
		// "condemned the attack and urged Iran", "called on the
		// protesters to leave and urged the United States": the verb
		// joined last has the object, when the first verb is the
		// subject's own ("groups were behind the attack and condemned
		// the strikes" is another's).
		between = between[toks[j+1].Start:]
		toks = tokenize(between)
	}
	if len(toks) == 0 || len(toks) > 8 || strings.ContainsAny(between, ";:()") {
		return
	}
	if strings.Contains(between, ",") && !r.verbList(strings.TrimSpace(between), toks) {
		return // a clause break between subject and verb, or verb and object
	}
	for k, t := range toks {
		if negations[t.Key] || selfPronouns[t.Key] && k > 0 && subordinators[toks[k-1].Key] {
			return // "met Macron after he attacked X": the pronoun's act
		}
		v, ok, next, running := r.verbAt(toks, k)
		if !ok {
			if modals[t.Key] || !auxWords[t.Key] && k == 0 && t.Cap || reportingVerbs[t.Key] && !selfPronouns[keyAt(toks, k+1)] {
				return // "plans to attack", "could strike": not done; "said the strike": another clause's ("said it had": its own)
			}
			continue
		}
		if k == 0 && r.nounCompound(a, t, v) {
			continue // "Iran strike Trump called harmless": the strike is a noun
		}
		if voicedSubject(toks[:k]) {
			return // "the movement's slogans have targeted X": the slogans did
		}
		if k > 0 && toks[k-1].Key == "and" || predicateRelative(toks, k) {
			return // "bases that host U.S. troops and urged Tehran", "seen in the crowd that stormed": another subject's verb
		}
		verbs, rest := []verbEntry{v}, toks[next:]
		for onlyAux(toks[:k]) && len(rest) > 1 {
			if w, ok := r.rules.verbs[rest[1].Key]; ok && rest[0].Key == "and" {
				verbs, rest = append(verbs, w), rest[2:]
			} else if w, ok := r.rules.verbs[rest[0].Key]; ok && rest[0].Break {
				verbs, rest = append(verbs, w), rest[1:] // "funds, arms and trains"
			} else {
				break
			}
		}
		if slices.Contains(verbs[len(verbs)-1].preps, keyAt(rest, 0)) {
			rest = rest[1:] // "deployed to Kuwait"
		}
		if keyAt(rest, 0) == "to" {
			// "threatened to attack", "vowed to strike": a threat, not
			// the act; "vowed to avenge X" threatens not X.
			if threatens(v.preds) && hostileVerbs[keyAt(rest, 1)] && r.add(a.Entity, "threatened", b.Entity, idx, 0.6) {
				r.byRule("verb:" + v.lemma + " to")
				r.verbSaid = "threatened"
			}
			return
		}
		be := !running && k > 0 && (toks[k-1].Key == "was" || toks[k-1].Key == "were")
		if be && keyAt(rest, len(rest)-1) != "by" {
			return // passive without its agent: "four Americans were killed after the consulate"
		}
		passive := keyAt(rest, 0) == "by" || be && keyAt(rest, len(rest)-1) == "by"
		if !r.objectFollows(rest, v, b) {
			return
		}
		conf := 0.7
		if len(toks) > 4 {
			conf = 0.55
		}
		for _, v := range verbs {
			r.stateVerb(v, a.Entity, b.Entity, passive, conf, idx)
		}
		return
	}
}

// voicedNouns are things said, shown or felt (rules/words.rules).
var voicedNouns = defaultRules.mustList("voicedNouns")

// voicedSubject reports whether the words between a subject's name and
// its verb end the subject with a thing said or felt, not a preposition's
// object: "Iran's state media attacked", "the protesters' anger
// targeted", but not "Trump, in a tweet, threatened".
func voicedSubject(before []token) bool {
	voiced := false
	for _, t := range before {
		if prepositions[t.Key] {
			return false
		}
		voiced = voiced || voicedNouns[t.Key]
	}
	return voiced
}

// verbAt reads the lexicon verb at token k: its entry, whether there is
// one, the token after it, and whether it is an act under way ("is
// accusing X", "were threatening X": an -ing form after a form of "be",
// which no passive is). After a verb that asserts it, an -ing form is the
// act asserted ("admitted shooting down X").
func (r *relations) verbAt(toks []token, k int) (v verbEntry, ok bool, next int, running bool) {
	if g, act := r.rules.gerunds[keyAt(toks, k+1)]; act && admittingVerbs[toks[k].Key] {
		return g, true, k + 2, false
	}
	if v, ok := r.rules.verbs[toks[k].Key]; ok {
		return v, true, k + 1, false
	}
	g, act := r.rules.gerunds[toks[k].Key]
	running = act && k > 0 && beWords[toks[k-1].Key]
	return g, running, k + 1, running
}

// nounCompound reports whether verb form t, right after the name a, is a
// noun the name qualifies rather than a's verb: a bare form ("strike",
// "attack") after a name that is one, not several, agrees with no
// subject, as in a headline's "Iran strike Trump called harmless" or "US
// attack kills five". A past tense spelled as the bare form ("hit") is
// still a verb.
func (r *relations) nounCompound(a mention, t token, v verbEntry) bool {
	if t.Key != v.lemma || irregularVerbs[t.Key] {
		return false
	}
	return r.typeOf(a.Entity) == "Country" || !strings.HasSuffix(strings.ToLower(a.Text), "s")
}

// predicateRelative reports whether the verb at token k of the words
// after a subject opens a relative clause of a noun inside the subject's
// own predicate: "X was seen in the crowd that stormed Y" (the crowd
// stormed it), not "X, the militia that stormed Y".
func predicateRelative(toks []token, k int) bool {
	if k < 2 {
		return false
	}
	if _, rel := relativeWords[toks[k-1].Key]; !rel {
		return false
	}
	for _, t := range toks[:k-1] {
		if _, rel := relativeWords[t.Key]; prepositions[t.Key] && !rel || verbLike(t.Key) && !auxWords[t.Key] {
			return true
		}
	}
	return false
}

// objectFollows reports whether b, after the words rest that follow verb
// v, is the verb's object: a few words, no preposition but the verb's
// own or a by-phrase's ("ordered the strike after the storming": the
// object is not what follows), and no participle that takes b instead
// ("fired on a convoy leaving X": the place is where the convoy went, not
// what was hit; "a car carrying X" is aimed at X).
func (r *relations) objectFollows(rest []token, v verbEntry, b mention) bool {
	n := len(rest)
	if n > 3 {
		return false
	}
	for k, t := range rest {
		if prepositions[t.Key] && !(t.Key == "by" && (k == 0 || k == n-1)) && !(t.Key == "on" && k == 0 && len(v.preds) > 0 && v.preds[0] == "calledOn") {
			return false
		}
	}
	return n < 2 || !isParticiple(rest[n-1]) || !strings.HasSuffix(rest[n-1].Key, "ing") || !isAny(r.typeOf(b.Entity), placeTypes)
}

// asideOpeners open a short aside set off by commas between a subject
// and its verb: ", in a statement,", ", on Sunday,", ", meanwhile,".
var asideOpeners = defaultRules.mustList("asideOpeners")

// withoutAside leaves out such an aside, or a short description ("X,
// the president, threatened Y"), that opens the words between two
// names: "Iraq, in a statement, condemned the strike" reads "condemned
// the".
func withoutAside(between string) string {
	rest, ok := strings.CutPrefix(strings.TrimSpace(between), ",")
	if !ok {
		return between
	}
	aside, after, ok := strings.Cut(rest, ",")
	toks := tokenize(aside)
	if !ok || len(toks) == 0 || len(toks) > 5 || !asideOpeners[toks[0].Key] && !determiners[toks[0].Key] {
		return between
	}
	for _, t := range toks {
		if verbLike(t.Key) || reportingVerbs[t.Key] {
			return between // "Iran, the ministry said, ..."
		}
	}
	return after
}

// subordinators open a clause of its own, whose subject follows them.
var subordinators = defaultRules.mustList("subordinators")

// selfPronouns after a reporting verb stand for its subject: "X said it
// had targeted Y".
var selfPronouns = defaultRules.mustList("selfPronouns")

// verbList reports whether the commas of the words between two names
// only join verbs of the lexicon: "funds, arms and trains".
func (r *relations) verbList(between string, toks []token) bool {
	if strings.HasPrefix(between, ",") || strings.HasSuffix(between, ",") {
		return false // ", led by": an apposition's
	}
	for k, t := range toks {
		if !t.Break {
			continue
		}
		if _, ok := r.rules.verbs[keyAt(toks, k-1)]; !ok {
			return false
		}
		if _, ok := r.rules.verbs[t.Key]; !ok {
			return false
		}
	}
	return true
}

// onlyAux reports whether toks are all auxiliaries or adverbs the verb
// reader passes over ("has also").
func onlyAux(toks []token) bool {
	for _, t := range toks {
		if !auxWords[t.Key] {
			return false
		}
	}
	return true
}

// laterVerb returns the index in rest of an "and" a verb of the lexicon
// follows, or -1.
func (r *relations) laterVerb(rest []token) int {
	for j := len(rest) - 2; j >= 0; j-- {
		if _, ok := r.rules.verbs[rest[j+1].Key]; ok && rest[j].Key == "and" {
			return j
		}
	}
	return -1
}

// keyAt is the key of toks[i], or "" past either end.
func keyAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Key
}

// stateVerb states the first of a verb's predicates the types of its
// subject and object allow, the object being the subject of a passive.
func (r *relations) stateVerb(v verbEntry, subj, obj string, passive bool, conf float64, idx int) {
	if passive {
		subj, obj = obj, subj
	}
	// "The strike also killed X": X was killed in it.
	if v.lemma == "kill" && !passive && r.typeOf(subj) == "Event" && r.add(obj, "killedIn", subj, idx, 0.7) {
		r.verbKilled = true
		return
	}
	// "The U.S. strikes hit five Kataib Hezbollah facilities": an event
	// is aimed at its target; its agent attacked.
	preds := v.preds
	if r.typeOf(subj) == "Event" {
		preds = eventFirst(preds)
	}
	for _, p := range preds {
		s, o := subj, obj
		name, reversed := strings.CutPrefix(p, "<") // "Iran funds Hezbollah": Hezbollah backedBy Iran
		if reversed {
			s, o = o, s
		}
		if r.add(s, name, o, idx, conf) {
			r.byRule("verb:" + v.lemma)
			if !passive && !reversed {
				r.verbSaid = name
			}
			return
		}
	}
}

// verbAfter reads a verb between mention i and the next one, the subject
// being who an apposition before it describes, or what a place phrase
// ending at it qualifies ("a strike in Baghdad killed X": the strike).
func (r *relations) verbAfter(s sentence, top []mention, i, idx int) {
	if i+1 >= len(top) || top[i+1].Start < top[i].End {
		return
	}
	k := placePhraseHead(s, top, i)
	// "the strike that killed Soleimani hit Iraq": the strike's verb; "the
	// coalition fighting Islamic State paused": the coalition's.
	if relativeObject(s, top[k]) && !closesApposition(s, top, k) || inParticiple(s, top[k]) || r.whomPurpose(s, top, k) || objectBeforeAndVerb(s, top, k, i) {
		return
	}
	if gap := strings.Fields(s.art.Text[top[i].End:top[i+1].Start]); len(gap) > 0 && gap[0] == "and" && prepositionObject(s, top[k]) {
		return // "the martyrdom of Soleimani and warned X": the sentence's subject warned
	}
	head := r.verbHead(s, top, i, k)
	obj := top[i+1]
	// "kills Iran's Soleimani": the object is what the owner owns.
	if s.toks[obj.To-1].Poss {
		if i+2 >= len(top) || top[i+2].From != obj.To {
			r.openOwner(s, head, obj, idx) // "wept over Soleimani's coffin"
			return
		}
		obj = top[i+2]
	}
	next := i + 1
	// "killed Iranian commander Qassem Soleimani": the demonym of a title
	// is no object; the person it qualifies is.
	if obj == top[i+1] && r.demonym(obj) {
		if i+2 >= len(top) || top[i+2].From > obj.To+3 {
			return
		}
		next = i + 2
		obj = top[next]
	} else if obj == top[i+1] && r.titleOwner(s, top, i+1) {
		// "met Hamas leader Ismail Haniyeh": he was met, not the group.
		next = i + 2
		obj = top[next]
	}
	// "accused Iran-backed militias": the name qualifies the object.
	if obj.To < len(s.toks) && s.toks[obj.To].Hyph || r.ownerOfNoun(s, obj) {
		return
	}
	between := withoutAppositive(s.art.Text[top[i].End:top[next].Start])
	// "the political wing of the Popular Mobilisation Forces led by X":
	// the by-phrase may belong to either noun.
	if ofObject(s, head) && strings.HasSuffix(strings.TrimSpace(between), " by") {
		return
	}
	if rest, ok := r.ownerApposition(s, top, i); ok && k == i {
		// "Ali al-Sistani, Iraq's top Shiite cleric, condemned the raids":
		// the verb is the person's.
		head, between = top[i-1], rest
	} else if k == i && head.Entity != top[i].Entity || closesApposition(s, top, i) {
		// "X, the leader of Y, attacked Z", "the commander, X, visited
		// Z", "X, who succeeded Z": the verb follows the apposition.
		between = strings.TrimPrefix(strings.TrimSpace(between), ",")
		between = strings.TrimPrefix(strings.TrimSpace(between), "who ")
	}
	between = lastOfSeries(between) // "vowed revenge, declared mourning and appointed X"
	if !conditional(s, head) && !forewarned(s, between, obj) {
		r.verb(head, obj, between, idx)
	}
	if r.verbSaid != "" {
		if head.Entity == top[i].Entity {
			r.shareWithConjuncts(s, top, i, mustPredicate(r.verbSaid), obj.Entity)
		}
		r.shareWithObjects(s, top, next, head.Entity, mustPredicate(r.verbSaid))
	}
	if r.verbKilled {
		r.killedWith(s, top, next, head.Entity)
	}
	if !r.said[[3]string{head.Entity, obj.Entity, itoa(idx)}] && !objectOfPreposition(s, top, k) && !objectOfVerb(s, top[k]) {
		if p, ok := r.open(head, obj, between, idx); ok {
			if h := apposedAt(top, i, head.Entity); h >= 0 {
				r.shareWithConjuncts(s, top, h, p, obj.Entity) // "X and Y, the chairman of Z, joined"
			}
			r.shareWithObjects(s, top, next, head.Entity, p)
		}
	}
}

// verbHead is who does what the words after mention i say: top[k], or
// the person an apposition around it describes, but never a person for
// "which": in "X, the leader of Hamas, which governs Gaza" Hamas does.
func (r *relations) verbHead(s sentence, top []mention, i, k int) mention {
	head := top[k]
	if modifiesNext(s.toks, top[k]) {
		return head // "the leader of the Iran-backed X": Iran backs X, not the leader
	}
	head.Entity = r.apposHead(s, top, k)
	if head.Entity != top[k].Entity && thingClause(s.art.Text[top[i].End:top[i+1].Start]) && r.typeOf(head.Entity) == "Person" {
		return top[k]
	}
	return head
}

// thingClause reports whether the words after a name open a relative
// clause that speaks of a thing: ", which governs".
func thingClause(gap string) bool {
	w := strings.Fields(strings.TrimPrefix(strings.TrimSpace(gap), ","))
	return strings.HasPrefix(strings.TrimSpace(gap), ",") && len(w) > 0 && w[0] == "which"
}

// forewarned reports whether the words between a subject and obj end in
// a warning that obj had before what came ("had warned Baghdad before
// the strikes", "warned Iraq ahead of the attack"): notice, no threat.
func forewarned(s sentence, between string, obj mention) bool {
	toks := tokenize(between)
	if k := keyAt(toks, len(toks)-1); k != "warned" && k != "warns" || obj.To >= len(s.toks) || s.toks[obj.To].Break {
		return false
	}
	return s.toks[obj.To].Key == "before" || s.toks[obj.To].Key == "ahead"
}

// ownerOfNoun reports whether a country's name only says whose the noun
// after it is: "rejected U.S. claims", "expelled the U.S. ambassador",
// "attacked U.S. troops" act on the claims, the envoy, the troops.
func (r *relations) ownerOfNoun(s sentence, m mention) bool {
	if r.typeOf(m.Entity) != "Country" || m.To >= len(s.toks) {
		return false
	}
	next := s.toks[m.To]
	return !next.Break && !next.Cap && (nounTypes[next.Key] != "" || roleWords[next.Key] || chargeNouns[next.Key])
}

// ownerApposition reads a person's description by its owner set off by
// commas, mention i being the owner: "Ali al-Sistani, Iraq's top Shiite
// cleric, condemned": it returns the words after the description's comma.
func (r *relations) ownerApposition(s sentence, top []mention, i int) (string, bool) {
	if i == 0 || i+1 >= len(top) || !s.toks[top[i].To-1].Poss || r.typeOf(top[i-1].Entity) != "Person" {
		return "", false
	}
	if strings.TrimSpace(s.art.Text[top[i-1].End:top[i].Start]) != "," {
		return "", false
	}
	desc, rest, ok := strings.Cut(s.art.Text[top[i].End:top[i+1].Start], ",")
	if !ok || len(strings.Fields(desc)) > 5 {
		return "", false
	}
	for _, t := range tokenize(desc) {
		if t.Cap && !adjectiveWords[t.Key] || prepositions[t.Key] {
			return "", false // "Iran's Quds Force, ...": a name, not a description
		}
	}
	return rest, true
}

// shareWithObjects states subject-predicate again of the mentions joined
// to the object, mention j, by "and" or commas, titles left out ("spoke
// with caretaker Prime Minister X and President Y"), a nationality
// before the title too ("and Emirati Foreign Minister Z"), or by "and"
// and a possessive role ("sanctioned X and his brother Y"), when they are
// of the object's type; an open relation, whose label says how, takes
// any object of the same broad kind (actors, places).
func (r *relations) shareWithObjects(s sentence, top []mention, j int, subj string, p schema.Predicate) []string {
	var objs []string
	for _, k := range r.objectConjuncts(s, top, j, p) {
		objs = append(objs, top[k].Entity)
		if r.addPredicate(subj, p, top[k].Entity, s.art.Index, 0.55) {
			r.byRule("and-object")
		}
	}
	return objs
}

// killedIn is the predicate of who died in an event.
var killedIn = mustPredicate("killedIn")

// killedWith states that the objects joined to mention j, which event
// killed, died in it too: "the strike killed Soleimani and al-Muhandis".
func (r *relations) killedWith(s sentence, top []mention, j int, event string) {
	for _, k := range r.objectConjuncts(s, top, j, killedIn) {
		if r.addPredicate(top[k].Entity, killedIn, event, s.art.Index, 0.6) {
			r.byRule("and-object")
		}
	}
}

// objectConjuncts returns the mentions joined to the object, mention j,
// as shareWithObjects says, that share a statement p with it.
func (r *relations) objectConjuncts(s sentence, top []mention, j int, p schema.Predicate) []int {
	typ := r.typeOf(top[j].Entity)
	before := prepositionBefore(s.toks, top[j])
	var list []int // the objects after j, the last one the list's: "X, Y and Z" ends at its "and"
	last, prev := 0, j
	for k := j + 1; k < len(top) && !s.toks[top[prev].To-1].Poss; k++ {
		if r.titleDemonym(s, top, k) {
			continue
		}
		// "attacked Ain al-Asad and Erbil": a typed object's conjunct of
		// the same broad kind too, when no comma parts them.
		gap := s.art.Text[top[prev].End:top[k].Start]
		if strings.TrimSpace(gap) == "of" && r.typeOf(top[k].Entity) == "Country" && r.typeOf(top[prev].Entity) == "Person" {
			prev = k // "Prime Minister Adel Abdul Mahdi of Iraq and": the person's state
			continue
		}
		if ownerOfGroup(gap) && r.typeOf(top[k].Entity) == "Person" && schema.IsA(r.typeOf(top[prev].Entity), "Organization") {
			prev = k // "the Sairoon bloc of Moqtada al-Sadr and": the group's leader
			continue
		}
		if t := r.typeOf(top[k].Entity); t != typ && !((p.IsOpen() || !strings.Contains(gap, ",")) && sameKind(t, typ)) {
			break
		}
		joiner := tokenize(gap)
		if len(joiner) > 0 && strings.HasPrefix(strings.TrimSpace(gap), ",") {
			joiner[0].Break = true // ", along with": the comma the gap opens with
		}
		joins := joinsObjects(joiner) || joinsOwnRole(joiner) || repeatsPreposition(joiner, p, before)
		if !joins && strings.TrimSpace(gap) != "," || strings.Contains(gap, ",") && opensClause(s.toks, top[k].To) {
			break // "sent troops to Kuwait, and Croatia moved": a clause of its own
		}
		list = append(list, k)
		if joins {
			last = len(list)
		}
		prev = k
	}
	return list[:last]
}

// titleDemonym reports whether mention k is a nationality before the
// title of the next mention: "Emirati" in "Emirati Foreign Minister
// Abdullah bin Zayed" qualifies the person and is no object of its own.
func (r *relations) titleDemonym(s sentence, top []mention, k int) bool {
	if !r.demonym(top[k]) || k+1 >= len(top) || top[k+1].From > top[k].To+3 {
		return false
	}
	for _, t := range s.toks[top[k].To:top[k+1].From] {
		if !(t.Cap || personTitles[t.Key] || titleModifiers[t.Key]) || t.Break {
			return false
		}
	}
	return true
}

// phrasePrepositions only open a phrase inside a clause, never a clause:
// a name after them is no subject ("talks between Iran and the European
// Union resumed in Vienna": the talks resumed, not the Union).
var phrasePrepositions = defaultRules.mustList("phrasePrepositions")

// objectOfPreposition reports whether mention i, or the list it ends
// ("between Iran and the European Union"), follows such a preposition.
func objectOfPreposition(s sentence, top []mention, i int) bool {
	for ; i >= 0; i-- {
		k := top[i].From - 1
		if k >= 0 && s.toks[k].Key == "the" && !s.toks[k].Break {
			k--
		}
		if k < 0 || s.toks[top[i].From].Break {
			return false
		}
		if phrasePrepositions[s.toks[k].Key] {
			return true
		}
		if s.toks[k].Key != "and" || i == 0 || top[i-1].To != k {
			return false
		}
	}
	return false
}

// objectOfVerb reports whether mention m, its title and article
// included, is the object of a verb before it ("decision to kill Qassem
// Soleimani divided Washington": Soleimani divided nothing). A verb that
// opens a reported clause ("said Iran attacked") makes a subject.
func objectOfVerb(s sentence, m mention) bool {
	k := wordBefore(s, m)
	if k < 0 {
		return false
	}
	t := s.toks[k]
	if clauseVerbs[t.Key] || isClaimVerb(t.Key) || thatVerbGap(t.Key) {
		return false
	}
	return verbLike(t.Key) && !auxWords[t.Key] || k > 0 && (s.toks[k-1].Key == "to" && !t.Cap && plainNoun(t) || participleOfNoun(s.toks, k))
}

// wordBefore returns the token before mention m, its title and article
// left out, or -1 when punctuation or the sentence's start comes first.
func wordBefore(s sentence, m mention) int {
	k := m.From - 1
	for k >= 0 && !s.toks[k+1].Break && (s.toks[k].Cap || personTitles[s.toks[k].Key] || titleModifiers[s.toks[k].Key] || isDet(s.toks[k].Key)) {
		k--
	}
	if k < 0 || s.toks[k+1].Break {
		return -1
	}
	return k
}

// inParticiple reports whether mention m is the object of a participle
// that qualifies a noun ("the coalition fighting Islamic State paused"):
// no subject of the verb after it.
func inParticiple(s sentence, m mention) bool {
	k := wordBefore(s, m)
	return k > 0 && participleOfNoun(s.toks, k)
}

// participleOfNoun reports whether the word at k is a participle that
// qualifies the common noun before it: "the coalition fighting Islamic
// State", "bases hosting U.S. troops". What follows is its object.
func participleOfNoun(toks []token, k int) bool {
	t, n := toks[k], toks[k-1]
	return len(t.Key) > 5 && strings.HasSuffix(t.Key, "ing") && !t.Cap && !t.Break && !n.Cap && !n.Poss && plainNoun(n) && !pronouns[n.Key]
}

// thatVerbGap reports whether a word before a name opens a clause whose
// subject it is: "that", "whether", "if".
func thatVerbGap(k string) bool { return k == "that" || k == "whether" || k == "if" }

// apposedAt returns the index in top of the mention of the subject id
// nearest before or at mention i (the subject itself, or the name an
// apposition ending at i describes), or -1.
func apposedAt(top []mention, i int, id string) int {
	for h := i; h >= 0 && h >= i-3; h-- {
		if top[h].Entity == id {
			return h
		}
	}
	return -1
}

// titleOwner reports whether mention k (a group, body or state) only
// qualifies the title of the person named next: "Hamas leader Ismail
// Haniyeh", "Pentagon spokesman Jonathan Hoffman", "U.S. Secretary of
// State Mike Pompeo".
func (r *relations) titleOwner(s sentence, top []mention, k int) bool {
	if k+1 >= len(top) || r.typeOf(top[k].Entity) == "Person" || r.typeOf(top[k+1].Entity) != "Person" {
		return false
	}
	gap := s.toks[top[k].To:top[k+1].From]
	if len(gap) == 0 || len(gap) > 4 {
		return false
	}
	titled := false
	for j, t := range gap {
		// "U.S. Secretary of State Mike Pompeo": "of" inside the title.
		of := t.Key == "of" && j > 0 && j+1 < len(gap) && gap[j+1].Cap
		if t.Break || !(roleWords[t.Key] || personTitles[t.Key] || titleModifiers[t.Key] || t.Cap || of) {
			return false
		}
		titled = titled || roleWords[t.Key] || personTitles[t.Key]
	}
	return titled
}

// sameKind reports whether two types are of one broad kind: both actors
// or both places.
func sameKind(a, b string) bool {
	return schema.IsA(a, "Agent") && schema.IsA(b, "Agent") || isAny(a, placeTypes) && isAny(b, placeTypes)
}

// joinsOwnRole reports whether the words between two objects join the
// second as the first's kin or role: "and his brother", "and its
// founder".
func joinsOwnRole(toks []token) bool {
	if len(toks) < 3 || len(toks) > 4 || toks[0].Key != "and" {
		return false
	}
	if _, ok := possessivePronouns[toks[1].Key]; !ok {
		return false
	}
	last := toks[len(toks)-1].Key
	return (roleWords[last] || kinRoles[last] || last == "founder") && plainNoun(toks[len(toks)-1]) && (len(toks) == 3 || plainNoun(toks[2]))
}

// repeatsPreposition reports whether the words joining two objects are
// "and" and the preposition of the first, titles after them at most: the
// preposition an open relation's label ends in ("spoke with X and with
// Y"), or the one written before the first object, before ("was backed
// by X and by Y").
func repeatsPreposition(toks []token, p schema.Predicate, before string) bool {
	if len(toks) < 2 || toks[0].Key != "and" || toks[1].Break || !prepositions[toks[1].Key] {
		return false
	}
	if toks[1].Key != before && !(p.IsOpen() && strings.HasSuffix(p.Label, " "+toks[1].Key)) {
		return false
	}
	return joinsObjects(append([]token{toks[0]}, toks[2:]...))
}

// ownerOfGroup reports whether the words between a group and a person
// make the person its owner: "of", or a party's head word and "of" ("the
// Sairoon bloc of Moqtada al-Sadr").
func ownerOfGroup(gap string) bool {
	ws := strings.Fields(strings.ToLower(gap))
	return len(ws) == 1 && ws[0] == "of" || len(ws) == 2 && partyWords[ws[0]] && ws[1] == "of"
}

// prepositionBefore is the preposition written before mention m, an
// article between them at most, or "".
func prepositionBefore(toks []token, m mention) string {
	k := m.From - 1
	if k >= 0 && determiners[toks[k].Key] && !toks[k].Break {
		k--
	}
	if k < 0 || !prepositions[toks[k].Key] || toks[k+1].Break {
		return ""
	}
	return toks[k].Key
}

// withoutOf leaves out "of" inside a title ("Secretary of State").
func withoutOf(toks []token) []token {
	out := toks[:0:0]
	for i, t := range toks {
		if t.Key == "of" && i > 0 && i+1 < len(toks) && toks[i-1].Cap && toks[i+1].Cap {
			continue
		}
		out = append(out, t)
	}
	return out
}

// joinsObjects reports whether the words between two objects join them:
// "and" (or ", along with", ", as well as"), maybe a title of the second
// ("and President").
func joinsObjects(toks []token) bool {
	and := false
	if n := alongWith(toks); n > 0 {
		toks, and = toks[n-1:], true
	}
	for i, t := range toks {
		switch {
		case t.Key == "and" && i == 0:
			and = true
		case and && i == 0: // the last word of "along with"
		case and && i == 1 && t.Key == "the": // "Denmark and the Netherlands"
		case and && (t.Cap || personTitles[t.Key] || titleModifiers[t.Key]):
		default:
			return false
		}
	}
	return and
}

// alongWith returns the number of words of the phrase that adds a second
// name to the first as "and" does, after a comma ("killed X, along with
// Y", "X, as well as Y"), or 0.
func alongWith(toks []token) int {
	for _, p := range [][]string{{"along", "with"}, {"together", "with"}, {"as", "well", "as"}} {
		if len(toks) >= len(p) && toks[0].Break {
			n := 0
			for n < len(p) && toks[n].Key == p[n] && (n == 0 || !toks[n].Break) {
				n++
			}
			if n == len(p) {
				return n
			}
		}
	}
	return 0
}

// functionWords say nothing of how two names are linked: an open
// relation's label needs a word besides them ("along with" says nothing,
// "fought alongside" does).
var functionWords = defaultRules.mustList("functionWords")

// saysHow reports whether an open relation's label has a word that is
// not a function word.
func saysHow(label string) bool {
	for _, w := range strings.Fields(label) {
		if !prepositions[w] && !morePrepositions[w] && !functionWords[w] && !determiners[w] && !auxWords[w] && !beWords[w] {
			return true
		}
	}
	return false
}

// locativeGaps are the words between a mention and a place phrase that
// qualifies it: "the strike in Baghdad", "a facility near Erbil".
var locativeGaps = defaultRules.mustList("locativeGaps")

// placePhraseHead returns the mention a place phrase or a participle
// ending at mention i qualifies ("a drone strike near Baghdad
// International Airport", "the coalition fighting the Islamic State"),
// or i.
func placePhraseHead(s sentence, top []mention, i int) int {
	k := i
	for k > 0 && top[k-1].End <= top[k].Start && qualifies(s.art.Text[top[k-1].End:top[k].Start]) {
		k--
	}
	return k
}

// qualifies reports whether the words between two mentions make the
// second part of a phrase about the first: "in", "near", "fighting the".
func qualifies(gap string) bool {
	ws := strings.Fields(strings.ToLower(gap))
	if len(ws) == 2 && ws[1] == "the" {
		ws = ws[:1]
	}
	return len(ws) == 1 && (locativeGaps[ws[0]] || len(ws[0]) > 5 && strings.HasSuffix(ws[0], "ing"))
}

// closesApposition reports whether mention i opens a relative clause
// (", who succeeded") or is set off by commas after the description it
// names ("Iran's new Quds Force commander, Esmail Ghaani, visited"): a
// lower-case word and a comma before it, a comma after it.
func closesApposition(s sentence, top []mention, i int) bool { return setOff(s, top[i]) }

// setOff reports whether mention m closes an apposition (see
// closesApposition).
func setOff(s sentence, m mention) bool {
	after := strings.TrimSpace(s.art.Text[m.End:])
	if !strings.HasPrefix(after, ",") {
		return false
	}
	if strings.HasPrefix(strings.TrimSpace(after[1:]), "who ") {
		return true
	}
	// "Iraq's top Shiite cleric, Grand Ayatollah Ali al-Sistani,": the
	// title is the name's.
	t, _ := afterComma(s.toks, m)
	if t == 0 {
		return false
	}
	prev := s.toks[t-1]
	return strings.TrimSpace(s.art.Text[prev.End:s.toks[t].Start]) == "," && !prev.Cap && !isNumber(prev)
}

// ofObject reports whether m follows "of" or "of the".
func ofObject(s sentence, m mention) bool {
	k := m.From - 1
	if k >= 0 && s.toks[k].Key == "the" {
		k--
	}
	return k >= 0 && s.toks[k].Key == "of"
}

// eventFirst puts "targeted", the predicate of an event's target, first.
func eventFirst(preds []string) []string {
	out := make([]string, 0, len(preds))
	for _, p := range preds {
		if p == "targeted" {
			out = append(out, p)
		}
	}
	for _, p := range preds {
		if p != "targeted" {
			out = append(out, p)
		}
	}
	return out
}

// threatens reports whether a verb's predicates make a threat.
func threatens(preds []string) bool {
	for _, p := range preds {
		if p == "threatened" {
			return true
		}
	}
	return false
}

// via reads "... via Twitter": the nearest person or body named before it
// spoke through the outlet.
func (r *relations) via(s sentence, ms []mention, i, idx int) {
	m := ms[i]
	if r.typeOf(m.Entity) != "MediaOutlet" || m.From == 0 {
		return
	}
	switch s.toks[m.From-1].Key {
	case "via", "on", "through":
	default:
		return
	}
	// The subject: the first who could speak, not the last named ("Pompeo
	// named al-Muhandis and al-Amiri ... in a post on Twitter"), in the
	// outlet's own clause ("X fired missiles, and Zarif wrote on Twitter":
	// Zarif).
	from := joinedClause(s, m.From)
	for k := max(i-8, 0); k < i; k++ {
		if ms[k].From < from {
			continue
		}
		t := r.typeOf(ms[k].Entity)
		if t == "Person" || t == "GovernmentBody" || t == "Organization" || t == "ArmedGroup" || t == "MilitaryUnit" {
			r.add(ms[k].Entity, "communicatedVia", m.Entity, idx, 0.6)
			return
		}
	}
}

// clauseJoiners open a clause of their own after a comma: "X fired
// missiles, and Y wrote".
var clauseJoiners = defaultRules.mustList("clauseJoiners")

// joinedClause returns where the last clause joined to sentence s before
// token k opens: at ", and", ", but", ", while" or past a semicolon, or 0.
func joinedClause(s sentence, k int) int {
	for j := k - 1; j > 0; j-- {
		gap := s.art.Text[s.toks[j-1].End:s.toks[j].Start]
		if strings.Contains(gap, ";") || clauseJoiners[s.toks[j].Key] && strings.Contains(gap, ",") {
			return j
		}
	}
	return 0
}

// backed reads a mention that is itself "X-backed militias": the militias
// are backed by X.
func (r *relations) backed(s sentence, ms []mention, i, idx int) {
	m := ms[i]
	for k := m.From + 1; k < m.To; k++ {
		if !backerHyphens[s.toks[k].Key] || !s.toks[k].Hyph {
			continue
		}
		prefix := joinKeys(s.toks[m.From:k])
		if pi, ok := r.g.byKey[prefix]; ok { // "Tehran-backed": the state's backing
			backer := seatSpeaker(r.g, r.g.entities[pi].ID)
			r.add(m.Entity, "backedBy", backer, idx, 0.8)
			if i > 0 && describedBy(s, ms[i-1], m) {
				r.add(ms[i-1].Entity, "backedBy", backer, idx, 0.7) // "Kataib Hezbollah, an Iran-backed militia"
			}
			r.backedExamples(s, ms, i, backer, idx)
		}
	}
	// "X-backed Y" with Y a separate mention.
	if i+1 < len(ms) {
		n := ms[i+1]
		if n.From < m.To {
			return
		}
		between := s.toks[m.To:n.From]
		if m.To < len(s.toks) && backerHyphens[s.toks[m.To].Key] && s.toks[m.To].Hyph && n.From-m.To <= 3 && schema.IsA(r.typeOf(n.Entity), "Organization") && !anyPreposition(between) {
			r.add(n.Entity, "backedBy", seatSpeaker(r.g, m.Entity), idx, 0.8)
		}
	}
}

// backedInEvents reads an X-backed group named at the end of an event's
// phrase as backed() reads one standing alone: in "officials blamed
// earlier attacks on Iran-backed militias, chief among them Kataib
// Hezbollah" the militias, and Kataib Hezbollah with them, are backed by
// Iran, though "attacks on Iran-backed militias" is the mention the
// sentence is read by.
func (r *relations) backedInEvents(s sentence, ms, top []mention, idx int) {
	for i, t := range top {
		if r.typeOf(t.Entity) != "Event" {
			continue
		}
		for _, n := range ms {
			if n.End != t.End || n.Start <= t.Start || !schema.IsA(r.typeOf(n.Entity), "Organization") {
				continue
			}
			alt := append(append(slices.Clip(top[:i]), n), top[i+1:]...)
			r.backed(s, alt, i, idx)
			break
		}
	}
}

// exampleWords open the groups named as examples of the ones before:
// "Iran-backed militias such as Kataib Hezbollah", ", including X and Y",
// ", chief among them X".
var exampleWords = [][]string{{"such", "as"}, {"including"}, {"like"}, {"notably"}, {"especially"}, {"chief", "among", "them"}, {"foremost", "among", "them"}, {"among", "them"}}

// backedExamples states that the groups named as examples of the X-backed
// groups ms[i] names are backed by X too: "Iran-backed militias, chief
// among them Kataib Hezbollah", "such as Kataib Hezbollah and Asaib Ahl
// al-Haq". Only groups (no state's body), each right after the one
// before, a comma or "and" between.
func (r *relations) backedExamples(s sentence, ms []mention, i int, backer string, idx int) {
	k, opened := ms[i].To, false
	for _, w := range exampleWords {
		if k+len(w) <= len(s.toks) && keysAt(s.toks, k, w) {
			k, opened = k+len(w), true
			break
		}
	}
	if opened && k < len(s.toks) && s.toks[k].Key == "the" {
		k++ // "among them the Badr Organization"
	}
	for j := i + 1; opened && j < len(ms) && ms[j].From == k && schema.IsA(r.typeOf(ms[j].Entity), "Organization") && !schema.IsA(r.typeOf(ms[j].Entity), "GovernmentBody"); j++ {
		r.add(ms[j].Entity, "backedBy", backer, idx, 0.7)
		k = ms[j].To
		if j+1 < len(ms) && k+1 == ms[j+1].From && s.toks[k].Key == "of" && !s.toks[k].Break && r.typeOf(ms[j+1].Entity) == "Person" {
			k, j = ms[j+1].To, j+1 // "the Badr Organization of Hadi al-Amiri and Asaib Ahl al-Haq"
		}
		if k < len(s.toks) && s.toks[k].Key == "and" {
			k++
		}
		if k < len(s.toks) && s.toks[k].Key == "the" {
			k++
		}
	}
}

// describedBy reports whether the X-backed group m is set off after
// mention d as what d is: "Kataib Hezbollah, an Iranian-backed militia".
func describedBy(s sentence, d, m mention) bool {
	gap := strings.TrimSpace(s.art.Text[d.End:m.Start])
	rest, ok := strings.CutPrefix(gap, ",")
	if !ok {
		return false
	}
	ws := strings.Fields(strings.ToLower(rest))
	return len(ws) == 1 && (ws[0] == "a" || ws[0] == "an" || ws[0] == "the")
}

var (
	months = map[string]time.Month{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
		"july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
	reMonthDay = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`)
	reDayMonth = regexp.MustCompile(`\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b`)
	// reWeekday is a weekday and the word before it, if any: "on Friday",
	// "late Tuesday", and the wire's bare "voted Thursday" (weekdayAt
	// says which of them date).
	reWeekday = regexp.MustCompile(`\b(?:([A-Za-z]+)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
)

// weekdayLeads are the words that open a weekday's date: the match starts
// at them ("on Friday"), as at a bare weekday.
var weekdayLeads = defaultRules.mustList("weekdayLeads")

// notThisWeekday are the words before a weekday that set it in prospect,
// make it a deadline or a name: "next Friday", "by Sunday", "until
// Monday", "Good Friday".
var notThisWeekday = defaultRules.mustList("notThisWeekday")

// weekdayAt reads one reWeekday match (ix its submatch indexes): where the
// date starts and the weekday's bounds, or false for a weekday that dates
// nothing here. A possessive ("Sunday's strikes") is possessiveWeekdays';
// a weekday that opens a written date ("Friday, Jan. 3") is the date's.
func weekdayAt(text string, ix []int) (from, day, dayEnd int, ok bool) {
	from, day, dayEnd = ix[4], ix[4], ix[5]
	if ix[2] >= 0 {
		lead := strings.ToLower(text[ix[2]:ix[3]])
		switch {
		case weekdayLeads[lead]:
			from = ix[0]
		case notThisWeekday[lead]:
			return 0, 0, 0, false
		}
	}
	rest := strings.TrimLeft(text[dayEnd:], ", ")
	if strings.HasPrefix(text[dayEnd:], "'s") || strings.HasPrefix(text[dayEnd:], "’s") || startsMonth(rest) ||
		rest != "" && rest[0] >= '0' && rest[0] <= '9' && startsMonth(strings.TrimLeft(rest, "0123456789 ")) {
		return 0, 0, 0, false
	}
	return from, day, dayEnd, true
}

// startsMonth reports whether text opens with a month's name: "Jan. 3",
// "January".
func startsMonth(text string) bool {
	w, _, _ := strings.Cut(text, " ")
	_, ok := months[strings.ToLower(strings.TrimRight(w, ".,"))]
	return ok
}

// dates gives the one event of a sentence the one date the sentence
// states. Weekdays and dates without a year need the document's date.
func (r *relations) dates(s sentence, ms []mention) {
	var events []mention
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.Entity] && r.typeOf(m.Entity) == "Event" {
			seen[m.Entity] = true
			events = append(events, m)
		}
	}
	if len(events) != 1 {
		return
	}
	found, at := sentenceDates(s.art.Text, r.docDate) // not a dateline's
	if len(found) != 1 {
		return
	}
	// Where clear: the date sits next to the event ("the strike on Friday").
	ev := events[0]
	if at[0] > ev.End+40 || at[0] < ev.Start-40 || isEventVerb(ev.Text) && at[0] < ev.End {
		return // a verb is dated after it ("voted on Sunday"), see dateBeside
	}
	lo, hi := min(at[0], ev.Start), max(at[0], ev.End)
	if strings.ContainsAny(s.art.Text[lo:hi], ",;") || at[0] < ev.Start && (reportsAfter(s.art.Text[at[0]:ev.Start]) || answered(s.art.Text[at[0]:ev.Start])) {
		return // "Iraq on Monday condemned the strikes": when Iraq spoke; "struck on Sunday in response to the attack": when they struck
	}
	r.addValue(ev.Entity, "startDate", quad.TypedString{Value: quad.String(found[0]), Type: quad.IRI(schema.XSD + "date")}, s.art.Index, 0.6)
}

// findDates returns the distinct dates (YYYY-MM-DD) a text states, with the
// byte offset of each.
func findDates(text string, ref time.Time) ([]string, []int) {
	if !statesMonthDay(text) {
		return weekdayDates(text, ref) // no day of a month: the patterns below find nothing
	}
	var out []string
	var offs []int
	pos := 0
	add := func(y, mo, d int) {
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d || y < 1900 || y > 2100 {
			return
		}
		v := t.Format("2006-01-02")
		for _, o := range out {
			if o == v {
				return
			}
		}
		out = append(out, v)
		offs = append(offs, pos)
	}
	year := func(s string, mo int) int {
		if s != "" {
			return atoi(s)
		}
		if ref.IsZero() {
			return 0
		}
		// The most recent such month up to a month after the reference.
		y := ref.Year()
		if mo > int(ref.Month())+1 {
			y--
		}
		return y
	}
	for _, ix := range reMonthDay.FindAllStringSubmatchIndex(text, -1) {
		m := subs(text, ix)
		pos = ix[0]
		mo := int(months[strings.ToLower(strings.TrimSuffix(m[1], "."))])
		if y := year(m[3], mo); y != 0 {
			add(y, mo, atoi(m[2]))
		}
	}
	for _, ix := range reDayMonth.FindAllStringSubmatchIndex(text, -1) {
		m := subs(text, ix)
		pos = ix[0]
		mo := int(months[strings.ToLower(m[2])])
		if y := year(m[3], mo); y != 0 {
			add(y, mo, atoi(m[1]))
		}
	}
	if len(out) == 0 {
		return weekdayDates(text, ref)
	}
	return out, offs
}

// weekdayDates returns the dates of the weekdays a text names ("on
// Friday": the last Friday up to ref), with the byte offset of each.
func weekdayDates(text string, ref time.Time) ([]string, []int) {
	var out []string
	var offs []int
	if ref.IsZero() || !namesWeekday(text) {
		return nil, nil
	}
	for _, ix := range reWeekday.FindAllStringSubmatchIndex(text, -1) {
		from, day, end, ok := weekdayAt(text, ix)
		if !ok {
			continue
		}
		want := weekday(text[day:end])
		t := ref
		for t.Weekday() != want {
			t = t.AddDate(0, 0, -1)
		}
		out = append(out, t.Format("2006-01-02"))
		offs = append(offs, from)
	}
	return out, offs
}

func subs(text string, ix []int) []string {
	out := make([]string, len(ix)/2)
	for i := range out {
		if ix[2*i] >= 0 {
			out[i] = text[ix[2*i]:ix[2*i+1]]
		}
	}
	return out
}

func weekday(s string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if d.String() == s {
			return d
		}
	}
	return time.Sunday
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
		if n > 1e6 {
			return 0
		}
	}
	return n
}

func isAny(t string, types []string) bool {
	for _, w := range types {
		if exact, ok := strings.CutPrefix(w, "="); ok && t == exact || schema.IsA(t, w) {
			return true
		}
	}
	return false
}

func anyPreposition(ts []token) bool {
	for _, t := range ts {
		if prepositions[t.Key] {
			return true
		}
	}
	return false
}
