package queries_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-analyst/kg/queries"
)

// TestPathsAllSimplePaths checks Paths, which meets in the middle, against
// a plain enumeration of every simple path on random graphs with hubs,
// parallel statements and literals: each sequence of nodes comes once, and
// its hops' statements spell out every chain of statements along it.
func TestPathsAllSimplePaths(t *testing.T) {
	ctx := context.Background()
	for seed := uint64(1); seed <= 12; seed++ {
		rnd := rand.New(rand.NewPCG(seed, 7))
		nodes := 6 + rnd.IntN(8)
		node := func(i int) quad.Value { return quad.IRI(fmt.Sprintf("http://kg.test/n%d", i)) }
		var qs []quad.Quad
		seen := map[quad.Quad]bool{}
		add := func(q quad.Quad) {
			if !seen[q] {
				seen[q] = true
				qs = append(qs, q)
			}
		}
		for i := 0; i < nodes*2; i++ {
			s, o := rnd.IntN(nodes), rnd.IntN(nodes)
			if i%5 == 0 {
				o = 0 // a hub
			}
			add(quad.Quad{Subject: node(s), Predicate: quad.IRI(fmt.Sprintf("http://kg.test/p%d", rnd.IntN(3))), Object: node(o)})
		}
		add(quad.Quad{Subject: node(1), Predicate: quad.IRI("http://kg.test/p0"), Object: quad.String("a literal")})
		st := memstore.New(qs...)
		for a := 0; a < nodes; a++ {
			for b := 0; b < nodes; b++ {
				if a == b {
					continue
				}
				for hops := 1; hops <= 5; hops++ {
					got, err := queries.Paths(ctx, st, node(a), node(b), queries.PathOptions{MaxHops: hops, Limit: 1 << 20})
					if err != nil {
						t.Fatal(err)
					}
					var gotS []string
					sequences := map[string]bool{}
					for _, p := range got {
						var names []string
						for _, n := range p.Nodes {
							names = append(names, n.IRI)
						}
						if seq := strings.Join(names, " "); sequences[seq] {
							t.Fatalf("seed %d, n%d to n%d in %d hops: %s comes twice", seed, a, b, hops, seq)
						} else {
							sequences[seq] = true
						}
						gotS = append(gotS, edgeChains(p.Hops)...)
					}
					want := allSimplePaths(qs, node(a), node(b), hops)
					slices.Sort(gotS)
					if diff := cmp.Diff(want, gotS); diff != "" {
						t.Fatalf("seed %d, n%d to n%d in %d hops (-all +Paths):\n%s", seed, a, b, hops, diff)
					}
				}
			}
		}
	}
}

// allSimplePaths enumerates the simple paths from a to b of at most max
// statements, in either direction, through IRIs only, sorted; each is
// written as Paths' edges are.
func allSimplePaths(qs []quad.Quad, a, b quad.Value, max int) []string {
	var out []string
	var stack []string
	on := map[quad.Value]bool{a: true}
	var walk func(v quad.Value)
	walk = func(v quad.Value) {
		if v == b {
			out = append(out, strings.Join(stack, " | "))
			return
		}
		if len(stack) == max {
			return
		}
		for _, q := range qs {
			var next quad.Value
			switch v {
			case q.Subject:
				next = q.Object
			case q.Object:
				next = q.Subject
			default:
				continue
			}
			if _, ok := next.(quad.IRI); !ok || on[next] {
				continue
			}
			on[next] = true
			stack = append(stack, string(q.Subject.(quad.IRI))+" "+string(q.Predicate.(quad.IRI))+" "+string(q.Object.(quad.IRI)))
			walk(next)
			stack = stack[:len(stack)-1]
			delete(on, next)
		}
	}
	walk(a)
	slices.Sort(out)
	return out
}

// edgeChains spells out every chain of statements a path's hops allow, as
// allSimplePaths writes them.
func edgeChains(hops [][]queries.Edge) []string {
	chains := []string{""}
	for i, hop := range hops {
		var next []string
		for _, c := range chains {
			for _, e := range hop {
				s := e.From.IRI + " " + e.Predicate + " " + e.To.IRI
				if i > 0 {
					s = c + " | " + s
				}
				next = append(next, s)
			}
		}
		chains = next
	}
	return chains
}
