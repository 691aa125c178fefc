package match

import "testing"

// "Americas" names a firm's entity for a continent as "USA" names its entity for the country: a
// word one list leaves out. A word of its own beside it is still another firm.
func TestAmericasIsDescriptor(t *testing.T) {
	qb := []Entry{{ID: "a", Name: "Quenby Applied Americas Inc"}, {ID: "o", Name: "Ostrander Family Trust"}}
	checkPrecisionCases(t, []precisionCase{
		{"the entity for the Americas", false, qb, Entry{ID: "p", Name: "Quenby Applied"}, "a", true, ""},
		{"a word of its own", false, qb, Entry{ID: "p", Name: "Quenby Applied Robotics"}, "", false, ""},
	})
}
