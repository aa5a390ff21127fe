package extract

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-analyst/kg/seeds"
)

// Articles written for these tests, about the events of the seed article
// and what followed, each with a gold file of what a careful analyst
// marks in it (gold.go). testdata/dev holds the articles rules may be
// tuned on; testdata/test is frozen (TestTestSetFrozen). The scoring is
// EvaluateSet's, the one kg eval prints.

// evaluateSet scores testdata/SET.
func evaluateSet(t testing.TB, set string) SetReport {
	t.Helper()
	arts, err := ReadGoldSet(filepath.Join("testdata", set))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) == 0 {
		t.Fatalf("no gold files in testdata/%s", set)
	}
	seed, err := seeds.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	r, err := EvaluateSet(context.Background(), set, seed, arts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestHeldOutArticles holds extraction on the articles written for these
// tests: names found (a), new entities real (b), spellings resolved (c),
// stated links within two hops (d), typed pairs. Each dev article is
// logged with what it missed; each set is held as a whole to its floor.
// The dev set, which rules are tuned on, is held to devFloor, which tuning
// raises and nothing may lower; the frozen test set to what it scored when
// it was frozen (frozenFloor): it measures, it is not tuned for, so `go
// test -v` shows its totals only, as `kg eval` does without --show-frozen.
func TestHeldOutArticles(t *testing.T) {
	for _, set := range []string{"dev", "test"} {
		r := evaluateSet(t, set)
		for _, a := range r.PerArticle {
			if set == "test" {
				break
			}
			t.Run(a.File, func(t *testing.T) {
				logHeldOut(t, a, true, heldOutBar{noise: -1})
			})
		}
		floor := devFloor
		if set == "test" {
			floor = frozenFloor
		}
		t.Run(set, func(t *testing.T) {
			if failed := logHeldOut(t, r.Total, false, floor); failed != "" {
				t.Error(failed)
			}
		})
	}
}

// heldOutBar is what a held-out score must reach: (a), (b), (d), and,
// where the gold has rel lines, typed-pair recall and precision. A set's
// floor counts (b) as the new entities that are no name (noise, at most
// that many): a real new name resolved to a known entity instead is no
// loss, though it lowers the share.
type heldOutBar struct {
	found, real, spellings, linked, typedRecall, typedPrecision float64
	related                                                     float64 // links with a typed or open relation
	types                                                       float64 // gold names whose entity has the gold's type
	noise                                                       int     // at most; -1: not counted
	collisions                                                  int     // gold names read as one entity, at most
}

var (
	// devFloor is what the dev set scored when its gold was made to say how
	// (20 articles, 326 typed pairs, every rel line marked from the text
	// before tuning on it): far below the typed-recall target of 0.5, which
	// is what tuning works toward; typed precision holds its target of 0.9.
	// Its entity figures (540 names, 167 new entities, 110 spellings, 437
	// links) are floors too. Typed recall was 126/326 then; rules tuned on
	// the set raised it to 189/326, title rules ("Defense Secretary X"
	// heads the Pentagon the sentence names) to 192/326. Links with a
	// typed or open relation were 219/437 before reported speech ("X said
	// the Pentagon would") became an open relation, 226/437 after, 229/437
	// with title rules, 258/437 with a speaker linked to every name of
	// what he reports; typed recall 207/326 with offices of a body's parts
	// and accusations, related 274/437 with roles beside a name. "X-backed
	// militias" made a group in any article, and the five articles that
	// write one marked as the seed marks it (545 names, 332 typed pairs,
	// 446 links): typed 213/332, related 281/446; attacks on a group's
	// sites, who was met where and condemnations in said-clauses: typed
	// 220/332, related 287/446. Nine new entities were no name until
	// bylines, slogans, lone head words, titles before names, namesakes of
	// facilities, hyphenated places, flights with their airline, a
	// country's offices by its demonym and the parliament of the capital a
	// sentence names were read: none after, with 534/545 names found,
	// 410/446 links, typed 223/332, related 290/446. Missiles fired at a
	// base, parts of a state's forces, bodies named after their owner:
	// typed 226/332, related 293/446. Facts inside the names an article
	// writes (not those of known names written elsewhere), an agent's
	// attack event and a country's interests read as kg ingest reads:
	// 411/446 links, typed 227/332, related 295/446.
	// Open relations from descriptions, ", and" verb phrases, passives
	// and owners' things: related 300/446. A person at his resort,
	// warnings of what befalls a state's troops: typed 231/332,
	// related 302/446. What possessive pronouns own ("his office in
	// Najaf", "its founder, X"): related 309/446. Demonym rules and more
	// verbs: typed 233/332, related 311/446. A subject after a dateline,
	// "pressed them to back X": related 313/446.
	// What a group or state owns, placed: related 315/446.
	// Plural descriptions after "and", reported clauses ended by the
	// paper's adjuncts of time: related 317/446.
	// A relative clause closing a description: related 318/446.
	// Coordinated objects of any actor or place kind, participles after
	// a group's head noun, relative clauses of groups and their objects,
	// "talks between", the place of an act done to a person, phrasal
	// verbs (written against wirenews_test.go's sentences, not the set):
	// related 326/446. "The plane" as the craft named before: 412/446
	// links. Joint subjects ("A and B signed a deal"), participle
	// clauses of the subject (", accusing X of"), "urged citizens to
	// leave", a country's people by its adjective: typed 235/332,
	// related 328/446. Appositions of any role noun and of a titled
	// name before the verb, claim verbs opening a clause with "that", a
	// country's forces by its initials, relative clauses on a place
	// ("Kerman, where X was buried"): related 330/446.
	// A state's title alone ("At the direction of the President") as
	// its office, and the one article that writes it marked as the seed
	// marks "the Prime Minister": 535/546 names. Where an attack did its
	// harm ("the strikes killed three soldiers ... in Karbala"): typed
	// 236/332, related 331/446. An owner's act towards someone
	// ("Trump's ability to attack Iran"): related 332/446. A university
	// a facility, so it is placed and attended (written against
	// wire_test.go's sentences and an article of our own, not the set):
	// typed 238/332, related 333/446. An office's nouns before its
	// title ("named former communications minister X"), a description
	// without a name skipped before its verb, a direction after a place
	// that follows a preposition: related 336/446. "The capital" as the
	// seat of government named before, and who joined an event present
	// where it was: 414/446 links, typed 240/332, related 338/446.
	// A capital that acts or is addressed read as its state ("Washington
	// blamed X": the United States), and a gold link to the capital
	// related by what its state was read to do there: related 346/446.
	// Four articles in the seed's style (analytic summaries, no byline,
	// long sentences with participles and relative clauses) added with
	// gold marked before tuning: 24 articles, 648 names, 550 links, 412
	// typed pairs. The four alone scored 92/102 names, 58/104 links,
	// typed 16/80 (16/22 right), related 26/104; with them the set is
	// 627/648 names, 139/139 spellings, 472/550 links, typed 256/412,
	// related 372/550 (the 20 before alone unchanged: 535/546, 414/446,
	// 240/332, 346/446). Their events' names in the forms the articles
	// write them ("American drone strike", "the vote", not only "drone
	// strike", which they never write alone): 632/648 names, 146/146
	// spellings, 498/550 links, typed 270/412, related 390/550.
	// Type accuracy, held from here on: a new place with no head word
	// after "in", "at" or "near" a town (written against wire-shaped
	// articles of our own, testdata/wire): 621/629 (616 before; on the 20
	// articles before the seed-style four, 526/532 against 522).
	// Typed rules from conflict-news shapes (issue 11: "X met Y in Z",
	// "speaking at his Mar-a-Lago resort, X", "In Tehran, Iran's X said",
	// "said the strikes violated the country's sovereignty", "the
	// secretary of Ukraine's X, Y", "X has been blamed for"): typed
	// 277/412, related 393/550. "X, an Iranian-backed militia that
	// belongs to Y", "the founder of X and the deputy leader of Y", "the
	// deputy of X", "the Quds Force he led is a branch of", "ordered 3,000
	// soldiers of X": typed 283/412, related 397/550.
	// A body's mission led by someone, a place described as a centre of
	// something, a clause's pronoun, calls and interviews past the act's
	// object, "which he said was" (written against generality_test.go's
	// sentences first): typed 286/412, related 400/550 (on the 20
	// articles, measured before the four were added: 243/332 against
	// 240, 349/446 against 346).
	// A role set off after a name inside an event phrase ("the killing
	// of X, the commander of Y, who died in Z"), "asked X to": typed
	// 288/412, related 402/550. "X, the Y founder who served as deputy
	// chief of Z", "X said intelligence showed the plane had been brought
	// down by an Iranian missile": typed 290/412.
	// "X struck" an event of X's, what a verb's event answered read in any
	// article ("struck five sites on Sunday, in retaliation for a rocket
	// attack"), "the strikes" after "struck" that event, and targets one
	// of which holds the other one event's: 633/648 names, 147/147
	// spellings, 509/550 links, typed 294/412, related 406/550, types
	// 622/630 (the 20 articles before the four unchanged).
	// The last of a series of one subject's verb phrases ("vowed
	// revenge, declared mourning and appointed X", "... and said that"),
	// relative clauses whose object is the name before them, adverbs and
	// progressives in verb phrases, titles with "of", who travelled to meet
	// someone at a place: typed 297/412, related 413/550.
	// Passives after "had been" ("said he had been briefed at"), "who said
	// he" read as the one set off, "asked Western partners to share their
	// evidence with": related 415/550.
	// allied-troops-2020 (deployments by two states, a rocket attack
	// hours after another) added for issue 11's events: 649/664 names,
	// 151/151 spellings, 521/562 links, typed 297/415, related 418/562,
	// types 637/646; the 24 articles before it unchanged (633/648, 509/550,
	// 297/412, 415/550, 622/630).
	// Three wire-service articles of 10-14 January (sanctions on named
	// officials, Iran's admission that it shot down flight 752 and the
	// British ambassador's detention, the Europeans' dispute mechanism and
	// rockets at Camp Taji), gold marked before running the extractor on
	// them: alone they scored 60/63 names, 50/54 new entities real, typed
	// 18/36 (18/21 right), related 31/59; with them the set is 707/727
	// names, 5 new entities no name, 171/172 spellings, 575/621 links,
	// typed 313/451 (313/339 right), related 447/621, types 695/704 (the
	// 25 articles before them unchanged: 649/664, 521/562, 297/415,
	// 418/562).
	// Three newspaper pieces (pmf-succession, protest-premiership,
	// proxies-region: datelines, background paragraphs, analysts and
	// officials quoted) added for issue 11's relation share before any
	// tuning on them: alone they score typed 14/71 at 14/21, related
	// 32/91, the estimate of how kg reads unseen news; with them the set
	// is 748/768 names, 3 noise, 173/173 spellings, 592/653 links, typed
	// 313/486, related 452/653, types 732/745, the 25 articles before
	// them unchanged (649/664, 521/562, 297/415, 418/562, 637/646). The
	// 31 together: 806/831 names, 8 noise, 193/194 spellings, 646/712
	// links, typed 329/522 (329/363 right), related 481/712, types 790/803.
	// Four articles in shapes the set had few of (an AP dispatch with
	// photo captions and a contributors' line, a live page with
	// timestamps and headers, an Iranian state agency's item with ranks
	// and honorifics, a Kurdish outlet's item with ministries and
	// provinces), gold marked before tuning, added for issue 11's entity
	// precision. The four alone: 92/97 names, new entities 71/77 real,
	// types 86/91, typed 26/66 (26/29 right), related 31/81; the 31
	// before unchanged (806/831, 8 noise, 790/803, 329/522, 481/712).
	// The 35 together: 896/928 names, 12 noise, 216/219 spellings,
	// 711/793 links, typed 354/588 (354/392 right), related 510/793,
	// types 874/892.
	// A place spelled as it writes itself ("in Sulaimani", not
	// Soleimani), an acronym after a new name that ends in a known one
	// the new name's ("Patriotic Union of Kurdistan (PUK)"), no UN body
	// in "the KRG security council": spellings 217/219, no collision,
	// typed 355/588, types 876/892.
	// A body typed by its head word before "of" ("KRG Ministry of
	// Interior", "Joint Chiefs of Staff"), a legislature by "Assembly",
	// the world's bodies apart from a state's (and one true statement
	// the first marking missed, marked as such): types 878/892, typed
	// 356/589.
	// A clause's subject read past a description that names others or
	// holds a clause ("X, the deputy whom Y named ..., has held meetings
	// with ... in Z"), and a "whom" clause's subject acting on the one it
	// speaks of: related 485/712 on the 31, 514/793 on the 35.
	// Shapes the three wire articles showed, written against sentences of
	// our own (wirestories_test.go): a rank between a role and the name
	// set off after it, "told the BBC", a joint subject's participle
	// clause, where a detained person was, "demanded that X act", the
	// Treasury Secretary's title, "X, Iran's largest steelmaker": the
	// 35 typed 365/589 (365/402 right, no statement wrong that was not
	// before), related 522/793; the three wire articles alone typed
	// 27/36 (27/30 right), the 25 before them unchanged.
	// A body's name on through "of the" after its head word ("Office of
	// the President"), and a body and the person named right after it
	// apart ("Head of the Emergency Medical Services Pir-Hossein
	// Kolivand"): 898/928 names, 11 noise, 712/793 links, types 880/894.
	// "The Region" after the Kurdistan Region is that region: spellings
	// 218/219.
	// A second verb phrase joined by "and" past the first's names is the
	// clause subject's ("chaired a meeting ... in Erbil and urged
	// Baghdad and Tehran to"; two calls the first marking of
	// erbil-missiles-rudaw missed marked): typed 366/591 (366/403
	// right), related 524/793.
	// Analysts at their institutes ("X, a researcher at Chatham House in
	// London"), a body's title before its holder's rank and name
	// ("Spokesman of the IRGC Brigadier General X", "IRGC Commander Major
	// General X"), a chamber's speaker: typed 370/591 (370/407 right, no
	// statement wrong that was not before).
	// right), related 524/793. "he" after a phrase set before it ("In
	// December he refused to name X"): related 525/793.
	// The region's broadcasters in the World list ("told Kurdistan 24"),
	// and the gold's "told" marked as the set marks it: 899/928 names,
	// 714/793 links, types 881/895, typed 370/592.
	// What a group's relative clause says it holds ("X, which controls
	// much of Helmand province"), "X, the governor of Y", "the political
	// leader of X": typed 371/592 (371/409 right, one right more than
	// before and none wrong more).
	// Three articles in the seed's style (airport-killing-review,
	// missile-retaliation-review, expulsion-vote-review: weekday dates,
	// "City, Country" places, earlier events named again undated), gold
	// marked before tuning, scored at first: alone 85/87 names, typed
	// 36/91 at 36/38, related 52/109, 8 of 16 events; the set 733/751
	// names, 177/179 spellings (two collisions), 623/671 links, typed
	// 334/506, related 471/671, types 721/730; the 25 before unchanged.
	// The two collisions are the extractor's: Operation Martyr Soleimani
	// read as the drone strike, a Boeing 737 as the flight it was.
	// With the articles above, the set scores 983/1015 names, 10 noise,
	// 244/247 spellings, 816/902 links, typed 409/683 (409/449 right),
	// related 579/902, types 965/979.
	// "X came under attack from rocket fire" as an attack on X, a day
	// after "Baghdad, Iraq" as the event's, a rocket attack never "the
	// strike": on the 28 then, typed 335/506, related 472/671; on the
	// 38, 983/1015 names, 10 noise, 244/247 spellings, 816/902 links, typed 410/683 (410/450 right), related 580/902, types 965/97938.
	// A body's envoy to a place set off before the name ("The United
	// Nations envoy to Iraq, X"): typed 411/683 (411/451 right).
	// A strip a region, a name set off before its bearing from a city a
	// place, a "House" an institution, Sanaa in the World list, "which"
	// never a person's and a place after "in" no antecedent: 984/1015
	// names, 817/902 links, typed 414/683 (414/454 right), related
	// 582/902, types 968/980.
	// A known place inside a name a head word closes ("Carnegie Middle
	// East Center"), a centre where a scholar works an institution:
	// 985/1015 names, 8 noise, 819/902 links, typed 416/683 (416/456
	// right), related 584/902, types 969/981.
	// A known group's name with "movement", "party", "alliance" or "bloc"
	// after it another name of the group ("the Houthi movement"): 986/1015
	// names, 7 noise, 821/902 links, typed 418/683 (418/458 right),
	// related 586/902, types 970/982. A square a place, not a facility,
	// and in the city or region that owns it: types 974/982.
	// "Staff" a military body's head word ("the General Staff of the
	// Armed Forces"), never after a role and "of" ("Chief of Staff X"):
	// 989/1015 names, 4 noise, 824/902 links, typed 420/683 (420/460
	// right), related 588/902, types 977/985.
	// A 39th article, unseen and marked before tuning
	// (baghdad-balancing-2020, seed style): 1022/1051 names, 4 noise,
	// 251/254 spellings, 860/945 links, typed 428/723 (428/469 right),
	// related 600/945, types 1009/1018; the first 38 alone are unchanged.
	// war-powers-washington-2020 (a newspaper piece on Washington's week:
	// who told, urged, briefed, criticised and spoke with whom), gold
	// marked before tuning, added for issue 11's open relations: alone
	// 30/37 names, new entities 25/32 real, typed 7/22 (7/8 right),
	// related 14/47; with the first 38 alone 1020/1052 names, 8 noise, 256/259
	// spellings, 3 collisions (White House read as the House), 853/949
	// links, typed 425/705, related 602/949, types 1005/1016; the 38
	// before unchanged.
	// The two together, 40 articles: 1053/1088 names, 8 noise, 263/266
	// spellings, 3 collisions, 889/992 links, typed 433/745 (433/476
	// right), related 614/992, types 1037/1049.
	// militia-leaders-wapo-2020 (an explainer of who is who among the
	// Iran-aligned leaders: titles, roles, memberships, backers) added
	// for issue 11's roles, gold marked before tuning. Alone it scores
	// 33/33 names, typed 11/34 at 11/15, related 26/47; the 39 together
	// 1022/1048 names, 4 noise, 254/258 spellings, 865/949 links, typed
	// 430/717, related 612/949, types 1010/1018 (the 38 before
	// unchanged).
	// The 41 with it: 1086/1121 names, 8 noise, 273/277 spellings, 3
	// collisions, 930/1039 links, typed 443/779 (443/490 right), related
	// 638/1039, types 1070/1082.
	// k1-bases-reuters-2019 (a dateline, rocket attacks on bases nested
	// in provinces, units and where they are stationed) added for issue
	// 11's places, gold marked before tuning: alone 25/30 names, 23/25
	// new entities real, typed 7/32 (7/8 right), related 11/36, no event
	// with a node; the 38 before unchanged; with them alone, 39 articles:
	// 1014/1045 names, 6 noise, 248/251 spellings, 853/938 links, typed
	// 426/715 (426/467 right), related 598/938, types 999/1010.
	// The 42 with it (read in date order): 1111/1151 names, 10 noise,
	// 277/281 spellings, 3 collisions, 959/1075 links, typed 449/811
	// (449/497 right), related 648/1075, types 1092/1107.
	// convoy-aftermath-ap-2020, an AP dispatch on the airport strike's
	// aftermath (issue 11's event participants, marked before tuning):
	// alone typed 10/31 (10/12 right), related 16/37, its 29 December
	// airstrikes read into the 3 January strike's node; the articles
	// before it unchanged. The 43 with it: 1138/1180 names, 10 noise,
	// 284/288 spellings, 4 collisions, 990/1112 links, typed 461/842
	// (461/511 right), related 665/1112, types 1119/1134.
	// thirteen-days-guardian (a timeline-plus-analysis piece retelling
	// 27 December - 11 January with relative days and several names for
	// each event), gold marked before tuning, added for issue 11's events:
	// alone 31/35 names, 2 noise, typed 10/31 (10/14 right), related
	// 14/32, one collision ("the Kirkuk attack" and the siege one node);
	// the 38 before unchanged (989/1015, 4 noise, 244/247, 824/902,
	// 420/683, 588/902, 977/985). The 39: 1020/1050 names, 6 noise,
	// 253/256 spellings, 851/934 links, typed 430/714 (430/474 right),
	// related 602/934, types 1008/1016, three collisions.
	// The 44 with it: 1169/1215 names, 12 noise, 293/297 spellings, 5
	// collisions, 1017/1144 links, typed 471/873 (471/525 right, below
	// 0.9 by its four wrong before tuning), related 679/1144, types
	// 1150/1165.
	// A state's organ named by the state's adjective or "of" the state
	// ("the Iraqi parliament", "the Iraqi Foreign Ministry") part of it,
	// a speaker not also the head of his chamber, and the two articles
	// whose first marking missed "the Iraqi parliament" is Iraq's marked
	// as the set marks it: 932/1041 links, typed 451/781 (451/497
	// right), related 645/1041 (on the gold before: 449/779, 643/1039).
	// On the 44: 1022/1146 links, typed 482/875 (482/535 right), related
	// 690/1146.
	// Bases and the states and groups whose troops they host ("X, which
	// hosts U.S. troops", "where Australian troops train", "U.S. troops
	// stationed at X"), a base's kind before "near" ("the K-1 military
	// base near Kirkuk"), a unit at its home base, "which is based at"
	// (places.rules, written against places_test.go's sentences), and two
	// true statements the first marking missed marked as such: on the 42 then, 961/1077
	// links, typed 459/813 (459/507 right), related 657/1077.
	// On the 44: 1024/1148 links, typed 492/877 (492/545 right), related
	// 699/1148.
	// Who a killing killed, past titles, roles, descriptions, companions
	// ("along with") and lists closed by "and eight others"; a relative
	// clause no comma sets off describes no owner: typed 497/877
	// (497/549 right), related 704/1148.
	// A participle phrase set before the subject ("Speaking by phone
	// with X, Y asked"; "After briefing X, Y"), "he" after ", and" the
	// subject of the clause before, a second verb's objects in a series
	// and after a request ("asked X to ... and urged A, B and C to"),
	// the one told with a description set off ("told X, the British
	// foreign secretary, that"), "spoke with X and with Y", Britain as a
	// country, not an adjective (written against fronted_test.go's
	// sentences): on the 40 articles then, typed 436/745 (436/479
	// right), related 625/992; on the 44, typed 500/877 (500/552 right,
	// no statement wrong more), related 715/1148.
	// Reactions to an event a pronoun names ("condemned them", "welcomed
	// it") and "a vicious assault" a condemnation: typed 503/877
	// (503/555 right), related 720/1148.
	// A state's ministry in lower case after its possessive or demonym
	// ("Iraq's foreign ministry", "the Iraqi defence ministry"), a council
	// a state's by "of Representatives", "Ministers" or "Judicial", the
	// Council of Representatives Iraq's parliament and the KRG known, on
	// the 44 with main at 8e7d753 (1171/1215 names, 1024/1148 links,
	// typed 492/877 at 492/545, related 699/1148, types 1152/1167):
	// 1173/1215 names, 10 noise, 1028/1148 links, typed 494/877 (494/547
	// right), related 701/1148, types 1155/1169.
	// With eb012ca's killings and roles: 1173/1215 names, 1028/1148 links,
	// typed 499/877 (499/551 right), related 706/1148, types 1155/1169.
	// With 4cf36f0's open relations too: 1173/1215 names, 1028/1148
	// links, typed 502/877 (502/554 right), related 717/1148, types
	// 1155/1169.
	// Rebased: the higher of the two floors on each line.
	// A companion set off after a name (", together with X, the deputy
	// head of Y") or the sentence's own verb phrase no aside about the
	// name: typed 484/875 (484/535 right, two wrong now right), related
	// 692/1146; on the eventargs work landed before it, typed 497/877 ->
	// 499/877 (499/549 right), related 704/1148 -> 706/1148; on the open
	// relations across clauses (4cf36f0), typed 500/877 -> 502/877
	// (502/552 right), related 715/1148 -> 717/1148.
	// Measured again on main's newer work at landing.
	// Where an attack killed its victims ("the drone strike that killed X
	// and Y at Baghdad International Airport") and an attack at a city's
	// airport or base ("the strike at Baghdad's airport"): before the rule above, typed 496/877
	// (496/549 right), related 703/1148.
	// With both: typed 501/877 (501/553 right), related 708/1148.
	// Together: 1024/1148 links, typed 504/877 (504/556 right), related 719/1148.
	// Together: 1024/1148 links, typed 507/877 (507/559 right), related 724/1148.
	// Together: 1028/1148 links, typed 511/877 (511/561 right), related 728/1148.
	// A reporting participle after the subject's act (", saying X had",
	// ", arguing that"), its subject titled ("Secretary of State X"), and
	// a relative clause that reports (", who told the chamber that"), to
	// its comma: typed 512/877 (512/562 right), related 731/1148.
	// Roles and backing set off after a name: "X, an Iranian proxy", "X,
	// Iran's main proxy", "a proxy of Iran", "a senior figure in Y", "named X,
	// Y's deputy, to lead Z", "the Fatah alliance, the political wing of the
	// PMF led by X": typed 507/877 -> 513/877 (513/563 right, none wrong
	// more), related 724/1148 -> 728/1148.
	// Measured again on main's newer work at landing.
	// "The siege" no longer an attack's anaphor, and "the attack" after a
	// sentence whose event answered another ("in retaliation for the
	// killing of X by a drone strike") that sentence's event: typed
	// 486/877 (486/539 right; two true statements the first marking of
	// thirteen-days-guardian missed marked), related 691/1146, collisions
	// 3, event nodes 29 -> 26, shared 4 -> 3. Lowered, and only by what
	// a wrong node had counted: thirteen-days-guardian's "The siege" had
	// been found as a name only because it resolved to the Kirkuk
	// attack's node (one of the shared nodes, a collision), with its two
	// links and its type; now it resolves to nothing: 1170/1215 names,
	// 292/296 spellings, 1020/1146 links, types 1151/1166.
	// Rebased on main at 5db093b (1173/1215 names, 293/297 spellings,
	// 1028/1148 links, typed 511/877 at 511/561, related 728/1148, types
	// 1155/1169, 5 collisions): 1172/1215 names, 292/296 spellings,
	// 1026/1148 links, typed 516/879 (516/566 right), related 729/1148,
	// types 1154/1168, 3 collisions; lowered only by the siege's name
	// above.
	// Again on eaf110e (typed 512/877 at 512/562, related 731/1148):
	// typed 517/879 (517/567 right), related 732/1148, the rest as above.
	// Measured again at landing, on main's newer work.
	// Who was briefed, received or treated somewhere ("X, who said he had
	// been briefed at Mar-a-Lago", "X, whom Trump had briefed at"):
	// Together: 1026/1148 links, typed 525/879 (525/575 right), related 737/1148.
	// An event a pronoun subject names answers the one its clause names
	// ("they were retaliation for"): typed 527/879 (527/577 right),
	// related 739/1148.
	// "In Baghdad, caretaker Prime Minister X", "In Tehran, President X":
	// the head of the capital's state (option seat), and the one article whose
	// first marking missed the Supreme Leader so named is Iran's marked as
	// the set marks it: typed 518/877 -> 522/878 (522/572 right), related
	// 735/1148 -> 739/1149 (on the gold before: 521/877, 738/1148).
	// Measured again on main's newer work at landing.
	// Irregular pasts ("broke with", "withdrew from"), "the cleric X" as
	// X's title, "twice" before a verb, a description with a capital or a
	// clause and no name read past ("X, a Kurd whose office is largely
	// ceremonial, has twice rejected"): related 747/1149 (743 before).
	// A person's middle initials and generation suffix the plain name's,
	// "MP" no name, the world's capitals and the CIA known: 1173/1215
	// names, 7 noise, 293/297 spellings, 1029/1149 links, types 1157/1169.
	// Rebased: the higher of the two floors on each line.
	// A retrospective's weekdays counted from the day its narrative
	// stands at ("On Saturday" after 3 January is 4 January): 9 noise.
	// Measured again at landing, on main's newer work.
	// related 739/1148. "Trump ordered it", "Iran denied them": typed 532/880 (532/582 right),
	// related 748/1149.
	// Who held, chaired, addressed or led a gathering somewhere, and who
	// camped or marched there ("X chaired a meeting of Y in Erbil", "a
	// graduate who has camped in Tahrir Square"):
	// Together: 1029/1149 links, typed 535/880 (535/585 right), related 750/1149.
	// A known person's name a particle or a hyphen carries on is someone
	// else's ("Sheikh Abdul-Mahdi al-Karbalaei"): 1174/1215 names,
	// 1031/1149 links, types 1158/1170.
	// Rebased: the higher of the two floors on each line.
	// militia-leaders-wapo-2020's two memberOf lines from an office-holder
	// to his state (Iraq, the United States) taken out: the schema's memberOf
	// ranges over organizations, so no extraction may state them. Typed
	// 535/880 -> 535/878.
	// "Also killed was X", "Among the dead were X and Y" add victims to
	// the killing told before: typed 537/878 (537/587 right),
	// related 752/1149.
	// Where one travelled to meet someone at a facility holds it, and who
	// travelled with him was there ("flew to Florida with X to brief Trump
	// at his Mar-a-Lago resort"):
	// Together: 1032/1149 links, typed 540/878 (540/590 right), related 755/1149.
	// A role stated by "is" or "was", past an apposition ("X, the founder
	// of Y, was the deputy chief of Z"): typed 535/878 -> 536/878 (536/586
	// right), related 750 -> 751.
	// Measured again on main's newer work at landing.
	// sadr-march-2020, a piece in the seed's style the lead wrote and
	// marked while the session's rules were being written, held back from
	// them and added at its end: alone typed 13/33 (13/14 right), related
	// 17/39. The 45 with it: 1202/1244 names, 6 noise, 301/305 spellings,
	// 1065/1188 links, typed 555/911 (555/606 right), related 774/1188,
	// types 1184/1198, two collisions; the 44 before it unchanged.
	// successors-review-2020 (seed style: who took over the Quds Force,
	// the PMF, Kataib Hezbollah's statements and Iraq's premiership after
	// 3 January), gold marked before tuning, added for issue 11's roles:
	// alone 34/35 names, typed 13/26 (13/13 right), related 18/40. The 46
	// with it: 1236/1279 names, 6 noise, 311/315 spellings, 1101/1228
	// links, typed 569/937 (569/620 right), related 793/1228, types
	// 1218/1232, two collisions; the 45 before it unchanged.
	// protest-militias-review-2020, a piece in the seed's style on the
	// protest movement and the militias (open2), marked before any tuning
	// on it: alone typed 2/18 (2/4 right), related 9/27, 31/31 names. The
	// 46 with it but not successors-review-2020: 1233/1275 names,
	// 1092/1215 links, typed 558/929 (558/610 right), related 784/1215;
	// the 45 before it unchanged. The 47 with both: 1267/1310 names, 6
	// noise, 321/325 spellings, 1128/1255 links, typed 571/955 (571/623
	// right), related 802/1255, types 1249/1263, two collisions.
	// asad-injuries-ap-2020, an AP-style dispatch on the two weeks after
	// the Ain al-Asad strike, written and marked before any rule was tuned
	// on it: alone typed 12/26 (12/16 right), related 15/34; the articles
	// before it unchanged. The 48 with
	// it: 1297/1344 names, 8 noise, 328/333 spellings, 1149/1289 links,
	// typed 582/981 (582/637 right), related 814/1289, types 1277/1293,
	// two collisions.
	// coalition-bases-2020, a piece in the seed's style on where American
	// and coalition forces sat in Iraq in January 2020, marked before any
	// rule was written for it: alone names 38/47, typed 10/44 (10/15
	// right), related 15/53. The 46 with it: 1241/1291 names, 7 noise,
	// 309/314 spellings, 1100/1241 links, typed 566/955 (566/621 right),
	// related 789/1241, types 1221/1237; on the 45 before it, one wrong
	// statement fewer (camp-taji-2020's "Usbat al-Thaireen conducted U.S.
	// strikes", whose pair it had counted as related: 774/1188).
	// devFloor measured again with every article on main at landing.
	// world-reaction-reuters-2020, a Reuters-style reaction roundup marked
	// by hand before any tuning on it (stance): alone typed 18/45 (18/22
	// right), related 26/50, 34/36 new entities real. The 46 with it:
	// 1240/1287 names, 7 noise, 308/312 spellings, 1098/1238 links, typed
	// 574/956 (574/629 right), related 801/1238, types 1222/1236, two
	// collisions; the 45 before it unchanged (typed 556/911, 556/607 right).
	// With every article on main at landing: 1376/1434 names, 9 noise,
	// 343/349 spellings, 1219/1392 links, typed 611/1070 (611/674 right),
	// related 855/1392, types 1354/1372, two collisions.
	// nyt-buildup-analysis-2020 (who was sent where in the U.S. build-up
	// of January 2020), written and marked before any rule was tuned on
	// it: alone typed 8/33 (8/8 right), related 11/39, 3 of 26 new
	// entities no name. The 46 with it: 1235/1278 names, 8 noise,
	// 308/312 spellings, 1100/1227 links, typed 564/944 (564/615 right),
	// related 786/1227, types 1216/1231; the 45 before it unchanged.
	// With main's newer work at landing: 1409/1468 names, 11 noise, 350/356 spellings,
	// 1254/1431 links, typed 619/1103 (619/682 right), related 866/1431,
	// types 1386/1405, 2 collisions.
	// A state's force named by its adjective in lower case ("Iraqi
	// security forces") part of the state in every article that writes
	// it, though an earlier document made it; the two articles whose
	// first marking left it out marked as the set's three others mark it:
	// on the 49 articles then, 1186/1342 -> 1188/1344 links, typed
	// 593/1025 -> 598/1027 (598/657 right: the five new statements all
	// right), related 829/1342 -> 833/1344; on the 51 at landing,
	// 1254/1431 -> 1256/1433 links, typed 619/1103 -> 624/1105 (624/687
	// right), related 866/1431 -> 870/1433.
	// Places nested in places (issue 11, places2, written against
	// sentences of our own in places_test.go): a square in its city
	// ("Tahrir Square in Baghdad", "Tahrir Square, Baghdad"), "the Jadriya
	// district of Baghdad", "the Green Zone of Baghdad", "in his hometown
	// of Kerman", a unit from its home base; lists of places ("in Anbar,
	// Baghdad and the Kurdistan region") and "X and the base at Y" nest
	// nothing: typed 593/1025 -> 598/1025 (593/652 -> 598/653 right: five
	// right more, four wrong fewer), related 829 -> 834/1342.
	// The lead's bases, border towns and hospitals in the built-in list
	// (Balad, Camp Taji, K-1, al-Qaim, Walter Reed ...): 1410/1468 names,
	// 1259/1433 links, typed 631/1105 (631/692 right: 2 more right, and
	// "Balad air base, north of Baghdad" now locatedIn Baghdad by
	// place-in-place, as k1-bases-reuters-2019's gold holds for Camp Taji
	// and the two golds that write Balad so do not), related 880/1433,
	// types 1390/1405.
	// A definite event noun stands for the event its own sentence named
	// before it ("a rocket attack hit the embassy; X condemned the
	// attack"); a reference keeps its event in view for the next
	// sentence; "the attack" reaches two sentences back where no other
	// event was named since: typed 631/1105 -> 634/1105 (634/695 right),
	// related 880 -> 884/1433, links 1259 -> 1260/1433; events unchanged.
	// A body's title before its holder with nothing or a bracketed
	// acronym between ("Head of the Emergency Medical Services X",
	// "Commander of the Islamic Revolution Guards Corps (IRGC) Major
	// General X") and a deputy "who had served as" another's (written
	// against bodyTitleCases, not the set): typed 624/1105 -> 627/1105
	// (627/690 right; the three new statements all right), related
	// 870/1433 -> 872/1433; with the nested places above, typed 629/1105
	// -> 632/1105 (632/691 right), related 875/1433 -> 877/1433; with the
	// built-in bases too, typed 631/1105 -> 634/1105 (634/695 right),
	// related 880/1433 -> 882/1433; with events found in their own
	// sentence, typed 634/1105 -> 637/1105 (637/698 right), related
	// 884/1433 -> 886/1433.
	// Deployments in the shapes news writes them ("Germany and Canada
	// have begun moving some of their soldiers to Jordan and Kuwait", "has
	// about 5,200 troops in Iraq, many of them at Ain al-Asad", "the
	// deployment of 3,500 troops from the 82nd Airborne Division to
	// Kuwait"), each subject with each object, and no object across a new
	// clause (", and Croatia moved"): typed 619/1103 -> 634/1103 (634/698
	// right), related 866 -> 880/1431.
	// With main's newer work at landing: 1410/1468 names, 10 noise, 354/357 spellings,
	// 1260/1433 links, typed 654/1105 (654/716 right), related 901/1433,
	// types 1392/1406, 2 collisions.
	// A subject's participle after "after", "before" or "while" in its
	// clause ("crashed minutes after taking off from X"), and a subject
	// after a time phrase ("Hours after the strike,"): related 802 -> 804
	// on the 47 articles then; on the 51 with a body's title before its
	// holder, 886 -> 888/1433, the rest unchanged.
	// At landing on main then: related 901 -> 903/1433, the rest unchanged.
	// embassy-militias-2019 marks where the U.S. strikes struck ("hit five
	// Kataib Hezbollah facilities in Iraq and Syria"), as two other golds
	// do: two statements read before counted right (links 1258/1435).
	// "Union III, the coalition's headquarters in Baghdad": typed 633/1107
	// (633/690 right: two more right), related 879/1435.
	// "He" after ", and" and a phrase of time ("and on 24 January he
	// withdrew his supporters from X") is the clause's one person, or the
	// sentence's subject: related 903 -> 904/1433.
	// At landing on main then: related 907 -> 908/1435, the rest unchanged.
	// A person's bloc or party written as his ("Sadr's Sairoon bloc",
	// written against ownersPartyCases, not the set): typed 658/1107 ->
	// 659/1107 (659/719 right), related 907/1435 -> 908/1435; with "he"
	// after ", and", related 908/1435 -> 909/1435.
	// An act under way after a subject's description ("X, who had just
	// arrived from Y, was travelling in a convoy with Z"): related 908 ->
	// 909/1435.
	// At landing on main then: related 909 -> 911/1435, the rest unchanged.
	// Stance (capitals called on, four gold lines where Washington blamed
	// Kataib Hezbollah, qualified denials, threats to a state's forces in
	// reported speech, a clause's act answering an event): 13 more right
	// typed pairs, none wrong.
	// Measured again at landing (main e0c8dcb with the stance rules):
	// typed 659/1107 -> 672/1110 (659/719 -> 672/728 right), related
	// 911 -> 917/1435.
	// Undated events held to the places the text puts them at ("near
	// Kirkuk", "in Iraq and Syria"), "the strike" kept to the last strike
	// named in the singular, and the gold of convoy-aftermath-ap-2020
	// given the "United States conducted U.S. airstrikes" its text states
	// as it states the drone strike's (one rel, one link): on the 48
	// articles then, typed 583/638 -> 585/640 (584/640 against the old
	// gold), 293/301 new entities real (the same 8 noise, the K-1
	// attack's extra node gone); on the 51 at landing with main's rules
	// of then: links 1266/1436, typed 674/1111 (674/730 right), related
	// 919/1436, one collision (main's floor then 1262/1435, 659/1107,
	// 659/719, 911/1435).
	// Who was where, in more of the shapes news writes it ("In Tehran on
	// Monday, X wept", "at the University of Tehran, where X and Y were
	// among the mourners", "announced the measures at the White House
	// alongside X"): typed 654 -> 658/1105 (658/720 right), related 901
	// -> 905/1433.
	// With main's newer work at landing: 1410/1468 names, 10 noise, 354/357 spellings,
	// 1266/1436 links, typed 678/1111 (678/734 right), related 923/1436,
	// types 1392/1406, 1 collisions.
	// An operation's name the event it names ("named the attack
	// Operation Martyr Soleimani"): related 919 -> 920/1436, the same 10
	// noise among 313 new entities (the operation's node gone); on main
	// at landing, related 923 -> 924/1436, spellings 355/357.
	// The lead's "no particle is a noun owned" (appositions.go) removes
	// "iraq says/soldiers-out-of germany", read backwards from "Germany
	// moved 35 of its soldiers out of Iraq", which had counted a gold pair
	// as related: 924 -> 923.
	// The lead's family names ("Mohammed Ali al-Houthi" is a man, not the
	// Houthis): names 1411/1468, typed 680/1111 (680/735 right), related
	// 925/1436, linked 1268/1436, types 1393/1407.
	// Who spoke where, and the White House as the building where an
	// article names it only as a place: typed 688 -> 699/1112 (699/752
	// right), related 930 -> 933/1436, types 1393/1407 -> 1398/1408.
	// Roles read past where-clauses and name lists, and a government
	// governs its country in two golds: typed 699 -> 703/1112 (703/753).
	// Attacks on the sites a group owns past a day set off before the aim
	// ("air strikes on Sunday, December 29, against five facilities of
	// X"), where those sites are, "X was the target of E", and one gold
	// line added (militia-leaders: the United States attacked Kataib
	// Hezbollah): typed 682/1111 -> 686/1112 (686/741 right), related
	// 927 -> 930/1436; on main at landing typed 707/1113 (707/757
	// right), related 936/1436.
	// Presence from a clause's own verb phrase ("has held meetings with
	// militia leaders in Baghdad", "ordered the strike from his resort in
	// Florida"): typed 699 -> 701/1112 (701/754 right); on main at
	// landing 707 -> 709/1113 (709/759 right).
	// A place a sentence opens with ("In Iraq, rockets struck Camp Taji,
	// which hosts ...") is no apposition's head: typed 709 -> 710/1113
	// (710/760 right), related 936 -> 937/1436.
	// Salience (salience.go): a reference prefers a subject, of its own
	// sentence, then of the one before, to a nearer object: typed
	// 682 -> 683/1111 (683/738 right), related 927 -> 929/1436; on main
	// at landing (8dbf4fa) typed unchanged (710/1113), related 937 ->
	// 938/1436, world-reaction's Flight 752 no longer split in two.
	// Session offices: office holders (offices.go), and 65 holdings the
	// gold had left out ("President Donald Trump" heads the United States,
	// as the seed marks it; each marked in its .gold file): typed
	// 707/1113 -> 724/1178 (724/774 right), related 936 -> 944/1436; on
	// the gold as it was, typed 720/1113 (720/774 right). On main at
	// landing typed 710/1113 -> 727/1178 (727/777 right), related 937 ->
	// 946/1436, names 1413/1468, linked 1271/1436, types 1399/1409.
	// The clause reader (clausegap.go: a subject's verb past what is set
	// off or said of time, titles before a person it speaks of) and two
	// gold lines the text plainly says (an appointee reportsTo who
	// appointed him; a man seen outside the embassy's compound): typed
	// 682/1111 (682/737 right) -> 687/1113 (687/742 right), related
	// 927 -> 928/1436; on main at landing typed 727 -> 732/1180 (732/782
	// right), related 946 -> 947/1436.
	// Events told by count and impact verb, by an unnamed agent, and
	// undated ones placed: names 1413 -> 1415/1468, linked 1271 ->
	// 1279/1436, typed 710 -> 711/1113 (711/761 right), related 938 ->
	// 940/1436, types 1399/1409 -> 1401/1411.
	// Roles past "Iran-backed", chief spokesmen, other factions: typed
	// 703/1112 -> 705/1112 (705/754 right); on main at landing (88ead71)
	// typed 710 -> 712/1113 (712/762 right).
	// On main at landing: typed 732 -> 734/1180 (734/784 right).
	// Who reads a message for someone somewhere ("a sermon read by his
	// representative, X, in Karbala"), and "In Karbala, a representative
	// of Sistani, X," placing X, not Sistani: typed 710 -> 713/1113
	// (713/762 right), related 937 -> 941/1436 (with main's newer work:
	// names 1413/1468, links 1271/1436, types 1399/1409).
	// On main at landing (4202688): typed 735 -> 738/1180 (738/787
	// right), related 949 -> 952/1436.
	// A state's or an armed group's possessive before an attack at no
	// named target says who carried it out ("Iran's missile strikes on
	// two Iraqi bases"): names 1412 -> 1413/1468, linked 1269 ->
	// 1278/1436, typed 707 -> 713/1113 (713/764 right), related 936 ->
	// 942/1436, types 1399/1409; on main at landing names 1414/1468,
	// linked 1280/1436, typed 716/1113 (716/767 right), related
	// 944/1436, types 1400/1410.
	// 942/1436, types 1399/1409. What missiles were fired at is their
	// target, not their place: two wrong statements fewer. On main at
	// landing: names 1414/1468, linked 1280/1436, typed 738/1180
	// (738/787 right), related 953/1436, types 1400/1410.
	// A threat of harm to a state's forces threatens the state ("vowed
	// revenge against American forces"; acts.rules threat-against-forces,
	// also past a subject's gap): typed 732 -> 733/1180 (733/783 right);
	// on main at landing typed 744 -> 745/1180 (745/793 right).
	// On main at landing: typed 732 -> 735/1180 (735/785 right).
	// At the head or helm of a body, whom X named to lead it, a coalition's
	// bloc: typed 735 -> 738/1180 (738/788 right), related 949 -> 951/1436.
	// A participle of speaking set off after a person's clause
	// ("Salami vowed revenge, addressing a crowd of mourners in the city
	// of Kerman"): typed 738 -> 739/1180 (739/788 right), related 952 ->
	// 953/1436.
	// Raised at landing (whereabouts) to the dev figures measured then.
	// Session entities3 added three articles (Erbil's leaders, the funeral
	// through the shrines, the oil market and the Gulf's, Israel's, the
	// UN's and Nato's reactions), marked before tuning; the ratios fell
	// only because they were added (the 51 old articles alone are
	// unchanged); the three alone: names 105/130, noise 14, typed 21/96
	// (21/30 right), related 39/132.
	// On main at landing (65ef5d0): names 1520/1598, noise 22, typed
	// 762/1276 (762/818 right), related 993/1568.
	// A built thing's head word kept in its name ("the Kadhimiya shrine",
	// "Harir base", "the shrine of Imam Reza"), and one rel line the text
	// plainly says (Harir base): names 1518 -> 1524/1598, noise 22 -> 16,
	// typed 751/1274 -> 754/1275 (754/811 right), related 986 -> 990/1568.
	// On main at landing (33621f2): names 1527/1598, noise 16, typed
	// 776/1277 (776/831 right), related 1006/1568.
	// A deputy's title before a name is a member's; one gold line a
	// deputy commander does not lead taken out: typed 748/1180 -> 748/1179.
	// The Peshmerga known, a region's presidency, an oil terminal and a
	// "Ministry of X Affairs" read whole: names 1527 -> 1529/1598, noise
	// 16 -> 14, types 1508/1523 -> 1512/1525. "Special" opening an
	// envoy's title ("the UN Special Representative for Iraq"): noise 13.
	// 16 -> 14, types 1508/1523 -> 1512/1525.
	// No apposition read across a semicolon (a list's next item): typed
	// 776 -> 777/1276 (777/831 right).
	// The eval reads a gold event no mention names exactly as the event a
	// mention names that starts with its form ("ballistic missile attack
	// on Ain al-Asad air base"), as the event counts do: 13 more gold
	// events found, and their statements judged, right and wrong: names
	// 1529 -> 1542, linked 1381 -> 1418, typed 777/831 -> 794/852 (the
	// precision floor follows the measure: 4 of the 21 newly judged
	// statements are wrong), related 1006 -> 1024, types 1512/1525 ->
	// 1525/1538, names written several ways one entity 387/389 -> 391/394
	// (one event's longer forms reach two nodes). No rule changed.
	// "Its"/"their" before a state body's name is the state the clause
	// or the sentence before is about ("Its Foreign Ministry"): typed
	// 794/852 -> 796/854, related 1024 -> 1026. An attack on "its bases"
	// targets the group that is the clause's subject, and the first name
	// after a wire dateline leads its clause: typed 796/854 -> 798/856,
	// related 1026 -> 1027. An open relation's object with its count
	// ("moved 35 of its soldiers out of"): related 1027 -> 1028. "Told
	// reporters at the Pentagon": related 1028 -> 1030. A speaker who
	// told a named outlet, or who is set off by "who", that an event was a
	// crime condemns it, and a government calling its own act a mistake
	// does not: typed 880/936 -> 882/937. A clause's verb phrase whose
	// object runs long or past names, compacted to its head nouns ("met
	// heads at headquarters in"): related 1049 -> 1052. An attack on
	// sites "controlled by" a group told by its weapons or by what it
	// answered with ("retaliated with airstrikes against"), and no
	// earlier attack of the agent's given that target: typed 882/937 ->
	// 884/938, related 1052 -> 1053.
	// Four gold lines the text plainly says and the other golds mark
	// ("Iran's Revolutionary Guards" partOf Iran, "the Iraqi parliament"
	// partOf Iraq, "Senator Lindsey Graham" memberOf the Senate, a "deputy
	// head" memberOf, not leads).
	// A compass bearing ("Balad Air Base, north of Baghdad") places
	// nothing inside what it is measured from, a zone is in no building,
	// "X, home to Y" places Y in X, bases set off as someone's are run by
	// them, and roles (bare "speaker of", "led by former president X",
	// "the group's head of protocol", a proxy's examples past "of NAME"):
	// with the four gold lines above, typed 888/1278 -> 897/1281 (888/942
	// -> 897/939 right), links 1429/1570 -> 1432/1573, related 1057 ->
	// 1061/1573.
	// A state that still holds a group responsible accuses it, and so
	// does one a description's relative clause says blames it: typed
	// 897/939 -> 899/941, related 1061 -> 1063.
	// A person's own people after the possessive with no comma
	// ("Soleimani's daughter Zeinab Soleimani"): related 1063 -> 1065.
	// An event during another ("a stampede during the procession") takes
	// its day and place: names 1542 -> 1543, types 1525/1538 ->
	// 1526/1539, typed 899/941 -> 901/943, links 1432 -> 1433, related
	// +3.
	// One who calls for a state's forces to leave, or for a march
	// against its presence, opposes the state; one dev gold line the
	// text plainly says (pm-designate): typed 901/943 -> 904/945,
	// related 1066 -> 1070.
	// A facility's stored name places it only where this text writes it
	// ("the U.S. Embassy" says no Baghdad), and "backed by X and by Y"
	// names two backers: typed 904/945 -> 904/940 right (five wrong
	// fewer, one right each way).
	// Compacted verb phrases also from a reported clause's subject and
	// after "and": related 1070 -> 1072.
	// A verb of stance after and that returns to the clause's subject
	// past a clause of another (returning.go): typed 904/940 -> 906/942,
	// related 1072 -> 1073.
	// A stance taken by way of an act (responded by threatening Iraq):
	// typed 907/943 -> 908/944, related 1074 -> 1074.
	// Guards (precision, guards_test.go): no district, city or state
	// inside a building, whatever rule reads it; a verb joined by "and"
	// after what a name qualifies, a headline's noun ("Iran strike"), a
	// participle's place object; an event "on" a place's possessive
	// struck the place owned; an attack dated "after" an event of its
	// kind is another; an outlet's speaker in its own clause; the bearing
	// of a reference ("north of the capital"): typed 907/943 -> 910/941
	// right on c162ccb, related 1074 -> 1077. 16 gold lines the text plainly says
	// and other golds mark in the same words added, three "north of
	// Baghdad" lines taken out (marked # in the golds): 926/1294 at
	// 926/942.
	// Evidence told at length that a state's weapon downed a craft
	// accuses the state: typed 928/944 -> 930/946, related 1079 -> 1079.
	// A body's initials in parentheses after its name ("the Kurdistan
	// Democratic Party (KDP), led by") read as if not written: typed
	// 930/946 -> 932/948, related 1079 -> 1080.
	// "Iran's new Quds Force commander": the word after the possessive
	// qualifies the role, the force is the state's: typed 932/948 ->
	// 933/949, related 1080 -> 1081.
	// Capitals after a noun of strain are their states; one dev gold
	// line corrected (protest-militias-review): typed 933/949 ->
	// 934/950, related 1081 -> 1082.
	// Guards (precision): a nationality adjective opening a title after a
	// place ("In Kyiv, Ukrainian President X") is no place it is in; a
	// relative clause of a noun inside the predicate ("seen in the crowd
	// that stormed") is not the subject's act; "Iran Air Flight 655" is
	// not Iran's: typed 932/948 -> 932/944 right on cc583d0; on
	// 1bbf79a 934/950 -> 934/946.
	// "X, former leader of Y" leads Y no more (the lead, session 25):
	// typed 934/946 -> 933/945, related 1082 -> 1081. The one lost is
	// right for a wrong reason: pm-designate's "he was Abu Fadak,
	// the former secretary-general of the militia" read as leading it,
	// where the gold's "leads" is his being named its new commander.
	// Five articles join the set (session 26): blind2, written blind by
	// a helper in session 24 and kept outside the repository as the
	// measure of unseen text for two sessions, retired here while a new
	// blind set is written to take its place. Its gold is as its writer
	// made it, save two event labels: 59 articles, typed 998/1416 at
	// 998/1021, related 1166/1752. One gold line the writer missed
	// ("President Donald Trump" headOf the United States in
	// funerals-stampede-ap): typed 999/1417 at 999/1021.
	// An address to an audience from a building ("addressed the nation
	// from the White House"), a night slept in a square, and those behind
	// or beside a speaker at a place ("with Vice President Mike Pence and
	// Defense Secretary Mark Esper behind him"): typed 999 -> 1003/1417
	// at 1003/1025, all four new statements right.
	// A description after an aside is the nearer name's ("X walked with
	// Y, the leader of Z"); "the base at Erbil" is no base the text set
	// elsewhere (names6): two wrong statements fewer, typed 1003/1417 at
	// 1003/1023.
	// A verb phrase's second object or phrase after "and" ("at the
	// base in Anbar and at a base near Erbil"): related 1166 -> 1171/1752.
	// A thing said or felt as a subject's head ("the movement's slogans
	// have targeted Washington") makes its owner attack no one: 1003/1021.
	// Careers and affiliations in profiles (a group loyal to a person is
	// his; a past "served as secretary-general of" is a member's):
	// three right statements more, one wrong fewer: typed 1006/1417 at
	// 1006/1023, related 1171 -> 1173.
	// The shrine, square or zone a "where" clause on a city takes its
	// people to ("Mashhad, where mourners packed the shrine of Imam
	// Reza"): three right statements more, typed 1009/1417 at 1009/1026;
	// related 1176/1752 with main's newer work at landing.
	// A request with an aside before its "to" or put to a capital, a
	// warning of what follows if another acts: typed 1006/1417 at
	// 1006/1028 on f366a31, all three new right (the capital's one judged as the
	// gold writes it, "calledOn Washington", as claims and links count a
	// capital read as its state); on main's work above, typed 1012/1417
	// at 1012/1029.
	// Co-mentions became the fallback (session 26, fallbackCoMentions):
	// none where the sentence's statements join two names within two
	// steps, none across a list's items, none from a dateline's wire.
	// The extracted pairs with a relation rose from 1650/6027 to
	// 1650/5065; six gold links that only a chain of two co-mentions
	// across sentences reached fell out of two hops ("Ali Khamenei ~
	// Iran" through Rouhani's co-mention): linked 1586 -> 1580 (0.902),
	// within the 0.90 the issue sets, which that session's brief
	// allowed this measure to reach and no further.
	// Charters, treaties, agreements and accords named whole ("the United
	// Nations Charter", not the United Nations): 1696/1761 names, types
	// 1677/1691.
	// A sentence's opening date dating its main clause, a dispatch's
	// weekdays counted from its date, fired things "from" a place at a
	// target, "a barrage of missiles" as the act (events6): typed
	// 1000/1417 at 1000/1023 (one gold line added, "barrage locatedIn
	// Iraq", which the text states), related 1167/1752; with the above,
	// typed 1014/1418 at 1014/1031, related 1178/1752, linked 1580 -> 1587.
	// A surname alone is the person of that surname named in full last
	// (militia-leaders-wapo: "Fayyadh" after "Falih al-Fayyadh" is he,
	// not the "Faleh al-Fayyadh" an earlier article made): one typed
	// statement and one link more, typed 1015/1418 at 1015/1032,
	// related 1179, linked 1588.
	// A speaker who says a harm was caused by another accuses it ("crisis
	// caused by U.S. adventurism"): typed 1014/1417 at 1014/1031, both
	// new right; related 1177/1752 when made; typed 1017/1418 at
	// 1017/1034, related 1180/1752 on the surname commit above.
	// "Killed X, the commander of Y, and Z", "X and Y, who were killed
	// in" (events6): both killed, typed 1016/1418 at 1016/1033, related
	// 1180/1752; with the surname above, 1017/1418 at 1017/1034, 1181.
	// An X-backed group at the end of an event's phrase, and its
	// examples ("attacks on Iran-backed militias, chief among them Kataib
	// Hezbollah"): one typed statement more, typed 1020/1418 at
	// 1020/1037, related 1183.
	// A given name set off after an owner's kin noun ("Soleimani's
	// daughter, Zeinab,") a person, a name before "district" or
	// "neighbourhood" a place: 1698/1761 names, types 1679/1692.
	// Bases named after the clause that says whose troops they host
	// ("two bases in Iraq that host American troops, the Ain al-Asad air
	// base"), and "host"/"house" as hosting verbs beside "hosts"; the
	// gold of proxies-region-2020 given the deployment its text states
	// (one rel, one link): typed 1012/1417 -> 1016/1418 at 1012/1029 ->
	// 1016/1033 (1015/1417 against the old gold, three right, the fourth
	// the added line), linked 1581/1753, related 1180/1753; with main's
	// newer work at landing, typed 1023/1419 at 1023/1040, linked
	// 1589/1753, related 1186/1753, names 1697/1761, types 1678/1692.
	// Two gold edits in vote-expel-analysis (names6): "U.S. Embassy in
	// Baghdad" is a form of its "U.S. Embassy" as the text writes it, and
	// "Iran's missile strike on the Ain al-Asad air base" says Iran
	// attacked the base: 1700/1761 names, types 1681/1694; with main's
	// work at landing, typed 1026/1420 at 1026/1042, links 1594/1753,
	// related 1190/1753.
	// Relative clauses whose object is the noun they follow ("the
	// militia that al-Muhandis had founded"): related 1171 -> 1173/1752
	// on its own, related 1190 -> 1192/1753 with the above.
	// A described target an apposition names ("at two bases in Iraq that
	// house American troops, Ain al-Asad in Anbar province and ...") and
	// "launched a barrage of missiles" (events6): four right, none wrong.
	// A call for a march, rally or protest against a state's presence
	// ("a call from Sadr for a million-man march to demand the withdrawal
	// of American troops") opposes the state: typed 1018/1418 at
	// 1018/1035, related 1181/1752, the one new statement right; on
	// main at landing, typed 1031/1420 at 1031/1047, related 1196/1753.
	devFloor = heldOutBar{found: 1700.0 / 1761, noise: 13, spellings: 431.0 / 436, linked: 1594.0 / 1753, typedRecall: 1031.0 / 1420, typedPrecision: 1031.0 / 1047, related: 1196.0 / 1753, types: 1681.0 / 1694, collisions: 1}
	// frozenFloor is what the test set scored when it was last frozen,
	// grown to six articles before issue 11's tuning (132 names, 66 new
	// entities, 103 links, 85 typed pairs): below the targets for links
	// and typed recall, typed precision just above its target. Its gold
	// has 92 typed pairs since the office holders' lines the seed's
	// convention marks (President Trump headOf United States) were added
	// to the four articles that lacked them; the floor is unchanged.
	frozenFloor = heldOutBar{found: 120.0 / 132, noise: 66 - 60, spellings: 1, linked: 81.0 / 103, typedRecall: 29.0 / 85, typedPrecision: 29.0 / 32}
)

// below reports whether a ratio with anything to count falls short of bar.
func below(r Ratio, bar float64) bool { return r.Total > 0 && r.Value+1e-9 < bar }

// logHeldOut logs a score and says how it falls short of bar, or "".
func logHeldOut(t *testing.T, sc ArticleReport, detail bool, bar heldOutBar) string {
	t.Logf("(a) found %s  (b) real %s  (c) one entity %s, collisions %d  (d) linked %s",
		sc.NamesFound, sc.NewReal, sc.Spellings, sc.Collisions, sc.Linked)
	if sc.TypedRecall.Total > 0 {
		t.Logf("typed pairs: recall %s  precision %s  links with a typed or open relation %s",
			sc.TypedRecall, sc.TypedPrecision, sc.Related)
	}
	if detail {
		for _, l := range []struct {
			name string
			v    []string
		}{{"missed", sc.Missed}, {"noise", sc.Noise}, {"split", sc.Split}, {"unlinked", sc.Unlinked}, {"wrong type", sc.WrongType}, {"wrong typed", sc.WrongTyped}, {"missed typed", sc.MissedTyped}} {
			if len(l.v) > 0 {
				t.Logf("%s: %s", l.name, strings.Join(l.v, "; "))
			}
		}
	}
	if below(sc.TypedRecall, bar.typedRecall) || below(sc.TypedPrecision, bar.typedPrecision) || below(sc.Related, bar.related) {
		return fmt.Sprintf("typed pairs below %.2f recall, %.2f precision, %.2f links with a relation: %s, %s, %s",
			bar.typedRecall, bar.typedPrecision, bar.related, sc.TypedRecall, sc.TypedPrecision, sc.Related)
	}
	noise := sc.NewReal.Total - sc.NewReal.Hit
	noisy := bar.noise >= 0 && noise > bar.noise
	if below(sc.TypeAccuracy, bar.types) {
		return fmt.Sprintf("type accuracy below %.3f: %s", bar.types, sc.TypeAccuracy)
	}
	if below(sc.NamesFound, bar.found) || below(sc.NewReal, bar.real) || noisy || below(sc.Linked, bar.linked) || below(sc.Spellings, bar.spellings) || sc.Collisions > bar.collisions {
		return fmt.Sprintf("below %.2f/%.2f (noise at most %d)/%.2f: (a) %s (b) %s, %d noise (c) %s, %d collisions (d) %s",
			bar.found, bar.real, bar.noise, bar.linked, sc.NamesFound, sc.NewReal, noise, sc.Spellings, sc.Collisions, sc.Linked)
	}
	return ""
}

// eventFloors are what each set scored when TestHeldOutEventsAndClaims'
// measures were added: a change may raise them, never lower them.
var eventFloors = map[string]struct{ found, attributed, maxSplit, maxShared int }{
	// dev, 20 articles with gold marked from the text before tuning:
	// 4 of 15 real events got a node then, the 29 December and 3
	// January strikes each split, one node shared by three events,
	// claims 83/144. Events resolved by kind, day, target and place,
	// and claims read through appositions, coordination, stance verbs
	// and "he said", raised them to 7 events, one split (the Camp Taji
	// attack's "the strike" read as the U.S. strikes a day later), one
	// shared, claims 130/144. A capital speaking for its state
	// ("Washington said"), passive and participle claims ("blamed by
	// X", ", accusing X"), "X, who said", "X's office said", a role's
	// name after "according to", and lists of speakers raised claims
	// to 143/144. "The strike" right after "the Taji attack" read as
	// that attack (the general words follow the last attack named)
	// and the eval giving a mention to the event whose form its text
	// matches longest ("the attack on the airport convoy") made it 7
	// events, none split or shared. Nouns that name an event alone
	// ("his resignation", "the vote") and verbs ("parliament voted",
	// "flight 752 crashed"), dated or dropped, raised it to 11; a
	// day in the phrase that opens a sentence ("At his burial ... on
	// Tuesday, a stampede killed") to 12. A dispatch's definite
	// "the procession", "the nomination" dated by the day its
	// narrative stands at, "his funeral" in Tehran identified by
	// whose and where without a day, and "the funeral" named at all
	// (its noun is a word no name is made of): 15, none split or
	// shared. allied-troops-2020, with a deployment named by what it
	// moved where, rockets that landed in a district and another
	// attack that day told apart, made it 18 of 18, none split or
	// shared, claims 163/172.
	// Three wire articles of 10-14 January added with gold marked
	// before running the extractor: 19 of 20 events with a node (the
	// British ambassador's detention none), claims 181/192, and two
	// events split and two nodes shared: "the downing of Ukraine
	// International Airlines Flight 752" is a node apart from the
	// crash, and the January rockets at Camp Taji, left undated, take
	// the March attack's mentions. These are the figures to beat.
	// Three newspaper pieces added for issue
	// 11's relation share (pmf-succession, protest-premiership,
	// proxies-region), marked before tuning: 18 of 18, claims
	// 173/186, and one event split, a measure of unseen text: "at his
	// funeral in Tehran" is named after its place, "His funeral drew
	// crowds into ... Tehran" after whose it is, two nodes. The 31
	// together: 19 of 20, claims 191/206, three split, two shared.
	// The four articles of other shapes (issue 11's entity
	// precision) brought 21 more claims, 184/194 attributed, and an
	// AP dispatch whose "the strikes on Sunday" after its Monday
	// lead splits the 29 December strikes: one split.
	// The 35 together: 19 of 20, claims 212/228, four split, two
	// shared. A body and its person apart: claims 213/228.
	// Three in the seed's style (events4): 18 of 21 alone; with
	// the articles above, 19 of 23, claims 224/241, 6 split, 3 shared.
	// "Camp Taji, a base ..., on Tuesday" dated, "his funeral" and "the downing of Flight 752" the stored
	// ones: 4 split, 2 shared; "the burial was postponed" undated: 3 split, claims 225/241; with k1-bases-reuters-2019 (its K-1 attack a node apart): 4 split, claims 228/245.
	// With the convoy dispatch (3 of 4 alone, 29 Dec in 3 Jan's node): 21 of 29, claims 236/261, 3 shared.
	// thirteen-days-guardian, before tuning (its Kirkuk attack and siege
	// one node; its vote dated by its article; the K-1 attack, the 29
	// December strikes and the siege each a node more): 21 of 29, claims
	// 240/266, 6 split, 4 shared.
	// The siege no attack's, "the attack" after "in retaliation for"
	// the sentence's own event: 3 shared.
	// A body that suspended its training a suspension: 22 of 29, 5
	// split, claims 244/266.
	// convoy-aftermath-ap-2020 then labelled the K-1 attack and the 29
	// December strikes apart from the other articles' labels, so each
	// counted as two real events; labelled as the set does, 20 of 27
	// (the same nodes, two events fewer), 5 split, 3 shared.
	// Undated events held to their places: the K-1 attack "near Kirkuk"
	// no longer the Green Zone rockets, the strikes "in Iraq and Syria"
	// no longer the airport strike: 21 of 36, 4 split, 1 shared; on the
	// 51 at landing, 23 of 37, 3 split, 1 shared.
	// Fired things told by their count ("five rockets landed"), an
	// undated headline attack the dated one at its place, a person's
	// detention, a crowd's march and a resolution passed: 30 of 37, 2
	// split, none shared, claims 267/292.
	// Session entities3's three new articles, marked before tuning, add
	// no event found and show two more splits, left to the event work:
	// the vote Erbil's article tells ("voted on Sunday") and the funeral
	// in Tehran the shrines' article names are nodes apart from the other
	// articles' ones (the 51 old articles alone: 30 of 37, 1 split).
	// With blind2's five (59 articles), claims 309/348; a state's
	// unnamed officials ("Iraqi military officials said"), speakers set
	// off by a relative clause, "answered that", "presented as", "what he
	// called" and "his office said": claims 332/348.
	// Three gold labels that named one real event twice (Sadr's march,
	// the ambassador's detention) made one, then dates from a sentence's
	// opening phrase and a dispatch's week (events6): 31 of 48, 2 split.
	// A participle after "by" or after a relative clause ("responded by threatening", "X,
	// who had posted ..., addressed the nation, telling"), a place and its
	// country in an aside: 335/348.
	"dev": {found: 31, attributed: 335, maxSplit: 2, maxShared: 0},
	// frozen, six articles: 2 of 9 real events got a node, the 3
	// January strike two ("the killing" apart from the strike),
	// claims 14/26; with the same changes, 3 of 9, none split or
	// shared, claims 20/26; 23/26 with the claim shapes above; 6 of
	// 9 events with the nouns and verbs that name events alone.
	"test": {found: 6, attributed: 23},
}

// TestHeldOutEventsAndClaims reads each set in order, as ingests would,
// and counts the nodes each real event got, the nodes two events share,
// and the claims attributed to their source.
func TestHeldOutEventsAndClaims(t *testing.T) {
	for _, set := range []string{"dev", "test"} {
		r := evaluateSet(t, set)
		ev := r.Events
		t.Logf("%s: %d real events, %d with a node, %.2f nodes per event found, %d nodes shared by two events; claims attributed %s",
			set, ev.Found.Total, ev.Found.Hit, ev.NodesPerEvent, ev.Shared, r.Claims)
		if set == "dev" {
			t.Logf("%s: split %q; shared %q; unattributed %q", set, ev.Split, ev.Merged, r.Unattributed)
		}
		f := eventFloors[set]
		if ev.Found.Hit < f.found || r.Claims.Hit < f.attributed || len(ev.Split) > f.maxSplit || ev.Shared > f.maxShared {
			t.Errorf("%s: events found %d (floor %d), claims attributed %d (floor %d), events split %d (at most %d), shared nodes %d (at most %d)",
				set, ev.Found.Hit, f.found, r.Claims.Hit, f.attributed, len(ev.Split), f.maxSplit, ev.Shared, f.maxShared)
		}
	}
}
