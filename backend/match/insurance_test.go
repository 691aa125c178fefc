package match

import "testing"

// An insurance agency under its name with or without "Agency" or "Group" is one firm; its bare
// name against the name with "Insurance" is a question (the trade one list leaves out), and
// another agency is another firm.
func TestInsuranceAgency(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Kestrel Insurance Agency", "Kestrel Insurance", true},
		{"Kestrel Insurance Group", "Kestrel Insurance Agency Inc", true},
		{"Kestrel Agency", "Kestrel Insurance Agency", false},
		{"Kestrel Insurance Agency", "Kestrel Travel Agency", false},
		{"Kestrel Insurance", "Kestrel Roofing", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
