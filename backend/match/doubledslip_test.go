package match

import "testing"

// A doubled letter typed one place off in a known word of the trades is a typo of it:
// "Fireproffing", "Scaffoldding". A letter of another kind for another ("Fireprosfing"), or the
// same slip in a firm's own name ("Kessler", "Kesller"), stays out of one click.
func TestDoubledLetterSlip(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Tarrow Fireproofing", "Tarrow Fireproffing", true},
		{"Tarrow Waterproofing", "Tarrow Waterprofing", true}, // a letter lost: vocabtypo.go already
		{"Tarrow Fireproofing", "Tarrow Fireprosfing", false},
		{"Kessler Tarrow Roofing", "Kesller Tarrow Roofing", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
