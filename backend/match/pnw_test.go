package match

import "testing"

// The Pacific Northwest by its initials, as firms of the region write it; another region or
// the word Pacific alone is not it.
func TestPacificNorthwestInitials(t *testing.T) {
	s := assignVendors([]string{"Pacific Northwest Balancing"}, []string{"PNW Balancing"})["pa"]
	if s.ID != "qa" || s.Confidence != Likely {
		t.Errorf("Pacific Northwest Balancing / PNW Balancing: %q %s (%s), want Likely", s.Name, s.Confidence, s.Reason)
	}
	for _, c := range [][2]string{{"Pacific Balancing", "PNW Balancing"}, {"Pacific Southwest Balancing", "PNW Balancing"}} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
