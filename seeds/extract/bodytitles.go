package extract

import "strings"

// Roles that two names side by side say, where roles.rules' patterns
// cannot reach. A body's title written before its holder's name, as state
// media and wire copy write them: "Head of the Emergency Medical Services
// Pir-Hossein Kolivand", "Commander of the Islamic Revolution Guards
// Corps (IRGC) Major General Hossein Salami", "Secretary of the Supreme
// National Security Council (SNSC) Ali Shamkhani". roles.rules reads the
// title when ranks stand between the body and the name; a rule's words
// cannot be none, nor a bracketed acronym, so those two shapes are read
// here. And a person's party written as his ("Sadr's Sairoon bloc"),
// where the party's head word may be inside its name.

var (
	// bodyLeaderTitles and bodyMemberTitles are the role words of such a
	// title (roles.rules): its holder leads the body, or is one of its
	// members.
	bodyLeaderTitles = defaultRules.mustList("bodyLeaderTitles")
	bodyMemberTitles = defaultRules.mustList("bodyMemberTitles")
	titleRanks       = defaultRules.mustList("ranks")
)

// bodyTitles reads "ROLE of the BODY [(ACRONYM)] [RANKS] NAME": the person
// named right after the body (past its bracketed acronym and his ranks)
// holds the role in it.
func (r *relations) bodyTitles(s sentence, top []mention, idx int) {
	toks := s.toks
	for i, body := range top {
		role, ok := titleBeforeBody(toks, body)
		if !ok || !isAny(r.typeOf(body.Entity), []string{"Organization"}) {
			continue
		}
		j, k := i+1, body.To
		if j < len(top) && top[j].Entity == body.Entity && bracketed(s.art.Text, body, top[j]) {
			k = top[j].To // "(IRGC)"
			j++
		}
		ranks := 0
		for k < len(toks) && titleRanks[toks[k].Key] {
			k, ranks = k+1, ranks+1
		}
		if j >= len(top) || top[j].From != k || r.typeOf(top[j].Entity) != "Person" || ranks > 0 && k-ranks == body.To {
			continue // ranks alone between: the rule's
		}
		person := top[j].Entity
		stated := false
		if bodyLeaderTitles[role] {
			stated = r.add(person, "leads", body.Entity, idx, 0.65) || r.add(person, "headOf", body.Entity, idx, 0.65)
		} else {
			stated = r.add(person, "memberOf", body.Entity, idx, 0.65)
		}
		if stated {
			r.byRule("body-title")
		}
	}
}

// titleBeforeBody returns the role word of "ROLE of (the) " just before
// the body's mention.
func titleBeforeBody(toks []token, body mention) (string, bool) {
	k := body.From - 1
	if k >= 0 && toks[k].Key == "the" {
		k--
	}
	if k < 1 || toks[k].Key != "of" {
		return "", false
	}
	role := toks[k-1].Key
	if bodyLeaderTitles[role] && deputyBefore(toks, k) {
		role = "deputy" // "the deputy commander of the PMF, X": one of its members
	}
	return role, bodyLeaderTitles[role] || bodyMemberTitles[role]
}

// deputyWords make a leader's title a deputy's or a past holder's: "the
// deputy commander of", "the former head of".
var deputyWords = defaultRules.mustList("deputyWords")

// deputyBefore reports whether the role word before the "of" at token of
// follows a word of deputyWords.
func deputyBefore(toks []token, of int) bool {
	return of >= 2 && deputyWords[toks[of-2].Key]
}

// deputyTitleBefore reports whether a title written just before mention
// a ("the deputy commander of the", "the vice chairman of Iran's") is a
// deputy's: the "of" at most four words before it.
func deputyTitleBefore(toks []token, a mention) bool {
	for k := a.From - 1; k >= 0 && k >= a.From-5; k-- {
		if toks[k].Key == "of" {
			return deputyBefore(toks, k)
		}
	}
	return false
}

// bracketed reports whether mention b is written in brackets right after
// mention a: "Islamic Revolution Guards Corps (IRGC)".
func bracketed(text string, a, b mention) bool {
	return strings.TrimSpace(text[a.End:b.Start]) == "(" && strings.HasPrefix(strings.TrimSpace(text[b.End:]), ")")
}

// partyWords are the head words of a political group's name
// (roles.rules' partyHeads): "bloc", "party", "alliance".
var partyWords = defaultRules.mustList("partyHeads")

// ownersParty reads a person's bloc or party written as his: "Sadr's
// Sairoon bloc", "Hadi al-Amiri's Fatah alliance", "Masoud Barzani's
// Kurdistan Democratic Party". He leads it. The party's head word must be
// written, inside its name or right after it: "Pompeo's State Department"
// and "Trump's Twitter" are no one's party.
func (r *relations) ownersParty(s sentence, top []mention, idx int) {
	toks := s.toks
	for i := 0; i+1 < len(top); i++ {
		owner, party := top[i], top[i+1]
		if party.From != owner.To || !toks[owner.To-1].Poss || r.typeOf(owner.Entity) != "Person" || r.typeOf(party.Entity) != "Organization" {
			continue
		}
		last := toks[party.To-1].Key
		if !partyWords[last] && !(party.To < len(toks) && partyWords[toks[party.To].Key] && !toks[party.To].Break) {
			continue
		}
		if r.add(owner.Entity, "leads", party.Entity, idx, 0.65) {
			r.byRule("owners-party")
		}
	}
}
