package match

import "testing"

// A local's fund named with the union's initials on one list only, the initials read out into
// several words, and "Benefit" beside a paired fund's word; the near misses: another local, another
// kind of fund.
func TestUnionInitialsOneSide(t *testing.T) {
	for _, c := range [][2]string{
		{"IBEW Local 212 Benefit Trust Funds", "Local 212 Trust Funds"},
		{"IUOE Local 318 Health & Welfare Fund", "Local 318 H&W Fund"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"IBEW Local 212 Benefit Trust Funds", "Local 221 Trust Funds"},
		{"IUOE Local 318 Health & Welfare Fund", "Local 318 Pension Fund"},
		{"IBEW Local 212 Benefit Pension Funds", "Local 212 Trust Funds"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
