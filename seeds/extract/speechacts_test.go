package extract

import "testing"

// condemnationCases are sentences written for this test in several
// outlets' manners (none from the dev or test articles): a speaker who
// tells a named outlet or audience, or who is set off in a relative
// clause, that an event was a crime condemns it; a negation, a word of
// praise, or a government calling an act a mistake does not.
var condemnationCases = []wireCase{
	{"told a named network", "Majid Takht Ravanchi told CNN that the U.S. drone strike was an act of war.",
		[]string{"majid-takht-ravanchi condemned us-drone-strike"}, nil},
	{"told a network, a day between", "Foreign Minister Javad Zarif told Al Jazeera on Saturday that the U.S. drone strike was \"an act of international terrorism.\"",
		[]string{"javad-zarif condemned us-drone-strike"}, nil},
	{"told an audience, no that", "Hassan Rouhani told state television the U.S. drone strike was a heinous crime.",
		[]string{"hassan-rouhani condemned us-drone-strike"}, nil},
	{"who told, after a passive", "The vote was attended by Adel Abdul Mahdi, who told lawmakers that the U.S. drone strike was a political assassination.",
		[]string{"adel-abdul-mahdi condemned us-drone-strike"}, nil},
	{"who told, set off before the verb", "Nancy Pelosi, who told reporters that the U.S. drone strike was provocative, called for a vote.",
		[]string{"nancy-pelosi condemned us-drone-strike"}, nil},
	{"called a downing a crime", "Justin Trudeau called the downing of Flight 752 an outrageous crime.",
		[]string{"justin-trudeau condemned downing-of-flight-752"}, nil},
	{"a success is no condemnation", "Mark Esper told CNN that the U.S. drone strike was a success.",
		nil, []string{"mark-esper condemned us-drone-strike"}},
	{"told a network it was not a crime", "Mike Pompeo told Fox News that the U.S. drone strike was not a crime.",
		nil, []string{"mike-pompeo condemned us-drone-strike"}},
	{"said it was not an act of war", "Mike Pompeo said the U.S. drone strike was not an act of war.",
		nil, []string{"mike-pompeo condemned us-drone-strike"}},
	{"its own act a mistake", "Hassan Rouhani called the downing of Flight 752 an unforgivable mistake.",
		nil, []string{"hassan-rouhani condemned downing-of-flight-752"}},
}

// TestCondemnation: see condemnationCases.
func TestCondemnation(t *testing.T) { runWireCases(t, condemnationCases) }

// accusationCases are sentences written for this test in several
// outlets' manners (none from the dev or test articles): a state that
// still, or long, holds a group responsible accuses it; a description
// whose relative clause (its pronoun left out or not) says who blames the
// one described. Beside them, a modal or negated holding, and a passive
// participle after a description's "of", which must say nothing of the
// kind.
var accusationCases = []wireCase{
	{"still holds a group responsible", "The State Department still holds Kataib Hezbollah responsible for the rocket attack on Camp Taji.",
		[]string{"state-department accused kataib-hezbollah"}, nil},
	{"has long held responsible", "Israel has long held Hezbollah responsible for the bombing.",
		[]string{"israel accused hezbollah"}, nil},
	{"would hold responsible is a warning", "Trump said he would hold Iran responsible for any attack.",
		nil, []string{"donald-trump accused iran"}},
	{"has not held responsible", "Washington has not held Tehran responsible for the attack.",
		nil, []string{"united-states accused iran"}},
	{"the description's relative clause, no pronoun", "Kataib Hezbollah, the militia the Pentagon blamed for the rocket attack on Camp Taji, vowed revenge.",
		[]string{"pentagon accused kataib-hezbollah"}, nil},
	{"a relative clause after the verb be", "Asaib Ahl al-Haq is the militia the United States accuses of killing protesters.",
		[]string{"united-states accused asaib-ahl-al-haq"}, nil},
	{"the description's relative clause, that", "Hezbollah, a group that Israel has long accused of the bombing, denied it.",
		[]string{"israel accused hezbollah"}, nil},
	{"a passive after the description's of", "Qassem Soleimani, the commander of the Quds Force blamed for the attacks, was killed.",
		nil, []string{"quds-force accused qassem-soleimani"}},
}

// TestAccusation: see accusationCases.
func TestAccusation(t *testing.T) { runWireCases(t, accusationCases) }

// oppositionCases are sentences written for this test in several
// outlets' manners (none from the dev or test articles): one who calls
// for a state's forces to leave, or for a march against its presence,
// opposes the state. Beside them, one who denies such calls, announces a
// withdrawal, does not call for it, or calls for a rally against what is
// no force, which must not oppose the state.
var oppositionCases = []wireCase{
	{"a march against a state's presence", "Moqtada al-Sadr has called for a million-man march against the American presence.",
		[]string{"moqtada-al-sadr opposed united-states"}, nil},
	{"protests against the military presence", "Kataib Hezbollah called for protests against the U.S. military presence in Iraq.",
		[]string{"kataib-hezbollah opposed united-states"}, nil},
	{"demanded the withdrawal of forces", "The Fatah Alliance demanded the withdrawal of American forces.",
		[]string{"fatah-alliance opposed united-states"}, nil},
	{"urged a swift pullout of soldiers", "Hezbollah urged a swift pullout of Israeli soldiers from the border villages.",
		[]string{"hezbollah opposed israel"}, nil},
	{"called for the expulsion of all troops", "Moqtada al-Sadr has called for the expulsion of all U.S. troops from Iraq.",
		[]string{"moqtada-al-sadr opposed united-states"}, nil},
	{"denied calls for a withdrawal", "Mark Esper denied calls for the withdrawal of American forces.",
		nil, []string{"mark-esper opposed united-states"}},
	{"announced a withdrawal", "The Pentagon announced the withdrawal of American forces from Syria.",
		nil, []string{"pentagon opposed united-states"}},
	{"did not call for an expulsion", "Iraq's parliament did not call for the expulsion of U.S. troops.",
		nil, []string{"parliament-of-iraq opposed united-states"}},
	{"a rally against no force", "Donald Trump called for a rally against the Iranian regime.",
		nil, []string{"donald-trump opposed iran"}},
}

// TestOpposition: see oppositionCases.
func TestOpposition(t *testing.T) { runWireCases(t, oppositionCases) }

// returningCases are sentences written for this test in several outlets'
// manners (none from the dev or test articles): a verb of stance after
// "and" that returns to the clause's subject past a clause of another,
// closed by a comma or led by a modal; beside them, a verb that shares
// the inner clause's subject, a negated one, and one after an inner
// clause neither closed nor modal, which must not be read so.
var returningCases = []wireCase{
	{"past a relative clause, comma and", "Prime Minister Adel Abdul Mahdi on Friday condemned the strike as a breach of the terms under which foreign troops are based in Iraq, and called on the Iraqi parliament to meet.",
		[]string{"adel-abdul-mahdi calledOn parliament-of-iraq"}, nil},
	{"past a modal clause", "Boris Johnson said Iran should not repeat such reckless attacks and called on Tehran to pursue de-escalation.",
		[]string{"boris-johnson calledOn iran"}, nil},
	{"past a reported clause, comma and", "Josep Borrell said the strikes were dangerous, and urged Iran to show restraint.",
		[]string{"josep-borrell calledOn iran"}, nil},
	{"vowed after a modal clause", "Hassan Rouhani said Iran would respond and vowed revenge against the United States.",
		[]string{"hassan-rouhani threatened united-states"}, nil},
	{"accused after a modal clause", "Mike Pompeo said Iraq should expel the militias and accused Iran of arming them.",
		[]string{"mike-pompeo accused iran"}, nil},
	{"the inner clause's own verbs", "Mark Esper said Kataib Hezbollah had attacked the base and threatened the United States.",
		nil, []string{"mark-esper threatened united-states"}},
	{"a negated second verb", "Mike Pompeo said Iran would not attack and did not call on Iraq to act.",
		nil, []string{"mike-pompeo calledOn iraq"}},
	{"an inner clause neither closed nor modal", "Angela Merkel said the attack, which killed two soldiers, was a crime and called on Iran to stop.",
		nil, []string{"angela-merkel calledOn iran"}},
}

// TestReturningVerbs: see returningCases.
func TestReturningVerbs(t *testing.T) { runWireCases(t, returningCases) }

// meansCases are sentences written for this test in several outlets'
// manners (none from the dev or test articles): a stance taken by way of
// an act ("responded by threatening Iraq"); beside them, a by-phrase of
// a passive and a participle of no stance, which must state nothing.
var meansCases = []wireCase{
	{"responded by threatening", "President Donald Trump responded to the vote by threatening Iraq with sanctions.",
		[]string{"donald-trump threatened iraq"}, nil},
	{"answered by accusing", "Israel answered the barrage by accusing Iran of arming Hezbollah.",
		[]string{"israel accused iran"}, nil},
	{"reacted by urging", "The European Union reacted by urging Iran to show restraint.",
		[]string{"european-union calledOn iran"}, nil},
	{"responded by condemning", "Saudi Arabia responded by condemning the missile strike on the Abqaiq refinery.",
		[]string{"saudi-arabia condemned missile-strike-on-abqaiq-refinery"}, nil},
	{"ended by blaming", "Mike Pompeo ended the briefing by blaming Iran for the attack.",
		[]string{"mike-pompeo accused iran"}, nil},
	{"a passive's by-phrase", "Iraq was hit by incoming rockets from Kataib Hezbollah.",
		nil, []string{"iraq attacked kataib-hezbollah", "iraq accused kataib-hezbollah"}},
	{"by praising is no stance of these", "Hezbollah marked the anniversary by praising Iran.",
		nil, []string{"hezbollah accused iran", "hezbollah condemned iran"}},
}

// TestMeans: see meansCases.
func TestMeans(t *testing.T) { runWireCases(t, meansCases) }

// weaponCases are sentences written for this test in several outlets'
// manners (none from the dev or test articles): a speaker who says the
// evidence shows a craft was brought down by a state's weapon, however
// long the evidence is told and in either voice, accuses the state;
// beside them, a negated downing and a person in the weapon's place,
// which accuse no one.
var weaponCases = []wireCase{
	{"the evidence told at length, the craft by its name", "Volodymyr Zelenskiy said on Friday that data from the crash site, including the flight recorders, suggested the Boeing 737 had been shot down by a Russian missile.",
		[]string{"volodymyr-zelenskiy accused russia"}, nil},
	{"told reporters, the active voice", "Justin Trudeau told reporters that intelligence showed that an Iranian missile had brought the plane down.",
		[]string{"justin-trudeau accused iran"}, nil},
	{"proved, shot down", "Mark Rutte said the evidence proved that a Russian missile had shot down the plane.",
		[]string{"mark-rutte accused russia"}, nil},
	{"had not been hit", "Justin Trudeau said evidence showed the plane had not been hit by an Iranian missile.",
		nil, []string{"justin-trudeau accused iran"}},
	{"a person is no weapon", "Justin Trudeau said intelligence showed that an Iranian official had brought it up.",
		nil, []string{"justin-trudeau accused iran"}},
}

// TestWeaponAccusation: see weaponCases.
func TestWeaponAccusation(t *testing.T) { runWireCases(t, weaponCases) }

// tensionCases are sentences written for this test in several outlets'
// manners (none from the dev or test articles): a strain between two
// parties, their capitals read as their states; beside them, capitals
// joined by a road or by flights, which are places.
var tensionCases = []wireCase{
	{"tensions between capitals", "The strike raised tensions between Washington and Tehran.",
		[]string{"united-states inTensionWith iran"}, nil},
	{"the confrontation between capitals", "The killing turned attention to the confrontation between Washington and Tehran.",
		[]string{"united-states inTensionWith iran"}, nil},
	{"a standoff", "The standoff between Riyadh and Doha deepened.",
		[]string{"saudi-arabia inTensionWith qatar"}, nil},
	{"flights between capitals", "Flights between Baghdad and Tehran were suspended.",
		nil, []string{"iraq inTensionWith iran"}},
	{"a road between cities", "The road between Baghdad and Erbil was closed.",
		nil, []string{"iraq inTensionWith erbil", "baghdad inTensionWith erbil"}},
}

// TestTension: see tensionCases.
func TestTension(t *testing.T) { runWireCases(t, tensionCases) }
