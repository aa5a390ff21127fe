package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Role nouns. A description says how a person stands to a body or to
// another person by a noun phrase headed by a role noun and the
// preposition that names whose role it is: "the treasurer of Kataib
// Hezbollah", "a senior adviser to the Revolutionary Guards", "Hezbollah's
// chief financier". The readers of the shapes (apposedRoles, roleOpen,
// pronounOwned, apposedPhrases, and the shapes below) hand the phrase
// here: where the head noun is in the lexicon (rules/rolenouns.rules) and
// the schema allows it, the typed predicate; otherwise the open relation
// the phrase says, so a noun on no list still says how.

var (
	roleLeaderNouns = defaultRules.mustList("roleLeaderNouns")
	roleMemberNouns = defaultRules.mustList("roleMemberNouns")
	roleAideNouns   = defaultRules.mustList("roleAideNouns")
)

// rolePreps are the prepositions that name whose a role is.
var rolePreps = defaultRules.mustList("rolePreps")

// roleYield is the typed predicate a role phrase ("deputy leader of",
// "chief negotiator for") states of its holder towards an owner of
// ownerType, or "". A deputy's, an assistant's or a former or onetime
// leader's role makes one of a body's members, and so do leaders in the
// plural ("commanders of") and a member's role; a person's aide reports to him while he holds the role. A
// leader's own role is left to the leader rules of roles.rules, which
// read its shapes with their guards (on the dev set's unseen half the
// lexicon's "leads" was wrong more often than right), and a role "to" a
// body is towards it, not in it.
func roleYield(label, ownerType string) string {
	words, prep := strings.Fields(label), ""
	if n := len(words); n > 1 && rolePreps[words[n-1]] {
		words, prep = words[:n-1], words[n-1]
	}
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	head := headKey(last)
	lesser := head != last // "two Kataib Hezbollah commanders": each is one of them
	for _, w := range words[:len(words)-1] {
		lesser = lesser || deputyWords[w] || formerWords[w]
	}
	switch {
	case ownerType == "Person":
		if roleAideNouns[head] && !formerIn(words) {
			return "reportsTo"
		}
	case prep == "to":
		return "" // "an envoy to the United Nations" is sent to it, not one of it
	case schema.IsA(ownerType, "Organization"):
		if roleLeaderNouns[head] && lesser {
			return "memberOf"
		}
		if roleMemberNouns[head] {
			return "memberOf"
		}
	}
	return ""
}

// formerIn reports whether a role's words say it is held no more.
func formerIn(words []string) bool {
	for _, w := range words {
		if formerWords[w] {
			return true
		}
	}
	return false
}

// stateRole states holder's role towards owner: the typed predicate the
// lexicon gives its head noun (roleYield), else the open relation
// labelled by the phrase, unless an open relation of the sentence links
// them already. It reports the rule it stated it by ("role-noun" or the
// reader's own, open), or "".
func (r *relations) stateRole(holder, label, owner string, idx int, conf float64, open string) string {
	if holder == owner || r.typedBetween(holder, owner, idx) {
		return ""
	}
	if pred := roleYield(label, r.typeOf(owner)); pred != "" && r.add(holder, pred, owner, idx, conf+0.1) {
		return "role-noun"
	}
	if r.said[[3]string{holder, owner, itoa(idx)}] {
		return "" // an open relation links them already: "X, a Kataib Hezbollah financier, said the group would"
	}
	return r.openRole(holder, label, owner, idx, conf, open)
}

// typedBetween reports whether sentence idx states a typed relation
// between a and b, either way: a role read after it would say the same
// or contradict it. An open relation ("said that") does not keep a role
// from being typed. It looks the pair up by each typed predicate, as
// addPredicate keys its statements.
func (r *relations) typedBetween(a, b string, idx int) bool {
	if !r.said[[3]string{a, b, itoa(idx)}] {
		return false
	}
	for _, iri := range typedIRIs {
		if _, ok := r.seen[statementKey{a, iri, b, idx}]; ok {
			return true
		}
		if _, ok := r.seen[statementKey{b, iri, a, idx}]; ok {
			return true
		}
	}
	return false
}

// typedIRIs are the IRIs of the schema's relations between entities,
// co-mentions left out.
var typedIRIs = func() []string {
	var out []string
	for _, p := range schema.Predicates() {
		if !p.IsAttribute() && p.Name != MentionedWith.Name {
			out = append(out, string(p.IRI))
		}
	}
	return out
}()

// openRole states holder's role towards owner as the open relation the
// phrase labels. It reports the rule (open), or "" if it stated none.
func (r *relations) openRole(holder, label, owner string, idx int, conf float64, open string) string {
	if p, ok := schema.OpenRelation(label); ok && r.addPredicate(holder, p, owner, idx, conf) {
		return open
	}
	return ""
}

// isRoleNoun reports whether the lexicon knows a role noun.
func isRoleNoun(k string) bool {
	k = headKey(k)
	return roleLeaderNouns[k] || roleMemberNouns[k] || roleAideNouns[k]
}

// typedDescription states what a description set off after name a and
// ending in a preposition before obj says in the lexicon's words: "X, a
// senior negotiator for Y," is one of Y's members, "X, the deputy leader
// of Y," too; "X and Z, two officials of Y," both. desc are the
// description's words, its comma first. It returns the predicate
// stated.
func (r *relations) typedDescription(a, obj mention, desc []token, idx int) (schema.Predicate, bool) {
	var words []string
	for _, t := range desc {
		if !isDet(t.Key) && !numberWords[t.Key] && t.Key != "both" {
			words = append(words, t.Key)
		}
	}
	pred := roleYield(strings.Join(words, " "), r.typeOf(obj.Entity))
	if pred == "" || r.typedBetween(a.Entity, obj.Entity, idx) || !r.add(a.Entity, pred, obj.Entity, idx, 0.6) {
		return schema.Predicate{}, false
	}
	r.byRule("role-noun")
	return mustPredicate(pred), true
}
