package match

import "testing"

// A state agency's district office named for its town ("KxDOT Quarryville District" for the
// Kestrel Dept of Transportation's "- Quarryville") is linked; another town's office, or a name
// whose other words are not all paired, is not linked in one click.
func TestAgencyDistrictOfATown(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"TxDOT Quarryville District", "Texas Dept of Transportation - Quarryville", true},
		{"TxDOT Quarryville District", "Texas Department of Transportation (Quarryville)", true},
		// Near misses: another town, a word more on the other side.
		{"TxDOT Quarryville District", "Texas Dept of Transportation - Tarrow", false},
		{"TxDOT Quarryville District", "Texas Dept of Transportation Maintenance - Quarryville", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
}
