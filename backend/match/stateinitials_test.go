package match

import (
	"strings"
	"testing"
)

// A name all in capitals of a state's postal code and one word is the state and its office's
// initials ("NH DRA"); other letters, another state, a code that is no state or two words after
// the code stay apart.
func TestInitialsAfterStateCode(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"NH Department of Revenue Administration", "NH DRA", true},
		{"MA DOR", "Massachusetts Department of Revenue", true},
		{"NH Department of Revenue Administration", "NH DRB", false},
		{"ME Department of Revenue Administration", "NH DRA", false},
		{"QX Department of Revenue Administration", "QX DRA", false}, // QX is no state
		{"NH Dept Revenue Administration Tarrow", "NH DRA TARROW", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "initials (D") {
			t.Errorf("%q / %q: reason %q does not read the initials", c.procore, c.qb, s.Reason)
		}
	}
}
