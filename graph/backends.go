package graph

// Every Cayley backend and query language kg offers is registered here, in
// one place, so no binary or test ends up without one.
import (
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"       // bolt: the persistent embedded default
	_ "github.com/cayleygraph/cayley/graph/memstore"      // memstore: in memory, for tests
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // cockroach: CockroachDB
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // postgres: PostgreSQL
	_ "github.com/cayleygraph/cayley/query/gizmo"         // gizmo: the JavaScript-like path language
)

// Backends kg registers, for help texts and tests.
var Backends = []string{"bolt", "memstore", "postgres", "cockroach"}
