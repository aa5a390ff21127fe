package extract

import (
	"strings"
	"testing"
)

// TestParseStates: a bad line of a states file names the file, the line
// and what is wrong.
func TestParseStates(t *testing.T) {
	tests := []struct{ name, src, wantErr string }{
		{"a state with other names", "# comment\n\nNew Zealand\nNetherlands | Dutch | Holland\n", ""},
		{"spellings of one key on one line", "United States | U.S. | US\n", ""},
		{"an empty name", "Poland | | Polish\n", "states:1: empty name"},
		{"a name two lines give", "Niger\nNigeria | Niger\n", `states:2: "Niger" is already a name of line 1`},
		{"a name that makes no id", "Јордан\n", `states:1: "Јордан" makes no id`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseStates("states", tt.src)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("parseStates: got error %v, want %q", err, tt.wantErr)
			}
		})
	}
	es, err := parseStates("states", "Netherlands | Dutch\nNew Zealand\n")
	if err != nil || len(es) != 2 || es[0].ID != "netherlands" || es[0].Type != "Country" || es[1].Name != "New Zealand" || len(es[0].Aliases) != 1 {
		t.Errorf("parseStates = %+v, %v", es, err)
	}
}

// TestStatesAndTheirPeople: every state is known by its name and its
// people's adjective, however few news items name it; a title word that
// is part of a person's name stays in it.
func TestStatesAndTheirPeople(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"states named by their people", "Polish and Dutch troops left Camp Taji.", []string{"Camp Taji:Facility", "Netherlands:Country", "Poland:Country"}},
		{"a state of two words after a demonym", "Australian and New Zealand trainers stayed.", []string{"Australia:Country", "New Zealand:Country"}},
		{"a state by its name", "Belgium and Finland recalled their envoys.", []string{"Belgium:Country", "Finland:Country"}},
		{"a group that opens with a people's name", "Palestinian Islamic Jihad praised the strike.", []string{"Palestinian Islamic Jihad:ArmedGroup"}},
		{"a first name that is a state elsewhere", "Chad Wolf, the acting homeland security secretary, spoke.", []string{"Chad Wolf:Person"}},
		{"a title word joined to a particle", "Iraqi lawmaker Faiq al-Sheikh Ali said the vote was binding.", []string{"Faiq al-Sheikh Ali:Person", "Iraq:Country"}},
		{"a title word before a generation suffix", "Protesters quoted Martin Luther King Jr. on the march.", []string{"Martin Luther King Jr:Person"}},
		{"a title before a name still goes", "Democratic Sen. Tim Kaine and Sheikh Qais al-Khazali spoke.", []string{"Qais al-Khazali:Person", "Tim Kaine:Person"}},
	})
}

// FuzzParseStates: any text either fails with its file and line or gives
// states that each have a name, an id and names no other state has.
func FuzzParseStates(f *testing.F) {
	f.Add("New Zealand\nNetherlands | Dutch\n")
	f.Add("# c\nUnited States | U.S. | US\n\nPoland | | Polish\n")
	f.Add("Niger\nNigeria | Niger\n")
	f.Fuzz(func(t *testing.T, src string) {
		es, err := parseStates("states", src)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "states:") {
				t.Fatalf("error %q names no file and line", err)
			}
			return
		}
		owner := map[string]string{}
		for _, e := range es {
			if e.Name == "" || e.ID == "" || e.Type != "Country" {
				t.Fatalf("state %+v", e)
			}
			for _, n := range e.Names() {
				if o, ok := owner[nameKey(n)]; ok && o != e.ID {
					t.Fatalf("%q names %s and %s", n, o, e.ID)
				}
				owner[nameKey(n)] = e.ID
			}
		}
	})
}
