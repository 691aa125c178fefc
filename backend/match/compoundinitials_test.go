package match

import (
	"strings"
	"testing"
)

// A compound word gives initials a letter for each of its words (WWTP, Wastewater Treatment
// Plant; SW, Stormwater) or one (ACWWA); Sr is Senior. A letter short or too many stay apart.
func TestCompoundInitialsAndSenior(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Tarrow Wastewater Treatment Plant Electrical", "City of Tarrow:WWTP Electrical", true},
		{"Tarrow Stormwater Pond Dredging", "City of Tarrow:SW Pond Dredging", true},
		{"Tarrow Senior Center Roof", "City of Tarrow:Sr Ctr Roof", true},
		{"Tarrow Water Treatment Plant Electrical", "City of Tarrow:WWTP Electrical", false},
		{"Tarrow Wastewater Plant Electrical", "City of Tarrow:WWTP Electrical", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"City of Tarrow", c.job, "City of Tarrow:Library Roof"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, " = ") {
			t.Errorf("%q: reason %q does not read the short form", c.procore, s.Reason)
		}
	}
}
