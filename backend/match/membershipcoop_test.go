package match

import "testing"

// A rural electric cooperative is billed as "<Place> EMC" and kept under its charter name,
// "<Place> Electric Membership Corporation" (or Corp, or Cooperative): the letters stand for
// those words. Another place's EMC, or the place's other utility, stays out of one click.
func TestElectricMembershipInitials(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Tallow Creek EMC", "Tallow Creek Electric Membership Corporation", true},
		{"Tallow Creek EMC", "Tallow Creek Electric Membership Corp", true},
		{"Tallow Creek Electric Membership Cooperative", "Tallow Creek EMC", true},
		{"Tallow Creek EMC", "Harlow Electric Membership Corporation", false},
		{"Tallow Creek EMC", "Tallow Creek Water Authority", false},
		{"Tallow Creek EMC", "Tallow Creek Electric", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
