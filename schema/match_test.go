package schema

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSuggest checks the ranking of suggestions on a small table of
// entities: names before aliases, whole names before words.
func TestSuggest(t *testing.T) {
	ent := func(id, name string, aliases ...string) Entity {
		return Entity{IRI: "https://kg.example.org/id/" + id, ID: id, Name: name, Aliases: aliases}
	}
	all := []Entity{
		ent("qasem-soleimani", "Qasem Soleimani", "Soleimani", "General Soleimani"),
		ent("quds-force", "Quds Force", "Iran's elite Quds Force"),
		ent("kataib-hezbollah", "Kataib Hezbollah", "Kata'ib Hizballah"),
		ent("qatar", "Qatar"),
	}
	tests := []struct {
		prefix string
		limit  int
		want   []string // id: match
	}{
		{"sole", 10, []string{"qasem-soleimani: Soleimani"}},
		{"Q", 10, []string{"qasem-soleimani: Qasem Soleimani", "quds-force: Quds Force", "qatar: Qatar"}},
		{"q", 1, []string{"qasem-soleimani: Qasem Soleimani"}},
		{"iran's el", 10, []string{"quds-force: Iran's elite Quds Force"}},
		{"force", 10, []string{"quds-force: Quds Force"}},
		{"KATAIB-HIZ", 10, []string{"kataib-hezbollah: Kata'ib Hizballah"}},
		{"hez", 10, []string{"kataib-hezbollah: Kataib Hezbollah"}},
		{"nobody", 10, []string{}},
		{"", 2, []string{"qasem-soleimani: Qasem Soleimani", "quds-force: Quds Force"}},
	}
	for _, tt := range tests {
		t.Run(tt.prefix, func(t *testing.T) {
			got := []string{}
			for _, s := range NewNames(all).Suggest(tt.prefix, tt.limit) {
				got = append(got, s.ID+": "+s.Match)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("suggest(%q) (-want +got):\n%s", tt.prefix, diff)
			}
		})
	}
}

// TestResolve walks every stage of the name matcher on a small table.
func TestResolve(t *testing.T) {
	all := []Entity{
		{IRI: "id:qasem-soleimani", ID: "qasem-soleimani", Name: "Qasem Soleimani", Aliases: []string{"Soleimani"}},
		{IRI: "id:donald-trump", ID: "donald-trump", Name: "Donald Trump", Aliases: []string{"Trump"}},
		{IRI: "id:kataib-hezbollah", ID: "kataib-hezbollah", Name: "Kata'ib Hezbollah"},
		{IRI: "id:moqtada-al-sadr", ID: "moqtada-al-sadr", Name: "Moqtada al-Sadr"},
		{IRI: "id:fort-bragg", ID: "fort-bragg", Name: "Fort Bragg"},
		{IRI: "id:mahdi-army", ID: "mahdi-army", Name: "Mahdi Army"},
		{IRI: "id:abu-mahdi", ID: "abu-mahdi", Name: "Abu Mahdi al-Muhandis"},
		{IRI: "id:hezbollah-a", ID: "hezbollah-a", Name: "Party"},
		{IRI: "id:hezbollah-b", ID: "hezbollah-b", Name: "Party"},
	}
	names := NewNames(all)
	tests := []struct {
		query, id, how string
		err            string
	}{
		{query: "Qasem Soleimani", id: "qasem-soleimani", how: ByName},
		{query: "Soleimani", id: "qasem-soleimani", how: ByAlias},
		{query: "KATAIB-HEZBOLLAH", id: "kataib-hezbollah", how: ByFolded},
		{query: "Mr. Trump", id: "donald-trump", how: ByTitle},
		{query: "Qassem Suleimani", id: "qasem-soleimani", how: BySpelling},
		{query: "Muqtada Sadr", id: "moqtada-al-sadr", how: BySpelling},
		{query: "General Qassim Soleimani", id: "qasem-soleimani", how: BySpelling},
		{query: "Solemani", id: "qasem-soleimani", how: ByNearest},
		{query: "Bragg", id: "fort-bragg", how: ByNearest},
		{query: "Mahdi", err: `no entity named "Mahdi"; did you mean "Mahdi Army", "Abu Mahdi al-Muhandis"?`},
		{query: "Party", err: `"Party" names 2 entities: Party (, id:hezbollah-a); Party (, id:hezbollah-b); give the IRI or a fuller name`},
		{query: "  ", err: `no entity named "  "`},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			m, err := names.Resolve(tt.query)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("Resolve(%q) = %v, %v; want error %q", tt.query, m, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([2]string{tt.id, tt.how}, [2]string{m.Entity.ID, m.How}); diff != "" {
				t.Errorf("Resolve(%q) (-want +got):\n%s", tt.query, diff)
			}
			if all[m.Index].ID != m.Entity.ID {
				t.Errorf("Index %d is %s, not %s", m.Index, all[m.Index].ID, m.Entity.ID)
			}
		})
	}
}

// TestNameKey checks that names written differently but read alike share a
// key, and that the extractor's word keys make the same keys.
func TestNameKey(t *testing.T) {
	same := [][]string{
		{"Qasem Soleimani", "Qassem Suleimani", "qasim soleymani"},
		{"Kata'ib Hezbollah", "Kataib Hizballah", "KATAEB HEZBOLLAH"},
		{"Moqtada al-Sadr", "Muqtada Sadr"},
		{"Revolutionary Guards", "Revolutionary Guard"},
		{"Islamic Revolutionary Guard Corps", "Islamic Revolution Guards Corps"},
		{"Hashd al-Shaabi", "Hashed al-Shaabi"},
	}
	for _, names := range same {
		for _, n := range names[1:] {
			if NameKey(n) != NameKey(names[0]) {
				t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q; want them equal", n, NameKey(n), names[0], NameKey(names[0]))
			}
		}
	}
	if NameKey("Quds Force") == NameKey("Mahdi Army") {
		t.Error("different names share a key")
	}
}
