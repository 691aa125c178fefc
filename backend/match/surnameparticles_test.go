package match

import "testing"

// A surname with two particles written apart on one list and run together on the other.
func TestSurnameParticlesJoined(t *testing.T) {
	for _, c := range [][2]string{
		{"Juan Delarosa Drywall", "De La Rosa, Juan"},
		{"Pieter Vandenbosch", "Van den Bosch, Pieter"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// The near misses: another surname of particles, another first name.
func TestSurnameParticlesJoinedNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Juan Delosrios Drywall", "De La Rosa, Juan"},
		{"Juan Delarosa Drywall", "De La Rosas, Juana"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
