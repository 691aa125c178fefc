package match

import (
	"strings"
	"testing"
)

// An insurer's Assurance or Surety is its line of business like Insurance: the bare name on
// the other list is the insurer under tradeleft.go's policy for a firm's bare name. A bare name
// with a trade or a kind of firm of its own, or another trade, stays apart.
func TestInsurerBareName(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Kestrava Assurance", "Kestrava", true},
		{"Kestrava", "Kestrava Surety Inc", true},
		{"Kestrava Assurance", "Kestrava Roofing", false},
		{"Kestrava Surety", "Kestrava & Associates", false},
		{"Kestrava Assurance", "Kestrava Insurance", false},
		{"Kestrava Title Assurance", "Kestrava", false}, // two words more: a firm of the group
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "bare name") {
			t.Errorf("%q / %q: reason %q does not say bare name", c.procore, c.qb, s.Reason)
		}
	}
}
