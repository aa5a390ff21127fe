package extract

import (
	"strings"
	"testing"

	"github.com/kg-analyst/kg/schema"
)

// The comma of a place written with the place that holds it ("in
// Baghdad, Iraq on Tuesday") closes no clause: the day after it is the
// event's. A comma that closes a clause still parts a day from it.
func TestPlaceCommaDates(t *testing.T) {
	runEventCases(t, New(nil, Options{}), []eventCase{
		{"city and country", "2020-01-02", "Thousands of protesters stormed the U.S. Embassy in Baghdad, Iraq on Tuesday.",
			[]string{"siege-2019-12-31 | Siege at U.S. Embassy, 2019-12-31 | 2019-12-31"}},
		{"a clause after the day", "2020-01-02", "Protesters stormed the U.S. Embassy in Baghdad, Iraq on Tuesday, chanting slogans against America.",
			[]string{"siege-2019-12-31 | Siege at U.S. Embassy, 2019-12-31 | 2019-12-31"}},
		{"an event placed before the day", "2020-01-08", "A stampede in Kerman, Iran on Tuesday killed 56 mourners.",
			[]string{"stampede-2020-01-07 | Stampede in Kerman, 2020-01-07 | 2020-01-07"}},
		{"a base and its state", "2020-01-04", "The Pentagon deployed 3,000 troops from Fort Bragg, North Carolina on Friday.",
			[]string{"deployment-2020-01-03 | Deployment by Pentagon, 2020-01-03 | 2020-01-03"}},
		{"a clause's comma parts the day", "2020-01-02", "Protesters stormed the U.S. Embassy in Baghdad, Trump said on Wednesday.", nil},
		{"a clause after the country", "2020-01-02", "Protesters stormed the U.S. Embassy in Baghdad, Iraq, Trump said on Wednesday.", nil},
	})
}

// "X came under attack" is an attack on X, of the kind the words of the
// phrase say; what comes under criticism or pressure is no event.
func TestUnderAttack(t *testing.T) {
	runEventCases(t, New(nil, Options{}), []eventCase{
		{"rocket fire after from", "2019-12-30", "The K-1 base near Kirkuk came under attack from rocket fire on Friday.",
			[]string{"rocket-attack-2019-12-27 | Rocket attack at K-1 Air Base, 2019-12-27 | 2019-12-27"}},
		{"rocket fire, a participle after", "2019-12-30", "K-1 Air Base came under rocket fire on Friday, killing an American contractor.",
			[]string{"rocket-attack-2019-12-27 | Rocket attack at K-1 Air Base, 2019-12-27 | 2019-12-27"}},
		{"a count of rockets", "2019-12-30", "The base came under attack from more than thirty rockets on Friday evening.",
			[]string{"rocket-attack-2019-12-27 | Rocket attack, 2019-12-27 | 2019-12-27"}},
		{"missile fire from a state", "2020-01-09", "Ain al-Asad Air Base came under missile fire from Iran early on Wednesday.",
			[]string{"missile-strike-2020-01-08 | Missile strike at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
		{"a place past its city", "2020-01-09", "The U.S. Embassy in Baghdad came under attack on Tuesday.",
			[]string{"attack-2020-01-07 | Attack at U.S. Embassy, 2020-01-07 | 2020-01-07"}},
		{"fire from a group", "2020-01-09", "Camp Taji came under fire from Kataib Hezbollah on Wednesday.",
			[]string{"attack-2020-01-08 | Attack at Camp Taji, 2020-01-08 | 2020-01-08"}},
		{"criticism", "2020-01-09", "The plan came under criticism on Wednesday.", nil},
		{"pressure", "2020-01-09", "Trump came under pressure from Congress on Wednesday.", nil},
	})
}

// "The initial attack", "the first attack": an attack before the one the
// text dates, never that one.
func TestEarlierAttackApart(t *testing.T) {
	x := New(nil, Options{Descriptive: true, Describe: true})
	for _, text := range []string{
		"Protesters stormed the U.S. Embassy in Baghdad on Tuesday. Kataib Hezbollah, the militia suspected of the initial attack, denied a role.",
		"Protesters stormed the U.S. Embassy in Baghdad on Tuesday. The group was blamed for the first attack.",
		"Protesters stormed the U.S. Embassy in Baghdad on Tuesday. The militia behind the earlier attack denied it.",
	} {
		t.Run(text, func(t *testing.T) {
			res := extractArticle(t, x, "2020-01-02", text)
			var earlier, siege string
			for _, m := range res.Mentions {
				switch {
				case strings.HasSuffix(m.Text, " attack"):
					earlier = m.Entity
				case strings.HasPrefix(m.Text, "stormed "): // "stormed the U.S. Embassy in Baghdad"
					siege = m.Entity
				}
			}
			if earlier == "" || siege == "" || earlier == siege {
				t.Errorf("the earlier attack is %q, the storming %q: want two events", earlier, siege)
			}
		})
	}
}

// An attack noun before "plans" or "plot" names what was intended, not
// an attack; the same noun before its target is one.
func TestPlannedAttackNoEvent(t *testing.T) {
	runEventCases(t, New(nil, Options{}), []eventCase{
		{"attack plans", "", "The Pentagon said the strike was meant to deter future Iranian attack plans against Baghdad.", nil},
		{"strike plans", "", "Officials said the militia had drawn up strike plans against the U.S. Embassy.", nil},
		{"attack plot", "", "Officials uncovered an attack plot against Camp Taji.", nil},
		{"an attack", "", "Officials reported an attack against Camp Taji on Monday.", []string{"attack-on-camp-taji | Attack on Camp Taji | "}},
	})
}

// In an article with no date, "the funeral" after "the funeral of X" is
// that funeral, as it is once the funeral is known: an article ingested
// twice reads alike. "A funeral" is another.
func TestDefiniteIsIdentified(t *testing.T) {
	x := New([]schema.Entity{{ID: "qasem-soleimani", Type: "Person", Name: "Qasem Soleimani", Aliases: []string{"Soleimani"}}}, Options{})
	tests := []struct {
		name, text, mention, want string
	}{
		{"the funeral", "Mourners filled the streets of Tehran for the funeral of Soleimani. Khamenei wept as the funeral went on.", "the funeral", "funeral-of-qasem-soleimani"},
		{"the burial", "Thousands attended the burial of Soleimani in Kerman. The burial was postponed by hours.", "The burial", "burial-of-qasem-soleimani"},
		{"a funeral", "Mourners filled Tehran for the funeral of Soleimani. Later a funeral was held for the pilots.", "a funeral", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractArticle(t, x, "", tt.text)
			got := ""
			for _, m := range res.Mentions {
				if m.Text == tt.mention {
					got = m.Entity
				}
			}
			if got != tt.want {
				t.Errorf("%q is %q, want %q", tt.mention, got, tt.want)
			}
		})
	}
}
