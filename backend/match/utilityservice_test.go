package match

import "testing"

// A body's services on one side and its "Utilities" on the other are its utility department; a
// record of the body for one of the services makes it a question, and another office is not one.
func TestUtilityServicesAreTheDepartment(t *testing.T) {
	p := Entry{ID: "p", Name: "York County Water & Sewer"}
	checkPrecisionCases(t, []precisionCase{
		{"the body's utilities", false,
			[]Entry{{ID: "u", Name: "York County Utilities"}, {ID: "o", Name: "Ostrander Family Trust"}},
			p, "u", true, ""},
		{"the body's water record too", false,
			[]Entry{{ID: "u", Name: "York County Utilities"}, {ID: "w", Name: "York County - Water"}},
			p, "", false, ""},
		{"another office of the body", false,
			[]Entry{{ID: "u", Name: "York County Utilities"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "York County Parks"}, "", false, ""},
		{"a district of its own", false,
			[]Entry{{ID: "u", Name: "York County Utilities"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "York County Water District"}, "", false, ""},
	})
}
