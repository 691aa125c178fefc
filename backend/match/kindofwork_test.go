package match

import "testing"

// A word saying how the firm does its trade, on one list only.
func TestKindOfTrade(t *testing.T) {
	for _, c := range [][2]string{
		{"Pruett Boring", "Pruett Directional Boring"},
		{"Kestrel Architectural Glass", "Kestrel Glass"},
		{"Alder Mobile Welding", "Alder Welding"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// The near misses: the market a firm serves (often another division), the word not before the
// trade, another trade after it.
func TestKindOfTradeNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Pruett Commercial Roofing", "Pruett Roofing"},
		{"Pruett Boring Directional", "Pruett Boring"},
		{"Alder Mobile Welding", "Alder Mobile Plumbing"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
