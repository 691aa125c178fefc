package match

import "testing"

// A union local meets its funds office ("… Local 29 Benefit Funds") in one click; one fund of the
// local named for what it pays, or another local's funds, stays apart.
func TestUnionLocalFundsOffice(t *testing.T) {
	for _, c := range []struct {
		p, qb string
		sure  bool
	}{
		{"Boilermakers Local 29", "Boilermakers Local 29 Benefit Funds", true},
		{"Boilermakers Local 29", "Boilermakers Local 29 Trust Funds", true},
		{"Boilermakers Local 29", "Boilermakers Local 29 Funds", true},
		{"Boilermakers Local 29", "Boilermakers Local 29 Insurance Fund", false},
		{"Boilermakers Local 29", "Boilermakers Local 29 Pension Funds", false},
		{"Boilermakers Local 29", "Boilermakers Local 92 Benefit Funds", false},
		{"Boilermakers Local 29 Annuity Fund", "Boilermakers Local 29 Benefit Funds", false},
	} {
		qb := []Entry{{ID: "q", Name: c.qb}, {ID: "o", Name: "Northgate Lumber"}}
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.p, c.qb, s.Confidence, s.Reason, c.sure)
		}
	}
}
