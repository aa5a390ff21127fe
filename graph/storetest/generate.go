package storetest

import (
	"bufio"
	"fmt"
	"io"
	"math/rand"
	"os"
	"slices"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-analyst/kg/graph/write"
	"github.com/kg-analyst/kg/schema"
)

// genTypes are the entity types generated graphs use; between them every
// relation kg's vocabulary has a subject and an object for.
var genTypes = []string{"Person", "Organization", "Place", "Event", "Legislation", "Vehicle"}

// syllables spell the generated names; an entity's number in base
// len(syllables) picks them, so every name is distinct.
var syllables = []string{"ka", "lo", "mi", "ra", "sen", "tu", "vo", "zar", "bel", "dun", "fi", "gor", "has", "jen", "kor", "lin"}

// Generator makes a graph in kg's own schema, one document at a time, as a
// quad.Reader: documents with titles, dates and sentences; entities with
// names, aliases and types, each defined by the first document naming it;
// typed statements whose subject and object fit the predicate's domain and
// range; and co-mentions between the entities of a sentence. Which entity a
// sentence names is drawn from a Zipf law per type, so a few hubs appear in
// many documents and most entities in one or two, as in news. The same seed
// and size give the same quads in the same order; memory holds one document
// and a bit per entity, never the graph.
type Generator struct {
	rng       *rand.Rand
	target    int
	perType   int                   // entities of each type
	zipf      map[string]*rand.Zipf // per type: rank of the entity drawn
	relations map[string][]relation // per subject type: what it can be linked by
	defined   []bool                // entity defined by an earlier document
	doc       int                   // documents made
	emitted   int                   // quads handed out
	pending   []quad.Quad           // the current document's quads not yet read
}

// relation is one predicate with an object type that fits its range.
type relation struct {
	pred    schema.Predicate
	objType string
}

// NewGenerator returns a Generator that stops after the document that brings
// its output to at least quads quads.
func NewGenerator(seed int64, quads int) *Generator {
	rng := rand.New(rand.NewSource(seed))
	// About one entity per 40 quads: the film graph's ratio of nodes to
	// quads, and enough that the tail is long.
	perType := max(quads/40/len(genTypes), 4)
	g := &Generator{rng: rng, target: quads, perType: perType,
		zipf: map[string]*rand.Zipf{}, relations: relationsByType(),
		defined: make([]bool, perType*len(genTypes))}
	for _, t := range genTypes {
		g.zipf[t] = rand.NewZipf(rng, 1.3, 2, uint64(perType-1))
	}
	return g
}

// relationsByType lists, per generated type, the relations (other than
// co-mention) a subject of that type can have, with an object type each.
func relationsByType() map[string][]relation {
	m := map[string][]relation{}
	for _, p := range schema.Predicates() {
		if p.IsAttribute() || p.Name == "mentionedWith" {
			continue
		}
		for _, st := range genTypes {
			for _, ot := range genTypes {
				if p.CheckRelation(st, ot) == nil {
					m[st] = append(m[st], relation{p, ot})
				}
			}
		}
	}
	return m
}

// ReadQuad returns the next quad, or io.EOF once the target is reached.
func (g *Generator) ReadQuad() (quad.Quad, error) {
	for len(g.pending) == 0 {
		if g.emitted >= g.target {
			return quad.Quad{}, io.EOF
		}
		_, qs, err := write.Quads(g.document())
		if err != nil {
			return quad.Quad{}, fmt.Errorf("generated document %d: %w", g.doc, err)
		}
		g.pending = qs
	}
	q := g.pending[0]
	g.pending = g.pending[1:]
	g.emitted++
	return q, nil
}

// Close ends the stream.
func (g *Generator) Close() error { g.pending = nil; g.emitted = g.target; return nil }

// Documents returns how many documents the generator has made so far.
func (g *Generator) Documents() int { return g.doc }

// entity draws an entity of type t: its number among all entities.
func (g *Generator) entity(t int) int {
	return int(g.zipf[genTypes[t]].Uint64())*len(genTypes) + t
}

// document makes the next document: 3 to 12 sentences, each naming two or
// three entities, stating one typed relation between two of them and
// co-mentioning every pair.
func (g *Generator) document() schema.Document {
	g.doc++
	id := fmt.Sprintf("gen%07d", g.doc)
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.doc%2000)
	d := schema.Document{ID: id, Title: "Report " + id, Date: day.Format("2006-01-02"),
		Source:    "https://news.example/" + id,
		Sentences: []schema.Sentence{{Index: 0, Text: "Report " + id}}}
	for n := 1; n <= 3+g.rng.Intn(10); n++ {
		g.sentence(&d, n)
	}
	return d
}

// sentence adds sentence n to d with its entities and statements.
func (g *Generator) sentence(d *schema.Document, n int) {
	subjType := g.rng.Intn(len(genTypes))
	rels := g.relations[genTypes[subjType]]
	r := rels[g.rng.Intn(len(rels))]
	subj := g.entity(subjType)
	obj := g.entity(typeIndex(r.objType))
	named := []int{subj}
	if obj != subj {
		named = append(named, obj)
	}
	if third := g.entity(g.rng.Intn(len(genTypes))); g.rng.Intn(2) == 0 && !slices.Contains(named, third) {
		named = append(named, third)
	}
	text := entityName(subj) + " " + r.pred.Label + " " + entityName(obj) + "."
	d.Sentences = append(d.Sentences, schema.Sentence{Index: n, Text: text})
	for _, e := range named {
		g.define(d, e)
	}
	ev := schema.Evidence{Sentence: n, Origin: schema.Curated, Confidence: 1}
	if g.rng.Intn(3) > 0 {
		ev = schema.Evidence{Sentence: n, Origin: schema.Extracted, Confidence: 0.5 + float64(g.rng.Intn(50))/100}
	}
	d.Statements = append(d.Statements, schema.Statement{Subject: entityID(subj), Predicate: r.pred, Object: entityID(obj), Evidence: ev})
	co, _ := schema.LookupPredicate("mentionedWith")
	for i, a := range named {
		for _, b := range named[i+1:] {
			d.Statements = append(d.Statements, schema.Statement{Subject: entityID(a), Predicate: co, Object: entityID(b),
				Evidence: schema.Evidence{Sentence: n, Origin: schema.Extracted, Confidence: 0.5}})
		}
	}
}

// define adds entity e to d's entities unless an earlier document defined it.
func (g *Generator) define(d *schema.Document, e int) {
	if g.defined[e] {
		return
	}
	g.defined[e] = true
	ent := schema.Entity{ID: entityID(e), Type: genTypes[e%len(genTypes)], Name: entityName(e)}
	if e%5 == 0 {
		ent.Aliases = []string{"the " + entityName(e) + " group"}
	}
	d.Entities = append(d.Entities, ent)
}

func typeIndex(name string) int {
	for i, t := range genTypes {
		if t == name {
			return i
		}
	}
	panic("storetest: no generated type " + name)
}

// entityID is entity e's id: its type's initial and number.
func entityID(e int) string {
	return fmt.Sprintf("%c%d", genTypes[e%len(genTypes)][0]+'a'-'A', e)
}

// entityName spells entity e's name from syllables, two words.
func entityName(e int) string {
	var first, last string
	n := e + 1
	for i := 0; n > 0; i++ {
		s := syllables[n%len(syllables)]
		if i%2 == 0 {
			first += s
		} else {
			last += s
		}
		n /= len(syllables)
	}
	if last == "" {
		last = "dor"
	}
	return capitalize(first) + " " + capitalize(last)
}

func capitalize(s string) string { return string(s[0]-'a'+'A') + s[1:] }

// WriteGenerated writes a generated graph of about quads quads, from seed,
// to an N-Quads file in dir and returns its path and the exact quad count.
func WriteGenerated(dir string, seed int64, quads int) (string, int, error) {
	path := fmt.Sprintf("%s/generated-%d-%d.nq", dir, seed, quads)
	f, err := os.Create(path)
	if err != nil {
		return "", 0, fmt.Errorf("create generated graph: %w", err)
	}
	defer f.Close()
	buf := bufio.NewWriterSize(f, 1<<20)
	n, err := quad.Copy(nquads.NewWriter(buf), NewGenerator(seed, quads))
	if err != nil {
		return "", 0, fmt.Errorf("write generated graph %s: %w", path, err)
	}
	if err := buf.Flush(); err != nil {
		return "", 0, fmt.Errorf("write generated graph %s: %w", path, err)
	}
	return path, n, f.Close()
}

// GeneratedHubs returns the IRIs of the entities a Generator names most, one
// per type: the first rank of each type's Zipf law.
func GeneratedHubs() []quad.IRI {
	hubs := make([]quad.IRI, len(genTypes))
	for t := range genTypes {
		hubs[t] = schema.EntityIRI(entityID(t))
	}
	return hubs
}
