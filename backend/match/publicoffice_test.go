package match

import "testing"

// A county's tax office on one side and the county on the other are one payee, and a state's code
// after the body's place only says which state's; a body's other office, or a body of another
// state, stays apart.
func TestPublicBodyTaxOfficeAndState(t *testing.T) {
	one := func(name string) []Entry {
		return []Entry{{ID: "b", Name: name}, {ID: "o", Name: "Ostrander Family Trust"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"the tax office's words", false, one("Dunmore County Assessment & Taxation"),
			Entry{ID: "p", Name: "Dunmore County"}, "b", true, ""},
		{"the county's treasurer", false, one("Bexley County Treasurer"),
			Entry{ID: "p", Name: "County of Bexley"}, "b", true, ""},
		{"a state's code after the place", false, one("Quillan County MO Collector"),
			Entry{ID: "p", Name: "Quillan County Collector"}, "b", true, ""},
		{"another office of the county", false, one("Dunmore County Water Resources"),
			Entry{ID: "p", Name: "Dunmore County"}, "", false, ""},
		{"a firm named for the county with a trade, against the county's authority", false, one("Harlan County Authority"),
			Entry{ID: "p", Name: "Harlan County Electric"}, "", false, ""},
		{"the same body of another state", false, one("Quillan County MO Collector"),
			Entry{ID: "p", Name: "Quillan County KS Collector"}, "", false, ""},
	})
}
