package match

import "testing"

// "Ins" is how an insurer's policies and bonds print Insurance: "Kestrel Mutual Ins Co - Bonds"
// is the bond department of Kestrel Mutual, which the project team calls "Kestrel Mutual
// Surety". Another insurer's brand, or the insurer's life company, stays out of one click.
func TestInsuranceShortForm(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Kestrel Insurance Company", "Kestrel Ins Co", true},
		{"Kestrel Mutual Surety", "Kestrel Mutual Ins Co - Bonds", true},
		{"Kestrel Mutual Surety", "Harlow Mutual Ins Co - Bonds", false},
		{"Kestrel Insurance Company", "Kestrel Life Ins Co", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
