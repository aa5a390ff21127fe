package extract

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

//go:embed rules/capitals.seats
var embeddedSeats string

// seatsOfGovernment maps the name key of a capital to the name of its
// state (rules/capitals.seats), checked when the package starts.
var seatsOfGovernment = mustSeats(embeddedSeats)

func mustSeats(src string) map[string]string {
	m, err := parseSeats("rules/capitals.seats", src, World())
	if err != nil {
		panic("extract: " + err.Error())
	}
	return m
}

// parseSeats reads "Capital: State" lines; # starts a comment. Each
// capital must be a city of world and each state a country of it, so a
// misspelt line fails at start, not silently at extraction.
func parseSeats(file, src string, world []schema.Entity) (map[string]string, error) {
	typeOf := map[string]string{}
	for _, e := range world {
		typeOf[nameKey(e.Name)] = e.Type
	}
	out := map[string]string{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		capital, state, ok := strings.Cut(line, ":")
		capital, state = strings.TrimSpace(capital), strings.TrimSpace(state)
		switch {
		case !ok || capital == "" || state == "":
			return nil, fmt.Errorf("%s:%d: want Capital: State, got %q", file, n+1, line)
		case typeOf[nameKey(capital)] != "City":
			return nil, fmt.Errorf("%s:%d: %q is no city of the built-in list", file, n+1, capital)
		case typeOf[nameKey(state)] != "Country":
			return nil, fmt.Errorf("%s:%d: %q is no country of the built-in list", file, n+1, state)
		case out[nameKey(capital)] != "":
			return nil, fmt.Errorf("%s:%d: %q already has a state", file, n+1, capital)
		}
		out[nameKey(capital)] = state
	}
	return out, nil
}

// seatSpeaker is the entity a speaker id stands for in a claim: a
// capital's state, when g knows the state; else the speaker itself.
func seatSpeaker(g *Gazetteer, id string) string {
	e, _ := g.Lookup(id)
	if e.Type != "City" {
		return id
	}
	if state, ok := seatsOfGovernment[nameKey(e.Name)]; ok {
		if s, found := g.Match(state); found {
			return s.ID
		}
	}
	return id
}
