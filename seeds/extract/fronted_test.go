package extract

import "testing"

// TestOpenRelationsAcrossClauses reads acrossClauseCases.
func TestOpenRelationsAcrossClauses(t *testing.T) { runWireCases(t, acrossClauseCases) }

// acrossClauseCases are sentences written for
// TestOpenRelationsAcrossClauses (none from the dev or test articles) in
// the shapes news of who told, urged, briefed and spoke with whom takes:
// a participle phrase set before the subject, "he" opening a clause after
// ", and", a second verb after a request and its objects, the one told
// with a description set off after the name, a preposition repeated
// before a second object, a reporting participle after the subject's
// act (", arguing that"), a relative clause that reports (", who told
// reporters that"), and a country's short name ("Britain") as an
// actor. The pairs must be linked by how, and never against a negation,
// across a clause or to the wrong person.
var acrossClauseCases = []wireCase{
	{"a fronted participle with its preposition", "Speaking by phone with Prime Minister Justin Trudeau on Monday, Hassan Rouhani promised a full inquiry.",
		[]string{"hassan-rouhani says/spoke-by-phone-with justin-trudeau"}, nil},
	{"a fronted participle after a subordinator", "After briefing Speaker Nancy Pelosi, Mark Esper flew to Brussels.",
		[]string{"mark-esper says/briefed nancy-pelosi"}, nil},
	{"the participle nearest the name, a titled subject", "Speaking in Florida after briefing President Donald Trump, Secretary of State Mike Pompeo said the strikes were defensive.",
		[]string{"mike-pompeo says/briefed donald-trump"}, nil},
	{"an irregular participle", "Meeting German Chancellor Angela Merkel in Moscow, Vladimir Putin discussed the crisis.",
		[]string{"vladimir-putin says/met angela-merkel"}, nil},
	{"a participle denied", "Without consulting Congress, Donald Trump ordered the strike.",
		nil, []string{"donald-trump says/consulted congress"}},
	{"a preposition in -ing is no participle", "According to Kataib Hezbollah, Iran fired the missiles.",
		nil, []string{"iran says/accorded-to kataib-hezbollah"}},
	{"a preposition in -ing is no participle, a second", "During talks with Emmanuel Macron, Boris Johnson urged restraint.",
		nil, []string{"boris-johnson says/dured-talks-with emmanuel-macron"}},
	{"a participle that only says when", "Speaking after Emmanuel Macron, Boris Johnson urged restraint.",
		nil, []string{"boris-johnson says/spoke-after emmanuel-macron"}},
	{"a perfect participle is no act of its own", "Having spoken with Emmanuel Macron, Boris Johnson urged restraint.",
		nil, []string{"boris-johnson says/haved-spoken-with emmanuel-macron"}},
	{"he after a comma and and is the subject", "Jens Stoltenberg thanked Justin Trudeau for his support, and he called on Angela Merkel and Emmanuel Macron to send more trainers.",
		[]string{"jens-stoltenberg says/thanked justin-trudeau", "jens-stoltenberg calledOn angela-merkel", "jens-stoltenberg calledOn emmanuel-macron"},
		[]string{"justin-trudeau calledOn angela-merkel"}},
	{"he opening a clause is no conjunct of the object before it", "Boris Johnson met Emmanuel Macron, and he praised Angela Merkel.",
		[]string{"boris-johnson says/praised angela-merkel"}, []string{"emmanuel-macron says/praised angela-merkel"}},
	{"a second act after a request", "Hassan Rouhani asked Japan to mediate with the United States and invited Shinzo Abe to Tehran.",
		[]string{"hassan-rouhani calledOn japan", "hassan-rouhani says/invited shinzo-abe"}, nil},
	{"a bare verb after a request is the task", "Hassan Rouhani asked Japan to mediate and invite Shinzo Abe to Tehran.",
		[]string{"hassan-rouhani calledOn japan"}, []string{"hassan-rouhani says/invited shinzo-abe", "hassan-rouhani says/invite shinzo-abe"}},
	{"a second verb's objects in a series", "Angela Merkel praised NATO and urged Canada, Japan and Germany to send more troops.",
		[]string{"angela-merkel calledOn canada", "angela-merkel calledOn japan", "angela-merkel calledOn germany"}, nil},
	{"the one told, described", "Mike Pompeo told Wang Yi, the Chinese foreign minister, that the strike was defensive.",
		[]string{"mike-pompeo says/told wang-yi"}, nil},
	{"a preposition repeated before the second object", "Emmanuel Macron spoke by phone with President Barham Salih of Iraq and with Emir Tamim bin Hamad of Qatar.",
		[]string{"emmanuel-macron says/spoke-by-phone-with barham-salih", "emmanuel-macron says/spoke-by-phone-with tamim-bin-hamad"}, nil},
	{"a role closed by a comma before another clause", "Boris Johnson met Heiko Maas, the German foreign minister, and he thanked Emmanuel Macron.",
		[]string{"boris-johnson says/thanked emmanuel-macron"}, []string{"boris-johnson says/foreign-minister-of germany", "emmanuel-macron says/foreign-minister-of germany"}},
	{"a reporting participle after the subject's act", "Hassan Rouhani urged restraint, arguing that Iraq must not become a battleground.",
		[]string{"hassan-rouhani says/said-that iraq"}, nil},
	{"a reporting participle after a titled subject", "Secretary of State Mike Pompeo defended the strike, saying Qassem Soleimani had been plotting an imminent attack.",
		[]string{"mike-pompeo accused qassem-soleimani"}, nil},
	{"a reporting participle is no relation of its own", "Boris Johnson met Emmanuel Macron, saying Iran had to comply.",
		[]string{"boris-johnson says/said-that iran"}, []string{"boris-johnson says/saying iran"}},
	{"a relative clause that reports, to its comma", "Justin Trudeau, who said that Iran had shot down the plane, demanded answers from Hassan Rouhani.",
		[]string{"justin-trudeau says/said-that iran"}, []string{"justin-trudeau says/said-that hassan-rouhani"}},
	{"a relative clause that tells, its second that-clause", "The summit was attended by Justin Trudeau, who told reporters that the strike was illegal and that Iran had to answer for it.",
		[]string{"justin-trudeau says/said-that iran"}, nil},
	{"an irregular past before its preposition", "Ayad Allawi broke with Nouri al-Maliki in 2010.",
		[]string{"ayad-allawi says/broke-with nouri-al-maliki"}, nil},
	{"an irregular past denied", "Ayad Allawi did not break with Nouri al-Maliki in 2010.",
		nil, []string{"ayad-allawi says/broke-with nouri-al-maliki", "ayad-allawi says/break-with nouri-al-maliki"}},
	{"an article and a role before the object's name", "Ayad Allawi spoke with the populist cleric Moqtada al-Sadr on Sunday.",
		[]string{"ayad-allawi says/spoke-with moqtada-al-sadr"}, nil},
	{"a description with a clause and no name, an adverb before the verb", "Barham Salih, a Kurd whose post carries little power, has twice turned down nominees put forward by Hadi al-Amiri.",
		[]string{"barham-salih says/turned-down-nominees-put-forward-by hadi-al-amiri"}, nil},
	{"Britain is the country, not its adjective", "Donald Trump urged Britain to leave the nuclear deal.",
		[]string{"donald-trump calledOn united-kingdom"}, nil},
}
