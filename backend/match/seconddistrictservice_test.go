package match

import "testing"

// A district named for two services meets the same district named for the first, "District"
// paired on both; without "District" the shorter name may be a firm of the trade.
func TestSecondDistrictService(t *testing.T) {
	for _, c := range []struct {
		p, qb string
		sure  bool
	}{
		{"Quenby Water & Wastewater District", "Quenby Water District", true},
		{"Quenby Water and Sewer District", "Quenby Water District", true},
		{"Quenby Water & Wastewater", "Quenby Water", false},
		{"Quenby Water & Wastewater District", "Quenby Sewer District", false},
	} {
		qb := []Entry{{ID: "q", Name: c.qb}, {ID: "o", Name: "Northgate Lumber"}}
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.p, c.qb, s.Confidence, s.Reason, c.sure)
		}
	}
}
