package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// ScanQuadStore is QuadStore for reading the store's quads one after
// another, as a whole export does. On PostgreSQL it also reads the values
// of many quads in one query (refs.BatchNamer, which cgraph.ValuesOf
// uses), where Cayley's SQL store reads one value per query; on bolt it
// also scans every quad straight from Cayley's log (ScanQuads). Paths and
// Gizmo need QuadStore itself: Cayley's SQL optimiser builds its queries
// only over its own store type.
func (s *Store) ScanQuadStore() cgraph.QuadStore {
	if sq, ok := s.qs.(*csql.QuadStore); ok && s.pg != nil {
		return pgQuadStore{QuadStore: sq, db: s.pg}
	}
	if s.bolt != nil {
		return boltQuadStore{QuadStore: s.qs, db: s.bolt.DB()}
	}
	return s.qs
}

// pgQuadStore is Cayley's SQL store on PostgreSQL with a batched read of
// values beside it: a query per pgValueBatch values rather than per value.
type pgQuadStore struct {
	*csql.QuadStore
	db *sql.DB
}

// pgValueBatch bounds the hashes of one query of ValuesOf.
const pgValueBatch = 4096

// pgValueQuery reads the nodes of a set of hashes, in the columns Cayley's
// SQL store keeps a value in (see pgNodeList).
const pgValueQuery = "SELECT hash, " + pgNodeList + " FROM nodes WHERE hash = ANY($1)"

// ValuesOf returns the values refs name, in their order: nil for a nil
// reference or a hash the store does not hold, as Cayley's NameOf does.
func (qs pgQuadStore) ValuesOf(ctx context.Context, vals []cgraph.Ref) ([]quad.Value, error) {
	out := make([]quad.Value, len(vals))
	at := map[refs.ValueHash][]int{} // where each hash asked for goes in out
	for i, r := range vals {
		var h refs.ValueHash
		switch r := r.(type) {
		case nil:
			continue
		case csql.NodeHash:
			h = r.ValueHash
		case refs.ValueHash:
			h = r
		default: // a pre-fetched value, or what only Cayley knows
			v, err := qs.NameOf(r)
			if err != nil {
				return nil, err
			}
			out[i] = v
			continue
		}
		if h.Valid() {
			at[h] = append(at[h], i)
		}
	}
	hashes := make([][]byte, 0, min(len(at), pgValueBatch))
	for h := range at {
		hashes = append(hashes, h[:])
		if len(hashes) == pgValueBatch {
			if err := qs.readValues(ctx, hashes, at, out); err != nil {
				return nil, err
			}
			hashes = hashes[:0]
		}
	}
	if len(hashes) > 0 {
		if err := qs.readValues(ctx, hashes, at, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// readValues reads the nodes of hashes and puts each value in out at the
// places at gives for its hash.
func (qs pgQuadStore) readValues(ctx context.Context, hashes [][]byte, at map[refs.ValueHash][]int, out []quad.Value) error {
	rows, err := qs.db.QueryContext(ctx, pgValueQuery, pq.ByteaArray(hashes))
	if err != nil {
		return fmt.Errorf("read values: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var hash []byte
		var n pgNodeRow
		if err := rows.Scan(&hash, &n.data, &n.str, &n.typ, &n.lang, &n.iri, &n.bnode, &n.vint, &n.vbool, &n.vfloat, &n.vtime); err != nil {
			return fmt.Errorf("read values: %w", err)
		}
		v, err := n.value()
		if err != nil {
			return fmt.Errorf("read value %x: %w", hash, err)
		}
		var h refs.ValueHash
		copy(h[:], hash)
		for _, i := range at[h] {
			out[i] = v
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read values: %w", err)
	}
	return nil
}

// RefsOf is Cayley's own look-up, one query a value; it is here because
// refs.BatchNamer asks for both directions.
func (qs pgQuadStore) RefsOf(ctx context.Context, nodes []quad.Value) ([]cgraph.Ref, error) {
	return refs.RefsOf(ctx, qs.QuadStore, nodes)
}

// pgNodeRow is the value columns of a row of Cayley's nodes table.
type pgNodeRow struct {
	data              []byte
	str, typ, lang    sql.NullString
	iri, bnode, vbool sql.NullBool
	vint              sql.NullInt64
	vfloat            sql.NullFloat64
	vtime             sql.NullTime
}

// value is the value the row holds, read as Cayley's SQL store reads it:
// a string column with the flags and type or language that qualify it,
// else the first typed column set, else the protocol-buffer encoding in
// the value column. Cayley stores a NUL character in a string as the four
// characters \x00.
func (n pgNodeRow) value() (quad.Value, error) {
	switch {
	case n.str.Valid && n.iri.Bool:
		return quad.IRI(n.str.String), nil
	case n.str.Valid && n.bnode.Bool:
		return quad.BNode(n.str.String), nil
	case n.str.Valid && n.lang.Valid:
		return quad.LangString{Value: quad.String(unescapeNul(n.str.String)), Lang: n.lang.String}, nil
	case n.str.Valid && n.typ.Valid:
		return quad.TypedString{Value: quad.String(unescapeNul(n.str.String)), Type: quad.IRI(n.typ.String)}, nil
	case n.str.Valid:
		return quad.String(unescapeNul(n.str.String)), nil
	case n.vint.Valid:
		return quad.Int(n.vint.Int64), nil
	case n.vbool.Valid:
		return quad.Bool(n.vbool.Bool), nil
	case n.vfloat.Valid:
		return quad.Float(n.vfloat.Float64), nil
	case n.vtime.Valid:
		return quad.Time(n.vtime.Time.UTC()), nil
	}
	return pquads.UnmarshalValue(n.data)
}

// unescapeNul undoes Cayley's escape of the NUL character in strings.
func unescapeNul(s string) string { return strings.ReplaceAll(s, `\x00`, "\x00") }
