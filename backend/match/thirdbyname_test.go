package match

import "testing"

// A third of the name by the name he goes by; the near misses: a Jr, another surname, no III.
func TestThirdByName(t *testing.T) {
	for _, c := range [][2]string{
		{"Trey Pettibone", "Pettibone III, Harold"},
		{"Tripp Pettibone Hauling", "Pettibone III, Harold"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"Trey Pettibone", "Pettibone Jr, Harold"},
		{"Trey Pettigrew", "Pettibone III, Harold"},
		{"Trey Pettibone", "Pettibone, Harold"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
