package match

import "testing"

// A firm kept by two trades joined by "&" on one list and by one of them on the other is the same
// firm when its own words are on no other QuickBooks record; not when another record has them,
// nor when the other name adds a trade of its own, nor when the trade both have is not shared.
func TestSecondTradeOfItsOwn(t *testing.T) {
	others := []Entry{{ID: "o", Name: "Northgate Lumber"}, {ID: "o2", Name: "Benton Rebar"}}
	qb := func(names ...string) []Entry {
		var out []Entry
		for i, n := range names {
			out = append(out, Entry{ID: string(rune('q' + i)), Name: n})
		}
		return append(out, others...)
	}
	checkPrecisionCases(t, []precisionCase{
		{"a second trade after &", false, qb("Quillan Drywall & Acoustics LLC"), Entry{ID: "p", Name: "Quillan Drywall"}, "q", true, ""},
		{"the other way round", false, qb("Tamsworth Carpentry"), Entry{ID: "p", Name: "Tamsworth Carpentry & Millwork"}, "q", true, ""},
		{"a trade before &", false, qb("Castleby Waterproofing"), Entry{ID: "p", Name: "Castleby Caulking & Waterproofing"}, "q", true, ""},
		{"the firm's words on another record", false, qb("Quillan Drywall & Acoustics LLC", "Quillan Acoustics"), Entry{ID: "p", Name: "Quillan Drywall"}, "", false, ""},
		{"a sister firm of the second trade", false, qb("Lumbee Plumbing & Heating", "Lumbee Heating Co"), Entry{ID: "p", Name: "Lumbee Plumbing"}, "", false, ""},
		{"the other name adds its own trade", false, qb("Quillan Drywall & Acoustics LLC"), Entry{ID: "p", Name: "Quillan Drywall Supply"}, "", false, ""},
		{"no trade shared", false, qb("Quillan Painting & Acoustics"), Entry{ID: "p", Name: "Quillan Drywall"}, "", false, ""},
	})
}
