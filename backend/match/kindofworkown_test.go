package match

import "testing"

// A word right before the trade both names have says how a distinctive firm works it; not a
// market (a division), a public body's kind, an insurer's line, nor when the firm's words are on
// another record or the other name adds its own.
func TestKindOfOwnTrade(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"land surveying", false, vendorList("Quarrow Land Surveying Inc"), Entry{ID: "p", Name: "Quarrow Surveying"}, "q", true, ""},
		{"caisson drilling", false, vendorList("Tamsin Drilling"), Entry{ID: "p", Name: "Tamsin Caisson Drilling"}, "q", true, ""},
		{"a market", false, vendorList("Quarrow Roofing"), Entry{ID: "p", Name: "Quarrow Commercial Roofing"}, "", false, ""},
		{"a county", false, vendorList("Harnett Grading Co"), Entry{ID: "p", Name: "Harnett County Grading"}, "", false, ""},
		{"the firm's words on another record", false, vendorList("Tamsin Drilling", "Tamsin Paving"), Entry{ID: "p", Name: "Tamsin Caisson Drilling"}, "", false, ""},
		{"the other name adds its own", false, vendorList("Tamsin Drilling Supply"), Entry{ID: "p", Name: "Tamsin Caisson Drilling"}, "", false, ""},
	})
}
