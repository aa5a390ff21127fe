package extract

import "testing"

// A definite noun that refers back to an event ("the attack", "the
// strike") stands for one the same sentence named before it, closer than
// any before; one it referred to stays the event the next sentences mean;
// and where the text named no other event since, it reaches two sentences
// back. Sentences written for these tests in the manner of wire copy and
// analysis, none from the dev or test sets.
var eventReferenceCases = []mentionCase{
	// The same sentence.
	{"after a semicolon, the attack the clause before named",
		"On Jan. 10, a rocket attack hit the U.S. Embassy in Baghdad, wounding a guard; Iraq's prime minister condemned the attack.",
		"the attack", "rocket-attack-2020-01-10"},
	{"after a comma and a conjunction",
		"Rockets struck Camp Taji on Jan. 10, and Britain's defence secretary called the attack cowardly.",
		"the attack", "rocket-attack-2020-01-10"},
	{"a strike and its plural reference in one sentence",
		"U.S. air strikes hit five Kataib Hezbollah sites on Jan. 10, and Iraq's government said the strikes violated its sovereignty.",
		"the strikes", "air-strike-2020-01-10"},
	{"the event the sentence's own answered is not what a general noun means",
		"Iran fired missiles at Ain al-Asad on Jan. 8 in retaliation for a U.S. drone strike, and the Guards said the strike was only the start.",
		"the strike", "missile-strike-2020-01-08"},
	{"no attack before it in the sentence or the text",
		"Iraq's parliament voted on Jan. 5 to expel foreign troops, and officials said the strikes would end.",
		"the strikes", ""},
	// A reference keeps its event in view.
	{"the attack after the strike that referred to it",
		"A U.S. drone strike killed a militia commander near Baghdad airport on Jan. 10. His supporters gathered outside the hospital. The Pentagon said the strike had been planned for weeks. Iraq's president condemned the attack.",
		"the attack", "air-strike-2020-01-10"},
	// Two sentences back, with no other event between.
	{"two sentences back, nothing named since",
		"Rockets hit the U.S. Embassy in Baghdad on Jan. 10. Sirens sounded across the Green Zone for an hour. Iraq's prime minister condemned the attack.",
		"the attack", "rocket-attack-2020-01-10"},
	{"two sentences back, another event named since",
		"Rockets hit the U.S. Embassy in Baghdad on Jan. 10. The funeral of a militia commander drew thousands in Najaf on Jan. 11. Iraq's prime minister condemned the attack.",
		"the attack", ""},
	{"three sentences back is too far",
		"Rockets hit the U.S. Embassy in Baghdad on Jan. 10. Sirens sounded across the Green Zone. Staff took shelter in bunkers. Iraq's prime minister condemned the attack.",
		"the attack", ""},
	// Far back, the number decides: a plural reference is the last event
	// named in the plural, a singular one the last named in the singular.
	{"the strikes far back are the strikes, not the later strike",
		"Governments condemned Iran's missile strikes on the Ain al-Asad air base on Jan. 8. Iran fired the missiles in retaliation for a U.S. drone strike on Jan. 3 that killed its top general. Oil prices rose. Markets steadied by noon. NATO's chief condemned the strikes.",
		"the strikes", "missile-strike-2020-01-08"},
	{"the strike far back is the strike, not the earlier strikes",
		"Governments condemned Iran's missile strikes on the Ain al-Asad air base on Jan. 8. Iran fired the missiles in retaliation for a U.S. drone strike on Jan. 3 that killed its top general. Oil prices rose. Markets steadied by noon. Iraq's president condemned the strike.",
		"the strike", "air-strike-2020-01-03"},
	{"the strikes after a strike alone are that strike",
		"A U.S. drone strike killed a militia commander near Baghdad airport on Jan. 10. Oil prices rose. Markets steadied by noon. Iraq's president condemned the strikes.",
		"the strikes", "air-strike-2020-01-10"},
	// "The barrage", "the volley", "the salvo" stand for what was fired,
	// as "the attack" does.
	{"the barrage after missiles fired",
		"Iran fired more than a dozen missiles at Ain al-Asad on Jan. 8. Tehran said the barrage avenged the killing of Soleimani.",
		"the barrage", "missile-strike-2020-01-08"},
	{"the volley after rockets that hit a base",
		"Rockets hit Camp Taji on Jan. 10. No group claimed the volley.",
		"the volley", "rocket-attack-2020-01-10"},
	{"the barrage with nothing fired before it",
		"Iraq's parliament met on Jan. 10. Officials said the barrage of criticism would go on.",
		"the barrage", ""},
}

func TestEventReferences(t *testing.T) {
	runMentionCases(t, New(known, IngestOptions()), eventReferenceCases)
}

// A demonstrative before an event noun ("that siege", "this attack",
// "those strikes") points back at the event "the" and the noun would; a
// clause's "that" before a bare plural, and one with nothing told of
// before it, are no reference. Sentences written for this test in the manner of wire
// copy, newspapers and analysis.
var demonstrativeCases = []mentionCase{
	{"that siege, the next sentence (wire)",
		"Supporters of Kataib Hezbollah laid siege to the U.S. Embassy in Baghdad on Jan. 10. That siege came in response to U.S. air strikes on the militia's bases.",
		"That siege", "siege-2020-01-10"},
	{"that attack, in the same sentence (newspaper)",
		"A rocket attack on Camp Taji on Jan. 10 killed two Americans, and Kataib Hezbollah denied any role in that attack.",
		"that attack", "rocket-attack-2020-01-10"},
	{"this attack, a sentence later (analysis)",
		"Rockets struck Camp Taji on Jan. 10. Washington held Kataib Hezbollah responsible for this attack.",
		"this attack", "rocket-attack-2020-01-10"},
	{"those strikes, plural (agency)",
		"U.S. air strikes hit five Kataib Hezbollah sites on Jan. 10. Those strikes killed 25 fighters in Iraq and Syria.",
		"Those strikes", "air-strike-2020-01-10"},
	{"these strikes, plural (broadcaster)",
		"U.S. air strikes hit five Kataib Hezbollah sites on Jan. 10. Iraq's government said these strikes violated its sovereignty.",
		"these strikes", "air-strike-2020-01-10"},
	// No reference.
	{"a clause's that before a bare plural",
		"U.S. air strikes hit five Kataib Hezbollah sites on Jan. 10. Officials warned that attacks on bases would continue.",
		"that attacks", ""},
	{"nothing told of before",
		"Iraq's prime minister met the U.S. ambassador on Jan. 10. He said that attack would not be forgotten.",
		"that attack", ""},
}

func TestDemonstrativeEventReferences(t *testing.T) {
	runMentionCases(t, New(known, IngestOptions()), demonstrativeCases)
}
