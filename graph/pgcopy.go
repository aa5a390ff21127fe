package graph

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/jackc/pgx/v5"
)

// A load goes to PostgreSQL in its binary COPY format, written here rather
// than through pgx's CopyFrom, which boxes every field of every row in an
// interface and encodes it through its type map: four hashes and a time a
// quad, and the few column types of a value, are simple enough to lay out
// directly (see "Binary Format" in PostgreSQL's COPY documentation).

// pgCopyHeader opens a binary COPY: its signature, no flags, no extension.
const pgCopyHeader = "PGCOPY\n\xff\r\n\x00" + "\x00\x00\x00\x00" + "\x00\x00\x00\x00"

// pgEpoch is the zero of PostgreSQL's binary timestamps.
var pgEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// pgCopyStream is n rows as a binary COPY stream, encoded a block at a
// time as the server reads them.
type pgCopyStream struct {
	n      int
	encode func(buf []byte, i int) ([]byte, error) // appends row i to buf
	next   int                                     // the next row to encode
	buf    []byte
	off    int // what of buf was read
	end    bool
}

// newPgCopyStream returns the stream of n rows that encode writes.
func newPgCopyStream(n int, encode func(buf []byte, i int) ([]byte, error)) *pgCopyStream {
	return &pgCopyStream{n: n, encode: encode, buf: []byte(pgCopyHeader)}
}

// Read is io.Reader's.
func (r *pgCopyStream) Read(p []byte) (int, error) {
	for r.off == len(r.buf) {
		if r.end {
			return 0, io.EOF
		}
		if err := r.fill(); err != nil {
			return 0, err
		}
	}
	n := copy(p, r.buf[r.off:])
	r.off += n
	return n, nil
}

// fill encodes the next block of rows into buf, and the end of the stream
// after the last.
func (r *pgCopyStream) fill() error {
	const block = 2048
	r.buf, r.off = r.buf[:0], 0
	last := min(r.next+block, r.n)
	for ; r.next < last; r.next++ {
		var err error
		if r.buf, err = r.encode(r.buf, r.next); err != nil {
			return err
		}
	}
	if last == r.n {
		r.buf = binary.BigEndian.AppendUint16(r.buf, ^uint16(0)) // the trailer
		r.end = true
	}
	return nil
}

// pgCopy runs COPY of stream's rows into table's columns, FREEZE when
// freeze is set.
func pgCopy(ctx context.Context, tx pgx.Tx, table string, freeze bool, cols []string, stream io.Reader) error {
	stmt := "COPY " + table + " (" + strings.Join(cols, ", ") + ") FROM STDIN (FORMAT binary"
	if freeze {
		stmt += ", FREEZE"
	}
	stmt += ")"
	_, err := tx.Conn().PgConn().CopyFrom(ctx, stream, stmt)
	return err
}

// pgAppendField appends v to a binary COPY row, in the binary form of the
// column types of Cayley's tables that hold the Go types of v.
func pgAppendField(buf []byte, v any) ([]byte, error) {
	be := binary.BigEndian
	switch v := v.(type) {
	case nil:
		return be.AppendUint32(buf, ^uint32(0)), nil // NULL
	case []byte: // bytea
		return append(be.AppendUint32(buf, uint32(len(v))), v...), nil
	case string: // text
		return append(be.AppendUint32(buf, uint32(len(v))), v...), nil
	case bool:
		b := byte(0)
		if v {
			b = 1
		}
		return append(be.AppendUint32(buf, 1), b), nil
	case int64: // bigint
		return be.AppendUint64(be.AppendUint32(buf, 8), uint64(v)), nil
	case int32: // integer
		return be.AppendUint32(be.AppendUint32(buf, 4), uint32(v)), nil
	case float64: // double precision
		return be.AppendUint64(be.AppendUint32(buf, 8), math.Float64bits(v)), nil
	case time.Time: // timestamp, timestamp with time zone: microseconds from pgEpoch
		us := v.Unix()*1_000_000 + int64(v.Nanosecond())/1000 - pgEpoch.Unix()*1_000_000
		return be.AppendUint64(be.AppendUint32(buf, 8), uint64(us)), nil
	}
	return buf, fmt.Errorf("no COPY encoding for %T", v)
}

// pgQuadStamp is what Cayley's quads table holds beside a quad's hashes:
// ts, and horizon, the first row's (the next rows counting up from it),
// or 0 to leave it to the column's default, its sequence.
type pgQuadStamp struct {
	horizon int64
	ts      time.Time
}

// pgCopyQuads writes the quads of set by COPY into table: Cayley's quads,
// stamped, or kg_load_quads (when stamp is nil), for a merge.
func pgCopyQuads(ctx context.Context, tx pgx.Tx, table string, freeze bool, set *pgLoadSet, stamp *pgQuadStamp) error {
	cols := []string{"subject_hash", "predicate_hash", "object_hash", "label_hash"}
	var ts []byte
	if stamp != nil {
		cols = append(cols, "ts")
		ts, _ = pgAppendField(nil, stamp.ts)
		if stamp.horizon != 0 {
			cols = append(cols, "horizon")
		}
	}
	be := binary.BigEndian
	stream := newPgCopyStream(len(set.quads), func(buf []byte, i int) ([]byte, error) {
		buf = be.AppendUint16(buf, uint16(len(cols)))
		for _, p := range set.quads[i] {
			if p == noPgNode {
				buf = be.AppendUint32(buf, ^uint32(0)) // NULL
				continue
			}
			h := &set.nodes[p].hash
			buf = append(be.AppendUint32(buf, uint32(len(h))), h[:]...)
		}
		buf = append(buf, ts...)
		if len(cols) == 6 {
			buf = be.AppendUint64(be.AppendUint32(buf, 8), uint64(stamp.horizon+int64(i)))
		}
		return buf, nil
	})
	if err := pgCopy(ctx, tx, table, freeze, cols, stream); err != nil {
		return fmt.Errorf("load: copy quads: %w", err)
	}
	return nil
}

// pgCopyNodes writes the values of set into table (Cayley's nodes or its
// staging table, with their reference counts when refs is set, or
// kg_load_nodes), each in the columns Cayley's writer would use.
func pgCopyNodes(ctx context.Context, tx pgx.Tx, table string, freeze, refs bool, set *pgLoadSet) error {
	cols := append([]string{"hash"}, pgNodeColumns...)
	if refs {
		cols = append(cols, "refs")
	}
	row := make([]any, len(cols))
	stream := newPgCopyStream(len(set.nodes), func(buf []byte, i int) ([]byte, error) {
		n := &set.nodes[i]
		typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.hash}, n.val)
		if err != nil {
			return buf, fmt.Errorf("value %v: %w", n.val, err)
		}
		clear(row)
		row[0] = vals[0]
		for i, col := range typ.Columns() {
			row[1+slices.Index(pgNodeColumns, col)] = vals[1+i]
		}
		if refs {
			if n.refs > math.MaxInt32 {
				return buf, fmt.Errorf("value %v: %d references, more than Cayley's refs column holds", n.val, n.refs)
			}
			row[len(row)-1] = int32(n.refs)
		}
		buf = binary.BigEndian.AppendUint16(buf, uint16(len(row)))
		for _, v := range row {
			if buf, err = pgAppendField(buf, v); err != nil {
				return buf, fmt.Errorf("value %v: %w", n.val, err)
			}
		}
		return buf, nil
	})
	if err := pgCopy(ctx, tx, table, freeze, cols, stream); err != nil {
		return fmt.Errorf("load: copy values: %w", err)
	}
	return nil
}
