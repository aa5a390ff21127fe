package extract

// What an event's noun phrase says after its noun. "The strike by U.S.
// forces near Baghdad's airport", "a drone strike at Baghdad
// International Airport", "the rocket attack near Kirkuk": a by-phrase
// names who carried the event out, a place phrase where it happened.
// Event phrases ("the killing of X by Y") read their own by-phrase; this
// reads the rest, for every event a noun names.

// trailPlaces are the prepositions that place an event named just
// before them whatever the clause: "the strike near the airport". "In"
// may place the clause's act instead ("mourned the killing in Tehran"),
// so it places only an event that opens its sentence.
var trailPlaces = defaultRules.mustList("trailPlaces")

// eventTrail states the agent and the place the words right after each
// event a noun names give: "by" and an agent, then "at", "near",
// "outside" (or "in", for an event that opens the sentence) and a place,
// with those joined to it by "and".
func (r *relations) eventTrail(s sentence, top []mention, idx int) {
	toks := s.toks
	at := map[int]mention{}
	for _, m := range top {
		at[m.From] = m
	}
	for _, e := range top {
		if r.typeOf(e.Entity) != "Event" || e.Verb || e.To+1 >= len(toks) || toks[e.To].Break || eventNouns[toks[e.To-1].Key] == "" {
			continue // "the rocket attack on the K-1 base near Kirkuk": the base is near Kirkuk
		}
		k := e.To
		if toks[k].Key == "by" {
			// "the attacks by Iran-backed groups": a class of acts, not
			// the one a bare plural stands for.
			by, _ := byAgent(toks, k+1, at, r.g, false)
			if by == "" || e.To-e.From <= 2 && pluralMention(s, e) {
				continue
			}
			if r.add(by, "conducted", e.Entity, idx, 0.6) {
				r.byRule("event-by")
			}
			k = pastAgent(toks, k+1, at)
		}
		p, ok := trailPlace(toks, k, at, r.g, r.opensSentence(s, e))
		if ok && r.add(e.Entity, "locatedIn", p.Entity, idx, 0.6) {
			r.byRule("event-trail-place")
			r.shareWithObjects(s, top, indexOf(top, p), e.Entity, mustPredicate("locatedIn"))
		}
	}
}

// pastAgent is the token after a by-phrase's agent starting at token k
// and the nouns of what it sent: "by an American drone", "by Iranian air
// defences".
func pastAgent(toks []token, k int, at map[int]mention) int {
	if k < len(toks) && indefiniteOrThe(toks[k].Key) {
		k++
	}
	if m, ok := at[k]; ok {
		k = m.To
	}
	for n := 0; n < 3 && k < len(toks) && !toks[k].Break && !toks[k].Cap && isLetters(toks[k].Key) && !trailPlaces[toks[k].Key] && toks[k].Key != "in"; n++ {
		k++
	}
	return k
}

// opensSentence reports whether an event's mention opens its sentence,
// past an article or a day's possessive: "The strike in Baghdad killed".
func (r *relations) opensSentence(s sentence, e mention) bool {
	first := 0
	for first < len(s.toks) && s.toks[first].Start < datelineEnd(s.art.Text) {
		first++
	}
	return e.From == first || e.From == first+1 && determiners[s.toks[first].Key]
}

// indexOf is the index of m in top.
func indexOf(top []mention, m mention) int {
	for i, n := range top {
		if n.From == m.From && n.To == m.To {
			return i
		}
	}
	return -1
}
