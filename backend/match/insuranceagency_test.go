package match

import (
	"strings"
	"testing"
)

// An insurance agency's name with and without the words saying it is one: "Insurance Agency"
// after a name that already says insurance or risk.
func TestInsuranceAgencyWords(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Pecan Risk Partners Insurance Agency", "Pecan Risk Partners", `"Agency"`},
		{"Pecan Risk Advisors", "Pecan Risk Advisors Insurance Brokers", `"Brokers"`},
		{"Marlow Insurance Agency", "Marlow Insurance", `"Agency"`},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// Without a word of risk or insurance on both sides, "Insurance Agency" may be another firm of
// the family's; agency words inside the name, or another trade, stay a question too.
func TestInsuranceAgencyWordsNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Pecan Partners Insurance Agency", "Pecan Partners"},
		{"Pecan Risk Partners Roofing", "Pecan Risk Partners"},
		{"Pecan Insurance Agency Plumbing", "Pecan Insurance"},
		{"Pecan Life Insurance Agency", "Pecan Risk Partners"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
