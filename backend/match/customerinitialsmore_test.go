package match

import "testing"

// A customer's initials with the O of "of" ("COH") and without the number the customer is kept
// by ("HCMUD 500") name the customer in a project's name; another number, or another city's
// initials, do not.
func TestCustomerInitialsWithOfAndNumber(t *testing.T) {
	city := []Entry{{ID: "j", Name: "City of Quillan:Aldine Westfield Waterline Replacement"}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	mud := []Entry{{ID: "j", Name: "Marrow County MUD 500:Detention Pond B"}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	checkPrecisionCases(t, []precisionCase{
		{"a city by its initials with the O", true, city,
			Entry{ID: "p", Name: "COQ Aldine Westfield Waterline Replacement"}, "j", true, ""},
		{"a district's initials, its number apart", true, mud,
			Entry{ID: "p", Name: "MCMUD 500 Detention Pond B"}, "j", true, ""},
		{"a district's initials with a word more", true, []Entry{{ID: "j", Name: "West Marrow County MUD 17:Lift Station 4 Rehab"}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}},
			Entry{ID: "p", Name: "WMCMUD 17 Lift Station 4 Rehab"}, "j", true, ""},
		{"another district's number", true, mud,
			Entry{ID: "p", Name: "MCMUD 501 Detention Pond B"}, "", false, ""},
		{"another city's initials", true, city,
			Entry{ID: "p", Name: "COM Aldine Westfield Waterline Replacement"}, "", false, ""},
	})
}
