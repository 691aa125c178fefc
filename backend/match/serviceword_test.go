package match

import "testing"

// A word for how a firm works its trade, on one side only, leaves the firm the same; not a
// property's manager against its owner, not a trade's testing lab against the trade's contractor,
// not when the firm's words are on another record too, nor when the other name adds its own.
func TestServiceWordAfterFirm(t *testing.T) {
	others := []Entry{{ID: "o", Name: "Harlan Paving"}, {ID: "o2", Name: "Northgate Lumber"}}
	qb := func(names ...string) []Entry {
		var out []Entry
		for i, n := range names {
			out = append(out, Entry{ID: string(rune('q' + i)), Name: n})
		}
		return append(out, others...)
	}
	checkPrecisionCases(t, []precisionCase{
		{"management of the trade", false, qb("Quarrow Landscape"), Entry{ID: "p", Name: "Quarrow Landscape Management"}, "q", true, ""},
		{"testing of a thing", false, qb("Tamsin Backflow Testing"), Entry{ID: "p", Name: "Tamsin Backflow"}, "q", true, ""},
		{"a lab", false, qb("Vellore Testing"), Entry{ID: "p", Name: "Vellore Testing Labs"}, "q", true, ""},
		{"a profession", false, qb("Ostrava Structural Engineering"), Entry{ID: "p", Name: "Ostrava Structural"}, "q", true, ""},
		{"consultants", false, qb("Terravane Consultants Inc"), Entry{ID: "p", Name: "Terravane"}, "q", true, ""},
		{"a property's manager", false, qb("Zellwood Property"), Entry{ID: "p", Name: "Zellwood Property Management"}, "", false, ""},
		{"a trade's testing lab", false, qb("Quarrow Concrete"), Entry{ID: "p", Name: "Quarrow Concrete Testing"}, "", false, ""},
		{"the firm's word on another record", false, qb("Quarrow Landscape", "Quarrow Tree Service"), Entry{ID: "p", Name: "Quarrow Landscape Management"}, "", false, ""},
		{"the other name adds its own word", false, qb("Quarrow Landscape Supply"), Entry{ID: "p", Name: "Quarrow Landscape Management"}, "", false, ""},
	})
}
