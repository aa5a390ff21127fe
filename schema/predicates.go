package schema

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// A Literal is the kind of value an attribute predicate takes.
type Literal string

// Literal kinds of attribute predicates.
const (
	Integer Literal = "integer" // a count: 31, 650
	Date    Literal = "date"    // 2019-12-31, 2019-12, or a year such as 2014
	String  Literal = "string"  // free text
)

// A Predicate is a typed link. A relation links two entities and has a
// Domain and Range of type names; an attribute links an entity to a literal
// of kind Value.
type Predicate struct {
	Name    string   // short name used in annotations and on the command line
	IRI     quad.IRI // written as the quad's predicate
	Label   string   // reads subject -> object: "leads"
	Inverse string   // reads object -> subject: "led by"
	Domain  []string // subject types (any descendant fits)
	Range   []string // object types, for relations
	Value   Literal  // object literal kind, for attributes
	Doc     string   // when to use it
}

// IsAttribute reports whether the predicate's object is a literal.
func (p Predicate) IsAttribute() bool { return p.Value != "" }

// oneWay are the relations that cannot hold both ways between two
// entities: a chain of command, a part and its whole, a place and what is
// in it, a backer and the backed, an event and what it answered.
var oneWay = map[string]bool{
	"leads": true, "headOf": true, "memberOf": true, "partOf": true, "reportsTo": true, "governs": true,
	"operatedBy": true, "controls": true, "citizenOf": true, "backedBy": true, "locatedIn": true,
	"responseTo": true, "precededBy": true,
}

// OneWay reports whether "A p B" rules out "B p A": true for hierarchies,
// parts, places, backing and answers, false for acts ("attacked",
// "accused"), which two agents may do to each other.
func (p Predicate) OneWay() bool { return oneWay[p.Name] }

var (
	agents        = []string{"Agent"}
	orgs          = []string{"Organization"}
	places        = []string{"Place", "Country"}
	events        = []string{"Event"}
	anything      = []string{"Thing"}
	agentOrEvent  = []string{"Agent", "Event"}
	eventsOrLaws  = []string{"Event", "Legislation"}
	targetTypes   = []string{"Agent", "Place", "Vehicle"}
	locatedThings = []string{"Place", "Event", "Organization", "Person"}
)

func rel(name, label, inverse string, domain, rng []string, doc string) Predicate {
	return Predicate{Name: name, IRI: quad.IRI(Vocab + name), Label: label, Inverse: inverse, Domain: domain, Range: rng, Doc: doc}
}

func attr(name string, iri quad.IRI, label string, domain []string, v Literal, doc string) Predicate {
	return Predicate{Name: name, IRI: iri, Label: label, Inverse: label + " of", Domain: domain, Value: v, Doc: doc}
}

var predicates = []Predicate{
	// Command and structure.
	rel("leads", "leads", "led by", []string{"Person"}, orgs, "a person commands or heads an organization"),
	rel("headOf", "head of", "headed by", []string{"Person", "GovernmentBody"}, []string{"Agent"}, "a person or office is the head of an organization or state"),
	rel("memberOf", "member of", "has member", []string{"Person", "Organization", "Country"}, orgs, "a person, group or state belongs to an organization: an alliance, a coalition, a party"),
	rel("partOf", "part of", "has part", []string{"Organization", "Place"}, []string{"Organization", "Country", "Place"}, "a unit, wing or branch of a larger body; a part of a place"),
	rel("reportsTo", "reports to", "has subordinate", agents, agents, "answers to in a chain of command"),
	rel("governs", "governs", "governed by", []string{"GovernmentBody", "Person"}, places, "a government runs a country or place"),
	rel("operatedBy", "operated by", "operates", []string{"Facility", "Vehicle"}, agents, "a facility or craft belongs to or is run by an agent"),
	rel("controls", "controls", "controlled by", agents, []string{"Place", "Organization"}, "holds or runs a site, area or group"),
	rel("citizenOf", "citizen of", "has citizen", []string{"Person"}, []string{"Country"}, "nationality"),
	// Support and opposition.
	rel("backedBy", "backed by", "backs", agents, agents, "receives support (arms, money, direction) from"),
	rel("opposed", "opposed", "opposed by", agents, []string{"Agent", "Event"}, "stated opposition to an agent or to something happening"),
	rel("inTensionWith", "in tension with", "in tension with", agents, agents, "strained relations between two agents"),
	rel("hasInterestsIn", "has interests in", "interest of", agents, []string{"Place", "Agent"}, "regards a place or agent as important to its interests"),
	rel("fought", "fought", "fought by", agents, []string{"Agent", "Event"}, "took part in fighting against"),
	// Violence.
	rel("attacked", "attacked", "attacked by", agentOrEvent, targetTypes, "used force against an agent or place"),
	rel("targeted", "targeted", "targeted by", events, targetTypes, "an attack, strike or law aimed at someone or somewhere"),
	rel("conducted", "carried out", "carried out by", agents, events, "an agent carried out an event"),
	rel("participatedIn", "took part in", "involved", agents, events, "an agent was among those who took part"),
	rel("suspectedOf", "suspected of", "suspect", agents, events, "blamed for or presumed to be behind an event"),
	rel("killedIn", "killed in", "killed", []string{"Person", "Group"}, events, "died in an event"),
	rel("repelled", "repelled", "repelled by", agents, agents, "drove back"),
	rel("threatened", "threatened", "threatened by", agents, agents, "issued a threat against"),
	rel("condemned", "condemned", "condemned by", agents, eventsOrLaws, "denounced an event"),
	rel("accused", "accused", "accused by", agents, agents, "blamed or accused an agent, without the speaker's word making it so"),
	rel("influenced", "influenced", "influenced by", agents, events, "had a hand in an event, without carrying it out"),
	// Orders, statements, commitments.
	rel("ordered", "ordered", "ordered by", agents, []string{"Event", "Agent"}, "gave the order for an event or to a group"),
	rel("calledOn", "called on", "called on by", agents, agents, "publicly asked an agent to act"),
	rel("communicatedVia", "communicated via", "channel of", agents, []string{"MediaOutlet"}, "spoke through a platform or outlet"),
	rel("deniedInvolvementIn", "denied involvement in", "involvement denied by", agents, events, "said it (or its state) had no part in an event"),
	rel("pledged", "pledged", "pledged by", agents, eventsOrLaws, "committed to pursue a law or action"),
	rel("demanded", "demanded", "demanded by", agents, events, "demanded that something happen"),
	rel("recognizes", "recognizes", "recognized by", []string{"Legislation"}, agents, "a law gives legal standing to an agent"),
	rel("concerns", "concerns", "subject of", []string{"Legislation", "Event"}, anything, "what a law or event is about"),
	// Movement and place.
	rel("deployedTo", "deployed to", "deployment destination of", []string{"Agent", "Event"}, places, "forces sent to a place"),
	rel("deployedFrom", "deployed from", "deployment origin of", []string{"Agent", "Event"}, places, "where deployed forces came from"),
	rel("locatedIn", "located in", "location of", locatedThings, places, "where a place is, where an event happened, where a group is based"),
	rel("presentAt", "present at", "attended by", agents, []string{"Event", "Place"}, "was seen at a place or event"),
	// Events among themselves.
	rel("responseTo", "in response to", "prompted", events, events, "an event answered another"),
	rel("comparedTo", "compared to", "compared to", events, events, "an event likened to another"),
	rel("precededBy", "preceded by", "preceded", events, events, "an event came before another in the same course of action"),
	rel("negotiatedWith", "negotiated with", "negotiated with", agents, agents, "sought or reached an agreement with"),
	// Co-mention.
	rel("mentionedWith", "mentioned with", "mentioned with", anything, anything, "named in the same sentence; each evidence sentence counts once, so the number of evidence labels is the weight"),

	// Attributes.
	attr("startDate", quad.IRI(SchemaOrg+"startDate"), "started on", eventsOrLaws, Date, "when an event happened or a law was passed"),
	attr("deaths", quad.IRI(Vocab+"deaths"), "deaths", events, Integer, "people killed"),
	attr("wounded", quad.IRI(Vocab+"wounded"), "wounded", events, Integer, "people wounded"),
	attr("troops", quad.IRI(Vocab+"troops"), "troops", []string{"Event", "Organization"}, Integer, "soldiers or marines involved"),
	attr("targetCount", quad.IRI(Vocab+"targetCount"), "targets hit", events, Integer, "sites or targets struck"),
	attr("participants", quad.IRI(Vocab+"participants"), "participants", []string{"Event", "Group"}, String, "how many took part, as the text says it"),
	attr("description", Description, "described as", anything, String, "a short description as the text gives it"),
}

var predicateByName = func() map[string]*Predicate {
	m := make(map[string]*Predicate, len(predicates))
	for i := range predicates {
		m[predicates[i].Name] = &predicates[i]
	}
	return m
}()

// Predicates returns every predicate, relations first.
func Predicates() []Predicate { return append([]Predicate(nil), predicates...) }

// LookupPredicate finds a predicate by Name (case-insensitive), its labels,
// or its IRI.
func LookupPredicate(name string) (Predicate, bool) {
	if p, ok := predicateByName[name]; ok {
		return *p, true
	}
	for _, p := range predicates {
		if strings.EqualFold(p.Name, name) || string(p.IRI) == name ||
			strings.EqualFold(p.Label, name) || "kg:"+p.Name == name {
			return p, true
		}
	}
	return Predicate{}, false
}

// PredicateNames lists predicate names, sorted, for help texts and errors.
func PredicateNames() []string {
	out := make([]string, 0, len(predicates))
	for _, p := range predicates {
		out = append(out, p.Name)
	}
	sort.Strings(out)
	return out
}

// CheckRelation reports whether a relation may link a subject of type
// subjType to an object of type objType, with an error saying which end is
// wrong and what was expected.
func (p Predicate) CheckRelation(subjType, objType string) error {
	if p.IsAttribute() {
		return fmt.Errorf("%s takes a value (%s), not an entity", p.Name, p.Value)
	}
	if !fits(subjType, p.Domain) {
		return fmt.Errorf("%s expects a subject of type %s, got %s", p.Name, strings.Join(p.Domain, " or "), subjType)
	}
	if !fits(objType, p.Range) {
		return fmt.Errorf("%s expects an object of type %s, got %s", p.Name, strings.Join(p.Range, " or "), objType)
	}
	return nil
}

// CheckAttribute reports whether an attribute may be given to a subject of
// type subjType.
func (p Predicate) CheckAttribute(subjType string) error {
	if !p.IsAttribute() {
		return fmt.Errorf("%s links two entities, not an entity and a value", p.Name)
	}
	if !fits(subjType, p.Domain) {
		return fmt.Errorf("%s expects a subject of type %s, got %s", p.Name, strings.Join(p.Domain, " or "), subjType)
	}
	return nil
}

func fits(t string, allowed []string) bool {
	for _, a := range allowed {
		if IsA(t, a) {
			return true
		}
	}
	return false
}

// ParseValue turns the text of an attribute value into a typed literal:
// integers as xsd:integer, dates as xsd:date, xsd:gYearMonth or xsd:gYear,
// strings as plain strings.
func (p Predicate) ParseValue(text string) (quad.Value, error) {
	switch p.Value {
	case Integer:
		n, err := strconv.ParseInt(text, 10, 64)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%s takes a whole number, got %q", p.Name, text)
		}
		return quad.TypedString{Value: quad.String(strconv.FormatInt(n, 10)), Type: quad.IRI(XSD + "integer")}, nil
	case Date:
		for _, f := range []struct{ layout, typ string }{{"2006-01-02", "date"}, {"2006-01", "gYearMonth"}, {"2006", "gYear"}} {
			if len(text) == len(f.layout) {
				if _, err := time.Parse(f.layout, text); err == nil {
					return quad.TypedString{Value: quad.String(text), Type: quad.IRI(XSD + f.typ)}, nil
				}
			}
		}
		return nil, fmt.Errorf("%s takes a date as YYYY-MM-DD, YYYY-MM or YYYY, got %q", p.Name, text)
	case String:
		if strings.TrimSpace(text) == "" {
			return nil, fmt.Errorf("%s takes a non-empty text", p.Name)
		}
		return quad.String(text), nil
	}
	return nil, fmt.Errorf("%s links two entities, not an entity and a value", p.Name)
}
