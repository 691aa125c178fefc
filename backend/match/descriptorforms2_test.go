package match

import "testing"

// A firm's kind one list leaves out: what it makes ("Products"), that it installs
// ("Installers").
func TestDescriptorKindsMore(t *testing.T) {
	for _, c := range [][2]string{
		{"Kestrel Wire & Cable", "Kestrel Wire and Cable Products"},
		{"Alder Tile & Stone", "Alder Tile and Stone Products"},
		{"Brisco Tile", "Brisco Tile Installers Group"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// The near misses: two kinds of firm, one on each side.
func TestDescriptorKindsMoreNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Alder Tile Products", "Alder Tile Construction"},
		{"Kestrel Products", "Kestrel Services"},
		{"Zebulon Property", "Zebulon Property Management"},
		{"Brisco Tile Installers", "Brisco Tile Services"},
		{"Kestrel Wire Products", "Kestrel Wire Fabricators"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
