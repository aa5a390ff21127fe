package annotation

import (
	"strings"
	"testing"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds/article"
)

// The test article: a title and two body sentences.
const testArticle = `Test Title

Qasem Soleimani, the leader of Iran's elite Quds Force, was spotted during the siege. Iran claimed a death toll of 31.`

// validHead is a valid annotation the cases below add one mistake to. Its
// last line is line 19.
const validHead = `document doc
  file: doc.txt
  date: 2019-12-31

entity qasem-soleimani Person
  name: Qasem Soleimani
  alias: Soleimani

entity quds-force MilitaryUnit
  name: Quds Force

entity siege Event
  name: The siege

fact qasem-soleimani leads quds-force
  evidence: Qasem Soleimani, the leader of Iran's elite Quds Force

fact siege deaths 31
  evidence: Iran claimed a death toll of 31
`

func testArticles() map[string]schema.Document {
	return map[string]schema.Document{"doc": article.Parse("doc", testArticle)}
}

func parseAll(t *testing.T, srcs ...string) []*File {
	t.Helper()
	var files []*File
	for i, src := range srcs {
		name := "a.kg"
		if i > 0 {
			name = "b.kg"
		}
		f, err := Parse(name, []byte(src))
		if err != nil {
			t.Fatalf("Parse %s: %v", name, err)
		}
		files = append(files, f)
	}
	return files
}

func TestValidateValid(t *testing.T) {
	if err := Validate(parseAll(t, validHead), testArticles()); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if err := Validate(nil, nil); err != nil {
		t.Fatalf("Validate(nil): %v", err)
	}
}

func TestValidate(t *testing.T) {
	// Lines 21 and 22 are the first lines after validHead.
	tests := []struct {
		name  string
		extra string // appended to validHead in a.kg
		other string // a second file, b.kg, when set
		want  []lineErr
	}{
		{"evidence not verbatim", "fact qasem-soleimani leads quds-force\n  evidence: Soleimani led the Quds Force\n",
			"", []lineErr{{22, `evidence not found verbatim in one sentence of doc: "Soleimani led the Quds Force"`}}},
		{"evidence in another case", "fact qasem-soleimani leads quds-force\n  evidence: qasem soleimani\n",
			"", []lineErr{{22, "evidence not found verbatim"}}},
		{"evidence across two sentences", "fact siege deaths 31\n  evidence: during the siege. Iran claimed\n",
			"", []lineErr{{22, "evidence not found verbatim"}}},
		{"evidence white space folded", "fact siege deaths 31\n  evidence: \"  Iran   claimed a  death toll \"\n", "", nil},
		{"evidence from the title", "fact siege description test\n  evidence: Test Title\n", "", nil},
		{"unknown subject", "fact qasem-suleimani leads quds-force\n  evidence: Qasem Soleimani\n",
			"", []lineErr{{21, `unknown entity "qasem-suleimani" as subject`}}},
		{"unknown object", "fact qasem-soleimani leads irgc\n  evidence: Qasem Soleimani\n",
			"", []lineErr{{21, `unknown entity "irgc" as object`}}},
		{"unknown subject of an attribute", "fact storming deaths 3\n  evidence: Qasem Soleimani\n",
			"", []lineErr{{21, `unknown entity "storming" as subject`}}},
		{"unknown predicate", "fact qasem-soleimani commands quds-force\n  evidence: Qasem Soleimani\n",
			"", []lineErr{{21, `unknown predicate "commands"`}}},
		{"predicate by label", "fact qasem-soleimani Leads quds-force\n  evidence: Qasem Soleimani\n", "", nil},
		{"subject outside domain", "fact quds-force leads qasem-soleimani\n  evidence: Qasem Soleimani\n",
			"", []lineErr{{21, "quds-force leads qasem-soleimani: leads expects a subject of type Person, got MilitaryUnit"}}},
		{"object outside range", "fact qasem-soleimani leads siege\n  evidence: Qasem Soleimani\n",
			"", []lineErr{{21, "leads expects an object of type Organization, got Event"}}},
		{"attribute outside domain", "fact qasem-soleimani deaths 31\n  evidence: Qasem Soleimani\n",
			"", []lineErr{{21, "qasem-soleimani: deaths expects a subject of type Event, got Person"}}},
		{"bad integer", "fact siege deaths thirty-one\n  evidence: Iran claimed a death toll of 31\n",
			"", []lineErr{{21, `deaths takes a whole number, got "thirty-one"`}}},
		{"negative integer", "fact siege wounded -2\n  evidence: Iran claimed a death toll of 31\n",
			"", []lineErr{{21, "wounded takes a whole number"}}},
		{"bad date", "fact siege startDate 31/12/2019\n  evidence: during the siege\n",
			"", []lineErr{{21, "startDate takes a date as YYYY-MM-DD, YYYY-MM or YYYY"}}},
		{"impossible date", "fact siege startDate 2019-02-30\n  evidence: during the siege\n",
			"", []lineErr{{21, "startDate takes a date"}}},
		{"attribute with an entity object", "fact siege startDate qasem-soleimani\n  evidence: during the siege\n",
			"", []lineErr{{21, "startDate takes a date"}}},
		{"duplicate entity id", "entity siege Event\n  name: The storming\n",
			"", []lineErr{{21, `duplicate entity id "siege" (first at a.kg:12)`}}},
		{"duplicate entity id in another file", "", "entity quds-force MilitaryUnit\n  name: Qods Force\n",
			[]lineErr{{1, `duplicate entity id "quds-force" (first at a.kg:9)`}}},
		{"duplicate document id", "document doc\n  file: doc.txt\n",
			"", []lineErr{{21, `duplicate document id "doc" (first at a.kg:1)`}}},
		{"duplicate document id in another file", "", "document doc\n  file: other.txt\n",
			[]lineErr{{1, `duplicate document id "doc" (first at a.kg:1)`}}},
		{"unknown type", "entity iran Nation\n  name: Iran\n",
			"", []lineErr{{21, `entity iran: unknown type "Nation"`}}},
		{"type by IRI", "entity iran http://schema.org/Country\n  name: Iran\n\nfact iran condemned siege\n  evidence: Iran claimed\n", "", nil},
		{"alias shared by two entities", "entity irgc-qf MilitaryUnit\n  name: IRGC-QF\n  alias: Quds-Force\n",
			"", []lineErr{{21, `entity irgc-qf: name "Quds-Force" already names entity quds-force`}}},
		{"name shared across files", "", "entity soleimani-2 Person\n  name: soleimani\n",
			[]lineErr{{1, `entity soleimani-2: name "soleimani" already names entity qasem-soleimani`}}},
		{"alias repeating its own name", "entity iran Country\n  name: Iran\n  alias: IRAN\n", "", nil},
		{"name without letters", "entity dots Thing\n  name: ...\n",
			"", []lineErr{{21, `entity dots: name "..." has no letters or digits`}}},
		{"article not found", "document other\n  file: other.txt\n",
			"", []lineErr{{21, `document other: article "other.txt" not found`}}},
		{"bad document date", "", "document doc-2\n  file: doc.txt\n  date: 31 Dec 2019\n",
			[]lineErr{{1, `document doc-2: article "doc.txt" not found`}, {1, "date takes a date"}}},
		{"several problems, in line order", "fact a leads b\n  evidence: nowhere\n\nentity x Alien\n  name: X\n",
			"", []lineErr{{21, "as subject"}, {21, "as object"}, {22, "evidence not found"}, {24, "unknown type"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs := []string{validHead + "\n" + strings.TrimPrefix(tt.extra, "\n")}
			if tt.other != "" {
				srcs = append(srcs, tt.other)
			}
			// validHead ends at line 19 with its newline; the "\n" makes
			// line 20 blank so extra starts at line 21.
			err := Validate(parseAll(t, srcs...), testArticles())
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			file := "a.kg"
			if tt.other != "" {
				file = "b.kg"
			}
			matchErrors(t, err, file, ErrInvalid, tt.want)
		})
	}
}

// TestValidateFactsBuiltInCode covers what Parse cannot produce: a fact
// without evidence and a fact citing a document no file declares.
func TestValidateFactsBuiltInCode(t *testing.T) {
	files := parseAll(t, validHead)
	files[0].Facts = append(files[0].Facts,
		Fact{Subject: "siege", Predicate: "deaths", Object: "31", Document: "doc", Line: 40},
		Fact{Subject: "siege", Predicate: "deaths", Object: "31", Evidence: "Iran claimed", Document: "nodoc", Line: 50},
		Fact{Subject: "siege", Predicate: "deaths", Object: "31", Evidence: "Iran claimed 32", Document: "doc", Line: 60},
	)
	matchErrors(t, Validate(files, testArticles()), "a.kg", ErrInvalid, []lineErr{
		{40, "fact siege deaths 31 has no evidence"},
		{50, `fact cites unknown document "nodoc"`},
		{60, "evidence not found verbatim"},
	})
}
