package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReportedClauses: a speaker links to what the reported clause names
// by "said that" (the speaker's word, never the clause's fact), and to the
// one told by "told"; an order ("warned X to stay away") reports nothing,
// nor does what the speaker did next ("..., and announced").
func TestReportedClauses(t *testing.T) {
	checkOpen(t, []openCase{
		{"every mention of the clause", "Khamenei said the Quds Force would not leave Iraq.", []string{
			"ali-khamenei says/said-that iraq", "ali-khamenei says/said-that quds-force"}},
		{"the one told, then the clause", "Trump told the Quds Force that Kataib Hezbollah had lost.", []string{
			"donald-trump says/said-that kataib-hezbollah", "donald-trump says/told quds-force"}},
		{"the clause before its speaker", "The U.S. Embassy was never in danger, Khamenei said in a statement.", []string{
			"ali-khamenei says/said-that us-embassy-baghdad"}},
		{"the clause before a titled speaker", "Iraq will not pay, Supreme Leader Ali Khamenei said.", []string{
			"ali-khamenei says/said-that iraq"}},
		{"an order is no clause", "Kataib Hezbollah warned Iraqi forces to stay away from Syria.", nil},
		{"the speaker's next verb ends the clause", "Trump said the U.S. Embassy was safe, and flew to Kuwait.", []string{
			"donald-trump says/flew-to kuwait", "donald-trump says/said-that us-embassy-baghdad"}},
		{"the paper's adjunct ends the clause", "Khamenei said Iraq would pay, hours after Trump left Syria.", []string{
			"ali-khamenei says/said-that iraq", "donald-trump says/left syria"}},
		{"where the speaker spoke (typed: presentAt) is not what the clause is about", "Trump said in an address from the White House that Kataib Hezbollah had lost.", []string{
			"donald-trump says/said-that kataib-hezbollah"}},
		{"nor the city of the rally, an event of its own", "Khamenei said at a rally in Basra on Friday that Iraq would pay.", []string{
			"ali-khamenei says/said-at rally-2020-01-03", "ali-khamenei says/said-that iraq"}},
		{"nor the medium he spoke on", "Trump said on Fox News that Iraq would pay.", []string{
			"donald-trump says/said-that iraq"}},
		{"a contrast of the paper's ends the clause", "Khamenei said that Iran was not involved, but the Quds Force was seen in Baghdad.", []string{
			"ali-khamenei says/said-that iran"}},
		{"the paper's contrast, opened by a possessive", "Khamenei said Iraq had no part in it, but Trump's envoy disagreed.", []string{
			"ali-khamenei says/said-that iraq"}},
		{"but that goes on with what was said", "Khamenei said Iraq would pay, but that the Quds Force would wait.", []string{
			"ali-khamenei says/said-that iraq", "ali-khamenei says/said-that quds-force"}},
		{"but not qualifies what was said", "Khamenei said Iraq would pay, but not Kuwait.", []string{
			"ali-khamenei says/said-that iraq", "ali-khamenei says/said-that kuwait"}},
		{"a place does not speak", "Basra said Iran would pay.", nil},
		{"a capital speaks as its state", "Baghdad said Iran would pay.", []string{"iraq says/said-that iran"}},
		{"a claim verb past when it was made, then that", "Khamenei vowed after the funeral on Friday that Kataib Hezbollah was ready.", []string{
			"ali-khamenei says/said-that kataib-hezbollah", "ali-khamenei says/vowed-after funeral-2020-01-03"}},
		{"what the circumstances own is not where he spoke", "Khamenei pledged after Trump's speech that Iraq was calm.", []string{
			"ali-khamenei says/pledged-after-speech-of donald-trump", "ali-khamenei says/said-that iraq"}},
		{"a participle set off between the speaker and the verb", "Khamenei, speaking to clerics on Friday, said that Iraq appeared calm.", []string{
			"ali-khamenei says/said-that iraq"}},
		{"a participle that names a place, then the verb", "Trump, speaking from the White House, said that Iraq appeared calm.", []string{
			"donald-trump says/said-that iraq"}},
		{"an object's participle is no speaker's aside", "Trump praised Khamenei, citing the truce, and said Iraq was calm.", []string{
			"donald-trump says/praised ali-khamenei", "donald-trump says/said-that iraq"}},
		{"an announcement takes an object, not a clause", "Trump announced new sanctions on Iran.", []string{
			"donald-trump says/announced-new-sanctions-on iran"}},
	})
}

// openCase is a sentence and the open relations read in it.
type openCase struct {
	name, text string
	want       []string
}

// checkOpen reads each case's sentence with the known entities and
// compares its open relations.
func checkOpen(t *testing.T, cases []openCase) {
	t.Helper()
	x := New(known, Options{})
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, statementsOf(t, x, tt.text, true)); diff != "" {
				t.Errorf("open relations of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
