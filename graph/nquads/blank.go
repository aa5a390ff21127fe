package nquads

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"

	"github.com/cayleygraph/quad"
)

// scopeBlanks puts prefix before the label of every blank node of q.
func scopeBlanks(q quad.Quad, prefix string) quad.Quad {
	for _, d := range quad.Directions {
		if b, ok := q.Get(d).(quad.BNode); ok {
			q.Set(d, quad.BNode(prefix+string(b)))
		}
	}
	return q
}

// BlankPrefixHash returns a hash to feed a document's bytes to, for
// BlankPrefixFor.
func BlankPrefixHash() hash.Hash { return sha256.New() }

// BlankPrefixFor returns the blank node prefix of the document whose bytes
// h has read: the same document loaded twice gets the same blank nodes
// (loading it again changes nothing), two documents get different ones.
func BlankPrefixFor(h hash.Hash) string {
	return "d" + hex.EncodeToString(h.Sum(nil)[:6]) + "_"
}
