package extract

import "testing"

// TestConjoinedVerbs: a verb phrase a comma and "and" join to the
// sentence's subject is the subject's; a passive keeps its auxiliary and
// names the relation only with a preposition that says to what.
func TestConjoinedVerbs(t *testing.T) {
	checkOpen(t, []openCase{
		{"a second verb phrase", "Supreme Leader Ali Khamenei wept in Tehran, and announced new sanctions on Iraq.", []string{
			"ali-khamenei says/announced-new-sanctions-on iraq", "ali-khamenei says/wept-in tehran"}},
		{"after a dateline", "BAGHDAD (Reuters) - Khamenei wept in Tehran, and asked Iraq to pay.", []string{
			"ali-khamenei says/asked iraq", "ali-khamenei says/wept-in tehran"}},
		{"the ones pressed, then what to do", "Trump pressed them to back Khamenei.", []string{
			"donald-trump says/pressed-to-back ali-khamenei"}},
		{"a second reported clause", "Khamenei condemned the visit, and said Iraq would suffer.", []string{
			"ali-khamenei says/said-that iraq"}},
		{"a negated second verb", "Khamenei wept in Tehran, and never visited Iraq.", []string{"ali-khamenei says/wept-in tehran"}},
		{"no comma: the object's verb, not the subject's", "Khamenei said Trump wept and visited Iraq.", []string{
			"ali-khamenei says/said-that donald-trump", "ali-khamenei says/said-that iraq"}},
		{"a passive with its preposition", "Qasem Soleimani was killed alongside Khamenei.", []string{
			"qasem-soleimani says/was-killed-alongside ali-khamenei"}},
		{"what a name owns", "Khamenei prayed beside Soleimani's grave.", []string{
			"ali-khamenei says/prayed-beside-grave-of qasem-soleimani"}},
		{"what a name owns, then more", "Khamenei prayed beside Soleimani's grave site.", nil},
		{"a passive that says when", "Qasem Soleimani was killed after Khamenei spoke.", nil},
	})
}
