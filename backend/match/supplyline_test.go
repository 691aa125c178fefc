package match

import "testing"

// A chain's whole name with what it sells meets its store's record; a contractor's trade after the
// chain's word, or a chain's word another record shares, does not.
func TestSupplyLineWordsAside(t *testing.T) {
	stores := []Entry{{ID: "s", Name: "Quenby #5512 Humble"}, {ID: "o", Name: "Ostrander Family Trust"}}
	checkPrecisionCases(t, []precisionCase{
		{"what the chain sells", false, stores,
			Entry{ID: "p", Name: "Quenby Auto Parts"}, "s", true, ""},
		{"the kind of supplier", false, stores,
			Entry{ID: "p", Name: "Quenby Distributors, LLC"}, "s", true, ""},
		{"a contractor's trade", false, stores,
			Entry{ID: "p", Name: "Quenby Landscaping"}, "", false, ""},
		{"another record with the chain's word", false, append([]Entry{{ID: "b", Name: "Quenby Auto Body"}}, stores...),
			Entry{ID: "p", Name: "Quenby Auto Parts"}, "", false, ""},
	})
}
