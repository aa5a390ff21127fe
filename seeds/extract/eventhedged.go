package extract

import (
	"regexp"
	"strings"
)

// Agents the writer presumes: "the base came under attack from rocket
// fire, presumably from Kataib Hezbollah", "the strike, apparently
// carried out by Israel". A hedge says who is suspected, not who did it.

// reHedgedBy ends the words before a presumed agent: ", presumably
// from", ", apparently carried out by the".
var reHedgedBy = regexp.MustCompile(`,\s+(?:presumably|probably|apparently|possibly|likely|most likely|reportedly|allegedly|seemingly)\s+(?:(?:fired|launched|carried out|staged|sent)\s+)?(?:from|by)\s+(?:the\s+)?$`)

// hedgeLookBack bounds the text read before a mention for a hedge, and
// hedgeReach the words between the event and its hedge ("came under
// attack from rocket fire on Friday evening, presumably from").
const hedgeLookBack, hedgeReach = 60, 60

// hedgeStops between an event and a hedge open a clause of their own,
// whose hedge is about someone else: "the attack killed two soldiers,
// presumably from the garrison", "the attack, which wounded five,
// apparently by".
var hedgeStops = defaultRules.mustList("hedgeStops")

// hedgedAgents reads each mention after a hedge as suspected of the
// nearest event named before the hedge in its clause. ms are the
// sentence's mentions in order, verbs included.
func (r *relations) hedgedAgents(s sentence, ms []mention) {
	ms, _ = outermost(ms) // "Iranian-backed militias", not Iran
	for i, n := range ms {
		from := max(0, n.Start-hedgeLookBack)
		loc := reHedgedBy.FindStringIndex(s.art.Text[from:n.Start])
		if loc == nil {
			continue
		}
		hedge := from + loc[0]
		for j := i - 1; j >= 0; j-- {
			v := ms[j]
			if v.End > hedge {
				continue
			}
			gap := s.art.Text[v.End:hedge]
			if len(gap) > hedgeReach || strings.Contains(gap, ";") || hedgeStopped(gap) {
				break
			}
			if r.typeOf(v.Entity) != "Event" {
				continue
			}
			if r.add(n.Entity, "suspectedOf", v.Entity, s.art.Index, 0.6) {
				r.byRule("hedged-agent")
			}
			break
		}
	}
}

// hedgeStopped reports whether the words between an event and a hedge
// hold one of hedgeStops.
func hedgeStopped(gap string) bool {
	for _, t := range tokenize(gap) {
		if hedgeStops[t.Key] {
			return true
		}
	}
	return false
}
