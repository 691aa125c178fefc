package match

import (
	"strings"
	"testing"
)

// "400A" is 400 Amp when the other name writes the unit after the same number; another number or
// another word after it stays apart.
func TestAmpLetter(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Okafor Panel Upgrade 400A", "Okafor, Grace:400 Amp Panel Upgrade", true},
		{"Okafor Panel Upgrade 400A", "Okafor, Grace:200 Amp Panel Upgrade", false},
		{"Okafor Panel Upgrade 400A", "Okafor, Grace:400 Volt Panel Upgrade", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		s := assignJobs([]string{c.procore}, []string{customer, c.job, customer + ":Garage Subpanel"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "A = Amp") {
			t.Errorf("%q: reason %q does not read the unit", c.procore, s.Reason)
		}
	}
}
