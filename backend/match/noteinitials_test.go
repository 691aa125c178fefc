package match

import (
	"strings"
	"testing"
)

// A public body's office written by its initials in a note on one list is the office written
// out on the other; other initials, or the same initials under another department, are not.
func TestNoteInitialsOfOffice(t *testing.T) {
	for _, c := range []struct {
		procore, qb, reason string
		likely              bool
	}{
		{"Iowa Department of Commerce - Division of Industrial Compliance", "Iowa Dept of Commerce - DIC", "DIC = Division of Industrial Compliance", true},
		{"Iowa Department of Commerce Division of Labor Safety", "Iowa Dept of Commerce (DLS)", "DLS = Division of Labor Safety", true},
		{"Iowa Department of Commerce - Division of Industrial Compliance", "Iowa Dept of Commerce - DLS", "", false},
		{"Iowa Department of Commerce - Division of Industrial Compliance", "Iowa Dept of Revenue - DIC", "", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %s (%s), want likely %v saying %q", c.procore, c.qb, s.Confidence, s.Reason, c.likely, c.reason)
		}
	}
}
