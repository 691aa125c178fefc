package match

import (
	"strings"
	"testing"
)

// A project number starting with its year in full is the number with the year's two digits; a
// number without the leading zero, or another year, stay apart.
func TestProjectNumberWithYearInFull(t *testing.T) {
	for _, c := range []struct {
		procore string
		likely  bool
	}{
		{"2024-031 Tarrow Library HVAC", true},
		{"2024-31 Tarrow Library HVAC", false},
		{"2023-031 Tarrow Library HVAC", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"City of Tarrow", "City of Tarrow:24031 Tarrow Library HVAC", "City of Tarrow:23118 Tarrow Library Roof"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q: %s %q (%s), want likely %v", c.procore, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "24031 = ") {
			t.Errorf("%q: reason %q does not read the number", c.procore, s.Reason)
		}
	}
}
