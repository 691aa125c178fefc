package match

import (
	"strings"
	"testing"
)

// A state's postal code in capitals is the state against its name; in lower case it is a word,
// another state's code is another state, and a code that is as often other initials stays apart.
func TestStateCodeAgainstStateName(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Lumbee Electric of Ohio", "Lumbee Electric of OH", true},
		{"OH Valley Electric", "Ohio Valley Electric Inc", true},
		{"Lumbee Mechanical Montana", "Lumbee Mechanical MT", true},
		{"Lumbee Valley Electric", "OH Valley Electric", false},
		{"Oregon Lumbee Supply", "Or Lumbee Supply", false},
		{"Ohio Valley Electric", "IN Valley Electric", false},
		{"Lumbee Glazing Virginia", "Lumbee Glazing VA", false}, // VA is Veterans Affairs as much
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "abbreviations (") {
			t.Errorf("%q / %q: reason %q does not read the code", c.procore, c.qb, s.Reason)
		}
	}
}
