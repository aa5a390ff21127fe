package extract

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/schema"
)

// extractArticle extracts an article with a title line and text,
// published on date.
func extractArticle(t *testing.T, x *Extractor, date, text string) Result {
	t.Helper()
	res, err := x.Extract(context.Background(), Input{ID: "t", Raw: "Title\n\n" + text, Date: date})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// eventsOf extracts an article published on date and returns its events
// as "id | name | startDate".
func eventsOf(t *testing.T, x *Extractor, date, text string) []string {
	t.Helper()
	res := extractArticle(t, x, date, text)
	days := map[string]string{}
	for _, st := range res.Document.Statements {
		if st.Predicate.Name == "startDate" {
			days[st.Subject] = literalText(st.Value)
		}
	}
	var out []string
	for _, e := range res.Document.Entities {
		if e.Type == "Event" {
			out = append(out, e.ID+" | "+e.Name+" | "+days[e.ID])
		}
	}
	sort.Strings(out)
	return out
}

// eventCase is an article published on date and the events its text
// should give, as eventsOf writes them.
type eventCase struct {
	name, date, text string
	want             []string
}

// oneEventCase is a text that names one event, and that event's id.
type oneEventCase struct{ name, date, text, want string }

// runOneEventCases wants each text to name exactly its one event.
func runOneEventCases(t *testing.T, x *Extractor, tests []oneEventCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventsOf(t, x, tt.date, tt.text)
			if len(got) != 1 || !strings.HasPrefix(got[0], tt.want+" | ") {
				t.Errorf("events %q, want one, %s", got, tt.want)
			}
		})
	}
}

func runEventCases(t *testing.T, x *Extractor, tests []eventCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, eventsOf(t, x, tt.date, tt.text)); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

func TestResolveEvents(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		{"what, where and when", "2020-01-03",
			"Soleimani was killed by a U.S. drone strike near Baghdad International Airport on Friday.",
			[]string{"air-strike-2020-01-03 | Air strike by United States at Baghdad International Airport, 2020-01-03 | 2020-01-03"}},
		{"two names, one day: one event", "2019-12-31",
			"U.S. air strikes on Sunday hit Kataib Hezbollah. The U.S. strikes on Sunday killed 25 fighters.",
			[]string{"air-strike-2019-12-29 | Air strike by United States, 2019-12-29 | 2019-12-29"}},
		{"two days after", "2020-01-05",
			"Parliament voted on Sunday, two days after a U.S. drone strike in Baghdad killed Soleimani.",
			[]string{"air-strike-2020-01-03 | Air strike by United States in Baghdad, 2020-01-03 | 2020-01-03",
				"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"two days, two events", "2020-01-03",
			"The U.S. strikes on Dec. 29 hit Kataib Hezbollah. A U.S. drone strike on Friday killed Soleimani.",
			[]string{"air-strike-2019-12-29 | Air strike by United States, 2019-12-29 | 2019-12-29",
				"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03"}},
		// A date far from the event is when someone spoke, not when it happened.
		{"undated event keeps its name", "2020-01-07",
			"Iran vowed revenge for the U.S. drone strike, its foreign minister said in a speech in Tehran on Tuesday.",
			[]string{"us-drone-strike | U.S. drone strike | "}},
		// Votes, stampedes and resignations are kinds of their own
		// (rules/events.kinds).
		{"a vote held by parliament", "2020-01-07",
			"The Iraqi parliament held a vote on Sunday.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"a stampede at a funeral is an event of its own, where the funeral was", "2020-01-08",
			"The stampede at the funeral in Kerman killed 56 on Tuesday.",
			[]string{"funeral-2020-01-07 | Funeral in Kerman, 2020-01-07 | 2020-01-07",
				"stampede-2020-01-07 | Stampede in Kerman, 2020-01-07 | 2020-01-07"}},
		{"a resignation, past the title", "2019-12-02",
			"The resignation of Prime Minister Adel Abdul Mahdi on Sunday came after weeks of protests.",
			[]string{"resignation-2019-12-01 | Resignation of Adel Abdul Mahdi, 2019-12-01 | 2019-12-01"}},
		{"an undated vote is no node", "2020-01-07",
			"Mike Pompeo said the United States was disappointed by the vote.",
			nil},
		{"the vote is the one the document dates", "2020-01-07",
			"The Iraqi parliament voted on Sunday to expel American troops. Mike Pompeo was disappointed by the vote.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	}
	runEventCases(t, x, tests)
}

// Verbs state events (rules/events.kinds verb lines): the subject is the
// agent, the day one stated after the verb.
func TestResolveEventsByVerb(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		// A verb states an event: its subject is the agent, its day one
		// stated after it.
		{"parliament voted", "2020-01-07",
			"The Iraqi parliament voted on Sunday.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"lawmakers are the parliament the document names", "2020-01-07",
			"Iraq's parliament met in Baghdad. Lawmakers voted on Sunday to expel American troops.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"the parliament had already voted", "2020-01-07",
			"Iraq's parliament met in Baghdad. The parliament had already voted on Sunday to expel American troops.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"the country's parliament voted", "2020-01-07",
			"Iraq's parliament voted on Sunday to expel American troops.",
			[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
		{"a day before the verb dates what was said, not the verb's event", "2020-01-11",
			"Iran said on Saturday that Iraq's parliament had voted to expel American troops.",
			nil},
		// A noun alone after a determiner names an event the document
		// must date; undated, "the vote" may be any vote. "His" is the
		// person named last before it.
		{"his resignation on Sunday", "2019-12-02",
			"Adel Abdul Mahdi submitted his resignation to parliament on Sunday. Protesters cheered the resignation.",
			[]string{"resignation-2019-12-01 | Resignation of Adel Abdul Mahdi, 2019-12-01 | 2019-12-01"}},
		{"what crashed is what the crash concerns", "2020-01-10",
			"Ukraine International Airlines Flight 752 crashed near Tehran on Wednesday. Iran denied any role in the crash.",
			[]string{"crash-2020-01-08 | Crash of Ukraine International Airlines Flight 752, 2020-01-08 | 2020-01-08"}},
		{"a day in the phrase that opens the sentence dates its main clause", "2020-01-08",
			"At the burial in Kerman on Tuesday, a stampede killed 56 mourners.",
			[]string{"burial-2020-01-07 | Burial in Kerman, 2020-01-07 | 2020-01-07", "stampede-2020-01-07 | Stampede in Kerman, 2020-01-07 | 2020-01-07"}},
		{"but not a clause further on", "2020-01-08",
			"At the burial in Kerman on Tuesday, officials said a stampede killed 56 mourners.",
			[]string{"burial-2020-01-07 | Burial in Kerman, 2020-01-07 | 2020-01-07"}},
		// Deployments, withdrawals, sanctions, designations and sieges
		// stated by their verbs; sanctions on X target X, and attack no one.
		{"a deployment", "2020-01-04",
			"The Pentagon deployed 3,000 troops to Kuwait on Friday.",
			[]string{"deployment-2020-01-03 | Deployment by Pentagon, 2020-01-03 | 2020-01-03"}},
		{"a withdrawal", "2020-01-04",
			"NATO withdrew its trainers from Iraq on Friday.",
			[]string{"withdrawal-2020-01-03 | Withdrawal by NATO, 2020-01-03 | 2020-01-03"}},
		{"sanctions", "2020-01-04",
			"The Treasury Department sanctioned Qais al-Khazali on Friday.",
			[]string{"sanctions-2020-01-03 | Sanctions by Treasury Department, 2020-01-03 | 2020-01-03"}},
		{"a storming", "2020-01-02",
			"Supporters of Kataib Hezbollah stormed the U.S. Embassy in Baghdad on Tuesday.",
			[]string{"siege-2019-12-31 | Siege by Kataib Hezbollah at U.S. Embassy in Baghdad, 2019-12-31 | 2019-12-31"}},
	}
	runEventCases(t, x, tests)
	res := extractArticle(t, x, "2020-01-04", "The Treasury Department sanctioned Kataib Hezbollah on Friday.")
	var got []string
	for _, st := range res.Document.Statements {
		if st.Predicate.Name == "attacked" || st.Predicate.Name == "targeted" {
			got = append(got, st.Subject+" "+st.Predicate.Name+" "+st.Object)
		}
	}
	if want := []string{"sanctions-2020-01-03 targeted kataib-hezbollah"}; !cmp.Equal(got, want) {
		t.Errorf("sanctions: %q, want %q", got, want)
	}
}

// Two articles naming the 3 January strike differently write one node, and
// a known event of another day is not taken for it.
func TestResolveEventsAcrossDocuments(t *testing.T) {
	first := eventsOf(t, New(known, Options{}), "2020-01-03", "A U.S. drone strike on Friday killed Soleimani at Baghdad International Airport.")
	stored := append([]schema.Entity{}, known...)
	stored = append(stored,
		schema.Entity{ID: "air-strike-2020-01-03", Type: "Event", Name: "Air strike by United States at Baghdad International Airport, 2020-01-03", Aliases: []string{"U.S. drone strike"}},
		schema.Entity{ID: "air-strike-2019-12-29", Type: "Event", Name: "Air strike by United States, 2019-12-29", Aliases: []string{"American airstrikes"}})
	x := New(stored, Options{})
	second := eventsOf(t, x, "2020-01-05", "Parliament voted on Sunday, two days after American airstrikes in Baghdad killed Soleimani.")
	// The vote ("Parliament voted on Sunday") is an event of its own.
	if len(first) != 1 || len(second) != 2 || !strings.HasPrefix(second[0], "air-strike-2020-01-03 | Air strike by United States at Baghdad International Airport, 2020-01-03 |") ||
		!strings.HasPrefix(second[1], "vote-2020-01-05 |") {
		t.Errorf("first article: %q, second: %q; want one node air-strike-2020-01-03 keeping its first name", first, second)
	}
}

// Pairs of mentions in two articles: same kind, day and a compatible place
// merge; another day or another city never does.
func TestResolveEventPairs(t *testing.T) {
	stored := append(append([]schema.Entity{}, known...),
		schema.Entity{ID: "stampede-2020-01-07", Type: "Event", Name: "Stampede in Kerman, 2020-01-07"},
		schema.Entity{ID: "vote-2020-01-05", Type: "Event", Name: "Vote by Parliament of Iraq, 2020-01-05"},
		schema.Entity{ID: "air-strike-2020-01-03", Type: "Event", Name: "Air strike by United States at Baghdad International Airport, 2020-01-03"})
	tests := []oneEventCase{
		{"same kind, day and city", "2020-01-08", "A stampede in Kerman on Tuesday killed 56 mourners.", "stampede-2020-01-07"},
		{"same kind and day, another city", "2020-01-08", "A stampede in Tehran on Tuesday killed 3 people.", "stampede-tehran-2020-01-07"},
		{"same kind, another day", "2020-01-08", "A stampede in Kerman on Monday injured 12 people.", "stampede-2020-01-06"},
		{"a vote by the same parliament that day", "2020-01-07", "Iraq's parliament voted on Sunday to expel foreign troops.", "vote-2020-01-05"},
		{"a vote another day", "2020-01-07", "Iraq's parliament voted on Monday to expel foreign troops.", "vote-2020-01-06"},
		{"a city the stored facility is in", "2020-01-04", "A U.S. drone strike in Baghdad on Friday killed Soleimani.", "air-strike-2020-01-03"},
	}
	runOneEventCases(t, New(stored, Options{}), tests)
}

// An undated mention is the one event of its kind the store dates in the
// week before the article, and stays itself when there are two.
func TestResolveUndatedToRecent(t *testing.T) {
	dec29 := schema.Entity{ID: "air-strike-2019-12-29", Type: "Event", Name: "Air strike by United States, 2019-12-29"}
	jan3 := schema.Entity{ID: "air-strike-2020-01-03", Type: "Event", Name: "Air strike by United States, 2020-01-03"}
	text := "Crowds protested at American air strikes that killed 25 fighters."
	tests := []struct {
		name, date string
		stored     []schema.Entity
		want       string
	}{
		{"one that week", "2019-12-31", []schema.Entity{dec29}, "air-strike-2019-12-29 | Air strike by United States, 2019-12-29 | "},
		{"two that week", "2020-01-05", []schema.Entity{dec29, jan3}, "american-air-strikes | American air strikes | "},
		{"none that week", "2020-02-10", []schema.Entity{dec29, jan3}, "american-air-strikes | American air strikes | "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventsOf(t, New(append(append([]schema.Entity{}, known...), tt.stored...), Options{}), tt.date, text)
			if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

// Events named in noun phrases and headlines, dated from relative words,
// resolve to one node per real event within an article.
func TestResolveEventsInArticle(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		{"a dateline dates the dispatch, not the strikes", "2019-12-31",
			"BAGHDAD, Dec. 30 (Reuters) - U.S. air strikes on Kataib Hezbollah on Sunday killed 25 fighters.",
			[]string{"air-strike-2019-12-29 | Air strike by United States, 2019-12-29 | 2019-12-29"}},
		{"a dateline with its year dates an article given no date", "",
			"BAGHDAD, Jan. 3, 2020 (Reuters) - A U.S. drone strike on Friday killed Soleimani.",
			[]string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03"}},
		{"weekdays count from the dispatch's day", "2020-01-10",
			"BAGHDAD, Jan. 4 (Reuters) - A U.S. drone strike on Friday killed Soleimani.",
			[]string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03"}},
		{"days after an event the article dates", "2020-01-09",
			"A U.S. drone strike on Friday killed Soleimani. Five days after the strike, Iran fired ballistic missiles at Ain al-Asad air base.",
			[]string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03",
				"missile-strike-2020-01-08 | Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
		{"never the day of another event in the sentence", "2020-01-09",
			"Iran fired ballistic missiles at Ain al-Asad air base five days after a U.S. drone strike on Friday killed Soleimani.",
			[]string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03",
				"missile-strike-2020-01-08 | Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
		{"an undated mention is the one its article dates", "2020-01-05",
			"U.S. strike hits militia depot\n\nAn American air strike destroyed a depot of Kataib Hezbollah on Sunday.",
			[]string{"air-strike-2020-01-05 | Air strike by United States, 2020-01-05 | 2020-01-05"}},
		{"a day after, and the place before the noun", "2020-03-13",
			"The U.S. struck back on Thursday, a day after a rocket attack on Camp Taji killed two soldiers. The Taji attack was not claimed.",
			[]string{"rocket-attack-2020-03-11 | Rocket attack at Camp Taji, 2020-03-11 | 2020-03-11"}},
		{"the killing of X is the strike X died in", "2020-01-03",
			"Soleimani was killed by a U.S. drone strike on Friday. Iraq condemned the killing of Soleimani.",
			[]string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03"}},
		{"a weekday's strikes", "2019-12-31",
			"Protesters gathered after Sunday's U.S. air strikes on Kataib Hezbollah.",
			[]string{"air-strike-2019-12-29 | Air strike by United States, 2019-12-29 | 2019-12-29"}},
		{"what is fired at a base", "2020-01-08",
			"Iran fired more than a dozen ballistic missiles at Ain al-Asad air base on Wednesday.",
			[]string{"missile-strike-2020-01-08 | Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
	}
	runEventCases(t, x, tests)
}

// A curated event whose description gives its day is the node a later
// article's mention of that day lands on.
func TestResolveEventsToCurated(t *testing.T) {
	curated := schema.Entity{ID: "kh-airstrikes", Type: "Event", Name: "U.S. airstrikes on Kataib Hezbollah sites",
		Description: "U.S. strikes of 29 December 2019 on five Kataib Hezbollah sites in Iraq and Syria"}
	x := New(append(append([]schema.Entity{}, known...), curated), Options{})
	got := eventsOf(t, x, "2019-12-31", "The U.S. strikes on Sunday hit Kataib Hezbollah. The raids killed 25 fighters.")
	want := []string{"kh-airstrikes | U.S. airstrikes on Kataib Hezbollah sites | 2019-12-29"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	// Another day is another event.
	got = eventsOf(t, x, "2020-01-03", "A U.S. air strike on Friday hit Kataib Hezbollah.")
	want = []string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

func TestParseKinds(t *testing.T) {
	tests := []struct{ src, err string }{
		{"air strike: airstrike | drone strike\nattack: attack", ""},
		{"# comment\n\nattack", "k.kinds:3: want kind: phrase"},
		{"attack: attack\nattack: assault", `k.kinds:2: kind "attack" is already defined`},
		{"attack: attack\nattack covers: rocket attack", `k.kinds:2: kind "attack" covers "rocket attack", which is not defined above`},
		{"attack covers: attack", `k.kinds:1: kind "attack" covers kinds but is not defined above`},
		{"attack: attack | ", `k.kinds:1: kind "attack" has an empty phrase`},
		{"attack: attack\nnoun Attack: attack attacks\nnoun Raid: raid", ""},
		{"noun Attack: attack\nnoun Raid: raid attack", `k.kinds:2: noun "Raid": "attack" is already a noun of "Attack"`},
		{"noun Attack: Attack", `k.kinds:1: noun "Attack": "Attack" is not one lower-case word`},
		{"noun Attack: sit-in", `k.kinds:1: noun "Attack": "sit-in" is not one lower-case word`},
		{"\nnoun : attack", `k.kinds:2: want noun Name: word word ..., got no name`},
		{"vote: vote\nalone: vote\nverb Vote by: voted | cast votes\nverb Crash of: crashed", ""},
		{"alone: vote", `k.kinds:1: alone: "vote" is not a kind defined above`},
		{"vote: vote\nheld: vote\nplaced: vote\nof: vote\nabout: vote", ""},
		{"body parliament: lawmakers | legislators", ""},
		{"body : lawmakers", `k.kinds:1: want body noun: word | word ..., got "body "`},
		{"body the parliament: lawmakers", `k.kinds:1: want body noun: word | word ..., got "body the parliament"`},
		{"body parliament: members of parliament", `k.kinds:1: body "parliament": "members of parliament" is not one word`},
		{"verb Vote: voted", `k.kinds:1: want verb Name by|of|crowd: phrase | phrase ..., got "verb Vote"`},
		{"verb Vote for: voted", `k.kinds:1: want verb Name by|of`},
		{"verb Vote by: voted | ", `k.kinds:1: verb "Vote" has an empty phrase`},
		{"noun Attack:", `k.kinds:1: want kind: phrase | phrase ..., got "noun Attack:"`},
		{"attack: attack\nanaphor attack: operation | bombardment", ""},
		{"anaphor attack: operation", `k.kinds:1: anaphor: "attack" is not a kind defined above`},
		{"attack: attack\nanaphor attack: the operation", `k.kinds:2: anaphor "attack": "the operation" is not one lower-case word`},
		{"attack: attack\nanaphor attack: Operation", `k.kinds:2: anaphor "attack": "Operation" is not one lower-case word`},
		{"impact: hit | slammed into", ""},
		{"impact: hit | ", `k.kinds:1: impact has an empty phrase`},
	}
	for _, tt := range tests {
		_, err := parseKinds("k.kinds", tt.src)
		if (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("parseKinds(%q) = %v, want %q", tt.src, err, tt.err)
		}
	}
	for name, want := range map[string]string{"U.S. drone strike": "air strike", "Rocket attack on K-1 Air Base": "rocket attack",
		"Funeral of Qasem Soleimani": "funeral", "Storming of the embassy": "siege", "Trump's threat": ""} {
		if got := kindOf(defaultKinds, name); got != want {
			t.Errorf("kindOf(%q) = %q, want %q", name, got, want)
		}
	}
}

// FuzzParseKinds feeds any text to the event kinds reader: it returns
// kinds and nouns or an error naming the file and line, never panics, and
// every noun it keeps is one lower-case word.
func FuzzParseKinds(f *testing.F) {
	f.Add(embeddedKinds)
	f.Add("attack: attack\nattack covers: attack\nnoun Attack: attack attacks\nnoun : x")
	f.Fuzz(func(t *testing.T, in string) {
		r, err := parseKinds("fuzz.kinds", in)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.kinds:") {
				t.Errorf("error without file and line: %v", err)
			}
			return
		}
		for w := range r.Nouns {
			if words := lowerWords(w); len(words) != 1 || words[0] != w {
				t.Errorf("noun %q is not one lower-case word", w)
			}
		}
	})
}

// eventMentionsOf extracts an article published on date and returns the
// mentions of its events as "sentence: text -> id".
func eventMentionsOf(t *testing.T, x *Extractor, date, text string) []string {
	t.Helper()
	res := extractArticle(t, x, date, text)
	events := map[string]bool{}
	for _, e := range res.Document.Entities {
		events[e.ID] = e.Type == "Event"
	}
	var out []string
	for _, m := range res.Mentions {
		if events[m.Entity] {
			out = append(out, itoa(m.Sentence)+": "+m.Text+" -> "+m.Entity)
		}
	}
	return out
}

// "The strike" and "the attack" stand for any attack: right after one,
// they are that one, whatever its kind, in the number of its mention;
// further back the words of each kind decide.
func TestGeneralWordsFollowTheLastAttack(t *testing.T) {
	x := New(known, Options{})
	const taji = "A rocket attack on Camp Taji on Wednesday killed two soldiers. U.S. air strikes on Thursday hit Kataib Hezbollah. "
	tests := []struct {
		name, text string
		want       string // the mention of the last sentence
	}{
		{"the strike after the Taji attack", taji + "The group praised the Taji attack. Another militia said it was behind the strike.",
			"the strike -> rocket-attack-2020-03-11"},
		{"the strikes after a rocket attack are the plural strikes", taji + "Washington said they answered the Taji attack. Iraq said the strikes violated its sovereignty.",
			"the strikes -> air-strike-2020-03-12"},
		{"further back the kind decides", taji + "Britain called the Taji attack cowardly. Iraq protested. Parliament met in Baghdad. Officials said the strike killed six.",
			"the strike -> air-strike-2020-03-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventMentionsOf(t, x, "2020-03-13", tt.text)
			if len(got) == 0 || !strings.HasSuffix(got[len(got)-1], ": "+tt.want) {
				t.Errorf("mentions %q, want the last %q", got, tt.want)
			}
		})
	}
}

// A definite noun stands for the last event it may name: "the siege"
// for a siege only, never for an attack named before it; "the assault"
// for an attack or a siege.
func TestSiegeIsNoAttacksAnaphor(t *testing.T) {
	x := New(known, IngestOptions())
	tests := []mentionCase{
		{"the siege after an attack is not that attack",
			"The Pentagon called the strikes retaliation for the Kirkuk attack. The siege ended the next afternoon.", "The siege", ""},
		{"the siege after the attack on a base",
			"The Pentagon blamed the militia for the attack on the K-1 base. The siege began two days later.", "The siege", ""},
		{"the assault after a storming is the siege",
			"Militia supporters stormed the U.S. embassy in Baghdad on Dec. 31. The assault ended a day later.", "The assault", "siege-2019-12-31"},
		{"the siege after a storming",
			"Militia supporters stormed the U.S. embassy in Baghdad on Dec. 31. The siege ended a day later.", "The siege", "siege-2019-12-31"},
		{"the assault after an attack is that attack",
			"The Pentagon blamed the militia for the attack on the K-1 base. The assault killed a contractor.", "The assault", "attack-on-k-1-air-base"},
	}
	runMentionCases(t, x, tests)
}

// "The attack" after a sentence whose event answered another ("in
// retaliation for", "in response to") is that sentence's own event, not
// the one it answered, wherever in the sentence that one stands; with no
// such phrase it is the last attack named.
func TestAttackAfterRetaliationIsTheAnswer(t *testing.T) {
	x := New(known, IngestOptions())
	tests := []mentionCase{
		{"in retaliation for, at the sentence's end",
			"Iran fired ballistic missiles at Ain al-Asad on Jan. 8, in retaliation for the killing of Soleimani by a U.S. drone strike in Baghdad. The Guards named the attack Operation Martyr Soleimani.",
			"the attack", "missile-strike-2020-01-08"},
		{"in response to",
			"The United States struck Kataib Hezbollah on Dec. 29 in response to a rocket attack on the K-1 base. The attack killed 25 fighters.",
			"The attack", "air-strike-2019-12-29"},
		{"in retaliation for, opening the sentence",
			"In retaliation for the rocket attack on the K-1 base, the United States struck Kataib Hezbollah on Dec. 29. The attack killed 25 fighters.",
			"The attack", "air-strike-2019-12-29"},
		{"no answering phrase: the last attack named",
			"U.S. jets struck Kataib Hezbollah on Dec. 29, two days after a rocket attack on the K-1 base on Dec. 27. The attack killed an American contractor.",
			"The attack", "rocket-attack-2019-12-27"},
	}
	runMentionCases(t, x, tests)
}

// mentionCase is a text and the entity its last mention written phrase
// (or opening with it) should resolve to ("" for none).
type mentionCase struct{ name, text, phrase, want string }

// runMentionCases extracts each text and checks what its phrase names.
func runMentionCases(t *testing.T, x *Extractor, tests []mentionCase) {
	t.Helper()
	runMentionCasesOn(t, x, "2020-01-12", tests)
}

// runMentionCasesOn is runMentionCases for articles of date.
func runMentionCasesOn(t *testing.T, x *Extractor, date string, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, m := range extractArticle(t, x, date, tt.text).Mentions {
				// as the eval reads a form: the mention's text or its start
				// ("U.S. airstrikes on the militia's bases")
				if m.Text == tt.phrase || strings.HasPrefix(m.Text, tt.phrase+" ") {
					got = m.Entity
				}
			}
			if got != tt.want {
				t.Errorf("%q is %q, want %q", tt.phrase, got, tt.want)
			}
		})
	}
}

// A body that suspended its training (of a partner's forces, its mission)
// makes a suspension, dated as any event verb is; "did not suspend", "may
// have suspended" and other things suspended make none.
func TestSuspendedTrainingIsAnEvent(t *testing.T) {
	x := New(known, Options{})
	tests := []eventCase{
		{"NATO suspended training", "2020-01-06", "NATO suspended training in Iraq on Saturday.",
			[]string{"suspension-2020-01-04 | Suspension by NATO, 2020-01-04 | 2020-01-04"}},
		{"its training mission", "2020-01-06", "The U.S.-led coalition suspended its training mission on Sunday to protect its bases.",
			[]string{"suspension-2020-01-05 | Suspension by U.S.-led coalition, 2020-01-05 | 2020-01-05"}},
		{"its training of a partner's forces", "2020-01-06", "The U.S.-led coalition suspended its training of Iraqi forces on Sunday.",
			[]string{"suspension-2020-01-05 | Suspension by U.S.-led coalition, 2020-01-05 | 2020-01-05"}},
		{"negated", "2020-01-06", "The U.S.-led coalition has not suspended its training, a spokesman said on Sunday.", nil},
		{"modal", "2020-01-06", "The U.S.-led coalition may have suspended its training on Sunday.", nil},
		{"talks suspended", "2020-01-06", "Iraq suspended talks with the U.S.-led coalition on Sunday.", nil},
	}
	runEventCases(t, x, tests)
}

// TestDatelineEndAsRegexp: the test of the first two bytes that spares
// most sentences the dateline regexp finds every dateline it finds.
func TestDatelineEndAsRegexp(t *testing.T) {
	for _, text := range []string{
		"BAGHDAD (Reuters) - Rockets landed near the embassy.",
		"WASHINGTON — The president spoke on Friday.",
		"KABUL, Afghanistan -- A blast shook the city.",
		"ST. LOUIS, Jan. 3 (AP) — Officials met.",
		"U.S. forces left the base - officials said.",
		"A-B - two capitals joined by a hyphen.",
		"O'HARE - a capital, an apostrophe.",
		"The ministry said - in a statement - it would respond.",
		"Iraq's parliament voted.",
		"ÉCOLE - not an ASCII capital.",
		"B",
		"",
	} {
		want := 0
		if loc := reDateline.FindStringIndex(text); loc != nil {
			want = loc[1]
		}
		if got := datelineEnd(text); got != want {
			t.Errorf("datelineEnd(%q) = %d, want %d", text, got, want)
		}
	}
}
