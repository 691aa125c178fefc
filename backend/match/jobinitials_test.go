package match

import "testing"

// A job written with a school's initials is found for the project that spells them out, however
// few letters the two share; initials of other words are not.
func TestJobFoundByItsInitials(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Quillan Marsh High School Chiller Replacement", "0241 QMHS Chiller", true},
		{"Quillan Marsh HS Chiller Replacement", "0241 QMHS Chiller", true},
		{"Quillan Marsh Middle School Chiller Replacement", "0241 QMHS Chiller", false},
		{"Quillan Marsh High School Boiler Replacement", "0241 QMHS Chiller", false},
	} {
		qb := []string{"Northgate Builders:Gym Floor", "Tarrow County Public Schools", "Tarrow County Public Schools:" + c.job}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		if got := s.ID == "qc" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
