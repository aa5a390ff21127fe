package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// MentionedWith is the co-mention predicate.
var MentionedWith = mustPredicate("mentionedWith")

func mustPredicate(name string) schema.Predicate {
	p, ok := schema.LookupPredicate(name)
	if !ok {
		panic("extract: schema has no predicate " + name)
	}
	return p
}

// relations collects the statements of a document.
type relations struct {
	g    *Gazetteer
	out  []schema.Statement
	seen map[string]int // statement key -> index in out
	// docDate is the publication date, zero if unknown.
	docDate time.Time
}

func (r *relations) typeOf(id string) string {
	e, _ := r.g.Lookup(id)
	return e.Type
}

// add records a relation if the schema allows it between the two types.
func (r *relations) add(subj, pred, obj string, sent int, conf float64) bool {
	if subj == obj {
		return false
	}
	p := mustPredicate(pred)
	if p.CheckRelation(r.typeOf(subj), r.typeOf(obj)) != nil {
		return false
	}
	k := subj + " " + pred + " " + obj + " " + itoa(sent+1)
	if i, ok := r.seen[k]; ok {
		if conf > r.out[i].Confidence {
			r.out[i].Confidence = conf
		}
		return true
	}
	r.seen[k] = len(r.out)
	r.out = append(r.out, schema.Statement{Subject: subj, Predicate: p, Object: obj, Evidence: schema.Evidence{Sentence: sent, Origin: schema.Extracted, Confidence: conf}})
	return true
}

func (r *relations) addValue(subj, pred string, v quad.Value, sent int, conf float64) {
	p := mustPredicate(pred)
	if p.CheckAttribute(r.typeOf(subj)) != nil {
		return
	}
	k := subj + " " + pred + " " + v.String() + " " + itoa(sent+1)
	if _, ok := r.seen[k]; ok {
		return
	}
	r.seen[k] = len(r.out)
	r.out = append(r.out, schema.Statement{Subject: subj, Predicate: p, Value: v, Evidence: schema.Evidence{Sentence: sent, Origin: schema.Extracted, Confidence: conf}})
}

// A pattern reads the text between two mentions A and B of a sentence.
type pattern struct {
	re      *regexp.Regexp
	preds   []string // tried in order; the first the types allow wins
	reverse bool     // B is the subject
	conf    float64
	subj    []string // if set, the subject must be of one of these types (or below)
}

const w = `[\p{L}\p{N}'’.-]+` // a word

var patterns = []pattern{
	// X, the deputy commander of Y
	{re: regexp.MustCompile(`^,\s+(?:the|a|an|its|his|their)\s+(?:` + w + `\s+)?(?:deputy|second-in-command|member|senior\s+member|official)\s+(?:` + w + `\s+)?(?:of|in)\s+(?:the\s+)?$`), preds: []string{"memberOf"}, conf: 0.75},
	// X, a spokesman for Y
	{re: regexp.MustCompile(`^,\s+(?:the|a|an|its|his|their)\s+(?:` + w + `\s+)?(?:spokesman|spokeswoman|spokesperson|official|member|adviser|advisor|envoy|fighter|lawmaker)\s+(?:for|of|with|in)\s+(?:the\s+)?$`), preds: []string{"memberOf"}, conf: 0.7},
	// X, the leader of Y
	// A commander leads a force or a group, never heads a state.
	{re: regexp.MustCompile(`^,\s+(?:the|a|an|its|his|their)\s+(?:(?:top|elite|senior|powerful|longtime|new|acting|current|former|late|chief|supreme|overall)\s+)?(?:leader|chief|founder|head)\s+of\s+(?:the\s+)?(?:` + w + `\s+){0,2}?$`), preds: []string{"leads", "headOf"}, conf: 0.85},
	{re: regexp.MustCompile(`^,\s+(?:the|a|an|its|his|their)\s+(?:(?:top|elite|senior|powerful|longtime|new|acting|current|former|late|chief|supreme|overall)\s+)?commander\s+of\s+(?:the\s+)?(?:` + w + `\s+){0,2}?$`), preds: []string{"leads"}, conf: 0.85},
	{re: regexp.MustCompile(`^,?\s+(?:the\s+)?(?:(?:top|elite|senior|powerful|longtime|new|acting|current|former|late|supreme)\s+)?(?:leader|chief|head)\s+of\s+(?:the\s+)?$`), preds: []string{"leads", "headOf"}, conf: 0.7},
	{re: regexp.MustCompile(`^,?\s+(?:the\s+)?(?:(?:top|elite|senior|powerful|longtime|new|acting|current|former|late|supreme)\s+)?commander\s+of\s+(?:the\s+)?$`), preds: []string{"leads"}, conf: 0.7},
	// X was named the new commander of Y; X, appointed as head of Y
	{re: regexp.MustCompile(`^,?\s+(?:(?:was|has\s+been|had\s+been|is|were)\s+)?(?:named|appointed|chosen|picked|made|installed)\s+(?:as\s+)?(?:the\s+)?(?:(?:new|acting|interim)\s+)?(?:leader|commander|chief|head)\s+of\s+(?:the\s+)?$`), preds: []string{"leads"}, conf: 0.75},
	{re: regexp.MustCompile(`^,?\s+(?:(?:was|has\s+been|had\s+been|is|were)\s+)?(?:named|appointed|chosen)\s+(?:as\s+)?(?:the\s+)?(?:(?:new|acting|interim)\s+)?(?:deputy|spokesman|member|chief\s+of\s+staff)\s+of\s+(?:the\s+)?$`), preds: []string{"memberOf"}, conf: 0.7},
	// X, who led Y
	{re: regexp.MustCompile(`^,\s+who\s+(?:` + w + `\s+)?(?:led|leads|heads|headed|commanded|commands|ran|runs|founded)\s+(?:the\s+)?(?:` + w + `\s+){0,2}?$`), preds: []string{"leads", "headOf"}, conf: 0.8},
	// Y, founded by X
	{re: regexp.MustCompile(`^(?:,\s+|\s+(?:was|were)\s+)(?:co-?)?founded\s+(?:in\s+\d+\s+)?by\s+(?:the\s+)?$`), preds: []string{"leads"}, reverse: true, conf: 0.6},
	// Y's commander X / Y commander X
	{re: regexp.MustCompile(`^(?:['’]s)?\s+(?:top\s+|elite\s+|senior\s+|new\s+)?(?:leader|chief)\s*,?\s*$`), preds: []string{"leads", "headOf"}, reverse: true, conf: 0.75},
	{re: regexp.MustCompile(`^(?:['’]s)?\s+(?:top\s+|elite\s+|senior\s+|new\s+)?commander\s*,?\s*$`), preds: []string{"leads"}, reverse: true, conf: 0.75},
	// Iran's supreme leader, Ayatollah Ali Khamenei; German Chancellor Angela Merkel
	{re: regexp.MustCompile(`^(?:['’]s)?\s+(?:(?:caretaker|acting|interim|new|then)\s+)?(?:(?i:supreme\s+leader|president|prime\s+minister|chancellor|king|emir|premier))\s*,?\s+(?:(?:Ayatollah|Gen\.|General|Sheikh|Dr\.)\s+)?$`), preds: []string{"headOf"}, reverse: true, conf: 0.75},
	// X appointed Y: Y answers to X
	// ("named" also names culprits: "Pompeo named al-Muhandis as the men
	// behind the assault".)
	{re: regexp.MustCompile(`^\s+(?:has\s+|had\s+)?appointed\s+(?:(?:` + w + `\s+){0,3}?)$`), preds: []string{"reportsTo"}, reverse: true, conf: 0.6},
	// Pentagon spokesman X
	{re: regexp.MustCompile(`^(?:['’]s)?\s+(?:spokesman|spokeswoman|spokesperson|official|envoy|ambassador)\s*,?\s*$`), preds: []string{"memberOf", "reportsTo"}, reverse: true, conf: 0.65},
	// NATO Secretary-General Jens Stoltenberg
	{re: regexp.MustCompile(`^(?:['’]s)?\s+(?i:secretary[- ]general|director[- ]general|director|chairman|chairwoman|president)\s*,?\s*$`), preds: []string{"leads"}, reverse: true, conf: 0.65},
	// X is a wing of Y
	{re: regexp.MustCompile(`^\s+(?:is|was|are|were)\s+(?:a|an|the)\s+(?:` + w + `\s+){0,2}?(?:wing|unit|branch|part|arm|division|faction|component)\s+of\s+(?:the\s+)?$`), preds: []string{"partOf"}, conf: 0.8},
	{re: regexp.MustCompile(`^,\s+(?:a|an|the)\s+(?:` + w + `\s+){0,2}?(?:wing|unit|branch|part|arm|faction)\s+of\s+(?:the\s+)?$`), preds: []string{"partOf"}, conf: 0.75},
	{re: regexp.MustCompile(`^\s+(?:is|was|are|were)\s+(?:a\s+)?members?\s+of\s+(?:the\s+)?$`), preds: []string{"memberOf"}, conf: 0.75},
	// Y-backed X is handled apart; "X backed by Y", "X, backed by Y"
	{re: regexp.MustCompile(`^,?\s+(?:(?:is|are|was|were)\s+)?(?:` + w + `\s+)?(?:backed|supported|funded|armed)\s+by\s+(?:the\s+)?$`), preds: []string{"backedBy"}, conf: 0.75},
	{re: regexp.MustCompile(`^\s+(?:backs|backed|supports|supported|funds|funded|arms|armed)\s+(?:the\s+)?$`), preds: []string{"backedBy"}, reverse: true, conf: 0.65},
	// City, Country; Facility in City
	{re: regexp.MustCompile(`^,\s*$`), preds: []string{"locatedIn"}, conf: 0.6, subj: []string{"Facility", "City", "Region"}},
	{re: regexp.MustCompile(`^\s+(?:in|near|outside|at)\s+(?:the\s+)?$`), preds: []string{"locatedIn"}, conf: 0.55, subj: []string{"Facility", "Event", "City", "Region"}},
	// Denials
	{re: regexp.MustCompile(`^\s+(?:was|were|is|are|had\s+been)\s+not\s+involved\s+in\s+(?:the\s+)?$`), preds: []string{"deniedInvolvementIn"}, conf: 0.6},
	{re: regexp.MustCompile(`^\s+(?:has\s+|have\s+)?(?:denied|denies|deny)\s+(?:any\s+)?(?:involvement|role|part|responsibility)\s+(?:in|for)\s+(?:the\s+)?$`), preds: []string{"deniedInvolvementIn"}, conf: 0.75},
	// Calls
	{re: regexp.MustCompile(`^\s+(?:also\s+)?(?:called|calls|call)\s+on\s+(?:the\s+)?$`), preds: []string{"calledOn"}, conf: 0.8},
	// Presence
	{re: regexp.MustCompile(`^\s+(?:was|were|had\s+been)\s+(?:spotted|seen|present|photographed)\s+(?:at|in|during|near)\s+(?:the\s+)?$`), preds: []string{"presentAt"}, conf: 0.7},
	// Deaths
	{re: regexp.MustCompile(`^\s+(?:fired|launched)\s+(?:` + w + `\s+){0,3}?(?:at|on|against)\s+(?:the\s+)?$`), preds: []string{"attacked"}, conf: 0.65},
	{re: regexp.MustCompile(`^,?\s+(?:was|were)\s+killed\s+(?:in|during)\s+(?:the\s+|a\s+|an\s+)?$`), preds: []string{"killedIn"}, conf: 0.75},
	{re: regexp.MustCompile(`^\s+(?:was|were)\s+(?:killed|assassinated|targeted|attacked|struck|hit)\s+(?:` + w + `\s+){0,3}?by\s+(?:the\s+|a\s+|an\s+)?$`), preds: []string{"attacked", "killedIn"}, reverse: true, conf: 0.7},
	{re: regexp.MustCompile(`^\s+(?:was|were)\s+repelled\s+by\s+(?:the\s+)?$`), preds: []string{"repelled"}, reverse: true, conf: 0.7},
}

// verbs map a verb (folded) to the predicates it may state, subject before
// it, object after it.
var verbs = map[string][]string{
	"attacked": {"attacked", "targeted"}, "attack": {"attacked", "targeted"}, "attacks": {"attacked", "targeted"}, "struck": {"attacked", "targeted"},
	"strike": {"attacked", "targeted"}, "bombed": {"attacked", "targeted"}, "stormed": {"attacked"}, "raided": {"attacked"}, "shelled": {"attacked"},
	"targeted": {"targeted", "attacked"}, "killed": {"attacked", "targeted"}, "kill": {"attacked"}, "assassinated": {"attacked", "targeted"},
	"threatened": {"threatened"}, "threatens": {"threatened"}, "threaten": {"threatened"}, "warned": {"threatened"},
	"ordered": {"ordered"}, "orders": {"ordered"}, "order": {"ordered"}, "authorized": {"ordered"}, "authorised": {"ordered"}, "directed": {"ordered"},
	"deployed": {"deployedTo"}, "deploy": {"deployedTo"}, "deploys": {"deployedTo"}, "sent": {"deployedTo", "ordered"},
	"denied": {"deniedInvolvementIn"}, "denies": {"deniedInvolvementIn"},
	"pledged": {"pledged"}, "pledges": {"pledged"}, "vowed": {"pledged", "threatened"}, "promised": {"pledged"},
	"sanctioned": {"opposed"}, "sanctions": {"opposed"}, "condemned": {"condemned", "opposed"}, "denounced": {"condemned", "opposed"},
	"led": {"leads", "headOf", "conducted"}, "leads": {"leads", "headOf"}, "commanded": {"leads"}, "heads": {"leads", "headOf"},
	"fought": {"fought"}, "repelled": {"repelled"}, "blamed": {"opposed"}, "accused": {"opposed"},
	"controls": {"controls"}, "controlled": {"controls"}, "governs": {"governs"},
	"demanded": {"demanded"}, "opposed": {"opposed"}, "opposes": {"opposed"},
	"carried": {"conducted"}, "conducted": {"conducted"}, "launched": {"conducted", "attacked"},
	"retaliated": {"attacked"}, "mourned": {}, "visited": {"presentAt"},
}

var auxWords = set("was", "were", "has", "have", "had", "is", "are", "also", "reportedly", "then", "later", "quickly", "allegedly", "did", "would", "will", "again", "swiftly", "personally", "directly")

var prepositions = set("after", "before", "during", "in", "on", "at", "for", "from", "with", "against", "over", "into", "to", "of", "since", "until", "near", "by", "about", "as", "than", "that", "which", "who", "and", "or", "but")

var negations = set("not", "never", "no", "nor")

// sentence finds the relations stated in one sentence.
func (r *relations) sentence(s sentence, ms []mention, doc schema.Document) {
	idx := s.art.Index
	text := s.art.Text
	// Distinct entities, in order of first mention.
	var ents []string
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.Entity] {
			seen[m.Entity] = true
			ents = append(ents, m.Entity)
		}
	}
	// Co-mentions: every pair, subject the smaller id so each pair has one
	// statement per sentence.
	for i := 0; i < len(ents); i++ {
		for j := i + 1; j < len(ents); j++ {
			a, b := ents[i], ents[j]
			if b < a {
				a, b = b, a
			}
			r.add(a, "mentionedWith", b, idx, 0.5)
		}
	}
	// Patterns between two mentions, leaving out mentions inside another
	// ("U.S." in "U.S. drone strike").
	all := ms
	ms = ms[:0:0]
	end := 0
	innerAt := map[int]string{} // end offset -> a mention inside another that ends there
	for _, m := range all {
		if m.Start < end {
			if m.End == end {
				innerAt[m.End] = m.Entity
			}
			continue
		}
		ms = append(ms, m)
		end = m.End
	}
	for i := 0; i < len(ms); i++ {
		for j := i + 1; j < len(ms) && j <= i+2; j++ {
			a, b := ms[i], ms[j]
			if b.Start < a.End {
				continue // an event phrase and its anchor
			}
			if j == i+2 && !(ms[i+1].To > 0 && s.toks[ms[i+1].To-1].Poss) {
				break // only a possessive may sit between: "the leader of Iran's Quds Force"
			}
			between := text[a.End:b.Start]
			if len(between) > 120 {
				break
			}
			if a.To > 0 && s.toks[a.To-1].Poss && !strings.HasPrefix(between, "'") && !strings.HasPrefix(between, "’") {
				// "Iran's Quds Force": Iran owns what follows; only the
				// "Y's commander X" pattern reads across it.
				between = "'s" + between
			}
			for _, p := range patterns {
				if !p.re.MatchString(between) {
					continue
				}
				subj, obj := r.apposHead(s, ms, i), b.Entity
				if p.reverse {
					subj, obj = obj, a.Entity
				}
				if j < len(ms) && b.To < len(s.toks) && s.toks[b.To-1].Poss && !p.reverse {
					continue // "the leader of Iran's Quds Force": not of Iran
				}
				if len(p.subj) > 0 && !isAny(r.typeOf(subj), p.subj) {
					// "650 troops from Fort Bragg, North Carolina": the base is.
					inner, ok := innerAt[a.End]
					if p.reverse || !ok || !isAny(r.typeOf(inner), p.subj) {
						continue
					}
					subj = inner
				}
				if p.preds[0] == "locatedIn" && r.typeOf(subj) == "City" && r.typeOf(obj) == "City" {
					continue // "Baghdad, Karbala and Najaf": a list
				}
				for _, pred := range p.preds {
					if r.add(subj, pred, obj, idx, p.conf) {
						break
					}
				}
			}
			if j == i+1 {
				head := a
				head.Entity = r.apposHead(s, ms, i)
				r.verb(s, head, b, between, idx)
			}
			if j == i+1 && reAndThe.MatchString(between) {
				if h := r.apposHead(s, ms, i); h != a.Entity {
					for _, pred := range []string{"leads", "headOf"} {
						if r.add(h, pred, b.Entity, idx, 0.7) {
							break
						}
					}
				}
			}
		}
		r.appositive(s, ms, i, idx)
		r.backed(s, ms, i, idx)
		r.via(s, ms, i, idx)
	}
	r.dates(s, ms, doc)
}

var (
	reApposTail = regexp.MustCompile(`,\s+(?:the|a|an)\s+(?:` + w + `\s+){0,2}?(?:leader|commander|chief|head|founder|deputy|member|spokesman|official)\s+(?:` + w + `\s+)?of\s+(?:the\s+)?(?:` + w + `\s+){0,2}?$`)
	reAndThe    = regexp.MustCompile(`^\s+and\s+(?:the|a|an)\s+(?:` + w + `\s+)?(?:leader|commander|chief|head|founder)\s+of\s+(?:the\s+)?$`)
)

// apposHead returns the entity ms[i] stands for as a subject: itself, or,
// when it closes an apposition ("Soleimani, the leader of Iran's Quds
// Force was spotted"), the person the apposition describes.
func (r *relations) apposHead(s sentence, ms []mention, i int) string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ms[k].End > ms[i].Start {
			continue
		}
		if reApposTail.MatchString(s.art.Text[ms[k].End:ms[i].Start]) && r.typeOf(ms[k].Entity) == "Person" {
			return ms[k].Entity
		}
	}
	return ms[i].Entity
}

// verb reads "A <verb> B": the first verb of the table between two
// mentions, with at most a few words around it.
func (r *relations) verb(s sentence, a, b mention, between string, idx int) {
	toks := tokenize(between)
	if len(toks) == 0 || len(toks) > 8 || strings.ContainsAny(between, ";:()") {
		return
	}
	if strings.Contains(between, ",") {
		return // a clause break between subject and verb, or verb and object
	}
	for k, t := range toks {
		if negations[t.Key] {
			return
		}
		preds, ok := verbs[t.Key]
		if !ok {
			if !auxWords[t.Key] && k == 0 && t.Cap {
				return
			}
			continue
		}
		rest := toks[k+1:]
		if k > 0 && (toks[k-1].Key == "was" || toks[k-1].Key == "were") && !(len(rest) > 0 && rest[len(rest)-1].Key == "by") {
			return // passive without its agent: "four Americans were killed after the consulate"
		}
		passive := len(rest) > 0 && rest[0].Key == "by" || k > 0 && (toks[k-1].Key == "was" || toks[k-1].Key == "were") && len(rest) > 0 && rest[len(rest)-1].Key == "by"
		if len(rest) > 3 {
			return
		}
		for n, t := range rest {
			if prepositions[t.Key] && !(t.Key == "by" && (n == 0 || n == len(rest)-1)) && !(t.Key == "on" && n == 0 && (preds[0] == "calledOn")) {
				return // "ordered the strike after the storming": the object is not what follows
			}
		}
		subj, obj := a.Entity, b.Entity
		if passive {
			subj, obj = obj, subj
		}
		// "The strike also killed X": X was killed in it.
		if (t.Key == "killed" || t.Key == "kill") && !passive && r.typeOf(subj) == "Event" && r.add(obj, "killedIn", subj, idx, 0.7) {
			return
		}
		conf := 0.7
		if len(toks) > 4 {
			conf = 0.55
		}
		for _, p := range preds {
			if r.add(subj, p, obj, idx, conf) {
				break
			}
		}
		return
	}
}

// via reads "... via Twitter": the nearest person or body named before it
// spoke through the outlet.
func (r *relations) via(s sentence, ms []mention, i, idx int) {
	m := ms[i]
	if r.typeOf(m.Entity) != "MediaOutlet" || m.From == 0 {
		return
	}
	switch s.toks[m.From-1].Key {
	case "via", "on", "through":
	default:
		return
	}
	// The subject: the first who could speak, not the last named ("Pompeo
	// named al-Muhandis and al-Amiri ... in a post on Twitter").
	for k := max(i-8, 0); k < i; k++ {
		t := r.typeOf(ms[k].Entity)
		if t == "Person" || t == "GovernmentBody" || t == "Organization" || t == "ArmedGroup" || t == "MilitaryUnit" {
			r.add(ms[k].Entity, "communicatedVia", m.Entity, idx, 0.6)
			return
		}
	}
}

// backed reads a mention that is itself "X-backed militias": the militias
// are backed by X.
func (r *relations) backed(s sentence, ms []mention, i, idx int) {
	m := ms[i]
	for k := m.From + 1; k < m.To; k++ {
		if s.toks[k].Key != "backed" || !s.toks[k].Hyph {
			continue
		}
		prefix := joinKeys(s.toks[m.From:k])
		if pi, ok := r.g.byKey[prefix]; ok {
			r.add(m.Entity, "backedBy", r.g.entities[pi].ID, idx, 0.8)
		}
	}
	// "X-backed Y" with Y a separate mention.
	if i+1 < len(ms) {
		n := ms[i+1]
		if n.From < m.To {
			return
		}
		between := s.toks[m.To:n.From]
		if m.To < len(s.toks) && s.toks[m.To].Key == "backed" && s.toks[m.To].Hyph && n.From-m.To <= 3 && schema.IsA(r.typeOf(n.Entity), "Organization") && !anyPreposition(between) {
			r.add(n.Entity, "backedBy", m.Entity, idx, 0.8)
		}
	}
}

var (
	months = map[string]time.Month{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
		"july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
	reMonthDay = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`)
	reDayMonth = regexp.MustCompile(`\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b`)
	reWeekday  = regexp.MustCompile(`\b(?:on|last|early|late)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
)

// dates gives the one event of a sentence the one date the sentence
// states. Weekdays and dates without a year need the document's date.
func (r *relations) dates(s sentence, ms []mention, doc schema.Document) {
	var events []mention
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.Entity] && r.typeOf(m.Entity) == "Event" {
			seen[m.Entity] = true
			events = append(events, m)
		}
	}
	if len(events) != 1 {
		return
	}
	found, at := findDates(s.art.Text, r.docDate)
	if len(found) != 1 {
		return
	}
	// Where clear: the date sits next to the event ("the strike on Friday").
	ev := events[0]
	if at[0] > ev.End+40 || at[0] < ev.Start-40 {
		return
	}
	lo, hi := min(at[0], ev.Start), max(at[0], ev.End)
	if strings.ContainsAny(s.art.Text[lo:hi], ",;") {
		return
	}
	r.addValue(ev.Entity, "startDate", quad.TypedString{Value: quad.String(found[0]), Type: quad.IRI(schema.XSD + "date")}, s.art.Index, 0.6)
}

// findDates returns the distinct dates (YYYY-MM-DD) a text states, with the
// byte offset of each.
func findDates(text string, ref time.Time) ([]string, []int) {
	var out []string
	var offs []int
	pos := 0
	add := func(y, mo, d int) {
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d || y < 1900 || y > 2100 {
			return
		}
		v := t.Format("2006-01-02")
		for _, o := range out {
			if o == v {
				return
			}
		}
		out = append(out, v)
		offs = append(offs, pos)
	}
	year := func(s string, mo int) int {
		if s != "" {
			return atoi(s)
		}
		if ref.IsZero() {
			return 0
		}
		// The most recent such month up to a month after the reference.
		y := ref.Year()
		if mo > int(ref.Month())+1 {
			y--
		}
		return y
	}
	for _, ix := range reMonthDay.FindAllStringSubmatchIndex(text, -1) {
		m := subs(text, ix)
		pos = ix[0]
		mo := int(months[strings.ToLower(strings.TrimSuffix(m[1], "."))])
		if y := year(m[3], mo); y != 0 {
			add(y, mo, atoi(m[2]))
		}
	}
	for _, ix := range reDayMonth.FindAllStringSubmatchIndex(text, -1) {
		m := subs(text, ix)
		pos = ix[0]
		mo := int(months[strings.ToLower(m[2])])
		if y := year(m[3], mo); y != 0 {
			add(y, mo, atoi(m[1]))
		}
	}
	if len(out) == 0 && !ref.IsZero() {
		for _, ix := range reWeekday.FindAllStringSubmatchIndex(text, -1) {
			m := subs(text, ix)
			pos = ix[0]
			want := weekday(m[1])
			t := ref
			for t.Weekday() != want {
				t = t.AddDate(0, 0, -1)
			}
			add(t.Year(), int(t.Month()), t.Day())
		}
	}
	return out, offs
}

func subs(text string, ix []int) []string {
	out := make([]string, len(ix)/2)
	for i := range out {
		if ix[2*i] >= 0 {
			out[i] = text[ix[2*i]:ix[2*i+1]]
		}
	}
	return out
}

func weekday(s string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if d.String() == s {
			return d
		}
	}
	return time.Sunday
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
		if n > 1e6 {
			return 0
		}
	}
	return n
}

func isAny(t string, types []string) bool {
	for _, w := range types {
		if schema.IsA(t, w) {
			return true
		}
	}
	return false
}

func anyPreposition(ts []token) bool {
	for _, t := range ts {
		if prepositions[t.Key] {
			return true
		}
	}
	return false
}

// appositive reads a pattern across an apposition: "Esmail Ghaani,
// Soleimani's deputy, was named the new commander of the Quds Force" is
// read as "Esmail Ghaani was named the new commander of the Quds Force".
func (r *relations) appositive(s sentence, ms []mention, i, idx int) {
	text := s.art.Text
	a := ms[i]
	if !strings.HasPrefix(text[a.End:], ",") {
		return
	}
	comma := strings.IndexByte(text[a.End+1:], ',')
	if comma < 0 || comma > 80 {
		return
	}
	comma += a.End + 1
	for j := i + 1; j < len(ms); j++ {
		b := ms[j]
		if b.Start < comma {
			if b.End > comma {
				return
			}
			continue
		}
		between := text[comma:b.Start]
		if len(between) > 100 {
			return
		}
		for _, p := range patterns {
			if p.reverse || len(p.subj) > 0 || !p.re.MatchString(between) {
				continue
			}
			for _, pred := range p.preds {
				if r.add(a.Entity, pred, b.Entity, idx, p.conf-0.05) {
					break
				}
			}
		}
		return
	}
}
