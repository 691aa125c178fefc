package match

import "testing"

// initialsPlaceOthers are unrelated vendors on the made-up QuickBooks list.
var initialsPlaceOthers = []Entry{{ID: "o1", Name: "Osprey Plumbing"}, {ID: "o2", Name: "Benton Rebar"}}

// A branch kept under the firm's initials and a large city, without a dash, is the firm's branch.
func TestInitialsThenBigCity(t *testing.T) {
	qb := append([]Entry{{ID: "k", Name: "KED Plano"}}, initialsPlaceOthers...)
	s := Assign([]Entry{{ID: "p", Name: "Kestrel Electrical Distributors"}}, NewFlatIndex(qb))["p"]
	if s.ID != "k" || s.Confidence != Likely {
		t.Fatalf("Kestrel Electrical Distributors ↔ KED Plano: %q %s (%s), want Likely", s.Name, s.Confidence, s.Reason)
	}
}

// A word after the initials that is no known town may be the firm's own ("KED Quarry"), and the
// initials of other words are another firm's: neither is linked in one click.
func TestInitialsThenBigCityNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Kestrel Electrical Distributors", "KED Quarry"},
		{"Kestrel Electrical Distributors", "KLM Plano"},
	} {
		qb := append([]Entry{{ID: "k", Name: c[1]}}, initialsPlaceOthers...)
		s := Assign([]Entry{{ID: "p", Name: c[0]}}, NewFlatIndex(qb))["p"]
		if s.ID == "k" && s.Confidence != Possible && s.Confidence != "" {
			t.Errorf("%q ↔ %q linked in one click: %s (%s)", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
