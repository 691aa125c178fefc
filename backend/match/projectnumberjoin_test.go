package match

import (
	"strings"
	"testing"
)

// A project number written with its dash on one list and without on the other is the same
// number; a number in two parts of fewer digits, or with a zero more or less, is not.
func TestProjectNumberJoinedOrDashed(t *testing.T) {
	qb := []string{"Halden Builders", "Northgate Schools:Gym Floor"}
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"25031 - Marrow Hall TI", "25-031 Marrow Hall TI", true},
		{"24-031 Quillan Warehouse", "24031 Quillan Warehouse", true},
		{"#24.031 Quillan Warehouse", "24031 Quillan Warehouse", true},
		{"24-31 Quillan Warehouse", "24031 Quillan Warehouse", false}, // a zero makes another number
		{"25031 - Marrow Hall TI", "25-013 Marrow Hall TI", false},
		{"Marrow Lot 1-2", "Marrow Lot 12", false}, // two lots are not lot 12
		{"Marrow Lot 12", "Marrow Lot 1 2", false},
		{"Quillan Distribution Center #2309", "23-09 Quillan Distribution Center", true},
		{"Quillan Distribution Center #2309", "23-90 Quillan Distribution Center", false},
		{"Quillan Distribution Center #239", "23-09 Quillan Distribution Center", false},
		{"P-24017 Quillan Warehouse", "24-017 Quillan Warehouse", true},
		{"P-24017 Quillan Warehouse", "24-018 Quillan Warehouse", false},
	} {
		s := assignJobs([]string{c.procore}, append(cloneNames(qb), "Halden Builders:"+c.job))["pa"]
		if got := s.ID == "qc" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && strings.Contains(c.procore, "25031") && !strings.Contains(s.Reason, `"25031"`) {
			t.Errorf("%q: reason %q does not name the number as written", c.procore, s.Reason)
		}
	}
}
