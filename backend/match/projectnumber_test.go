package match

import "testing"

// A project number may stand at either end of a job's name and be written with or without its
// dash; another number, another phase, or a number that belongs to a word are not the job.
func TestProjectNumberMovedOrDashed(t *testing.T) {
	qb := []string{"Tarrow Airport Authority", "Northgate Schools:Gym Floor"}
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Kestrel Terminal Restrooms Ph 3 - 24031", "24-031 Kestrel Terminal Restrooms Phase 3", true},
		{"Kestrel Terminal Restrooms Phase 3 - 24-031", "24-031 Kestrel Terminal Restrooms Phase 3", true},
		{"Kestrel Terminal Restrooms Phase 3 - 24031", "24-013 Kestrel Terminal Restrooms Phase 3", false},
		{"Kestrel Terminal Restrooms Phase 3 - 24031", "24-031 Kestrel Terminal Restrooms Phase 4", false},
		{"Kestrel Terminal Restrooms Phase 3 - 2431", "24-031 Kestrel Terminal Restrooms Phase 3", false}, // a zero makes another number
		{"Building 1204 Phase 3", "Building 3 Phase 1204", false},
	} {
		s := assignJobs([]string{c.procore}, append(cloneNames(qb), "Tarrow Airport Authority:"+c.job))["pa"]
		if got := s.ID == "qc" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
