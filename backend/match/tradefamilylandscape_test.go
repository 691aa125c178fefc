package match

import "testing"

// landscapeOthers are unrelated vendors on the made-up QuickBooks list.
var landscapeOthers = []Entry{{ID: "o1", Name: "Osprey Plumbing"}, {ID: "o2", Name: "Benton Rebar"}}

// Irrigation after "&" is the landscaper's own work: the same firm, in one click.
func TestLandscapingAndIrrigation(t *testing.T) {
	for _, c := range [][2]string{
		{"Kestrel Landscaping", "Kestrel Landscaping & Irrigation"},
		{"Kestrel Landscape & Irrigation LLC", "Kestrel Landscape"},
	} {
		qb := append([]Entry{{ID: "k", Name: c[1]}}, landscapeOthers...)
		s := Assign([]Entry{{ID: "p", Name: c[0]}}, NewFlatIndex(qb))["p"]
		if s.ID != "k" || s.Confidence != Likely {
			t.Errorf("%q ↔ %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// Irrigation alone is not landscaping: not linked in one click. (A trade of its own after "&",
// "Kestrel Landscaping & Paving", is the firm's while its words are on no other record:
// TestSecondTradeOfItsOwn.)
func TestLandscapingAndIrrigationNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Kestrel Landscaping", "Kestrel Irrigation"},
	} {
		qb := append([]Entry{{ID: "k", Name: c[1]}}, landscapeOthers...)
		s := Assign([]Entry{{ID: "p", Name: c[0]}}, NewFlatIndex(qb))["p"]
		if s.ID == "k" && s.Confidence != Possible && s.Confidence != "" {
			t.Errorf("%q ↔ %q linked in one click: %s (%s)", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
