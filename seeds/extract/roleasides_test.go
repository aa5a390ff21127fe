package extract

import "testing"

// TestRolesInAsides reads roles set off after a name that itself opens a
// clause set off after another ("Kerman, where Hossein Salami, the
// commander of the Revolutionary Guards, ..."): the role is the clause
// subject's, and a description of the name before still hides what it
// names. A role set off after the last of a list of names is that
// name's, never the first's.
func TestRolesInAsides(t *testing.T) { runWireCases(t, roleAsideCases) }

var roleAsideCases = []wireCase{
	{"where opens a clause with its own subject", "Mourners packed the streets of Kerman, where Hossein Salami, the commander of the Revolutionary Guards, vowed revenge.",
		[]string{"hossein-salami leads revolutionary-guards"}, nil},
	{"when opens a clause with its own subject", "The talks resumed in Baghdad, when Falih al-Fayyadh, the chairman of the Popular Mobilization Forces, arrived from Tehran.",
		[]string{"falih-al-fayyadh leads popular-mobilization-forces"}, nil},
	{"a leader in a where clause", "Crowds gathered in Beirut, where Hassan Nasrallah, the leader of Hezbollah, spoke by video link.",
		[]string{"hassan-nasrallah leads hezbollah"}, []string{"beirut leads hezbollah"}},
	{"a spokesman in a where clause", "The funeral moved to Qom, where Mohammad Javad Zarif, a spokesman for the Foreign Ministry, was seen.",
		[]string{"mohammad-javad-zarif memberOf foreign-ministry"}, nil},
	{"a description still hides its backer", "Kataib Hezbollah, an Iraqi militia backed by Iran, denied carrying out the attack.",
		[]string{"kataib-hezbollah backedBy iran"}, nil},
	{"the role of the last name of a list", "On Wednesday, Mr. Esper, Mr. Pompeo and Gen. Mark A. Milley, the chairman of the Joint Chiefs of Staff, briefed senators behind closed doors.",
		[]string{"mark-a-milley leads joint-chiefs-of-staff"}, []string{"esper leads joint-chiefs-of-staff", "pompeo leads joint-chiefs-of-staff"}},
	{"the role of the second of two names", "WASHINGTON (Reuters) - Mike Pompeo and Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, briefed senators.",
		[]string{"mark-milley leads joint-chiefs-of-staff"}, []string{"mike-pompeo leads joint-chiefs-of-staff"}},
	{"an apposition with a name inside is still read past", "Qassem Soleimani, the leader of Iran's Quds Force, was spotted in Baghdad.",
		[]string{"qassem-soleimani leads quds-force"}, nil},
}

// TestRolesInSemicolonLists reads lists whose items are parted by
// semicolons, each a name and its role: every role is its own item's.
func TestRolesInSemicolonLists(t *testing.T) { runWireCases(t, semicolonListCases) }

var semicolonListCases = []wireCase{
	{"two leaders in a list", "Behind the coffins walked Hadi al-Amiri, the leader of the Fatah Alliance; and Falih al-Fayyadh, the chairman of the Popular Mobilization Forces.",
		[]string{"hadi-al-amiri leads fatah-alliance", "falih-al-fayyadh leads popular-mobilization-forces"},
		[]string{"hadi-al-amiri leads popular-mobilization-forces"}},
	{"three officials in a list", "The meeting was attended by Mike Pompeo, the secretary of state; Mark Esper, the head of the Pentagon; and Gina Haspel, the director of the CIA.",
		[]string{"mark-esper leads pentagon"}, []string{"mike-pompeo leads pentagon"}},
	{"a spokesman after a semicolon", "Among the speakers were Qais al-Khazali, the leader of Asaib Ahl al-Haq; and Mohammed Mohie, a spokesman for Kataib Hezbollah.",
		[]string{"qais-al-khazali leads asaib-ahl-al-haq", "mohammed-mohie memberOf kataib-hezbollah"},
		[]string{"qais-al-khazali memberOf kataib-hezbollah"}},
}

// TestRolesOfTheNearerName reads a description set off after a name that
// closes an aside or a clause ("The prime minister, X, walked with Y, the
// leader of Z"): the description is Y's, the name the comma follows,
// never the subject's before it; a verb after that comma still goes back
// to the subject.
func TestRolesOfTheNearerName(t *testing.T) { runWireCases(t, nearerNameCases) }

var nearerNameCases = []wireCase{
	{"a fronted title, then a companion's role", "Iraq's caretaker prime minister, Adel Abdul Mahdi, walked with Hadi al-Amiri, the leader of the Badr Organization.",
		[]string{"hadi-al-amiri leads badr-organization"}, []string{"adel-abdul-mahdi leads badr-organization"}},
	{"a wire lead: the met person's role", "BAGHDAD (Reuters) - The speaker of parliament, Mohammed al-Halbousi, met Falih al-Fayyadh, the chairman of the Popular Mobilization Forces, on Sunday.",
		[]string{"falih-al-fayyadh leads popular-mobilization-forces"}, []string{"mohammed-al-halbousi leads popular-mobilization-forces"}},
	{"a paper's past tense, the one received", "The president, Barham Salih, received Jeanine Hennis-Plasschaert, the head of the United Nations Assistance Mission for Iraq, in Baghdad.",
		nil, []string{"barham-salih leads united-nations-assistance-mission-for-iraq", "barham-salih leads united-nations-assistance-mission"}},
	{"a spokesman beside the one he speaks with", "Britain's foreign secretary, Dominic Raab, spoke to Mohammad Javad Zarif, a spokesman for the Iranian government, on Monday.",
		nil, []string{"dominic-raab memberOf iranian-government"}},
	{"a verb after the nearer name's aside is the subject's", "Mohammed al-Halbousi, an ally of Hadi al-Amiri, condemned the United States on Sunday.",
		[]string{"mohammed-al-halbousi opposed united-states"}, []string{"hadi-al-amiri opposed united-states"}},
	{"the nearer name's role inside an aside", "Mohammed al-Halbousi, an ally of Hadi al-Amiri, the leader of the Badr Organization, spoke on Sunday.",
		[]string{"hadi-al-amiri leads badr-organization"}, []string{"mohammed-al-halbousi leads badr-organization"}},
	{"an aside of another type is still read past", "Kataib Hezbollah, founded by Abu Mahdi al-Muhandis, a militia backed by Iran, denied the attack.",
		nil, []string{"kataib-hezbollah leads abu-mahdi-al-muhandis"}},
}
