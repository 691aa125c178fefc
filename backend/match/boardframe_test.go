package match

import (
	"strings"
	"testing"
)

// "Board of … Commissioners" says who governs a public body, which one list may leave out; a
// board of anything else, or a word the other name lacks, stays apart.
func TestBoardOfCommissioners(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Tarrow Water", "Tarrow Board of Water Commissioners", true},
		{"Kestrel County Board of County Commissioners", "Kestrel County", true},
		{"Tarrow Board of Realtors", "Tarrow Realtors", false},
		{"Tarrow Board of Health", "Tarrow Health", false},
		{"Tarrow Board of Water and Sewer Commissioners", "Tarrow Water", false},
		{"Tarrow Board of Water Commissioners", "Tarrow Water Well Drilling", false},
		{"Tarrow Board of Water Commissioners", "Kestrel Water", false},
		{"Tarrow Board of Water Commissioners", "Tarrow Water Contractors", false},
		{"Tarrow Board of Water Commissioners", "Tarrow Water Services", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, `"Board" and "Commissioners"`) {
			t.Errorf("%q / %q: reason %q does not name the board", c.procore, c.qb, s.Reason)
		}
	}
}
