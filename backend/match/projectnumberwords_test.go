package match

import "testing"

// With the same project number on both sides, a Procore name may add up to two words to the
// job's ("Marrow", "Shell"); the job's own words must all be there, and another number, another
// word of the job's, or a phase more are other jobs.
func TestProjectNumberExtraWords(t *testing.T) {
	qb := []string{"Tarrow Southeast", "Northgate Schools", "Northgate Schools:Gym Floor"}
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"24-022 Marrow Peakway Retail Shell", "24-022 Peakway Retail", true},
		{"24-022 Marrow Peakway Retail Shell", "24-023 Peakway Retail", false},
		{"24-022 Marrow Peakway Office Shell", "24-022 Peakway Retail", false},
		{"24-022 Marrow Peakway Retail Shell Phase 2", "24-022 Peakway Retail", false},
		{"Peakway Retail Shell", "Peakway Retail", false}, // no number to say which
	} {
		s := assignJobs([]string{c.procore}, append(cloneNames(qb), "Tarrow Southeast:"+c.job))["pa"]
		if got := s.ID == "qd" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
