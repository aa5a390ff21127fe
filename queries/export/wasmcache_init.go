package export

import "github.com/kg-analyst/kg/queries/export/wasmcache"

// This package imports go-graphviz, so its init runs after go-graphviz's
// has compiled Graphviz with the cache wasmcache chose: TMPDIR can have its
// own value back.
func init() { wasmcache.Restore() }
