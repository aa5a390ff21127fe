package graph

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"

	"github.com/google/go-cmp/cmp"

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

// TestSortEntries checks the radix sort of index entries against a stable
// comparison sort, on keys of one to four IDs over several digit widths.
func TestSortEntries(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tt := range []struct {
		dirs  int
		maxID uint64
	}{{1, 1}, {2, 5}, {3, 1 << 11}, {2, 1<<22 + 3}, {4, 1 << 40}} {
		t.Run(fmt.Sprintf("dirs=%d/max=%d", tt.dirs, tt.maxID), func(t *testing.T) {
			entries := make([]indexEntry, 2000)
			for i := range entries {
				entries[i].q = int32(i)
				for d := range tt.dirs {
					entries[i].key[d] = rng.Uint64N(tt.maxID + 1)
				}
			}
			want := slices.Clone(entries)
			slices.SortStableFunc(want, func(x, y indexEntry) int {
				return slices.Compare(x.key[:tt.dirs], y.key[:tt.dirs])
			})
			sortEntries(entries, make([]indexEntry, len(entries)), tt.dirs, tt.maxID)
			if diff := cmp.Diff(want, entries, cmp.AllowUnexported(indexEntry{})); diff != "" {
				t.Errorf("sortEntries (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAppendValue checks the hand-written encoding of node values against
// Cayley's.
func TestAppendValue(t *testing.T) {
	for _, v := range []quad.Value{
		quad.IRI("/film/film"), quad.IRI(strings.Repeat("long", 100)), quad.BNode("b1"),
		quad.String(""), quad.String("Tomás"), quad.LangString{Value: "x", Lang: "en"},
		quad.Int(-3), quad.TypedString{Value: "1", Type: "t"},
	} {
		want, err := pquads.MarshalValue(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := appendValue([]byte("prefix"), v)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, append([]byte("prefix"), want...)) {
			t.Errorf("appendValue(%#v) = %x, want prefix + %x", v, got, want)
		}
	}
}

// TestHashOf checks the loader's hashes of node values against Cayley's.
func TestHashOf(t *testing.T) {
	b := &bulkTx{}
	for _, v := range []quad.Value{
		quad.IRI("/en/larry_fine_1902"), quad.IRI(""), quad.IRI("é>x"), quad.BNode("100000"),
		quad.String(`say "hi"`), quad.LangString{Value: "x", Lang: "en"}, quad.Int(7),
	} {
		if got, want := b.hashOf(v), refs.HashOf(v); got != want {
			t.Errorf("hashOf(%#v) = %x, want %x", v, got, want)
		}
	}
}

// TestByBucket checks the grouping of nodes by bucket against a stable
// comparison sort on the hashes' first two bytes, with few and many nodes
// per bucket.
func TestByBucket(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tt := range []struct {
		nodes   int
		buckets int // distinct first two bytes
	}{{0, 1}, {1, 1}, {50, 3}, {5000, 1 << 16}} {
		t.Run(fmt.Sprintf("nodes=%d/buckets=%d", tt.nodes, tt.buckets), func(t *testing.T) {
			nodes := make([]bulkNode, tt.nodes)
			for i := range nodes {
				b := rng.IntN(tt.buckets)
				nodes[i].hash[0], nodes[i].hash[1] = byte(b>>8), byte(b)
				nodes[i].hash[2] = byte(rng.IntN(256))
				nodes[i].id = uint64(i)
			}
			want := slices.Clone(nodes)
			slices.SortStableFunc(want, func(x, y bulkNode) int { return bytes.Compare(x.hash[:2], y.hash[:2]) })
			got := byBucket(nodes)
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(bulkNode{})); diff != "" {
				t.Errorf("byBucket (-want +got):\n%s", diff)
			}
		})
	}
}
