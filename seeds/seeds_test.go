package seeds

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds/annotation"
)

const seedDoc = "us-embassy-baghdad-2019"

func loadSeeds(t *testing.T) *Set {
	t.Helper()
	s, err := Embedded()
	if err != nil {
		t.Fatalf("Embedded: %v", err)
	}
	return s
}

func entities(s *Set) map[string]annotation.EntityBlock {
	m := map[string]annotation.EntityBlock{}
	for _, f := range s.Files {
		for _, e := range f.Entities {
			m[e.ID] = e
		}
	}
	return m
}

func facts(s *Set) []annotation.Fact {
	var out []annotation.Fact
	for _, f := range s.Files {
		out = append(out, f.Facts...)
	}
	return out
}

func TestEmbeddedValidates(t *testing.T) {
	s := loadSeeds(t)
	d, ok := s.Document(seedDoc)
	if !ok {
		t.Fatalf("no document %s", seedDoc)
	}
	if d.File != seedDoc+".txt" || d.Date != "2019-12-31" || d.Source == "" {
		t.Errorf("document block = %+v, want file %s.txt, date 2019-12-31 and a source", d, seedDoc)
	}
	art, ok := s.Articles[seedDoc]
	if !ok {
		t.Fatalf("article %s not loaded", seedDoc)
	}
	if art.Title != "New Year's Eve Attack on U.S. Embassy in Iraq" || len(art.Sentences) != 22 {
		t.Errorf("article has title %q and %d sentences, want the seed title and 22", art.Title, len(art.Sentences))
	}
	if n := len(entities(s)); n < 45 {
		t.Errorf("%d entities; the article names more", n)
	}
	if n := len(facts(s)); n < 100 {
		t.Errorf("%d facts; the article states more", n)
	}
}

func TestLoadReportsProblems(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Title\n\nIran denied it.")},
		"a.kg":  {Data: []byte("document a\n  file: a.txt\n\nentity iran Country\n  name: Iran\n\nfact iran leads iran\n  evidence: Iran admitted it\n")},
		"b.kg":  {Data: []byte("document b\n  file: missing.txt\nbogus\n")},
	}
	_, err := Load(fsys)
	if !errors.Is(err, annotation.ErrSyntax) || !strings.Contains(err.Error(), "b.kg:3:") {
		t.Fatalf("Load = %v, want the syntax error of b.kg:3", err)
	}
	delete(fsys, "b.kg")
	_, err = Load(fsys)
	want := []string{"a.kg:7: iran leads iran: leads expects a subject of type Person", "a.kg:8: evidence not found verbatim"}
	if !errors.Is(err, annotation.ErrInvalid) {
		t.Fatalf("Load = %v, want validation errors", err)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("Load error\n%v\nlacks %q", err, w)
		}
	}
}

// TestNamesResolveUniquely checks every name and alias folds to one entity,
// and that the spellings analysts type find the right one.
func TestNamesResolveUniquely(t *testing.T) {
	s := loadSeeds(t)
	byName := map[string]string{}
	for _, e := range entities(s) {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := schema.FoldName(n)
			if k == "" {
				t.Errorf("entity %s: name %q folds to nothing", e.ID, n)
			}
			if other, ok := byName[k]; ok && other != e.ID {
				t.Errorf("name %q (%q) names both %s and %s", n, k, other, e.ID)
			}
			byName[k] = e.ID
		}
	}
	tests := []struct{ name, id string }{
		{"U.S. President Trump", "donald-trump"},
		{"President Trump", "donald-trump"},
		{"Donald J. Trump", "donald-trump"},
		{"Qassim Suleimani", "qasem-soleimani"},
		{"Qasem Suleimani", "qasem-soleimani"},
		{"Qassem Soleimani", "qasem-soleimani"},
		{"Iran's Supreme Leader Ayatollah Ali Khamenei", "ali-khamenei"},
		{"Khamenei", "ali-khamenei"},
		{"Iran's elite Quds Force", "quds-force"},
		{"Qods Force", "quds-force"},
		{"IRGC-QF", "quds-force"},
		{"IRGC", "revolutionary-guards"},
		{"Islamic Revolutionary Guard Corps", "revolutionary-guards"},
		{"Iran’s Revolutionary Guards", "revolutionary-guards"},
		{"Daesh", "isis"},
		{"ISIL", "isis"},
		{"Kata'ib Hezbollah", "kataib-hezbollah"},
		{"KATAIB-HEZBOLLAH", "kataib-hezbollah"},
		{"Kataib Hizbollah", "kataib-hezbollah"},
		{"Hezbollah Brigades", "kataib-hezbollah"},
		{"KH", "kataib-hezbollah"},
		{"Iranian proxies", "iraqi-militias"},
		{"the militias", "iraqi-militias"},
		{"Thousands of people", "protesters"},
		{"The protestors", "protesters"},
		{"US", "united-states"},
		{"U.S.", "united-states"},
		{"USA", "united-states"},
		{"America", "united-states"},
		{"American embassy", "us-embassy-baghdad"},
		{"the embassy", "us-embassy-baghdad"},
		{"embassy compound", "us-embassy-baghdad"},
		{"main reception area", "embassy-reception-area"},
		{"K-1 Air Base", "k1-air-base"},
		{"Iraqi military base", "k1-air-base"},
		{"the siege", "embassy-storming"},
		{"the embassy attack", "embassy-storming"},
		{"the initial attack", "rocket-attack-k1"},
		{"American airstrikes", "kh-airstrikes"},
		{"the strike", "kh-airstrikes"},
		{"Libya's second city", "benghazi"},
		{"the consulate", "benghazi-consulate"},
		{"Iraqi government", "iraqi-government"},
		{"the Prime Minister", "prime-minister-of-iraq"},
		{"Trump Administration", "trump-administration"},
		{"about 100 marines", "us-marines"},
		{"650 troops", "us-troops-650"},
		{"fight against ISIS", "fight-against-isis"},
		{"2014 piece of legislation", "militia-law-2014"},
		{"American contractor", "nawres-hamid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := byName[schema.FoldName(tt.name)]; got != tt.id {
				t.Errorf("%q resolves to %q, want %q", tt.name, got, tt.id)
			}
		})
	}
	for _, vague := range []string{"the attack", "the groups", "the country", "the President"} {
		if id, ok := byName[schema.FoldName(vague)]; ok {
			t.Errorf("vague phrase %q is claimed by %s", vague, id)
		}
	}
}

// TestEntitiesAreMentioned checks that every entity but an event (which the
// article describes rather than names) has a name or alias the article
// writes, and that every entity takes part in a fact.
func TestEntitiesAreMentioned(t *testing.T) {
	s := loadSeeds(t)
	// FoldName drops apostrophes, so "Libya's" folds to "libyas": drop the
	// possessive first.
	raw := strings.NewReplacer("'s ", " ", "’s ", " ").Replace(s.Articles[seedDoc].Raw)
	text := " " + schema.FoldName(raw) + " "
	described := map[string]bool{
		"militia-leaders":    true, // "their leaders"
		"us-security-forces": true, // "American and Iraqi security forces"
	}
	inFact := map[string]bool{}
	for _, fa := range facts(s) {
		inFact[fa.Subject] = true
		inFact[fa.Object] = true
	}
	for id, e := range entities(s) {
		if !inFact[id] {
			t.Errorf("entity %s is in no fact", id)
		}
		if e.Type == "Event" || described[id] {
			continue
		}
		found := false
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if strings.Contains(text, " "+schema.FoldName(n)+" ") {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("entity %s: neither its name nor an alias is in the article", id)
		}
	}
}

// TestAnalystFacts checks the relations an analyst reads in the article are
// there, each with its evidence in the sentence that states it.
func TestAnalystFacts(t *testing.T) {
	s := loadSeeds(t)
	art := s.Articles[seedDoc]
	tests := []struct {
		subj, pred, obj string
		sentence        int
	}{
		{"qasem-soleimani", "leads", "quds-force", 16},
		{"qasem-soleimani", "presentAt", "embassy-storming", 16},
		{"qasem-soleimani", "presentAt", "us-embassy-baghdad", 17},
		{"iran", "influenced", "embassy-storming", 16},
		{"quds-force", "partOf", "revolutionary-guards", 18},
		{"revolutionary-guards", "partOf", "iran", 18},
		{"ali-khamenei", "headOf", "iran", 19},
		{"ali-khamenei", "deniedInvolvementIn", "embassy-storming", 19},
		{"protesters", "conducted", "embassy-storming", 1},
		{"embassy-storming", "targeted", "us-embassy-baghdad", 1},
		{"embassy-storming", "responseTo", "kh-airstrikes", 1},
		{"embassy-storming", "startDate", "2019-12-31", 1},
		{"embassy-storming", "participants", "thousands", 1},
		{"iraqi-militias", "backedBy", "iran", 1},
		{"us-embassy-baghdad", "locatedIn", "baghdad", 1},
		{"baghdad", "locatedIn", "iraq", 1},
		{"iraqi-militias", "suspectedOf", "rocket-attack-k1", 2},
		{"nawres-hamid", "killedIn", "rocket-attack-k1", 2},
		{"rocket-attack-k1", "targeted", "k1-air-base", 2},
		{"united-states", "attacked", "kh-sites", 3},
		{"united-states", "attacked", "kataib-hezbollah", 3},
		{"kh-airstrikes", "targeted", "kh-sites", 3},
		{"kh-airstrikes", "responseTo", "rocket-attack-k1", 3},
		{"kh-airstrikes", "targetCount", "5", 3},
		{"kataib-hezbollah", "controls", "kh-sites", 3},
		{"kataib-hezbollah", "suspectedOf", "rocket-attack-k1", 3},
		{"kataib-hezbollah", "partOf", "iraqi-militias", 3},
		{"kh-airstrikes", "deaths", "31", 4},
		{"kh-airstrikes", "wounded", "60", 4},
		{"iran", "condemned", "kh-airstrikes", 5},
		{"iraqi-militias", "participatedIn", "embassy-storming", 5},
		{"militia-leaders", "ordered", "militia-departure", 6},
		{"donald-trump", "headOf", "united-states", 7},
		{"donald-trump", "threatened", "iran", 7},
		{"donald-trump", "communicatedVia", "twitter", 7},
		{"trump-threat", "responseTo", "embassy-storming", 7},
		{"donald-trump", "calledOn", "iraqi-government", 8},
		{"donald-trump", "leads", "trump-administration", 9},
		{"embassy-storming", "comparedTo", "benghazi-attack", 9},
		{"benghazi-attack", "deaths", "4", 9},
		{"benghazi-consulate", "locatedIn", "benghazi", 9},
		{"benghazi", "locatedIn", "libya", 9},
		{"donald-trump", "ordered", "troop-deployment-650", 10},
		{"troop-deployment-650", "deployedFrom", "fort-bragg", 10},
		{"troop-deployment-650", "deployedTo", "middle-east", 10},
		{"troop-deployment-650", "troops", "650", 10},
		{"fort-bragg", "locatedIn", "north-carolina", 10},
		{"us-marines", "participatedIn", "marine-arrival", 11},
		{"us-marines", "deployedFrom", "kuwait-base", 11},
		{"us-marines", "troops", "100", 11},
		{"kuwait-base", "locatedIn", "kuwait", 11},
		{"us-security-forces", "repelled", "protesters", 12},
		{"iraqi-security-forces", "repelled", "protesters", 12},
		{"embassy-reception-area", "partOf", "us-embassy-baghdad", 12},
		{"iraqi-militias", "opposed", "united-states", 13},
		{"iraqi-militias", "demanded", "us-withdrawal-demand", 13},
		{"iraqi-government", "pledged", "expulsion-bill", 14},
		{"expulsion-bill", "concerns", "united-states", 14},
		{"militia-law-2014", "recognizes", "iraqi-militias", 15},
		{"militia-law-2014", "startDate", "2014", 15},
		{"iraqi-militias", "reportsTo", "prime-minister-of-iraq", 15},
		{"iraqi-militias", "fought", "isis", 15},
		{"united-states", "inTensionWith", "iraq", 20},
		{"trump-administration", "hasInterestsIn", "iraq", 21},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %s %s", tt.subj, tt.pred, tt.obj), func(t *testing.T) {
			var seen []int
			for _, fa := range facts(s) {
				if fa.Subject != tt.subj || fa.Predicate != tt.pred || fa.Object != tt.obj {
					continue
				}
				sent, ok := art.Find(fa.Evidence)
				if !ok {
					t.Fatalf("evidence %q not in the article", fa.Evidence)
				}
				if sent.Index == tt.sentence {
					return
				}
				seen = append(seen, sent.Index)
			}
			if seen == nil {
				t.Errorf("no such fact")
			} else {
				t.Errorf("fact quotes sentences %v, want %d", seen, tt.sentence)
			}
		})
	}
}

// TestNoDuplicateFacts: two facts with the same triple from the same
// sentence would write the same quad twice.
func TestNoDuplicateFacts(t *testing.T) {
	s := loadSeeds(t)
	art := s.Articles[seedDoc]
	seen := map[string]int{}
	for _, fa := range facts(s) {
		sent, _ := art.Find(fa.Evidence)
		k := fmt.Sprintf("%s %s %s #s%d", fa.Subject, fa.Predicate, fa.Object, sent.Index)
		if line, dup := seen[k]; dup {
			t.Errorf("line %d repeats the fact of line %d: %s", fa.Line, line, k)
		}
		seen[k] = fa.Line
	}
}

// TestPaths follows relations the way an analyst would walk the graph: from
// Trump to Kataib Hezbollah along the direction of the facts, and from Trump
// to every entity ignoring direction (no island in the graph).
func TestPaths(t *testing.T) {
	s := loadSeeds(t)
	out := map[string][]annotation.Fact{}
	undirected := map[string][]string{}
	for _, fa := range facts(s) {
		p, _ := schema.LookupPredicate(fa.Predicate)
		if p.IsAttribute() {
			continue
		}
		out[fa.Subject] = append(out[fa.Subject], fa)
		undirected[fa.Subject] = append(undirected[fa.Subject], fa.Object)
		undirected[fa.Object] = append(undirected[fa.Object], fa.Subject)
	}

	// Breadth first, keeping the fact that reached each entity.
	via := map[string]annotation.Fact{"donald-trump": {}}
	queue := []string{"donald-trump"}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, fa := range out[id] {
			if _, ok := via[fa.Object]; !ok {
				via[fa.Object] = fa
				queue = append(queue, fa.Object)
			}
		}
	}
	if _, ok := via["kataib-hezbollah"]; !ok {
		t.Errorf("no directed path of facts from donald-trump to kataib-hezbollah")
	} else {
		var path []string
		for id := "kataib-hezbollah"; id != "donald-trump"; id = via[id].Subject {
			path = append([]string{via[id].Predicate + " " + id}, path...)
		}
		t.Logf("donald-trump %s", strings.Join(path, " "))
	}

	reached := map[string]bool{"donald-trump": true}
	queue = []string{"donald-trump"}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, next := range undirected[id] {
			if !reached[next] {
				reached[next] = true
				queue = append(queue, next)
			}
		}
	}
	for id := range entities(s) {
		if !reached[id] {
			t.Errorf("entity %s is not connected to donald-trump", id)
		}
	}
}
