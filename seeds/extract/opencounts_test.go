package extract

import "testing"

// openCountCases: a verb phrase whose object comes with a count keeps the
// verb, the noun and the preposition as its label; modals, negation,
// reporting verbs and nationality adjectives still make no relation.
var openCountCases = []openCase{
	{"a count and a possessive", "Germany moved 35 of its soldiers out of Iraq.", []string{"germany says/moved-soldiers-out-of iraq"}},
	{"a number word and a model", "The Quds Force smuggled six Fajr-5 launchers into Baghdad.", []string{"quds-force says/smuggled-launchers-into baghdad"}},
	{"a hedged count", "France evacuated about 3,000 citizens from Iraq on Monday.", []string{"france says/evacuated-citizens-from iraq"}},
	{"more than a dozen", "Kataib Hezbollah hurled more than a dozen rockets toward Baghdad.", []string{"kataib-hezbollah says/hurled-rockets-toward baghdad"}},
	{"hundreds of its", "Britain pulled hundreds of its diplomats out of Iran.", []string{"united-kingdom says/pulled-diplomats-out-of iran"}},
	{"an adverb before the verb", "Germany has quietly moved 120 of its trainers from Iraq.", []string{"germany says/moved-trainers-from iraq"}},
	{"a modal makes no relation", "Germany will move 35 of its soldiers out of Iraq.", nil},
	{"negation makes no relation", "Germany did not move 35 of its soldiers out of Iraq.", nil},
	{"a reporting verb makes no relation", "Germany told 300 of its citizens to leave Iraq.", nil},
	{"a nationality adjective does not act", "Iranian forces moved 300 of their fighters into Iraq.", nil},
	{"a measure keeps its number", "Kataib Hezbollah gained 40 per cent in Baghdad.", []string{"kataib-hezbollah says/gained-40-per-cent-in baghdad"}},
	{"a count with no noun after it", "Germany moved 35 of them out of Iraq.", nil},
}

func TestOpenCounts(t *testing.T) { checkOpen(t, openCountCases) }
