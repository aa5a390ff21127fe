package schema

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// A Type is a class of entity. Types form a tree through Parent: an
// ArmedGroup is an Organization, so a predicate whose domain is Organization
// accepts it.
type Type struct {
	Name   string   // short name used in annotations and on the command line
	IRI    quad.IRI // the class IRI written as rdf:type
	Parent string   // Name of the more general type; "" for the roots
	Doc    string   // what belongs in it
}

// types is the type tree. Names are what analysts type; IRIs reuse schema.org
// classes where one means the same thing.
var types = []Type{
	{Name: "Thing", IRI: quad.IRI(SchemaOrg + "Thing"), Doc: "anything kg knows about"},
	{Name: "Agent", IRI: quad.IRI(Vocab + "Agent"), Parent: "Thing", Doc: "someone who can act: a person, an organization or a state"},
	{Name: "Person", IRI: quad.IRI(SchemaOrg + "Person"), Parent: "Agent", Doc: "a named or described individual"},
	{Name: "Organization", IRI: quad.IRI(SchemaOrg + "Organization"), Parent: "Agent", Doc: "a group of people acting together"},
	{Name: "GovernmentBody", IRI: quad.IRI(SchemaOrg + "GovernmentOrganization"), Parent: "Organization", Doc: "a government, administration, ministry or office"},
	{Name: "ArmedGroup", IRI: quad.IRI(Vocab + "ArmedGroup"), Parent: "Organization", Doc: "a militia or other non-state armed group"},
	{Name: "MilitaryUnit", IRI: quad.IRI(Vocab + "MilitaryUnit"), Parent: "Organization", Doc: "a state's armed force, service, unit or security force"},
	{Name: "Group", IRI: quad.IRI(Vocab + "Group"), Parent: "Organization", Doc: "an informal collective: protesters, a crowd"},
	{Name: "MediaOutlet", IRI: quad.IRI(Vocab + "MediaOutlet"), Parent: "Organization", Doc: "a news outlet or social-media platform"},
	{Name: "Place", IRI: quad.IRI(SchemaOrg + "Place"), Parent: "Thing", Doc: "somewhere"},
	{Name: "Country", IRI: quad.IRI(SchemaOrg + "Country"), Parent: "Agent", Doc: "a sovereign state, as a place and as an actor"},
	{Name: "City", IRI: quad.IRI(SchemaOrg + "City"), Parent: "Place", Doc: "a city or town"},
	{Name: "Region", IRI: quad.IRI(SchemaOrg + "AdministrativeArea"), Parent: "Place", Doc: "a province, state or wider region"},
	{Name: "Facility", IRI: quad.IRI(Vocab + "Facility"), Parent: "Place", Doc: "a building, base, embassy, site or compound"},
	{Name: "Event", IRI: quad.IRI(SchemaOrg + "Event"), Parent: "Thing", Doc: "something that happened (or is demanded or planned)"},
	{Name: "Legislation", IRI: quad.IRI(SchemaOrg + "Legislation"), Parent: "Thing", Doc: "a law, bill or decree"},
	{Name: "Vehicle", IRI: quad.IRI(SchemaOrg + "Vehicle"), Parent: "Thing", Doc: "an aircraft, a flight, a ship or another craft, named or by its model"},
}

var typeByName = func() map[string]*Type {
	m := make(map[string]*Type, len(types))
	for i := range types {
		m[types[i].Name] = &types[i]
	}
	return m
}()

// Types returns every entity type, parents before children.
func Types() []Type { return append([]Type(nil), types...) }

// LookupType finds a type by its Name (in any case) or its IRI.
func LookupType(name string) (Type, bool) {
	if t, ok := typeByName[name]; ok {
		return *t, true
	}
	for _, t := range types {
		if strings.EqualFold(t.Name, name) || string(t.IRI) == name {
			return t, true
		}
	}
	return Type{}, false
}

// TypeNames lists the type names, sorted, for help texts and errors.
func TypeNames() []string {
	out := make([]string, 0, len(types))
	for _, t := range types {
		out = append(out, t.Name)
	}
	sort.Strings(out)
	return out
}

// IsA reports whether type name is want or one of its descendants. A Country
// is an Agent (it acts) and a Place (things are located in it).
func IsA(name, want string) bool {
	if _, known := typeByName[name]; !known {
		return false
	}
	if name == "Country" && (want == "Place") {
		return true
	}
	for name != "" {
		if name == want {
			return true
		}
		t, ok := typeByName[name]
		if !ok {
			return false
		}
		name = t.Parent
	}
	return false
}
