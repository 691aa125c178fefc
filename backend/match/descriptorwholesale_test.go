package match

import "testing"

// wholesaleOthers are unrelated vendors on the made-up QuickBooks list.
var wholesaleOthers = []Entry{{ID: "o1", Name: "Osprey Plumbing"}, {ID: "o2", Name: "Benton Rebar"}}

// "Wholesale" says what kind of firm it is, like "Supply" or "Group": one list may leave it out.
func TestWholesaleIsADescriptor(t *testing.T) {
	for _, c := range [][2]string{
		{"The Kestrel Group", "Kestrel Group Wholesale LLC"},
		{"Kestrel Supply", "Kestrel Wholesale Supply"},
	} {
		qb := append([]Entry{{ID: "k", Name: c[1]}}, wholesaleOthers...)
		s := Assign([]Entry{{ID: "p", Name: c[0]}}, NewFlatIndex(qb))["p"]
		if s.ID != "k" || s.Confidence != Likely {
			t.Errorf("%q ↔ %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// The word names no firm: two firms' own words that differ, or a trade that differs, stay apart.
func TestWholesaleIsADescriptorNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Kestrel Wholesale", "Harrow Wholesale"},
		{"Kestrel Plumbing", "Kestrel Wholesale Electric"},
	} {
		qb := append([]Entry{{ID: "k", Name: c[1]}}, wholesaleOthers...)
		s := Assign([]Entry{{ID: "p", Name: c[0]}}, NewFlatIndex(qb))["p"]
		if s.ID == "k" && s.Confidence != Possible && s.Confidence != "" {
			t.Errorf("%q ↔ %q linked in one click: %s (%s)", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
