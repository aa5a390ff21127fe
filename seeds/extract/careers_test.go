package extract

import "testing"

// TestCareersInProfiles reads sentences written for this test in the
// styles of profiles and background paragraphs (a wire's background
// paragraph, an analyst's long sentence, a who-is-who explainer): a
// career step to a group's head leads it, one to a deputy's post is a
// member's; a state's office held or taken heads nothing by these
// words.
func TestCareersInProfiles(t *testing.T) { runWireCases(t, careerCases) }

var careerCases = []wireCase{
	{"became with no article", "Esmail Qaani became commander of the Quds Force hours after the strike.",
		[]string{"esmail-qaani leads quds-force"}, nil},
	{"became past a fronted phrase", "After the strike, Esmail Qaani became the new commander of the Quds Force.",
		[]string{"esmail-qaani leads quds-force"}, nil},
	{"who became, set off", "Esmail Qaani, who became commander of the Quds Force in January, visited Baghdad.",
		[]string{"esmail-qaani leads quds-force"}, nil},
	{"became past an apposition", "Hassan Nasrallah, a cleric from southern Lebanon, became secretary-general of Hezbollah in 1992 after Israel killed his predecessor.",
		[]string{"hassan-nasrallah leads hezbollah"}, []string{"israel leads hezbollah"}},
	{"rose to become", "Falih al-Fayyadh rose to become chairman of the Popular Mobilization Forces in 2014.",
		[]string{"falih-al-fayyadh leads popular-mobilization-forces"}, nil},
	{"rose to a deputy's post", "Esmail Qaani, a veteran of the Iran-Iraq war, rose to deputy commander of the Quds Force in 1997.",
		[]string{"esmail-qaani memberOf quds-force"}, []string{"esmail-qaani leads quds-force"}},
	{"promoted to chief of staff", "Abu Fadak al-Mohammadawi was promoted to chief of staff of the Popular Mobilization Forces in February.",
		[]string{"abu-fadak-al-mohammadawi memberOf popular-mobilization-forces"}, []string{"abu-fadak-al-mohammadawi leads popular-mobilization-forces"}},
	{"serves at a group's head", "Falih al-Fayyadh, who has served as chairman of the Popular Mobilization Forces since 2014, met the envoy.",
		[]string{"falih-al-fayyadh leads popular-mobilization-forces"}, nil},
	{"served at a group's head in the past", "Abu Fadak al-Mohammadawi served as secretary-general of Kataib Hezbollah for years.",
		[]string{"abu-fadak-al-mohammadawi memberOf kataib-hezbollah"}, []string{"abu-fadak-al-mohammadawi leads kataib-hezbollah"}},
	{"served as the group's head in the past", "Kataib Hezbollah chose Abu Fadak al-Mohammadawi, who served as the group's secretary-general.",
		[]string{"abu-fadak-al-mohammadawi memberOf kataib-hezbollah"}, []string{"abu-fadak-al-mohammadawi leads kataib-hezbollah"}},
	{"a state's office held in the past heads nothing", "Nouri al-Maliki served as prime minister of Iraq from 2006 to 2014.",
		nil, []string{"nouri-al-maliki headOf iraq", "nouri-al-maliki leads iraq"}},
	{"a state's office taken is not read here", "Hassan Rouhani became president of Iran in 2013.",
		nil, []string{"hassan-rouhani leads iran"}},
	{"a participle after and describes the name before it", "Hassan Nasrallah has led Hezbollah, a group trained and funded by Iran, since 1992.",
		[]string{"hassan-nasrallah leads hezbollah", "hezbollah backedBy iran"}, []string{"hassan-nasrallah backedBy iran"}},
}

// TestAffiliationsInProfiles reads who backs, holds or belongs to a
// group in sentences written for this test: a group loyal to a person
// is his, one loyal to a state is backed by it; what a group receives to
// fight with, and who helps it act, back it (a call or word received
// backs nothing); the side one fought on as a part is one it belongs to;
// a call to a government is one to its head.
func TestAffiliationsInProfiles(t *testing.T) { runWireCases(t, affiliationCases) }

var affiliationCases = []wireCase{
	{"a militia loyal to a cleric", "Saraya al-Salam, the armed group loyal to the cleric Moqtada al-Sadr, deployed in Samarra.",
		[]string{"moqtada-al-sadr leads saraya-al-salam"}, []string{"saraya-al-salam backedBy moqtada-al-sadr"}},
	{"a bloc loyal to a cleric, no comma", "The measure was championed by the Sairoon bloc loyal to the cleric Moqtada al-Sadr.",
		[]string{"moqtada-al-sadr leads sairoon"}, nil},
	{"which remains loyal to", "Asaib Ahl al-Haq, which remains loyal to Qais al-Khazali, holds 15 seats in parliament.",
		[]string{"qais-al-khazali leads asaib-ahl-al-haq"}, nil},
	{"a movement loyal to its leader", "The Houthis, a movement loyal to Abdul-Malik al-Houthi, fired missiles at Riyadh.",
		[]string{"abdul-malik-al-houthi leads houthis"}, []string{"houthis backedBy abdul-malik-al-houthi"}},
	{"a militia loyal to a state", "Kataib Hezbollah, a militia loyal to Iran, denied the attack.",
		[]string{"kataib-hezbollah backedBy iran"}, []string{"iran leads kataib-hezbollah"}},
	{"received a list of arms", "Asaib Ahl al-Haq received money, weapons and training from Iran's Quds Force.",
		[]string{"asaib-ahl-al-haq backedBy quds-force"}, nil},
	{"has long received, attributed", "Kataib Hezbollah has long received funding, training and weapons from the Revolutionary Guards, according to U.S. officials.",
		[]string{"kataib-hezbollah backedBy revolutionary-guards"}, nil},
	{"receives in the present", "Hezbollah receives weapons and money from Iran, Israeli officials say.",
		[]string{"hezbollah backedBy iran"}, nil},
	{"who have received, set off", "The Houthis, who have received missiles and drones from Iran, deny being its proxy.",
		[]string{"houthis backedBy iran"}, nil},
	{"a description that received", "In 2006 he founded Asaib Ahl al-Haq, a militia that received money, weapons and training from Iran's Quds Force.",
		[]string{"asaib-ahl-al-haq backedBy quds-force"}, nil},
	{"which gets its funding", "Kataib Hezbollah, which gets most of its funding from Iran, denied the attack.",
		[]string{"kataib-hezbollah backedBy iran"}, nil},
	{"word of an attack received backs nothing", "Iraq received advance word of the missile attack from Iran.",
		nil, []string{"iraq backedBy iran"}},
	{"a call received backs nothing", "Adel Abdul Mahdi said he had received a phone call from Mike Pompeo.",
		nil, []string{"adel-abdul-mahdi backedBy mike-pompeo"}},
	{"with help from", "The Houthis built their drones with help from Iran, the report said.",
		[]string{"houthis backedBy iran"}, nil},
	{"with the support of", "Hezbollah has fought for years with the support of the Revolutionary Guards.",
		[]string{"hezbollah backedBy revolutionary-guards"}, nil},
	{"with help from, attributed", "Kataib Hezbollah built its rocket arsenal with help from the Revolutionary Guards, U.S. officials say.",
		[]string{"kataib-hezbollah backedBy revolutionary-guards"}, nil},
	{"with help from, set off", "The Houthis, who seized the capital with help from Iran, deny any foreign role.",
		[]string{"houthis backedBy iran"}, nil},
	{"a place before with the backing of is backed by nothing", "The Badr Organization returned to Iraq in 2003 with the backing of Iran.",
		nil, []string{"iraq backedBy iran"}},
	{"fought as part of", "Kataib Hezbollah fought the Islamic State as part of the Popular Mobilization Forces.",
		[]string{"kataib-hezbollah memberOf popular-mobilization-forces"}, nil},
	{"a person fought as part of", "Qais al-Khazali fought in Najaf as part of the Mahdi Army in 2004.",
		[]string{"qais-al-khazali memberOf mahdi-army"}, nil},
	{"fought as part of, past a place", "The Badr Organization fought in Diyala as part of the Popular Mobilization Forces.",
		[]string{"badr-organization memberOf popular-mobilization-forces"}, nil},
	{"fought as part of, set off", "Akram al-Kaabi fought in Syria as part of Kataib Hezbollah before he founded his own group.",
		[]string{"akram-al-kaabi memberOf kataib-hezbollah"}, nil},
	{"a state deployed as part of a coalition", "Britain deployed troops to Iraq as part of the U.S.-led coalition.",
		[]string{"united-kingdom memberOf us-led-coalition"}, nil},
	{"an effort is no coalition", "Iran sent advisers to Iraq as part of its effort to defeat the Islamic State.",
		nil, []string{"iran memberOf isis", "iraq memberOf isis"}},
	{"a visit as part of a tour belongs to nothing", "Mike Pompeo visited Baghdad as part of a tour of the region.",
		nil, []string{"mike-pompeo memberOf baghdad"}},
	{"called on the government of its head", "Qais al-Khazali called on the government of Adel Abdul Mahdi to expel American troops.",
		[]string{"qais-al-khazali calledOn adel-abdul-mahdi"}, nil},
	{"urged the government of a titled head", "Moqtada al-Sadr urged the government of caretaker Prime Minister Adel Abdul Mahdi to protect the protesters.",
		[]string{"moqtada-al-sadr calledOn adel-abdul-mahdi"}, nil},
	{"called on the government, set off", "Ali al-Sistani, the top Shiite cleric, called on the government of Adel Abdul Mahdi to hold early elections.",
		[]string{"ali-al-sistani calledOn adel-abdul-mahdi"}, nil},
	{"asked the government of its head", "The United Nations asked the government of Adel Abdul Mahdi to investigate the deaths.",
		[]string{"united-nations calledOn adel-abdul-mahdi"}, nil},
	{"called on the government after , and", "Protest leaders urged the government to resign, and Moqtada al-Sadr called on the government of Adel Abdul Mahdi to step down.",
		[]string{"moqtada-al-sadr calledOn adel-abdul-mahdi"}, nil},
}

// TestBackedGroupsInEventPhrases reads an X-backed group named at the end
// of an event's phrase, and the groups named as its examples, as backed
// by X: "attacks on Iran-backed militias, chief among them Kataib
// Hezbollah". (Sentences of our own.)
func TestBackedGroupsInEventPhrases(t *testing.T) { runWireCases(t, backedInEventCases) }

var backedInEventCases = []wireCase{
	{"the target of attacks, an example after it", "U.S. officials have blamed earlier attacks on Iran-backed militias, chief among them Kataib Hezbollah, which is based at Jurf al-Sakhar.",
		[]string{"iran-backed-militias backedBy iran", "kataib-hezbollah backedBy iran"}, nil},
	{"the target of strikes, two examples", "The Pentagon said the strikes on Iran-backed groups such as Kataib Hezbollah and Asaib Ahl al-Haq would continue.",
		[]string{"kataib-hezbollah backedBy iran", "asaib-ahl-al-haq backedBy iran"}, nil},
	{"the target of airstrikes, no example", "Iraq condemned the airstrikes against Iran-backed militias on Sunday.",
		[]string{"iran-backed-militias backedBy iran"}, []string{"iraq backedBy iran"}},
	{"a group named after the phrase is no example", "The strikes on Iran-backed militias killed 25 fighters of Kataib Hezbollah.",
		[]string{"iran-backed-militias backedBy iran"}, []string{"kataib-hezbollah backedBy iran"}},
	{"the agent of attacks, an example set off", "The rocket attacks by Tehran-backed militias, among them Asaib Ahl al-Haq, have grown more frequent, officials said.",
		[]string{"asaib-ahl-al-haq backedBy iran"}, nil},
}

// TestEndorsements reads who endorsed a candidate as backing him, in
// sentences of our own: active, passive, set off, past a title; a
// negated or hedged endorsement, and one of a thing, back no one.
func TestEndorsements(t *testing.T) { runWireCases(t, endorsementCases) }

var endorsementCases = []wireCase{
	{"a party endorsed", "The Kurdistan Democratic Party endorsed Mohammed Allawi on Monday.",
		[]string{"mohammed-allawi backedBy kurdistan-democratic-party"}, nil},
	{"past an apposition", "Moqtada al-Sadr, the populist cleric, has endorsed Mohammed Allawi for prime minister.",
		[]string{"mohammed-allawi backedBy moqtada-al-sadr"}, nil},
	{"passive", "Mohammed Allawi was endorsed by the Sairoon bloc on Sunday.",
		[]string{"mohammed-allawi backedBy sairoon"}, nil},
	{"who was endorsed", "Mohammed Allawi, who was endorsed by Moqtada al-Sadr, must form a cabinet within 30 days.",
		[]string{"mohammed-allawi backedBy moqtada-al-sadr"}, nil},
	{"after a fronted place, attributed", "In Baghdad, the Sairoon bloc endorsed Mohammed Allawi on Saturday, a spokesman said.",
		[]string{"mohammed-allawi backedBy sairoon"}, nil},
	{"not endorsed", "Ali al-Sistani has not endorsed Mohammed Allawi, his office said.",
		nil, []string{"mohammed-allawi backedBy ali-al-sistani"}},
	{"would never endorse", "Moqtada al-Sadr said he would never endorse Mohammed Allawi.",
		nil, []string{"mohammed-allawi backedBy moqtada-al-sadr"}},
}
