package match

import "testing"

// JHS and "Jr High" are a junior high school, "Senior High" the high school; a high school (HS)
// or a middle school (MS) of the same name is another school than the junior high.
func TestJuniorHighShortForms(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Tarrow PS Quarry JHS Bus Drive", "Quarry Jr High Bus Drive", true},
		{"Tarrow PS Quarry Junior High Bus Drive", "Quarry JHS Bus Drive", true},
		{"Tarrow PS Quarry HS Bus Drive", "Quarry Jr High Bus Drive", false},
		{"Tarrow PS Quarry MS Bus Drive", "Quarry JHS Bus Drive", false},
		{"Tarrow PS Quarry Senior High Bus Drive", "Quarry HS Bus Drive", true},
		{"Tarrow PS Quarry Sr High School Bus Drive", "Quarry High School Bus Drive", true},
		{"Tarrow PS Quarry Senior High Bus Drive", "Quarry Jr High Bus Drive", false},
	} {
		qb := []string{"Northgate Builders:Gym Floor", "Tarrow Public Schools", "Tarrow Public Schools:" + c.job}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		if got := s.ID == "qc" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
