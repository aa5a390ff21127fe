package server

import (
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/shape"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"
)

// readWriteTimeout bounds the sending of one /api/v2/read answer.
const readWriteTimeout = 30 * time.Minute

// serveRead answers Cayley's GET (or POST) /api/v2/read: the store's
// quads, filtered by ?sub=&pred=&obj=&label= (comma-separated values), in
// the format ?format= names or the Accept header asks for (N-Quads by
// default; cayleyexport asks for application/ld+json), gzipped when
// Accept-Encoding asks for it first.
//
// It follows Cayley's APIv2.ServeRead except in one respect: Cayley's
// handler writes values as stored, so a number comes out as
// "1"^^<xsd:integer>, a datatype IRI other than the one meant, and its
// ?iri=full does not reach numbers. Here IRIs and datatypes are written in
// full unless ?iri=short or ?iri=default says otherwise.
func (s *Server) serveRead(w http.ResponseWriter, r *http.Request) {
	format := readFormat(r)
	if format == nil || format.Writer == nil {
		writeError(w, http.StatusBadRequest, errorf("format %q is not supported for reading data", r.FormValue("format")))
		return
	}
	iris := quad.IRIOptions{Format: quad.IRIFull}
	switch r.FormValue("iri") {
	case "", "full":
	case "short":
		iris.Format = quad.IRIShort
	case "default":
		iris.Format = quad.IRIDefault
	default:
		writeError(w, http.StatusBadRequest, errorf("iri=%q: want full, short or default", r.FormValue("iri")))
		return
	}
	// A whole store may take longer to send than a query to run.
	http.NewResponseController(w).SetWriteDeadline(time.Now().Add(readWriteTimeout))
	qs := s.store(r.Context())
	filter := shape.FilterQuads(
		valuesFrom(r.FormValue("sub")), valuesFrom(r.FormValue("pred")),
		valuesFrom(r.FormValue("obj")), valuesFrom(r.FormValue("label")),
	)
	qr := cgraph.NewResultReader(qs, filter.BuildIterator(qs).Iterate())
	defer qr.Close()

	if len(format.Mime) != 0 {
		w.Header().Set("Content-Type", format.Mime[0])
	}
	var out io.Writer = w
	if specs := cayleyhttp.ParseAccept(r.Header, "Accept-Encoding"); len(specs) != 0 && specs[0].Value == "gzip" {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		defer zw.Close()
		out = zw
	}
	cw := &checkWriter{w: out}
	fw := format.Writer(cw)
	defer fw.Close()
	qw := quad.ValuesWriter(fw, func(_ quad.Direction, v quad.Value) (quad.Value, error) {
		return writtenValue(v, iris.Format), nil
	})
	_, err := quad.Copy(qw, qr)
	if err == nil {
		err = fw.Close()
	}
	if err != nil && !cw.written {
		writeError(w, http.StatusInternalServerError, fmt.Errorf("read quads: %w", err))
	} else if err != nil {
		// The status is sent; the client sees a truncated body.
		s.cfg.Logger.Warn("read quads", "err", err)
	}
}

// readFormat picks the format of a read: ?format=, else the first Accept
// type that names one, else N-Quads.
func readFormat(r *http.Request) *quad.Format {
	if name := r.FormValue("format"); name != "" {
		return quad.FormatByName(name)
	}
	for _, spec := range cayleyhttp.ParseAccept(r.Header, "Accept") {
		if f := quad.FormatByMime(spec.Value); f != nil {
			return f
		}
	}
	return quad.FormatByName("nquads")
}

// writtenValue is v as a read writes it: IRIs, and the datatypes of typed
// values (numbers, booleans and times included), in the IRI format f.
func writtenValue(v quad.Value, f quad.IRIFormat) quad.Value {
	iri := func(i quad.IRI) quad.IRI {
		switch f {
		case quad.IRIFull:
			return i.Full()
		case quad.IRIShort:
			return i.Short()
		}
		return i
	}
	switch v := v.(type) {
	case quad.IRI:
		return iri(v)
	case quad.TypedString:
		v.Type = iri(v.Type)
		return v
	case quad.TypedStringer:
		ts := v.TypedString()
		ts.Type = iri(ts.Type)
		return ts
	}
	return v
}

// valuesFrom reads a filter parameter: comma-separated values, as Cayley
// writes them ("<alice>", "\"cool_person\"").
func valuesFrom(s string) []quad.Value {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	out := make([]quad.Value, 0, len(parts))
	for _, p := range parts {
		out = append(out, quad.StringToValue(p))
	}
	return out
}

// checkWriter records whether anything was written.
type checkWriter struct {
	w       io.Writer
	written bool
}

func (w *checkWriter) Write(p []byte) (int, error) {
	w.written = true
	return w.w.Write(p)
}
