package extract

// ruleMatch is a rule whose pattern reads the words between two mentions
// of a sentence (indexes into the sentence's top-level mentions).
type ruleMatch struct {
	rule, from, to int
	// appos: read after an apposition that follows mention from.
	appos bool
}

// maxApposition bounds, in bytes, an apposition the rules read across.
const maxApposition = 80

// matchSentence runs every rule over one sentence in a single left-to-right
// pass over its items: a thread starts after each mention (and after an
// apposition that follows one), every thread advances on each item, and a
// thread at the end of its pattern when a mention begins is a match. A
// thread reads through one possessive or modifying mention ("the leader of
// Iran's Quds Force", "facilities of the Iran-backed Kataib Hezbollah") and
// dies at any other. ms are the sentence's mentions, none
// inside another, in order.
func (rs *Rules) matchSentence(text string, toks []token, ms []mention) []ruleMatch {
	return rs.matchWith(&rs.auto, text, toks, ms)
}

// matchDemonyms is matchSentence with only the rules that read a
// nationality adjective (options: demonym): their matches, in the order
// matchSentence gives them, for a rule's threads never meet another's.
func (rs *Rules) matchDemonyms(text string, toks []token, ms []mention) []ruleMatch {
	return rs.matchWith(&rs.demonymAuto, text, toks, ms)
}

// matchWith is matchSentence with the program auto, made of some or all
// of the rules.
func (rs *Rules) matchWith(auto *automaton, text string, toks []token, ms []mention) []ruleMatch {
	if auto.start < 0 || len(ms) < 2 {
		return nil
	}
	items, at := sentenceItems(text, toks)
	offs := itemOffsets(toks, at, len(items))
	startAt, endAt := map[int]int{}, map[int]int{}
	for j, m := range ms {
		startAt[at[m.From]] = j
		endAt[at[m.To-1]+1] = j
	}
	cur, next := auto.threadSets()
	defer auto.release(cur, next)
	var out []ruleMatch
	seen := map[ruleMatch]bool{}
	type pending struct{ mention, after int }
	var appos []pending
	var spare []thread // skipping's room, kept from one mention to the next
	for p := 0; p <= len(items); p++ {
		if j, ok := startAt[p]; ok {
			kept, skipping := cur.list[:0], spare[:0]
			for _, t := range cur.list {
				if in := &auto.prog[t.pc]; in.op == opAccept {
					m := ruleMatch{rule: in.rule, from: t.from, to: j, appos: t.appos}
					ru := rs.rules[in.rule]
					if ru.before != nil && !contextBefore(ru, items, at[ms[t.from].From]) ||
						ru.after != nil && !matchesAfter(ru.after, items, at[ms[j].To-1]+1) {
						continue
					}
					if !seen[m] {
						seen[m] = true
						out = append(out, m)
					}
				}
				if t.passed == 0 && (toks[ms[j].To-1].Poss || modifiesNext(toks, ms[j])) {
					kept, skipping = readThrough(kept, skipping, t, toks, at, ms[j])
				} else if in := &auto.prog[t.pc]; in.op == opItem && in.test.class == nameClass {
					skipping = auto.skipMention(skipping, t, in.x, at[ms[j].To-1]+1)
				}
			}
			cur.list = append(kept, skipping...)
			spare = skipping
		}
		if p == len(items) {
			break
		}
		if j, ok := endAt[p]; ok {
			cur.spawn(auto, thread{from: j}, items[p])
			if items[p].key == "," {
				appos = append(appos, pending{mention: j, after: p})
			}
		}
		if items[p].kind == punctItem && items[p].key == "," {
			kept := appos[:0]
			for _, a := range appos {
				switch {
				case a.after == p:
					kept = append(kept, a)
				case offs[p]-ms[a.mention].End <= maxApposition+1:
					cur.spawn(auto, thread{from: a.mention, passed: 1, appos: true}, items[p])
				}
			}
			appos = kept
		}
		ahead := itemAhead(items, startAt, p+1)
		next.reset()
		for _, t := range cur.list {
			if t.skip > p {
				next.add(auto, t, ahead, p+1) // inside the mention a NAME skips
				continue
			}
			if in := &auto.prog[t.pc]; in.op == opItem && in.test.matches(items[p]) {
				t.pc = in.x
				next.add(auto, t, ahead, p+1)
			}
		}
		cur, next = next, cur
	}
	return out
}

// readThrough keeps thread t, which reads through mention m ("Iran's",
// "the Iran-backed"), in kept as it is, and, past a hyphened modifier,
// in skipping too, waiting until after "-backed": "the leader of the
// Iran-backed X" reads on to X.
func readThrough(kept, skipping []thread, t thread, toks []token, at []int, m mention) ([]thread, []thread) {
	t.passed++
	if modifiesNext(toks, m) {
		u := t
		u.skip = at[m.To] + 1
		skipping = append(skipping, u)
	}
	return append(kept, t), skipping
}

// itemAhead is the item at p, which the step after the one at p-1 reads,
// unless no item or a mention starts there: then nil, for threadSet.add
// must keep every thread.
func itemAhead(items []item, startAt map[int]int, p int) *item {
	if _, ok := startAt[p]; ok || p >= len(items) {
		return nil
	}
	return &items[p]
}

// skipMention appends to out thread t past a mention a NAME element
// skips, at the instructions after it (pc), waiting until item end.
func (a *automaton) skipMention(out []thread, t thread, pc, end int) []thread {
	for _, to := range a.closure[pc] {
		u := t
		u.pc, u.skip = to, end
		out = append(out, u)
	}
	return out
}

// contextBefore reports whether a rule's before-context ends at item end,
// opening the sentence if the rule says so.
func contextBefore(ru *rule, items []item, end int) bool {
	starts := startsBefore(ru.before, items, end)
	if !ru.opts.opening {
		return len(starts) > 0
	}
	for _, p := range starts {
		if p == 0 {
			return true
		}
	}
	return false
}

// itemOffsets gives each item the byte offset of the token it stands at or
// follows, for bounding appositions.
func itemOffsets(toks []token, at []int, n int) []int {
	offs := make([]int, n)
	k := 0
	for i := range offs {
		for k+1 < len(toks) && at[k+1] <= i {
			k++
		}
		if len(toks) > 0 {
			offs[i] = toks[k].End
			if at[k] == i {
				offs[i] = toks[k].Start
			}
		}
	}
	return offs
}

// hyphenModifiers make a name before them a modifier of the noun after:
// "Iran-backed", "U.S.-led", "Baghdad-based", "Iraqi-born".
var hyphenModifiers = defaultRules.mustList("hyphenModifiers")

// modifiesNext reports whether mention m is a modifier joined by a hyphen
// to the word after it ("Iran-backed"): rules read through it.
func modifiesNext(toks []token, m mention) bool {
	return m.To < len(toks) && toks[m.To].Hyph && hyphenModifiers[toks[m.To].Key]
}
