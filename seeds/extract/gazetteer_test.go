package extract

import (
	"testing"

	"github.com/kg-analyst/kg/schema"
	"github.com/kg-analyst/kg/seeds/article"
)

// TestGazetteerShapes: every run of words of the dev articles whose key
// names a known entity passes mayName, and most runs that name nothing
// are turned away before their key is made; for a run not opening with
// al-, its first word's lengths and wordsBit say what mayName says.
func TestGazetteerShapes(t *testing.T) {
	g := NewGazetteer(MergeKnown(known, World()), GazetteerOptions{Descriptive: true})
	named, skipped := 0, 0
	for _, p := range devArticles(t) {
		for _, s := range article.Parse("p", p).Sentences {
			toks := tokenize(s.Text)
			for i := range toks {
				for n := 1; n <= g.maxWords && i+n <= len(toks); n++ {
					run := toks[i : i+n]
					_, ok := g.byKey[joinKeys(run)]
					may := g.mayName(run)
					if !schema.IsParticle(run[0].Key) && may != (g.lengths[run[0].Key]&wordsBit(run) != 0) {
						t.Errorf("%q: mayName says %v, its first word's lengths the other", s.Text[run[0].Start:run[n-1].End], may)
					}
					switch {
					case ok && !may:
						t.Errorf("%q names an entity, but mayName turns it away", s.Text[toks[i].Start:toks[i+n-1].End])
					case ok:
						named++
					case !may:
						skipped++
					}
				}
			}
		}
	}
	if named == 0 || skipped == 0 {
		t.Errorf("runs naming an entity: %d, turned away: %d; want some of each", named, skipped)
	}
}
