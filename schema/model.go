package schema

import (
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
)

// The domain model: what every layer of kg passes around. The text layer
// (seeds) produces Documents, the store layer (graph) writes and reads them,
// the question layer (queries) answers with Entities. One type each, so no
// layer converts another's.

// Origins of statements: the values of Evidence.Origin and of kg:origin.
const (
	Curated   = "curated"   // from a reviewed annotation
	Extracted = "extracted" // found by the extractor
	Loaded    = "loaded"    // read from N-Quads kg did not write
)

// Document is one article and what it contributes to the graph: its
// sentences, the entities it defines and the statements it makes.
type Document struct {
	ID         string
	Title      string
	Date       string // YYYY-MM-DD, optional
	Source     string // where the article came from, optional
	Raw        string // the article's text, when the document was read from it
	Sentences  []Sentence
	Entities   []Entity
	Statements []Statement
}

// Sentence is one sentence of a document. Index 0 is the title; the body's
// sentences are numbered from 1. Sentence numbers are the provenance kg
// keeps for every fact.
type Sentence struct {
	Index int
	Text  string
	Start int // byte offset of Text in the document's raw text
	End   int // byte offset just past Text
	// Sources are the entities the text says the sentence comes from
	// ("according to X", "X said"), by id: a claim, not the paper's own word.
	Sources []string
}

// Entity is a named thing: a person, group, place, event or law. Its JSON
// form is what every read command and the server print.
type Entity struct {
	IRI         string   `json:"iri"`
	ID          string   `json:"id,omitempty"`   // the IRI's local name when it is kg's
	Name        string   `json:"name"`           // schema:name
	Type        string   `json:"type,omitempty"` // schema type name, or the class IRI
	Aliases     []string `json:"aliases"`
	Description string   `json:"description,omitempty"`
}

// Names returns the entity's name followed by its aliases.
func (e Entity) Names() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// Mention is a span of a document's text that names an entity.
type Mention struct {
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"` // byte offsets in the document's raw text
	End      int    `json:"end"`
	Text     string `json:"text"`
	Entity   string `json:"entity"` // entity id
}

// Evidence is where a statement comes from: a sentence of a document, who
// said it was there, and how sure they are.
type Evidence struct {
	Document   string  // document id; empty inside a Document, whose statements are its own
	Sentence   int     // index in the document's sentences
	Origin     string  // Curated, Extracted or Loaded
	Confidence float64 // 0..1; 1 for curated statements
}

// Statement is one fact: a relation between two entities, or an attribute
// of one, with its evidence.
type Statement struct {
	Subject   string // entity id
	Predicate Predicate
	Object    string     // entity id, for relations
	Value     quad.Value // literal, for attributes
	Evidence
}

// Sentence returns the sentence with the given index.
func (d Document) Sentence(i int) (Sentence, bool) {
	if i >= 0 && i < len(d.Sentences) && d.Sentences[i].Index == i && d.Sentences[i].Text != "" {
		return d.Sentences[i], true // sentences are usually stored at their index
	}
	for _, s := range d.Sentences {
		if s.Index == i && s.Text != "" {
			return s, true
		}
	}
	return Sentence{}, false
}

// Validate reports the first thing that keeps d from being stored as it
// stands: an entity of a type the vocabulary lacks, a statement citing a
// sentence d does not have, or a statement without an object. The store
// writer refuses such a document with this error; the text layer checks
// its output with it.
func (d Document) Validate() error {
	for _, e := range d.Entities {
		if _, ok := LookupType(e.Type); !ok {
			return fmt.Errorf("document %s: entity %s: unknown type %q", d.ID, e.ID, e.Type)
		}
	}
	for _, st := range d.Statements {
		if _, ok := d.Sentence(st.Sentence); !ok {
			return fmt.Errorf("document %s: statement %s %s cites sentence %d, which it does not have", d.ID, st.Subject, st.Predicate.Name, st.Sentence)
		}
		if st.Predicate.IsAttribute() && st.Value == nil {
			return fmt.Errorf("document %s: statement %s %s has no object", d.ID, st.Subject, st.Predicate.Name)
		}
	}
	return nil
}

// Find returns the sentence that contains quote verbatim (after folding runs
// of white space). A quote that spans two sentences is not found: evidence is
// one sentence.
func (d Document) Find(quote string) (Sentence, bool) {
	q := collapseSpace(quote)
	if q == "" {
		return Sentence{}, false
	}
	for _, s := range d.Sentences {
		if s.Text != "" && strings.Contains(collapseSpace(s.Text), q) {
			return s, true
		}
	}
	return Sentence{}, false
}

// collapseSpace folds every run of white space to one space and trims the
// ends.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
