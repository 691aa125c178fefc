package match

import "testing"

// A sole proprietor kept surname first without a comma: "Oduya Kwabena" is Kwabena Oduya
// Electrical, even though Kwabena is not among the common US first names. The same two words
// with another word besides the trade, another surname, or two words of a place's name turned
// round stay out of one click.
func TestSwappedOwnerOfTrade(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Kwabena Oduya Electrical", "Oduya Kwabena", true},
		{"Kwabena Oduya Painting", "Oduya Kwabena", true},
		{"Kwabena Oduya Electrical", "Mensah Kwabena", false},             // another surname
		{"Kwabena Oduya Holdings Electrical", "Oduya Kwabena", false},     // a word more than the trade
		{"Oak Ridge Electrical", "Ridge Oak", false},                      // a place's words turned round
		{"Kwabena Oduya Electrical", "Oduya Kwabena Construction", false}, // no person's name on either side
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
