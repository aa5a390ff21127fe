package extract

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"
)

// officeStatements reads text the way kg ingest reads a new article dated
// date and returns its holdings ("barham-salih headOf iraq").
func officeStatements(t *testing.T, x *Extractor, text, date string) []string {
	t.Helper()
	res, err := x.Extract(context.Background(), Input{ID: "t", Raw: "Title\n\n" + text, Date: date})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range res.Document.Statements {
		if officePredicates[s.Predicate.Name] {
			out = append(out, s.Subject+" "+s.Predicate.Name+" "+s.Object)
		}
	}
	return out
}

// TestOfficeHolderExamples: every holder's example states the holding on
// a day of the term, and no holding of that holder on the day before it
// began (or the day after it ended, for one who did not die in office).
func TestOfficeHolderExamples(t *testing.T) {
	x := New(nil, IngestOptions())
	hs, err := parseHolders("offices.holders", embeddedHolders)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hs {
		t.Run(h.names[0], func(t *testing.T) {
			in := h.from.AddDate(0, 0, 1)
			if !h.to.IsZero() && in.After(h.to) {
				in = h.to
			}
			outside := []time.Time{h.from.AddDate(0, 0, -1)}
			if !h.to.IsZero() && !h.died {
				outside = append(outside, h.to.AddDate(0, 0, 1))
			}
			for _, ex := range h.examples {
				got := officeStatements(t, x, ex, in.Format(time.DateOnly))
				if !holdingIn(got, h) {
					t.Errorf("line %d: %q on %s: no %s %s; got %q", h.line, ex, in.Format(time.DateOnly), h.names[0], h.pred, got)
				}
				// Other rules may read the holding from the sentence alone,
				// whatever the date: outside the term, nothing more than that.
				before := holdingIn(officeStatements(t, x, ex, "1900-01-01"), h)
				for _, d := range outside {
					if got := officeStatements(t, x, ex, d.Format(time.DateOnly)); holdingIn(got, h) && !before {
						t.Errorf("line %d: %q on %s, outside the term: %q", h.line, ex, d.Format(time.DateOnly), got)
					}
				}
			}
		})
	}
}

// holdingIn reports whether got has the holder's statement, his entity
// named by any of his names as the text spells it.
func holdingIn(got []string, h *officeHolder) bool {
	return slices.ContainsFunc(got, func(s string) bool {
		return slices.ContainsFunc(h.names, func(n string) bool { return strings.HasPrefix(s, Slug(n)+" "+h.pred+" ") })
	})
}

// officeCases are sentences, in several outlets' styles, that must state
// a holding or must not: the title beside the name, in both orders, and
// the name alone, a former or deputy holder, another state's office.
var officeCases = []struct {
	name, text, date string
	want, not        []string
}{
	{"title before the name, the state's adjective later", "President Barham Salih condemned the strikes on Iraqi bases.", "2020-01-08",
		[]string{"barham-salih headOf iraq"}, nil},
	{"caretaker title, the state at the end", "Caretaker Prime Minister Adel Abdul Mahdi called the raid an aggression against Iraq.", "2020-01-06",
		[]string{"adel-abdul-mahdi headOf iraq"}, nil},
	{"the state only in a later sentence", "President Barham Salih condemned the strikes. Iraqi bases were hit overnight.", "2020-01-08",
		[]string{"barham-salih headOf iraq"}, nil},
	{"the state only in an earlier sentence", "Washington sent more troops to the region. President Donald Trump said the United States did not seek war.", "2020-01-04",
		[]string{"donald-trump headOf united-states"}, nil},
	{"the supreme leader, his state in the headline", "Iran mourns its general. Thousands wept as Supreme Leader Ali Khamenei led the prayers.", "2020-01-06",
		[]string{"ali-khamenei headOf iran"}, nil},
	{"another state named elsewhere is not his", "Iraq's parliament voted on Sunday. President Hassan Rouhani spoke in Tehran.", "2020-01-06",
		nil, []string{"hassan-rouhani headOf iraq"}},
	{"a headline's title, the state in the body's style", "Iraq's outgoing premier, Adel Abdul Mahdi, urged calm in Iraq.", "2020-01-06",
		[]string{"adel-abdul-mahdi headOf iraq"}, nil},
	{"a department's head by its other name", "Secretary of Defense Mark Esper said the Defense Department had sent 750 soldiers.", "2020-01-01",
		[]string{"mark-esper headOf pentagon"}, nil},
	{"title set off after the name", "Adel Abdul Mahdi, the prime minister, said foreign troops should leave Iraq.", "2020-01-05",
		[]string{"adel-abdul-mahdi headOf iraq"}, nil},
	{"state's title set off after the name", "Hassan Rouhani, Iran's president, said the United States would regret it.", "2020-01-04",
		[]string{"hassan-rouhani headOf iran"}, nil},
	{"a rank between title and name", "Supreme Leader Ayatollah Ali Khamenei declared three days of mourning in Iran.", "2020-01-03",
		[]string{"ali-khamenei headOf iran"}, nil},
	{"a possessive title set off by a comma", "Iran's supreme leader, Ayatollah Ali Khamenei, led the prayers.", "2020-01-06",
		[]string{"ali-khamenei headOf iran"}, nil},
	{"a state's name before the title", "U.S. Secretary of State Mike Pompeo said the State Department had warned Iran.", "2020-01-05",
		[]string{"mike-pompeo headOf state-department"}, []string{"mike-pompeo headOf iran"}},
	{"the title alone after the name was titled", "President Barham Salih met the envoy on Monday. The president urged Iraq to stay calm.", "2020-01-06",
		[]string{"barham-salih headOf iraq"}, nil},
	{"the name alone says nothing", "Barham Salih met the envoy in Baghdad, Iraq, on Monday.", "2020-01-06",
		nil, []string{"barham-salih headOf iraq"}},
	{"a former holder", "Former Prime Minister Haider al-Abadi met former President Hassan Rouhani in Iran.", "2020-01-06",
		nil, []string{"hassan-rouhani headOf iran"}},
	{"a date outside the term", "President Hassan Rouhani spoke about Iran and the United States.", "2022-03-01",
		nil, []string{"hassan-rouhani headOf iran"}},
	{"a deputy is not the holder", "Deputy Prime Minister Adel Abdul Mahdi spoke in Iraq.", "2020-01-06",
		nil, []string{"adel-abdul-mahdi headOf iraq"}},
	{"a title the list does not give him", "Prime Minister Barham Salih spoke in Iraq.", "2020-01-06",
		nil, []string{"barham-salih headOf iraq"}},
	{"the state not named at all", "President Barham Salih spoke in Baghdad.", "2020-01-06",
		nil, []string{"barham-salih headOf iraq"}},
	{"another body's spokesman", "Pentagon spokesman Jonathan Hoffman said the Pentagon had no plans to leave Iraq.", "2020-01-07",
		[]string{"jonathan-hoffman memberOf pentagon"}, []string{"jonathan-hoffman headOf pentagon"}},
	{"a commander killed in office, named after", "Qassem Soleimani, the commander of the Quds Force, was buried in Kerman on Tuesday.", "2020-01-07",
		[]string{"qassem-soleimani leads quds-force"}, nil},
	{"his successor, before his term", "Esmail Qaani, the commander, spoke in 2019 as the Quds Force said.", "2019-06-01",
		nil, []string{"esmail-qaani leads quds-force"}},
	{"a verb before a title set off", "Pompeo met the president, Barham Salih said later in Iraq.", "2020-01-06",
		nil, []string{"barham-salih headOf iraq"}},
	{"the holder of another state's office", "Iraqi officials said President Hassan Rouhani had called Baghdad.", "2020-01-06",
		nil, []string{"hassan-rouhani headOf iraq"}},
}

func TestOfficeHolders(t *testing.T) {
	x := New(nil, IngestOptions())
	for _, tt := range officeCases {
		t.Run(tt.name, func(t *testing.T) {
			got := officeStatements(t, x, tt.text, tt.date)
			wireCase{name: tt.name, text: tt.text, want: tt.want, not: tt.not}.check(t, got)
		})
	}
}

func TestParseHolders(t *testing.T) {
	const ok = "holder A B\n  title: president\n  of: Iraq\n  from: 2018-10-02\n  example: President A B spoke in Iraq.\n"
	tests := []struct{ name, src, wantErr string }{
		{"a whole block", "# c\n\n" + ok, ""},
		{"a field outside a block", "  title: president\n", "h:1: want \"holder NAME\""},
		{"a field not indented", "holder A B\ntitle: president\n", "h:2: want \"holder NAME\""},
		{"an unknown field", "holder A B\n  rank: gen\n", "h:2: rank: unknown field"},
		{"a bad date", "holder A B\n  from: 2018-13-02\n", "h:2: from:"},
		{"an empty name", "holder A | \n", "h:1: holder: want NAME"},
		{"a predicate the list does not know", "holder A B\n  as: attacked\n", "h:2: as: want headOf"},
		{"no title", "holder A B\n  of: Iraq\n  from: 2018-10-02\n  example: x\n", "h:1: holder A B has no title line"},
		{"no state", "holder A B\n  title: president\n  from: 2018-10-02\n  example: x\n", "h:1: holder A B has no of line"},
		{"no start", "holder A B\n  title: president\n  of: Iraq\n  example: x\n", "h:1: holder A B has no from line"},
		{"an end before the start", ok + "  to: 2017-01-01\n", "leaves office before he takes it"},
		{"died without a day", ok + "  died: yes\n", "died in office: give the day"},
		{"no example", "holder A B\n  title: president\n  of: Iraq\n  from: 2018-10-02\nholder C D\n", "h:1: holder A B has no example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseHolders("h", tt.src)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("parseHolders: got error %v, want %q", err, tt.wantErr)
			}
		})
	}
}

// FuzzParseHolders: any text either fails with its file and line or gives
// holders that each have a name, a title, a state, a start and an example.
func FuzzParseHolders(f *testing.F) {
	f.Add("holder A B\n  title: president\n  of: Iraq\n  from: 2018-10-02\n  example: President A B spoke.\n")
	f.Add("# c\nholder A | B\n  title: x | y\n  of: Iraq\n  as: leads\n  from: 2018-10-02\n  to: 2019-01-01\n  died: yes\n  example: e\n")
	f.Add("holder A\n  from: 2018-13-40\n")
	f.Add("  title: x\nholder\n")
	f.Fuzz(func(t *testing.T, src string) {
		hs, err := parseHolders("h", src)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "h:") {
				t.Fatalf("error %q names no file and line", err)
			}
			return
		}
		for _, h := range hs {
			if len(h.names) == 0 || len(h.titles) == 0 || len(h.of) == 0 || h.from.IsZero() || len(h.examples) == 0 || !officePreds[h.pred] {
				t.Fatalf("holder at line %d is not whole: %+v", h.line, h)
			}
		}
	})
}
