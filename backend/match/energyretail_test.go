package match

import (
	"strings"
	"testing"
)

// A utility's retail company and its brand: "Retail" after Energy or Electric is the company of
// the group that bills.
func TestEnergyRetailCompany(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Pecos Energy Retail Company LLC", "Pecos Energy", `"Retail"`},
		{"Pecos Electric Retail Services", "Pecos Electric", `"Retail"`},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// Retail elsewhere is a word of the name; another brand or another company of the group stays
// apart.
func TestEnergyRetailCompanyNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Kestrel Retail Fixtures", "Kestrel Fixtures"},
		{"Pecos Energy Retail Company", "Brazos Energy"},
		{"Pecos Energy Retail Services", "Pecos Energy Solar"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
