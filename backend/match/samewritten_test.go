package match

import (
	"strings"
	"testing"
)

// "St." read as Street in the middle of a project's name and "St" read as Saint first in the
// job's are the same word as written; another saint's name is another job.
func TestSameShortFormReadTwoWays(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Archdiocese - St. Agnes Rectory", "Archdiocese of Tarrow:St Agnes Rectory", true},
		{"Marrow Health St. Agnes Imaging Suite Renovation", "Marrow Health System:St Agnes Imaging Reno", true},
		{"Archdiocese - St. Anne Rectory", "Archdiocese of Tarrow:St Agnes Rectory", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		s := assignJobs([]string{c.procore}, []string{customer, c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
