package analysis

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/kg-analyst/kg/queries"
)

// Change is the answer of Diff: what became known between two dates.
type Change struct {
	From     string         `json:"from"`
	To       string         `json:"to"`
	Entities []queries.Node `json:"entities"` // entities whose first link became known in between
	Links    []queries.Edge `json:"links"`    // statements whose earliest evidence is in between, with that evidence
}

// Diff lists the statements whose earliest dated evidence falls after from
// and on or before to: what the graph as of to holds that the graph as of
// from did not. Each comes with its evidence from those days. Entities are
// listed when the earliest of their statements is in between. Undated
// evidence is known on every day, so it never appears.
func Diff(ctx context.Context, v *View, from, to string) Change {
	out := Change{From: from, To: to, Entities: []queries.Node{}, Links: []queries.Edge{}}
	within := func(date string) bool { return date != "" && date > from && date <= to }
	first := make([]string, len(v.nodes))
	var stmts []int
	for i, st := range v.stmts {
		for _, n := range []int{st.s, st.o} {
			if st.earliest != "" && (first[n] == "" || st.earliest < first[n]) {
				first[n] = st.earliest
			}
		}
		if within(st.earliest) {
			stmts = append(stmts, i)
		}
	}
	// Earliest first; on one day, typed statements before co-mentions.
	sort.SliceStable(stmts, func(a, b int) bool {
		sa, sb := v.stmts[stmts[a]], v.stmts[stmts[b]]
		if sa.earliest != sb.earliest {
			return sa.earliest < sb.earliest
		}
		return v.preds[sa.p] != coMention && v.preds[sb.p] == coMention
	})
	d := queries.NewDescriber(v.qs)
	for _, i := range stmts {
		st := v.stmts[i]
		var labels []quad.Value
		for _, l := range st.labels {
			if within(d.Evidence(ctx, l).Date) {
				labels = append(labels, l)
			}
		}
		out.Links = append(out.Links, d.Statement(ctx, v.nodes[st.s], v.preds[st.p], v.nodes[st.o], labels))
	}
	for i := range v.nodes {
		if within(first[i]) {
			out.Entities = append(out.Entities, v.describeNode(i))
		}
	}
	sort.SliceStable(out.Entities, func(a, b int) bool { return out.Entities[a].Name < out.Entities[b].Name })
	return out
}
