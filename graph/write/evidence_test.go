package write

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/schema"
)

// TestEvidenceIRIAsWritten: the evidence node's name, made in one buffer,
// is the hash of the statement's terms as their String methods write
// them, for an entity object and for literals of each kind a statement
// carries, and for terms too long for the buffer on the stack.
func TestEvidenceIRIAsWritten(t *testing.T) {
	sentence := schema.SentenceIRI("a-doc", 7)
	subj, pred := schema.EntityIRI("qasem-soleimani"), schema.RDFType
	long := schema.EntityIRI(strings.Repeat("very-long-name-", 60))
	for _, tc := range []struct {
		name    string
		s, p, o quad.Value
	}{
		{"entity", subj, pred, schema.EntityIRI("quds-force")},
		{"string", subj, schema.Name, quad.String(`a "quoted" name`)},
		{"date", subj, schema.DatePublished, quad.TypedString{Value: "2020-01-03", Type: quad.IRI(schema.XSD + "date")}},
		{"int", subj, schema.Index, quad.Int(12)},
		{"float", subj, schema.Confidence, quad.Float(0.65)},
		{"long", long, pred, long},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := sha256.Sum256([]byte(tc.s.String() + " " + tc.p.String() + " " + tc.o.String()))
			want := quad.IRI(string(sentence) + "-x" + hex.EncodeToString(h[:6]))
			if got := evidenceIRI(sentence, tc.s, tc.p, tc.o); got != want {
				t.Errorf("evidenceIRI = %s, want %s", got, want)
			}
		})
	}
}
