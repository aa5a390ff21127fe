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
var kinRoles = set("daughter", "son", "brother", "sister", "wife", "husband", "father", "mother", "deputy", "successor", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "envoy")

// roleTarget are the prepositions that name whom a role is towards:
// "ambassador to Iran", "envoy for Syria".
var roleTarget = set("to", "for", "in")

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
	if n == 0 || n > 4 || ofPerson && (n > 2 || !kinRoles[words[n-1].Key]) {
		return "", "", 0, false
	}
	last := words[n-1].Key
	if !roleWords[last] && !kinRoles[last] && last != "founder" {
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
	if next < len(top) && r.typeOf(top[next].Entity) == "Person" && top[next].From == end && end < len(toks) && toks[end].Break && toks[end-1].Key != "and" {
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
	if person == owner || r.said[[3]string{person, owner, itoa(idx)}] {
		return
	}
	if p, ok := schema.OpenRelation(role); ok && r.addPredicate(person, p, owner, idx, 0.5) {
		r.byRule("apposed-role")
	}
}
