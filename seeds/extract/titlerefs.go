package extract

import "strings"

// Wire copy names a person with a title once ("Prime Minister Adel Abdul
// Mahdi", "Mohammad Javad Zarif, the foreign minister") and then by the
// title alone: "the prime minister also urged Iran". titleHolders keeps,
// for one document, who was named with which title, and titleRefs reads
// a later "the prime minister" as that person when the document has
// named exactly one person so; two "generals" make "the general" no one.

// titleHolders maps the words of a title ("prime minister", "foreign
// minister") to the persons a document named with it.
type titleHolders map[string]map[string]bool

// identityModifiers make a title someone else's: "the former president"
// is not the president the article named.
var identityModifiers = defaultRules.mustList("identityModifiers")

// titleWord reports whether a word may be part of an office's title.
func titleWord(k string) bool {
	return personTitles[k] || titleWords[k] || roleWords[k] || titleModifiers[k]
}

// officeHead reports whether a word ends a title: "minister", "cleric".
func officeHead(k string) bool { return personTitles[k] || roleWords[k] }

// note records the titles the persons of ms carry in s: the words
// before the name ("Defense Secretary Mark Esper") or set off after it
// (", the foreign minister,").
func (h titleHolders) note(s sentence, ms []mention, g *Gazetteer) {
	toks := s.toks
	for _, m := range ms {
		if e, _ := g.Lookup(m.Entity); e.Type != "Person" {
			continue
		}
		k := m.From
		for k > 0 && !toks[k].Break && (titleWord(toks[k-1].Key) || toks[k-1].Key == "of" && k > 1 && titleWord(toks[k-2].Key)) {
			k--
		}
		if k < m.From && officeHead(toks[m.From-1].Key) {
			h.add(toks[k:m.From], m.Entity)
		}
		if j := m.To; j+1 < len(toks) && toks[j].Break && determiners[toks[j].Key] {
			end := j + 1
			for end < len(toks) && !toks[end].Break && titleWord(toks[end].Key) {
				end++
			}
			if end > j+1 && officeHead(toks[end-1].Key) && (end == len(toks) || toks[end].Break || toks[end].Key == "of") {
				h.add(toks[j+1:end], m.Entity)
			}
		}
	}
}

// add records that person id holds the title the words say, its
// modifiers ("caretaker", "acting") left out.
func (h titleHolders) add(words []token, id string) {
	key := titleKey(words)
	if key == "" {
		return
	}
	if h[key] == nil {
		h[key] = map[string]bool{}
	}
	h[key][id] = true
}

// titleKey joins the words of a title that say which office it is; a
// hyphen keeps its compound whole, so that "secretary-general" ends in no
// "general".
func titleKey(words []token) string {
	var ks []string
	for _, t := range words {
		switch {
		case t.Hyph && len(ks) > 0:
			ks[len(ks)-1] += "-" + t.Key
		case t.Key != "of" && (!titleModifiers[t.Key] || portfolios[t.Key]):
			ks = append(ks, t.Key)
		}
	}
	return strings.Join(ks, " ")
}

// holder is the one person the document named with a title that ends in
// key's words, or "".
func (h titleHolders) holder(key string) string {
	found := ""
	for title, ids := range h {
		if title != key && !strings.HasSuffix(title, " "+key) {
			continue
		}
		for id := range ids {
			if found != "" && found != id {
				return ""
			}
			found = id
		}
	}
	return found
}

// refer finds in s the titles that stand for a person named before:
// "the" (maybe a demonym, maybe "caretaker"), title words ending in a
// head, and no name after them.
func (h titleHolders) refer(s sentence, ms []mention, g *Gazetteer) []mention {
	toks := s.toks
	taken := make([]bool, len(toks))
	here := map[string]bool{}
	for _, m := range ms {
		for k := m.From; k < m.To; k++ {
			taken[k] = true
		}
		here[m.Entity] = true
	}
	var out []mention
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Key != "the" {
			continue
		}
		j := i + 1
		if taken[j] && j+1 < len(toks) && isDemonymMention(ms, j, g) {
			j++ // "the Iraqi prime minister"
		}
		end := j
		for end < len(toks) && !toks[end].Break && !taken[end] && titleWord(toks[end].Key) && !identityModifiers[toks[end].Key] {
			end++
		}
		if end == j || !officeHead(toks[end-1].Key) || end < len(toks) && !toks[end].Break && (toks[end].Cap || toks[end].Key == "of") {
			continue // no title, or "the Prime Minister Adel ...", "the leader of X"
		}
		if id := h.holder(titleKey(toks[j:end])); id != "" && !here[id] {
			out = append(out, spanMention(s, id, i, end))
			i = end - 1
		}
	}
	return out
}

// isDemonymMention reports whether a mention of ms that is one word at
// token j names a state by its people's adjective ("Iraqi").
func isDemonymMention(ms []mention, j int, g *Gazetteer) bool {
	for _, m := range ms {
		if m.From == j {
			return isDemonym(g, m)
		}
	}
	return false
}
