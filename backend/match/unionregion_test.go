package match

import "testing"

// A region's word before a local union's trade is its regional council's: "Southeastern
// Carpenters Local 225" is Carpenters Local 225. Another local's number, or a region word on a
// firm's name without a local, stay out of one click.
func TestUnionRegionWord(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Carpenters Local 225", "Southeastern Carpenters Local 225", true},
		{"Southern Ironworkers Local 709", "Ironworkers Local 709", true},
		{"Carpenters Local 225", "Southeastern Carpenters Local 226", false},
		{"Kestrel Carpentry", "Southeastern Kestrel Carpentry", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
