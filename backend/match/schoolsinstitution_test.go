package match

import "testing"

// A school district kept as a customer with no jobs ("… Public Schools") is an institution: the
// project names one of its schools and the work after the district's name. Another institution
// of the words, or a district whose own words the project leaves out, is not linked in one click.
func TestSchoolsCustomerOnly(t *testing.T) {
	qb := []Entry{{ID: "c", Name: "Tarrow County Public Schools"}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	checkPrecisionCases(t, []precisionCase{
		{"a school of the district", true, qb,
			Entry{ID: "p", Name: "Tarrow County Public Schools Collins HS Boiler"}, "c", true, "which has no jobs"},
		{"after a dash", true, qb,
			Entry{ID: "p", Name: "Tarrow County Public Schools - Holmes HS Chiller"}, "c", true, ""},
		{"another institution of the place", true, qb,
			Entry{ID: "p", Name: "Tarrow County Christian Schools Holmes Gym"}, "", false, ""},
		{"a contractor's initials first", true, qb,
			Entry{ID: "p", Name: "MWB - Tarrow County Public Schools Holmes HS Chiller"}, "", false, ""},
	})
}
