package match

import (
	"strings"
	"testing"
)

// A state's DOT written with its postal code in capitals or not ("TXDOT", "TxDOT") is one agency.
func TestStateDOTInCapitals(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"TxDOT Waco District", "TXDOT - Waco District", "Same"},
		{"AzDOT Phoenix District", "AZDOT Phoenix District", "Same"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || (s.Confidence != Likely && s.Confidence != Exact) || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want a one-click link saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// Another state's DOT, or another district of the same one, stays apart; a two-word state's
// code stays its initials.
func TestStateDOTInCapitalsNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"TxDOT Waco District", "AZDOT - Waco District"},
		{"TxDOT Waco District", "TXDOT - Tyler District"},
		{"OKDOT", "Texas Department of Transportation"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
	if a, b, ok := stateAgencyParts("NCDOT"); ok {
		t.Errorf("NCDOT split into %q %q, want it kept as North Carolina's initials", a, b)
	}
}
