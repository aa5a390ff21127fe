package gizmo

import (
	"sort"
	"strings"

	"github.com/kg-analyst/kg/schema"
)

// DefaultPrefixes returns the IRI prefixes kg's vocabulary uses (a fresh map
// the caller may change): id: for entities, kg: for kg's classes and
// predicates, doc: for documents and their sentences, and schema:, rdf:,
// rdfs: and xsd:. They mirror the namespaces of kg's schema package.
func DefaultPrefixes() map[string]string {
	out := make(map[string]string, len(schema.Prefixes))
	for p, ns := range schema.Prefixes {
		out[p] = ns
	}
	return out
}

// prefixes expands and shortens IRIs. Unlike Cayley's voc.Namespaces it is
// deterministic when namespaces nest: the longest namespace wins.
type prefixes struct {
	full map[string]string // prefix -> namespace
	byNS []nsPrefix        // longest namespace first
}

type nsPrefix struct{ ns, prefix string }

func newPrefixes(m map[string]string) *prefixes {
	p := &prefixes{full: make(map[string]string, len(m))}
	for pref, ns := range m {
		pref = strings.TrimSuffix(pref, ":")
		if !validPrefix(pref) || ns == "" {
			continue
		}
		p.full[pref] = ns
		p.byNS = append(p.byNS, nsPrefix{ns: ns, prefix: pref})
	}
	sort.Slice(p.byNS, func(i, j int) bool {
		a, b := p.byNS[i], p.byNS[j]
		if len(a.ns) != len(b.ns) {
			return len(a.ns) > len(b.ns)
		}
		if a.ns != b.ns {
			return a.ns < b.ns
		}
		return a.prefix < b.prefix
	})
	return p
}

// validPrefix reports whether s can be a prefix: a letter, then letters,
// digits, '-' or '_'.
func validPrefix(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-' || c == '_')) {
			return false
		}
	}
	return true
}

// expand turns "prefix:local" into the full IRI; ok is false when the text
// has no known prefix.
func (p *prefixes) expand(s string) (string, bool) {
	pref, local, found := strings.Cut(s, ":")
	if !found || strings.HasPrefix(local, "//") {
		return s, false
	}
	ns, ok := p.full[pref]
	if !ok {
		return s, false
	}
	return ns + local, true
}

// shorten turns a full IRI into "prefix:local" when a namespace matches.
func (p *prefixes) shorten(iri string) string {
	for _, n := range p.byNS {
		if strings.HasPrefix(iri, n.ns) {
			return n.prefix + ":" + iri[len(n.ns):]
		}
	}
	return iri
}

// unsafeIRI holds the characters rewrite refuses in an IRI: they would end
// or change the string literal, or are not allowed in IRIs.
const unsafeIRI = "\\'\"`$<> \t\n\r"

// rewrite expands prefixed IRIs written as whole string literals in a
// script: "<id:qasem-soleimani>" becomes
// "<https://kg.example.org/id/qasem-soleimani>". Single-quoted, double-quoted
// and substitution-free template literals count; other text is unchanged, so
// line and column numbers of errors stay right except within a rewritten
// line.
func (p *prefixes) rewrite(src string) string {
	if len(p.full) == 0 || !strings.Contains(src, ":") {
		return src
	}
	var b strings.Builder
	done := 0
	for _, lit := range scan(src).literals {
		body := src[lit.start+1 : lit.end-1]
		if len(body) < 3 || body[0] != '<' || body[len(body)-1] != '>' {
			continue
		}
		inner := body[1 : len(body)-1]
		if strings.ContainsAny(inner, unsafeIRI) {
			continue
		}
		full, ok := p.expand(inner)
		if !ok || strings.ContainsAny(full, unsafeIRI) {
			continue
		}
		b.WriteString(src[done : lit.start+1])
		b.WriteString("<" + full + ">")
		done = lit.end - 1
	}
	if done == 0 {
		return src
	}
	b.WriteString(src[done:])
	return b.String()
}
