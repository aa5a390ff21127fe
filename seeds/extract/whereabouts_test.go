package extract

import (
	"context"
	"testing"
)

// TestWhereSpeakersWere reads sentences written for this test (none from
// the dev or test articles), in the shapes wire copy, newspapers and
// broadcasters' sites use to say where someone spoke or stood: a
// participle of speaking set off after the name, a speech, news
// conference or visit the sentence opens with, a long participle phrase
// before the speaker, a crowd that stormed a place, the people of a
// "where" clause; and sentences with the same words that must place no
// one.
func TestWhereSpeakersWere(t *testing.T) { runWireCases(t, speakerPlaceCases) }

// speakerPlaceCases are the sentences TestWhereSpeakersWere reads.
var speakerPlaceCases = []wireCase{
	{"a participle of speaking after the name", "Iraqi President Barham Salih, speaking in Davos on Wednesday, urged restraint.",
		[]string{"barham-salih presentAt davos"}, nil},
	{"a participle of speaking to someone after the name", "Hassan Nasrallah, speaking to supporters in Beirut, vowed revenge.",
		[]string{"hassan-nasrallah presentAt beirut"}, nil},
	{"a participle of speaking from a building", "President Donald Trump, speaking from the White House on Wednesday, said Iran was standing down.",
		[]string{"donald-trump presentAt white-house"}, nil},
	{"a participle of speaking about a place", "Mike Pompeo, speaking about Baghdad, said the embassy was safe.",
		nil, []string{"mike-pompeo presentAt baghdad"}},
	{"an address the sentence opens with", "In a televised address from the White House on Wednesday, President Donald Trump said Iran was standing down.",
		[]string{"donald-trump presentAt white-house"}, nil},
	{"a news conference the sentence opens with", "At a news conference in Baghdad, Prime Minister Adel Abdul Mahdi said the vote was binding.",
		[]string{"adel-abdul-mahdi presentAt baghdad"}, nil},
	{"a visit the sentence opens with", "During a visit to Kabul on Monday, Secretary of State Mike Pompeo met Afghan leaders.",
		[]string{"mike-pompeo presentAt kabul"}, nil},
	{"a speech about a place the sentence opens with", "In a speech about Iraq, Donald Trump said the troops would stay.",
		nil, []string{"donald-trump presentAt iraq"}},
	{"a statement the sentence opens with, naming no place", "In a statement on Friday, Mike Pompeo said Iran was behind the attack.",
		nil, []string{"mike-pompeo presentAt iran"}},
	{"a long participle phrase before the speaker", "Speaking at the White House hours after Iranian missiles struck two bases in Iraq without killing anyone, Donald Trump said the country was ready for peace.",
		[]string{"donald-trump presentAt white-house"}, []string{"donald-trump presentAt iraq"}},
	{"three people seen in the crowd that stormed a place", "Qais al-Khazali, Hadi al-Amiri and Falih al-Fayyadh were seen in the crowd that stormed the U.S. Embassy on Tuesday.",
		[]string{"qais-al-khazali presentAt us-embassy", "hadi-al-amiri presentAt us-embassy", "falih-al-fayyadh presentAt us-embassy"}, nil},
	{"one among the protesters who besieged a place", "Hadi al-Amiri was among the protesters who besieged the U.S. Embassy in Baghdad.",
		[]string{"hadi-al-amiri presentAt us-embassy"}, nil},
	{"a crowd praised, not joined", "Qais al-Khazali praised the crowd that stormed the U.S. Embassy.",
		nil, []string{"qais-al-khazali presentAt us-embassy"}},
	{"he and another person of a where clause", "Mark Esper announced the operation from Mar-a-Lago in Florida, where he and Secretary of State Mike Pompeo had briefed President Donald Trump.",
		[]string{"mark-esper presentAt mar-a-lago", "mike-pompeo presentAt mar-a-lago", "donald-trump presentAt mar-a-lago"}, nil},
	{"whom a where clause's person met", "Pompeo flew on to Baghdad, where he met Prime Minister Adel Abdul Mahdi on Thursday.",
		[]string{"adel-abdul-mahdi presentAt baghdad"}, nil},
	{"a where clause of a burial", "Mourners chanted in Kerman, where Qassem Soleimani was buried on Tuesday.",
		nil, []string{"qassem-soleimani presentAt kerman"}},
}

// TestPresenceByClauseVerb reads sentences written for this test in
// which the clause's own verb phrase, read past appositions and relative
// clauses, moves its subject to a place, has it speak, meet or gather
// there, or act from its home there; and phrases that place no one: a
// departure, a burial, a region one flew to.
func TestPresenceByClauseVerb(t *testing.T) { runWireCases(t, clauseVerbPresenceCases) }

// clauseVerbPresenceCases are the sentences TestPresenceByClauseVerb
// reads.
var clauseVerbPresenceCases = []wireCase{
	{"a gathering held past a long apposition", "Esmail Qaani, the deputy whom Ali Khamenei named to lead the Quds Force after the strike, has held talks with militia leaders in Baghdad, officials said.",
		[]string{"esmail-qaani presentAt baghdad"}, nil},
	{"a meeting past a relative clause", "Mike Pompeo, who had warned Iran for weeks, met Iraqi leaders in Baghdad on Thursday.",
		[]string{"mike-pompeo presentAt baghdad"}, nil},
	{"acting from one's home", "The strike, which President Donald Trump ordered from his resort in Florida, killed ten people.",
		[]string{"donald-trump presentAt florida"}, nil},
	{"returning to a city", "Moqtada al-Sadr, who had spent months in Qom, returned to Najaf on Friday.",
		[]string{"moqtada-al-sadr presentAt najaf"}, nil},
	{"flying to a country", "General Kenneth McKenzie, the head of Central Command, flew to Kuwait on Monday.",
		[]string{"kenneth-mckenzie presentAt kuwait"}, nil},
	{"arriving on a flight from a city", "Qassem Soleimani, who had arrived on a flight from Damascus, was killed.",
		nil, []string{"qassem-soleimani presentAt damascus"}},
	{"buried in a city", "Qassem Soleimani, the Quds Force commander, was buried in Kerman on Tuesday.",
		nil, []string{"qassem-soleimani presentAt kerman"}},
	{"a region one flew to", "Mark Esper, who flew to Florida with Mike Pompeo, briefed Donald Trump.",
		nil, []string{"mark-esper presentAt florida"}},
}

// TestPlaceOpeningIsNoApposition reads sentences written for this test
// that open with the place their clause happens in ("In Iraq, rockets
// struck Camp Taji, which ..."): the clause after the comma is no
// description of the place, so what the relative clause says is said of
// the base, not of the opening place.
func TestPlaceOpeningIsNoApposition(t *testing.T) { runWireCases(t, openingPlaceCases) }

// openingPlaceCases are the sentences TestPlaceOpeningIsNoApposition
// reads.
var openingPlaceCases = []wireCase{
	{"a country, then a base that hosts troops of a coalition", "In Iraq, rockets struck Camp Taji, which hosts troops of the US-led coalition.",
		[]string{"us-led-coalition locatedIn camp-taji"}, []string{"us-led-coalition locatedIn iraq"}},
	{"a city, then a base that hosts a state's troops", "In Baghdad, rockets struck Camp Taji, which hosts U.S. troops.",
		[]string{"united-states deployedTo camp-taji"}, []string{"united-states deployedTo baghdad"}},
	{"a country and its day, then a base", "In Iraq on Tuesday, three rockets hit Ain al-Asad, which houses American forces.",
		[]string{"united-states deployedTo ain-al-asad-air-base"}, nil},
	{"from a city, then a group based in another", "From Beirut, Hezbollah praised Kataib Hezbollah, which is based at Jurf al-Sakhar.",
		[]string{"kataib-hezbollah locatedIn jurf-al-sakhar"}, []string{"hezbollah locatedIn jurf-al-sakhar"}},
	{"an apposition after a mid-sentence place still describes it", "Rockets struck Camp Taji, a base that hosts troops of the US-led coalition.",
		[]string{"us-led-coalition locatedIn camp-taji"}, nil},
}

// TestWhoSpokeForSomeoneWhere reads sentences written for this test in
// which a representative, envoy or aide reads or delivers a message
// somewhere, or a place the sentence opens with holds the representative
// named after "a representative of X": the representative was there, the
// one he speaks for need not be.
func TestWhoSpokeForSomeoneWhere(t *testing.T) { runWireCases(t, representativeCases) }

// representativeCases are the sentences TestWhoSpokeForSomeoneWhere
// reads.
var representativeCases = []wireCase{
	{"a sermon read by a representative set off by commas", "Ali al-Sistani condemned the strikes in a sermon read by his representative, Sheikh Abdul-Mahdi al-Karbalaei, in the holy city of Karbala.",
		[]string{"abdul-mahdi-al-karbalaei presentAt karbala"}, []string{"ali-al-sistani presentAt karbala"}},
	{"a sermon read by a representative inside a relative clause", "Ali al-Sistani, whose sermon was read by his representative Ahmed al-Safi in Karbala, urged calm.",
		[]string{"ahmed-al-safi presentAt karbala"}, []string{"ali-al-sistani presentAt karbala"}},
	{"a message delivered by an envoy", "The letter was delivered by the Swiss envoy, Markus Leitner, in Tehran on Friday.",
		[]string{"markus-leitner presentAt tehran"}, nil},
	{"an opening place, then a representative of someone", "In Karbala, a representative of Mr. Sistani, Ahmed al-Safi, told worshipers that the government must go.",
		[]string{"ahmed-al-safi presentAt karbala"}, []string{"ali-al-sistani presentAt karbala"}},
	{"an opening place, then an aide of someone", "In Najaf, an aide to Moqtada al-Sadr said the march would go ahead.",
		nil, []string{"moqtada-al-sadr presentAt najaf"}},
	{"an opening place, then the person himself", "In Beirut, Hezbollah chief Hassan Nasrallah told supporters the killing would be avenged.",
		[]string{"hassan-nasrallah presentAt beirut"}, nil},
}

// TestTrailingPresence reads sentences written for this test, in
// broadcasters', agencies' and newspapers' shapes, that end with a
// participle of speaking, leading or standing set off after the clause:
// its subject was at the place the phrase names; not at a place the
// phrase only talks about, nor where others were, nor where the one
// mourned lies.
func TestTrailingPresence(t *testing.T) { runWireCases(t, trailingPresenceCases) }

// trailingPresenceCases are the sentences TestTrailingPresence reads.
var trailingPresenceCases = []wireCase{
	{"addressing a crowd in a city of a region", "Hossein Salami vowed on Tuesday that Iran would take revenge, addressing a vast crowd of mourners in the southeastern city of Kerman.",
		[]string{"hossein-salami presentAt kerman"}, nil},
	{"speaking on television from a city", "Hassan Nasrallah vowed revenge, speaking on television from Beirut.",
		[]string{"hassan-nasrallah presentAt beirut"}, nil},
	{"leading prayers at a place", "Ali Khamenei wept openly, leading prayers at Tehran University.",
		[]string{"ali-khamenei presentAt tehran-university"}, nil},
	{"speaking to reporters at a resort", "Donald Trump praised the strike, speaking to reporters at Mar-a-Lago on Friday.",
		[]string{"donald-trump presentAt mar-a-lago"}, nil},
	{"standing beside a coffin in a city", "Esmail Qaani wept, standing beside the coffin in Kerman.",
		[]string{"esmail-qaani presentAt kerman"}, nil},
	{"speaking about a place", "Mike Pompeo defended the strike, speaking about the threat in Iraq.",
		nil, []string{"mike-pompeo presentAt iraq"}},
	{"addressing those who were elsewhere", "Esmail Qaani praised the fighters, addressing militia leaders who had fought in Syria.",
		nil, []string{"esmail-qaani presentAt syria"}},
	{"the one mourned is not the subject", "Mourners wept for Qassem Soleimani, standing in the rain in Kerman.",
		nil, []string{"qassem-soleimani presentAt kerman"}},
}

// TestBuildingOrBody reads articles that name a body named for its
// building: one that names it only as a place makes it the building, and
// who spoke or signed there present at it; one where the body also
// speaks keeps the body, and places no one at it.
func TestBuildingOrBody(t *testing.T) {
	x := New(nil, IngestOptions())
	for _, tt := range []struct {
		name, text, typ string
	}{
		{"only at the building", "Donald Trump signed the order at the White House. Mike Pompeo spoke from the White House later.", "Facility"},
		{"the body speaks", "The White House said Iran would pay. Donald Trump spoke at the White House on Friday.", "GovernmentBody"},
		{"the body's officials", "White House officials said the strike was lawful.", "GovernmentBody"},
		{"the body owns something", "Donald Trump met aides at the White House. The White House's statement came later.", "GovernmentBody"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Input{ID: "t", Raw: "Title\n\n" + tt.text, Date: "2020-01-08"})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, e := range res.Document.Entities {
				if e.ID == "white-house" {
					got = e.Type
				}
			}
			if got != tt.typ {
				t.Errorf("%q: the White House is %q, want %q", tt.text, got, tt.typ)
			}
		})
	}
}
