package match

import "testing"

// A licensed professional's firm with the principal's credential on one list only.
func TestProfessionFirmCredential(t *testing.T) {
	for _, c := range [][2]string{
		{"Marlow Architects, AIA, P.A.", "Marlow Architects PA"},
		{"Hollis Engineering, PE", "Hollis Engineering"},
		{"Brandt Land Surveying PLS", "Brandt Land Surveying"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// The near misses: the letters after a firm of no licensed profession, and a word of the
// profession's kind on one side.
func TestProfessionFirmCredentialNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Hollis Roofing PE", "Hollis Roofing"}, // PE may be a product (polyethylene) or another firm's
		{"Marlow Design AIA", "Marlow Design"},  // no profession's word: AIA may be the firm's own
		{"Hollis Engineering PE", "Hollis Structural Engineering"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
