package extract

import (
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// Claims: a sentence that says who says it ("according to X", "X said",
// "said X", "a statement from X") is that entity's claim. Its sources go
// on the sentence (schema.Sentence.Sources, kg:attributedTo in the store),
// so every fact read from it shows who said so, and a denial and an
// accusation no longer look the same.

var (
	claimVerbs       = defaultRules.mustList("claimVerbs")
	claimAdverbs     = defaultRules.mustList("claimAdverbs")
	claimParticiples = defaultRules.mustList("claimParticiples")
	speakerProxies   = defaultRules.mustList("speakerProxies")
	unnamedSpeakers  = defaultRules.mustList("unnamedSpeakers")
)

// isClaimVerb reports whether a word, after its speaker, makes a claim.
func isClaimVerb(k string) bool { return reportingVerbs[k] || claimVerbs[k] }

// sources returns the entities a sentence attributes itself to, among its
// mentions (none inside another, no nationality adjective), in order;
// antecedent is the person named last before the sentence, whom "he said"
// means. A capital that speaks is its state (rules/capitals.seats).
func (r *relations) sources(s sentence, top []mention, antecedent string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(id string) {
		id = seatSpeaker(r.g, id) // "Washington said": the United States' government
		if id != "" && !seen[id] && schema.IsA(r.typeOf(id), "Agent") {
			seen[id] = true
			out = append(out, id)
		}
	}
	for i := range top {
		for _, id := range r.speakersAt(s, top, i) {
			add(id)
		}
	}
	for _, id := range apposedSpeakers(s.toks, top) {
		add(id)
	}
	add(r.participleSpeaker(s, top))
	if pronounSpeaks(s.toks) {
		add(antecedent)
	}
	return out
}

// speakersAt returns who the mention top[i] makes speak, by the words
// around it: "according to X", "a statement from X", ", said X.", "X
// said", "blamed by X", "X's office said", "X officials said", "X, who
// said".
func (r *relations) speakersAt(s sentence, top []mention, i int) []string {
	toks, m := s.toks, top[i]
	var out []string
	k := before(toks, m)
	switch {
	case k >= 1 && toks[k].Key == "to" && toks[k-1].Key == "according":
		out = append(out, r.accordingTo(s, top, i)...)
	case k >= 1 && (toks[k].Key == "from" || toks[k].Key == "by") && toks[k-1].Key == "statement":
		out = append(out, m.Entity)
	case k >= 1 && toks[k].Key == "by" && !toks[k].Break && claimVerbs[toks[k-1].Key] && strings.HasSuffix(toks[k-1].Key, "ed"):
		out = append(out, m.Entity) // "has been blamed by Washington"
	}
	// ", said X." or ", said X, the ..."; not "said X would pay"
	if k := m.From - 1; k >= 0 && reportingVerbs[toks[k].Key] && toks[k].Break && !toks[m.From].Break && (m.To == len(toks) || toks[m.To].Break) {
		out = append(out, m.Entity)
	}
	// A capital in the clause another reports is talked of: "Zarif said
	// Tehran had warned Baghdad" is Zarif's word, not Iran's.
	capitalReported := seatSpeaker(r.g, m.Entity) != m.Entity && reports(toks, m)
	if speaker := r.subjectOf(s, top, i); speaker != "" && !capitalReported {
		out = append(out, speaker)
		if speaker == m.Entity { // "X and Y called for"
			out = append(out, coordinated(toks, top, m)...)
		}
	}
	if proxySpeaks(toks, m) {
		out = append(out, m.Entity)
	}
	return out
}

// accordingTo reads "according to X" at top[i]: X, and Y in "X and Y";
// the name after a possessive role, "according to Ukraine's foreign
// minister, Vadym Prystaiko", is the one who speaks.
func (r *relations) accordingTo(s sentence, top []mention, i int) []string {
	toks, m := s.toks, top[i]
	if toks[m.To-1].Poss && i+1 < len(top) {
		n := top[i+1]
		between := toks[m.To:n.From]
		if len(between) > 0 && len(between) <= 4 && toks[n.From].Break && (n.To == len(toks) || toks[n.To].Break) && r.typeOf(n.Entity) == "Person" {
			for j, t := range between { // the first word follows the possessive's break
				if t.Break && j > 0 || !roleWords[t.Key] && !titleWords[t.Key] && t.Cap {
					return []string{m.Entity}
				}
			}
			return []string{n.Entity}
		}
	}
	if i+1 < len(top) && joined(toks, m, top[i+1]) { // "according to X and Y"
		return []string{m.Entity, top[i+1].Entity}
	}
	return []string{m.Entity}
}

// proxySpeaks reports whether m speaks through those who speak for it:
// "Khamenei's office said", "U.S. officials said", "Trump, who said".
func proxySpeaks(toks []token, m mention) bool {
	k := m.To
	switch {
	case k+1 >= len(toks):
		return false
	case toks[k-1].Poss && speakerProxies[toks[k].Key] && !toks[k+1].Break,
		!toks[k-1].Poss && !toks[k].Break && unnamedSpeakers[toks[k].Key]:
		k++
	case toks[k].Break && toks[k].Key == "who":
		k++
	default:
		return false
	}
	k = skipAdverbs(toks, k)
	return k < len(toks) && !toks[k].Break && isClaimVerb(toks[k].Key)
}

// participleSpeaker reads a claim made by a participle after the act of
// the sentence's subject: "The Treasury Department sanctioned Khazali,
// accusing Asaib Ahl al-Haq of killing protesters" is the department's
// word. It returns "" where no participle follows a comma or the
// sentence opens with no subject.
func (r *relations) participleSpeaker(s sentence, top []mention) string {
	toks := s.toks
	said := false
	for k := 1; k < len(toks); k++ {
		said = said || toks[k].Break && claimParticiples[toks[k].Key]
	}
	if !said {
		return ""
	}
	for _, m := range top {
		if !titleFrom(toks, 0, m.From) {
			return "" // the opening is no name or title: "In December, ..."
		}
		if n := m.To; n < len(toks) && !toks[n].Break && !toks[n].Cap && !toks[n-1].Poss && verbLike(toks[n].Key) {
			return m.Entity
		}
	}
	return ""
}

// subjectOf is who the mention top[i] makes speak: "X said", "X, the
// leader of Y, said" (X), "a spokesman for Y, X, told Reuters" (X), "X
// has warned"; or "".
func (r *relations) subjectOf(s sentence, top []mention, i int) string {
	toks, m := s.toks, top[i]
	k := skipAdverbs(toks, m.To)
	if r.typeOf(m.Entity) == "Person" {
		k = skipAdverbs(toks, skipOrigin(toks, k)) // "Senator Tim Kaine of Virginia said"
	}
	if k >= len(toks) || !isClaimVerb(toks[k].Key) || toks[m.To-1].Poss {
		return ""
	}
	// Not the object of a preposition: "the coalition against Islamic
	// State said" is the coalition's word.
	head := r.apposHead(s, top, i)
	// ", and Washington said" opens a clause.
	if p := before(toks, m); p >= 0 && prepositions[toks[p].Key] && !conjunctions[toks[p].Key] && !toks[m.From].Break && head == m.Entity {
		// "Senator Tim Kaine of Virginia said": the one the phrase is of.
		if i > 0 && top[i-1].To == p && !toks[p].Break {
			return top[i-1].Entity
		}
		return ""
	}
	switch {
	case !toks[m.To].Break || head != m.Entity:
		// A comma before the verb closes an apposition ("X, the leader
		// of Y, said"): the speaker is X.
		return head
	case toks[m.From].Break && (r.typeOf(m.Entity) == "Person" || i == 0 || top[i-1].To < m.From-1):
		// ", X, told": a name in apposition to a role ("A spokesman for
		// Y, X, told", "Another militia, X, said"), not the last of a
		// list of names.
		return m.Entity
	}
	return ""
}

// reports reports whether a claim verb just before m, or before "that"
// just before it, reports the clause m opens: "said Tehran had warned".
func reports(toks []token, m mention) bool {
	k := m.From - 1
	if k >= 0 && toks[k].Key == "that" {
		k--
	}
	return k >= 0 && !toks[k+1].Break && isClaimVerb(toks[k].Key)
}

// conjunctions join clauses as well as names: ", and Washington said".
var conjunctions = set("and", "but", "or")

// skipOrigin skips, from token k, where a person is from: "of Virginia"
// in "Senator Tim Kaine of Virginia said", a capitalised run of at most
// three words.
func skipOrigin(toks []token, k int) int {
	if k >= len(toks) || toks[k].Key != "of" || toks[k].Break {
		return k
	}
	n := k + 1
	for n < len(toks) && n <= k+3 && toks[n].Cap && !toks[n].Break {
		n++
	}
	if n == k+1 {
		return k
	}
	return n
}

// apposedSpeakers reads "X, <a description>, said": a claim verb after a
// comma whose clause, back to the comma before it, holds no verb of its
// own, is said by the mention just before that clause ("Jonathan Hoffman,
// the chief Pentagon spokesman, said", "Moqtada al-Sadr, the Shiite cleric
// whose bloc holds the most seats, called for").
func apposedSpeakers(toks []token, top []mention) []string {
	var out []string
	endAt := map[int]mention{}
	named := map[[2]int]bool{} // token spans that are names
	for _, m := range top {
		endAt[m.To] = m
		named[[2]int{m.From, m.To}] = true
	}
	for verb := 1; verb < len(toks); verb++ {
		if !isClaimVerb(toks[verb].Key) {
			continue
		}
		v := verb // the comma may come before an adverb: ", later said"
		for v > 1 && !toks[v].Break && (claimAdverbs[toks[v-1].Key] || strings.HasSuffix(toks[v-1].Key, "ly")) {
			v--
		}
		if !toks[v].Break {
			continue
		}
		b := v - 1
		// A possessive breaks no clause: "X, Iran's top commander, said".
		for b > 0 && (!toks[b].Break || toks[b-1].Poss) && v-b <= 12 && !isClaimVerb(toks[b].Key) {
			b--
		}
		if m, ok := endAt[b]; ok && toks[b].Break && b < v-1 && !named[[2]int{b, v}] { // ", X, told" is X's (subjectOf)
			out = append(out, m.Entity)
		}
	}
	return out
}

// skipAdverbs skips, from token k, the words that may part a speaker
// from the verb: "has", "later", "initially", "on Friday".
func skipAdverbs(toks []token, k int) int {
	for k < len(toks) && !toks[k].Break {
		switch t := toks[k]; {
		case claimAdverbs[t.Key] || strings.HasSuffix(t.Key, "ly") && !t.Cap:
			k++
		case t.Key == "on" && k+1 < len(toks) && weekday(toks[k+1].Text).String() == toks[k+1].Text:
			k += 2
		default:
			return k
		}
	}
	return k
}

// coordinated are the mentions "and" joins to m before it, across a
// title or a demonym ("Boris Johnson and French President Emmanuel
// Macron"), with those a list of commas adds before them ("Britain,
// France and Germany"), nearest first.
func coordinated(toks []token, top []mention, m mention) []string {
	k := m.From - 1
	for k > 0 && toks[k].Cap && !toks[k+1].Break && toks[k].Key != "and" {
		k--
	}
	if k <= 0 || toks[k].Key != "and" || toks[k].Break || toks[k+1].Break {
		return nil
	}
	var out []string
	for j := len(top) - 1; j >= 0; j-- {
		if o := top[j]; o.To == k {
			out = append(out, o.Entity)
			k = o.From // the comma before it may list one more
			if k == 0 || !toks[k].Break || toks[k-1].Poss {
				break
			}
		}
	}
	return out
}

// joined reports whether "and" alone, or with a title or a demonym,
// joins mentions a and b: "Boris Johnson and French President Emmanuel
// Macron".
func joined(toks []token, a, b mention) bool {
	if a.To >= b.From || toks[a.To].Key != "and" || toks[a.To].Break {
		return false
	}
	for k := a.To + 1; k < b.From; k++ {
		if !toks[k].Cap && toks[k].Key != "the" || toks[k].Break {
			return false
		}
	}
	return !toks[b.From].Break
}

// pronounSpeaks reports whether "he" or "she" says the sentence: "he
// said", ", she told reporters".
func pronounSpeaks(toks []token) bool {
	for i, t := range toks {
		if t.Key != "he" && t.Key != "she" {
			continue
		}
		k := i + 1
		for k < len(toks) && claimAdverbs[toks[k].Key] && !toks[k].Break {
			k++
		}
		if k < len(toks) && reportingVerbs[toks[k].Key] && !toks[k].Break {
			return true
		}
	}
	return false
}

// before returns the token just before m, skipping an article.
func before(toks []token, m mention) int {
	k := m.From - 1
	if k >= 0 && toks[k].Key == "the" {
		k--
	}
	return k
}
