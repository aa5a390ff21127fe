package queries_test

import (
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/queries"
)

func TestValueText(t *testing.T) {
	tests := []struct {
		in   quad.Value
		want string
	}{
		{nil, ""},
		{quad.IRI("https://kg.example.org/id/iran"), "https://kg.example.org/id/iran"},
		{quad.BNode("b1"), "_:b1"},
		{quad.String("Quds Force"), "Quds Force"},
		{quad.LangString{Value: "Irak", Lang: "de"}, "Irak"},
		{quad.TypedString{Value: "2019-12-31", Type: "http://www.w3.org/2001/XMLSchema#date"}, "2019-12-31"},
		{quad.Int(31), "31"}, // what a loaded "31"^^xsd:integer becomes
		{quad.Time(time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC)), "2020-01-03T00:00:00Z"},
	}
	for _, tt := range tests {
		if got := queries.ValueText(tt.in); got != tt.want {
			t.Errorf("ValueText(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
