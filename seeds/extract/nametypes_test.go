package extract

import "testing"

// TestHeadWordsOfStreetsFirmsAndBuildings: a street's, a firm's and a
// building's last word types the name, also where a known name or a
// demonym opens it.
func TestHeadWordsOfStreetsFirmsAndBuildings(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a street", "The convoy moved down Rashid Street toward the bridge.", []string{"Rashid Street:Place"}},
		{"a street named for a country", "Crowds filled Lebanon Street at noon.", []string{"Lebanon Street:Place"}},
		{"a road", "Checkpoints closed Airport Road on Sunday.", []string{"Airport Road:Place"}},
		{"a firm", "\"Supply is tight,\" said Dana Ruiz, an analyst at Harbor Risk Associates.", []string{"Dana Ruiz:Person", "Harbor Risk Associates:Organization"}},
		{"a building named by a demonym", "Protesters held the Egyptian Tower for weeks.", []string{"Egyptian Tower:Facility"}},
	})
}

// TestNamesOfGatheringsAndFeasts: a gathering's or a feast's name is an
// event's, never a person's.
func TestNamesOfGatheringsAndFeasts(t *testing.T) {
	checkNewEntities(t, []newEntitiesCase{
		{"a vigil", "The Candlelight Vigil drew hundreds to the square.", []string{"Candlelight Vigil:Event"}},
		{"a feast", "Prices rose before Eid al-Fitr, traders said.", []string{"Eid al-Fitr:Event"}},
	})
}
