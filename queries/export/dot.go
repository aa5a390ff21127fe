package export

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/goccy/go-graphviz"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/schema"
)

// palette colours nodes by type, most specific first: the first entry a
// node's type IsA wins.
var palette = []struct {
	typ, colour string
}{
	{"Person", "#8dd3c7"},
	{"ArmedGroup", "#fb8072"},
	{"MilitaryUnit", "#bebada"},
	{"GovernmentBody", "#80b1d3"},
	{"MediaOutlet", "#ffffb3"},
	{"Organization", "#fdb462"},
	{"Country", "#b3de69"},
	{"Place", "#ccebc5"},
	{"Event", "#fccde5"},
	{"Legislation", "#d9d9d9"},
}

// colourOf returns the fill colour for a node of type name.
func colourOf(name string) string {
	for _, p := range palette {
		if schema.IsA(name, p.typ) {
			return p.colour
		}
	}
	return "#ffffff"
}

// dotNode is what a drawing shows of one node.
type dotNode struct {
	name, typ string
	attrs     []string // "started on: 2020-01-03"
}

// dotEdge is one statement drawn between two nodes.
type dotEdge struct {
	from, to, label string
	evidence        []string // sentence texts, when the export has them
}

// WriteDOT draws qs as a Graphviz digraph: one node per entity, labelled
// with its name and type and coloured by type, with its attribute values
// listed under the name; one edge per statement between entities, labelled
// with the predicate's reading (schema's Label). When the quads include
// evidence, each edge's tooltip quotes its sentences. Naming, typing and
// provenance quads describe nodes rather than being drawn. The output is
// sorted, so it is deterministic.
func WriteDOT(w io.Writer, qs []quad.Quad) error {
	nodes := map[string]*dotNode{}
	node := func(v quad.Value) *dotNode {
		k := queries.ValueText(v)
		n, ok := nodes[k]
		if !ok {
			n = &dotNode{}
			if iri, isIRI := v.(quad.IRI); isIRI {
				n.name = schema.Shorten(iri)
			} else {
				n.name = k
			}
			nodes[k] = n
		}
		return n
	}
	names := map[string]string{}
	types := map[string]string{}
	texts := map[string]string{}      // sentence -> text
	sentenceOf := map[string]string{} // evidence node -> sentence
	edges := map[[3]string]*dotEdge{}
	edgeLabels := map[[3]string][]string{}
	for _, q := range qs {
		s := queries.ValueText(q.Subject)
		switch q.Predicate {
		case schema.Name:
			names[s] = queries.ValueText(q.Object)
			continue
		case schema.RDFType:
			if iri, ok := q.Object.(quad.IRI); ok {
				if t, ok := schema.LookupType(string(iri)); ok {
					types[s] = t.Name
				}
			}
			continue
		case schema.Text:
			texts[s] = queries.ValueText(q.Object)
			continue
		case schema.InSentence:
			sentenceOf[s] = queries.ValueText(q.Object)
			continue
		}
		if !queries.IsLinkPredicate(q.Predicate) {
			continue
		}
		label := predicateLabel(q.Predicate)
		if !queries.IsNode(q.Object) {
			n := node(q.Subject)
			n.attrs = append(n.attrs, label+": "+queries.ValueText(q.Object))
			continue
		}
		node(q.Subject)
		node(q.Object)
		k := [3]string{s, label, queries.ValueText(q.Object)}
		if _, ok := edges[k]; !ok {
			edges[k] = &dotEdge{from: k[0], label: k[1], to: k[2]}
		}
		if q.Label != nil {
			edgeLabels[k] = append(edgeLabels[k], queries.ValueText(q.Label))
		}
	}
	for k, n := range nodes {
		if name, ok := names[k]; ok {
			n.name = name
		}
		n.typ = types[k]
		n.attrs = distinctSorted(n.attrs)
	}
	for k, e := range edges {
		var evs []string
		for _, l := range edgeLabels[k] {
			if s, ok := sentenceOf[l]; ok {
				l = s
			}
			if t, ok := texts[l]; ok {
				evs = append(evs, t)
			}
		}
		e.evidence = distinctSorted(evs)
	}

	var b strings.Builder
	b.WriteString("digraph kg {\n")
	b.WriteString("\tgraph [rankdir=LR, fontname=\"Helvetica\", overlap=false];\n")
	b.WriteString("\tnode [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n")
	b.WriteString("\tedge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n")
	for _, k := range sortedKeys(nodes) {
		n := nodes[k]
		lines := []string{n.name}
		if n.typ != "" {
			lines = append(lines, "("+n.typ+")")
		}
		lines = append(lines, n.attrs...)
		fmt.Fprintf(&b, "\t%s [label=%s, fillcolor=%s, tooltip=%s];\n",
			dotQuote(k), dotQuote(strings.Join(lines, "\n")), dotQuote(colourOf(n.typ)), dotQuote(k))
	}
	keys := make([][3]string, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, c := keys[i], keys[j]
		if a[0] != c[0] {
			return a[0] < c[0]
		}
		if a[2] != c[2] {
			return a[2] < c[2]
		}
		return a[1] < c[1]
	})
	for _, k := range keys {
		e := edges[k]
		attrs := "label=" + dotQuote(e.label)
		if len(e.evidence) > 0 {
			attrs += ", tooltip=" + dotQuote(strings.Join(e.evidence, "\n"))
		}
		fmt.Fprintf(&b, "\t%s -> %s [%s];\n", dotQuote(e.from), dotQuote(e.to), attrs)
	}
	b.WriteString("}\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write dot: %w", err)
	}
	return nil
}

// Render draws qs with Graphviz, in-process, as format (SVG or PNG).
//
// Graphviz runs as WebAssembly inside the Go binary (github.com/goccy/
// go-graphviz on wazero): no cgo, no dot executable on the machine.
func Render(ctx context.Context, w io.Writer, qs []quad.Quad, format Format) error {
	var gvFormat graphviz.Format
	switch format {
	case SVG:
		gvFormat = graphviz.SVG
	case PNG:
		gvFormat = graphviz.PNG
	default:
		return fmt.Errorf("render: %w: %q", ErrUnknownFormat, format)
	}
	var dot bytes.Buffer
	if err := WriteDOT(&dot, qs); err != nil {
		return err
	}
	start := graphviz.New
	if format == PNG {
		start = pngGraphviz
	}
	gv, err := start(ctx)
	if err != nil {
		return fmt.Errorf("render %s: start graphviz: %w", format, err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(dot.Bytes())
	if err != nil {
		return fmt.Errorf("render %s: parse dot: %w", format, err)
	}
	defer g.Close()
	if err := gv.Render(ctx, g, gvFormat, w); err != nil {
		return fmt.Errorf("render %s: %w", format, err)
	}
	return nil
}

// predicateLabel is how a drawing reads a predicate: schema's label, or the
// IRI shortened.
func predicateLabel(p quad.Value) string {
	_, label, _ := queries.DescribePredicate(p)
	return label
}

// dotQuote writes s as a DOT quoted string.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r", "", "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

func distinctSorted(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
