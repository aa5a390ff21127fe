package extract

import "testing"

// TestRoleShapes reads roles and memberships written in several outlets'
// styles: a leader of a group a state backs leads the group, not the
// state, and the state's backing is its own; a chief spokesman or a head
// of protocol is a member, not a leader; member roles with "from" and
// "secretary of"; "chief commander"; a group stated one of, or among, the
// factions of a coalition, or named with its "other factions", is a
// member of it, but "several members of X" makes nobody one; who stands
// at the head or helm of a body, or whom someone named to lead it, leads
// it; a coalition's bloc is part of it.
func TestRoleShapes(t *testing.T) { runWireCases(t, roleShapeCases) }

var roleShapeCases = []wireCase{
	{"the leader of a group a state backs", "Qais al-Khazali, the leader of the Iran-backed Asaib Ahl al-Haq militia, spoke.",
		[]string{"qais-al-khazali leads asaib-ahl-al-haq", "asaib-ahl-al-haq backedBy iran"},
		[]string{"qais-al-khazali headOf iran", "asaib-ahl-al-haq backedBy qais-al-khazali"}},
	{"who heads a group a state backs", "BAGHDAD (Reuters) - Qais al-Khazali, who heads the Iran-backed Asaib Ahl al-Haq, denied any role.",
		[]string{"qais-al-khazali leads asaib-ahl-al-haq"}, []string{"qais-al-khazali headOf iran", "qais-al-khazali leads iran"}},
	{"the commander of a group backed by a state's adjective", "Hadi al-Amiri, the commander of the Iranian-backed Badr Organization, spoke.",
		[]string{"hadi-al-amiri leads badr-organization"}, []string{"badr-organization backedBy hadi-al-amiri"}},
	{"a fighter with an aligned group", "Abu Ali, a fighter with the Iran-aligned Kataib Hezbollah, was wounded.",
		[]string{"abu-ali memberOf kataib-hezbollah"}, nil},
	{"a chief spokesman is no leader", "Jonathan Hoffman, the Pentagon's chief spokesman, said the damage was being assessed.",
		[]string{"jonathan-hoffman memberOf pentagon"}, []string{"jonathan-hoffman leads pentagon"}},
	{"a head of protocol is no leader", "Among the dead was Mohammed Reda al-Jabri, the Popular Mobilization Forces' head of protocol.",
		nil, []string{"mohammed-reda-al-jabri leads popular-mobilization-forces"}},
	{"an owner's chief set off", "Hassan Nasrallah, Hezbollah's chief, spoke from Beirut.",
		[]string{"hassan-nasrallah leads hezbollah"}, nil},
	{"a lawmaker from a bloc", "Ahmed al-Asadi, a lawmaker from the Fatah Alliance, said the vote was binding.",
		[]string{"ahmed-al-asadi memberOf fatah-alliance"}, nil},
	{"a secretary of a state's council", "TEHRAN — Ali Shamkhani, secretary of Iran's Supreme National Security Council, spoke on state television.",
		[]string{"ali-shamkhani memberOf supreme-national-security-council"}, []string{"ali-shamkhani memberOf iran"}},
	{"a chief commander", "Hossein Salami, chief commander of the Revolutionary Guards, spoke in Kerman.",
		[]string{"hossein-salami leads revolutionary-guards"}, nil},
	{"a former secretary-general is a member", "The leaders chose Abu Fadak al-Mohammadawi, a former secretary-general of Kataib Hezbollah, as chief of staff.",
		[]string{"abu-fadak-al-mohammadawi memberOf kataib-hezbollah"}, []string{"abu-fadak-al-mohammadawi leads kataib-hezbollah"}},
	{"one of the factions, by the verb", "Kataib Hezbollah is one of the factions of the Popular Mobilization Forces.",
		[]string{"kataib-hezbollah memberOf popular-mobilization-forces"}, nil},
	{"two groups among the militias", "Kataib Hezbollah and Asaib Ahl al-Haq are among the most powerful militias in the Popular Mobilization Forces.",
		[]string{"kataib-hezbollah memberOf popular-mobilization-forces", "asaib-ahl-al-haq memberOf popular-mobilization-forces"}, nil},
	{"a group and the other factions", "Activists blamed Kataib Hezbollah and other factions of the Popular Mobilization Forces for the killings.",
		[]string{"kataib-hezbollah memberOf popular-mobilization-forces"}, nil},
	{"several members of a group make nobody one", "The strike also killed Abu Mahdi al-Muhandis, the deputy commander of the Popular Mobilization Forces, and several members of Kataib Hezbollah.",
		[]string{"abu-mahdi-al-muhandis memberOf popular-mobilization-forces"}, []string{"popular-mobilization-forces memberOf kataib-hezbollah"}},
	{"a commander and the other commanders", "Qassem Soleimani and other commanders of the Quds Force were killed.",
		nil, []string{"qassem-soleimani memberOf quds-force"}},
	{"militias in a country are no members of it", "Kataib Hezbollah and other militias in Iraq were blamed.",
		nil, []string{"kataib-hezbollah memberOf iraq"}},
	{"a successor at the head of a force", "Ismail Qaani, the general's successor at the head of the Quds Force, stood beside him.",
		[]string{"ismail-qaani leads quds-force"}, nil},
	{"at the helm since a year", "Falih al-Fayyadh, at the helm of the Popular Mobilization Forces since 2014, refused to step down.",
		[]string{"falih-al-fayyadh leads popular-mobilization-forces"}, nil},
	{"who took the helm", "Esmail Qaani, who took the helm of the Quds Force in January, visited Baghdad in secret.",
		[]string{"esmail-qaani leads quds-force"}, nil},
	{"who has been at the head", "TEHRAN (AP) — Hossein Salami, who has been at the head of the Revolutionary Guards since 2019, vowed revenge.",
		[]string{"hossein-salami leads revolutionary-guards"}, nil},
	{"a successor to the head leads nothing", "Hadi al-Amiri, a successor to the head of the Popular Mobilization Forces, spoke.",
		nil, []string{"hadi-al-amiri leads popular-mobilization-forces"}},
	{"whom a leader named to lead", "Esmail Qaani, the longtime deputy whom Iran's Supreme Leader Ali Khamenei named to lead the Quds Force hours after Soleimani's death, held meetings in Baghdad.",
		[]string{"esmail-qaani leads quds-force"}, []string{"ali-khamenei leads quds-force"}},
	{"whom a president picked to run", "Mark Esper, whom Trump picked last year to run the Pentagon, defended the strike.",
		[]string{"mark-esper leads pentagon"}, nil},
	{"refused to lead is no appointment", "Mark Esper, whom Trump praised, refused to lead the Pentagon into war.",
		nil, []string{"mark-esper leads pentagon"}},
	{"a bloc of a coalition is part of it", "The Fatah Alliance, the parliamentary bloc of the Popular Mobilization Forces, backed the resolution.",
		[]string{"fatah-alliance partOf popular-mobilization-forces"}, nil},
}

// TestDeputyTitlesBeforeNames reads a body's title written before its
// holder's name: a deputy's, a vice chairman's or a former holder's title
// makes him one of its members, not its leader; a leader's title still
// leads; "a senior commander in X, Y" is one of X's; "served as deputy
// head of X" too.
func TestDeputyTitlesBeforeNames(t *testing.T) { runWireCases(t, deputyTitleCases) }

var deputyTitleCases = []wireCase{
	{"a deputy commander before the name", "The deputy commander of the Popular Mobilization Forces, Abu Mahdi al-Muhandis, was killed.",
		[]string{"abu-mahdi-al-muhandis memberOf popular-mobilization-forces"}, []string{"abu-mahdi-al-muhandis leads popular-mobilization-forces"}},
	{"a vice chairman before the name", "BAGHDAD (Reuters) - The vice chairman of the Popular Mobilization Forces, Abu Fadak al-Mohammedawi, rejected the talks.",
		[]string{"abu-fadak-al-mohammedawi memberOf popular-mobilization-forces"}, []string{"abu-fadak-al-mohammedawi leads popular-mobilization-forces"}},
	{"a former commander before the name", "The former commander of the Quds Force, Qassem Soleimani, was buried in Kerman.",
		nil, []string{"qassem-soleimani leads quds-force"}},
	{"a leader's title still leads", "The head of the Popular Mobilization Forces, Falih al-Fayyadh, said the vote was binding.",
		[]string{"falih-al-fayyadh leads popular-mobilization-forces"}, nil},
	{"a commander of a state's force still leads", "The commander of Iran's Quds Force, Esmail Qaani, vowed revenge.",
		[]string{"esmail-qaani leads quds-force"}, []string{"esmail-qaani memberOf quds-force"}},
	{"a senior commander in a body", "A senior commander in the Popular Mobilization Forces, Abu Ali al-Basri, was killed in the strike.",
		[]string{"abu-ali-al-basri memberOf popular-mobilization-forces"}, []string{"abu-ali-al-basri leads popular-mobilization-forces"}},
	{"served as deputy head", "Abu Mahdi al-Muhandis served as deputy head of the Popular Mobilization Forces until his death.",
		[]string{"abu-mahdi-al-muhandis memberOf popular-mobilization-forces"}, []string{"abu-mahdi-al-muhandis leads popular-mobilization-forces"}},
}
