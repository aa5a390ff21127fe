package extract

import "testing"

// TestRoleNouns reads a role written in a noun phrase beside a name, for
// any role noun: where the lexicon (rules/rolenouns.rules) knows the noun
// the typed predicate, else the open relation the phrase says, in each
// shape a description takes — set off after the name, a title before it
// (possessive, with a preposition, or the owner's name as its modifier),
// "who is", "as", and a second role joined by "and". Kin, places,
// critics and opponents, a role towards a body ("envoy to"), a list of
// names and a past or former role type nothing they do not say.
func TestRoleNouns(t *testing.T) { runWireCases(t, roleNounCases) }

var roleNounCases = []wireCase{
	{"a member's role set off after the name", "Karim Nouri, the chief financier of Kataib Hezbollah, was arrested in Basra.",
		[]string{"karim-nouri memberOf kataib-hezbollah"}, []string{"karim-nouri leads kataib-hezbollah"}},
	{"an owner's role set off after the name", "Hezbollah's chief financier, Adnan Farhat, was sanctioned on Tuesday.",
		[]string{"adnan-farhat memberOf hezbollah"}, []string{"adnan-farhat leads hezbollah"}},
	{"the owner's name as the title's modifier", "Kataib Hezbollah financier Karim Nouri was arrested on Tuesday.",
		[]string{"karim-nouri memberOf kataib-hezbollah"}, nil},
	{"a title with its preposition before the name", "The chief negotiator for Iran, Ali Bagheri, arrived in Vienna on Monday.",
		[]string{"ali-bagheri says/chief-negotiator-for iran"}, nil},
	{"who is an owner's role", "Ali Bagheri, who is Iran's chief negotiator, arrived in Vienna on Monday.",
		[]string{"ali-bagheri says/chief-negotiator-of iran"}, nil},
	{"as an owner's role", "Samir Haddad, as Hezbollah's envoy, met the delegation in Doha.",
		[]string{"samir-haddad memberOf hezbollah"}, nil},
	{"a role held in the past is only said", "Samir Haddad, who was the spokesman of Kataib Hezbollah, fled to Beirut.",
		[]string{"samir-haddad says/spokesman-of kataib-hezbollah"}, []string{"samir-haddad memberOf kataib-hezbollah"}},
	{"a place's title is an open relation", "Basra Governor Asaad al-Eidani closed the schools on Sunday.",
		[]string{"asaad-al-eidani says/governor-of basra"}, nil},
	{"a second role joined by and", "Karim Nouri, a lawmaker from Basra and the deputy leader of the Badr Organization, spoke on Sunday.",
		[]string{"karim-nouri memberOf badr-organization"}, []string{"karim-nouri leads badr-organization"}},
	{"an owner's thing that is no name", "Pirouz Hanachi, the head of Iran's emergency services, spoke on state television.",
		[]string{"pirouz-hanachi says/head-of-emergency-services-of iran"}, nil},
	{"a person's aide answers to him", "Hamid Naseri, an aide to Ali Khamenei, spoke on state television.",
		[]string{"hamid-naseri reportsTo ali-khamenei"}, nil},
	{"a title between the preposition and the name", "Mahdi Karim, a representative of Grand Ayatollah Ali al-Sistani, led the prayers.",
		[]string{"mahdi-karim reportsTo ali-al-sistani"}, []string{"ali-al-sistani says/led-prayers"}},
	{"his representative, titled", "Grand Ayatollah Ali al-Sistani's sermon was read by his representative, Sheikh Mahdi Karim, in Karbala.",
		[]string{"mahdi-karim reportsTo ali-al-sistani"}, nil},
	{"a son is kin, no member", "Mahdi Karim, a son of Grand Ayatollah Ali al-Sistani, led the prayers.",
		[]string{"mahdi-karim says/son-of ali-al-sistani"}, []string{"mahdi-karim reportsTo ali-al-sistani", "mahdi-karim memberOf ali-al-sistani"}},
	{"a critic is no member", "Karim Nouri, a critic of Kataib Hezbollah, spoke on Sunday.",
		[]string{"karim-nouri says/critic-of kataib-hezbollah"}, []string{"karim-nouri memberOf kataib-hezbollah"}},
	{"an opponent is no member", "Karim Nouri, an opponent of the Badr Organization, spoke on Sunday.",
		[]string{"karim-nouri says/opponent-of badr-organization"}, []string{"karim-nouri memberOf badr-organization"}},
	{"a resident of a place has no role", "Karim Nouri, a resident of Basra, spoke on Sunday.",
		nil, []string{"karim-nouri memberOf basra", "karim-nouri governs basra"}},
	{"an envoy to a body is none of its members", "Karim Nouri, Iraq's envoy to the United Nations, spoke in New York.",
		nil, []string{"karim-nouri memberOf united-nations"}},
	{"a former commander is a member", "Karim Nouri, a former commander of the Badr Organization, spoke on Sunday.",
		[]string{"karim-nouri memberOf badr-organization"}, []string{"karim-nouri leads badr-organization"}},
	{"a role after a copula", "Karim Nouri is the chief financier of Kataib Hezbollah.",
		[]string{"karim-nouri memberOf kataib-hezbollah"}, nil},
	{"a role the subject became", "Karim Nouri became Hezbollah's chief negotiator in March.",
		[]string{"karim-nouri memberOf hezbollah"}, nil},
	{"a role to come is only said", "Karim Nouri, who will be Hezbollah's envoy, met the delegation in Doha.",
		[]string{"karim-nouri says/envoy-of hezbollah"}, []string{"karim-nouri memberOf hezbollah"}},
	{"a copula with no role", "Karim Nouri is in Basra with Kataib Hezbollah.",
		nil, []string{"karim-nouri memberOf kataib-hezbollah"}},
	{"the owner's name as modifier after the name", "Karim Nouri, a Kataib Hezbollah financier, spoke in Basra.",
		[]string{"karim-nouri memberOf kataib-hezbollah"}, nil},
	{"a role beside what the speaker said of the owner", "Karim Nouri, a Kataib Hezbollah financier, said the group would respond.",
		[]string{"karim-nouri memberOf kataib-hezbollah", "karim-nouri says/said-that kataib-hezbollah"}, nil},
	{"an official from a body", "Karim Nouri, an official from the Pentagon, spoke on Sunday.",
		[]string{"karim-nouri memberOf pentagon"}, nil},
	{"fighters who kill hold no title", "Kataib Hezbollah fighters killed Karim Nouri in Basra.",
		nil, []string{"karim-nouri memberOf kataib-hezbollah"}},
	{"a list of names before a group", "Karim Nouri, Samir Haddad and Adnan Farhat of the Badr Organization met in Basra.",
		nil, []string{"karim-nouri memberOf badr-organization"}},
	{"a second role the lexicon does not know", "Karim Nouri, the head of the Badr Organization and a critic of Kataib Hezbollah, spoke.",
		[]string{"karim-nouri leads badr-organization", "karim-nouri says/critic-of kataib-hezbollah"}, []string{"karim-nouri memberOf kataib-hezbollah", "karim-nouri leads kataib-hezbollah"}},
}
