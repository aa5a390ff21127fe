package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Relations a sentence states by how it places names rather than by the
// words between two of them: a state named at the start of a body's name
// ("Iraq's parliament", "the Iranian Foreign Ministry"), and the place a
// sentence opens with ("In Beirut, Hezbollah chief Hassan Nasrallah said").

// stateParts reads a mention whose name opens with a state's possessive
// or demonym: a state's force or office is part of it, an armed group is
// based there. "U.S.-led coalition" and "Ukraine International Airlines"
// name no such part.
func (r *relations) stateParts(s sentence, ms []mention) {
	for _, m := range ms {
		t := r.typeOf(m.Entity)
		if !isAny(t, []string{"Organization"}) {
			continue
		}
		if n, ok := r.leadingName(s, ms, m); ok {
			r.bodyOfBody(s, m, n, t)
		}
		for _, n := range ms {
			if n.From != m.From || n.To >= m.To || s.toks[n.To].Hyph {
				continue
			}
			if r.bodyOfBody(s, m, n, t) {
				continue
			}
			if r.typeOf(n.Entity) != "Country" {
				continue
			}
			// "Iraqi security forces" is a description, not a body's name.
			poss := s.toks[n.To-1].Poss
			if !poss && !(r.demonym(n) && s.toks[n.To].Cap && (t == "GovernmentBody" || t == "MilitaryUnit")) {
				continue
			}
			pred := "partOf"
			if t == "ArmedGroup" {
				pred = "locatedIn"
			}
			if r.add(m.Entity, pred, n.Entity, s.art.Index, 0.65) {
				r.byRule("state-part")
			}
		}
	}
}

// bodyOfBody reads a body named after the body it belongs to: "the UN
// Security Council", "the IRGC Aerospace Force". n is the mention the name
// of m opens with; it reports whether n is such an owner.
func (r *relations) bodyOfBody(s sentence, m, n mention, typ string) bool {
	owner := r.typeOf(n.Entity)
	if !isAny(owner, []string{"Organization"}) || owner == "MediaOutlet" || s.toks[n.To-1].Poss || !s.toks[n.To].Cap {
		return false
	}
	if typ == "GovernmentBody" || typ == "MilitaryUnit" || typ == owner {
		if r.add(m.Entity, "partOf", n.Entity, s.art.Index, 0.6) {
			r.byRule("body-part")
		}
	}
	return true
}

// leadingName returns, as a mention, the entity the first word of m's name
// names ("UN" in "UN Security Council") when no mention of its own covers
// the word.
func (r *relations) leadingName(s sentence, ms []mention, m mention) (mention, bool) {
	if m.To-m.From < 2 {
		return mention{}, false
	}
	for _, n := range ms {
		if n.From == m.From && n.To < m.To {
			return mention{}, false
		}
	}
	first := s.toks[m.From]
	e, ok := r.g.Match(first.Text)
	if !ok || e.ID == m.Entity {
		return mention{}, false
	}
	return mention{From: m.From, To: m.From + 1, Start: first.Start, End: first.End, Entity: e.ID}, true
}

// clauseWords open a clause of its own: "In Kerman, where Soleimani was
// buried, mourners chanted".
var clauseWords = defaultRules.mustList("clauseWords")

// openingPlace reads a sentence that opens with "In Z," or "At Z,": the
// first person named in the clause after it, before any verb, was there
// ("In Beirut, Hezbollah chief Hassan Nasrallah told supporters").
func (r *relations) openingPlace(s sentence, top []mention) {
	if len(top) < 2 || top[0].From != 1 || !(s.toks[0].Key == "in" || s.toks[0].Key == "at") || !isAny(r.typeOf(top[0].Entity), []string{"Place", "Country"}) {
		return
	}
	if !strings.HasPrefix(strings.TrimSpace(s.art.Text[top[0].End:]), ",") {
		return
	}
	for _, m := range top[1:] {
		for k := top[0].To; k < m.From; k++ {
			if t := s.toks[k]; !t.Cap && verbLike(t.Key) || reportingVerbs[t.Key] || clauseWords[t.Key] {
				return // "In Baghdad, protesters attacked X": X was not there by this
			}
		}
		if r.typeOf(m.Entity) == "Person" && !ownerOfRole(s.toks, m) {
			if r.add(m.Entity, "presentAt", top[0].Entity, s.art.Index, 0.6) {
				r.byRule("opening-place")
			}
			return
		}
	}
}

// ownerOfRole reports whether a person is named as the one whose
// representative, aide or envoy the clause's subject is: "In Karbala, a
// representative of Mr. Sistani, Ahmed al-Safi, told worshipers" places
// al-Safi, whose name follows, not Sistani; "an aide to Sadr said" no
// one.
func ownerOfRole(toks []token, m mention) bool {
	k := m.From - 1
	for k >= 0 && (personTitles[toks[k].Key] || titleModifiers[toks[k].Key]) && !toks[k].Break {
		k--
	}
	return k >= 1 && (toks[k].Key == "of" || toks[k].Key == "to" || toks[k].Key == "for") && (roleWords[toks[k-1].Key] || representativeWords[toks[k-1].Key])
}

// representativeWords are the roles that speak for someone elsewhere.
var representativeWords = defaultRules.mustList("representativeWords")

// blames reads what a sentence's speakers say of someone: "McKenzie told
// the committee that Kataib Hezbollah was responsible", "Trump said
// Soleimani had been plotting attacks": the speaker accuses them. A
// denial ("was not responsible") says nothing here, nor does a speaker
// who rejects the charge ("Mousavi rejected the U.S. charge that
// Iran-backed groups were behind the attack": the United States, whose
// charge it is, accuses them; Mousavi does not).
func (r *relations) blames(s sentence, top []mention, speakers []string) {
	if len(speakers) == 0 {
		return
	}
	for _, m := range top {
		if !blamed(s.toks, m.To) {
			continue
		}
		for _, sp := range speakers {
			if sp != m.Entity && !r.rejectsCharge(s, top, sp, m) && r.add(sp, "accused", m.Entity, s.art.Index, 0.6) {
				r.byRule("said-blamed")
			}
		}
	}
}

var (
	rejectionVerbs = defaultRules.mustList("rejectionVerbs")
	chargeNouns    = defaultRules.mustList("chargeNouns")
)

// rejectsCharge reports whether the words between the speaker's last
// mention before the blamed one m and m say the speaker does not make
// the charge: a rejection ("rejected", "dismissed", "denied"), or a
// charge that is someone else's ("the charge that", "U.S. claims that":
// the charge is the speaker's only right after its name).
func (r *relations) rejectsCharge(s sentence, top []mention, speaker string, m mention) bool {
	from := -1
	for _, n := range top {
		if n.Entity == speaker && n.To <= m.From {
			from = n.To
		}
	}
	if from < 0 {
		return false // "X was behind it, Y said": the speaker after the charge
	}
	for k := from; k < m.From; k++ {
		key := s.toks[k].Key
		if rejectionVerbs[key] || chargeNouns[key] && k != from {
			return true
		}
	}
	return false
}

// blamed reports whether the words at k say the one named before them is
// to blame: "was responsible", "were behind", "had been plotting".
func blamed(toks []token, k int) bool {
	if k < len(toks) && (toks[k].Key == "had" || toks[k].Key == "has") {
		k++
		if k < len(toks) && toks[k].Key == "been" && k+1 < len(toks) {
			return toks[k+1].Key == "plotting" || toks[k+1].Key == "planning" || toks[k+1].Key == "behind" || toks[k+1].Key == "responsible"
		}
		return false
	}
	if k+1 >= len(toks) || !beWords[toks[k].Key] || toks[k+1].Break {
		return false
	}
	switch toks[k+1].Key {
	case "responsible", "behind":
		return true
	case "to":
		return k+2 < len(toks) && toks[k+2].Key == "blame"
	}
	return false
}

// roleWords are the nouns that end an office or role ("foreign minister",
// "top Shiite cleric", "ambassador").
var roleWords = defaultRules.mustList("roleNouns")

// roleOpen reads an office the schema has no predicate for as an open
// relation named by the office: "Iran's Foreign Minister Mohammad Javad
// Zarif" is Zarif "foreign minister of" Iran, "Britain's ambassador to
// Iran, Rob Macaire" is Macaire "ambassador of" Britain, "Iraqi Defense
// Minister Najah al-Shammari" is al-Shammari "defense minister of" Iraq.
// Where a rule said how they are linked (headOf, leads), nothing is added.
func (r *relations) roleOpen(s sentence, top []mention, idx int) {
	for i := 0; i+1 < len(top); i++ {
		owner, person := top[i], top[i+1]
		if !schema.IsA(r.typeOf(owner.Entity), "Agent") || r.typeOf(owner.Entity) == "Person" || r.typeOf(person.Entity) != "Person" {
			continue
		}
		state := r.typeOf(owner.Entity) == "Country" && (r.demonym(owner) || isAcronym(owner.Text))
		poss := s.toks[owner.To-1].Poss
		if !poss && (!state || s.toks[owner.To].Break) || person.From == owner.To {
			continue // "BAGHDAD (AP) - Shiite cleric X": a dateline owns no one
		}
		role, ok := roleBetween(s.toks[owner.To:person.From])
		if !ok {
			continue
		}
		if rule := r.stateRole(person.Entity, role+" of", owner.Entity, idx, 0.5, "role-open"); rule != "" {
			r.byRule(rule)
		}
	}
}

// maxRoleWords bounds the words of an office written between its owner
// and its holder when they are one capitalised name, "Minister of State
// for Foreign Affairs"; other roles have four at most.
const maxRoleWords = 6

// officePrepositions join a title to the capitalised name of what it is
// over: "Minister of Foreign Affairs", "of State for Foreign Affairs".
var officePrepositions = set("of", "for")

// roleBetween returns the office the words between an owner and a person
// name ("Foreign Minister", "ambassador to Iran ,", "Minister of Foreign
// Affairs"): up to four words ending in a role noun, or six that end in
// the capitalised name of what the office is over, a comma allowed after
// it, no verb.
func roleBetween(toks []token) (string, bool) {
	var words []string
	end := len(toks)
	for i, t := range toks {
		if t.Break && i > 0 && toks[i-1].Key != "of" {
			end = i // ", Rob Macaire": the comma closes the role
			break
		}
	}
	for _, t := range toks[end:] {
		if !(t.Cap || personTitles[t.Key] || titleModifiers[t.Key]) {
			return "", false // "the German foreign minister, and he told X": another clause's name
		}
	}
	toks = toks[:end]
	if len(toks) == 0 || len(toks) > maxRoleWords {
		return "", false
	}
	last, office := 0, false
	for i, t := range toks {
		if isNumber(t) || verbLike(t.Key) && !roleWords[t.Key] || determiners[t.Key] && last == 0 || reportingVerbs[t.Key] {
			return "", false
		}
		switch {
		case roleWords[t.Key] || isRoleNoun(t.Key):
			last, office = i+1, false
		case t.Cap && i > 1 && last == i-1 && officePrepositions[toks[i-1].Key]:
			last, office = i+1, true // "Secretary of State", "Minister of State for Foreign Affairs"
		case t.Cap && office && last == i:
			last = i + 1 // the office's capitalised name goes on: "Minister of Foreign Affairs"
		default:
			office = false
		}
		words = append(words, strings.ToLower(t.Text))
	}
	if last == 0 || len(toks) > 4 && !(office && last == len(toks)) {
		return "", false // more than four words only as one office's capitalised name
	}
	return strings.Join(words[:last], " "), true
}

// headTitles are the offices that head a state.
var headTitles = set("president", "prime minister", "premier", "supreme leader", "king", "emir", "chancellor")

// titledHeads reads a state's head where the title is inside a mention:
// "Iran's Supreme Leader Ayatollah Ali Khamenei" (a known alias with its
// title), "Iraqi Prime Minister Adil Abdul-Mahdi" (the office a store
// knows, then the person).
func (r *relations) titledHeads(s sentence, ms []mention, top []mention, idx int) {
	for i := 0; i+1 < len(top); i++ {
		a, p := top[i], top[i+1]
		if p.From != a.To || r.typeOf(p.Entity) != "Person" {
			continue
		}
		state, title := "", ""
		switch {
		case r.typeOf(a.Entity) == "Country" && (s.toks[a.To-1].Poss || r.demonym(a)):
			state, title = a.Entity, leadingTitle(s.toks[p.From:p.To])
		case r.typeOf(a.Entity) == "GovernmentBody":
			state, title = r.stateAt(ms, a), trailingTitle(s.toks[a.From:a.To])
		}
		if state != "" && headTitles[title] && r.add(p.Entity, "headOf", state, idx, 0.7) {
			r.byRule("titled-head")
		}
	}
}

// stateAt is the country an office's mention names at its start
// ("Iraqi Prime Minister"), or its entity's name ends with ("Prime
// Minister of Iraq"), or "".
func (r *relations) stateAt(ms []mention, m mention) string {
	for _, n := range ms {
		if n.From == m.From && n.To < m.To && r.typeOf(n.Entity) == "Country" {
			return n.Entity
		}
	}
	e, _ := r.g.Lookup(m.Entity)
	if _, of, ok := strings.Cut(e.Name, " of "); ok {
		if c, ok := r.g.Match(of); ok && c.Type == "Country" {
			return c.ID
		}
	}
	return ""
}

// leadingTitle is the head title a name opens with ("Supreme Leader
// Ayatollah Ali Khamenei": supreme leader), or "".
func leadingTitle(toks []token) string {
	for n := 2; n >= 1; n-- {
		if len(toks) > n && headTitles[joinKeys(toks[:n])] {
			return joinKeys(toks[:n])
		}
	}
	return ""
}

// trailingTitle is the head title a name ends with ("Iraqi Prime
// Minister": prime minister), or "".
func trailingTitle(toks []token) string {
	for n := 2; n >= 1; n-- {
		if len(toks) > n && headTitles[joinKeys(toks[len(toks)-n:])] {
			return joinKeys(toks[len(toks)-n:])
		}
	}
	return ""
}

// placeInName reads a place named with its place ("the U.S. Embassy in
// Baghdad", "the U.S. embassy in Tehran"): it is located there. Only as
// this text names it: "the U.S. Embassy" says nothing of Baghdad, though
// the store knows it by its longer name.
func (r *relations) placeInName(s sentence, top []mention) {
	for _, m := range top {
		if r.typeOf(m.Entity) != "Facility" {
			continue
		}
		_, in, ok := strings.Cut(m.Text, " in ")
		if !ok {
			continue
		}
		if p, ok := r.g.Match(in); ok && isAny(p.Type, []string{"Place", "Country"}) && r.add(m.Entity, "locatedIn", p.ID, s.art.Index, 0.7) {
			r.byRule("place-in-name")
		}
	}
}
