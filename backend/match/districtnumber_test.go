package match

import "testing"

// A district's number after "No." may be on one side only; two numbers are two districts.
func TestDistrictNumberOneSide(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"the district's number on one side", false,
			[]Entry{{ID: "d", Name: "Snoqual County PUD"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "Snoqual County PUD No. 1"}, "d", true, ""},
		{"two districts' numbers", false,
			[]Entry{{ID: "d", Name: "Harlan Fire District No. 3"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "Harlan Fire District No. 4"}, "", false, ""},
	})
}
