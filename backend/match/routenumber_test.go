package match

import "testing"

// A road's designation on one side of a job with the same project number is set aside; without
// the number, or another number of the job's ("Phase 2"), it stays apart.
func TestRoadDesignationOneSide(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"TarrowDOT #124567 I-93 Rest Area Plumbing", "TarrowDOT:Proj 124567 Rest Area Plumbing", true},
		{"TarrowDOT #124567 Rest Area Plumbing", "TarrowDOT:Proj 124567 US 1 Rest Area Plumbing", true},
		{"TarrowDOT I-93 Rest Area Plumbing", "TarrowDOT:Rest Area Plumbing", false},
		{"TarrowDOT #124567 Phase 2 Rest Area Plumbing", "TarrowDOT:Proj 124567 Rest Area Plumbing", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"TarrowDOT", c.job, "TarrowDOT:Proj 124999 Weigh Station Roof"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
