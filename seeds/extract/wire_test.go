package extract

import (
	"context"
	"testing"

	"github.com/kg-analyst/kg/seeds"
)

// The wire tests read sentences written in the manner of wire-service
// copy about the conflict (not from the dev or test articles), against
// what the store holds after kg build, as kg ingest would, and want the
// typed statements an analyst would mark: verbs of conflict news and
// their passives, titles with their state, places within places,
// conjuncts; and nothing asserted where the text negates, plans, denies
// or relays a rejected charge.

// wireExtractor reads as kg ingest does after kg build.
func wireExtractor(t *testing.T) *Extractor {
	t.Helper()
	set, err := seeds.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	known, facts, err := seedKnown(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	opt := IngestOptions()
	opt.Facts = facts
	return New(known, opt)
}

// TestWireRoles: titles and offices, roles before and after a name, and
// places within places.
func TestWireRoles(t *testing.T) {
	x := wireExtractor(t)
	checkTyped(t, []typedCase{
		// Titles and offices: the state from a demonym or a possessive.
		{"demonym office", x, "Iraqi President Barham Salih condemned the rocket attack on Camp Taji.", []string{
			"barham-salih condemned rocket-attack-on-camp-taji", "barham-salih headOf iraq", "rocket-attack-on-camp-taji targeted camp-taji"}},
		{"possessive office", x, "Germany's Chancellor Angela Merkel urged Iran to show restraint.", []string{
			"angela-merkel calledOn iran", "angela-merkel headOf germany"}},
		{"possessive head of state and a quoted revenge", x, `Iran's Supreme Leader Ali Khamenei vowed "severe revenge" against the United States.`, []string{
			"ali-khamenei headOf iran", "ali-khamenei threatened united-states"}},
		{"group leader title, a warning about troops", x, "Hezbollah leader Hassan Nasrallah warned U.S. troops would leave the region in coffins.", []string{
			"hassan-nasrallah leads hezbollah", "hassan-nasrallah threatened united-states"}},
		{"head of a force's division", x, "Amir Ali Hajizadeh, the commander of the Revolutionary Guards' aerospace division, took responsibility.", []string{
			"amir-ali-hajizadeh memberOf revolutionary-guards"}},
		{"a spokeswoman before her name", x, "A spokeswoman for the State Department, Morgan Ortagus, declined to comment.", []string{
			"morgan-ortagus memberOf state-department"}},
		{"a deputy", x, "Ali Fadavi, deputy commander of the Revolutionary Guards, spoke on state television.", []string{
			"ali-fadavi memberOf revolutionary-guards"}},
		{"a group's secretary-general", x, "Kataib Hezbollah's secretary-general, Abu Hussein al-Hamidawi, vowed revenge.", []string{
			"abu-hussein-al-hamidawi leads kataib-hezbollah"}},
		{"an office after the name, by its state's adjective", x, "Hassan Rouhani, the Iranian president, called the strike a crime.", []string{
			"hassan-rouhani headOf iran"}},
		{"a passive past an apposition", x, "The Quds Force, the overseas arm of the Revolutionary Guards, is led by Esmail Qaani.", []string{
			"esmail-qaani leads quds-force", "quds-force partOf revolutionary-guards"}},
		{"took over as", x, "Esmail Qaani took over as commander of the Quds Force.", []string{"esmail-qaani leads quds-force"}},
		{"led by, set off", x, "Hezbollah, led by Hassan Nasrallah, vowed revenge.", []string{"hassan-nasrallah leads hezbollah"}},
		{"commands", x, "Esmail Qaani commands the Quds Force.", []string{"esmail-qaani leads quds-force"}},

		// Places within places.
		{"a direction of a city places nothing in it", x, "Rockets struck Camp Taji north of Baghdad on Wednesday.", []string{
			`rocket-attack-2020-01-01 startDate "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date>`, "rocket-attack-2020-01-01 targeted camp-taji"}},
		{"a capital", x, "Erbil, the capital of Iraqi Kurdistan, was also hit.", []string{"erbil locatedIn kurdistan"}},
		{"a university is a place", x, "Protesters gathered outside Amir Kabir University in Tehran on Saturday.", []string{"amir-kabir-university locatedIn tehran", "rally-2019-12-28 locatedIn amir-kabir-university", `rally-2019-12-28 startDate "2019-12-28"^^<http://www.w3.org/2001/XMLSchema#date>`}},
		{"a base in a province", x, "The Ain al-Asad base in Anbar province hosts U.S. troops.", []string{"ain-al-asad-air-base locatedIn anbar", "united-states deployedTo ain-al-asad-air-base"}},
	})
}

// TestWireActs: denials, negation, modality, rejected charges, and the
// verbs of support, attack, command and movement.
func TestWireActs(t *testing.T) {
	x := wireExtractor(t)
	checkTyped(t, []typedCase{
		// Denials, negation, modality, rejected charges.
		{"a denial set off after a description", x, "Kataib Hezbollah, an Iraqi militia backed by Iran, denied carrying out the rocket attack on K-1 Air Base.", []string{
			"kataib-hezbollah backedBy iran", "kataib-hezbollah deniedInvolvementIn rocket-attack-k1", "rocket-attack-k1 targeted k1-air-base"}},
		{"a firing that did not happen", x, "Iran did not fire missiles at Camp Taji, a military spokesman said.", nil},
		{"an attack never made", x, "Kataib Hezbollah never attacked Camp Taji, its spokesman said.", nil},
		{"a plan", x, "Iran plans to attack Israel, a senior official warned.", nil},
		{"a possibility", x, "Iran could strike Saudi Arabia, analysts said.", nil},
		{"a threat to strike", x, "Iran threatened to strike Saudi Arabia.", []string{"iran threatened saudi-arabia"}},
		{"threatened strikes are a threat, no strike", x, "Trump threatened strikes on Kataib Hezbollah.", []string{"donald-trump threatened kataib-hezbollah"}},
		{"weighed strikes are no strike", x, "Pentagon officials are weighing strikes on Kataib Hezbollah.", nil},
		{"a possible attack is no attack", x, "Iraq warned of a possible attack on Camp Taji.", nil},
		{"a condition is no act", x, "If Iran attacks Saudi Arabia, the United States will respond.", nil},
		{"a question is no act", x, "Iraq asked whether Kataib Hezbollah attacked Camp Taji.", nil},
		{"a vow to avenge threatens not the dead", x, "The Revolutionary Guards vowed to avenge Soleimani.", nil},
		{"a rejected charge", x, "Iran rejected the charge that Kataib Hezbollah was behind the attack.", nil},
		{"an accusation", x, "Mike Pompeo accused Iran of orchestrating the attack.", []string{"mike-pompeo accused iran"}},
		{"blame for a named attack", x, "Trump blamed Kataib Hezbollah for the rocket attack on K-1 Air Base.", []string{
			"donald-trump accused kataib-hezbollah", "kataib-hezbollah suspectedOf rocket-attack-k1", "rocket-attack-k1 targeted k1-air-base"}},
		{"held responsible", x, "The United States held Iran responsible for the attack.", []string{"united-states accused iran"}},
		{"an admitted act", x, "Iran admitted shooting down Ukraine International Airlines Flight 752.", []string{
			"iran attacked ukraine-international-airlines-flight-752", "ukraine-international-airlines-flight-752 operatedBy ukraine-international-airlines"}},
		{"a denied act", x, "Iran denied shooting down Ukraine International Airlines Flight 752.", []string{
			"ukraine-international-airlines-flight-752 operatedBy ukraine-international-airlines"}},
		{"an accused act is the accused's, not the accuser's", x, "Justin Trudeau accused Iran of shooting down Ukraine International Airlines Flight 752.", []string{
			"justin-trudeau accused iran", "ukraine-international-airlines-flight-752 operatedBy ukraine-international-airlines"}},
		{"a relative clause's object is no subject", x, "The strike that killed Soleimani was ordered by Trump.", []string{
			"donald-trump ordered strike-that-killed-qasem-soleimani",       // the strike was ordered, not Soleimani
			"qasem-soleimani killedIn strike-that-killed-qasem-soleimani"}}, // the strike he died in, not one of the week before

		// Verbs of support, attack, command and movement.
		{"an aside between subject and verb", x, "Iraq, in a statement, condemned the rocket attack on Camp Taji.", []string{
			"iraq condemned rocket-attack-on-camp-taji", "rocket-attack-on-camp-taji targeted camp-taji"}},
		{"a short description between subject and verb", x, "Trump, the president, threatened Iran.", []string{"donald-trump threatened iran"}},
		{"the later of two joined verbs has the object", x, "Jens Stoltenberg condemned the missile attack and urged Iran to refrain from further violence.", []string{
			"jens-stoltenberg calledOn iran"}},
		{"a later verb past a plan of others", x, "Iraqi Prime Minister Adel Abdul Mahdi called on the protesters to leave and urged the United States to respect Iraqi sovereignty.", []string{
			"adel-abdul-mahdi calledOn united-states", "adel-abdul-mahdi headOf iraq"}},
		{"seen among the crowd outside", x, "Abu Mahdi al-Muhandis was seen among the crowd outside the U.S. Embassy in Baghdad on Tuesday.", []string{
			"abu-mahdi-al-muhandis presentAt us-embassy-baghdad", "us-embassy-baghdad locatedIn baghdad"}},
		{"a preposition's object heads no joined verb", x, "The Guards called it a response to the martyrdom of Soleimani and warned the United States.", nil},
		{"a list of verbs", x, "Iran funds, arms and trains Kataib Hezbollah.", []string{"kataib-hezbollah backedBy iran"}},
		{"conjoined subjects of two kinds", x, "Iran and Hezbollah threatened Israel.", []string{"hezbollah threatened israel", "iran threatened israel"}},
		{"conjoined objects", x, "The Houthis attacked Saudi Arabia and the United Arab Emirates.", []string{
			"houthis attacked saudi-arabia", "houthis attacked united-arab-emirates"}},
		{"a designation by passive opposes no one", x, "Kataib Hezbollah was designated a terrorist organisation by the United States in 2009.", nil},
		{"deployed to", x, "The 82nd Airborne Division deployed to Kuwait.", []string{
			"82nd-airborne-division conducted troop-deployment-650", // the seed's deployment of the division to Kuwait
			"82nd-airborne-division deployedTo kuwait",
			// the deployment the verb states, resolved to the seed's
			"82nd-airborne-division participatedIn troop-deployment-650", "troop-deployment-650 deployedTo kuwait"}},
		{"shot down", x, "The Revolutionary Guards shot down Ukraine International Airlines Flight 752 minutes after takeoff.", []string{
			"revolutionary-guards attacked ukraine-international-airlines-flight-752",
			"revolutionary-guards conducted shoot-down-by-islamic-revolutionary-guard-corps-reported-2020-01-03",
			"shoot-down-by-islamic-revolutionary-guard-corps-reported-2020-01-03 targeted ukraine-international-airlines-flight-752",
			"ukraine-international-airlines-flight-752 operatedBy ukraine-international-airlines"}},
		{"assassinated", x, "Israel assassinated Imad Mughniyeh in Damascus in 2008.", []string{"israel attacked imad-mughniyeh"}},
		{"claimed an attack", x, "Kataib Hezbollah claimed the rocket attack on Camp Taji.", []string{
			"kataib-hezbollah attacked camp-taji", "kataib-hezbollah conducted rocket-attack-on-camp-taji", "rocket-attack-on-camp-taji targeted camp-taji"}},
		{"visited", x, "Mike Pompeo visited Baghdad in May.", []string{"mike-pompeo presentAt baghdad"}},
		{"met, and where: both were there", x, "Mike Pompeo met Adel Abdul Mahdi in Baghdad on Tuesday.", []string{"adel-abdul-mahdi presentAt baghdad", "mike-pompeo presentAt baghdad"}},
		// The withdrawal, reported as the day's news, is Germany's (reportedKey).
		{"expelled and sanctioned state no typed fact", x, "Germany withdrew its troops from Iraq, and Iraq expelled the U.S. ambassador.",
			[]string{"germany conducted withdrawal-by-germany-reported-2020-01-03"}},
	})
}
