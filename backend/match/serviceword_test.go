package match

import "testing"

// A word for how a firm works its trade, on one side only, leaves the firm the same; not a
// property's manager against its owner, not a trade's testing lab against the trade's contractor,
// not when the firm's words are on another record too, nor when the other name adds its own.
func TestServiceWordAfterFirm(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"management of the trade", false, vendorList("Quarrow Landscape"), Entry{ID: "p", Name: "Quarrow Landscape Management"}, "q", true, ""},
		{"testing of a thing", false, vendorList("Tamsin Backflow Testing"), Entry{ID: "p", Name: "Tamsin Backflow"}, "q", true, ""},
		{"a lab", false, vendorList("Vellore Testing"), Entry{ID: "p", Name: "Vellore Testing Labs"}, "q", true, ""},
		{"a profession", false, vendorList("Ostrava Structural Engineering"), Entry{ID: "p", Name: "Ostrava Structural"}, "q", true, ""},
		{"consultants", false, vendorList("Terravane Consultants Inc"), Entry{ID: "p", Name: "Terravane"}, "q", true, ""},
		{"a property's manager", false, vendorList("Zellwood Property"), Entry{ID: "p", Name: "Zellwood Property Management"}, "", false, ""},
		{"a trade's testing lab", false, vendorList("Quarrow Concrete"), Entry{ID: "p", Name: "Quarrow Concrete Testing"}, "", false, ""},
		{"the firm's word on another record", false, vendorList("Quarrow Landscape", "Quarrow Tree Service"), Entry{ID: "p", Name: "Quarrow Landscape Management"}, "", false, ""},
		{"the other name adds its own word", false, vendorList("Quarrow Landscape Supply"), Entry{ID: "p", Name: "Quarrow Landscape Management"}, "", false, ""},
	})
}

// vendorList is a vendor list of the names given, with IDs q, r, s…, and two firms of nothing in
// common with them.
func vendorList(names ...string) []Entry {
	var out []Entry
	for i, n := range names {
		out = append(out, Entry{ID: string(rune('q' + i)), Name: n})
	}
	return append(out, Entry{ID: "o", Name: "Harlan Paving"}, Entry{ID: "o2", Name: "Northgate Lumber"})
}
