package extract

import (
	"testing"

	"github.com/kg-analyst/kg/schema"
)

// A date that opens a sentence dates the event its main clause tells,
// however far the event's noun stands from it; not one the clause
// answers, reports or only plans, nor one an "after" phrase names.
var frontedDateCases = []eventCase{
	{"wire lead, launch verb", "2020-01-10",
		"On Wednesday, Iran launched a missile attack on Ain al-Asad air base.",
		[]string{"missile-strike-2020-01-08 | Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
	{"weekday and date, a long phrase", "2020-02-11",
		"In the early hours of Wednesday, 8 January, the Islamic Revolutionary Guard Corps launched ballistic missiles at the Ain al-Asad air base.",
		[]string{"missile-strike-2020-01-08 | Missile strike by Islamic Revolutionary Guard Corps at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
	{"a held vote, subject with its article", "2020-01-07",
		"On Sunday, the Iraqi parliament held a vote.",
		[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	{"early, a verb event", "2020-01-07",
		"Early on Sunday, Iraqi lawmakers voted to expel foreign troops.",
		[]string{"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	{"what he called a march", "2020-01-27",
		"On Friday, the cleric Moqtada al-Sadr brought hundreds of thousands of followers on to the streets for what he called a million-man march.",
		[]string{"march-2020-01-24 | March, 2020-01-24 | 2020-01-24"}},
	{"fired from a place at a base", "2020-01-10",
		"On Wednesday, the Revolutionary Guards fired a barrage of ballistic missiles from western Iran at Ain al-Asad air base.",
		[]string{"missile-strike-2020-01-08 | Missile strike by Islamic Revolutionary Guard Corps at Ain al-Asad Air Base, 2020-01-08 | 2020-01-08"}},
	{"a clause joined by and", "2020-01-14",
		"On Saturday, the army admitted that its gunners had fired by mistake, and students gathered outside Tehran University in Tehran.",
		[]string{"rally-2020-01-11 | Rally at Tehran University, 2020-01-11 | 2020-01-11"}},
	{"a joined clause's crowd storms a place", "2020-01-14",
		"On Saturday, Iraqi lawmakers met in Baghdad, and protesters stormed the U.S. Embassy in Baghdad.",
		[]string{"siege-2020-01-11 | Siege at U.S. Embassy in Baghdad, 2020-01-11 | 2020-01-11"}},
	// Must not fire.
	{"a joined clause with a day of its own", "2020-01-14",
		"On Saturday, the army admitted that its gunners had fired by mistake, and on Sunday students gathered outside Tehran University in Tehran.",
		[]string{"rally-2020-01-12 | Rally at Tehran University, 2020-01-12 | 2020-01-12"}},
	{"a joined clause that moves on", "2020-01-14",
		"On Saturday, the army admitted that its gunners had fired by mistake, and then students gathered outside Tehran University in Tehran.", nil},
	{"a joined clause that reacts", "2020-01-14",
		"On Saturday, Iraqi lawmakers met in Baghdad, and protesters condemned the storming of the U.S. Embassy in Baghdad.",
		[]string{"storming-of-us-embassy-in-baghdad | Storming of U.S. Embassy in Baghdad | "}},
	{"an after phrase dates its own event", "2020-01-10",
		"After the drone strike on Friday, Iran launched a missile attack on Ain al-Asad air base.",
		[]string{"missile-attack-by-iran | Missile attack by Iran | "}},
	{"revenge for an earlier event", "2020-01-10",
		"On Wednesday, Iran vowed revenge for the U.S. drone strike at Baghdad airport.",
		[]string{"us-drone-strike | U.S. drone strike | "}},
	{"a report of it", "2020-01-10",
		"On Wednesday, Iraqi officials said that a missile attack on Ain al-Asad air base had caused no casualties.",
		[]string{"missile-attack-on-ain-al-asad-air-base | Missile attack on Ain al-Asad Air Base | "}},
	{"only planned", "2020-01-10",
		"On Wednesday, Iran planned a missile attack on Ain al-Asad air base.", nil},
	{"a comma inside the clause", "2020-01-10",
		"On Wednesday, Iraq's prime minister, Adel Abdul Mahdi, condemned the missile attack on Ain al-Asad air base.",
		[]string{"missile-attack-on-ain-al-asad-air-base | Missile attack on Ain al-Asad Air Base | "}},
}

func TestFrontedDatesDateTheMainClause(t *testing.T) {
	runEventCases(t, New(known, Options{}), frontedDateCases)
}

// A dispatch that opens on the news of its week counts its weekdays back
// from its date, however far back a clause of background reached; a
// retrospective that opens on its first day counts them forward.
var dispatchWeekdayCases = []eventCase{
	{"a dispatch: Friday of its week", "2020-01-27",
		"Rockets hit the U.S. Embassy in Baghdad on Sunday. Kataib Hezbollah has vowed revenge for the U.S. drone strike on 3 January. " +
			"Moqtada al-Sadr led a march in Baghdad on Friday.",
		[]string{"air-strike-2020-01-03 | Air strike by United States, 2020-01-03 | 2020-01-03",
			"march-2020-01-24 | March by Moqtada al-Sadr in Baghdad, 2020-01-24 | 2020-01-24",
			"rocket-attack-2020-01-26 | Rocket attack at U.S. Embassy in Baghdad, 2020-01-26 | 2020-01-26"}},
	{"a wire dispatch: Tuesday is its day", "2020-01-14",
		"Britain, France and Germany on Tuesday accused Iran of breaking the nuclear deal. Iraq's parliament voted to expel foreign troops on 5 January. " +
			"In Iraq, rockets struck Camp Taji on Tuesday.",
		[]string{"rocket-attack-2020-01-14 | Rocket attack at Camp Taji, 2020-01-14 | 2020-01-14",
			"vote-2020-01-05 | Vote by Parliament of Iraq, 2020-01-05 | 2020-01-05"}},
	{"a retrospective: the Saturday after its day", "2020-01-12",
		"On 3 January a U.S. drone strike killed Soleimani in Baghdad. On Saturday a funeral procession carried the coffins through Baghdad.",
		[]string{"air-strike-2020-01-03 | Air strike by United States in Baghdad, 2020-01-03 | 2020-01-03",
			"funeral-2020-01-04 | Funeral, 2020-01-04 | 2020-01-04"}},
}

func TestDispatchWeekdaysCountFromTheDispatch(t *testing.T) {
	runEventCases(t, New(known, Options{}), dispatchWeekdayCases)
}

// A stored attack a day before or after, on the place the text names, is
// the one told across time zones: "On Tuesday" in Washington is early
// Wednesday in Iraq. Another place, or two candidates, keep it apart.
func TestAdjacentDayIsTheStoredAttack(t *testing.T) {
	stored := append(append([]schema.Entity{}, known...),
		schema.Entity{ID: "missile-strike-2020-01-08", Type: "Event", Name: "Missile strike by Iran at Ain al-Asad Air Base, 2020-01-08"})
	facts := []schema.Statement{fact("missile-strike-2020-01-08", "targeted", "ain-al-asad-air-base")}
	x := New(stored, Options{Facts: facts})
	tests := []oneEventCase{
		{"the day before, the same base", "2020-01-08", "On Tuesday, Iran fired ballistic missiles at Ain al-Asad air base.", "missile-strike-2020-01-08"},
		{"the day before, late at night", "2020-01-08", "Iran fired ballistic missiles at Ain al-Asad air base late on Tuesday.", "missile-strike-2020-01-08"},
		{"another base the day before", "2020-01-08", "On Tuesday, Iran fired ballistic missiles at Camp Taji.", "missile-strike-2020-01-07"},
		{"two days before", "2020-01-08", "On Monday, Iran fired ballistic missiles at Ain al-Asad air base.", "missile-strike-2020-01-06"},
	}
	runOneEventCases(t, x, tests)
}

// "The funeral in Tehran" is not the funeral of another day that no one
// placed: the coffins were carried through several cities.
func TestPlacedEventIsNoUnplacedOne(t *testing.T) {
	stored := append(append([]schema.Entity{}, known...),
		schema.Entity{ID: "funeral-2020-01-04", Type: "Event", Name: "Funeral, 2020-01-04"})
	x := New(stored, Options{})
	runEventCases(t, x, []eventCase{
		{"placed: its own node", "2020-01-05", "Soleimani's remains will be flown to Mashhad before a funeral in Tehran.",
			[]string{"funeral-in-tehran | Funeral in Tehran | "}},
	})
	runMentionCasesOn(t, x, "2020-01-05", []mentionCase{
		{"unplaced: the stored one", "Mourners followed the coffins on Saturday. The procession was the largest in years.", "The procession", "funeral-2020-01-04"},
	})
}

// Event readings this change widened, each with a case that must not
// fire: a passive about a person set off by commas, a hyphened modifier
// before a noun that names an event alone, what followed an event taking
// the date after it.
var widenedEventCases = []eventCase{
	{"passive, the person set off by commas", "2020-01-11",
		"Britain's ambassador to Iran, Rob Macaire, was briefly detained in Tehran on Saturday.",
		[]string{"detention-2020-01-11 | Detention of Rob Macaire, 2020-01-11 | 2020-01-11"}},
	{"passive, a title and commas", "2020-01-11",
		"The British envoy, Rob Macaire, was arrested on Saturday outside a university in Tehran.",
		[]string{"detention-2020-01-11 | Detention of Rob Macaire, 2020-01-11 | 2020-01-11"}},
	{"a place is detained by no one", "2020-01-11", "Tehran, the capital, was detained on Saturday.", nil},
	{"a million-man march", "2020-01-27", "Sadr called a million-man march on Friday.",
		[]string{"march-2020-01-24 | March, 2020-01-24 | 2020-01-24"}},
	{"a day-long march", "2020-01-27", "A day-long march in Baghdad on Friday drew thousands.",
		[]string{"march-2020-01-24 | March in Baghdad, 2020-01-24 | 2020-01-24"}},
	{"followed on a day by another", "2020-01-08",
		"Soleimani's funeral was followed on Tuesday by his burial in Kerman.",
		[]string{"burial-2020-01-07 | Burial in Kerman, 2020-01-07 | 2020-01-07",
			"funeral-of-qasem-soleimani | Funeral of Qasem Soleimani | "}},
	{"followed, the other way round", "2020-01-08",
		"The funeral in Tehran was followed on Tuesday by the burial in Kerman.",
		[]string{"burial-2020-01-07 | Burial in Kerman, 2020-01-07 | 2020-01-07",
			"funeral-in-tehran | Funeral in Tehran | "}},
}

// A craft named before "that crashed" crashed: the relative clause tells
// the crash a wire's lead names that way; a thing that is no craft did
// not.
var craftThatCrashedCases = []eventCase{
	{"wire lead, reported", "2020-01-11",
		"Iran's military said on Saturday it had shot down a Ukrainian airliner that crashed near Tehran on Wednesday, killing all 176 people on board.",
		[]string{"crash-2020-01-08 | Crash, 2020-01-08 | 2020-01-08"}},
	{"subject with its clause", "2020-01-11",
		"A Ukrainian airliner that crashed near Tehran on Wednesday was shot down by mistake.",
		[]string{"crash-2020-01-08 | Crash, 2020-01-08 | 2020-01-08"}},
	{"which, a jet", "2020-01-11",
		"Investigators recovered the flight recorders of the jet, which crashed shortly after take-off on Wednesday.",
		[]string{"crash-2020-01-08 | Crash, 2020-01-08 | 2020-01-08"}},
	{"went down, a plane", "2020-01-11",
		"Canada lost 57 citizens on the plane, which went down minutes after take-off on Wednesday.",
		[]string{"crash-2020-01-08 | Crash, 2020-01-08 | 2020-01-08"}},
	{"a helicopter, military style", "2020-01-11",
		"Two soldiers died aboard a helicopter that crashed in Anbar province on Monday.",
		[]string{"crash-2020-01-06 | Crash, 2020-01-06 | 2020-01-06"}},
	{"no craft", "2020-01-11", "Officials closed the market that crashed on Wednesday.", nil},
}

func TestCraftThatCrashed(t *testing.T) {
	runEventCases(t, New(known, Options{}), craftThatCrashedCases)
}

func TestWidenedEventReadings(t *testing.T) {
	runEventCases(t, New(known, Options{}), widenedEventCases)
}

// A described target named right after by an apposition ("at two bases in
// Iraq that house American troops, Ain al-Asad in Anbar province and a
// base near Erbil") struck the facility it names; what was fired in "a
// barrage of" missiles was launched by the subject; a name in the
// relative clause other than whom the base houses, or a place after the
// comma, names no target.
func TestNamedDescribedTargets(t *testing.T) { runWireCases(t, namedDescribedCases) }

var namedDescribedCases = []wireCase{
	{"analysis style, the named base first", "Iran launched a barrage of ballistic missiles at two bases in Iraq that host American troops, the Ain al-Asad air base in Anbar province and a coalition facility near Erbil.",
		[]string{"iran conducted ballistic-missile-strike-by-iran", "ballistic-missile-strike-by-iran targeted ain-al-asad-air-base", "iran attacked ain-al-asad-air-base"}, nil},
	{"magazine style, a bare name", "Its Revolutionary Guards fired ballistic missiles at two bases in Iraq that house American troops, Ain al-Asad in Anbar province and a base near Erbil.",
		[]string{"ballistic-missile-strike-by-islamic-revolutionary-guard-corp targeted ain-al-asad-air-base", "revolutionary-guards attacked ain-al-asad-air-base"}, nil},
	{"wire style, housing", "Iran fired 15 missiles at two bases housing U.S. forces in Iraq, Ain al-Asad air base and a facility in Erbil, early on Wednesday.",
		[]string{"iran attacked ain-al-asad-air-base"}, nil},
	{"no launcher: what struck", "Ballistic missiles struck two bases in Iraq that host U.S. troops, the Ain al-Asad air base and a base near Erbil.",
		[]string{"ballistic-missile-strike-in-iraq targeted ain-al-asad-air-base"}, nil},
	{"fired from a place", "Iran launched ballistic missiles from western Iran at two bases in Iraq, Ain al-Asad air base and a base near Erbil.",
		[]string{"iran attacked ain-al-asad-air-base"}, nil},
	// Must not fire.
	{"a city after the comma", "Iran fired missiles at two bases in Iraq, Baghdad officials said.",
		nil, []string{"iran attacked baghdad"}},
	{"another name in the clause", "Iran fired missiles at two bases in Iraq that Kataib Hezbollah had targeted, Ain al-Asad air base and a base near Erbil.",
		nil, []string{"iran attacked ain-al-asad-air-base"}},
}
