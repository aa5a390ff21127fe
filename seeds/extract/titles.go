package extract

import (
	"strings"
)

// Title rules (rules/titles.rules) read the body an office implies:
// "Defense Secretary Mark Esper" heads the Pentagon, "Senator Tim Kaine"
// sits in the Senate. A title block names the title's wordings, the names
// the body goes by and what the holder is to it:
//
//	title defense-secretary
//	  title: defense secretary | secretary of defense
//	  body: Pentagon | Defense Department
//	  yield: A:Person headOf B
//	  confidence: 0.75
//	  example: Defense Secretary [Mark Esper|Person] said the [Pentagon|GovernmentBody] agreed.
//	  expect: Mark Esper headOf Pentagon
//
// A is the person the title stands before, B the body. The body is never
// made up: the statement is made only when one of its names is an entity
// the same sentence names (the gazetteer resolves the name), and the
// schema allows the predicate between the two.

// titleField reads the title: and body: fields of a title block.
func (p *ruleParser) titleField(line int, key, val string) error {
	r := p.cur
	if !r.isTitle {
		return p.errorf(line, "rule %s: %s: belongs to a title block", r.id, key)
	}
	var out []string
	for _, alt := range strings.Split(val, "|") {
		if alt = strings.TrimSpace(alt); alt == "" {
			return p.errorf(line, "title %s: %s: wants NAME | NAME ..., got %q", r.id, key, val)
		}
		out = append(out, alt)
	}
	if key == "body" {
		r.bodies = append(r.bodies, out...)
		return nil
	}
	for _, alt := range out {
		var keys []string
		for _, w := range strings.Fields(alt) {
			keys = append(keys, wordKey(w))
		}
		r.titles = append(r.titles, keys)
	}
	return nil
}

// checkTitle says what a title block lacks, or "".
func checkTitle(r *rule) string {
	switch {
	case len(r.titles) == 0:
		return "has no title line"
	case len(r.bodies) == 0:
		return "has no body line"
	}
	return ""
}

// formerWords before a title say the person no longer holds it.
var formerWords = defaultRules.mustList("formerWords")

// titledPersons states what the titles of a sentence's people imply:
// "Defense Secretary Mark Esper" (the title before the mention) or a
// mention that opens with its title. The body must be named in the same
// sentence (ms), and the schema must allow the predicate between the
// person and it.
func (r *relations) titledPersons(s sentence, ms, top []mention) {
	named := map[string]bool{}
	for _, m := range ms {
		named[m.Entity] = true
	}
	for _, m := range top {
		if r.typeOf(m.Entity) != "Person" {
			continue
		}
		for _, ru := range r.rules.titled {
			if titleBefore(s.toks, m, ru.titles) {
				r.stateTitle(ru, m.Entity, r.namedBody(ru.bodies, named), s.art.Index)
			}
		}
	}
}

// titleBefore reports whether one of titles ends just before the mention
// m or opens it, in one phrase, and no word like "former" precedes it.
func titleBefore(toks []token, m mention, titles [][]string) bool {
	for _, t := range titles {
		for _, start := range []int{m.From - len(t), m.From} {
			end := start + len(t)
			if start < 0 || end > m.To || start == m.From && end >= m.To {
				continue
			}
			if keysAt(toks, start, t) && !(start > 0 && formerWords[toks[start-1].Key] && !toks[start].Break) {
				return true
			}
		}
	}
	return false
}

// keysAt reports whether toks from i read the keys, with no punctuation
// inside nor between them and the name after them.
func keysAt(toks []token, i int, keys []string) bool {
	for j, k := range keys {
		t := toks[i+j]
		if t.Key != k || j > 0 && t.Break {
			return false
		}
	}
	end := i + len(keys)
	return end >= len(toks) || !toks[end].Break
}

// stateTitle states the first yield of a title rule the person and the
// body fit, if there is a body.
func (r *relations) stateTitle(ru *rule, person, body string, sent int) {
	if body == "" {
		return
	}
	for _, y := range ru.yields {
		subj, obj := person, body
		if y.subjectIsB {
			subj, obj = body, person
		}
		if !isAny(r.typeOf(subj), y.subjectTypes) || !isAny(r.typeOf(obj), y.objectTypes) {
			continue
		}
		if r.addPredicate(subj, y.pred, obj, sent, ru.confidence) {
			r.byRule(ru.id)
			return
		}
	}
}

// namedBody is the entity one of the names stands for, if the sentence
// names it, or "".
func (r *relations) namedBody(names []string, named map[string]bool) string {
	for _, n := range names {
		if e, ok := r.g.Match(n); ok && named[e.ID] {
			return e.ID
		}
	}
	return ""
}
