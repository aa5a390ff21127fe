package queries

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// Details is what kg knows of an entity beyond its name and type: its
// description and, for an event, when and where it happened.
type Details struct {
	Description string   `json:"description,omitempty"`
	Date        string   `json:"date,omitempty"`   // schema:startDate as written: 2019-12-31 or 2019
	Places      []string `json:"places,omitempty"` // names of what it is located in
}

// Describe reads an entity's details.
func Describe(ctx context.Context, qs Reader, entity quad.Value) (Details, error) {
	s := newSession(qs)
	var d Details
	if v := s.firstOut(ctx, entity, schema.Description); v != nil {
		d.Description = ValueText(v)
	}
	if v := s.firstOut(ctx, entity, startDate); v != nil {
		d.Date = ValueText(v)
	}
	places, err := path.StartPath(qs, entity).Out(locatedIn).Iterate(ctx).AllValues(qs)
	if err != nil {
		return d, fmt.Errorf("describe %v: %w", entity, err)
	}
	for _, p := range uniqueValues(places) {
		d.Places = append(d.Places, s.node(ctx, p).Name)
	}
	sort.Strings(d.Places)
	return d, nil
}

var (
	startDate = predicateIRI("startDate")
	locatedIn = predicateIRI("locatedIn")
)

func predicateIRI(name string) quad.IRI {
	p, _ := schema.LookupPredicate(name) // names of kg's schema
	return p.IRI
}

// TimelineEvent is an event with when and where it happened, who took part
// and the statements that say so.
type TimelineEvent struct {
	Node
	Details
	// Links are the event's typed statements (no co-mentions), best first,
	// each with its evidence.
	Links []Edge `json:"links"`
}

// TimelineOptions narrow Timeline.
type TimelineOptions struct {
	Entity   quad.Value // only events this entity is linked to; all when nil
	From, To string     // only events dated within, as YYYY, YYYY-MM or YYYY-MM-DD; open when ""
}

// Timeline returns the events in date order, undated ones last by name,
// each with its participants and evidence.
func Timeline(ctx context.Context, qs Reader, opt TimelineOptions) ([]TimelineEvent, error) {
	events, nodes, err := entityNodes(ctx, qs, []string{"Event"})
	if err != nil {
		return nil, err
	}
	var out []TimelineEvent
	for i := range events {
		v := nodes[i].Value()
		d, err := Describe(ctx, qs, v)
		if err != nil {
			return nil, err
		}
		if !withinDates(d.Date, opt.From, opt.To) {
			continue
		}
		ans, err := FindLinks(ctx, qs, v, LinkOptions{})
		if err != nil {
			return nil, err
		}
		te := TimelineEvent{Node: nodes[i], Details: d, Links: []Edge{}}
		involved := opt.Entity == nil
		for _, l := range ans.Links {
			if l.From.IRI == ValueText(opt.Entity) || l.To.IRI == ValueText(opt.Entity) {
				involved = true
			}
			if l.Tier() < TierCoMention && l.Value == "" && l.Predicate != "locatedIn" {
				te.Links = append(te.Links, l.Edge)
			}
		}
		if involved {
			out = append(out, te)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Date == "") != (b.Date == "") {
			return a.Date != ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.Name < b.Name
	})
	return out, nil
}

// withinDates reports whether date falls within [from, to], comparing only
// as much as both say: the year 2019 is within 2019-12-01 to 2020-01-31.
// An undated event is kept only when no bound is given.
func withinDates(date, from, to string) bool {
	if date == "" {
		return from == "" && to == ""
	}
	cut := func(a, b string) (string, string) {
		n := min(len(a), len(b))
		return a[:n], b[:n]
	}
	if from != "" {
		if d, f := cut(date, from); d < f {
			return false
		}
	}
	if to != "" {
		if d, t := cut(date, to); d > t {
			return false
		}
	}
	return true
}
