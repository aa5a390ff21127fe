package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenRoutes: a phrase of a journey goes on to the journey's next
// stage, "and then to" the next place or "from" where it began, past a
// phrase that only locates the first place or says when; never across
// another clause or to what is no place. A stage one is present at is
// said by presentAt alone.
func TestOpenRoutes(t *testing.T) {
	x := New(known, Options{})
	for _, tt := range []openCase{
		{"and then to the next place", "Khamenei flew to Basra on Monday, and then to Kuwait.", []string{
			"ali-khamenei presentAt basra", "ali-khamenei presentAt kuwait"}},
		{"past a phrase that locates the first place", "Trump's plane was flown to Erbil in northern Iraq and later to Kuwait.", []string{
			"donald-trump says/plane-was-flown-to erbil", "donald-trump says/plane-was-flown-to kuwait", "erbil locatedIn iraq"}},
		{"where the journey began", "Khamenei travelled to Basra from Kuwait.", []string{
			"ali-khamenei presentAt basra", "ali-khamenei says/travelled-from kuwait"}},
		{"another clause is another journey", "Khamenei flew to Basra, and then Trump went to Kuwait.", []string{
			"ali-khamenei presentAt basra", "donald-trump presentAt kuwait"}},
		{"a place's own phrase is no stage", "Khamenei flew to Basra near Kuwait.", []string{
			"ali-khamenei presentAt basra", "basra locatedIn kuwait"}},
		{"a stage must be a place", "Khamenei flew to Basra and then to Trump.", []string{
			"ali-khamenei presentAt basra"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := append(statementsOf(t, x, tt.text, false), statementsOf(t, x, tt.text, true)...)
			if diff := cmp.Diff(tt.want, slices.Sorted(slices.Values(got))); diff != "" {
				t.Errorf("statements of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
