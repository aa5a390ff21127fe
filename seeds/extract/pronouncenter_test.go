package extract

import "testing"

// TestPronounOfTheMainClause reads texts written for this test in which a
// sentence names one person in a clause a subordinator opens and another
// as the main clause's subject: the next sentence's "He" is the main
// clause's subject, not the person named first.
func TestPronounOfTheMainClause(t *testing.T) { runWireCases(t, mainClausePronounCases) }

var mainClausePronounCases = []wireCase{
	{"a career after a fronted clause", "After Saddam Hussein fell in 2003, Qais al-Khazali joined the Mahdi Army. He later founded Asaib Ahl al-Haq.",
		[]string{"qais-al-khazali leads asaib-ahl-al-haq"}, []string{"saddam-hussein leads asaib-ahl-al-haq"}},
	{"a wire's while-clause", "While Mike Pompeo was in Brussels, Mark Esper spoke with the Iraqi defence minister. He said U.S. troops would stay in Iraq.",
		[]string{"mark-esper says/said-that united-states"}, []string{"mike-pompeo says/said-that united-states"}},
	{"an analysis's because-clause", "Because Donald Trump had threatened sanctions, Barham Salih called for calm. He urged Washington and Tehran to show restraint.",
		[]string{"barham-salih calledOn united-states", "barham-salih calledOn iran"}, []string{"donald-trump calledOn iran"}},
	{"an as-clause of a witness", "As Ali Khamenei watched, Esmail Qaani took command of the Quds Force. He threatened the United States with revenge.",
		[]string{"esmail-qaani threatened united-states"}, []string{"ali-khamenei threatened united-states"}},
	{"with no fronted clause the subject named first stays", "Hassan Nasrallah met Qasem Soleimani in Beirut. He later told Al-Manar that Hezbollah would respond.",
		[]string{"hassan-nasrallah says/said-that hezbollah"}, []string{"qasem-soleimani says/said-that hezbollah"}},
}
