package match

import (
	"strings"
	"testing"
)

// A project names its owner by initials that take all the letters of a word of the owner's name
// written as initials (KCHA, "KC Housing Authority"), or a university by its state's letter and
// U (KU, "University of Kansas"); other letters are another owner.
func TestOwnerInitialsReadings(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"KCHA Maple Court Roof Drains", "KC Housing Authority:Maple Court Roof Drains", true},
		{"KU Allen Fieldhouse Roof", "University of Kansas:Allen Fieldhouse Roof", true},
		{"KCHX Maple Court Roof Drains", "KC Housing Authority:Maple Court Roof Drains", false},
		{"OU Allen Fieldhouse Roof", "University of Kansas:Allen Fieldhouse Roof", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		s := assignJobs([]string{c.procore}, []string{customer, c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
