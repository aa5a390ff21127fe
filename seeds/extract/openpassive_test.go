package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPassivePlaced: a passive that says where before it says by whom
// makes its agent the doer, there: "was greeted in X by Y" is Y "greeted"
// the subject and "greeted in" X. Not a verb the lexicon types, a
// negation, or a title's state.
func TestPassivePlaced(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []openCase{
		{"the agent greeted the subject, there", "Trump was greeted in Basra by Khamenei.", []string{
			"ali-khamenei presentAt basra", "ali-khamenei says/greeted donald-trump", "ali-khamenei says/greeted-in basra", "donald-trump presentAt basra"}},
		{"a subject that names no one", "The pilgrims were received at the U.S. Embassy in Baghdad by Khamenei.", []string{
			"ali-khamenei says/received-at us-embassy-baghdad", "us-embassy-baghdad locatedIn baghdad"}},
		{"past the agent's title and its state", "The envoys were received in Basra by Iran's Supreme Leader Ali Khamenei.", []string{
			"ali-khamenei headOf iran", "ali-khamenei says/received-in basra"}},
		{"a negation asserts nothing", "Trump was not greeted in Basra by Khamenei.", nil},
		{"a verb the lexicon types is left to it", "The convoy was attacked in Basra by Kataib Hezbollah.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := append(statementsOf(t, x, tt.text, false), statementsOf(t, x, tt.text, true)...)
			if diff := cmp.Diff(tt.want, slices.Sorted(slices.Values(got))); diff != "" {
				t.Errorf("statements of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
