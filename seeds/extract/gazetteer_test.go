package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds/article"
)

// TestGazetteerShapes: every run of words of the dev articles whose key
// names a known entity passes mayName, and most runs that name nothing
// are turned away before their key is made; for a run not opening with
// al-, its first word's lengths and wordsBit say what mayName says.
func TestGazetteerShapes(t *testing.T) {
	g := NewGazetteer(MergeKnown(known, World()), GazetteerOptions{Descriptive: true})
	named, skipped := 0, 0
	for _, p := range devArticles(t) {
		for _, s := range article.Parse("p", p).Sentences {
			toks := tokenize(s.Text)
			for i := range toks {
				for n := 1; n <= g.maxWords && i+n <= len(toks); n++ {
					run := toks[i : i+n]
					_, ok := g.byKey[joinKeys(run)]
					may := g.mayName(run)
					if !schema.IsParticle(run[0].Key) && may != (g.lengths[run[0].Key]&wordsBit(run) != 0) {
						t.Errorf("%q: mayName says %v, its first word's lengths the other", s.Text[run[0].Start:run[n-1].End], may)
					}
					switch {
					case ok && !may:
						t.Errorf("%q names an entity, but mayName turns it away", s.Text[toks[i].Start:toks[i+n-1].End])
					case ok:
						named++
					case !may:
						skipped++
					}
				}
			}
		}
	}
	if named == 0 || skipped == 0 {
		t.Errorf("runs naming an entity: %d, turned away: %d; want some of each", named, skipped)
	}
}

// TestSpellingOverVariant: a place whose name folds, by a person's
// transliteration variant, to the person's key is the place where the
// text spells it as the place does, and the person everywhere else, and
// even so the person where his full name ended in it before and no "in",
// "to" or "from" puts it on the map; a body's other name made of generic
// words is no part of a longer name it ends ("Kurdistan Region Security
// Council" is no UN body); a lower-case phrase an acronym owns is not
// the body it would otherwise match; an acronym in brackets after a new name that ends in a known one
// is the new name's. (Sentences written for the shapes of Kurdish and
// Iraqi outlets' coverage, not taken from the dev set.)
func TestSpellingOverVariant(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"the city after in", "Protesters gathered in Sulaimani on Sunday.", []string{"gathered in Sulaimani=rally-2019-12-29", "Sulaimani=sulaymaniyah"}},
		{"the city opening a sentence", "In Sulaimani, shops stayed shut.", []string{"Sulaimani=sulaymaniyah"}},
		{"the city's other spelling", "Slemani and Erbil were calm.", []string{"Slemani=sulaymaniyah", "Erbil=erbil"}},
		{"the person by his variants", "Qassem Suleimani met Qassim Soleimani.", []string{"Qassem Suleimani=qasem-soleimani", "Qassim Soleimani=qasem-soleimani"}},
		{"the person by his surname", "Soleimani's convoy left the airport.", []string{"Soleimani=qasem-soleimani"}},
		{"a council an acronym owns", "The KRG security council met in Erbil.", []string{"KRG=kurdistan-regional-government", "Erbil=erbil"}},
		{"a council a bracketed acronym owns", "The Kurdistan Regional Government (KRG) security council met.",
			[]string{"Kurdistan Regional Government=kurdistan-regional-government", "KRG=kurdistan-regional-government"}},
		{"the council written whole", "The UN Security Council met in New York.", []string{"UN Security Council=un-security-council", "New York=new-york"}},
		{"a party named after a region", "The Patriotic Union of Kurdistan (PUK) called for calm.",
			[]string{"Patriotic Union of Kurdistan=patriotic-union-of-kurdistan", "PUK=patriotic-union-of-kurdistan"}},
		{"a known name's acronym", "The Popular Mobilization Forces (PMF) said so.",
			[]string{"Popular Mobilization Forces=popular-mobilization-forces", "PMF=popular-mobilization-forces"}},
		{"the surname of the person named before", "Qassem Sulaimani was killed. Mourners praised Sulaimani on Monday.",
			[]string{"Qassem Sulaimani=qasem-soleimani", "Sulaimani=qasem-soleimani"}},
		{"the surname opening a sentence", "Qassem Sulaimani was killed on Friday. Sulaimani led the Quds Force.",
			[]string{"Qassem Sulaimani=qasem-soleimani", "Sulaimani=qasem-soleimani", "Quds Force=quds-force"}},
		{"the city after in, the person named before", "Qassem Sulaimani was killed. Protesters gathered in Sulaimani on Monday.",
			[]string{"Qassem Sulaimani=qasem-soleimani", "gathered in Sulaimani=rally-2019-12-30", "Sulaimani=sulaymaniyah"}},
		{"the city after from and to", "Qassem Sulaimani was killed. Buses ran from Sulaimani to Erbil and to Sulaimani.",
			[]string{"Qassem Sulaimani=qasem-soleimani", "Sulaimani=sulaymaniyah", "Erbil=erbil", "Sulaimani=sulaymaniyah"}},
		{"the city with no person named before", "Mourners praised Sulaimani on Monday.", []string{"Sulaimani=sulaymaniyah"}},
		{"a region's council", "The Kurdistan Region Security Council said the drones came from Iran.",
			[]string{"Kurdistan Region Security Council=kurdistan-region-security-council", "Iran=iran"}},
		{"the council alone", "The Security Council met on Monday.", []string{"Security Council=un-security-council"}},
		{"a state's guards by its adjective", "Iranian Revolutionary Guards fired missiles.",
			[]string{"Iranian=iran", "Revolutionary Guards=revolutionary-guards"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, mentionsOf(t, x, "Title\n\n"+tt.text)); diff != "" {
				t.Errorf("mentions of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestRegionByItsHeadWord: a region named in full is meant by its head
// word alone later in the text, as a group is ("the Guards"); a head word
// nothing named before stands for nothing. (Sentences of our own.)
func TestRegionByItsHeadWord(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"the Region after the Kurdistan Region", "Rockets fell in the Kurdistan Region. Officials want the Region kept out of it.",
			[]string{"Kurdistan Region=kurdistan", "Region=kurdistan"}},
		{"the Province after a province", "Troops left Anbar Province. The Province was calm by night.",
			[]string{"Anbar Province=anbar", "Province=anbar"}},
		{"a head word with nothing before", "Officials want the Region kept out of it.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, mentionsOf(t, x, "Title\n\n"+tt.text)); diff != "" {
				t.Errorf("mentions of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestKnownPersonOpensLongerName: a known person's name that a particle or
// a hyphen carries on into a longer name names someone else, who is read
// whole; the known name alone, or set off by a comma, is still the person.
func TestKnownPersonOpensLongerName(t *testing.T) {
	pm := schema.Entity{ID: "adel-abdul-mahdi", Type: "Person", Name: "Adel Abdul Mahdi", Aliases: []string{"Abdul-Mahdi", "Adel Abdul-Mahdi"}}
	x := New(append(slices.Clone(known), pm), Options{})
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a particle carries it on", "A sermon was read by his representative, Sheikh Abdul-Mahdi al-Karbalaei, in Karbala.",
			[]string{"Abdul-Mahdi al-Karbalaei=abdul-mahdi-al-karbalaei", "Karbala=karbala"}},
		{"bin carries it on", "Abdul-Mahdi bin Salman spoke.", []string{"Abdul-Mahdi bin Salman=abdul-mahdi-bin-salman"}},
		{"the known name alone", "Abdul-Mahdi said the strikes violated Iraq's sovereignty.", []string{"Abdul-Mahdi=adel-abdul-mahdi", "Iraq=iraq"}},
		{"the known name set off", "Abdul-Mahdi, the prime minister, resigned.", []string{"Abdul-Mahdi=adel-abdul-mahdi"}},
		{"the known name's possessive", "Adel Abdul-Mahdi's government resigned.", []string{"Adel Abdul-Mahdi=adel-abdul-mahdi"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, mentionsOf(t, x, "Title\n\n"+tt.text)); diff != "" {
				t.Errorf("mentions of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestBasesAndTowns: the bases, towns and squares this news names are
// known with their types, however an article writes them.
func TestBasesAndTowns(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a base by its town's name", "The airmen at Balad were wounded on Sunday.", []string{"Balad Air Base:Facility"}},
		{"a base by its code", "A contractor at the K-1 military base near Kirkuk was killed.", []string{"K-1 Air Base:Facility", "Kirkuk:City"}},
		{"a border town in two spellings", "The strikes hit sites near al-Qaim and Albu Kamal.", []string{"Abu Kamal:City", "al-Qaim:City"}},
		{"a square and a militia town", "Protesters filled Tahrir Square on Friday.", []string{"Tahrir Square:Place"}},
		{"a sea a people's adjective opens", "Six B-52 bombers flew to Diego Garcia in the Indian Ocean.", []string{"B-52:Vehicle", "Diego Garcia:Region", "Indian Ocean:Region"}},
		{"where the wounded went", "Eleven were flown to Landstuhl Regional Medical Center and later to Walter Reed.", []string{"Landstuhl Regional Medical Center:Facility", "Walter Reed National Military Medical Center:Facility"}},
	})
}

// TestFamilyNamesOfGroups: a group's name written as a person's family
// name after his given names is the person ("Abdul-Malik al-Houthi"); the
// group's name alone, after an adjective or a possessive stays the group.
func TestFamilyNamesOfGroups(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a given name and a family name", "Abdul-Malik al-Houthi vowed revenge on Sunday.", []string{"Abdul-Malik al-Houthi:Person"}},
		{"two given names", "Mohammed Ali al-Houthi warned the United States.", []string{"Mohammed Ali al-Houthi:Person", "United States:Country"}},
		{"the group by its name", "Houthi rebels praised the strike in Yemen.", []string{"Houthis:ArmedGroup", "Yemen:Country"}},
		{"the group after a possessive", "Lebanon's al-Nujaba fighters praised the strike.", []string{"Harakat al-Nujaba:ArmedGroup", "Lebanon:Country"}},
	})
}
