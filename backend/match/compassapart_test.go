package match

import "testing"

// Two points of the compass, one left over on each side, are two places: "South Quillan HS" is not
// "North Quillan HS", even when the Procore name puts the customer's name first.
func TestCompassApart(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Tarrow County Schools"}, {ID: "j", Name: job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"the same school", true, qb("Tarrow County Schools:North Quillan HS Roof Replacement"),
			Entry{ID: "p", Name: "Tarrow County Schools North Quillan High School Roof Replacement"}, "j", true, ""},
		{"the school at the other end of town", true, qb("Tarrow County Schools:North Quillan HS Roof Replacement"),
			Entry{ID: "p", Name: "Tarrow County Schools South Quillan HS Roof Replacement"}, "", false, ""},
		{"east and west", true, qb("Tarrow County Schools:West Quillan Elementary Boiler"),
			Entry{ID: "p", Name: "Tarrow County Schools East Quillan Elementary Boiler"}, "", false, ""},
	})
}
