package match

import "testing"

// "Greater" before a union's place and "& Vicinity" after it widen the same place: the council
// or fund whose place the other name writes as initials is the same payee. Another fund of the
// local, or a firm's name with the same words, stays out of one click.
func TestUnionPlaceWidener(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Greater Boston Laborers Welfare Fund", "GB Laborers Welfare Fund", true}, // initials of Greater as well
		{"Greater Boston Laborers Welfare Fund", "Boston Laborers Welfare Fund", true},
		{"Greater Fort Worth Carpenters Pension Fund", "FW Carpenters Pension Fund", true},
		{"Ironworkers District Council of Fort Worth & Vicinity", "Ironworkers District Council FW", true},
		// Near misses: another fund, a firm without a union body, another place.
		{"Greater Fort Worth Carpenters Pension Fund", "FW Carpenters Welfare Fund", false},
		{"Greater Fort Worth Builders Supply", "FW Builders Supply", false},
		{"Ironworkers District Council of Fort Worth & Vicinity", "Ironworkers District Council SA", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
}
