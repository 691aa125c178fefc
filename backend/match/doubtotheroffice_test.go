package match

import "testing"

// The permitting office under its own title meets the body's permits record, not its water
// office's; with only the water office on the list it is a question.
func TestDoubtOtherOfficeOfBody(t *testing.T) {
	p := Entry{ID: "p", Name: "City of Tarrow Construction Services"}
	checkPrecisionCases(t, []precisionCase{
		{"the permits record beside the water office's", false,
			[]Entry{{ID: "b", Name: "City of Tarrow - Permits"}, {ID: "w", Name: "City of Tarrow - Water Dept"}},
			p, "b", true, ""},
		{"only the water office", false,
			[]Entry{{ID: "w", Name: "City of Tarrow - Water Dept"}, {ID: "o", Name: "Ostrander Family Trust"}},
			p, "", false, "permitting office"},
	})
}
