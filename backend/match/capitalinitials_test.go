package match

import (
	"strings"
	"testing"
)

// Capitals the table reads as a word (NE, Northeast) are also initials of the other name's
// words, in the same part of the name; a descriptor, a word between, or another letter stay
// apart.
func TestTableCapitalsAsInitials(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"New England Testing & Balancing", "NE Testing & Balancing", true},
		{"Lumbee Insulation Corporation of New England", "Lumbee Insulation Corp of NE", true},
		{"Kestrel SE Plumbing", "Kestrel Southeast Plumbing", true}, // the table's reading still holds
		{"NE Electric", "Nelson Enterprises Electric", false},
		{"NE Electric", "North End Pipe Electric", false},
		{"New England Testing & Balancing", "NW Testing & Balancing", false},
		{"Lumbee Insulation of New England", "Lumbee NE Insulation of Maine", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && strings.Contains(c.procore+c.qb, "New England") && !strings.Contains(s.Reason, "NE = New England") {
			t.Errorf("%q / %q: reason %q does not read the initials", c.procore, c.qb, s.Reason)
		}
	}
}
