package match

import "testing"

// A firm kept by two trades joined by "&" on one list and by one of them on the other is the same
// firm when its own words are on no other QuickBooks record; not when another record has them,
// nor when the other name adds a trade of its own, nor when the trade both have is not shared.
func TestSecondTradeOfItsOwn(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"a second trade after &", false, vendorList("Quillan Drywall & Acoustics LLC"), Entry{ID: "p", Name: "Quillan Drywall"}, "q", true, ""},
		{"the other way round", false, vendorList("Tamsworth Carpentry"), Entry{ID: "p", Name: "Tamsworth Carpentry & Millwork"}, "q", true, ""},
		{"a trade before &", false, vendorList("Castleby Waterproofing"), Entry{ID: "p", Name: "Castleby Caulking & Waterproofing"}, "q", true, ""},
		{"the firm's words on another record", false, vendorList("Quillan Drywall & Acoustics LLC", "Quillan Acoustics"), Entry{ID: "p", Name: "Quillan Drywall"}, "", false, ""},
		{"a sister firm of the second trade", false, vendorList("Lumbee Plumbing & Heating", "Lumbee Heating Co"), Entry{ID: "p", Name: "Lumbee Plumbing"}, "", false, ""},
		{"the other name adds its own trade", false, vendorList("Quillan Drywall & Acoustics LLC"), Entry{ID: "p", Name: "Quillan Drywall Supply"}, "", false, ""},
		{"no trade shared", false, vendorList("Quillan Painting & Acoustics"), Entry{ID: "p", Name: "Quillan Drywall"}, "", false, ""},
	})
}
