package extract

import (
	"regexp"
	"strings"
)

// Who an event killed, read past what stands between the killing and its
// victims. The rules and the verb reader read neighbours; a report names
// the dead with titles and roles first ("killed the commander of Iran's
// Quds Force, Qassem Soleimani"), descriptions after ("Soleimani, the
// architect of Iran's militias,"), companions after "along with" or
// "together with", and lists closed by "and eight others" ("Soleimani,
// al-Muhandis and eight others were killed in the attack"). Only persons
// are read as victims, and only where the words before them set them off
// as the ones killed: "killed two bodyguards of X" did not kill X.

// killWords are the verbs of a killing, active or passive.
var killWords = defaultRules.mustList("killWords")

// passiveAdverbs stand between a passive's auxiliary and its participle:
// "was also killed", "were reportedly slain" (words.rules).
var passiveAdverbs = defaultRules.mustList("passiveAdverbs")

// passiveAux come before a passive killing: "was killed", "were
// assassinated", "had been slain".
var passiveAux = defaultRules.mustList("passiveAux")

// victimStops end the clause a killing's victims are read in: a new
// clause, a report, a reason.
var victimStops = defaultRules.mustList("victimStops")

// othersWords close a list of the dead with those not named: "X, Y and
// eight others were killed", "and several more".
var othersWords = defaultRules.mustList("othersWords")

// maxVictimReach bounds the words between a killing, or a companion
// word, and the victim it names.
const maxVictimReach = 12

// victims states who each killing of the sentence killed (killedIn): the
// event whose verb it is and the persons it names as killed.
func (r *relations) victims(s sentence, top []mention, idx int) {
	toks := s.toks
	for k, t := range toks {
		if !killWords[t.Key] || negatedBefore(toks, k) || keyAt(toks, k-1) == "without" || keyAt(toks, k+1) == "of" || k > 0 && toks[k-1].Poss {
			continue // "the killing of X", "Soleimani's killing": nouns, read elsewhere
		}
		event, until := -1, len(toks)
		var dead []int
		if e := r.killer(s, top, k); e >= 0 && !passiveAt(toks, k) {
			event = e
			dead = r.victimAfter(s, top, k+1, until)
			if len(dead) == 0 && pairAfter(toks, k+1) {
				dead = r.pairBefore(s, top, k) // "killing both men"
			}
		} else if passiveAt(toks, k) {
			if event = r.killedInEvent(s, top, k); event < 0 {
				continue
			}
			until = top[event].From
			dead = r.joinedVictims(s, top, k)
		}
		if event < 0 {
			continue
		}
		dead = append(dead, r.companions(s, top, k+1, until)...)
		for _, v := range dead {
			if r.add(top[v].Entity, "killedIn", top[event].Entity, idx, 0.6) {
				r.byRule("victims")
			}
		}
	}
}

// passiveAt reports whether the killing at k is passive: "was killed",
// "were also assassinated".
func passiveAt(toks []token, k int) bool {
	if toks[k].Key == "killing" {
		return false
	}
	j := k - 1
	for j >= 0 && passiveAdverbs[toks[j].Key] {
		j--
	}
	return j >= 0 && passiveAux[toks[j].Key]
}

// killer returns the index in top of the event the killing at k is the
// verb of ("the U.S. strike at Baghdad airport that killed", "the strike
// on Friday, killing"): the nearest event before it, with no person and
// no other clause between, or -1.
func (r *relations) killer(s sentence, top []mention, k int) int {
	for i := len(top) - 1; i >= 0; i-- {
		m := top[i]
		if m.To > k {
			continue
		}
		if k-m.To > maxVictimReach || r.typeOf(m.Entity) == "Person" {
			return -1
		}
		if r.typeOf(m.Entity) == "Event" {
			if stopsBetween(s.toks, m.To, k, "that", "which") || asideBetween(s, m.To, k) {
				return -1
			}
			return i
		}
	}
	return -1
}

// asideBetween reports whether a comma between an event and the killing
// at k sets off something else than "which", "that" or the participle
// ("After the strike, militants killed X"; "The strike, which killed X";
// "the strike on Friday, killing X").
func asideBetween(s sentence, from, k int) bool {
	for j := from; j <= k; j++ {
		if commaBefore(s, j) && !(j == k && s.toks[k].Key == "killing") && s.toks[j].Key != "which" && s.toks[j].Key != "that" {
			return true
		}
	}
	return false
}

// stopsBetween reports whether a word of victimStops other than allowed
// lies in toks[from:to].
func stopsBetween(toks []token, from, to int, allowed ...string) bool {
	for j := from; j < to; j++ {
		if victimStops[toks[j].Key] && !strings.Contains(" "+strings.Join(allowed, " ")+" ", " "+toks[j].Key+" ") {
			return true
		}
	}
	return false
}

// killedInEvent returns the index in top of the event a passive killing
// at k happened in: the first event after it that "in", "during" or "by"
// opens, in the same clause; or -1.
func (r *relations) killedInEvent(s sentence, top []mention, k int) int {
	for i, m := range top {
		if m.From <= k || r.typeOf(m.Entity) != "Event" {
			continue
		}
		if m.From-k > 3*maxVictimReach || stopsBetween(s.toks, k+1, m.From) {
			return -1
		}
		j := m.From - 1
		for j > k && determiners[s.toks[j].Key] {
			j--
		}
		if j > k && (s.toks[j].Key == "in" || s.toks[j].Key == "during" || s.toks[j].Key == "by") {
			return i
		}
		return -1
	}
	return -1
}

// victimAfter returns the person named as killed from token from on:
// the first person, after titles ("Major General X") or after a role set
// off by a comma ("the commander of Iran's Quds Force, X", "the deputy
// head of the PMU, martyr X"), before a new clause; or nothing.
func (r *relations) victimAfter(s sentence, top []mention, from, until int) []int {
	for i, m := range top {
		if m.From < from {
			continue
		}
		if m.From >= until || m.From-from > maxVictimReach || stopsBetween(s.toks, from, m.From) {
			return nil
		}
		if r.typeOf(m.Entity) != "Person" {
			continue
		}
		if s.toks[m.To-1].Poss || !setOffAsVictim(s, from, m) || opensClause(s.toks, m.To) {
			return nil // "killed Soleimani's bodyguard", "killed two bodyguards of X", "killed no one, Trump said"
		}
		return r.victimsJoined(s, top, i, until)
	}
	return nil
}

// victimsJoined returns the victim top[i] and the persons joined after it
// by "and" or a list's commas, each maybe described between commas first:
// "killed Qasem Soleimani, the commander of Iran's Quds Force, and Abu
// Mahdi al-Muhandis, the deputy chairman of the PMF" killed both.
func (r *relations) victimsJoined(s sentence, top []mention, i, until int) []int {
	out := []int{i}
	for j := i + 1; j < len(top) && top[j].From < until; j++ {
		if r.typeOf(top[j].Entity) != "Person" {
			continue
		}
		joiner := strings.TrimSpace(s.art.Text[top[out[len(out)-1]].End:top[j].Start])
		if !victimJoiner(joiner) || stopsBetween(s.toks, top[out[len(out)-1]].To, top[j].From) || s.toks[top[j].To-1].Poss || opensClause(s.toks, top[j].To) {
			break
		}
		out = append(out, j)
		if strings.HasSuffix(joiner, "and") {
			return out // the list's last
		}
	}
	return out[:1] // no "and" closed a list: "killed X, Y said"
}

// victimJoiner reports whether the text between two persons joins them in
// one list of the dead: "and", ",", ", and", or a description set off by
// commas before ", and" (", the commander of Iran's Quds Force, and").
func victimJoiner(joiner string) bool {
	switch joiner {
	case "and", ",", ", and":
		return true
	}
	if !strings.HasPrefix(joiner, ",") || !strings.HasSuffix(joiner, ", and") {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(joiner[1:]), " ")
	owner := strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s") // ", Iran's top general, and"
	return (determiners[strings.ToLower(first)] || owner) && strings.Count(joiner, ",") == 2
}

// opensClause reports whether a verb follows a name at token k with
// nothing between: the name is the subject of a clause of its own
// ("without killing anyone, Donald Trump spoke").
func opensClause(toks []token, k int) bool {
	return k < len(toks) && !toks[k].Break && (verbLike(toks[k].Key) || auxWords[toks[k].Key] || reportingVerbs[toks[k].Key])
}

// setOffAsVictim reports whether the words from token from up to m name
// nothing else as the one killed: only titles and articles, or a role
// closed by a comma and at most two words ("martyr", "Gen.") before m.
func setOffAsVictim(s sentence, from int, m mention) bool {
	for j := m.From; j > from && j >= m.From-2; j-- {
		if s.toks[j].Break && commaBefore(s, j) {
			return true
		}
	}
	for j, t := range s.toks[from:m.From] {
		if !t.Cap && !determiners[t.Key] || j > 0 && t.Break {
			return false
		}
	}
	return true
}

// commaBefore reports whether a comma separates token j from the one
// before it.
func commaBefore(s sentence, j int) bool {
	return j > 0 && strings.Contains(s.art.Text[s.toks[j-1].End:s.toks[j].Start], ",")
}

// companions returns the persons named after "along with", "together
// with", "alongside", "beside" or "as well as" from token from on, or
// after "with" right at from ("was killed with X"), before until and
// before a new clause: "killed X, the architect of ..., along with Y".
func (r *relations) companions(s sentence, top []mention, from, until int) []int {
	var out []int
	toks := s.toks
	for j := from; j < until && j < len(toks) && !victimStops[toks[j].Key]; j++ {
		after := 0
		switch {
		case (toks[j].Key == "along" || toks[j].Key == "together") && keyAt(toks, j+1) == "with":
			after = j + 2
		case toks[j].Key == "alongside" || toks[j].Key == "beside":
			after = j + 1
		case toks[j].Key == "with" && j == from:
			after = j + 1 // "was killed with X in the strike"
		case toks[j].Key == "as" && keyAt(toks, j+1) == "well" && keyAt(toks, j+2) == "as":
			after = j + 3
		default:
			continue
		}
		out = append(out, r.victimAfter(s, top, after, until)...)
	}
	return out
}

// joinedVictims returns the persons a passive killing at k is said of:
// the subject before its auxiliary, the person a description set off
// before the auxiliary describes ("Soleimani, commander of the Quds
// Force, was assassinated"), and the persons joined to it by commas and
// "and", a list "and eight others" may close.
func (r *relations) joinedVictims(s sentence, top []mention, k int) []int {
	toks := s.toks
	j := k - 1
	for j >= 0 && (passiveAux[toks[j].Key] || auxWords[toks[j].Key] || toks[j].Key == "also") {
		j--
	}
	if j >= 1 && othersWords[toks[j].Key] && toks[j-1].Key != "the" {
		j -= 2 // "and eight others", ", several more"
		if j >= 0 && toks[j].Key == "and" {
			j--
		}
	}
	if from, ok := pairEnding(toks, j); ok {
		return r.pairBefore(s, top, from) // "both men were killed"
	}
	single := false
	if j >= 1 && toks[j].Key == "who" && toks[j].Break && k-j >= 2 {
		// "X and Y, who were killed in the strike": a relative clause's
		// people, all of them with "were", the last with "was".
		single = toks[j+1].Key == "was"
		j--
	}
	i := r.mentionEndingAt(top, j+1)
	if i < 0 {
		return nil
	}
	if r.typeOf(top[i].Entity) != "Person" {
		i = r.personDescribed(s, top, i)
	}
	if i < 0 {
		return nil
	}
	out := []int{i}
	for i > 0 && !single {
		joiner := strings.TrimSpace(s.art.Text[top[i-1].End:top[i].Start])
		if joiner != "," && joiner != "and" && joiner != ", and" || r.typeOf(top[i-1].Entity) != "Person" || toks[top[i-1].To-1].Poss {
			break
		}
		i--
		out = append(out, i)
	}
	return out
}

// mentionEndingAt returns the index in top of the mention whose last
// token is to-1, or -1.
func (r *relations) mentionEndingAt(top []mention, to int) int {
	for i, m := range top {
		if m.To == to {
			return i
		}
	}
	return -1
}

// personDescribed returns the person a description ending with mention i
// is set off after ("Soleimani, commander of the IRGC Quds Force,"): the
// nearest person before it, a comma after the person, no verb and no
// other person between; or -1.
func (r *relations) personDescribed(s sentence, top []mention, i int) int {
	if !strings.HasPrefix(strings.TrimSpace(s.art.Text[top[i].End:]), ",") {
		return -1
	}
	for p := i - 1; p >= 0 && top[i].From-top[p].To <= maxVictimReach; p-- {
		if r.typeOf(top[p].Entity) != "Person" {
			continue
		}
		if !strings.HasPrefix(strings.TrimSpace(s.art.Text[top[p].End:top[i].Start]), ",") {
			return -1
		}
		for _, t := range s.toks[top[p].To:top[i].From] {
			if verbLike(t.Key) || victimStops[t.Key] {
				return -1
			}
		}
		return p
	}
	return -1
}

// reAlsoKilled opens a sentence that adds a victim to the killing the
// text tells of, without naming it again: "Also killed was X", "Among
// the dead was X", "Among those killed were X and Y".
var reAlsoKilled = regexp.MustCompile(`^\s*(?i:also killed|among the dead|among those killed|among the victims)\s+(?:was|were)\s+$`)

// addedVictims states the persons such a sentence opens with killedIn
// the event the text last said killed someone (lastKilling).
func (r *relations) addedVictims(s sentence, top []mention, idx int) {
	if r.lastKilling == "" || len(top) == 0 || r.typeOf(top[0].Entity) != "Person" || !reAlsoKilled.MatchString(s.art.Text[datelineEnd(s.art.Text):top[0].Start]) {
		return
	}
	for i := 0; i < len(top) && r.typeOf(top[i].Entity) == "Person"; i++ {
		if i > 0 {
			joiner := strings.TrimSpace(s.art.Text[top[i-1].End:top[i].Start])
			if joiner != "and" && joiner != "," && joiner != ", and" {
				return
			}
		}
		if r.add(top[i].Entity, "killedIn", r.lastKilling, idx, 0.55) {
			r.byRule("also-killed")
		}
	}
}

// noteKilling keeps the event the sentence's statements say killed
// someone, for a later "Also killed was X"; from is the index in r.out of
// the sentence's first statement.
func (r *relations) noteKilling(from int) {
	for _, st := range r.out[from:] {
		if st.Predicate.Name == "killedIn" {
			r.lastKilling = st.Object
		}
	}
}

// pairNouns are what "both" and "the two" may name two persons by:
// "both men", "the two commanders".
var pairNouns = defaultRules.mustList("pairNouns")

// pairAfter reports whether "both men" or "the two men" opens at token k.
func pairAfter(toks []token, k int) bool {
	switch {
	case keyAt(toks, k) == "both":
		return pairNouns[keyAt(toks, k+1)] && !toks[k+1].Break
	case keyAt(toks, k) == "the" && keyAt(toks, k+1) == "two":
		return pairNouns[keyAt(toks, k+2)] && !toks[k+1].Break && !toks[k+2].Break
	}
	return false
}

// pairEnding reports whether "both men" or "the two men" ends at token j,
// and where it starts.
func pairEnding(toks []token, j int) (int, bool) {
	for _, from := range []int{j - 1, j - 2} {
		if from >= 0 && pairAfter(toks, from) && (from == j-1) == (toks[from].Key == "both") {
			return from, true
		}
	}
	return 0, false
}

// pairBefore returns the two persons a pair at token k stands for: the
// last two named before it in the sentence, each once ("Soleimani and
// al-Muhandis ... both men were killed"); none where fewer are named.
func (r *relations) pairBefore(s sentence, top []mention, k int) []int {
	var out []int
	for i := len(top) - 1; i >= 0 && len(out) < 2; i-- {
		if top[i].To > k || r.typeOf(top[i].Entity) != "Person" || s.toks[top[i].To-1].Poss {
			continue
		}
		if len(out) == 1 && top[out[0]].Entity == top[i].Entity {
			continue
		}
		out = append(out, i)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
