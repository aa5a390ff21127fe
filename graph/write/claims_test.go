package write_test

import (
	"testing"

	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/schema"
)

// TestQuadsAttribution: a sentence's sources become kg:attributedTo quads
// from the sentence to each source, labelled with the document.
func TestQuadsAttribution(t *testing.T) {
	d := doc(t)
	d.Sentences[0].Sources = []string{"qasem-soleimani"}
	_, quads, err := write.Quads(d)
	if err != nil {
		t.Fatal(err)
	}
	sent := schema.SentenceIRI(d.ID, d.Sentences[0].Index)
	found := 0
	for _, q := range quads {
		if q.Predicate == schema.AttributedTo {
			found++
			if q.Subject != sent || q.Object != schema.EntityIRI("qasem-soleimani") || q.Label != schema.DocumentIRI(d.ID) {
				t.Errorf("attribution quad %v", q)
			}
		}
	}
	if found != 1 {
		t.Errorf("%d attribution quads, want 1", found)
	}
}
