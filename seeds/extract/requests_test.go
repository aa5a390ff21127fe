package extract

import "testing"

// requestThreatCases are sentences written for this test in several
// outlets' manners (none from the dev or test articles): a request with
// an aside before its "to" ("asked X, in a call on Thursday, to send"),
// or put to a capital, calls on the one asked; a warning of what follows
// if another acts threatens the one whose act the condition names. Beside
// them: a question asked, a condition on another's troops, a warning with
// no condition, a condition with no act.
var requestThreatCases = []wireCase{
	{"asked, an aside before to", "Adel Abdul Mahdi asked Mike Pompeo, in a telephone call on Thursday, to send a delegation.",
		[]string{"adel-abdul-mahdi calledOn mike-pompeo"}, nil},
	{"asked a capital", "On Thursday, Abdul Mahdi asked Washington to send a delegation to Baghdad.",
		[]string{"abdul-mahdi calledOn united-states"}, nil},
	{"pressed a capital, wire style", "Ukraine's president pressed Tehran to hand over the flight recorders, Volodymyr Zelenskiy said.",
		nil, []string{"volodymyr-zelenskiy calledOn tehran"}},
	{"must not: a question asked", "Adel Abdul Mahdi asked Mike Pompeo about the strike.",
		nil, []string{"adel-abdul-mahdi calledOn mike-pompeo"}},
	{"warned, a condition at the end", "Donald Trump warned in a tweet that the United States had chosen 52 sites to strike if Iran attacked Americans.",
		[]string{"donald-trump threatened iran"}, nil},
	{"threatened sanctions if", "Washington has threatened sanctions if Iraq forces the troops out.",
		[]string{"united-states threatened iraq"}, nil},
	{"warned it would hit back if", "Iran warned it would hit back hard if the United States struck its territory again.",
		[]string{"iran threatened united-states"}, nil},
	{"must not: a condition on another's troops", "Donald Trump threatened Iraq with sanctions if American troops were forced to leave.",
		[]string{"donald-trump threatened iraq"}, []string{"donald-trump threatened united-states"}},
	{"must not: no condition", "Donald Trump warned Iran on Twitter, and Iraq protested.",
		nil, []string{"donald-trump threatened iraq"}},
	{"must not: a condition with no act", "Iran warned that talks would end if Iraq stayed silent.",
		nil, []string{"iran threatened iraq"}},
}

func TestRequestsAndThreats(t *testing.T) { runWireCases(t, requestThreatCases) }

// causedByCases: a speaker who says a harm was caused, provoked or
// triggered by another accuses it, in several outlets' manners (none from
// the dev or test articles); a negation, a denial or a cause that is no
// name accuses no one.
var causedByCases = []wireCase{
	{"said, wire style", "Mohammad Javad Zarif said human error at a time of crisis caused by U.S. adventurism had led to the disaster.",
		[]string{"mohammad-javad-zarif accused united-states"}, nil},
	{"told reporters, provoked", "Hassan Rouhani told reporters the crisis had been provoked by the United States.",
		[]string{"hassan-rouhani accused united-states"}, nil},
	{"insisted that, fuelled", "The Pentagon insisted that the escalation was fuelled by Iran.",
		[]string{"pentagon accused iran"}, nil},
	{"a quotation, sparked", "Hezbollah claimed \"the fire on the border was sparked by Israel.\"",
		[]string{"hezbollah accused israel"}, nil},
	{"must not: not caused by", "Mohammad Javad Zarif said the crash was not caused by the United States.",
		nil, []string{"mohammad-javad-zarif accused united-states"}},
	{"must not: a denial", "Mohammad Javad Zarif denied the crisis was caused by Iran.",
		nil, []string{"mohammad-javad-zarif accused iran"}},
}

func TestCausedBy(t *testing.T) { runWireCases(t, causedByCases) }

// marchCases: one who calls a march, a rally or a protest against a
// state's presence, or to demand its troops' withdrawal, opposes the
// state (sentences of our own in several outlets' manners); those who
// only march, or call a march off, or police a rally, oppose no one.
var marchCases = []wireCase{
	{"a call from X for a march", "Thousands answered a call from the cleric Moqtada al-Sadr for a \"million-man march\" to demand the withdrawal of American troops.",
		[]string{"moqtada-al-sadr opposed united-states"}, nil},
	{"called for a rally against the presence", "Kataib Hezbollah called for a rally against the U.S. military presence outside the embassy.",
		[]string{"kataib-hezbollah opposed united-states"}, nil},
	{"urged a protest, wire style", "Qais al-Khazali urged a mass protest against the American presence in Iraq on Friday.",
		[]string{"qais-al-khazali opposed united-states"}, nil},
	{"has urged a rally, the military's presence", "Asaib Ahl al-Haq has urged a protest against the American military presence.",
		[]string{"asaib-ahl-al-haq opposed united-states"}, nil},
	{"has called a demonstration", "Moqtada al-Sadr has called a demonstration against the American occupation of Iraq.",
		[]string{"moqtada-al-sadr opposed united-states"}, nil},
	{"must not: a march called off", "Moqtada al-Sadr called off the march against the American presence.",
		nil, []string{"moqtada-al-sadr opposed united-states"}},
	{"must not: police at a rally", "Iraqi police fired on a rally against the American presence.",
		nil, []string{"iraq opposed united-states"}},
}

func TestMarchesAgainstPresence(t *testing.T) { runWireCases(t, marchCases) }
