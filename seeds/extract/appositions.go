package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Roles set off beside a name, read as open relations named by the role
// where no rule said how the two are linked: "Grand Ayatollah Ali
// al-Sistani, Iraq's top Shiite cleric," is al-Sistani "top shiite cleric
// of" Iraq; "Britain's ambassador to Iran, Rob Macaire" is Macaire
// "ambassador of" Britain and "ambassador to" Iran; "X, the Kataib
// Hezbollah founder," is X "founder of" the group; "Soleimani's daughter,
// Zeinab Soleimani" is her "daughter of" him. roleOpen reads the plain
// "Iran's Foreign Minister X".

// kinRoles are the roles one person has towards another.
var kinRoles = defaultRules.mustList("kinRoles")

// roleTarget are the prepositions that name whom a role is towards:
// "ambassador to Iran", "envoy for Syria".
var roleTarget = defaultRules.mustList("roleTarget")

// apposedRoles reads the roles beside names in a sentence; top are its
// outermost mentions, in order, nationality adjectives left out.
func (r *relations) apposedRoles(s sentence, top []mention, idx int) {
	toks := s.toks
	for i, o := range top {
		if !r.canOwnRole(s, o) {
			continue
		}
		limit := len(toks)
		if i+1 < len(top) {
			limit = top[i+1].From
		}
		role, prep, end, ok := rolePhrase(toks, o.To, limit, r.typeOf(o.Entity) == "Person")
		if !ok {
			continue
		}
		var target *mention
		if prep != "" && i+1 < len(top) && end == top[i+1].From {
			target, end = &top[i+1], top[i+1].To
		}
		person, ok := r.roleHolder(s, top, i, end, target)
		if !ok {
			continue
		}
		r.addRole(person, role+" of", o.Entity, idx)
		if target != nil {
			r.addRole(person, role+" "+prep, target.Entity, idx)
		}
	}
}

// canOwnRole reports whether mention o can own a role: a group, body or
// state written as owner ("Iran's", "the Kataib Hezbollah", "U.S."), or
// a person's possessive ("Soleimani's").
func (r *relations) canOwnRole(s sentence, o mention) bool {
	typ := r.typeOf(o.Entity)
	poss := s.toks[o.To-1].Poss // the possessive's apostrophe breaks the next word off
	if !schema.IsA(typ, "Agent") || o.To >= len(s.toks) || s.toks[o.To].Break && !poss {
		return false
	}
	switch {
	case typ == "Person":
		return poss
	case typ == "Country":
		return poss || isAcronym(o.Text)
	}
	return poss || o.From > 0 && s.toks[o.From-1].Key == "the"
}

// rolePhrase reads the role that follows an owner at token from, before
// token limit: up to four words ending in a role noun ("top Shiite
// cleric", "ambassador"), maybe a preposition that names whom the role is
// towards ("ambassador to the"). It returns the role, the preposition (or
// ""), and the token after the phrase.
func rolePhrase(toks []token, from, limit int, ofPerson bool) (role, prep string, end int, ok bool) {
	end = from
	for end < limit && end < from+6 && (end == from || !toks[end].Break) && !clauseWords[toks[end].Key] {
		end++
	}
	words := toks[from:end]
	n := len(words)
	if n > 1 && words[n-1].Key == "the" {
		n--
	}
	if n > 1 && roleTarget[words[n-1].Key] {
		prep = words[n-1].Key
		n--
	} else if n < len(words) {
		return "", "", 0, false // "the" alone ends no role
	}
	if n == 0 || n > 4 || ofPerson && (n > 3 || !kinRoles[words[n-1].Key]) {
		return "", "", 0, false
	}
	last := words[n-1].Key
	if !roleWords[last] && !kinRoles[last] && last != "founder" && !isRoleNoun(last) {
		return "", "", 0, false
	}
	var out []string
	for _, t := range words[:n] {
		if isNumber(t) || determiners[t.Key] || verbLike(t.Key) && !roleWords[t.Key] && t.Key != "founder" {
			return "", "", 0, false
		}
		out = append(out, strings.ToLower(t.Text))
	}
	return strings.Join(out, " "), prep, end, true
}

// roleHolder returns the person a role read at top[i] (ending at token
// end, or at its target) belongs to: the person named next, after at most
// a comma ("Iran's ambassador to the United Nations, Majid Takht
// Ravanchi"), or the person the phrase is set off after ("Ali al-Sistani,
// Iraq's top Shiite cleric,").
func (r *relations) roleHolder(s sentence, top []mention, i, end int, target *mention) (string, bool) {
	toks := s.toks
	next := i + 1
	if target != nil {
		next = i + 2
	}
	// A person's own people need no comma: "Soleimani's daughter Zeinab
	// Soleimani", "Nasrallah's deputy Naim Qassem".
	kin := r.typeOf(top[i].Entity) == "Person" && target == nil
	if next < len(top) && r.typeOf(top[next].Entity) == "Person" && top[next].From == end && end < len(toks) && (toks[end].Break || kin) && toks[end-1].Key != "and" {
		return top[next].Entity, true
	}
	// The phrase set off after the person: its first word follows a
	// comma, and a comma, the sentence's end or "who" closes it.
	first := top[i].From
	if first > 0 && toks[first-1].Key == "the" {
		first--
	}
	closed := end >= len(toks) || toks[end].Break || toks[end].Key == "who"
	if i == 0 || !closed || first == 0 || !toks[first].Break || top[i-1].To != first || r.typeOf(top[i-1].Entity) != "Person" {
		return "", false
	}
	return top[i-1].Entity, true
}

// addRole states person -role-> owner as an open relation unless the
// sentence links them already.
func (r *relations) addRole(person, role, owner string, idx int) {
	if rule := r.stateRole(person, role, owner, idx, 0.5, "apposed-role"); rule != "" {
		r.byRule(rule)
	}
}

// afterPreposition reports whether the name at token from stands after a
// preposition, so that the part set off at token end is no description
// of it: "the mission in Iraq, led by". After a preposition and an
// article only a part that opens with an article may still be one ("put
// forward by the Fatah bloc, the alliance of"); "who was in the
// Caribbean, spoke with" goes on with the clause's own verb.
func afterPreposition(toks []token, from, end int) bool {
	p := from - 1
	if p > 0 && (toks[p].Key == "the" || toks[p].Key == "a") && !toks[p].Break {
		if !prepositions[toks[p-1].Key] || toks[p-1].Key == "and" {
			return false
		}
		return !determiners[toks[end].Key]
	}
	return p >= 0 && prepositions[toks[p].Key] && toks[p].Key != "and"
}

// maxDescWords bounds the description set off after a name.
const maxDescWords = 7

// apposedPhrases reads a description set off after a name that ends in a
// preposition before another name: "Kataib Hezbollah, the Iraqi militia
// founded by al-Muhandis," is the group "founded by" him; "X, a student
// from Basra" is X "student from" Basra; "X and Y, two militias close to
// Tehran" are both "close to" Tehran; "Balad, north of Baghdad" is
// "north of" it. The label is the participle and what follows it, or the
// last word and the preposition. top are the sentence's outermost
// mentions, nationality adjectives left out.
func (r *relations) apposedPhrases(s sentence, top, ms []mention, idx int) {
	toks := s.toks
	for i := 0; i+1 < len(top); i++ {
		a, b := r.describedName(s, top[i], ms), top[i+1]
		end := r.headEnd(s, a, b.From) // "Houthi rebels, backed by Iran"
		// "a base at Balad, north of Baghdad": a direction places the
		// place, whatever stands before it.
		bearing := end < len(toks) && directions[toks[end].Key] && isAny(r.typeOf(a.Entity), placeTypes)
		// "Balad air base north of Baghdad" bears so without a comma too.
		bare := bearing && end == a.To && end+1 < b.From && toks[end+1].Key == "of"
		inner := a.Entity != top[i].Entity                                  // the name inside an event's
		described := r.typeOf(a.Entity) == "Person" && isDet(toks[end].Key) // "by X, a son of Y": X's description
		if b.From <= end || !toks[end].Break && !bare || toks[a.To-1].Poss || afterPreposition(toks, a.From, end) && !bearing && !inner && !described || r.demonym(a) {
			continue // not set off after a name of its own: "the mission in Iraq, led by"
		}
		desc := toks[end:max(end, titledFrom(toks, b))] // "a son of Grand Ayatollah X"
		label, plural, ok := descriptionLink(desc)
		if !ok || !bare && strings.TrimSpace(s.art.Text[toks[end-1].End:toks[end].Start]) != "," {
			continue
		}
		if modifiesNext(toks, b) {
			continue // "the leader of the Iran-backed X": Iran only qualifies X
		}
		obj := b
		if toks[b.To-1].Poss { // "trained by Iran's Revolutionary Guards"
			if i+2 >= len(top) || top[i+2].From != b.To {
				r.ownedDescription(toks, a, b, label, idx) // "the head of Iran's emergency services"
				continue
			}
			obj = top[i+2]
		}
		if p, ok := r.typedDescription(a, obj, desc, idx); ok {
			if plural {
				r.shareWithConjuncts(s, top, i, p, obj.Entity)
			}
			continue // "X, a negotiator for Y": the lexicon's
		}
		if r.said[[3]string{a.Entity, obj.Entity, itoa(idx)}] {
			continue
		}
		p, ok := schema.OpenRelation(label)
		if !ok || !r.addPredicate(a.Entity, p, obj.Entity, idx, 0.45) {
			continue
		}
		r.byRule("apposed-phrase")
		if plural {
			r.shareWithConjuncts(s, top, i, p, obj.Entity)
		}
	}
}

// describedName returns the name a description set off after mention
// m describes: m, or the agent an event's name ends in when the
// description is a role ("the killing of Qassem Soleimani, the commander
// of the Quds Force": Soleimani commanded it, not the killing). ms are
// the sentence's mentions, nested ones included.
func (r *relations) describedName(s sentence, m mention, ms []mention) mention {
	if r.typeOf(m.Entity) != "Event" || m.To+1 >= len(s.toks) || !s.toks[m.To].Break || !isDet(s.toks[m.To].Key) {
		return m
	}
	for _, n := range ms {
		if n.To == m.To && n.From > m.From && schema.IsA(r.typeOf(n.Entity), "Agent") {
			return n
		}
	}
	return m
}

// groupHeads are the nouns a group's name may stand before as their
// modifier: "Houthi rebels", "the Kataib Hezbollah militia".
var groupHeads = defaultRules.mustList("groupHeads")

// distanceUnits measure how far one place lies from another.
var distanceUnits = defaultRules.mustList("distanceUnits")

// bearings reads where a place lies from another ("Balad air base north
// of Baghdad", "Camp Taji, 30 km north of the capital"): outside it, so no
// rule reads it as locatedIn; the bearing is the open relation, as
// apposedPhrases keeps it. top are the mentions the sentence's rules
// read, which hold what apposedPhrases does not see: a reference ("the
// capital") and a distance ("30 km north of").
func (r *relations) bearings(s sentence, top []mention, idx int) {
	toks := s.toks
	for i := 0; i+1 < len(top); i++ {
		a, b := top[i], top[i+1]
		if a.To >= b.From || !isAny(r.typeOf(a.Entity), placeTypes) || !isAny(r.typeOf(b.Entity), placeTypes) {
			continue
		}
		if gap := strings.TrimSpace(s.art.Text[toks[a.To-1].End:toks[a.To].Start]); gap != "" && gap != "," || toks[a.To-1].Poss {
			continue
		}
		if label := bearingWords(toks[a.To:b.From]); label != "" {
			p, ok := schema.OpenRelation(label)
			if ok && r.addPredicate(a.Entity, p, b.Entity, idx, 0.45) {
				r.byRule("bearing")
			}
		}
	}
}

// bearingWords is the bearing the words between two places state ("north
// of", "30 km south of the": north of, south of), or "".
func bearingWords(toks []token) string {
	if n := len(toks); n > 0 && toks[n-1].Key == "the" {
		toks = toks[:n-1]
	}
	if len(toks) == 4 && isNumber(toks[0]) && distanceUnits[toks[1].Key] {
		toks = toks[2:]
	}
	if len(toks) != 2 || !directions[toks[0].Key] || toks[1].Key != "of" {
		return ""
	}
	return toks[0].Key + " of"
}

// headEnd returns the token after a group's name and the head noun it
// qualifies ("the Kataib Hezbollah militia"), before token limit: the
// phrase a description set off after it describes.
func (r *relations) headEnd(s sentence, m mention, limit int) int {
	typ := r.typeOf(m.Entity)
	if m.To >= limit || typ == "Person" || typ == "Country" || !schema.IsA(typ, "Agent") {
		return m.To
	}
	if t := s.toks[m.To]; groupHeads[t.Key] && !t.Break && !t.Cap {
		return m.To + 1
	}
	return m.To
}

// descriptionLink returns the link a description makes to the name that
// follows it ("the Iraqi militia founded by": founded by; "a student
// from": student from), and whether it speaks of several ("two militias
// close to"). It has one comma (its start), no verb but a participle, and
// one preposition, its last word.
func descriptionLink(toks []token) (string, bool, bool) {
	n := len(toks)
	if n > 1 && toks[n-1].Key == "the" {
		n--
	}
	if n < 2 || n > maxDescWords || !prepositions[toks[n-1].Key] || adjunctWords[toks[n-1].Key] {
		return "", false, false
	}
	plural := numberWords[toks[0].Key] && toks[0].Key != "one" || toks[0].Key == "both"
	start := 0
	if determiners[toks[0].Key] || numberWords[toks[0].Key] {
		start = 1
	}
	from := n - 2 // the last word before the preposition
	part := firstParticiple(toks[:n-1])
	for k := start; k < n-1; k++ {
		t := toks[k]
		// "a coalition of parties aligned with": the description's own
		// "of" before its participle.
		if t.Key == "of" && k > start && k+1 < part {
			continue
		}
		if k > 0 && t.Break || prepositions[t.Key] && (t.Key != "and" || k == 0) || reportingVerbs[t.Key] || clauseWords[t.Key] || negations[t.Key] || modals[t.Key] || auxWords[t.Key] || pronouns[t.Key] || t.Key == "according" || t.Key == "including" {
			return "", false, false
		}
		participle := isParticiple(t)
		if verbLike(t.Key) && !participle && k < n-2 { // "close to" may end it
			return "", false, false // "X, met leaders in": the clause goes on
		}
		if participle && from == n-2 {
			from = k // "founded by", "armed and trained by", "working for"
		}
	}
	// Right after the comma, a verb in -ed is the subject's own unless a
	// by-phrase makes it passive ("X, founded by Y", not "X, visited Y in").
	if from < start || from == 0 && strings.HasSuffix(toks[0].Key, "ed") && toks[n-1].Key != "by" {
		return "", false, false
	}
	var words []string
	for _, t := range toks[from:n] {
		words = append(words, strings.ToLower(t.Text))
	}
	return strings.Join(words, " "), plural, true
}

// isParticiple reports whether a word may be a participle: "founded",
// "working".
func isParticiple(t token) bool {
	return (strings.HasSuffix(t.Key, "ed") || strings.HasSuffix(t.Key, "ing")) && len(t.Key) > 4 && !t.Cap
}

// firstParticiple returns the index of the first participle of toks, or
// len(toks).
func firstParticiple(toks []token) int {
	for k, t := range toks {
		if isParticiple(t) {
			return k
		}
	}
	return len(toks)
}

// possessivePronouns stand for a name before them in the sentence.
var possessivePronouns = map[string]bool{"his": true, "her": true, "its": false, "their": false} // true: a person's

// pronounOwned reads what a possessive pronoun's owner has: "Khazali and
// his brother Laith al-Khazali" (Laith "brother of" Khazali), "the death
// of its founder, al-Muhandis" (al-Muhandis "founder of" the group), "a
// statement from his office in Najaf" (the speaker "office in" Najaf),
// "his Mar-a-Lago resort" (Mar-a-Lago "resort of" him). The owner is the
// nearest name before of the pronoun's kind (a person for "his"), or the
// first after it when the sentence opens with the pronoun's phrase ("In a
// sermon by his representative in Karbala, Sistani urged").
func (r *relations) pronounOwned(s sentence, top []mention, idx int) {
	toks := s.toks
	for k, t := range toks {
		person, ok := possessivePronouns[t.Key]
		if !ok || k+2 >= len(toks) {
			continue
		}
		owner, ok := r.pronounOwner(s, top, k, person)
		if !ok {
			continue
		}
		for _, m := range top {
			if m.From < k+1 || m.From > k+4 || m.Entity == owner || r.said[[3]string{owner, m.Entity, itoa(idx)}] {
				continue
			}
			label, subj, obj, ok := ownedLink(toks, k+1, m, owner)
			if !ok {
				continue
			}
			if rule := r.stateRole(subj, label, obj, idx, 0.45, "pronoun-owned"); rule != "" {
				r.byRule(rule)
			}
		}
	}
}

// pronounOwner returns the entity a possessive pronoun at token k stands
// for: a person, or a group, body or state, that is a clause's actor,
// a subject before any other (ownerBefore); else the first such after it.
func (r *relations) pronounOwner(s sentence, top []mention, k int, person bool) (string, bool) {
	if id, ok := r.ownerBefore(s, top, k, person); ok {
		return id, true
	}
	for _, m := range top {
		if m.From > k && r.canOwn(s, m, person) {
			return m.Entity, true
		}
	}
	return "", false
}

// ownerBefore returns the entity a possessive pronoun at token k stands
// for among the mentions before it, the most salient (mostSalient):
// "Kataib Hezbollah is part of the Popular Mobilization Forces, ...
// militias that fought the Islamic State, and its founder": the
// subject's.
func (r *relations) ownerBefore(s sentence, top []mention, k int, person bool) (string, bool) {
	subjects := r.clauseSubjects(s, top)
	var here []antecedent
	for _, m := range top {
		if m.To <= k && r.canOwn(s, m, person) {
			here = append(here, antecedent{ID: m.Entity, Subject: subjects[m.Start]})
		}
	}
	return mostSalient(here, nil, r.g, anyEntity)
}

// canOwn reports whether m may be what a possessive pronoun stands for:
// a person for "his" and "her" (person), else a group, body or state,
// named as an actor.
func (r *relations) canOwn(s sentence, m mention, person bool) bool {
	toks := s.toks
	typ := r.typeOf(m.Entity)
	if person != (typ == "Person") || !schema.IsA(typ, "Agent") || r.demonym(m) {
		return false
	}
	// Not the object of a preposition or a participle ("the coalition
	// fighting Islamic State paused its"), nor a noun's modifier ("U.S.
	// assets").
	if b := before(toks, m); b >= 0 && (prepositions[toks[b].Key] || qualifies(toks[b].Text)) && !toks[m.From].Break {
		return false
	}
	return person || m.To >= len(toks) || toks[m.To].Break || toks[m.To].Cap || !plainNoun(toks[m.To])
}

// ownedLink reads the words from token from (after the pronoun) to the
// mention m: "brother" before a person (m is the owner's brother), "office
// in" before a place (the owner's office is there), or m itself followed
// by one noun ("Mar-a-Lago resort": m is the owner's resort). It returns
// the label, subject and object.
func ownedLink(toks []token, from int, m mention, owner string) (string, string, string, bool) {
	if m.From == from { // "his Mar-a-Lago resort"
		if m.To >= len(toks) || !plainNoun(toks[m.To]) || m.To+1 < len(toks) && !toks[m.To+1].Break && !prepositions[toks[m.To+1].Key] {
			return "", "", "", false
		}
		return strings.ToLower(toks[m.To].Text) + " of", m.Entity, owner, true
	}
	words := toks[from:max(from, titledFrom(toks, m))] // ", al-Muhandis": the comma is m's; "Sheikh X": the title is his
	var nouns []string
	for i, t := range words {
		if i > 0 && t.Break {
			return "", "", "", false
		}
		if i == len(words)-1 && (t.Key == "in" || t.Key == "at" || t.Key == "of") && len(nouns) > 0 {
			if t.Key == "of" { // "his hometown of Kerman": Kerman is it
				return strings.Join(nouns, " ") + " of", m.Entity, owner, true
			}
			return strings.Join(nouns, " ") + " " + t.Key, owner, m.Entity, true
		}
		if !plainNoun(t) {
			return "", "", "", false
		}
		nouns = append(nouns, strings.ToLower(t.Text))
	}
	// "his brother Laith al-Khazali", "its founder, Abu Mahdi al-Muhandis"
	if last := words[len(words)-1].Key; len(nouns) == 0 || len(nouns) > 2 || !roleWords[last] && !kinRoles[last] && last != "founder" && !isRoleNoun(last) {
		return "", "", "", false
	}
	return strings.Join(nouns, " ") + " of", m.Entity, owner, true
}

// plainNoun reports whether a word may be a lower-case noun of a role or
// a thing owned: no name, number, verb, preposition, particle or article
// ("its soldiers out of Iraq" owns no "soldiers out").
func plainNoun(t token) bool {
	return !t.Cap && !isNumber(t) && !verbLike(t.Key) && !prepositions[t.Key] && !particles[t.Key] && !determiners[t.Key] && !negations[t.Key] && !modals[t.Key] && !auxWords[t.Key]
}

// thingPlaces are the prepositions that place what a name owns: "Kataib
// Hezbollah facilities in Iraq", "U.S. troops at Ain al-Asad"; directions
// may stand before the place ("in western Iraq").
var (
	thingPlaces = defaultRules.mustList("thingPlaces")
	directions  = defaultRules.mustList("directions")
)

// ownersThings reads what a name owns placed somewhere: "five Kataib
// Hezbollah facilities in Iraq and Syria" is the group "facilities in"
// Iraq and Syria; "American forces in Iraq" is the United States "forces
// in" Iraq. The owner is a group, body or state (its adjective too), then
// one or two lower-case nouns, the preposition, maybe "the" and a
// direction, and the place.
func (r *relations) ownersThings(s sentence, top []mention, idx int) {
	toks := s.toks
	for i := 0; i+1 < len(top); i++ {
		o, b := top[i], top[i+1]
		typ := r.typeOf(o.Entity)
		if typ == "Person" || !schema.IsA(typ, "Agent") || !isAny(r.typeOf(b.Entity), placeTypes) || b.From-o.To < 2 || b.From-o.To > 5 {
			continue
		}
		k := o.To
		var nouns []string
		for k < b.From && len(nouns) < 3 && plainNoun(toks[k]) && !thingPlaces[toks[k].Key] && (k == o.To && (toks[k].Break == toks[o.To-1].Poss) || !toks[k].Break) {
			nouns = append(nouns, strings.ToLower(toks[k].Text))
			k++
		}
		// "an Iranian general in Baghdad" is a person there, not a thing
		// the state keeps there.
		if len(nouns) == 0 || len(nouns) > 2 || k >= b.From || !thingPlaces[toks[k].Key] || toks[k].Break || roleWords[nouns[len(nouns)-1]] {
			continue
		}
		prep := toks[k].Key
		for k++; k < b.From && (toks[k].Key == "the" || directions[toks[k].Key]) && !toks[k].Break; k++ {
		}
		if k != b.From || r.said[[3]string{o.Entity, b.Entity, itoa(idx)}] {
			continue
		}
		p, ok := schema.OpenRelation(strings.Join(nouns, " ") + " " + prep)
		if ok && r.addPredicate(o.Entity, p, b.Entity, idx, 0.45) {
			r.byRule("owners-things")
			r.shareWithObjects(s, top, i+1, o.Entity, p)
		}
	}
}

// relativeWords open a relative clause, with whether its antecedent is
// a person.
var relativeWords = map[string]bool{"who": true, "that": false, "which": false}

// describedWho reads a relative clause that closes a description set off
// after a name, or follows the name's comma: in "Abu Mahdi al-Muhandis,
// the Kataib Hezbollah founder who served as deputy chief of the PMF"
// al-Muhandis "served as deputy chief of" the PMF; in "Hamas, the group
// that rules Gaza," Hamas "rules" Gaza; in "the coalition, which has
// fought the Houthis" the coalition "fought" them. top are the sentence's
// outermost mentions.
func (r *relations) describedWho(s sentence, top []mention, idx int) {
	toks := s.toks
	for j := 1; j < len(top); j++ {
		b := top[j]
		if modifiesNext(toks, b) {
			continue // "who heads the Iran-backed X": Iran only qualifies X
		}
		w := b.From - 1
		for w > top[j-1].To && !isRelative(toks[w]) && !toks[w].Break {
			w--
		}
		if !isRelative(toks[w]) || toks[w].Break && w != top[j-1].To {
			continue
		}
		c := w // back to the comma the description opens with
		for c > 0 && !toks[c].Break {
			c--
		}
		if !commaBefore(s, c) {
			continue // "Iran's leader vowed revenge for the U.S. strike that killed X": no description set off
		}
		var head *mention
		for k := range top[:j] {
			if r.headEnd(s, top[k], c) == c && r.relativeFits(top[k], relativeWords[toks[w].Key]) {
				head = &top[k]
				if k > 0 && r.placedIn(s, top[k-1], top[k]) && r.relativeFits(top[k-1], relativeWords[toks[w].Key]) {
					head = &top[k-1]
				}
			}
		}
		if head == nil || r.said[[3]string{head.Entity, b.Entity, itoa(idx)}] {
			continue
		}
		if r.verbOrOpen(*head, b, withoutSpeaker(toks, w+1, b.From, s.art.Text), idx) {
			r.byRule("described-who")
		}
	}
}

// placedIn reports whether place only says where the name before it is,
// right after its head and "in": in "the Houthi movement in Yemen, which
// controls Sanaa" the clause speaks of the movement, not of Yemen.
func (r *relations) placedIn(s sentence, named, place mention) bool {
	at := place.From - 1
	return at > 0 && s.toks[at].Key == "in" && !s.toks[at].Break && r.headEnd(s, named, at) == at &&
		schema.IsA(r.typeOf(place.Entity), "Place") && !schema.IsA(r.typeOf(named.Entity), "Place")
}

// withoutSpeaker returns the text of tokens from to end (of text), a
// speaker that opens them left out: "which he said was backed by" reads
// "was backed by", "who officials say had planned" "had planned". The
// speaker is a pronoun or a lower-case noun, its verb a reporting verb
// the clause goes on after.
func withoutSpeaker(toks []token, from, end int, text string) string {
	if k := from + 1; k+1 < end && (pronouns[toks[from].Key] || plainNoun(toks[from])) && !toks[from].Cap && reportingVerbs[toks[k].Key] && !toks[k+1].Break && toks[k+1].Key != "that" {
		from = k + 1
	}
	return text[toks[from].Start:toks[end].Start]
}

// isRelative reports whether a word opens a relative clause.
func isRelative(t token) bool {
	_, ok := relativeWords[t.Key]
	return ok
}

// relativeFits reports whether a name may be what a relative clause
// speaks of: an actor for "who", one that is no person for "that" and
// "which".
func (r *relations) relativeFits(m mention, person bool) bool {
	typ := r.typeOf(m.Entity)
	return (person || typ != "Person") && schema.IsA(typ, "Agent") && !r.demonym(m) // "the Houthis, who"
}

// relativeObjectClause reads a relative clause set off after a name
// whose subject is another name and whose object is the first: in "the
// Revolutionary Guards, which Washington designated a terrorist
// organization in April," Washington "designated" the Guards. The
// clause's verb is the first word after its subject (auxiliaries and
// adverbs aside). top are the sentence's outermost mentions, nationality
// adjectives left out.
func (r *relations) relativeObjectClause(s sentence, top []mention, idx int) {
	toks := s.toks
	for j := 1; j < len(top); j++ {
		a, b := top[j-1], top[j]
		w := b.From - 1
		if w > 0 && toks[w].Key == "the" && !toks[w].Break {
			w--
		}
		if w != a.To || !toks[w].Break || s.art.Text[a.End:toks[w].Start] != ", " || toks[w].Key != "which" && toks[w].Key != "whom" {
			continue
		}
		v := skipAdverbs(toks, b.To)
		for v < len(toks) && auxWords[toks[v].Key] && !modals[toks[v].Key] && !toks[v].Break {
			v++
		}
		if v >= len(toks) || toks[v].Break || toks[v].Cap || !verbLike(toks[v].Key) || clauseVerbs[toks[v].Key] || negatedBefore(toks, v) || !r.actor(b) || r.said[[3]string{b.Entity, a.Entity, itoa(idx)}] {
			continue
		}
		if r.verbOrOpen(b, a, " "+toks[v].Text+" ", idx) {
			r.byRule("relative-object")
		}
	}
}

// describedObject reads a relative clause whose object is the name a
// description follows: in "Kataib Hezbollah, the group Muhandis founded,"
// Muhandis "founded" the group. The description is an article and one or
// two nouns, the clause a name and one verb that ends it.
func (r *relations) describedObject(s sentence, top []mention, idx int) {
	toks := s.toks
	for j := 1; j < len(top); j++ {
		a, b := top[j-1], top[j]
		end := r.headEnd(s, a, b.From)
		v := b.To
		if v+1 > len(toks) || v >= len(toks) || b.From-end < 2 || b.From-end > 3 || !toks[end].Break || !isDet(toks[end].Key) || !schema.IsA(r.typeOf(b.Entity), "Agent") {
			continue
		}
		if !plainNoun(toks[b.From-1]) || b.From-end == 3 && !plainNoun(toks[end+1]) || toks[v].Break || reportingVerbs[toks[v].Key] || clauseVerbs[toks[v].Key] {
			continue
		}
		if !verbLike(toks[v].Key) || v+1 < len(toks) && !toks[v+1].Break || r.said[[3]string{b.Entity, a.Entity, itoa(idx)}] {
			continue // the clause goes on: "the group Muhandis founded in 2003"
		}
		if r.verbOrOpen(b, a, toks[v].Text, idx) {
			r.byRule("described-object")
		}
	}
}

// mutualNouns name what two sides do with each other: "talks between Iran
// and the European Union" are Iran's "talks with" the Union.
var mutualNouns = set("talks", "negotiations", "meeting", "meetings", "summit", "clashes", "fighting", "war", "conflict", "dispute", "rivalry",
	"ties", "relations", "contacts", "deal", "agreement", "accord", "truce", "ceasefire", "exchange", "exchanges", "alliance", "cooperation", "rift")

// mutualLinks reads "<noun> between X and Y": X and Y are linked by the
// noun ("talks with", "clashes with"). top are the sentence's outermost
// mentions, nationality adjectives left out.
func (r *relations) mutualLinks(s sentence, top []mention, idx int) {
	toks := s.toks
	for i := 0; i+1 < len(top); i++ {
		a, b := top[i], top[i+1]
		k := a.From - 1
		if k > 0 && toks[k].Key == "the" && !toks[k].Break {
			k--
		}
		if k < 1 || toks[k].Key != "between" || toks[k].Break || !mutualNouns[toks[k-1].Key] || !joinsObjects(tokenize(s.art.Text[a.End:b.Start])) {
			continue
		}
		if !schema.IsA(r.typeOf(a.Entity), "Agent") || !schema.IsA(r.typeOf(b.Entity), "Agent") || r.said[[3]string{a.Entity, b.Entity, itoa(idx)}] {
			continue
		}
		if p, ok := schema.OpenRelation(toks[k-1].Key + " with"); ok && r.addPredicate(a.Entity, p, b.Entity, idx, 0.45) {
			r.byRule("mutual")
		}
	}
}

// ownedActs are the prepositions that take what an owner's act is
// towards: "Macron's talks with Rouhani", "Iran's support for Hezbollah",
// "the Union's sanctions on Iran", "Saudi Arabia's war against the
// Houthis".
var ownedActs = defaultRules.mustList("ownedActs")

// ownersActs reads an owner's act named by a noun and what it is towards:
// in "Iran's support for Hezbollah" Iran is linked to Hezbollah by
// "support for"; in "Trump's decision to kill Soleimani" by "decision to
// kill". The nouns are one or two lower-case words that name no role (a
// role's owner is read as such: "Israel's ambassador to the United
// Nations"). top are the sentence's outermost mentions, nationality
// adjectives left out.
func (r *relations) ownersActs(s sentence, top []mention, idx int) {
	toks := s.toks
	for i := 0; i+1 < len(top); i++ {
		o, b := top[i], top[i+1]
		if !toks[o.To-1].Poss || !schema.IsA(r.typeOf(o.Entity), "Agent") || r.demonym(o) || r.typeOf(b.Entity) == "Event" || b.From-o.To < 2 || b.From-o.To > 5 {
			continue
		}
		words, k := []string{}, o.To
		for k < b.From && len(words) < 3 && objectWord(toks[k]) && !ownedActs[toks[k].Key] && (k == o.To || !toks[k].Break) {
			if roleWords[toks[k].Key] || kinRoles[toks[k].Key] || personTitles[toks[k].Key] {
				words = nil
				break
			}
			words = append(words, strings.ToLower(toks[k].Text))
			k++
		}
		if len(words) == 0 || len(words) > 2 || k >= b.From || toks[k].Break {
			continue
		}
		switch {
		case ownedActs[toks[k].Key]:
			words = append(words, toks[k].Key)
			k++
		case toks[k].Key == "to" && k+1 < b.From && !toks[k+1].Cap && !toks[k+1].Break && (verbLike(toks[k+1].Key) || plainNoun(toks[k+1])):
			words = append(words, "to", toks[k+1].Key) // "decision to kill"
			k += 2
		default:
			continue
		}
		if k < b.From && (toks[k].Key == "the" || toks[k].Key == "a") && !toks[k].Break {
			k++
		}
		if k != b.From || r.said[[3]string{o.Entity, b.Entity, itoa(idx)}] {
			continue
		}
		if p, ok := schema.OpenRelation(strings.Join(words, " ")); ok && r.addPredicate(o.Entity, p, b.Entity, idx, 0.45) {
			r.byRule("owners-acts")
		}
	}
}

// ownersSubjects reads a clause whose subject is what a name owns: in
// "Soleimani's body was flown to Ahvaz" Soleimani is linked to Ahvaz by
// "body was flown to"; in "Iraq's government asked the United States",
// Iraq to the United States by "government asked". The owner is any
// agent written with its possessive (no people's adjective), the owned
// one or two lower-case nouns that name no role (a role's owner and
// holder are read as such: "Iran's foreign minister, X,"), then the verb
// phrase an open relation takes (verbPhrase), up to the next name. A verb
// the lexicon types is left to its rules, which read through the
// possessive ("Kataib Hezbollah's fighters attacked the embassy").
func (r *relations) ownersSubjects(s sentence, top []mention, idx int) {
	toks := s.toks
	for i := 0; i+1 < len(top); i++ {
		o, b := top[i], top[i+1]
		if !toks[o.To-1].Poss || !schema.IsA(r.typeOf(o.Entity), "Agent") || r.demonym(o) || r.demonym(b) || b.From-o.To < 2 {
			continue
		}
		var nouns []string
		k := o.To
		for ; k < b.From && len(nouns) < 3 && plainNoun(toks[k]) && !pronouns[toks[k].Key] && (k == o.To || !toks[k].Break); k++ {
			nouns = append(nouns, strings.ToLower(toks[k].Text))
		}
		if len(nouns) == 0 || len(nouns) > 2 || k >= b.From || toks[k].Break || ownedActs[toks[k].Key] || thingPlaces[toks[k].Key] {
			continue
		}
		// "Soleimani's killing angered Iraq": an event's noun is the
		// event's, whose readers link it; "Iraq's parliament voted" names
		// the state's body, which acts itself.
		if last := nouns[len(nouns)-1]; roleWords[last] || kinRoles[last] || personTitles[last] || eventNouns[last] != "" || nounTypes[last] == "GovernmentBody" {
			continue
		}
		between := s.art.Text[toks[k].Start:b.Start]
		phrase, ok := verbPhrase(between, withoutAdverbs(withoutTimes(tokenize(between))), r.typeOf(b.Entity) == "Event")
		if !ok || r.said[[3]string{o.Entity, b.Entity, itoa(idx)}] {
			continue
		}
		if p, ok := schema.OpenRelation(strings.Join(nouns, " ") + " " + phrase); ok && r.addPredicate(o.Entity, p, b.Entity, idx, 0.45) {
			r.byRule("owners-subjects")
		}
	}
}
