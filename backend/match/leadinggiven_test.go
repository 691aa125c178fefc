package match

import "testing"

// Two names written first name first, without a comma: the first words are one first name when
// one is the other's short form and the surnames after them agree. Another first name, or a
// short form not in front of the surname, stay out of one click.
func TestLeadingGivenNames(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Steve Marrowby", "Steven M Marrowby Drywall", true},
		{"Dan Marrowby Roofing", "Daniel Marrowby Roofing", true},
		{"Steve Marrowby", "Stanley Marrowby", false},
		{"Steve Marrowby Drywall", "Steven Drywall Marrowby", false}, // not before the surname
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
