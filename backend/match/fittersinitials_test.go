package match

import (
	"strings"
	"testing"
)

// A union of fitters is written by its initials joined by "&": "P&G" is Plumbers & Gasfitters. Another local, the dues office against the fund, other
// letters, or two partners' names stay apart.
func TestFittersUnionInitials(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Plumbers & Gasfitters Local 41 Benefit Funds", "P&G Local 41 Funds", true},
		{"P & G Local 41", "Plumbers and Gasfitters Local 41", true},
		{"Plumbers & Gasfitters Local 41", "P&G Local 42", false},
		// The dues office against the fund; the local's name alone is the payee of its funds
		// (unionfunds.go, as the labelled sets read it).
		{"Plumbers & Gasfitters Local 41 Dues", "P&G Local 41 Funds", false},
		{"Plumbers & Steamfitters Local 41", "P&G Local 41", false},
		{"Pelton & Garvey Local 41", "P&G Local 41", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "fitters)") {
			t.Errorf("%q / %q: reason %q does not read the initials", c.procore, c.qb, s.Reason)
		}
	}
}
