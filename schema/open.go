package schema

import (
	"strings"

	"github.com/cayleygraph/quad"
)

// OpenVocab is the namespace of open relations: the phrase a text itself
// uses between two entities where no predicate of the schema fits
// ("pledged to avenge", "met with"). Readers rank them below typed
// statements and above co-mentions; their IRI spells the phrase, so a
// query can ask for one (<kg:says/met-with>).
const OpenVocab = Vocab + "says/"

// OpenRelation returns the predicate of an open relation named by phrase:
// lower-case ASCII words joined by hyphens in the IRI, spaces in the
// labels. It reports false when the phrase has no such word.
func OpenRelation(phrase string) (Predicate, bool) {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		w = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, w)
		if w != "" {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return Predicate{}, false
	}
	label := strings.Join(words, " ")
	slug := strings.Join(words, "-")
	return Predicate{Name: "says/" + slug, IRI: quad.IRI(OpenVocab + slug), Label: label, Inverse: label + " (by)",
		Domain: anything, Range: anything, Doc: "an open relation: the phrase of the text that links the two"}, true
}

// LookupOpenRelation returns the open relation an IRI names.
func LookupOpenRelation(iri quad.IRI) (Predicate, bool) {
	slug, ok := strings.CutPrefix(string(iri), OpenVocab)
	if !ok {
		return Predicate{}, false
	}
	return OpenRelation(strings.ReplaceAll(slug, "-", " "))
}

// IsOpen reports whether p is an open relation rather than a predicate of
// the schema.
func (p Predicate) IsOpen() bool { return strings.HasPrefix(string(p.IRI), OpenVocab) }
