package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

	"github.com/kg-analyst/kg/schema"
)

// A Format is an output format of an export.
type Format string

// The formats Write knows.
const (
	NQuads Format = "nquads" // sorted N-Quads (the default)
	DOT    Format = "dot"    // Graphviz source
	SVG    Format = "svg"    // drawing, rendered in-process
	PNG    Format = "png"    // drawing, rendered in-process
	JSONLD Format = "jsonld" // JSON-LD, compacted with kg's prefixes
)

// ErrUnknownFormat is returned for a format Write does not know.
var ErrUnknownFormat = errors.New("unknown export format")

// Formats lists every format, the default first.
func Formats() []Format { return []Format{NQuads, DOT, SVG, PNG, JSONLD} }

// ParseFormat reads a format name, in any case.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if strings.EqualFold(string(f), s) {
			return f, nil
		}
	}
	names := make([]string, 0, len(Formats()))
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("%w %q: want one of %s", ErrUnknownFormat, s, strings.Join(names, ", "))
}

// Binary reports whether the format is not text (and so should not go to a
// terminal).
func (f Format) Binary() bool { return f == PNG }

// Write writes qs to w in format f.
func Write(ctx context.Context, w io.Writer, f Format, qs []quad.Quad) error {
	switch f {
	case NQuads:
		return WriteNQuads(w, qs)
	case DOT:
		return WriteDOT(w, qs)
	case SVG, PNG:
		return Render(ctx, w, qs, f)
	case JSONLD:
		return WriteJSONLD(w, qs)
	}
	return fmt.Errorf("write: %w %q", ErrUnknownFormat, f)
}

// WriteJSONLD writes qs as JSON-LD with Cayley's writer (json-gold's RDF to
// JSON-LD algorithm), compacted with kg's prefixes and indented. Quads go in sorted, so
// the output is deterministic.
func WriteJSONLD(w io.Writer, qs []quad.Quad) error {
	sorted := sortedQuads(qs)
	var compact bytes.Buffer
	enc := jsonld.NewWriter(&compact)
	ctx := map[string]any{}
	for p, ns := range schema.Prefixes {
		ctx[p] = ns
	}
	enc.SetLdContext(ctx)
	for _, q := range sorted {
		if err := enc.WriteQuad(q); err != nil {
			return fmt.Errorf("write json-ld: quad %s: %w", q.NQuad(), err)
		}
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write json-ld: %w", err)
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact.Bytes(), "", "  "); err != nil {
		return fmt.Errorf("write json-ld: %w", err)
	}
	if _, err := out.WriteTo(w); err != nil {
		return fmt.Errorf("write json-ld: %w", err)
	}
	return nil
}

// sortedQuads returns qs cleaned as for N-Quads, in their N-Quads order,
// without duplicates.
func sortedQuads(qs []quad.Quad) []quad.Quad {
	byLine := make(map[string]quad.Quad, len(qs))
	for _, q := range qs {
		q = cleanQuad(q)
		byLine[q.NQuad()] = q
	}
	lines := sortedKeys(byLine)
	out := make([]quad.Quad, len(lines))
	for i, l := range lines {
		out[i] = byLine[l]
	}
	return out
}
