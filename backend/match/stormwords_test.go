package match

import (
	"strings"
	"testing"
)

// The hurricane's repairs are the storm's; "Damage" after either says no more; a storm sewer or
// drain is a pipe, not the weather.
func TestStormAndHurricane(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Tarrow College Eastfield Campus Hurricane Repairs", "Tarrow College:Eastfield Campus Storm", true},
		{"Kowalczyk Storm Repair", "Kowalczyk, Irena:Hurricane Damage Repair", true},
		{"Tarrow College Eastfield Campus Hurricane Repairs", "Tarrow College:Eastfield Campus Storm Drain", false},
		{"Tarrow College Eastfield Campus Flood Repairs", "Tarrow College:Eastfield Campus Storm", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		s := assignJobs([]string{c.procore}, []string{customer, c.job, customer + ":Boiler Room"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
