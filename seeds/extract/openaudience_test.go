package extract

import "testing"

// openAudienceCases: a speaker told an audience at a place is linked to
// the place; told a name, or told what without where, is no relation.
var openAudienceCases = []openCase{
	{"told reporters at", "Donald Trump told reporters at the Pentagon that Iran would pay.", []string{"donald-trump says/told-reporters-at pentagon"}},
	{"told a news conference at", "Ali Khamenei told a news conference at the State Department on Monday that the deal was dead.", []string{"ali-khamenei says/told-a-news-conference-at state-department"}},
	{"an unknown place makes nothing", "Mike Pompeo tells journalists aboard Air Force One that talks will resume.", nil},
	{"a city is where the speaker was (presentAt), no open relation", "Qasem Soleimani told lawmakers in Tehran that the war had begun.", nil},
	{"an adverb before the verb", "Trump later told journalists at the Pentagon that he was not worried.", []string{"donald-trump says/told-journalists-at pentagon"}},
	{"a press briefing, in an agency's style", "Mike Pompeo told a press briefing at the State Department that sanctions would follow.", []string{"mike-pompeo says/told-a-press-briefing-at state-department"}},
	{"no clause after the place", "Defiant, Trump told senators at the State Department.", []string{"donald-trump says/told-senators-at state-department"}},
	{"told a name is no relation", "Trump told Iran to pay.", nil},
	{"told an audience with no place", "Trump told reporters Iran would pay.", []string{"donald-trump says/said-that iran"}},
	{"negation makes no relation", "Trump did not tell reporters at the Pentagon why.", nil},
	{"a modal makes no relation", "Trump will tell reporters at the Pentagon that Iran must pay.", nil},
	{"a nationality adjective does not act", "Iranian officials told reporters in Baghdad that the talks had failed.", nil},
}

func TestOpenAudience(t *testing.T) { checkOpen(t, openAudienceCases) }
