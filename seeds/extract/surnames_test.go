package extract

import "testing"

// TestSurnamesAlone reads texts written for this test in which two people
// share a surname: written alone, it is the person of that surname named
// in full last, unless that full name was written as another's kin.
func TestSurnamesAlone(t *testing.T) { runWireCases(t, surnameCases) }

var surnameCases = []wireCase{
	{"the son named after the father", "Mohammed Sadiq al-Sadr, the father of the cleric Moqtada al-Sadr, was killed in 1999. Sadr's Mahdi Army fought American troops in 2004.",
		[]string{"moqtada-al-sadr leads mahdi-army"}, []string{"mohammed-sadiq-al-sadr leads mahdi-army"}},
	{"a pronoun's kin opening the sentence is its topic", "Mohammed Baqir al-Sadr was executed in 1980. His relative Moqtada al-Sadr spoke in Najaf on Friday. Sadr, who leads the Sairoon alliance, urged calm.",
		[]string{"moqtada-al-sadr leads sairoon"}, []string{"mohammed-baqir-al-sadr leads sairoon"}},
	{"a brother named after him is not the surname", "The Treasury Department sanctioned Qais al-Khazali and his brother Laith al-Khazali. Khazali, the leader of Asaib Ahl al-Haq, denied the charges.",
		[]string{"qais-al-khazali leads asaib-ahl-al-haq"}, []string{"laith-al-khazali leads asaib-ahl-al-haq"}},
	{"a daughter named by her father's name", "Qassem Soleimani's daughter, Zeinab Soleimani, spoke at the funeral. Soleimani, the commander of the Quds Force, was killed on Friday.",
		[]string{"qassem-soleimani leads quds-force"}, []string{"zeinab-soleimani leads quds-force"}},
	{"the last of two relatives in full", "Nechirvan Barzani, the president of the Kurdistan Region, met the envoy in Erbil. Later, Masoud Barzani received him. Barzani, who leads the Kurdistan Democratic Party, called for calm.",
		[]string{"masoud-barzani leads kurdistan-democratic-party"}, []string{"nechirvan-barzani leads kurdistan-democratic-party"}},
	{"the surname before the second full name keeps the first", "Ali al-Sistani, the top Shiite cleric, spoke on Friday. Sistani's son, Mohammed Ridha al-Sistani, read the sermon. Sistani, who leads prayers in Najaf, urged calm.",
		[]string{"mohammed-ridha-al-sistani says/son-of ali-al-sistani"}, nil},
}
