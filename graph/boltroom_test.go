package graph

import (
	"encoding/binary"
	"path/filepath"
	"testing"

	boltdb "github.com/boltdb/bolt"
)

// TestReserveKeys checks that reserveKeys finds bolt's node in the bolt kg
// builds with and makes room in it, and that the keys put afterwards are
// all there after the commit.
func TestReserveKeys(t *testing.T) {
	if _, ok := boltNodes(); !ok {
		t.Fatal("bolt's Bucket.rootNode, node.isLeaf or node.inodes not found: reserveKeys does nothing")
	}
	db, err := boltdb.Open(filepath.Join(t.TempDir(), "test.bolt"), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const keys = 5000
	key := func(i int) []byte { return binary.BigEndian.AppendUint64(nil, uint64(i)) }
	err = db.Update(func(tx *boltdb.Tx) error {
		bk, err := tx.CreateBucket([]byte("b"))
		if err != nil {
			return err
		}
		out := &appender{bk: bk, keys: keys}
		if err := out.put(key(0), []byte("v")); err != nil {
			return err
		}
		if room := leafKeys(bk); !room.IsValid() || room.Cap() < keys {
			t.Errorf("after the first put, room for %d keys, want %d", room.Cap(), keys)
		}
		for i := 1; i < keys; i++ {
			if err := out.put(key(i), []byte("v")); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(func(tx *boltdb.Tx) error {
		n := 0
		c := tx.Bucket([]byte("b")).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if binary.BigEndian.Uint64(k) != uint64(n) {
				t.Fatalf("key %d is %x", n, k)
			}
			n++
		}
		if n != keys {
			t.Errorf("%d keys after the commit, want %d", n, keys)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
