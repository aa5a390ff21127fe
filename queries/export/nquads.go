package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/schema"
)

// WriteNQuads writes qs as N-Quads, one line each, sorted and without
// duplicates, so two exports of the same graph are byte for byte the same.
// Values are written by Cayley's N-Quads writer after they are made valid
// W3C N-Quads, which Cayley's dialect is not always: IRIs without a scheme
// are resolved against RelativeBase, characters IRIs cannot hold are
// percent-encoded, blank node labels N-Quads does not allow are replaced by
// stable ones, numbers get absolute datatype IRIs, bytes that are not UTF-8
// become U+FFFD, and a language tag N-Quads cannot write is dropped. A quad
// whose label is a literal cannot be written as N-Quads and is an error.
func WriteNQuads(w io.Writer, qs []quad.Quad) error {
	lines, err := NQuadLines(qs)
	if err != nil {
		return err
	}
	for _, l := range lines {
		if _, err := io.WriteString(w, l); err != nil {
			return fmt.Errorf("write n-quads: %w", err)
		}
	}
	return nil
}

// NQuadLines serializes qs as sorted, distinct N-Quads lines, each ending in
// a newline.
func NQuadLines(qs []quad.Quad) ([]string, error) {
	var buf bytes.Buffer
	enc := nquads.NewWriter(&buf)
	for _, q := range qs {
		if err := writeValidQuad(enc, q); err != nil {
			return nil, err
		}
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("write n-quads: %w", err)
	}
	text := buf.String()
	if text == "" {
		return nil, nil
	}
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	sort.Strings(lines)
	out := lines[:0]
	for i, l := range lines {
		if i == 0 || l != lines[i-1] {
			out = append(out, l)
		}
	}
	return out, nil
}

// writeValidQuad writes q, made valid W3C N-Quads, with enc; a quad
// N-Quads cannot carry at all is an error naming it.
func writeValidQuad(enc *nquads.Writer, q quad.Quad) error {
	if q.Label != nil && !queries.IsNode(q.Label) {
		return fmt.Errorf("write n-quads: quad %s has a literal as its graph label, which N-Quads does not allow (export with --no-labels)", q.NQuad())
	}
	if !queries.IsNode(q.Subject) {
		return fmt.Errorf("write n-quads: quad %s has a literal as its subject, which N-Quads does not allow", q.NQuad())
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return fmt.Errorf("write n-quads: quad %s has a predicate that is not an IRI, which N-Quads does not allow", q.NQuad())
	}
	q = cleanQuad(q)
	if err := enc.WriteQuad(q); err != nil {
		return fmt.Errorf("write n-quads: quad %s: %w", q.NQuad(), err)
	}
	return nil
}

// cleanValue makes IRIs (also a typed literal's datatype) valid IRIREFs,
// and writes Cayley's native values (quad.Int, quad.Float, quad.Bool,
// quad.Time) as typed literals with absolute datatype IRIs: Cayley writes
// them with "xsd:" datatypes, which are not absolute IRIs.
func cleanValue(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return quad.IRI(escapeIRI(absoluteIRI(validUTF8(string(v)))))
	case quad.BNode:
		return blankNode(v)
	case quad.String:
		return quad.String(validUTF8(string(v)))
	case quad.LangString:
		v.Value = quad.String(validUTF8(string(v.Value)))
		if !validLangTag(v.Lang) {
			return v.Value // a tag N-Quads cannot write: keep the text
		}
		return v
	case quad.TypedString:
		v.Value = quad.String(validUTF8(string(v.Value)))
		v.Type = quad.IRI(escapeIRI(absoluteIRI(validUTF8(string(fullIRI(v.Type))))))
		return v
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(v))), Type: fullIRI(v.TypedString().Type)}
	case quad.TypedStringer:
		return cleanValue(v.TypedString())
	}
	return v
}

// validUTF8 replaces bytes that are not UTF-8 with U+FFFD: N-Quads is UTF-8.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// validLangTag reports whether N-Quads' LANGTAG accepts tag:
// [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
func validLangTag(tag string) bool {
	for i, part := range strings.Split(tag, "-") {
		if part == "" {
			return false
		}
		for _, r := range part {
			letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			if !letter && (i == 0 || r < '0' || r > '9') {
				return false
			}
		}
	}
	return true
}

// fullIRI expands a prefixed IRI ("xsd:integer") with kg's prefixes, then
// Cayley's.
func fullIRI(iri quad.IRI) quad.IRI {
	if full, ok := schema.Expand(string(iri)); ok && !strings.Contains(string(iri), "//") {
		return full
	}
	return iri.Full()
}

// cleanQuad applies cleanValue to every value of q.
func cleanQuad(q quad.Quad) quad.Quad {
	return quad.Quad{Subject: cleanValue(q.Subject), Predicate: cleanValue(q.Predicate), Object: cleanValue(q.Object), Label: cleanValue(q.Label)}
}

// RelativeBase is the base against which WriteNQuads resolves IRIs without
// a scheme (Cayley's dialect accepts <alice>; N-Quads does not).
const RelativeBase = schema.Base

// relativeBase is RelativeBase parsed, once: absoluteIRI runs for every
// value of an export.
var relativeBase = mustParseURL(RelativeBase)

func mustParseURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(fmt.Sprintf("parse %q: %v", s, err))
	}
	return u
}

// absoluteIRI resolves an IRI without a scheme against RelativeBase.
func absoluteIRI(s string) string {
	if hasScheme(s) {
		return s
	}
	if plainRelativePath(s) {
		// What ResolveReference would give, without parsing: Cayley's
		// dialect writes whole graphs of IRIs like </en/larry_fine_1902>.
		return RelativeBase + strings.TrimPrefix(s, "/")
	}
	base := relativeBase
	ref, err := url.Parse(s)
	if err != nil {
		return RelativeBase + strings.TrimPrefix(s, "/")
	}
	return base.ResolveReference(ref).String()
}

// plainRelativePath reports whether s is a relative path that resolves
// against RelativeBase (whose path is "/") by plain concatenation: no empty
// segment (so no network path "//host"), no dot segments, and only characters a URL path
// keeps as they are (no query, fragment, colon or percent sign).
func plainRelativePath(s string) bool {
	if s == "" || strings.Contains(s, "//") {
		return false
	}
	for _, seg := range strings.Split(s, "/") {
		if seg == "." || seg == ".." {
			return false
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~$&+,;=@/", c) >= 0
		if !ok {
			return false
		}
	}
	return true
}

// hasScheme reports whether s starts with an RFC 3986 scheme and a colon.
func hasScheme(s string) bool {
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.'):
		case i > 0 && r == ':':
			return true
		default:
			return false
		}
	}
	return false
}

// blankNode keeps a blank node label N-Quads accepts and replaces any other
// (Cayley's dialect allows "_:a:b") with a stable one derived from it.
func blankNode(b quad.BNode) quad.BNode {
	s := string(b)
	ok := s != "" && !strings.HasSuffix(s, ".")
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_':
		case i > 0 && (r == '-' || r == '.'):
		default:
			ok = false
		}
	}
	if ok {
		return b
	}
	h := sha256.Sum256([]byte(s))
	return quad.BNode("kgx" + hex.EncodeToString(h[:8]))
}

// escapeIRI percent-encodes the characters an IRI cannot hold (controls,
// space, <>"{}|^` and backslash), as the IRI-to-URI mapping does: N-Quads
// parsers reject them raw and as \u escapes alike.
func escapeIRI(s string) string {
	if !strings.ContainsFunc(s, badIRIRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !badIRIRune(r) {
			b.WriteRune(r)
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func badIRIRune(r rune) bool {
	return r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r)
}
