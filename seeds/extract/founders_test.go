package extract

import "testing"

// TestFoundersLead reads sentences written for this test in several
// outlets' styles: a group's founder, named in an apposition, after
// "whose", before his name or as the subject of "founded", leads the
// group; a state's founder heads nothing by the phrase, and "whose
// founder" with no name after it names nobody.
func TestFoundersLead(t *testing.T) { runWireCases(t, founderCases) }

var founderCases = []wireCase{
	{"a founder set off after the name", "Hassan Nasrallah, a founder of Hezbollah, spoke from Beirut on Sunday.",
		[]string{"hassan-nasrallah leads hezbollah"}, nil},
	{"the leader named after whose", "BEIRUT (AP) — Hezbollah, whose leader, Sayyed Hassan Nasrallah, rarely appears in public, vowed revenge.",
		[]string{"hassan-nasrallah leads hezbollah"}, nil},
	{"the group's name before founder", "Asaib Ahl al-Haq founder Qais al-Khazali was put on a U.S. sanctions list in December.",
		[]string{"qais-al-khazali leads asaib-ahl-al-haq"}, nil},
	{"who founded", "Qais al-Khazali, who founded Asaib Ahl al-Haq after breaking with Moqtada al-Sadr, denied any role.",
		[]string{"qais-al-khazali leads asaib-ahl-al-haq"}, []string{"moqtada-al-sadr leads asaib-ahl-al-haq"}},
	{"a second role joined by and", "Mourners chanted as the coffin of Abu Mahdi al-Muhandis, the deputy chief of the Popular Mobilization Forces and a founder of Kataib Hezbollah, passed.",
		[]string{"abu-mahdi-al-muhandis leads kataib-hezbollah", "abu-mahdi-al-muhandis memberOf popular-mobilization-forces"},
		[]string{"abu-mahdi-al-muhandis leads popular-mobilization-forces"}},
	{"a state's founder heads nothing", "Ayatollah Ruhollah Khomeini, the founder of the Islamic Republic, died in 1989.",
		nil, []string{"ruhollah-khomeini leads iran", "ruhollah-khomeini headOf iran"}},
	{"whose founder with no name", "Kataib Hezbollah, whose founder was killed alongside Qassem Soleimani, vowed revenge.",
		nil, []string{"qassem-soleimani leads kataib-hezbollah"}},
	{"the object of met is not the founder's", "Qassem Soleimani met Abu Mahdi al-Muhandis, who founded Kataib Hezbollah, at the airport.",
		[]string{"abu-mahdi-al-muhandis leads kataib-hezbollah"}, []string{"qassem-soleimani leads kataib-hezbollah"}},
	{"a state founds no group it leads", "Iran founded the Popular Mobilization Forces in 2014, Pompeo said.",
		nil, []string{"iran leads popular-mobilization-forces", "pompeo leads popular-mobilization-forces"}},
}
