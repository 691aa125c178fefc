package match

import (
	"strings"
	"testing"
)

// A mechanical job's piping by its usual letters (CHW, HHW, DHW) is the piping written out; other
// letters are other piping.
func TestMechanicalPipingLetters(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Tarrow University Marrow Hall Chilled Water Tie-In", "Tarrow University:Marrow Hall CHW Tie-In", true},
		{"Tarrow University Marrow Hall DHW Heater", "Tarrow University:Marrow Hall Domestic Hot Water Heater", true},
		{"Tarrow University Marrow Hall Chilled Water Tie-In", "Tarrow University:Marrow Hall HHW Tie-In", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		s := assignJobs([]string{c.procore}, []string{customer, c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
