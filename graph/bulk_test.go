package graph

import (
	"bytes"
	"testing"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"google.golang.org/protobuf/proto"
)

// TestAppendPrimitive checks the hand-written encoding of log entries
// against the protobuf library's, which Cayley uses to read them back.
func TestAppendPrimitive(t *testing.T) {
	tests := []struct {
		name  string
		id    uint64
		nodes [4]uint64
		ts    int64
		value []byte
	}{
		{name: "node", id: 1, ts: 1_700_000_000_000_000_000, value: []byte("\x0a\x05hello")},
		{name: "quad without label", id: 300, nodes: [4]uint64{1, 2, 3, 0}, ts: 5},
		{name: "quad with label", id: 1 << 40, nodes: [4]uint64{127, 128, 1 << 63, 16384}, ts: 1},
		{name: "negative timestamp", id: 2, nodes: [4]uint64{1, 1, 1, 1}, ts: -1},
		{name: "long value", id: 3, value: bytes.Repeat([]byte("x"), 300)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := proto.Marshal(&cproto.Primitive{ID: tt.id, Subject: tt.nodes[0], Predicate: tt.nodes[1],
				Object: tt.nodes[2], Label: tt.nodes[3], Timestamp: tt.ts, Value: tt.value})
			if err != nil {
				t.Fatal(err)
			}
			got := appendPrimitive(nil, tt.id, tt.nodes, tt.ts, tt.value)
			if !bytes.Equal(got, want) {
				t.Errorf("appendPrimitive = %x, want %x", got, want)
			}
		})
	}
}
