package extract

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRuleExamples reads every rule's example sentences with the whole
// extractor, knowing only the marked mentions, and wants each expected
// statement, made by that rule.
func TestRuleExamples(t *testing.T) {
	rs := DefaultRules()
	for _, ru := range append(append(rs.rules[:len(rs.rules):len(rs.rules)], rs.titled...), rs.verbLines...) {
		for _, ex := range ru.examples {
			t.Run(ru.id, func(t *testing.T) {
				checkExample(t, DefaultRules(), ru, ex)
			})
		}
	}
}

func checkExample(t *testing.T, rs *Rules, ru *rule, ex example) {
	t.Helper()
	x := New(ex.entities, Options{NoWorld: true, Rules: rs})
	x.trace = map[string][]string{}
	res, err := x.Extract(context.Background(), Input{ID: "example", Raw: "Example\n\n" + ex.text})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range ex.expect {
		found := false
		for _, st := range res.Document.Statements {
			if st.Subject == Slug(want.subject) && st.Predicate.Name == want.predicate && st.Object == Slug(want.object) {
				found = strings.Contains(" "+strings.Join(x.trace[traceKey(st)], " ")+" ", " "+ru.id+" ")
			}
		}
		if !found {
			var got []string
			for _, st := range res.Document.Statements {
				if st.Predicate.Name != "mentionedWith" {
					got = append(got, traceKey(st)+" by "+strings.Join(x.trace[traceKey(st)], ","))
				}
			}
			t.Errorf("%s:%d: rule %s: %q does not give %s %s %s; got %q", ru.file, want.line, ru.id, ex.text, want.subject, want.predicate, want.object, got)
		}
	}
}

// TestNewRuleFromFile adds a rule with a rule file and its example only,
// and sees its statement, which the built-in rules do not make.
func TestNewRuleFromFile(t *testing.T) {
	extra, err := ReadRuleSources(os.DirFS("testdata"), "rules-extra")
	if err != nil || len(extra) == 0 {
		t.Fatalf("read extra rules: %v (%d files)", err, len(extra))
	}
	rs, err := LoadRules(append(EmbeddedRuleSources(), extra...)...)
	if err != nil {
		t.Fatal(err)
	}
	var added *rule
	for _, ru := range rs.rules {
		if ru.id == "treasurer-of" {
			added = ru
		}
	}
	if added == nil {
		t.Fatal("rule treasurer-of not loaded")
	}
	checkExample(t, rs, added, added.examples[0])
	// The built-in rules alone do not say it.
	ex := added.examples[0]
	res, err := New(ex.entities, Options{NoWorld: true}).Extract(context.Background(), Input{ID: "example", Raw: "Example\n\n" + ex.text})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range res.Document.Statements {
		if st.Predicate.Name == "memberOf" {
			t.Errorf("built-in rules already state %s memberOf %s", st.Subject, st.Object)
		}
	}
}

// TestLoadRulesErrors gives malformed rule files and wants an error naming
// the file and line and saying what is wrong.
func TestLoadRulesErrors(t *testing.T) {
	const title = "title t\n  title: defense secretary\n  body: Pentagon\n  yield: A:Person headOf B\n  confidence: 0.7\n  example: Defense Secretary [X Y|Person] left the [Pentagon|GovernmentBody].\n  expect: X Y headOf Pentagon\n"
	const ok = "rule r\n  pattern: A , the leader of B\n  yield: A leads B\n  confidence: 0.8\n  example: [X Y|Person], the leader of [Z Group|ArmedGroup].\n  expect: X Y leads Z Group\n"
	for _, c := range []struct {
		name, text, want string
	}{
		{"unknown predicate", strings.Replace(ok, "A leads B", "A commands B", 1), "bad.rules:3: unknown predicate \"commands\""},
		{"subject outside domain", strings.Replace(ok, "A leads B", "A:Country leads B", 1), "bad.rules:3: subject type Country is outside the domain of leads"},
		{"object outside range", strings.Replace(ok, "A leads B", "A leads B:City", 1), "bad.rules:3: object type City is outside the range of leads"},
		{"unknown type", strings.Replace(ok, "A leads B", "A:Warlord leads B", 1), "bad.rules:3: unknown type \"Warlord\""},
		{"attribute", strings.Replace(ok, "A leads B", "A deaths B", 1), "bad.rules:3: predicate deaths takes a value"},
		{"unclosed group", strings.Replace(ok, "the leader", "(the|a leader", 1), "bad.rules:2: pattern \"A , (the|a leader of B\": a group is not closed"},
		{"no slots", strings.Replace(ok, "A , the leader of B", "the leader of", 1), "bad.rules:2: pattern \"the leader of\" must read A ... B"},
		{"empty between", strings.Replace(ok, "A , the leader of B", "A the? B", 1), "bad.rules:2: pattern \"A the? B\": it may match nothing"},
		{"bad repeat", strings.Replace(ok, "the leader", "WORD{3,1} leader", 1), "bad.rules:2: pattern \"A , WORD{3,1} leader of B\": bad repeat"},
		{"unknown list", strings.Replace(ok, "the leader", "@mods leader", 1), "bad.rules:2: pattern \"A , @mods leader of B\": unknown word list @mods"},
		{"unknown class", strings.Replace(ok, "the leader", "NOUN leader", 1), "unknown word class \"NOUN\""},
		{"slot inside", strings.Replace(ok, "the leader", "A leader", 1), "bad.rules:2: pattern \"A , A leader of B\": slot A may only open"},
		{"confidence", strings.Replace(ok, "0.8", "high", 1), "bad.rules:4: confidence wants a number"},
		{"no yield", strings.Replace(strings.Replace(ok, "  yield: A leads B\n", "", 1), "  expect: X Y leads Z Group\n", "", 1), "bad.rules:1: rule r yields nothing"},
		{"no example", strings.Replace(ok, "  example: [X Y|Person], the leader of [Z Group|ArmedGroup].\n  expect: X Y leads Z Group\n", "", 1), "bad.rules:1: rule r has no example"},
		{"expect other predicate", strings.Replace(ok, "X Y leads Z", "X Y memberOf Z", 1), "bad.rules:6: expect wants Subject predicate Object"},
		{"expect unmarked", strings.Replace(ok, "X Y leads Z Group", "X Y leads Q", 1), "bad.rules:6: expect names \"X Y\" and \"Q\""},
		{"example marks", strings.Replace(ok, "[X Y|Person]", "[X Y]", 1), "bad.rules:5: example: mark mentions as [Name|Type]"},
		{"field outside rule", "  pattern: A , B\n", "bad.rules:1: indented line outside a rule"},
		{"unknown entry", ok + "relation r2\n", "bad.rules:7: unknown entry \"relation\""},
		{"unknown field", strings.Replace(ok, "  confidence", "  weight", 1), "bad.rules:4: unknown field \"weight\""},
		{"duplicate id", ok + ok, "bad.rules:7: rule r is already defined at bad.rules:1"},
		{"verb predicate", "verb hug: hugged -> embraced\n", "bad.rules:1: unknown predicate \"embraced\""},
		{"verb shape", "verb hug hugged\n", "bad.rules:1: verb wants LEMMA: form"},
		{"list word", "list x: Big\n", "bad.rules:1: list x: \"Big\" is not one lower-case word"},
		{"bad after", strings.Replace(ok, "  yield:", "  after: 's (chief\n  yield:", 1), "bad.rules:3: after: \"'s (chief\": a group is not closed"},
		{"heads type", "heads h\n  Warlord: chief\n", "bad.rules:2: heads h: unknown type \"Warlord\""},
		{"heads shape", "heads h\n  Person\n", "bad.rules:2: heads h wants Type: word"},
		{"title without body", strings.Replace(title, "  body: Pentagon\n", "", 1), "bad.rules:1: title t has no body line"},
		{"title without title", strings.Replace(title, "  title: defense secretary\n", "", 1), "bad.rules:1: title t has no title line"},
		{"title empty wording", strings.Replace(title, "defense secretary", "defense secretary |", 1), "bad.rules:2: title t: title: wants NAME | NAME"},
		{"title with pattern", strings.Replace(title, "  body:", "  pattern: A , B\n  body:", 1), "bad.rules:1: title t reads no pattern"},
		{"title range", strings.Replace(title, "headOf B", "headOf B:City", 1), "bad.rules:4: object type City is outside the range of headOf"},
		{"body in rule", strings.Replace(ok, "  confidence", "  body: Pentagon\n  confidence", 1), "bad.rules:4: rule r: body: belongs to a title block"},
		{"heads twice", "heads h\n  Person: chief\n  City: chief\n", "bad.rules:3: heads h: \"chief\" is already a Person head"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadRules(RuleSource{Name: "bad.rules", Text: []byte(c.text)})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want it to contain %q", err, c.want)
			}
		})
	}
	if _, err := LoadRules(RuleSource{Name: "ok.rules", Text: []byte(ok + title)}); err != nil {
		t.Errorf("well-formed file: %v", err)
	}
}

// TestMalformedRuleFiles reads the malformed files under testdata/rules-bad:
// each names, in its first line, the error it must give.
func TestMalformedRuleFiles(t *testing.T) {
	files, err := ReadRuleSources(os.DirFS("."), "testdata/rules-bad")
	if err != nil || len(files) == 0 {
		t.Fatalf("read: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		want := strings.TrimSpace(strings.TrimPrefix(strings.SplitN(string(f.Text), "\n", 2)[0], "# want:"))
		_, err := LoadRules(f)
		if err == nil || err.Error() != want {
			t.Errorf("%s: error %v\nwant %s", f.Name, err, want)
		}
	}
}

// TestMatchSentenceOnce checks the automaton against patterns read one at
// a time: the same matches, from one pass.
func TestPatternItems(t *testing.T) {
	text := "Qasem Soleimani, the leader of Iran's elite Quds Force, was seen."
	items, _ := sentenceItems(text, tokenize(text))
	var got []string
	for _, it := range items {
		got = append(got, string(it.kind)+":"+it.key)
	}
	want := []string{"w:qasem", "w:soleimani", "p:,", "w:the", "w:leader", "w:of", "w:iran", "s:'s", "w:elite", "w:quds", "w:force", "p:,", "w:was", "w:seen", "p:."}
	if diff := cmp.Diff(want[:len(want)-1], got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}

// FuzzParseRules feeds any text to the rule file reader: it returns rules
// or an error naming the file, never panics.
func FuzzParseRules(f *testing.F) {
	for _, src := range EmbeddedRuleSources() {
		f.Add(string(src.Text))
	}
	f.Add("rule x\n  pattern: A (a|(b|c)*)+ {0,2} B\n")
	f.Add("list l: a b\nrule y\n  pattern: A @l{1,8} WORD? NUM* CAP+ 's , ; : - B\n  yield: B:Person memberOf A\n  confidence: 1\n  example: [P Q|Person] x [R|Organization]\n  expect: P Q memberOf R\n")
	f.Fuzz(func(t *testing.T, in string) {
		rs, err := LoadRules(RuleSource{Name: "fuzz.rules", Text: []byte(in)})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.rules:") {
				t.Errorf("error without file and line: %v", err)
			}
			return
		}
		// What loads, runs.
		text := "Qasem Soleimani, the leader of Iran's elite Quds Force, was seen at Baghdad, Iraq."
		toks := tokenize(text)
		g := NewGazetteer(World(), GazetteerOptions{})
		rs.matchSentence(text, toks, g.match(text, toks))
	})
}

// TestMatchDemonymsAsFiltered: the program of the demonym rules alone
// finds, in the same order, the matches of those rules that the program
// of every rule finds, for a rule's threads never meet another rule's.
func TestMatchDemonymsAsFiltered(t *testing.T) {
	rs := defaultRules
	g := NewGazetteer(World(), GazetteerOptions{})
	found := 0
	for _, text := range []string{
		"Iranian forces attacked American troops at a base in Iraq on Tuesday.",
		"The Iraqi parliament, backed by Iranian militias, voted to expel U.S. forces.",
		"A Turkish drone struck Kurdish fighters near the Syrian border.",
		"British and French diplomats met Iranian officials in Vienna.",
		"Iran's Quds Force, led by Qasem Soleimani, armed Iraqi groups.",
		"Kataib Hezbollah vowed revenge against American forces.",
		"The militia has been fighting Turkish troops in Syria since Monday.",
		"Iran warned that American bases would be targeted.",
	} {
		toks := tokenize(text)
		ms, _ := outermost(withoutVerbs(g.match(text, toks)))
		var want []ruleMatch
		for _, m := range rs.matchSentence(text, toks, ms) {
			if rs.rules[m.rule].opts.demonym {
				want = append(want, m)
			}
		}
		found += len(want)
		got := rs.matchDemonyms(text, toks, ms)
		if !slices.Equal(got, want) {
			t.Errorf("%q: matchDemonyms = %v, want %v", text, got, want)
		}
	}
	if found == 0 {
		t.Error("no demonym rule matched: the sentences test nothing")
	}
	if len(rs.demonymAuto.prog) >= len(rs.auto.prog) {
		t.Errorf("the demonym program has %d instructions, the whole %d", len(rs.demonymAuto.prog), len(rs.auto.prog))
	}
}
