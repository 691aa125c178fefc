package match

import "testing"

// Initials in capitals before an institution's name are another party's, the job kept under it;
// initials after the name, or read by the table, are the project's own words.
func TestLeadingPartyInitials(t *testing.T) {
	qb := []Entry{{ID: "c", Name: "Quillan University"}, {ID: "j", Name: "Marrow Builders LLC:Quillan Residence Hall"}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	checkPrecisionCases(t, []precisionCase{
		{"a contractor's initials before the name", true, qb,
			Entry{ID: "p", Name: "MWB - Quillan University New Residence Hall"}, "", false, ""},
		{"the institution's project", true, qb,
			Entry{ID: "p", Name: "Quillan University Campus Center Kitchen"}, "c", true, "which has no jobs"},
		{"a program's letters after the name", true, qb,
			Entry{ID: "p", Name: "Quillan University STEM Lab Reno"}, "c", true, "which has no jobs"},
	})
}
