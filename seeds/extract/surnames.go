package extract

import (
	"slices"
	"sort"
	"strings"
)

// A surname written alone stands for the person of that surname the text
// named in full last: after "Mohammed Sadiq al-Sadr, the father of the
// cleric Moqtada al-Sadr", "Sadr's Mahdi Army" is Moqtada's. A full name
// tied to another person by kinship is no such antecedent: after
// "sanctioned Khazali and his brother Laith al-Khazali", "Khazali" is
// still Qais, and in "X, the father of Y" the father is described by Y.

// pronounOwners open a kin phrase owned by the person a pronoun means.
var pronounOwners = defaultRules.mustList("pronounOwners")

// surnameState holds, by surname key, the person named in full last.
type surnameState struct {
	last map[string]string
}

// resolve gives each surname written alone in ms the person of that
// surname the document named in full last, and notes the full names of
// s, in order.
func (st *surnameState) resolve(s sentence, ms []mention, g *Gazetteer) {
	if st.last == nil {
		st.last = map[string]string{}
	}
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return ms[order[a]].Start < ms[order[b]].Start })
	for _, i := range order {
		m := ms[i]
		e, ok := g.Lookup(m.Entity)
		if !ok || e.Type != "Person" {
			continue
		}
		key := nameKey(m.Text)
		if !strings.Contains(key, " ") || strings.HasPrefix(key, "al ") || strings.HasPrefix(key, "el ") {
			if id := st.last[key]; id != "" && id != m.Entity && isSurnameOf(key, e.Name) {
				ms[i].Entity = id
			}
			continue
		}
		if kinTied(s.toks, m) {
			continue
		}
		for _, sur := range surnames(m.Text) {
			st.last[sur] = m.Entity
		}
	}
}

// isSurnameOf reports whether key is one of the surname keys of name.
func isSurnameOf(key, name string) bool { return slices.Contains(surnames(name), key) }

// kinTied reports whether the mention m is written as another person's
// kin: a family word just before it ("and his brother Laith al-Khazali",
// "Soleimani's daughter, Zeinab Soleimani"), unless a pronoun's kin opens
// the sentence ("His relative Moqtada al-Sadr founded"), or set off after
// it ("X, the father of Y", "X, a cousin of Y").
func kinTied(toks []token, m mention) bool {
	k := m.From - 1
	if k >= 0 && toks[k].Key == "," {
		k--
	}
	if k >= 0 && kinNouns[toks[k].Key] {
		// "His relative Moqtada al-Sadr founded": a kin opening the
		// sentence is its subject, the text's topic from here on.
		return k == 0 || k > 1 || !pronounOwners[toks[0].Key]
	}
	j := m.To
	if j < len(toks) && toks[j].Key == "," {
		j++
	}
	if j < len(toks) && determiners[toks[j].Key] {
		j++
	}
	return j+1 < len(toks) && kinNouns[toks[j].Key] && toks[j+1].Key == "of"
}
