package match

import "testing"

// Solar panels and electric-vehicle chargers are work a contractor does for a customer with no
// jobs, as a chiller or a roof is: "Lacamas Lake Winery Solar" is the winery's project. A word
// of another kind added, or a word of the customer's left out, is not.
func TestSolarAndChargersAreWork(t *testing.T) {
	qb := []Entry{{ID: "c", Name: "Quillan Lake Winery"}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	checkPrecisionCases(t, []precisionCase{
		{"solar", true, qb, Entry{ID: "p", Name: "Quillan Lake Winery Solar"}, "c", true, "which has no jobs"},
		{"EV chargers", true, qb, Entry{ID: "p", Name: "Quillan Lake Winery EV Chargers"}, "c", true, ""},
		{"another business of the name", true, qb, Entry{ID: "p", Name: "Quillan Lake Winery Tasting Rights"}, "", false, ""},
		{"a word of the customer's left out", true, qb, Entry{ID: "p", Name: "Quillan Winery Solar"}, "", false, ""},
	})
}
