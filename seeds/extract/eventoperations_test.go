package extract

import "testing"

// An operation named by a naming verb ("named the attack Operation X",
// "called it Operation X") is the event the verb names, the last of the
// noun's kind before it; an operation no naming verb gives to an event
// stays an entity of its own.
func TestOperationNameIsItsEventsName(t *testing.T) {
	x := New(known, IngestOptions())
	runMentionCases(t, x, []mentionCase{
		{"named the attack, the next sentence",
			"Iran fired ballistic missiles at Ain al-Asad on Jan. 8. The Guards said they had named the attack Operation Martyr Soleimani.",
			"Operation Martyr Soleimani", "missile-strike-2020-01-08"},
		{"called it, the same sentence",
			"Iran fired ballistic missiles at Ain al-Asad on Jan. 8, and the Guards called it Operation Martyr Soleimani.",
			"Operation Martyr Soleimani", "missile-strike-2020-01-08"},
		{"the last attack named, not an earlier one",
			"A U.S. drone strike killed Soleimani in Baghdad on Jan. 3. Iran fired ballistic missiles at Ain al-Asad on Jan. 8. The Guards named the attack Operation Martyr Soleimani.",
			"Operation Martyr Soleimani", "missile-strike-2020-01-08"},
		{"not the attack named as what another answered",
			"Iran fired ballistic missiles at Ain al-Asad on Jan. 8. Iraq's premier said Tehran had told him its response to the killing of Soleimani in a U.S. drone strike on Jan. 3 had begun. The Guards named the attack Operation Martyr Soleimani.",
			"Operation Martyr Soleimani", "missile-strike-2020-01-08"},
		{"an attack named after the answer is the one named",
			"Iran said its response to the killing of Soleimani had begun. Rockets hit Camp Taji on Jan. 8. The militia named the attack Operation Martyr Soleimani.",
			"Operation Martyr Soleimani", "rocket-attack-2020-01-08"},
		{"no naming verb: an operation of its own",
			"A U.S. drone strike killed Soleimani in Baghdad on Jan. 3. Operation Martyr Soleimani was announced by the Guards.",
			"Operation Martyr Soleimani", "operation-martyr-soleimani"},
	})
}
