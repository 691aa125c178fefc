package match

import "testing"

// A carrier's flagship line before "Insurance" in its legal name is set aside against its brand;
// life or health names another firm of the group, and a line the other name has is paired.
func TestInsurerFlagshipLine(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Kestrel Insurance", "Kestrel Fire Insurance Co", true},
		{"Kestrel Insurance", "Kestrel Casualty Insurance Company", true},
		{"Kestrel Insurance", "Kestrel Life Insurance Co", false},
		{"Kestrel Fire Protection", "Kestrel Fire Insurance Co", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
