package extract

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTitleNeedsNamedBody wants a title rule to state its body only when
// the same sentence names the body and the title, just before the name, is not a former one.
func TestTitleNeedsNamedBody(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"named", "Defense Secretary [Mark Esper|Person] said the [Pentagon|GovernmentBody] agreed.", []string{"mark-esper headOf pentagon"}},
		{"body not named", "Defense Secretary [Mark Esper|Person] said the [State Department|GovernmentBody] agreed.", nil},
		{"body in another sentence", "Defense Secretary [Mark Esper|Person] spoke. The [Pentagon|GovernmentBody] agreed.", nil},
		{"former", "Former Defense Secretary [Jim Mattis|Person] said the [Pentagon|GovernmentBody] agreed.", nil},
		{"title apart", "The defense secretary, [Mark Esper|Person], said the [Pentagon|GovernmentBody] agreed.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ex, err := parseExample(c.text)
			if err != nil {
				t.Fatal(err)
			}
			res, err := New(ex.entities, Options{NoWorld: true}).Extract(context.Background(), Input{ID: "t", Raw: "Title\n\n" + ex.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, st := range res.Document.Statements {
				if st.Predicate.Name == "headOf" || st.Predicate.Name == "memberOf" {
					got = append(got, st.Subject+" "+st.Predicate.Name+" "+st.Object)
				}
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("statements (-want +got):\n%s", diff)
			}
		})
	}
}
