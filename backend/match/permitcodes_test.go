package match

import "testing"

// "Building Codes" names a city's permitting office as "Code Enforcement" does: the fees are the
// city's. Another city, or a county of the town's name, stays apart.
func TestPermitOfficeCodes(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"City of Marlow Building Codes", "City of Marlow", true},
		{"City of Marlow", "City of Marlow Codes", true},
		// Near misses: another city, a county of the name, another office of the city.
		{"City of Marlow Building Codes", "City of Marston", false},
		{"City of Marlow Building Codes", "Marlow County", false},
		{"City of Marlow Building Codes", "City of Marlow Water", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
}
