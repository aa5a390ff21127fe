package server

// The quad formats /api/v2/read, /api/v2/write and /api/v2/formats know:
// N-Quads, the default, and JSON-LD, what cayleyexport and cayleyimport ask
// for unless told otherwise.
import (
	_ "github.com/cayleygraph/quad/jsonld" // application/ld+json
	_ "github.com/cayleygraph/quad/nquads" // application/n-quads
)
