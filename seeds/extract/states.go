package extract

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

//go:embed rules/countries.states
var embeddedStates string

// states are the sovereign states of rules/countries.states, first in the
// built-in list so that a state keeps a name key it shares with a city or
// a group.
var states = mustStates(embeddedStates)

func mustStates(src string) []schema.Entity {
	es, err := parseStates("rules/countries.states", src)
	if err != nil {
		panic("extract: " + err.Error())
	}
	return es
}

// parseStates reads "Name | other name | ..." lines, # starting a comment,
// into Countries whose ids are their names' slugs. A line whose name or
// alias another line already gave fails: a name belongs to one state
// (spellings of one key on one line, "U.S." and "US", are fine).
func parseStates(file, src string) ([]schema.Entity, error) {
	var out []schema.Entity
	line := map[string]int{} // name key -> the line that gave it
	for n, text := range strings.Split(src, "\n") {
		text = strings.TrimSpace(text)
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		names := strings.Split(text, "|")
		e := schema.Entity{Type: "Country"}
		for k, name := range names {
			name = strings.TrimSpace(name)
			switch key := nameKey(name); {
			case key == "":
				return nil, fmt.Errorf("%s:%d: empty name in %q", file, n+1, text)
			case line[key] != 0 && line[key] != n+1:
				return nil, fmt.Errorf("%s:%d: %q is already a name of line %d", file, n+1, name, line[key])
			default:
				line[key] = n + 1
			}
			if k == 0 {
				if e.Name, e.ID = name, Slug(name); e.ID == "" {
					return nil, fmt.Errorf("%s:%d: %q makes no id: write the name in Latin letters", file, n+1, name)
				}
			} else {
				e.Aliases = append(e.Aliases, name)
			}
		}
		out = append(out, e)
	}
	return out, nil
}
