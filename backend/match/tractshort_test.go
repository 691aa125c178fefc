package match

import "testing"

// "Tr" before a tract map's number is the tract; another tract's number stays apart.
func TestTractShortForm(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Winchester Models - Tract 37254", "Tr 37254 Winchester Models", true},
		{"Winchester Models - Tract 37254", "Tr 37255 Winchester Models", false},
		{"Winchester Models - Tract 37254", "Tr 37254 Winchester Production", false},
	} {
		qb := []string{"Corbel Homes of California", "Corbel Homes of California:" + c.job, "Northgate Schools:Gym Floor"}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact)
		if got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
