package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestArticleFurniture: read as kg ingest reads into an empty store, what
// a wire story carries besides its text (a
// slug, a status prefix, section headers, bylines, photo credits and
// captions, credit lines and trailers) makes no entity, and the story's
// own names stay.
func TestArticleFurniture(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want []string
	}{
		{"slug line before the title",
			"IRAQ-SECURITY/\nRockets hit base near Kirkuk\n\nKIRKUK, Iraq (Reuters) - Rockets struck a base near Kirkuk on Friday, the coalition said.",
			[]string{"Iraq:Country", "Kirkuk:City", "Reuters:MediaOutlet", "Rocket attack in Kirkuk, 2020-01-03:Event"}},
		{"status prefix and section headers",
			"UPDATE 2-Militia leader vows reply\n\nWHAT HAPPENED\nQais al-Khazali said the group would respond.\n\nKEY QUOTES\n\n\"We will not stand idle,\" Hashem al-Mousawi said.",
			[]string{"Hashem al-Mousawi:Person", "Qais al-Khazali:Person"}},
		{"photo credit and caption",
			"Troops guard base\n\nFILE PHOTO: A soldier stands guard at a base in Nineveh province, March 23, 2019. REUTERS/Thaier al-Sudani\n\nProtesters burned a gate of the U.S. Embassy in Baghdad. (AP Photo/Khalid Mohammed)\n\nMark Esper said the troops would stay.",
			[]string{"Baghdad:City", "Mark Esper:Person", "Nineveh:Region", "U.S. Embassy:Facility"}},
		{"byline, credit line and trailer",
			"Pentagon sends troops\n\nBy Idrees Ali and Phil Stewart\n\nWASHINGTON (AP) - The Pentagon said it would send 750 soldiers to Kuwait.\n\nReporting by Idrees Ali; Compiled by Tom Brown; Editing by Alison Williams\n\nAssociated Press writers Lolita Baldor and Qassim Abdul-Zahra contributed to this report.",
			[]string{"Associated Press:MediaOutlet", "Kuwait:Country", "Pentagon:GovernmentBody", "Washington:City"}},
		{"lower-case byline, editor's and analyst's credits",
			"Qaani named\n\nby Maziar Motamedi\n\nTEHRAN (AP) - Esmail Qaani took over the Quds Force.\n\nEdited by: Ali Hussein\n\nAnalysis by Jonathan Marcus, BBC defence correspondent",
			[]string{"Associated Press:MediaOutlet", "Esmail Qaani:Person", "Quds Force:MilitaryUnit", "Tehran:City"}},
		{"a trailer ending at contributed",
			"Missiles hit bases\n\nDUBAI (AP) - Iran fired missiles at two bases in Iraq.\n\nAssociated Press writers Zeke Miller in Washington and Nasser Karimi in Tehran contributed.",
			[]string{"Associated Press:MediaOutlet", "Dubai:City", "Iran:Country", "Iraq:Country", "Missile strike by Iran:Event"}},
		{"calls to follow, sign up and join, and a photo released by an office",
			"Rockets hit Kirkuk\n\nRockets hit Kirkuk on Friday.\n\nFILE - In this Jan. 3, 2020 photo released by the Iraqi Prime Minister Press Office, a car burns.\n\nFollow Jon Gambrell on Twitter at www.twitter.com/jongambrellAP.\n\nSign up for the Morning Briefing newsletter. Click here for more Reuters coverage.\n\nThis article was originally published by The Conversation. Join our Telegram channel for updates.",
			[]string{"Iraqi Prime Minister Press Office:GovernmentBody", "Kirkuk:City", "Rocket attack in Kirkuk, 2020-01-03:Event"}},
		{"staff bylines, a picture's copyright and sharing links",
			"Rockets hit Kirkuk\n\nRockets hit Kirkuk on Friday.\n\nImage copyright Getty Images Image caption Mourners in Tehran\n\nShare this article: Facebook Twitter WhatsApp\n\nReuters Staff\n\nPosted by Al-Monitor Staff\n\nWith reporting by AFP and Reuters",
			[]string{"Kirkuk:City", "Rocket attack in Kirkuk, 2020-01-03:Event"}},
		{"timestamps, print edition and a row of links",
			"Parliament votes\n\nPublished Jan. 5, 2020  Updated Jan. 6, 2020, 12:36 a.m. ET\n\nIraq's parliament voted on Sunday.\n\nA version of this article appears in print on Jan. 6, 2020, Section A, Page 1 of the New York edition with the headline: Parliament Votes. Order Reprints | Today's Paper | Subscribe",
			[]string{"Iraq:Country", "Parliament of Iraq:GovernmentBody", "Vote by Parliament of Iraq, 2019-12-29:Event"}},
		{"a page's labels and links",
			"Troops hurt\n\nEleven troops were hurt at the Ain al-Asad air base.\n\nOur Standards: The Thomson Reuters Trust Principles.\n\nKeywords: IRAN-USA/MILITARY\n\nRead more: What Tasnim News Agency says\n\nPhotos: Protesters attack Camp Taji\n\nSOURCE: Al Jazeera and news agencies\n\nCopyright 2019 The Associated Press.",
			[]string{"Ain al-Asad Air Base:Facility"}},
		{"sentence-initial words, weekdays, months and slogans",
			"Crowds march in Baghdad\n\nHowever, Meanwhile and Nearly all factions marched on Monday. December's protests followed October's. \"Death to America,\" the crowd chanted in Baghdad.",
			[]string{"Baghdad:City", "United States:Country"}}, // America in the slogan is still mentioned
		{"codes that name a base or a craft",
			"Rockets hit K-1\n\nRockets struck the K-1 military base near Kirkuk. An MQ-9 Reaper drone fired two missiles at the T-4 airbase.",
			[]string{"K-1 Air Base:Facility", "Kirkuk:City", "MQ-9 Reaper:Vehicle", "Missile strike on T-4 airbase:Event", "Rocket attack on K-1 Air Base:Event", "T-4 airbase:Facility"}},
		{"a code that says no base or craft",
			"Missiles shown\n\nRussia delivered S-300 systems to Iran, and Iran tested a Shahab-3 missile before the G-7 met.",
			[]string{"Iran:Country", "Russia:Country"}},
		{"a code before a base's name",
			"Rocket attack\n\nA rocket attack on K-1 Air Base near Kirkuk killed a contractor.",
			[]string{"K-1 Air Base:Facility", "Kirkuk:City", "Rocket attack on K-1 Air Base:Event"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, articleEntities(t, New(nil, IngestOptions()), tt.raw)); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPageFurnitureLines: a web page pasted as it shows puts its byline,
// timestamp, labels and link lists on lines of their own inside one
// paragraph; each line is judged alone, so those lines name nothing and
// no name runs across a line's end, while the story's lines are read.
func TestPageFurnitureLines(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a byline over a timestamp", "By Lena Marsh and Omar Tallis\nMarch 3, 2020\nUpdated 4:10 p.m. ET\n\nRockets hit Kirkuk.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a lower-case byline over a date", "by Dara Kemal\n4 Feb 2020\n\nRockets hit Kirkuk.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a staff byline in capitals over a date", "By GULF DESK STAFF\n2 March 2020, 1:15 pm\n\nRockets hit Kirkuk.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a label's line before a caption", "Image caption\nMourners filled Azadi Square.", []string{"Azadi Square:Place"}},
		{"a label's line before a sentence's capital", "Highlights\nGovernor Salim Dawood urged calm", []string{"Salim Dawood:Person"}},
		{"links listed under a label", "Read more:\nWhy Sheikh Nadir Fell\nThe Cost of the Drone War\n\nRockets hit Kirkuk.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a lone label line", "Advertisement\n\nRockets hit Kirkuk.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a handle after a bio", "Rockets hit Kirkuk.\n\nNora Vale covers Iraq for the paper. @NoraValeNews", []string{"Iraq:Country", "Kirkuk:City", "Nora Vale:Person", "Rocket attack on Kirkuk:Event"}},
		{"a handle on a line of its own", "Rockets hit Kirkuk.\n\nFollow the desk\n@GulfDeskLive", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"an email address names no one", "Rockets hit Kirkuk. Write to tips@Harbornews.org with news.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a trailer that contributed to this article", "Rockets hit Kirkuk.\n\nThe Courier's Gulf correspondent Hamid Sarraf contributed to this article.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a newsletter by email and a button", "Rockets hit Kirkuk.\n\nGet the Harbor Courier's Morning Brief by email and never miss a story\nFREE SIGN UP", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a name before a bar and the date", "Rockets hit Kirkuk.\n\nLena van Dorn | 14.02.2020 09:30\n\nOfficials met.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"an outlet's line over a date", "Harbor Courier\nUpdated: 12 March 2020\n\nThe Harbor Courier reported that rockets hit Kirkuk.", []string{"Harbor Courier:Organization", "Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
	})
}

// TestHeadlineWithFullStop: a headline pasted into the body with a full
// stop (a gallery's or a related story's title) is read as a headline,
// its capitals no names; names set off by commas or joined by "and" are
// still a sentence's.
func TestHeadlineWithFullStop(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a headline's words", "Crowds Swamp Streets of Najaf.", []string{"Najaf:City"}},
		{"a headline's words after a sentence", "Rockets hit Kirkuk on Friday. Families Flee Border Villages Overnight.", []string{"Kirkuk:City", "Rocket attack in Kirkuk, 2020-01-03:Event"}},
		{"names set off by commas", "Wounded: Dana Ruiz, Omar Haddad.", []string{"Dana Ruiz:Person", "Omar Haddad:Person"}},
		{"names joined by and", "Survivors: Dana Ruiz and Omar Haddad.", []string{"Dana Ruiz:Person", "Omar Haddad:Person"}},
	})
}

// TestDescribingNounsBeforeNames: a noun that says what a person does,
// capitalised where it opens a sentence, is no word of the name after it;
// a body's name that opens with one keeps it.
func TestDescribingNounsBeforeNames(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"an activist", "Activist Laith Jaber told reporters the square was full.", []string{"Laith Jaber:Person"}},
		{"a witness", "Witness Noor al-Tamimi said the car burned for an hour.", []string{"Noor al-Tamimi:Person"}},
		{"a student in a caption", "Student Rami Fattah holds a banner in Basra.", []string{"Basra:City", "Rami Fattah:Person"}},
		{"a body's name", "The Journalists Syndicate condemned the arrest.", []string{"Journalists Syndicate:Organization"}},
	})
}

// TestDatelineCreditsAndQuestionHeadlines: the wire a dateline credits in
// brackets is an outlet whatever its name looks like, and a headline or
// subhead that asks a question in title case names nothing by its
// capitals.
func TestDatelineCreditsAndQuestionHeadlines(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a wire in a dateline", "KIRKUK, Feb. 2 (Harbornet) -- Rockets hit the city.", []string{"Harbornet:MediaOutlet", "Kirkuk:City"}},
		{"initials in a dateline", "ERBIL, Feb. 02 (KNA) – Officials met.", []string{"Erbil:City", "KNA:MediaOutlet"}},
		{"a question for a title", "EXPLAINER-Who Runs the Border Crossings and Why It Matters?\n\nRockets hit Kirkuk.", []string{"Kirkuk:City", "Rocket attack on Kirkuk:Event"}},
		{"a subhead that asks", "Rockets hit Kirkuk.\n\nWhat Happens Next for Governor Rashid Farouq?\n\nGovernor Rashid Farouq said little.", []string{"Kirkuk:City", "Rashid Farouq:Person", "Rocket attack on Kirkuk:Event"}},
	})
}

// TestSlogansInTitleCase: a banner's or a chant's words in title case,
// quoted, name no one, though a known place opens them and the quotation
// goes on past them.
func TestSlogansInTitleCase(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a place and a word", "A banner read \"Iraq Free, Free\" over the square.", []string{"Iraq:Country"}},
		{"a slogan going on", "They chanted \"Yes Yes Iraq, No No Tehran Militias\" all night.", []string{"Iraq:Country", "Tehran:City"}},
		{"a quotation that is a sentence keeps its names", "\"Nadia Rahim Was Right,\" she said, and Nadia Rahim smiled.", []string{"Nadia Rahim:Person"}},
	})
}

// TestClauseAfterALabel: the clause after a label's colon capitalises its
// first word as a sentence does, so a common word there is no name.
func TestClauseAfterALabel(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a caption's common noun before a name", "Caption: Followers of Harith Dari march in Mosul.", []string{"Harith Dari:Person", "Mosul:City"}},
		{"a note's common word", "Note: Casualty figures could not be verified.", nil},
		{"a name after a colon is kept", "The cleric named his deputy: Harith Dari.", []string{"Harith Dari:Person"}},
	})
}
