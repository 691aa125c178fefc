package match

import "testing"

// A union local named with its initials and its trade both, with its second trade, or as the
// payee of dues; a fund with or without the word Fund or Benefit: the same payee. Another
// union, another local, the dues office against the benefit fund, and one fund against another
// stay out of one click.
func TestUnionNameReadings(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Pipefitters Local 537", "UA Local 537 Pipefitters", true},
		{"Plumbers & Gasfitters Local Union No. 12", "Plumbers Local 12 Dues", true},
		{"Laborers Health & Welfare Trust Fund", "Laborers Health & Welfare Trust", true},
		{"Plumbers & Gasfitters Local 12 Benefit Funds", "Plumbers & Gasfitters Local 12 Funds", true},
		{"Carpenters Local 537", "UA Local 537 Pipefitters", false},
		{"Plumbers Local 12 Dues", "Plumbers Local 12 Benefit Funds", false},
		{"Electricians & Gasfitters Local 12", "Plumbers Local 12", false},
		{"Plumbers & Gasfitters Local 12", "Plumbers Local 21", false},
		{"Laborers Pension Trust Fund", "Laborers Health & Welfare Trust", false},
		{"Plumbers Local 12 Benefit Funds", "Plumbers Local 12", false},
		// The union named on one side only, the other the local alone.
		{"Pipefitters Local 537 Trust Funds", "Local 537 Trust Funds", true},
		{"Pipefitters Local 537", "Local 537", true},
		{"Pipefitters Local 537", "Local 573", false},
		{"Pipefitters Local 537", "Electricians Local 537", false},
		{"Pipefitters Local 537 Trust Funds", "Local 537", false},
		// A local's words in another order; initials and the trade both; a fund by its kind.
		{"IBEW Local 26", "Local 26 IBEW", true},
		{"Local 26 IBEW", "IBEW Local 62", false},
		{"UA Local 130 Plumbers", "Plumbers Local 130", true},
		{"Carpenters Local 130", "UA Local 130 Plumbers", false},
		{"Sheet Metal Workers Local 73 Welfare Fund", "SMW Local 73 Welfare Fund", true},
		{"Carpenters Local 13 Health & Welfare Fund", "Carpenters Local 13 H&W", true},
		{"Laborers Local 310 Pension Fund", "Laborers Local 310 Pension Trust", true},
		{"Laborers Local 310 Pension Fund", "Laborers Local 310 Welfare Fund", false},
		{"Laborers Local 310", "Laborers Local 310 Pension Trust", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
