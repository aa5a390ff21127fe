package graph

import (
	"reflect"
	"sync"
	"unsafe"

	boltdb "github.com/boltdb/bolt"
)

// Until a commit, bolt keeps every key a transaction puts into a bucket in
// one in-memory node per page it touched, and a bucket that is one page
// when the transaction starts (every bucket of a new store) is one node
// that takes all of them. The node's slice of keys grows by a quarter at a
// time, so the hundreds of thousands of keys of a batch allocated and
// copied it over and over: more than half of what a load of the film graph
// allocated, and much of the collector's work. bolt has no call to make
// room ahead; reserveKeys does it on bolt's node itself, found by the names
// and types of its fields, once. With a bolt whose fields differ it does
// nothing, and TestReserveKeys fails, so that a bolt upgrade cannot quietly
// slow the load down.

// boltNodeFields is where the fields reserveKeys needs are in bolt's types.
type boltNodeFields struct {
	rootNode uintptr      // Bucket.rootNode, a *node: the bucket's root, once read
	isLeaf   uintptr      // node.isLeaf, a bool
	inodes   uintptr      // node.inodes, a slice: the node's keys and values
	slice    reflect.Type // the type of node.inodes
}

// boltNodes finds the fields, or returns false.
var boltNodes = sync.OnceValues(func() (boltNodeFields, bool) {
	var f boltNodeFields
	root, ok := reflect.TypeFor[boltdb.Bucket]().FieldByName("rootNode")
	if !ok || root.Type.Kind() != reflect.Pointer || root.Type.Elem().Kind() != reflect.Struct {
		return f, false
	}
	node := root.Type.Elem()
	leaf, ok := node.FieldByName("isLeaf")
	if !ok || leaf.Type.Kind() != reflect.Bool {
		return f, false
	}
	inodes, ok := node.FieldByName("inodes")
	if !ok || inodes.Type.Kind() != reflect.Slice {
		return f, false
	}
	return boltNodeFields{rootNode: root.Offset, isLeaf: leaf.Offset, inodes: inodes.Offset, slice: inodes.Type}, true
})

// reserveKeys makes room in bk for n more keys when bk is, in this
// transaction, one leaf node that has been written to: the one node that
// takes every key put into it until the commit. It does nothing otherwise.
func reserveKeys(bk *boltdb.Bucket, n int) {
	keys := leafKeys(bk)
	if !keys.IsValid() || keys.Cap()-keys.Len() >= n {
		return
	}
	grown := reflect.MakeSlice(keys.Type(), keys.Len(), keys.Len()+n)
	reflect.Copy(grown, keys)
	keys.Set(grown)
}

// leafKeys returns the settable slice of keys of bk's root node when it is
// a leaf that has been read, or the zero Value.
func leafKeys(bk *boltdb.Bucket) reflect.Value {
	f, ok := boltNodes()
	if !ok {
		return reflect.Value{}
	}
	root := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(bk), f.rootNode))
	if root == nil || !*(*bool)(unsafe.Add(root, f.isLeaf)) {
		return reflect.Value{}
	}
	return reflect.NewAt(f.slice, unsafe.Add(root, f.inodes)).Elem()
}
