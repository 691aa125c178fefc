package match

import "testing"

// Of two QuickBooks records that read as the firm, the one with the Procore record's phone is
// linked, not the one whose words fit better; a phone on a record of another name says nothing.
func TestDoubtContactSibling(t *testing.T) {
	firm := Entry{ID: "p", Name: "Harwick Electrical Distributors", Phone: "503-555-0112", City: "Vancouver"}
	checkPrecisionCases(t, []precisionCase{
		{"the firm's record with the same phone", false,
			[]Entry{{ID: "g", Name: "Harwick Elec Dist - Solarworks PDX"}, {ID: "v", Name: "HED Vancouver", Phone: "(503) 555-0112", City: "Vancouver"}},
			firm, "v", true, ""},
		{"the phone on another firm's record", false,
			[]Entry{{ID: "g", Name: "Harwick Elec Dist - Solarworks PDX"}, {ID: "o", Name: "Ostrander Family Trust", Phone: "503-555-0112"}},
			firm, "g", true, ""},
	})
}
