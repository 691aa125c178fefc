package match

import (
	"strings"
	"testing"
)

// A school kept by its town's and level's initials ("QHS") is the town's High School; another
// level, another town's letter, or a word between stay apart.
func TestSchoolInitials(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Tarrow HS - Domestic Water", []string{"City of Tarrow", "City of Tarrow:THS Domestic Water"}, true},
		{"Marrow Creek High School Athletic Field Drainage", []string{"Marrow Creek School District", "Marrow Creek School District:MCHS Athletic Field Drainage"}, true},
		{"Tarrow MS Domestic Water", []string{"City of Tarrow", "City of Tarrow:THS Domestic Water"}, false},
		{"Tarrow HS Domestic Water", []string{"City of Tarrow", "City of Tarrow:BHS Domestic Water"}, false},
		{"Tarrow North HS Domestic Water", []string{"City of Tarrow", "City of Tarrow:THS Domestic Water"}, false},
	} {
		s := assignJobs([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.qb[1], s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "HS = ") {
			t.Errorf("%q: reason %q does not read the initials", c.procore, s.Reason)
		}
	}
}
