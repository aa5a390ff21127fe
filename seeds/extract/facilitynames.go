package extract

import (
	"regexp"
	"strings"
)

// Names of built things. News writes a shrine, a base, a bridge or an oil
// field by its proper name and a lower-case head word after it ("the
// Kadhimiya shrine", "Harir base", "the Rumaila oil field"), or by the
// head word and "of" before a holy figure's name ("the shrine of Imam
// Hussein"). The head word belongs to the name: without it "Kadhimiya"
// names a district and "Hussein" a person.

var (
	facilityTails     = defaultRules.mustList("facilityTails")
	facilityModifiers = defaultRules.mustList("facilityModifiers")
	ofFacilityHeads   = defaultRules.mustList("ofFacilityHeads")
)

// facilityTailEnd returns where a lower-case head word of facilityTails,
// maybe after one of facilityModifiers, ends when it follows toks[:j]
// ("Harir air base": the end of "base"), or j when none does.
func facilityTailEnd(toks []token, j int) int {
	k := j
	if k < len(toks) && facilityModifiers[toks[k].Key] && !toks[k].Cap && !toks[k].Break {
		k++
	}
	if k < len(toks) && facilityTails[toks[k].Key] && !toks[k].Cap && !toks[k].Break && !toks[k-1].Poss {
		return k + 1
	}
	return j
}

// withFacilityTail widens a new name that toks[i:j] gives (c) to the
// lower-case head word of something built after it: "Kadhimiya" before
// "shrine" is the Kadhimiya shrine. It returns the end of the words
// taken, and false when c is no name at all: a people's, a faith's or a
// movement's adjective before the head word ("the Shiite shrine", "the
// Sadrist base").
func withFacilityTail(s string, toks []token, j int, c *candidate) (int, bool) {
	end := facilityTailEnd(toks, j)
	if end == j || !strings.HasSuffix(s[:toks[j-1].End], c.Name) {
		return j, true
	}
	if peoplesWord(nameKey(c.Name)) {
		return j, false
	}
	if c.Type != "Facility" && c.Type != "Thing" && c.Type != "City" && c.Type != "Place" && c.Type != "Region" {
		return j, true
	}
	start := toks[j-1].End - len(c.Name)
	c.Name = s[start:toks[end-1].End]
	c.Type, c.confidence = "Facility", 2
	return end, true
}

// peoplesWord reports whether a name is a people's, a faith's or a
// movement's adjective: "Shiite", "Kurdish", "Sadrist".
func peoplesWord(k string) bool {
	return adjectiveShape(k) || strings.HasSuffix(k, "ist") || strings.HasSuffix(k, "ists")
}

// reOfFacilityBefore is the head word of a built thing and "of" just
// before a name: "the shrine of ", "the tomb of the ".
var reOfFacilityBefore = regexp.MustCompile(`(?i)\b(\p{L}+)\s+of\s+(?:the\s+)?$`)

// ofFacility reads "the shrine of Imam Hussein": the run toks[i:j] after
// a head word of ofFacilityHeads and "of" names, titles and all, the
// built thing, not the figure.
func ofFacility(s string, toks []token, i, j int) (candidate, bool) {
	m := reOfFacilityBefore.FindStringSubmatchIndex(s[:toks[i].Start])
	if m == nil || !ofFacilityHeads[strings.ToLower(s[m[2]:m[3]])] {
		return candidate{}, false
	}
	for j > i+1 && (stopwords[toks[j-1].Key] || connectors[toks[j-1].Key]) {
		j--
	}
	return candidate{Name: s[m[2]:toks[j-1].End], Type: "Facility", confidence: 2}, true
}
