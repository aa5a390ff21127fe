package schema

import (
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

func TestIsA(t *testing.T) {
	tests := []struct {
		name, want string
		is         bool
	}{
		{"Person", "Person", true},
		{"Person", "Agent", true},
		{"Person", "Thing", true},
		{"ArmedGroup", "Organization", true},
		{"ArmedGroup", "Agent", true},
		{"GovernmentBody", "Organization", true},
		{"MilitaryUnit", "Organization", true},
		{"MediaOutlet", "Organization", true},
		{"Country", "Agent", true},
		{"Country", "Place", true},
		{"Country", "Thing", true},
		{"City", "Place", true},
		{"Facility", "Place", true},
		{"Event", "Thing", true},
		{"Legislation", "Thing", true},
		{"Place", "Country", false},
		{"City", "Country", false},
		{"Person", "Place", false},
		{"Organization", "ArmedGroup", false},
		{"Event", "Agent", false},
		{"Legislation", "Event", false},
		{"Nation", "Thing", false},
		{"", "Thing", false},
		{"person", "Person", false},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+tt.want, func(t *testing.T) {
			if got := IsA(tt.name, tt.want); got != tt.is {
				t.Errorf("IsA(%q, %q) = %v, want %v", tt.name, tt.want, got, tt.is)
			}
		})
	}
}

func TestTypes(t *testing.T) {
	seen := map[string]bool{}
	iris := map[quad.IRI]string{}
	for _, ty := range Types() {
		if ty.Parent != "" && !seen[ty.Parent] {
			t.Errorf("type %s comes before its parent %s", ty.Name, ty.Parent)
		}
		if seen[ty.Name] {
			t.Errorf("type %s listed twice", ty.Name)
		}
		if other, dup := iris[ty.IRI]; dup {
			t.Errorf("types %s and %s share IRI %s", other, ty.Name, ty.IRI)
		}
		if ty.Doc == "" {
			t.Errorf("type %s has no Doc", ty.Name)
		}
		seen[ty.Name] = true
		iris[ty.IRI] = ty.Name
		if !IsA(ty.Name, "Thing") {
			t.Errorf("type %s is not a Thing", ty.Name)
		}
	}
	ts := Types()
	ts[0].Name = "Changed"
	if Types()[0].Name == "Changed" {
		t.Errorf("Types returns the package's own slice")
	}
	names := TypeNames()
	if !sort.StringsAreSorted(names) || len(names) != len(seen) {
		t.Errorf("TypeNames = %v, want the %d names sorted", names, len(seen))
	}
}

func TestLookupType(t *testing.T) {
	tests := []struct {
		in       string
		wantName string // "" when not found
	}{
		{"Person", "Person"},
		{"ArmedGroup", "ArmedGroup"},
		{"Country", "Country"},
		{SchemaOrg + "Person", "Person"},
		{SchemaOrg + "GovernmentOrganization", "GovernmentBody"},
		{Vocab + "ArmedGroup", "ArmedGroup"},
		{"Nation", ""},
		{"", ""},
		{"schema:Person", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := LookupType(tt.in)
			if ok != (tt.wantName != "") || got.Name != tt.wantName {
				t.Errorf("LookupType(%q) = %q, %v; want %q", tt.in, got.Name, ok, tt.wantName)
			}
		})
	}
}

func TestPredicates(t *testing.T) {
	names := map[string]bool{}
	iris := map[quad.IRI]string{}
	attrs := false
	for _, p := range Predicates() {
		if names[p.Name] {
			t.Errorf("predicate %s listed twice", p.Name)
		}
		names[p.Name] = true
		if other, dup := iris[p.IRI]; dup {
			t.Errorf("predicates %s and %s share IRI %s", other, p.Name, p.IRI)
		}
		iris[p.IRI] = p.Name
		if p.Label == "" || p.Inverse == "" || p.Doc == "" || len(p.Domain) == 0 {
			t.Errorf("predicate %s lacks a label, inverse, doc or domain: %+v", p.Name, p)
		}
		if p.IsAttribute() {
			attrs = true
			if len(p.Range) != 0 {
				t.Errorf("attribute %s has a range", p.Name)
			}
		} else {
			if attrs {
				t.Errorf("relation %s comes after an attribute", p.Name)
			}
			if len(p.Range) == 0 {
				t.Errorf("relation %s has no range", p.Name)
			}
		}
		for _, ty := range append(append([]string(nil), p.Domain...), p.Range...) {
			if _, ok := LookupType(ty); !ok {
				t.Errorf("predicate %s names unknown type %q", p.Name, ty)
			}
		}
	}
	pn := PredicateNames()
	if !sort.StringsAreSorted(pn) || len(pn) != len(names) {
		t.Errorf("PredicateNames = %v, want the %d names sorted", pn, len(names))
	}
}

func TestLookupPredicate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when not found
	}{
		{"leads", "leads"},
		{"LEADS", "leads"},
		{"partof", "partOf"},
		{"head of", "headOf"},
		{"Carried Out", "conducted"},
		{"kg:leads", "leads"},
		{Vocab + "leads", "leads"},
		{SchemaOrg + "startDate", "startDate"},
		{"startDate", "startDate"},
		{"deaths", "deaths"},
		{"commands", ""},
		{"", ""},
		{"led by", ""}, // inverse labels do not name the predicate
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := LookupPredicate(tt.in)
			if ok != (tt.want != "") || got.Name != tt.want {
				t.Errorf("LookupPredicate(%q) = %q, %v; want %q", tt.in, got.Name, ok, tt.want)
			}
		})
	}
}

func mustPredicate(t *testing.T, name string) Predicate {
	t.Helper()
	p, ok := LookupPredicate(name)
	if !ok {
		t.Fatalf("no predicate %q", name)
	}
	return p
}

func TestCheckRelation(t *testing.T) {
	tests := []struct {
		pred, subj, obj string
		wantErr         string // "" for no error
	}{
		{"leads", "Person", "MilitaryUnit", ""},
		{"leads", "Person", "GovernmentBody", ""},
		{"leads", "MilitaryUnit", "MilitaryUnit", "leads expects a subject of type Person, got MilitaryUnit"},
		{"leads", "Person", "Event", "leads expects an object of type Organization, got Event"},
		{"leads", "Person", "Country", "leads expects an object of type Organization, got Country"},
		{"headOf", "Person", "Country", ""},
		{"headOf", "GovernmentBody", "GovernmentBody", ""},
		{"partOf", "MilitaryUnit", "Country", ""},
		{"partOf", "Facility", "Facility", ""},
		{"partOf", "Event", "Event", "partOf expects a subject of type Organization or Place, got Event"},
		{"locatedIn", "Event", "City", ""},
		{"locatedIn", "City", "Country", ""},
		{"locatedIn", "Country", "Region", ""},
		{"locatedIn", "Legislation", "Country", "locatedIn expects a subject"},
		{"attacked", "Country", "Facility", ""},
		{"attacked", "Event", "Country", ""},
		{"attacked", "Facility", "Country", "attacked expects a subject"},
		{"targeted", "Event", "ArmedGroup", ""},
		{"targeted", "Legislation", "Country", "targeted expects a subject of type Event"},
		{"communicatedVia", "Person", "MediaOutlet", ""},
		{"communicatedVia", "Person", "Organization", "communicatedVia expects an object of type MediaOutlet, got Organization"},
		{"recognizes", "Legislation", "ArmedGroup", ""},
		{"responseTo", "Event", "Event", ""},
		{"killedIn", "Group", "Event", ""},
		{"killedIn", "Country", "Event", "killedIn expects a subject"},
		{"leads", "Nation", "MilitaryUnit", "expects a subject"},
		{"deaths", "Event", "Event", "deaths takes a value (integer), not an entity"},
	}
	for _, tt := range tests {
		t.Run(strings.Join([]string{tt.subj, tt.pred, tt.obj}, " "), func(t *testing.T) {
			err := mustPredicate(t, tt.pred).CheckRelation(tt.subj, tt.obj)
			checkErr(t, err, tt.wantErr)
		})
	}
}

func checkErr(t *testing.T, err error, want string) {
	t.Helper()
	switch {
	case want == "" && err != nil:
		t.Errorf("unexpected error: %v", err)
	case want != "" && err == nil:
		t.Errorf("no error, want %q", want)
	case want != "" && !strings.Contains(err.Error(), want):
		t.Errorf("error %q, want it to contain %q", err, want)
	}
}

func TestCheckAttribute(t *testing.T) {
	tests := []struct {
		pred, subj string
		wantErr    string
	}{
		{"deaths", "Event", ""},
		{"startDate", "Event", ""},
		{"startDate", "Legislation", ""},
		{"troops", "MilitaryUnit", ""},
		{"troops", "Event", ""},
		{"participants", "Group", ""},
		{"description", "Person", ""},
		{"deaths", "Person", "deaths expects a subject of type Event, got Person"},
		{"participants", "Country", "participants expects a subject"},
		{"leads", "Person", "leads links two entities, not an entity and a value"},
	}
	for _, tt := range tests {
		t.Run(tt.subj+" "+tt.pred, func(t *testing.T) {
			checkErr(t, mustPredicate(t, tt.pred).CheckAttribute(tt.subj), tt.wantErr)
		})
	}
}

func TestParseValue(t *testing.T) {
	typed := func(v, typ string) quad.Value {
		return quad.TypedString{Value: quad.String(v), Type: quad.IRI(XSD + typ)}
	}
	tests := []struct {
		pred, in string
		want     quad.Value
		wantErr  string
	}{
		{"deaths", "31", typed("31", "integer"), ""},
		{"deaths", "0", typed("0", "integer"), ""},
		{"troops", "0650", typed("650", "integer"), ""},
		{"deaths", "-1", nil, `deaths takes a whole number, got "-1"`},
		{"deaths", "3.5", nil, "whole number"},
		{"deaths", "thirty", nil, "whole number"},
		{"deaths", "", nil, "whole number"},
		{"deaths", " 31", nil, "whole number"},
		{"startDate", "2019-12-31", typed("2019-12-31", "date"), ""},
		{"startDate", "2019-12", typed("2019-12", "gYearMonth"), ""},
		{"startDate", "2014", typed("2014", "gYear"), ""},
		{"startDate", "2019-02-30", nil, `startDate takes a date as YYYY-MM-DD, YYYY-MM or YYYY, got "2019-02-30"`},
		{"startDate", "2019-13", nil, "takes a date"},
		{"startDate", "2019-1-5", nil, "takes a date"},
		{"startDate", "31/12/2019", nil, "takes a date"},
		{"startDate", "19", nil, "takes a date"},
		{"participants", "thousands", quad.String("thousands"), ""},
		{"description", "a wing of Iran's Revolutionary Guards", quad.String("a wing of Iran's Revolutionary Guards"), ""},
		{"participants", " \t", nil, "participants takes a non-empty text"},
		{"leads", "x", nil, "leads links two entities"},
	}
	for _, tt := range tests {
		t.Run(tt.pred+" "+tt.in, func(t *testing.T) {
			got, err := mustPredicate(t, tt.pred).ParseValue(tt.in)
			checkErr(t, err, tt.wantErr)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseValue(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestFoldName(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Kata'ib Hezbollah", "Kataib Hezbollah"},
		{"Kata’ib Hezbollah", "kataib hezbollah"},
		{"KATAIB-HEZBOLLAH", "Kataib Hezbollah"},
		{"U.S.", "US"},
		{"U.S. Embassy", "US embassy"},
		{"  Quds   Force ", "Quds Force"},
		{"IRGC-QF", "irgc qf"},
		{"Iran's", "Irans"},
		{"Qasem\tSoleimani", "qasem soleimani"},
		{"Ali Khamenei (Supreme Leader)", "ali khamenei supreme leader"},
		{"São Paulo", "são paulo"},
		{"K-1", "k 1"},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			if fa, fb := FoldName(tt.a), FoldName(tt.b); fa != fb {
				t.Errorf("FoldName(%q) = %q, FoldName(%q) = %q; want equal", tt.a, fa, tt.b, fb)
			}
		})
	}
	exact := []struct{ in, want string }{
		{"Kata'ib Hezbollah", "kataib hezbollah"},
		{"U.S. President Trump", "us president trump"},
		{"--", ""},
		{"", ""},
		{"Fort Bragg, North Carolina", "fort bragg north carolina"},
	}
	for _, tt := range exact {
		if got := FoldName(tt.in); got != tt.want {
			t.Errorf("FoldName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	different := [][2]string{{"Iran", "Iraq"}, {"K-1", "K1"}, {"US", "U S A"}}
	for _, d := range different {
		if FoldName(d[0]) == FoldName(d[1]) {
			t.Errorf("FoldName(%q) == FoldName(%q)", d[0], d[1])
		}
	}
}

// FuzzJoinKeys: AppendJoinKeys appends what JoinKeys returns, for the
// words of any text (particles, plurals, one word, none).
func FuzzJoinKeys(f *testing.F) {
	for _, s := range []string{"moqtada al sadr", "al", "al el", "quds forces", "", "al militias", "el al qaeda"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		keys := strings.Fields(s)
		if got, want := string(AppendJoinKeys([]byte("x"), keys)), "x"+JoinKeys(keys); got != want {
			t.Errorf("AppendJoinKeys(%q) = %q, JoinKeys %q", keys, got, want)
		}
	})
}

// FuzzFoldName: the shortcut for plain words folds as the pass rune by
// rune does.
func FuzzFoldName(f *testing.F) {
	for _, s := range []string{"Soleimani", "K1", "IRGC", "U.S.", "São", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := FoldName(s), foldRunes(s); got != want {
			t.Errorf("FoldName(%q) = %q, folded rune by rune %q", s, got, want)
		}
	})
}

func TestShortenExpand(t *testing.T) {
	tests := []struct {
		iri   quad.IRI
		short string
	}{
		{quad.IRI(Vocab + "leads"), "kg:leads"},
		{EntityIRI("qasem-soleimani"), "id:qasem-soleimani"},
		{DocumentIRI("us-embassy-baghdad-2019"), "doc:us-embassy-baghdad-2019"},
		{SentenceIRI("us-embassy-baghdad-2019", 16), "doc:us-embassy-baghdad-2019#s16"},
		{quad.IRI(SchemaOrg + "Person"), "schema:Person"},
		{RDFType, "rdf:type"},
		{SubClassOf, "rdfs:subClassOf"},
		{quad.IRI(XSD + "integer"), "xsd:integer"},
	}
	for _, tt := range tests {
		t.Run(tt.short, func(t *testing.T) {
			if got := Shorten(tt.iri); got != tt.short {
				t.Errorf("Shorten(%s) = %q, want %q", tt.iri, got, tt.short)
			}
			got, ok := Expand(tt.short)
			if !ok || got != tt.iri {
				t.Errorf("Expand(%q) = %s, %v; want %s", tt.short, got, ok, tt.iri)
			}
		})
	}
	for _, iri := range []quad.IRI{"http://example.com/x", Base + "other", ""} {
		if got := Shorten(iri); got != string(iri) {
			t.Errorf("Shorten(%s) = %q, want it unchanged", iri, got)
		}
	}
	for _, s := range []string{"leads", "foo:bar", "http://schema.org/Person", ""} {
		if got, ok := Expand(s); ok {
			t.Errorf("Expand(%q) = %s, want not ok", s, got)
		}
	}
}

func TestIRIs(t *testing.T) {
	if got := SentenceIRI("d", 3); got != quad.IRI(DocumentNS+"d#s3") {
		t.Errorf("SentenceIRI = %s", got)
	}
	id, ok := EntityID(EntityIRI("kataib-hezbollah"))
	if !ok || id != "kataib-hezbollah" {
		t.Errorf("EntityID(EntityIRI) = %q, %v", id, ok)
	}
	for _, iri := range []quad.IRI{DocumentIRI("d"), quad.IRI(Vocab + "leads"), "kataib-hezbollah"} {
		if id, ok := EntityID(iri); ok {
			t.Errorf("EntityID(%s) = %q, want not an entity", iri, id)
		}
	}
}

func TestOpenRelation(t *testing.T) {
	p, ok := OpenRelation("Pledged to  AVENGE")
	if !ok || p.IRI != quad.IRI(OpenVocab+"pledged-to-avenge") || p.Label != "pledged to avenge" || !p.IsOpen() {
		t.Fatalf("OpenRelation = %+v, %v", p, ok)
	}
	back, ok := LookupOpenRelation(p.IRI)
	if !ok || back.IRI != p.IRI || back.Label != p.Label {
		t.Errorf("LookupOpenRelation(%s) = %+v, %v", p.IRI, back, ok)
	}
	if _, ok := LookupPredicate(string(p.IRI)); ok {
		t.Errorf("an open relation is a schema predicate")
	}
	if _, ok := OpenRelation(" ,; "); ok {
		t.Errorf("a phrase without words makes a relation")
	}
	if lp, _ := LookupPredicate("leads"); lp.IsOpen() {
		t.Errorf("leads is open")
	}
}
