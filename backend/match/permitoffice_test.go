package match

import "testing"

// A city's permitting office is the city as a payee: "City of Tarrow Permits" and "City of
// Tarrow Building Permits" are the City of Tarrow. Another of its offices (Water), another
// place, a body of another kind, or a firm with the office's words stay out of one click.
func TestPermitOfficeIsTheBody(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"City of Tarrow Permits", "City of Tarrow", true},
		{"City of Tarrow Building Permits", "City of Tarrow", true},
		{"City of Tarrow Community Development", "City of Tarrow", true},
		{"Town of Tarrow", "Town of Tarrow Planning & Zoning", true},
		{"City of Tarrow Water", "City of Tarrow", false},
		{"City of Tarrow Permits", "City of Marlow", false},
		{"City of Tarrow Permits", "Tarrow County", false},
		{"Tarrow Building Permits", "Tarrow Builders", false},
		{"City of Tarrow Permits", "City of Tarrow Utilities", false},
		{"City of Tarrow Planning & Development", "City of Tarrow - Street Transportation", false},
		{"City of Tarrow Development Services", "City of Tarrow - Utilities", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
