package queries_test

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	gcmp "github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/graph/storetest"
	"github.com/kg-analyst/kg/queries"
	"github.com/kg-analyst/kg/queries/gizmo"
	"github.com/kg-analyst/kg/schema"
)

// TestGizmoOrderInPlace checks what the README says of Gizmo over a bolt
// store too large to snapshot, queried in place, against Cayley's memstore
// holding the same quads in write order: the rows are the same; g.V() and a
// step along one predicate out of a node come in the same order; a step
// along every predicate comes grouped by predicate, in the order predicates
// first appeared, and within one in write order out of a node and in the
// order the subjects first appeared into it.
func TestGizmoOrderInPlace(t *testing.T) {
	ctx := context.Background()
	st, all := openGenerated(t, 30000)
	mem := memstore.New(all...)
	firstSeen := map[string]int{} // node as Gizmo writes it -> when it first appeared
	for _, q := range all {
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if k := gizmoText(v); v != nil && firstSeen[k] == 0 {
				firstSeen[k] = len(firstSeen) + 1
			}
		}
	}
	hub := storetest.GeneratedHubs()[0]
	co := quad.IRI(schema.Vocab + "mentionedWith")
	byFirstSeen := func(tag string) func(a, b map[string]any) int {
		return func(a, b map[string]any) int {
			return cmp.Compare(firstSeen[a[tag].(string)], firstSeen[b[tag].(string)])
		}
	}
	for _, c := range []struct {
		query string
		order func(a, b map[string]any) int // how bolt reorders memstore's rows, stably; nil: not at all
	}{
		{`g.V().all()`, nil},
		{fmt.Sprintf(`g.V("%s").out("%s").all()`, hub, co), nil},
		{fmt.Sprintf(`g.V("%s").out(null, "p").all()`, hub), byFirstSeen("p")},
		{fmt.Sprintf(`g.V("%s").in("%s").all()`, hub, co), byFirstSeen("id")},
		{fmt.Sprintf(`g.V("%s").in(null, "p").all()`, hub), func(a, b map[string]any) int {
			return cmp.Or(byFirstSeen("p")(a, b), byFirstSeen("id")(a, b))
		}},
	} {
		onBolt, inMemory := gizmoRows(ctx, t, st.QuadStore(), c.query), gizmoRows(ctx, t, mem, c.query)
		want := slices.Clone(inMemory)
		if c.order != nil {
			slices.SortStableFunc(want, c.order)
		}
		if len(want) < 10 {
			t.Fatalf("%s: %d rows; the hub should have many", c.query, len(want))
		}
		if diff := gcmp.Diff(want, onBolt); diff != "" {
			t.Errorf("%s on bolt, against memstore's rows reordered as the README says (-want +got):\n%s", c.query, diff)
		}
	}
}

// gizmoRows runs a Gizmo query without a limit and returns its rows.
func gizmoRows(ctx context.Context, t *testing.T, qs queries.Reader, src string) []map[string]any {
	t.Helper()
	res, err := gizmo.Run(ctx, qs, src, gizmo.Options{Limit: -1})
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	out := make([]map[string]any, len(res.Rows))
	for i, r := range res.Rows {
		b, err := json.Marshal(r)
		if err == nil {
			err = json.Unmarshal(b, &out[i])
		}
		if err != nil {
			t.Fatalf("%s: row %v: %v", src, r, err)
		}
	}
	return out
}

// gizmoText writes a node as Gizmo's rows do: IRIs in angle brackets,
// strings as themselves.
func gizmoText(v quad.Value) string {
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	if v == nil {
		return ""
	}
	return v.String()
}
