package match

import "testing"

// A customer's last word cut to its initial after its first word ("Quillan U" for Quillan
// University) is the customer's; another letter, or the letter of another customer's word, is a
// designator of another job.
func TestCustomerWordByItsInitial(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Quillan U Marrow Boiler 2025", "Quillan University:2025 Marrow Boiler", true},
		{"Quillan B Marrow Boiler 2025", "Quillan University:2025 Marrow Boiler", false},
		{"Quillan U Marrow Boiler 2025", "Quillan Pacific University:2025 Marrow Boiler", false},
	} {
		qb := []string{"Northgate Schools:Gym Floor", c.job[:len(c.job)-len(":2025 Marrow Boiler")], c.job}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		if got := s.ID == "qc" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
