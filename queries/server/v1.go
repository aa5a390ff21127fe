package server

import (
	"encoding/json"
	"io"
	"net/http"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// serveV1Write answers Cayley's POST /api/v1/write: a JSON array of
// {"subject", "predicate", "object", "label"}, values written as Cayley
// writes them ("<alice>", "\"cool_person\"", "alice"), all added in one
// transaction.
func (s *Server) serveV1Write(w http.ResponseWriter, r *http.Request) {
	s.serveV1Change(w, r, cgraph.Add, "wrote")
}

// serveV1Delete answers Cayley's POST /api/v1/delete, as serveV1Write but
// removing the quads.
func (s *Server) serveV1Delete(w http.ResponseWriter, r *http.Request) {
	s.serveV1Change(w, r, cgraph.Delete, "deleted")
}

func (s *Server) serveV1Change(w http.ResponseWriter, r *http.Request, action cgraph.Procedure, did string) {
	data, err := io.ReadAll(r.Body) // bounded by limitBody
	if err != nil {
		fail(w, err)
		return
	}
	quads, err := parseV1Quads(data)
	if err != nil {
		fail(w, err)
		return
	}
	s.applyChange(w, quads, action, did)
}

// parseV1Quads reads the body of a v1 write or delete.
func parseV1Quads(data []byte) ([]quad.Quad, error) {
	var in []struct {
		Subject   string `json:"subject"`
		Predicate string `json:"predicate"`
		Object    string `json:"object"`
		Label     string `json:"label"`
	}
	if err := json.Unmarshal(data, &in); err != nil {
		return nil, errorf("want a JSON array of {\"subject\", \"predicate\", \"object\", \"label\"}: %w", err)
	}
	out := make([]quad.Quad, 0, len(in))
	for i, jq := range in {
		q := quad.Quad{
			Subject:   quad.StringToValue(jq.Subject),
			Predicate: quad.StringToValue(jq.Predicate),
			Object:    quad.StringToValue(jq.Object),
			Label:     quad.StringToValue(jq.Label),
		}
		if !q.IsValid() {
			return nil, errorf("quad %d is not valid: %v", i, q)
		}
		out = append(out, q)
	}
	return out, nil
}
