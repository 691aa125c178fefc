package match

import "testing"

// A union's initials read its name in a fund's name as in a local's: both names a fund; a fund
// against a local of the union stays apart.
func TestUnionInitialsInFundNames(t *testing.T) {
	for _, c := range []struct {
		p, qb string
		sure  bool
	}{
		{"Operating Engineers Central Pension Fund", "IUOE Central Pension Fund", true},
		{"Sheet Metal Workers National Pension Fund", "SMW Natl Pension Fund", true},
		{"Sheet Metal Workers Local 15", "SMW National Pension Fund", false},
		{"Operating Engineers Central Pension Fund", "IUOE Central Annuity Fund", false},
	} {
		qb := []Entry{{ID: "q", Name: c.qb}, {ID: "o", Name: "Northgate Lumber"}}
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.p, c.qb, s.Confidence, s.Reason, c.sure)
		}
	}
}
