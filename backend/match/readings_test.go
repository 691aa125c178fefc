package match

import (
	"strings"
	"testing"
)

// A state's traditional abbreviation reads as the state, and Engr as engineering, when the other
// name has the word; another state, or a word more, stays apart.
func TestStateShortFormsAndEngr(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Colorado Pipe Supply", "Colo Pipe Supply", true},
		{"Calif Pipe Supply", "California Pipe Supply Inc", true},
		{"Intl Fire Protection Conn", "International Fire Protection of Connecticut", true},
		{"Lumbee Engineering Associates", "Lumbee Engr Assoc", true},
		{"Lumbee Engineers", "Lumbee Engr", true},
		{"Colo Pipe Supply", "California Pipe Supply", false},
		{"Nev Pipe Supply", "New Mexico Pipe Supply", false},
		{"Colo Pipe Supply", "Colorado Springs Pipe Supply", false},
		{"Lumbee Engr", "Lumbee Energy", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "abbreviations") {
			t.Errorf("%q / %q: reason %q does not name the abbreviation", c.procore, c.qb, s.Reason)
		}
	}
}
