// Package schema is kg's vocabulary and domain model: the entity types, the
// predicates that link them (with domain, range and a readable label for
// each direction), the literal attributes events carry, the IRIs everything
// is written under, the Document, Entity and Statement every layer passes
// around, and how names are compared. It is the leaf of the project: it
// imports nothing of kg, so every other package can depend on it.
//
// Types and predicates reuse schema.org terms where one fits (schema:Person,
// schema:name, schema:startDate, ...) and the project namespace Vocab for the
// rest.
package schema

import (
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// Base is the root of every IRI kg mints.
const Base = "https://kg.example.org/"

// Namespaces used by kg's IRIs. Prefixes are given so tools can shorten them.
const (
	Vocab      = Base + "ns#"                                  // kg: classes and predicates
	EntityNS   = Base + "id/"                                  // id: entities
	DocumentNS = Base + "doc/"                                 // documents and their sentences
	SchemaOrg  = "http://schema.org/"                          // schema:
	RDF        = "http://www.w3.org/1999/02/22-rdf-syntax-ns#" // rdf:
	RDFS       = "http://www.w3.org/2000/01/rdf-schema#"       // rdfs:
	XSD        = "http://www.w3.org/2001/XMLSchema#"           // xsd:
)

// Prefixes maps the short prefixes kg prints and accepts to their namespaces.
var Prefixes = map[string]string{
	"kg":     Vocab,
	"id":     EntityNS,
	"doc":    DocumentNS,
	"schema": SchemaOrg,
	"rdf":    RDF,
	"rdfs":   RDFS,
	"xsd":    XSD,
}

// Well-known predicates that are not relations between entities.
var (
	RDFType       = quad.IRI(RDF + "type")
	SubClassOf    = quad.IRI(RDFS + "subClassOf")
	Label         = quad.IRI(RDFS + "label")
	Name          = quad.IRI(SchemaOrg + "name")
	AlternateName = quad.IRI(SchemaOrg + "alternateName")
	Description   = quad.IRI(SchemaOrg + "description")

	// Provenance: documents and sentences.
	DocumentClass = quad.IRI(Vocab + "Document")
	SentenceClass = quad.IRI(Vocab + "Sentence")
	Title         = quad.IRI(SchemaOrg + "headline")
	DatePublished = quad.IRI(SchemaOrg + "datePublished")
	Source        = quad.IRI(Vocab + "source")
	Text          = quad.IRI(Vocab + "text")
	Index         = quad.IRI(Vocab + "index")
	InDocument    = quad.IRI(Vocab + "document")
	InSentence    = quad.IRI(Vocab + "sentence")     // evidence node -> its sentence
	Origin        = quad.IRI(Vocab + "origin")       // "curated" or "extracted"
	Confidence    = quad.IRI(Vocab + "confidence")   // 0..1, for extracted facts
	AttributedTo  = quad.IRI(Vocab + "attributedTo") // sentence -> who the text says said it
)

// EntityIRI is the IRI of the entity with the given id (a slug such as
// "qasem-soleimani").
func EntityIRI(id string) quad.IRI { return quad.IRI(EntityNS + id) }

// DocumentIRI is the IRI of the document with the given id.
func DocumentIRI(id string) quad.IRI { return quad.IRI(DocumentNS + id) }

// SentenceIRI is the IRI of sentence n (1-based) of the document: the label of
// every quad that sentence states.
func SentenceIRI(docID string, n int) quad.IRI {
	return quad.IRI(DocumentNS + docID + "#s" + strconv.Itoa(n))
}

// EntityID returns the id of an entity IRI and whether it is one.
func EntityID(iri quad.IRI) (string, bool) {
	s := string(iri)
	if !strings.HasPrefix(s, EntityNS) {
		return "", false
	}
	return s[len(EntityNS):], true
}

// Shorten writes an IRI with one of the Prefixes ("kg:leads") when one
// matches, and in full otherwise.
func Shorten(iri quad.IRI) string {
	s := string(iri)
	best, bestNS := "", ""
	for p, ns := range Prefixes {
		if strings.HasPrefix(s, ns) && len(ns) > len(bestNS) {
			best, bestNS = p, ns
		}
	}
	if bestNS == "" {
		return s
	}
	return best + ":" + s[len(bestNS):]
}

// Expand turns "prefix:local" into a full IRI when the prefix is known; it
// reports false for anything else.
func Expand(s string) (quad.IRI, bool) {
	p, local, ok := strings.Cut(s, ":")
	if !ok {
		return "", false
	}
	ns, ok := Prefixes[p]
	if !ok {
		return "", false
	}
	return quad.IRI(ns + local), true
}
