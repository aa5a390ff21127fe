package extract

import (
	"context"
	"slices"
	"testing"
)

// coMentionCases are sentences in several outlets' styles with the
// co-mentions they must write (want) and must not (none), each pair as
// "a b", the smaller id first. A co-mention is the fallback for what the
// sentence leaves unjoined (fallbackCoMentions).
var coMentionCases = []struct {
	name, text string
	want, none []string
}{
	// Joined within two statements: the strike joins its victim and its agent.
	{"AP passive, the agent's adjective", "Soleimani was killed in a U.S. drone strike near Baghdad airport on Friday.",
		nil, []string{"qasem-soleimani united-states", "baghdad-international-airport qasem-soleimani"}},
	{"Reuters active", "A U.S. drone strike killed Qasem Soleimani at Baghdad airport early on Friday.",
		nil, []string{"qasem-soleimani united-states", "baghdad-international-airport united-states"}},
	{"Guardian fronted time, by-phrase", "Early on Friday, Qasem Soleimani was killed by a US drone strike outside Baghdad airport.",
		nil, []string{"qasem-soleimani united-states"}},
	{"an apposition between subject and verb", "Khamenei, Iran's supreme leader, vowed revenge against the United States.",
		nil, []string{"iran united-states"}},
	// Nothing joins them: the co-mention stays, one per sentence.
	{"two places, nothing said", "Crowds in Iran and Iraq mourned. Flags flew in Iraq and Iran.",
		[]string{"iran iraq"}, nil},
	{"a name no relation reaches", "The killing of Soleimani, who led the Quds Force, stunned Baghdad.",
		[]string{"baghdad quds-force"}, nil},
	// The items of a long list, each still co-mentioned with the rest.
	{"a list of four, the rest kept", "Pompeo spoke to leaders in Britain, France, Germany and Italy about Iran.",
		[]string{"france iran", "iran united-kingdom"}, []string{"france united-kingdom", "france germany", "germany italy"}},
	{"AP list of three", "Rockets were fired at bases in Iraq, Syria and Lebanon on Sunday.",
		nil, []string{"iraq syria", "lebanon syria", "iraq lebanon"}},
	{"wire list with state media", "Mourners marched in Tehran, Mashhad and Qom on Monday, state media said.",
		nil, []string{"mashhad tehran", "qom tehran"}},
	{"Oxford comma", "Officials in Baghdad, Erbil, and Basra said Kataib Hezbollah had not been consulted.",
		[]string{"baghdad kataib-hezbollah", "basra kataib-hezbollah"}, []string{"baghdad erbil", "baghdad basra"}},
	// The wire a dateline credits filed the story; named in it, it is content.
	{"AP dateline", "KERMAN, Iran (AP) — A stampede at the burial of Qassem Soleimani killed 56 people on Tuesday.",
		[]string{"kerman qasem-soleimani"}, []string{"associated-press qasem-soleimani", "associated-press kerman"}},
	{"Reuters dateline", "KYIV/TEHRAN (Reuters) - Iran said on Saturday it had shot down a Ukrainian airliner near Tehran.",
		[]string{"kyiv tehran"}, []string{"iran reuters", "reuters ukraine"}},
	{"a wire told, not credited", "Crowds gathered in Baghdad as Iraqis mourned Soleimani, a cleric in Kerbala told Reuters.",
		[]string{"baghdad reuters"}, nil},
}

func TestFallbackCoMentions(t *testing.T) {
	x := New(known, Options{})
	for _, c := range coMentionCases {
		t.Run(c.name, func(t *testing.T) {
			res, err := x.Extract(context.Background(), Input{ID: "t", Raw: "Title\n\n" + c.text, Date: "2020-01-05"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, st := range res.Document.Statements {
				if st.Predicate.Name == MentionedWith.Name {
					got = append(got, st.Subject+" "+st.Object)
				}
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("no co-mention %s in %q; got %q", w, c.text, got)
				}
			}
			for _, n := range c.none {
				if slices.Contains(got, n) {
					t.Errorf("co-mention %s in %q, want none", n, c.text)
				}
			}
		})
	}
}
