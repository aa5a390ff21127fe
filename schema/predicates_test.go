package schema

import "testing"

// TestOneWay: hierarchies, parts, places and backing hold one way only;
// acts two agents may do to each other hold both ways.
func TestOneWay(t *testing.T) {
	for name, want := range map[string]bool{"leads": true, "partOf": true, "locatedIn": true, "backedBy": true, "responseTo": true, "attacked": false, "accused": false, "threatened": false, "mentionedWith": false} {
		p, ok := LookupPredicate(name)
		if !ok {
			t.Fatalf("no predicate %q", name)
		}
		if p.OneWay() != want {
			t.Errorf("%s.OneWay() = %v, want %v", name, p.OneWay(), want)
		}
	}
}
