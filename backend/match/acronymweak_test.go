package match

import (
	"strings"
	"testing"
)

// Initials in a job's name may be the only word of its own left besides a word of the work
// ("Improvements", "Repl"); a word of the name's own left, or letters that do not spell the other
// name's words, stay apart.
func TestInitialsBesideWorkWord(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Tarrow Water Reclamation Facility Electrical", "City of Tarrow:WRF Electrical Improvements", true},
		{"Tarrow Elementary Unit Ventilators", "City of Tarrow:Tarrow Elementary UV Repl", true},
		{"Tarrow Water Reclamation Facility Electrical", "City of Tarrow:WRF Electrical Kestrel", false},
		{"Tarrow Water Reclamation Plant Electrical", "City of Tarrow:WRF Electrical Improvements", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"City of Tarrow", c.job, "City of Tarrow:Library Roof"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "initials") {
			t.Errorf("%q: reason %q does not read the initials", c.procore, s.Reason)
		}
	}
}
