package match

import "testing"

// A firm and a town do not find the store of one of its divisions in that town; they find its
// supply house there, whatever it sells.
func TestBranchOfDivisionByTown(t *testing.T) {
	qb := []Entry{{ID: "h", Name: "Harlan HVAC #3281 Louisville"}, {ID: "d", Name: "Harlan #0728 Dayton"}, {ID: "s", Name: "Harlan Plumbing Supply Englewood"}}
	checkPrecisionCases(t, []precisionCase{
		{"a division's store in the town", false, qb,
			Entry{ID: "p", Name: "Harlan Enterprises - Louisville", City: "Louisville", Address: "1001 E Main St"}, "", false, ""},
		{"the supply house in the town", false, qb,
			Entry{ID: "p", Name: "Harlan Enterprises, LLC", City: "Englewood", Address: "3295 S Navajo St"}, "s", true, ""},
		{"the division named on both sides", false, qb,
			Entry{ID: "p", Name: "Harlan HVAC Louisville"}, "h", true, ""},
	})
}
